#include "pdfprinter.h"

#include "pagenumberfont.h"
#include "pdf/pagenumberstamp.h"
#include "pdf/pdfconcatenation.h"
#include "sandboxedpage.h"

#include <QEventLoop>
#include <QPageLayout>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <algorithm>

PdfPrinter::PdfPrinter(QObject *parent) : QObject(parent), m_pages{new SandboxedPage(this)} {}

int PdfPrinter::piecesFor(int turns) { return std::clamp(std::min(QThread::idealThreadCount(), turns / 12), 1, 4); }

void PdfPrinter::print(const QStringList &documents, const QString &pdfPath, QPageSize::PageSizeId pageSize, Done done)
{
    if (documents.isEmpty()) {
        done(mi::fail(tr("there is nothing to print")));
        return;
    }
    struct Job {
        QByteArrayList printed;
        qsizetype pending = 0;
        bool finished = false;
    };
    auto job = std::make_shared<Job>();
    job->printed.resize(documents.size());
    job->pending = documents.size();
    auto finish = [job, done](const mi::Result<PrintedPdf> &result) {
        if (!job->finished) {
            job->finished = true;
            done(result);
        }
    };
    while (m_pages.size() < documents.size())
        m_pages.append(new SandboxedPage(this));
    // Page margins leave room for the stamped page numbers.
    const QPageLayout layout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(14, 14, 14, 18), QPageLayout::Millimeter);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        SandboxedPage *page = m_pages[i];
        connect(page, &QWebEnginePage::loadFinished, this, [=](bool ok) {
            if (!ok) {
                finish(mi::fail(tr("the report page could not be laid out")));
                return;
            }
            page->printToPdf([=](const QByteArray &pdf) {
                if (pdf.isEmpty()) {
                    finish(mi::fail(tr("printing to %1 failed").arg(pdfPath)));
                    return;
                }
                job->printed[i] = pdf;
                if (--job->pending == 0)
                    finish(writeNumberedPdf(job->printed, pdfPath));
            }, layout);
        }, Qt::SingleShotConnection);
        page->setHtml(documents[i], SandboxedPage::baseUrl());
    }
}

mi::Result<PrintedPdf> PdfPrinter::printAndWait(const QStringList &documents, const QString &pdfPath, QPageSize::PageSizeId pageSize)
{
    mi::Result<PrintedPdf> result = mi::fail(tr("printing did not finish within two minutes"));
    QEventLoop loop;
    print(documents, pdfPath, pageSize, [&](const mi::Result<PrintedPdf> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

mi::Result<PrintedPdf> PdfPrinter::writeNumberedPdf(const QByteArrayList &printed, const QString &pdfPath)
{
    const mi::Result<QByteArray> whole = mi::pdf::concatenatePdfs(printed);
    if (!whole)
        return mi::fail(tr("the printed pieces could not be put together: %1").arg(whole.error().message));
    static const mi::pdf::PageNumberStyle style{pageNumberFont()};
    const mi::Result<mi::pdf::StampedPdf> stamped = mi::pdf::stampPageNumbers(*whole, style);
    QSaveFile file(pdfPath);
    // Without numbers the transcript is still worth having: write it and say why.
    const QByteArray &bytes = stamped ? stamped->bytes : *whole;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return mi::fail(tr("cannot write %1: %2").arg(pdfPath, file.errorString()));
    if (!stamped)
        return PrintedPdf{0, tr("the PDF has no page numbers: %1").arg(stamped.error().message)};
    return PrintedPdf{stamped->pages, {}};
}
