#pragma once

#include "packs/packlibrary.h"
#include "scoring/corpusstats.h"
#include "scoring/scorer.h"
#include "storage/database.h"

#include <memory>

// What the windows share: the packs, the scorer built on their corpus, and
// the database. Made once in main().
struct AppContext {
    mi::PackLibrary library;
    std::shared_ptr<mi::CorpusStats> corpus;
    std::shared_ptr<const mi::Scorer> scorer;
    std::shared_ptr<mi::Database> database; // null when it could not be opened
    QString databaseError;

    void load(const QString &packsPath, const QString &databasePath);
};
