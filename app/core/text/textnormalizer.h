#pragma once

#include <QString>

namespace mi {

// Folds text for matching: full-width forms to ASCII, Chinese punctuation to
// its ASCII counterpart, case folding, every kind of space to ' '.
// The result has exactly the same length as the input, so an offset found in
// the normalised text is also an offset into the original (evidence spans).
QString normalizeForMatching(const QString &text);

bool isCjk(QChar c);
bool isSentenceEnd(QChar normalized);  // . ! ? ; newline
bool isClauseBreak(QChar normalized);  // sentence ends plus , and :

} // namespace mi
