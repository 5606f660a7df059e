#include "appcontext.h"

#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"

void AppContext::load(const QString &packsPath, const QString &databasePath)
{
    library.load({packsPath.isEmpty() ? mi::defaultPacksDirectory() : packsPath});
    corpus = mi::buildPackCorpus(library);
    scorer = std::make_shared<mi::RubricScorer>(corpus);
    mi::Result<std::shared_ptr<mi::Database>> db = mi::Database::open(databasePath.isEmpty() ? mi::defaultDatabasePath() : databasePath);
    if (db)
        database = *db;
    else
        databaseError = db.error().message;
}
