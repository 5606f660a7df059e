#include "pdfvalue.h"

namespace mi::pdf {

Value Value::name(const QByteArray &name)
{
    Value v;
    v.kind = Kind::Name;
    v.token = name;
    return v;
}

Value Value::integer(qint64 number)
{
    Value v;
    v.kind = Kind::Number;
    v.token = QByteArray::number(number);
    return v;
}

Value Value::real(double number)
{
    Value v;
    v.kind = Kind::Number;
    // PDF has no exponent notation: fixed point, trailing zeros dropped.
    v.token = QByteArray::number(number, 'f', 4);
    while (v.token.contains('.') && (v.token.endsWith('0') || v.token.endsWith('.')))
        v.token.chop(1);
    return v;
}

Value Value::ref(int objectNumber, int generation)
{
    Value v;
    v.kind = Kind::Ref;
    v.objectNumber = objectNumber;
    v.generation = generation;
    return v;
}

Value Value::array(std::vector<Value> items)
{
    Value v;
    v.kind = Kind::Array;
    v.items = std::move(items);
    return v;
}

Value Value::dict()
{
    Value v;
    v.kind = Kind::Dict;
    return v;
}

const Value *Value::get(const QByteArray &key) const
{
    for (const auto &[k, value] : entries)
        if (k == key)
            return &value;
    return nullptr;
}

void Value::set(const QByteArray &key, Value value)
{
    for (auto &[k, existing] : entries)
        if (k == key) {
            existing = std::move(value);
            return;
        }
    entries.emplace_back(key, std::move(value));
}

double Value::toNumber() const { return kind == Kind::Number ? token.toDouble() : 0.0; }

QByteArray Value::serialize() const
{
    QByteArray out;
    appendTo(out);
    return out;
}

void Value::appendTo(QByteArray &out) const
{
    switch (kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
    case Kind::Number:
    case Kind::String:
        out += token;
        return;
    case Kind::Name:
        out += '/';
        out += token;
        return;
    case Kind::Ref:
        out += QByteArray::number(objectNumber);
        out += ' ';
        out += QByteArray::number(generation);
        out += " R";
        return;
    case Kind::Array:
        out += '[';
        for (const Value &item : items) {
            out += ' ';
            item.appendTo(out);
        }
        out += " ]";
        return;
    case Kind::Dict:
        out += "<<";
        for (const auto &[key, value] : entries) {
            out += " /";
            out += key;
            out += ' ';
            value.appendTo(out);
        }
        out += " >>";
        return;
    }
}

} // namespace mi::pdf
