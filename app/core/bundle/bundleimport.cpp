// Bundle → database (declared in sessionbundle.h).
#include "sessionbundle.h"
#include "common/trcontexts.h"

#include "bundlejson.h"
#include "jsonfieldreader.h"
#include "mentor/mentorstore.h"
#include "questionsnapshots.h"
#include "storage/audiostore.h"
#include "storage/sessionrepository.h"
#include "storage/sqlhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

namespace mi {
namespace {

struct BundledAudio {
    int turn = 0;
    QString name;
    QString mime;
    qint64 durationMs = 0;
    QString recordedAt;
    QByteArray bytes;
};

// Everything in a bundle, checked: turns unique, review and audio pointing at
// turns that exist, audio bytes matching their checksums.
struct ParsedBundle {
    SessionInfo info;
    QList<Turn> turns;
    QList<Question> questions;
    SessionReview review;
    QList<BundledAudio> audio;
};

template <typename T, typename Convert>
Result<QList<T>> objectsOf(const QJsonArray &array, const QString &where, Convert convert)
{
    QList<T> out;
    for (int i = 0; i < array.size(); ++i) {
        Result<T> item = convert(array[i].toObject(), QStringLiteral("%1[%2]").arg(where).arg(i));
        if (!item)
            return std::unexpected(item.error());
        out.append(*item);
    }
    return out;
}

Result<QList<BundledAudio>> audioOf(const BundleContents &contents, const QSet<int> &turns)
{
    QList<BundledAudio> audio;
    const QJsonArray list = contents.manifest.value(QLatin1String("audio")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        JsonFieldReader r(list[i].toObject(), QStringLiteral("audio[%1]").arg(i));
        BundledAudio a{int(r.integer("turn", -1)), r.text("name", true), r.text("mime"), r.integer("duration_ms"), r.text("recorded_at"), {}};
        const QString sha = r.text("sha256", true);
        if (!r.ok())
            return std::unexpected(r.error());
        if (!turns.contains(a.turn))
            return fail(Bundles::tr("audio[%1]: turn %2 is not in the bundle").arg(i).arg(a.turn));
        if (!contents.files.contains(a.name) || a.name.contains(u"..") || QDir::isAbsolutePath(a.name))
            return fail(Bundles::tr("audio[%1]: the file %2 is missing from the bundle").arg(i).arg(a.name));
        a.bytes = contents.files.value(a.name);
        if (QString::fromLatin1(QCryptographicHash::hash(a.bytes, QCryptographicHash::Sha256).toHex()) != sha)
            return fail(Bundles::tr("audio[%1]: %2 does not match its checksum").arg(i).arg(a.name));
        audio.append(a);
    }
    return audio;
}

Result<ParsedBundle> parse(const BundleContents &contents)
{
    const QJsonObject &m = contents.manifest;
    if (m.value(QLatin1String("format")).toString() != QLatin1String(kBundleFormatName))
        return fail(Bundles::tr("this file is not a session bundle (its manifest has no '%1' format)").arg(QLatin1String(kBundleFormatName)));
    ParsedBundle b;
    Result<SessionInfo> info = sessionInfoFromJson(m.value(QLatin1String("session")).toObject());
    if (!info)
        return std::unexpected(info.error());
    b.info = *info;
    Result<QList<Turn>> turns = objectsOf<Turn>(m.value(QLatin1String("turns")).toArray(), QStringLiteral("turns"), turnFromJson);
    if (!turns)
        return std::unexpected(turns.error());
    b.turns = *turns;
    QSet<int> indices;
    for (const Turn &t : b.turns) {
        if (indices.contains(t.index))
            return fail(Bundles::tr("turns: turn %1 appears twice").arg(t.index + 1));
        indices.insert(t.index);
    }
    Result<QList<Question>> questions =
        objectsOf<Question>(m.value(QLatin1String("questions")).toArray(), QStringLiteral("questions"), questionSnapshotFromJson);
    if (!questions)
        return std::unexpected(questions.error());
    b.questions = *questions;
    Result<SessionReview> review = reviewFromJson(m.value(QLatin1String("review")).toObject());
    if (!review)
        return std::unexpected(review.error());
    for (auto it = review->turns.cbegin(); it != review->turns.cend(); ++it)
        if (!indices.contains(it.key()))
            return fail(Bundles::tr("review: turn %1 is not in the bundle").arg(it.key() + 1));
    b.review = *review;
    Result<QList<BundledAudio>> audio = audioOf(contents, indices);
    if (!audio)
        return std::unexpected(audio.error());
    b.audio = *audio;
    return b;
}

// Writes what the database lacks; remembers the files it created so that a
// failed import can take them back.
class BundleWriter
{
public:
    BundleWriter(std::shared_ptr<Database> db, const ParsedBundle &bundle) : m_db(std::move(db)), m_bundle(bundle) {}

    Result<BundleImport> write()
    {
        BundleImport outcome;
        outcome.uid = m_bundle.info.uid;
        Result<void> done = inTransaction(m_db->connection(), [&] { return writeAll(outcome); });
        if (!done) {
            for (const QString &file : std::as_const(m_createdFiles))
                QFile::remove(file);
            return std::unexpected(done.error());
        }
        return outcome;
    }

private:
    Result<void> writeAll(BundleImport &outcome)
    {
        QSqlQuery q(m_db->connection());
        Result<void> ok = runSql(q, QStringLiteral("SELECT id FROM sessions WHERE uid = ?"), {m_bundle.info.uid}, QStringLiteral("cannot look up session"));
        if (ok && q.next()) {
            outcome.sessionId = q.value(0).toLongLong();
        } else if (ok) {
            Result<qint64> created = SessionRepository(m_db).createSession(m_bundle.info);
            if (!created)
                return std::unexpected(created.error());
            outcome.sessionId = *created;
            outcome.newSession = true;
            ok = runSql(q, QStringLiteral("UPDATE sessions SET finished_at = ?, overall = ? WHERE id = ?"),
                        {m_bundle.info.finishedAt.isValid() ? QVariant(m_bundle.info.finishedAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant(),
                         m_bundle.info.overall ? QVariant(*m_bundle.info.overall) : QVariant(), outcome.sessionId},
                        QStringLiteral("cannot finish imported session"));
            if (ok)
                ok = QuestionSnapshots(m_db).save(outcome.sessionId, m_bundle.questions);
        }
        if (ok)
            ok = addTurns(outcome);
        for (int i = 0; ok && i < m_bundle.audio.size(); ++i)
            ok = addAudio(outcome, m_bundle.audio[i]);
        if (ok && !m_bundle.review.isEmpty()) {
            ok = MentorStore(m_db).replace(outcome.sessionId, m_bundle.review);
            outcome.reviewReplaced = bool(ok);
        }
        return ok;
    }

    Result<void> addTurns(BundleImport &outcome)
    {
        QSqlQuery q(m_db->connection());
        if (Result<void> ok = runSql(q, QStringLiteral("SELECT turn_index FROM turns WHERE session_id = ?"), {outcome.sessionId},
                                     QStringLiteral("cannot list turns"));
            !ok)
            return ok;
        QSet<int> present;
        while (q.next())
            present.insert(q.value(0).toInt());
        SessionRepository repository(m_db);
        for (const Turn &t : m_bundle.turns) {
            if (present.contains(t.index))
                continue;
            if (Result<void> ok = repository.saveTurn(outcome.sessionId, t); !ok)
                return ok;
            ++outcome.turnsAdded;
        }
        return {};
    }

    Result<void> addAudio(BundleImport &outcome, const BundledAudio &audio)
    {
        const AudioStore store(m_db);
        Result<std::optional<AnswerAudio>> existing = store.audioFor(outcome.sessionId, audio.turn);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return {}; // the turn already has its audio here
        Result<qint64> turnId = savedTurnId(*m_db, outcome.sessionId, audio.turn);
        Result<QString> absolute = turnId ? store.pathFor(outcome.sessionId, audio.turn, QFileInfo(audio.name).suffix()) : Result<QString>{};
        if (!turnId || !absolute)
            return std::unexpected(!turnId ? turnId.error() : absolute.error());
        if (!QDir().mkpath(QFileInfo(*absolute).absolutePath()))
            return fail(Bundles::tr("cannot create the folder for %1").arg(*absolute));
        if (!QFile::exists(*absolute)) {
            QSaveFile file(*absolute);
            if (!file.open(QIODevice::WriteOnly) || file.write(audio.bytes) != audio.bytes.size() || !file.commit())
                return fail(Bundles::tr("cannot write %1: %2").arg(*absolute, file.errorString()));
            m_createdFiles.append(*absolute);
        }
        ++outcome.audioFilesAdded;
        // Linked here rather than by AudioStore::store() so the recording keeps its original time.
        QSqlQuery q(m_db->connection());
        return runSql(q,
                      QStringLiteral("INSERT INTO answer_audio (turn_id, file, mime, duration_ms, bytes, sha256, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {*turnId, QDir(store.dataDirectory()).relativeFilePath(*absolute), audio.mime.isEmpty() ? QStringLiteral("audio/wav") : audio.mime,
                       audio.durationMs, qint64(audio.bytes.size()),
                       QString::fromLatin1(QCryptographicHash::hash(audio.bytes, QCryptographicHash::Sha256).toHex()),
                       audio.recordedAt.isEmpty() ? utcNowIso() : audio.recordedAt},
                      QStringLiteral("cannot link imported audio"));
    }

    std::shared_ptr<Database> m_db;
    const ParsedBundle &m_bundle;
    QStringList m_createdFiles;
};

} // namespace

Result<BundleImport> importSessionBundle(std::shared_ptr<Database> db, const QString &path)
{
    Result<BundleContents> contents = readBundleFile(path);
    if (!contents)
        return std::unexpected(contents.error());
    Result<ParsedBundle> bundle = parse(*contents);
    if (!bundle)
        return fail(QStringLiteral("%1: %2").arg(path, bundle.error().message));
    return BundleWriter(std::move(db), *bundle).write();
}

} // namespace mi
