#pragma once

#include <QList>
#include <QString>

namespace mi {

// A sentence or list item of a reference answer, without Markdown marks,
// with its place in the reference.
struct ReferenceSentence {
    QString text;
    int position = 0; // order in the reference
};

// Splits a Markdown reference into sentences and list items: what a rubric
// point is explained by, and what a reference-only question is scored on.
// Code blocks are kept as one sentence each; headings and marks are dropped.
QList<ReferenceSentence> referenceSentences(const QString &markdown);

// Splits one sentence into the items of an enumeration ("A、B 和 C",
// "（1）… （2）…", "first …; second …") when it is one; else the sentence.
QStringList enumerationItems(const QString &sentence);

} // namespace mi
