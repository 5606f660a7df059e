#pragma once

#include "pdfdocument.h"

#include <map>

namespace mi::pdf {

// Changes to a PDF written as an incremental update (ISO 32000-1, 7.5.6):
// the original bytes stay as they are, new and replaced objects follow with
// their own cross-reference section whose trailer points back to the old one.
class IncrementalUpdate
{
public:
    explicit IncrementalUpdate(const Document &document);

    // A new object number, to be filled with setObject() or setStream()
    // (objects that point at each other need their numbers first).
    int reserve();
    int addObject(const Value &value);
    // A stream object; /Length is filled in.
    int addStream(Value dict, const QByteArray &data);
    // Replaces an object of the original file, or fills a reserved one.
    void setObject(int objectNumber, int generation, const Value &value);
    void setStream(int objectNumber, int generation, Value dict, const QByteArray &data);

    // The original file followed by the update.
    QByteArray bytes() const;

private:
    struct Body {
        int generation = 0;
        QByteArray text;
    };
    const Document &m_document;
    int m_nextNumber;
    std::map<int, Body> m_objects;
};

} // namespace mi::pdf
