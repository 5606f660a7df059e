#include "pdfprinter.h"

#include "sandboxedpage.h"

#include <QEventLoop>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

PdfPrinter::PdfPrinter(QObject *parent) : QObject(parent), m_page(new SandboxedPage(this)) {}

void PdfPrinter::print(const QString &html, const QString &pdfPath, QPageSize::PageSizeId pageSize, Done done)
{
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done](const mi::Result<void> &result) {
        if (!*finished) {
            *finished = true;
            done(result);
        }
    };
    auto *loaded = new QMetaObject::Connection;
    *loaded = connect(m_page, &QWebEnginePage::loadFinished, this, [=, this](bool ok) {
        disconnect(*loaded);
        delete loaded;
        if (!ok) {
            finish(mi::fail(tr("the report page could not be laid out")));
            return;
        }
        // Page margins leave room for the stamped page numbers.
        const QPageLayout layout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(14, 14, 14, 18), QPageLayout::Millimeter);
        auto *printed = new QMetaObject::Connection;
        *printed = connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, [=](const QString &, bool success) {
            disconnect(*printed);
            delete printed;
            if (!success) {
                finish(mi::fail(tr("printing to %1 failed").arg(pdfPath)));
                return;
            }
            finish(stampPageNumbers(pdfPath, pageSize));
        });
        // panel.js draws charts on DOMContentLoaded, before loadFinished.
        m_page->printToPdf(pdfPath, layout);
    });
    m_page->setHtml(html, SandboxedPage::baseUrl());
}

mi::Result<void> PdfPrinter::printAndWait(const QString &html, const QString &pdfPath, QPageSize::PageSizeId pageSize)
{
    mi::Result<void> result = mi::fail(tr("printing did not finish within two minutes"));
    QEventLoop loop;
    print(html, pdfPath, pageSize, [&](const mi::Result<void> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

int pdfPageCount(const QString &pdfPath)
{
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--show-npages"), pdfPath});
    if (!qpdf.waitForFinished(30000) || qpdf.exitCode() != 0)
        return -1;
    bool ok = false;
    const int pages = qpdf.readAllStandardOutput().trimmed().toInt(&ok);
    return ok ? pages : -1;
}

mi::Result<void> stampPageNumbers(const QString &pdfPath, QPageSize::PageSizeId pageSize)
{
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
        return mi::fail(QObject::tr("qpdf is not installed, so the PDF has no page numbers (apt-get install qpdf)"));
    const int pages = pdfPageCount(pdfPath);
    if (pages <= 0)
        return mi::fail(QObject::tr("cannot count the pages of %1").arg(pdfPath));
    QTemporaryDir dir;
    const QString numbers = dir.filePath(QStringLiteral("numbers.pdf"));
    {
        // One page of "n / N" per page of the report, same size, overlaid by qpdf.
        QPdfWriter writer(numbers);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8);
        painter.setFont(font);
        painter.setPen(QColor(0x59, 0x63, 0x6e));
        const QRectF page = writer.pageLayout().fullRectPoints();
        for (int i = 1; i <= pages; ++i) {
            if (i > 1)
                writer.newPage();
            painter.drawText(QRectF(0, page.height() - 34, page.width(), 16), Qt::AlignCenter, QStringLiteral("%1 / %2").arg(i).arg(pages));
        }
    }
    const QString stamped = dir.filePath(QStringLiteral("stamped.pdf"));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {pdfPath, QStringLiteral("--overlay"), numbers, QStringLiteral("--"), stamped});
    if (!qpdf.waitForFinished(60000) || qpdf.exitCode() != 0)
        return mi::fail(QObject::tr("qpdf could not add page numbers: %1").arg(QString::fromUtf8(qpdf.readAllStandardError())));
    QFile::remove(pdfPath);
    if (!QFile::copy(stamped, pdfPath))
        return mi::fail(QObject::tr("cannot write %1").arg(pdfPath));
    return {};
}
