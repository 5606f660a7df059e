#pragma once

#include <QJsonValue>
#include <QString>

namespace mi {

// A complete page for the sandboxed web views and the PDF export. Content is
// escaped by the builders; the page itself loads only the bundled stylesheet
// and scripts (resolved against the view's base URL, qrc:/web/) and its
// Content-Security-Policy forbids inline scripts and every remote load.
struct PageOptions {
    QString title;
    QString language = QStringLiteral("zh");
    bool dark = false;     // follow the desktop palette
    bool charts = false;   // load Chart.js
    bool print = false;    // print styles (PDF)
    bool standalone = false; // a file to open anywhere: stylesheet inlined, no scripts (charts stay tables)
};

QString htmlDocument(const QString &body, const PageOptions &options);

// Data for a chart or script as an inert JSON block; "<" is escaped so no
// string inside can close the element.
QString jsonDataBlock(const QString &id, const QJsonValue &data);

QString escaped(const QString &text); // HTML-escaped, newlines as <br>

} // namespace mi
