#include "incrementalupdate.h"

#include <algorithm>

namespace mi::pdf {

IncrementalUpdate::IncrementalUpdate(const Document &document) : m_document(document), m_nextNumber(std::max(document.size(), 1)) {}

int IncrementalUpdate::reserve() { return m_nextNumber++; }

int IncrementalUpdate::addObject(const Value &value)
{
    const int number = reserve();
    setObject(number, 0, value);
    return number;
}

int IncrementalUpdate::addStream(Value dict, const QByteArray &data)
{
    const int number = reserve();
    setStream(number, 0, std::move(dict), data);
    return number;
}

void IncrementalUpdate::setObject(int objectNumber, int generation, const Value &value)
{
    m_objects[objectNumber] = {generation, value.serialize()};
}

void IncrementalUpdate::setStream(int objectNumber, int generation, Value dict, const QByteArray &data)
{
    dict.set("Length", Value::integer(data.size()));
    m_objects[objectNumber] = {generation, dict.serialize() + "\nstream\n" + data + "\nendstream"};
}

QByteArray IncrementalUpdate::bytes() const
{
    // Sized once: growing a multi-megabyte array step by step cost more than
    // writing it.
    qsizetype size = m_document.bytes().size() + 256;
    for (const auto &[number, body] : m_objects)
        size += body.text.size() + 64;
    QByteArray out;
    out.reserve(size);
    out += m_document.bytes();
    if (!out.endsWith('\n'))
        out += '\n';
    std::map<int, std::pair<qsizetype, int>> offsets; // number -> offset, generation
    for (const auto &[number, body] : m_objects) {
        offsets[number] = {out.size(), body.generation};
        out += QByteArray::number(number) + ' ' + QByteArray::number(body.generation) + " obj\n" + body.text + "\nendobj\n";
    }
    const qsizetype xrefOffset = out.size();
    out += "xref\n";
    // One subsection per run of consecutive object numbers.
    for (auto run = offsets.begin(); run != offsets.end();) {
        auto end = run;
        int expected = run->first;
        while (end != offsets.end() && end->first == expected) {
            ++end;
            ++expected;
        }
        out += QByteArray::number(run->first) + ' ' + QByteArray::number(expected - run->first) + '\n';
        for (; run != end; ++run)
            out += QByteArray::number(run->second.first).rightJustified(10, '0') + ' ' + QByteArray::number(run->second.second).rightJustified(5, '0') + " n\r\n";
    }
    Value trailer = Value::dict();
    for (const auto &[key, value] : m_document.trailer().entries)
        if (key != "Prev" && key != "XRefStm")
            trailer.set(key, value);
    trailer.set("Size", Value::integer(std::max(m_nextNumber, m_document.size())));
    trailer.set("Prev", Value::integer(m_document.lastXrefOffset()));
    out += "trailer\n" + trailer.serialize() + "\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace mi::pdf
