#pragma once

#include "common/error.h"

#include <QObject>
#include <QPageSize>
#include <QStringList>
#include <functional>

class SandboxedPage;

// A PDF that was written. `warning` is set when it lacks something (page
// numbers) but is still worth keeping.
struct PrintedPdf {
    int pages = 0; // 0 when the page numbers could not be added
    QString warning;
};

// Prints our HTML documents to a PDF file with Qt WebEngine, in the same
// sandbox as the on-screen pages, then stamps "page / pages" at the bottom of
// every page (Chromium 102 has no page-number margin boxes).
//
// Several documents are the pieces of one long transcript: each is laid out
// and printed by its own page (its own Chromium renderer process, so the
// pieces print side by side on several cores) and their pages are put
// together in order.
class PdfPrinter : public QObject
{
    Q_OBJECT
public:
    // Creating the printer starts Qt WebEngine, which takes a while: create
    // it early and prepare the documents meanwhile.
    explicit PdfPrinter(QObject *parent = nullptr);

    using Done = std::function<void(const mi::Result<PrintedPdf> &)>;
    // Asynchronous: `done` is called once, from the event loop.
    void print(const QStringList &documents, const QString &pdfPath, QPageSize::PageSizeId pageSize, Done done);

    // Runs print() and waits for it (for the CLI and tests).
    mi::Result<PrintedPdf> printAndWait(const QStringList &documents, const QString &pdfPath, QPageSize::PageSizeId pageSize);

    // How many pieces a transcript of `turns` turns is best printed in here:
    // one per core, a piece being worth it from about a dozen turns (an
    // 8-turn transcript printed no faster in two).
    static int piecesFor(int turns);

    // Puts printed pieces together and writes them to `pdfPath` with
    // "n / N" at the foot of every page. When the numbers cannot be added
    // the PDF is written without them and the warning says why.
    static mi::Result<PrintedPdf> writeNumberedPdf(const QByteArrayList &printed, const QString &pdfPath);

private:
    QList<SandboxedPage *> m_pages;
};
