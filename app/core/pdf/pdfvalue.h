#pragma once

#include <QByteArray>
#include <utility>
#include <vector>

namespace mi::pdf {

// One PDF object as read from a file: enough of the syntax to walk the page
// tree and write changed dictionaries back. Numbers, names and strings keep
// the bytes they were written with, so what we pass through is unchanged.
struct Value {
    enum class Kind { Null, Bool, Number, Name, String, Array, Dict, Ref };

    Kind kind = Kind::Null;
    QByteArray token;                                  // Bool, Number, String as written; Name without its slash
    std::vector<Value> items;                          // Array
    std::vector<std::pair<QByteArray, Value>> entries; // Dict, in file order
    int objectNumber = 0;                              // Ref
    int generation = 0;                                // Ref

    static Value name(const QByteArray &name);
    static Value integer(qint64 number);
    static Value real(double number);
    static Value ref(int objectNumber, int generation = 0);
    static Value array(std::vector<Value> items = {});
    static Value dict();

    bool isDict() const { return kind == Kind::Dict; }
    bool isArray() const { return kind == Kind::Array; }
    bool isRef() const { return kind == Kind::Ref; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isName(const QByteArray &name) const { return kind == Kind::Name && token == name; }

    // Dictionary access; get() returns nullptr when the key is absent.
    const Value *get(const QByteArray &key) const;
    void set(const QByteArray &key, Value value);
    double toNumber() const;

    QByteArray serialize() const;
    void appendTo(QByteArray &out) const; // serialize() without a copy per nested value
};

} // namespace mi::pdf
