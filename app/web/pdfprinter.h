#pragma once

#include "common/error.h"

#include <QObject>
#include <QPageSize>
#include <functional>

class SandboxedPage;

// Prints one of our HTML documents to a PDF file with Qt WebEngine, in the
// same sandbox as the on-screen pages, then stamps "page / pages" at the
// bottom of every page (Chromium 102 has no page-number margin boxes) with
// qpdf's overlay when qpdf is installed.
class PdfPrinter : public QObject
{
    Q_OBJECT
public:
    explicit PdfPrinter(QObject *parent = nullptr);

    using Done = std::function<void(const mi::Result<void> &)>;
    // Asynchronous: `done` is called once, from the event loop.
    void print(const QString &html, const QString &pdfPath, QPageSize::PageSizeId pageSize, Done done);

    // Runs print() and waits for it (for the CLI and tests).
    mi::Result<void> printAndWait(const QString &html, const QString &pdfPath, QPageSize::PageSizeId pageSize);

private:
    SandboxedPage *m_page;
};

// Adds "n / N" to the foot of every page of `pdfPath` in place. Fails with a
// clear message when qpdf is missing.
mi::Result<void> stampPageNumbers(const QString &pdfPath, QPageSize::PageSizeId pageSize);
int pdfPageCount(const QString &pdfPath); // via qpdf; -1 when unknown
