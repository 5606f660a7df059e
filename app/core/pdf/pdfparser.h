#pragma once

#include "common/error.h"
#include "pdfvalue.h"

namespace mi::pdf {

// Reads PDF objects (ISO 32000-1, 7.3) from a byte array, starting anywhere.
// Strings and names are not decoded: they are kept as written. Errors say
// the byte offset, since PDF files have no useful lines.
class Parser
{
public:
    Parser(const QByteArray &data, qsizetype position) : m_data(data), m_pos(position) {}

    Result<Value> parseValue();
    // "12 0 obj <value>": checks the object number and returns the value.
    Result<Value> parseIndirectObject(int objectNumber);
    // Reads a bare word such as "xref" or "trailer"; empty at a delimiter.
    QByteArray keyword();
    Result<qint64> integer();
    void skipSpace();
    qsizetype position() const { return m_pos; }
    void seek(qsizetype position) { m_pos = position; }

private:
    Result<Value> parseValue(int depth);
    Result<Value> parseNumberOrRef();
    Result<Value> parseLiteralString();
    Result<Value> parseHexString();
    Result<Value> parseName();
    Result<Value> parseArray(int depth);
    Result<Value> parseDict(int depth);
    std::unexpected<Error> error(const QString &what) const;
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek(qsizetype ahead = 0) const { return m_pos + ahead < m_data.size() ? m_data.at(m_pos + ahead) : '\0'; }

    const QByteArray &m_data;
    qsizetype m_pos;
};

bool isPdfSpace(char c);
bool isPdfDelimiter(char c);

} // namespace mi::pdf
