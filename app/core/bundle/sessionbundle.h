#pragma once

#include "bundlefile.h"
#include "packs/packlibrary.h"
#include "storage/database.h"

#include <memory>

namespace mi {

// One session as one file, to hand to a mentor and back: the session, its
// turns with answers and automatic scores, a snapshot of the questions asked,
// the audio of spoken answers and the mentor's review.
inline constexpr auto kBundleFormatName = "mockinterview-session-bundle";

Result<BundleContents> makeSessionBundle(std::shared_ptr<Database> db, const PackLibrary &library, qint64 sessionId);
Result<void> exportSessionBundle(std::shared_ptr<Database> db, const PackLibrary &library, qint64 sessionId, const QString &path);

struct BundleImport {
    qint64 sessionId = 0;
    QString uid;
    bool newSession = false;   // false: the session was already here (a reviewed bundle coming back)
    int turnsAdded = 0;
    int audioFilesAdded = 0;
    bool reviewReplaced = false;
};

// Imports a bundle: a new session is added whole; a session already here (same
// uid) gains only what it lacks, and the bundle's review replaces the local one
// when the bundle has a review. Everything is checked before anything is
// written; a failure changes nothing (files written are removed again).
Result<BundleImport> importSessionBundle(std::shared_ptr<Database> db, const QString &path);

} // namespace mi
