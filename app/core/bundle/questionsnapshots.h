#pragma once

#include "packs/packlibrary.h"
#include "storage/database.h"

#include <memory>

namespace mi {

// Questions of imported sessions as the candidate's pack had them, so review
// works on a machine without that pack. Lookups prefer the local pack only when
// the snapshot is missing: the snapshot is what the candidate was asked.
class QuestionSnapshots
{
public:
    explicit QuestionSnapshots(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<void> save(qint64 sessionId, const QList<Question> &questions);
    Result<QList<Question>> load(qint64 sessionId) const;

    // The questions a session used: snapshot, else the library's; unknown ids are left out.
    Result<QList<Question>> questionsOf(qint64 sessionId, const QStringList &questionIds, const PackLibrary &library) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mi
