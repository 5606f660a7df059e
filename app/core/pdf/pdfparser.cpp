#include "pdfparser.h"

#include "common/trcontexts.h"

namespace mi::pdf {

namespace {
// Our own files nest three or four levels; a hostile file could nest
// thousands and exhaust the stack.
constexpr int maxDepth = 64;
} // namespace

bool isPdfSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

bool isPdfDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
}

std::unexpected<Error> Parser::error(const QString &what) const
{
    return fail(Pdf::tr("PDF syntax error at byte %1: %2").arg(m_pos).arg(what));
}

void Parser::skipSpace()
{
    while (!atEnd()) {
        if (isPdfSpace(peek())) {
            ++m_pos;
        } else if (peek() == '%') { // a comment runs to the end of the line
            while (!atEnd() && peek() != '\n' && peek() != '\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

QByteArray Parser::keyword()
{
    skipSpace();
    const qsizetype start = m_pos;
    while (!atEnd() && !isPdfSpace(peek()) && !isPdfDelimiter(peek()))
        ++m_pos;
    return m_data.mid(start, m_pos - start);
}

Result<qint64> Parser::integer()
{
    const QByteArray word = keyword();
    bool ok = false;
    const qint64 value = word.toLongLong(&ok);
    if (!ok)
        return error(Pdf::tr("expected an integer, found \"%1\"").arg(QString::fromLatin1(word.left(20))));
    return value;
}

Result<Value> Parser::parseValue() { return parseValue(0); }

Result<Value> Parser::parseIndirectObject(int objectNumber)
{
    Result<qint64> number = integer();
    if (!number)
        return std::unexpected(number.error());
    if (*number != objectNumber)
        return error(Pdf::tr("expected object %1, found object %2").arg(objectNumber).arg(*number));
    if (Result<qint64> generation = integer(); !generation)
        return std::unexpected(generation.error());
    if (keyword() != "obj")
        return error(Pdf::tr("expected \"obj\""));
    return parseValue(0);
}

Result<Value> Parser::parseValue(int depth)
{
    if (depth > maxDepth)
        return error(Pdf::tr("objects nested too deeply"));
    skipSpace();
    if (atEnd())
        return error(Pdf::tr("unexpected end of file"));
    const char c = peek();
    if (c == '<' && peek(1) == '<')
        return parseDict(depth);
    if (c == '<')
        return parseHexString();
    if (c == '(')
        return parseLiteralString();
    if (c == '[')
        return parseArray(depth);
    if (c == '/')
        return parseName();
    if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'))
        return parseNumberOrRef();
    const QByteArray word = keyword();
    Value v;
    if (word == "true" || word == "false") {
        v.kind = Value::Kind::Bool;
        v.token = word;
        return v;
    }
    if (word == "null")
        return v;
    return error(Pdf::tr("unexpected \"%1\"").arg(QString::fromLatin1(word.isEmpty() ? QByteArray(1, c) : word.left(20))));
}

Result<Value> Parser::parseNumberOrRef()
{
    const QByteArray first = keyword();
    bool ok = false;
    first.toDouble(&ok);
    if (!ok)
        return error(Pdf::tr("bad number \"%1\"").arg(QString::fromLatin1(first.left(20))));
    Value number;
    number.kind = Value::Kind::Number;
    number.token = first;
    // "12 0 R" is a reference; anything else leaves the parser after the
    // number. Scanned in place: arrays of numbers are most of a PDF's syntax.
    bool isInteger = false;
    const int objectNumber = first.toInt(&isInteger);
    if (isInteger) {
        qsizetype at = m_pos;
        while (at < m_data.size() && isPdfSpace(m_data.at(at)))
            ++at;
        const qsizetype digits = at;
        while (at < m_data.size() && m_data.at(at) >= '0' && m_data.at(at) <= '9')
            ++at;
        const qsizetype digitsEnd = at;
        while (at < m_data.size() && isPdfSpace(m_data.at(at)))
            ++at;
        const bool endsWord = at + 1 >= m_data.size() || isPdfSpace(m_data.at(at + 1)) || isPdfDelimiter(m_data.at(at + 1));
        if (digitsEnd > digits && digits > m_pos && at > digitsEnd && at < m_data.size() && m_data.at(at) == 'R' && endsWord) {
            m_pos = at + 1;
            return Value::ref(objectNumber, m_data.mid(digits, digitsEnd - digits).toInt());
        }
    }
    return number;
}

Result<Value> Parser::parseLiteralString()
{
    const qsizetype start = m_pos;
    int open = 0;
    while (!atEnd()) {
        const char c = m_data.at(m_pos++);
        if (c == '\\') {
            ++m_pos; // the escaped character, whatever it is
        } else if (c == '(') {
            ++open;
        } else if (c == ')' && --open == 0) {
            Value v;
            v.kind = Value::Kind::String;
            v.token = m_data.mid(start, m_pos - start);
            return v;
        }
    }
    return error(Pdf::tr("unterminated string"));
}

Result<Value> Parser::parseHexString()
{
    const qsizetype end = m_data.indexOf('>', m_pos);
    if (end < 0)
        return error(Pdf::tr("unterminated hex string"));
    Value v;
    v.kind = Value::Kind::String;
    v.token = m_data.mid(m_pos, end + 1 - m_pos);
    m_pos = end + 1;
    return v;
}

Result<Value> Parser::parseName()
{
    ++m_pos; // the slash
    const qsizetype start = m_pos;
    while (!atEnd() && !isPdfSpace(peek()) && !isPdfDelimiter(peek()))
        ++m_pos;
    return Value::name(m_data.mid(start, m_pos - start));
}

Result<Value> Parser::parseArray(int depth)
{
    ++m_pos; // [
    Value array = Value::array();
    for (;;) {
        skipSpace();
        if (atEnd())
            return error(Pdf::tr("unterminated array"));
        if (peek() == ']') {
            ++m_pos;
            return array;
        }
        Result<Value> item = parseValue(depth + 1);
        if (!item)
            return item;
        array.items.push_back(std::move(*item));
    }
}

Result<Value> Parser::parseDict(int depth)
{
    m_pos += 2; // <<
    Value dict = Value::dict();
    for (;;) {
        skipSpace();
        if (atEnd())
            return error(Pdf::tr("unterminated dictionary"));
        if (peek() == '>' && peek(1) == '>') {
            m_pos += 2;
            return dict;
        }
        if (peek() != '/')
            return error(Pdf::tr("a dictionary key must be a name"));
        Result<Value> key = parseName();
        Result<Value> value = parseValue(depth + 1);
        if (!value)
            return value;
        dict.entries.emplace_back(key->token, std::move(*value));
    }
}

} // namespace mi::pdf
