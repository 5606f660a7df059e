#pragma once

#include "common/error.h"
#include "database.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace mi {

// A spoken answer's recording as linked from the database.
struct AnswerAudio {
    qint64 turnId = 0;
    QString file; // relative to the data folder, '/'-separated: audio/<session uid>/<turn index>.wav
    QString absolutePath; // resolved against the data folder of this database
    QString mime;
    qint64 durationMs = 0;
    qint64 bytes = 0;
    QString sha256; // lower-case hex of the file as stored
    QDateTime recordedAt;
};

// Keeps answer recordings beside the database: the data folder is the folder
// of the SQLite file, recordings go to audio/<session uid>/<turn index>.<ext>
// and one answer_audio row per turn points at them with a relative path, so
// the folder can be moved or backed up as a whole. Linking is independent of
// the answer's text: a recording is kept whether or not it was transcribed.
class AudioStore
{
public:
    explicit AudioStore(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
    }

    QString dataDirectory() const;
    // Where the recording of a turn lives once stored (the folder may not exist yet).
    Result<QString> pathFor(qint64 sessionId, int turnIndex, const QString &extension = QStringLiteral("wav")) const;

    // Moves `recordedFile` (or copies it, when `keepSource`) to pathFor() and
    // links it to the turn, replacing an earlier recording of that turn. The
    // turn must have been saved. A file already in place is only linked.
    Result<AnswerAudio> store(qint64 sessionId, int turnIndex, const QString &recordedFile, qint64 durationMs, bool keepSource = false);

    Result<std::optional<AnswerAudio>> audioFor(qint64 turnId) const;
    Result<std::optional<AnswerAudio>> audioFor(qint64 sessionId, int turnIndex) const;

    // Deletes the recording folders of sessions no longer in the database
    // (deleting a session cascades to its answer_audio rows, not to files).
    // Returns how many folders were removed.
    Result<int> removeOrphanedRecordings() const;

private:
    Result<QString> sessionUid(qint64 sessionId) const;

    std::shared_ptr<Database> m_db;
};

} // namespace mi
