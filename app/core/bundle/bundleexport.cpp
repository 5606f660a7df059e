// Session → bundle (declared in sessionbundle.h).
#include "sessionbundle.h"

#include "bundlejson.h"
#include "mentor/mentorstore.h"
#include "questionsnapshots.h"
#include "storage/sessionrepository.h"
#include "storage/sqlhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace mi {

QString audioRoot(const Database &db) { return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("audio")); }

static Result<QJsonArray> addAudio(const Database &db, qint64 sessionId, BundleContents &contents)
{
    QSqlQuery q(db.connection());
    if (Result<void> ok = runSql(q,
                                 QStringLiteral("SELECT t.turn_index, a.file, a.mime, a.duration_ms, a.recorded_at FROM answer_audio a"
                                                " JOIN turns t ON t.id = a.turn_id WHERE t.session_id = ? ORDER BY t.turn_index"),
                                 {sessionId}, QStringLiteral("cannot list the session's audio"));
        !ok)
        return std::unexpected(ok.error());
    const QDir dataDir = QFileInfo(db.path()).absoluteDir();
    QJsonArray audio;
    while (q.next()) {
        const int turn = q.value(0).toInt();
        QFile file(dataDir.filePath(q.value(1).toString()));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("the audio of turn %1 cannot be read (%2): %3").arg(turn + 1).arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.readAll();
        const QString name = QStringLiteral("audio/%1.%2").arg(turn).arg(QFileInfo(file.fileName()).suffix());
        contents.files.insert(name, bytes);
        audio.append(QJsonObject{{"turn", turn}, {"name", name}, {"mime", q.value(2).toString()}, {"duration_ms", q.value(3).toLongLong()},
                                 {"sha256", QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                                 {"recorded_at", q.value(4).toString()}});
    }
    return audio;
}

Result<BundleContents> makeSessionBundle(std::shared_ptr<Database> db, const PackLibrary &library, qint64 sessionId)
{
    Result<StoredSession> session = SessionRepository(db).loadSession(sessionId);
    if (!session)
        return std::unexpected(session.error());
    QStringList questionIds;
    QJsonArray turns;
    for (const Turn &t : session->turns) {
        turns.append(turnToJson(t));
        if (!questionIds.contains(t.questionId))
            questionIds.append(t.questionId);
    }
    Result<QList<Question>> questions = QuestionSnapshots(db).questionsOf(sessionId, questionIds, library);
    if (!questions)
        return std::unexpected(questions.error());
    QJsonArray snapshots;
    for (const Question &q : *questions)
        snapshots.append(questionSnapshotToJson(q));
    Result<SessionReview> review = MentorStore(db).load(sessionId);
    if (!review)
        return std::unexpected(review.error());

    BundleContents contents;
    Result<QJsonArray> audio = addAudio(*db, sessionId, contents);
    if (!audio)
        return std::unexpected(audio.error());
    contents.manifest = {{"format", QLatin1String(kBundleFormatName)}, {"format_version", int(kBundleFormatVersion)},
                         {"created_at", utcNowIso()}, {"session", sessionInfoToJson(session->info)}, {"turns", turns},
                         {"questions", snapshots}, {"review", reviewToJson(*review)}, {"audio", *audio}};
    return contents;
}

Result<void> exportSessionBundle(std::shared_ptr<Database> db, const PackLibrary &library, qint64 sessionId, const QString &path)
{
    Result<BundleContents> contents = makeSessionBundle(std::move(db), library, sessionId);
    if (!contents)
        return std::unexpected(contents.error());
    return writeBundleFile(path, *contents);
}

} // namespace mi
