#pragma once

#include "common/error.h"
#include "database.h"

#include <memory>

namespace mi {

// The text being typed for a turn, saved every couple of seconds so that a
// crash or kill loses at most that much. Cleared when the answer is saved.
class DraftStore
{
public:
    explicit DraftStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<void> save(qint64 sessionId, int turnIndex, const QString &text);
    Result<QString> load(qint64 sessionId, int turnIndex) const; // empty when none

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mi
