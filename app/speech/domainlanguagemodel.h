#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace mi {

// A small bigram language model in ARPA format, estimated from the pack's
// own text (prompts, references, aliases) with absolute discounting and
// back-off to add-one unigrams. Loaded into pocketsphinx it keeps natural word
// order while biasing recognition toward the words answers to these questions
// use; words the recogniser cannot pronounce (`known` false) are left out.
QString domainArpaModel(const QStringList &texts, const std::function<bool(const QString &)> &known);

} // namespace mi
