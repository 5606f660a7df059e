#include "pagenumberstamp.h"

#include "common/trcontexts.h"
#include "incrementalupdate.h"
#include "pdfdocument.h"

namespace mi::pdf {

namespace {

// A resource name the page does not use yet.
QByteArray freeFontName(const Value &fonts)
{
    QByteArray name = "MiPageNumber";
    for (int i = 2; fonts.get(name); ++i)
        name = "MiPageNumber" + QByteArray::number(i);
    return name;
}

Result<Value> resolvedDict(const Document &document, const Value &value)
{
    if (value.kind == Value::Kind::Null)
        return Value::dict();
    Result<Value> resolved = document.resolve(value);
    if (resolved && resolved->kind == Value::Kind::Null)
        return Value::dict();
    if (resolved && !resolved->isDict())
        return fail(Pdf::tr("a page's resources are not a dictionary"));
    return resolved;
}

QByteArray stampContent(const PageEntry &page, const PageNumberStyle &style, const QByteArray &fontName, const QByteArray &text)
{
    const std::vector<Value> &box = page.mediaBox.items;
    const double left = box[0].toNumber();
    const double bottom = box[1].toNumber();
    const double width = box[2].toNumber() - left;
    const double textWidth = style.font.width(text) / 1000.0 * style.fontSize;
    // "Q" ends the "q" put before the page's own content, so its transforms
    // and clips do not move or hide the number.
    return "Q q BT /" + fontName + ' ' + Value::real(style.fontSize).token + " Tf " + style.rgb + " rg 1 0 0 1 "
        + Value::real(left + (width - textWidth) / 2).token + ' ' + Value::real(bottom + style.baseline).token + " Tm (" + text
        + ") Tj ET Q\n";
}

} // namespace

Result<StampedPdf> stampPageNumbers(const QByteArray &pdf, const PageNumberStyle &style)
{
    Result<Document> document = Document::parse(pdf);
    if (!document)
        return std::unexpected(document.error());
    Result<std::vector<PageEntry>> pages = document->pages();
    if (!pages)
        return std::unexpected(pages.error());
    if (pages->empty())
        return fail(Pdf::tr("the PDF has no pages"));

    // Every character a number can need, or the stamp would be invisible.
    for (const char c : QByteArray("0123456789 /"))
        if (!style.font.glyph(c))
            return fail(Pdf::tr("the page-number font has no glyph for \"%1\"").arg(QLatin1Char(c)));

    IncrementalUpdate update(*document);
    const int font = addType3Font(update, style.font);
    const int saveState = update.addStream(Value::dict(), "q\n");
    const int count = int(pages->size());
    for (int i = 0; i < count; ++i) {
        const PageEntry &page = (*pages)[i];
        if (!page.mediaBox.isArray() || page.mediaBox.items.size() != 4)
            return fail(Pdf::tr("page %1 has no media box").arg(i + 1));
        Result<Value> resources = resolvedDict(*document, page.resources);
        if (!resources)
            return std::unexpected(resources.error());
        Result<Value> fonts = resolvedDict(*document, resources->get("Font") ? *resources->get("Font") : Value());
        if (!fonts)
            return std::unexpected(fonts.error());
        const QByteArray fontName = freeFontName(*fonts);
        fonts->set(fontName, Value::ref(font));
        resources->set("Font", *fonts);

        const QByteArray text = QByteArray::number(i + 1) + " / " + QByteArray::number(count);
        const int stamp = update.addStream(Value::dict(), stampContent(page, style, fontName, text));
        Value contents = Value::array({Value::ref(saveState)});
        const Value *old = page.dict.get("Contents");
        if (old && old->isArray())
            contents.items.insert(contents.items.end(), old->items.begin(), old->items.end());
        else if (old)
            contents.items.push_back(*old);
        contents.items.push_back(Value::ref(stamp));

        Value dict = page.dict;
        dict.set("Resources", *resources);
        dict.set("Contents", contents);
        update.setObject(page.objectNumber, page.generation, dict);
    }
    return StampedPdf{update.bytes(), count};
}

} // namespace mi::pdf
