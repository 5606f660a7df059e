#pragma once

#include "common/error.h"
#include "lexicon.h"
#include "pack.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace mi {

// All packs the user can practise with. Loading never stops at a broken file:
// its errors are collected and the remaining packs stay usable.
class PackLibrary
{
public:
    // Each path may be a pack file or a directory of `*.yaml` files.
    void load(const QStringList &paths);

    const QList<Pack> &packs() const { return m_packs; }
    const QList<Error> &errors() const { return m_errors; }
    QStringList brokenFiles() const;

    const Pack *pack(const QString &packId) const;
    const Question *question(const QString &questionId) const;
    QList<const Question *> allQuestions() const;
    // The shared domain lexicon the packs' "@id" aliases name.
    std::shared_ptr<const Lexicon> lexicon() const { return m_lexicon; }

private:
    void addFile(const QString &path);

    QList<Pack> m_packs;
    QList<Error> m_errors;
    std::shared_ptr<Lexicon> m_lexicon = std::make_shared<Lexicon>();
};

// Where the bundled packs live: $MOCKINTERVIEW_PACKS, else the installed data
// dir next to the executable, else the source tree the binary was built from.
QString defaultPacksDirectory();

} // namespace mi
