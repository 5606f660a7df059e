#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace mi {

// Pronunciations (CMU phone set) for technical words the pack texts use that
// the CMU dictionary lacks. Without them pocketsphinx cannot hear "etcd" or
// "statefulset" at all: its language model may only contain words it can
// pronounce. An entry "word(2)" adds a second way of saying a word.
const QList<std::pair<QString, QString>> &technicalPronunciations();

} // namespace mi
