#include "audiostore.h"

#include "common/trcontexts.h"
#include "sessionrepository.h"
#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace mi {
namespace {

// Session uids become folder names; a uid from an imported bundle must not
// be able to point anywhere else.
bool safeFolderName(const QString &name)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return safe.match(name).hasMatch();
}

Result<std::pair<QByteArray, qint64>> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Storage::tr("cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Storage::tr("cannot read %1").arg(path));
    return std::pair {hash.result().toHex(), file.size()};
}

QString mimeOf(const QString &path)
{
    if (path.endsWith(u".wav", Qt::CaseInsensitive))
        return QStringLiteral("audio/wav"); // what the schema and browsers use, not audio/x-wav
    return QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name();
}

} // namespace

QString AudioStore::dataDirectory() const
{
    return QFileInfo(m_db->path()).absolutePath();
}

Result<QString> AudioStore::sessionUid(qint64 sessionId) const
{
    QSqlQuery q(m_db->connection());
    if (Result<void> ok
        = runSql(q, QStringLiteral("SELECT uid FROM sessions WHERE id = ?"), {sessionId}, QStringLiteral("cannot find session"));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Storage::tr("no session with id %1").arg(sessionId));
    const QString uid = q.value(0).toString();
    if (!safeFolderName(uid))
        return fail(Storage::tr("session %1 has a uid that cannot name a folder: %2").arg(sessionId).arg(uid));
    return uid;
}

Result<QString> AudioStore::pathFor(qint64 sessionId, int turnIndex, const QString &extension) const
{
    Result<QString> uid = sessionUid(sessionId);
    if (!uid)
        return uid;
    return QDir(dataDirectory()).filePath(QStringLiteral("audio/%1/%2.%3").arg(*uid).arg(turnIndex).arg(extension));
}

Result<AnswerAudio> AudioStore::store(qint64 sessionId, int turnIndex, const QString &recordedFile, qint64 durationMs, bool keepSource)
{
    const QFileInfo source(recordedFile);
    if (!source.isFile())
        return fail(Storage::tr("no recording at %1").arg(recordedFile));
    Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
    if (!turn)
        return std::unexpected(turn.error());
    Result<QString> target = pathFor(sessionId, turnIndex, source.suffix().isEmpty() ? QStringLiteral("wav") : source.suffix().toLower());
    if (!target)
        return std::unexpected(target.error());
    if (!QDir().mkpath(QFileInfo(*target).absolutePath()))
        return fail(Storage::tr("cannot create the folder for %1").arg(*target));
    if (source.canonicalFilePath() != QFileInfo(*target).canonicalFilePath()) {
        // Through a .part file, so a failed copy never replaces an earlier recording.
        const QString part = *target + QStringLiteral(".part");
        QFile::remove(part);
        const bool placed = keepSource ? QFile::copy(recordedFile, part) : QFile::rename(recordedFile, part);
        if (!placed)
            return fail(Storage::tr("cannot move the recording %1 to %2").arg(recordedFile, part));
        QFile::remove(*target);
        if (!QFile::rename(part, *target))
            return fail(Storage::tr("cannot move the recording to %1").arg(*target));
    }
    Result<std::pair<QByteArray, qint64>> hashed = sha256Of(*target);
    if (!hashed)
        return std::unexpected(hashed.error());
    AnswerAudio audio;
    audio.turnId = *turn;
    audio.absolutePath = *target;
    audio.file = QDir(dataDirectory()).relativeFilePath(*target);
    audio.mime = mimeOf(*target);
    audio.durationMs = durationMs;
    audio.bytes = hashed->second;
    audio.sha256 = QString::fromLatin1(hashed->first);
    audio.recordedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db->connection());
    Result<void> linked = runSql(q,
        QStringLiteral("INSERT OR REPLACE INTO answer_audio (turn_id, file, mime, duration_ms, bytes, sha256, recorded_at) VALUES (?, ?, "
                       "?, ?, ?, ?, ?)"),
        {audio.turnId, audio.file, audio.mime, audio.durationMs, audio.bytes, audio.sha256, audio.recordedAt.toString(Qt::ISODateWithMs)},
        QStringLiteral("cannot link the recording"));
    if (!linked)
        return std::unexpected(linked.error());
    return audio;
}

Result<std::optional<AnswerAudio>> AudioStore::audioFor(qint64 turnId) const
{
    QSqlQuery q(m_db->connection());
    if (Result<void> ok
        = runSql(q, QStringLiteral("SELECT file, mime, duration_ms, bytes, sha256, recorded_at FROM answer_audio WHERE turn_id = ?"),
            {turnId}, QStringLiteral("cannot load the recording"));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<AnswerAudio>();
    AnswerAudio audio;
    audio.turnId = turnId;
    audio.file = q.value(0).toString();
    audio.mime = q.value(1).toString();
    audio.durationMs = q.value(2).toLongLong();
    audio.bytes = q.value(3).toLongLong();
    audio.sha256 = q.value(4).toString();
    audio.recordedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    // Rows may come from an imported bundle: never resolve outside the data folder.
    const QString root = QDir::cleanPath(dataDirectory());
    const QString resolved = QDir::cleanPath(QDir(root).filePath(audio.file));
    if (QDir::isAbsolutePath(audio.file) || !resolved.startsWith(root + u'/'))
        return fail(Storage::tr("the recording of turn %1 points outside the data folder: %2").arg(turnId).arg(audio.file));
    audio.absolutePath = resolved;
    return std::optional<AnswerAudio>(audio);
}

Result<std::optional<AnswerAudio>> AudioStore::audioFor(qint64 sessionId, int turnIndex) const
{
    Result<qint64> turn = savedTurnId(*m_db, sessionId, turnIndex);
    if (!turn)
        return std::unexpected(turn.error());
    return audioFor(*turn);
}

Result<int> AudioStore::removeOrphanedRecordings() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT uid FROM sessions")))
        return fail(Storage::tr("cannot list sessions: %1").arg(q.lastError().text()));
    QSet<QString> live;
    while (q.next())
        live.insert(q.value(0).toString());
    QDir audio(QDir(dataDirectory()).filePath(QStringLiteral("audio")));
    int removed = 0;
    for (const QString &folder : audio.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (live.contains(folder) || !safeFolderName(folder))
            continue;
        if (!QDir(audio.filePath(folder)).removeRecursively())
            return fail(Storage::tr("cannot remove %1").arg(audio.filePath(folder)));
        ++removed;
    }
    return removed;
}

} // namespace mi
