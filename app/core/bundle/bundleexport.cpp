// Session → bundle (declared in sessionbundle.h).
#include "sessionbundle.h"
#include "common/trcontexts.h"

#include "bundlejson.h"
#include "mentor/mentorstore.h"
#include "questionsnapshots.h"
#include "storage/audiostore.h"
#include "storage/sessionrepository.h"
#include "storage/sqlhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace mi {

// The recordings of the session's spoken answers, found through the audio
// store (which also refuses paths that lead out of the data folder).
static Result<QJsonArray> addAudio(std::shared_ptr<Database> db, const StoredSession &session, BundleContents &contents)
{
    const AudioStore store(std::move(db));
    QJsonArray audio;
    for (const Turn &t : session.turns) {
        Result<std::optional<AnswerAudio>> found = store.audioFor(session.info.id, t.index);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            continue;
        const AnswerAudio &a = **found;
        QFile file(a.absolutePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Bundles::tr("the audio of turn %1 cannot be read (%2): %3").arg(t.index + 1).arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.readAll();
        const QString name = QStringLiteral("audio/%1.%2").arg(t.index).arg(QFileInfo(file.fileName()).suffix());
        contents.files.insert(name, bytes);
        audio.append(QJsonObject{{"turn", t.index}, {"name", name}, {"mime", a.mime}, {"duration_ms", a.durationMs},
                                 {"sha256", QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                                 {"recorded_at", a.recordedAt.toUTC().toString(Qt::ISODateWithMs)}});
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
    Result<QJsonArray> audio = addAudio(db, *session, contents);
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
