#pragma once

#include "common/error.h"
#include "pdfvalue.h"

#include <QHash>
#include <optional>

namespace mi::pdf {

// A page as found in the page tree, with what it inherits from its parents.
struct PageEntry {
    int objectNumber = 0;
    int generation = 0;
    Value dict;      // the page dictionary as stored
    Value resources; // its /Resources, or the inherited one; a dictionary or a reference
    Value mediaBox;  // its /MediaBox, or the inherited one (resolved)
};

// Read access to a PDF with classic cross-reference tables (what Chromium's
// Skia and Qt's QPdfWriter write), including earlier incremental updates.
// Cross-reference streams (PDF 1.5 compressed files) are refused with a clear
// error rather than misread.
class Document
{
public:
    static Result<Document> parse(const QByteArray &bytes);

    Result<Value> object(int objectNumber) const;
    // An object with, for a stream, its raw (still encoded) data.
    struct Stored {
        Value value;
        std::optional<QByteArray> stream;
    };
    Result<Stored> storedObject(int objectNumber) const;
    QList<int> objectNumbers() const; // those in use, ascending
    // A reference is looked up; any other value is returned as it is.
    Result<Value> resolve(const Value &value) const;
    Result<std::vector<PageEntry>> pages() const;

    const Value &trailer() const { return m_trailer; }
    qsizetype lastXrefOffset() const { return m_lastXref; }
    int size() const; // the trailer's /Size: the first free object number
    const QByteArray &bytes() const { return m_bytes; }

private:
    Result<void> readXrefSection(qsizetype offset, bool newest);
    Result<void> collectPages(const Value &node, int objectNumber, int generation, Value resources, Value mediaBox,
                              std::vector<PageEntry> &pages, QList<int> &path) const;

    struct XrefEntry {
        qsizetype offset = 0;
        int generation = 0;
        bool inUse = false;
    };

    QByteArray m_bytes;
    QHash<int, XrefEntry> m_xref;
    Value m_trailer;
    qsizetype m_lastXref = 0;
};

} // namespace mi::pdf
