#include "pdfconcatenation.h"

#include "common/trcontexts.h"
#include "incrementalupdate.h"
#include "pdfdocument.h"

#include <QHash>

namespace mi::pdf {

namespace {

// Points every reference at the object's new number; a reference to an
// object the part does not have becomes null, as a reader would treat it.
void renumber(Value &value, const QHash<int, int> &numbers)
{
    if (value.isRef()) {
        const auto found = numbers.constFind(value.objectNumber);
        value = found == numbers.constEnd() ? Value() : Value::ref(*found);
        return;
    }
    for (Value &item : value.items)
        renumber(item, numbers);
    for (auto &[key, entry] : value.entries)
        renumber(entry, numbers);
}

struct PageTreeRoot {
    int objectNumber = 0;
    int generation = 0;
    Value dict;
};

Result<PageTreeRoot> pageTreeRoot(const Document &document)
{
    Result<Value> catalog = document.resolve(*document.trailer().get("Root"));
    if (!catalog)
        return std::unexpected(catalog.error());
    const Value *pages = catalog->isDict() ? catalog->get("Pages") : nullptr;
    if (!pages || !pages->isRef())
        return fail(Pdf::tr("the PDF catalog has no page tree"));
    Result<Value> root = document.object(pages->objectNumber);
    if (!root)
        return std::unexpected(root.error());
    if (!root->isDict())
        return fail(Pdf::tr("page tree node %1 is not a dictionary").arg(pages->objectNumber));
    return PageTreeRoot{pages->objectNumber, pages->generation, *root};
}

// Copies every object of `part` except its catalog and info into the update;
// returns the new number of its page-tree root.
Result<int> appendPart(IncrementalUpdate &update, const Document &part, int newRoot, qint64 &pageCount)
{
    Result<PageTreeRoot> root = pageTreeRoot(part);
    if (!root)
        return std::unexpected(root.error());
    const Value *catalog = part.trailer().get("Root");
    const Value *info = part.trailer().get("Info");
    QHash<int, int> numbers;
    for (const int number : part.objectNumbers())
        if (!(catalog->isRef() && number == catalog->objectNumber) && !(info && info->isRef() && number == info->objectNumber))
            numbers.insert(number, update.reserve());
    for (auto it = numbers.constBegin(); it != numbers.constEnd(); ++it) {
        Result<Document::Stored> object = part.storedObject(it.key());
        if (!object)
            return std::unexpected(object.error());
        Value &value = object->value;
        renumber(value, numbers);
        if (it.key() == root->objectNumber) {
            value.set("Parent", Value::ref(newRoot));
            pageCount += qint64(value.get("Count") ? value.get("Count")->toNumber() : 0);
        }
        if (object->stream)
            update.setStream(*it, 0, value, *object->stream);
        else
            update.setObject(*it, 0, value);
    }
    return numbers.value(root->objectNumber);
}

} // namespace

Result<QByteArray> concatenatePdfs(const QByteArrayList &parts)
{
    if (parts.isEmpty())
        return fail(Pdf::tr("there is no PDF to put together"));
    if (parts.size() == 1)
        return parts.first();
    Result<Document> first = Document::parse(parts.first());
    if (!first)
        return std::unexpected(first.error());
    Result<PageTreeRoot> firstRoot = pageTreeRoot(*first);
    if (!firstRoot)
        return std::unexpected(firstRoot.error());

    IncrementalUpdate update(*first);
    const int newRoot = update.reserve();
    qint64 pageCount = qint64(firstRoot->dict.get("Count") ? firstRoot->dict.get("Count")->toNumber() : 0);
    Value kids = Value::array({Value::ref(firstRoot->objectNumber, firstRoot->generation)});
    for (qsizetype i = 1; i < parts.size(); ++i) {
        Result<Document> part = Document::parse(parts[i]);
        if (!part)
            return fail(Pdf::tr("part %1: %2").arg(i + 1).arg(part.error().message));
        Result<int> partRoot = appendPart(update, *part, newRoot, pageCount);
        if (!partRoot)
            return fail(Pdf::tr("part %1: %2").arg(i + 1).arg(partRoot.error().message));
        kids.items.push_back(Value::ref(*partRoot));
    }
    Value rootDict = Value::dict();
    rootDict.set("Type", Value::name("Pages"));
    rootDict.set("Kids", kids);
    rootDict.set("Count", Value::integer(pageCount));
    update.setObject(newRoot, 0, rootDict);

    Value oldRoot = firstRoot->dict;
    oldRoot.set("Parent", Value::ref(newRoot));
    update.setObject(firstRoot->objectNumber, firstRoot->generation, oldRoot);
    const Value *catalogRef = first->trailer().get("Root");
    Result<Value> catalog = first->resolve(*catalogRef);
    if (!catalog || !catalog->isDict() || !catalogRef->isRef())
        return fail(Pdf::tr("the PDF catalog has no page tree"));
    catalog->set("Pages", Value::ref(newRoot));
    update.setObject(catalogRef->objectNumber, catalogRef->generation, *catalog);
    return update.bytes();
}

} // namespace mi::pdf
