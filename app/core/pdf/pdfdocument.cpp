#include "pdfdocument.h"

#include "common/trcontexts.h"
#include "pdfparser.h"

#include <algorithm>

namespace mi::pdf {

namespace {

// "startxref\n123\n%%EOF" sits in the last bytes; allow trailing junk.
qsizetype findStartXref(const QByteArray &bytes)
{
    const qsizetype at = bytes.lastIndexOf("startxref");
    if (at < 0)
        return -1;
    Parser parser(bytes, at + 9);
    Result<qint64> offset = parser.integer();
    return offset && *offset >= 0 && *offset < bytes.size() ? qsizetype(*offset) : -1;
}

constexpr int maxPageTreeDepth = 32;

} // namespace

Result<Document> Document::parse(const QByteArray &bytes)
{
    if (!bytes.startsWith("%PDF-"))
        return fail(Pdf::tr("not a PDF file"));
    Document doc;
    doc.m_bytes = bytes;
    doc.m_lastXref = findStartXref(bytes);
    if (doc.m_lastXref < 0)
        return fail(Pdf::tr("the PDF has no cross-reference table (no startxref)"));
    if (Result<void> read = doc.readXrefSection(doc.m_lastXref, true); !read)
        return std::unexpected(read.error());
    if (!doc.m_trailer.get("Root"))
        return fail(Pdf::tr("the PDF trailer names no document catalog"));
    return doc;
}

Result<void> Document::readXrefSection(qsizetype offset, bool newest)
{
    QList<qsizetype> seen;
    while (offset >= 0) {
        if (seen.contains(offset))
            return fail(Pdf::tr("the PDF's cross-reference sections form a loop"));
        seen.append(offset);
        Parser parser(m_bytes, offset);
        if (parser.keyword() != "xref")
            return fail(Pdf::tr("the PDF uses a cross-reference stream (PDF 1.5 compression), which is not supported"));
        for (;;) {
            const qsizetype before = parser.position();
            if (parser.keyword() == "trailer")
                break;
            parser.seek(before);
            Result<qint64> first = parser.integer();
            Result<qint64> count = parser.integer();
            if (!first || !count || *first < 0 || *count < 0 || *count > m_bytes.size() / 18)
                return fail(Pdf::tr("bad cross-reference table at byte %1").arg(before));
            for (qint64 i = 0; i < *count; ++i) {
                Result<qint64> entryOffset = parser.integer();
                Result<qint64> generation = parser.integer();
                const QByteArray type = parser.keyword();
                if (!entryOffset || !generation || (type != "n" && type != "f"))
                    return fail(Pdf::tr("bad cross-reference entry at byte %1").arg(parser.position()));
                // Newer sections come first; an object they list wins.
                const int number = int(*first + i);
                if (!m_xref.contains(number))
                    m_xref.insert(number, {qsizetype(*entryOffset), int(*generation), type == "n"});
            }
        }
        Result<Value> trailer = parser.parseValue();
        if (!trailer)
            return std::unexpected(trailer.error());
        if (!trailer->isDict())
            return fail(Pdf::tr("the PDF trailer is not a dictionary"));
        if (newest) {
            m_trailer = *trailer;
            newest = false;
        }
        const Value *previous = trailer->get("Prev");
        offset = previous && previous->isNumber() ? qsizetype(previous->toNumber()) : -1;
        if (offset >= m_bytes.size())
            return fail(Pdf::tr("the PDF's /Prev points past the end of the file"));
    }
    return {};
}

int Document::size() const
{
    const Value *size = m_trailer.get("Size");
    return size ? int(size->toNumber()) : 0;
}

Result<Value> Document::object(int objectNumber) const
{
    Result<Stored> stored = storedObject(objectNumber);
    if (!stored)
        return std::unexpected(stored.error());
    return std::move(stored->value);
}

Result<Document::Stored> Document::storedObject(int objectNumber) const
{
    const auto entry = m_xref.constFind(objectNumber);
    if (entry == m_xref.constEnd() || !entry->inUse)
        return Stored{}; // a missing object is null (ISO 32000-1, 7.3.10)
    if (entry->offset <= 0 || entry->offset >= m_bytes.size())
        return fail(Pdf::tr("object %1 lies outside the file").arg(objectNumber));
    Parser parser(m_bytes, entry->offset);
    Result<Value> value = parser.parseIndirectObject(objectNumber);
    if (!value)
        return std::unexpected(value.error());
    Stored stored{std::move(*value), std::nullopt};
    if (!stored.value.isDict() || parser.keyword() != "stream")
        return stored;
    // The keyword is followed by CRLF or LF, then exactly /Length bytes.
    qsizetype start = parser.position();
    if (m_bytes.mid(start, 2) == "\r\n")
        start += 2;
    else if (m_bytes.mid(start, 1) == "\n")
        start += 1;
    const Value *length = stored.value.get("Length");
    Result<Value> resolvedLength = length ? resolve(*length) : Result<Value>(Value());
    if (!resolvedLength || !resolvedLength->isNumber())
        return fail(Pdf::tr("stream object %1 has no valid /Length").arg(objectNumber));
    const qsizetype size = qsizetype(resolvedLength->toNumber());
    if (size < 0 || start + size > m_bytes.size())
        return fail(Pdf::tr("stream object %1 runs past the end of the file").arg(objectNumber));
    stored.stream = m_bytes.mid(start, size);
    return stored;
}

QList<int> Document::objectNumbers() const
{
    QList<int> numbers;
    for (auto it = m_xref.constBegin(); it != m_xref.constEnd(); ++it)
        if (it->inUse && it.key() > 0)
            numbers.append(it.key());
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

Result<Value> Document::resolve(const Value &value) const
{
    return value.isRef() ? object(value.objectNumber) : Result<Value>(value);
}

Result<std::vector<PageEntry>> Document::pages() const
{
    Result<Value> catalog = resolve(*m_trailer.get("Root"));
    if (!catalog)
        return std::unexpected(catalog.error());
    const Value *root = catalog->get("Pages");
    if (!root || !root->isRef())
        return fail(Pdf::tr("the PDF catalog has no page tree"));
    Result<Value> node = object(root->objectNumber);
    if (!node)
        return std::unexpected(node.error());
    std::vector<PageEntry> pages;
    QList<int> path;
    if (Result<void> walked = collectPages(*node, root->objectNumber, root->generation, Value(), Value(), pages, path); !walked)
        return std::unexpected(walked.error());
    return pages;
}

Result<void> Document::collectPages(const Value &node, int objectNumber, int generation, Value resources, Value mediaBox,
                                    std::vector<PageEntry> &pages, QList<int> &path) const
{
    if (!node.isDict())
        return fail(Pdf::tr("page tree node %1 is not a dictionary").arg(objectNumber));
    if (path.contains(objectNumber) || path.size() > maxPageTreeDepth)
        return fail(Pdf::tr("the PDF page tree loops or is too deep at object %1").arg(objectNumber));
    if (const Value *own = node.get("Resources"))
        resources = *own;
    if (const Value *own = node.get("MediaBox")) {
        Result<Value> box = resolve(*own);
        if (!box)
            return std::unexpected(box.error());
        mediaBox = *box;
    }
    const Value *type = node.get("Type");
    if (type && type->isName("Page")) {
        pages.push_back({objectNumber, generation, node, resources, mediaBox});
        return {};
    }
    const Value *kids = node.get("Kids");
    if (!kids || !kids->isArray())
        return fail(Pdf::tr("page tree node %1 has neither /Type /Page nor /Kids").arg(objectNumber));
    path.append(objectNumber);
    for (const Value &kid : kids->items) {
        if (!kid.isRef())
            return fail(Pdf::tr("page tree node %1 has a kid that is not a reference").arg(objectNumber));
        Result<Value> child = object(kid.objectNumber);
        if (!child)
            return std::unexpected(child.error());
        if (Result<void> walked = collectPages(*child, kid.objectNumber, kid.generation, resources, mediaBox, pages, path); !walked)
            return walked;
    }
    path.removeLast();
    return {};
}

} // namespace mi::pdf
