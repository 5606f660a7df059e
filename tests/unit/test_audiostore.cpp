// Recordings of spoken answers kept beside the database: real SQLite files,
// real audio files, checksums computed independently.
#include "engine/interviewengine.h"
#include "engine/sessionreplay.h"
#include "packs/packlibrary.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "storage/audiostore.h"
#include "storage/practicerecorder.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

std::shared_ptr<Database> openDatabase(const QString &path)
{
    Result<std::shared_ptr<Database>> db = Database::open(path);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db);
    return *db;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
    return path;
}

QByteArray fakeRecording(int seed)
{
    QByteArray data("RIFF....WAVE");
    for (int i = 0; i < 20000; ++i)
        data.append(char((i * seed) & 0xff));
    return data;
}

// A session of the mini pack with its first turn asked and saved, as the app has it while recording.
struct AskedTurn {
    QTemporaryDir dir;
    PackLibrary library;
    std::shared_ptr<RubricScorer> scorer;
    std::shared_ptr<Database> db;
    std::unique_ptr<InterviewEngine> engine;
    std::unique_ptr<PracticeRecorder> recorder;

    AskedTurn()
    {
        library.load({testDataPath(QStringLiteral("packs/mini-en.yaml"))});
        scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
        db = openDatabase(dir.filePath(QStringLiteral("data/practice.sqlite")));
        engine = std::make_unique<InterviewEngine>(library.packs().first(), scorer);
        recorder = std::make_unique<PracticeRecorder>(db, *engine);
        REQUIRE(recorder->begin());
        engine->start();
        REQUIRE(recorder->recordCurrentTurn());
    }
    qint64 sessionId() const { return recorder->sessionId(); }
    QString uid() const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT uid FROM sessions WHERE id = %1").arg(sessionId())));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

} // namespace

TEST_CASE("audio store: a recording is moved beside the database and linked with its checksum", "[storage][audio]")
{
    AskedTurn s;
    AudioStore store(s.db);
    CHECK(store.dataDirectory() == QDir(s.dir.filePath(QStringLiteral("data"))).absolutePath());
    const QByteArray content = fakeRecording(7);
    const QString recorded = writeFile(s.dir.filePath(QStringLiteral("take.wav")), content);

    Result<AnswerAudio> kept = store.store(s.sessionId(), 0, recorded, 4200);
    INFO((kept ? QString() : kept.error().message).toStdString());
    REQUIRE(kept);
    CHECK(kept->file == QStringLiteral("audio/%1/0.wav").arg(s.uid()));
    CHECK(kept->absolutePath == QDir(store.dataDirectory()).filePath(kept->file));
    CHECK_FALSE(QFile::exists(recorded)); // moved, not copied
    QFile stored(kept->absolutePath);
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK(stored.readAll() == content);
    CHECK(kept->sha256 == QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    CHECK(kept->bytes == content.size());
    CHECK(kept->mime == u"audio/wav");

    // Read back from a fresh connection to the same file, by turn and by turn id.
    const qint64 sessionId = s.sessionId();
    s.recorder.reset();
    auto again = openDatabase(s.db->path());
    Result<std::optional<AnswerAudio>> loaded = AudioStore(again).audioFor(sessionId, 0);
    REQUIRE(loaded);
    REQUIRE(loaded->has_value());
    const AnswerAudio &a = **loaded;
    CHECK(a.file == kept->file);
    CHECK(a.absolutePath == kept->absolutePath);
    CHECK(a.durationMs == 4200);
    CHECK(a.sha256 == kept->sha256);
    CHECK(a.bytes == content.size());
    CHECK(a.recordedAt.isValid());
    Result<std::optional<AnswerAudio>> byId = AudioStore(again).audioFor(a.turnId);
    REQUIRE(byId);
    REQUIRE(byId->has_value());
    CHECK((*byId)->sha256 == a.sha256);
}

TEST_CASE("audio store: a second take replaces the first, a copy keeps its source", "[storage][audio]")
{
    AskedTurn s;
    AudioStore store(s.db);
    REQUIRE(store.store(s.sessionId(), 0, writeFile(s.dir.filePath(QStringLiteral("one.wav")), fakeRecording(3)), 1000));
    const QString second = writeFile(s.dir.filePath(QStringLiteral("two.wav")), fakeRecording(5));
    Result<AnswerAudio> kept = store.store(s.sessionId(), 0, second, 2000, /*keepSource=*/true);
    REQUIRE(kept);
    CHECK(QFile::exists(second));
    Result<std::optional<AnswerAudio>> loaded = store.audioFor(s.sessionId(), 0);
    REQUIRE(loaded);
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->durationMs == 2000);
    CHECK((*loaded)->sha256 == QString::fromLatin1(QCryptographicHash::hash(fakeRecording(5), QCryptographicHash::Sha256).toHex()));
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM answer_audio")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(QDir(QFileInfo(kept->absolutePath).absolutePath()).entryList(QDir::Files) == QStringList {QStringLiteral("0.wav")});

    // Recorded straight into its place (as the app records), it is only linked.
    const Result<QString> inPlace = store.pathFor(s.sessionId(), 0);
    REQUIRE(inPlace);
    writeFile(*inPlace, fakeRecording(9));
    REQUIRE(store.store(s.sessionId(), 0, *inPlace, 3000));
    CHECK(QFile::exists(*inPlace));
}

TEST_CASE("audio store: the recording stays linked when the answer is saved typed, resaved and replayed", "[storage][audio]")
{
    AskedTurn s;
    AudioStore store(s.db);
    REQUIRE(store.store(s.sessionId(), 0, writeFile(s.dir.filePath(QStringLiteral("take.wav")), fakeRecording(11)), 5000));
    // Transcription failed: the user typed the answer instead.
    s.engine->submit(QStringLiteral("readiness removes the pod from endpoints"), 30000);
    REQUIRE(s.recorder->recordCurrentTurn());
    REQUIRE(s.recorder->recordCurrentTurn()); // saved again (the app saves a turn more than once)
    Result<std::optional<AnswerAudio>> loaded = store.audioFor(s.sessionId(), 0);
    REQUIRE(loaded);
    REQUIRE(loaded->has_value());
    CHECK(QFile::exists((*loaded)->absolutePath));
    Result<StoredSession> stored = SessionRepository(s.db).loadSession(s.sessionId());
    REQUIRE(stored);
    CHECK(stored->turns[0].inputKind == u"typed");
}

TEST_CASE("a spoken answer keeps its transcript as recognised, input kind and delivery through save and replay", "[storage][engine]")
{
    AskedTurn s;
    const QString delivery = QStringLiteral(R"({"audio_ms":9000,"pace":120})");
    s.engine->submit(QStringLiteral("readiness probe removes the pod from the endpoints"), 20000,
        {QStringLiteral("spoken"), QStringLiteral("readiness pro removes the pod from the end points"), delivery});
    REQUIRE(s.recorder->recordCurrentTurn());
    Result<StoredSession> stored = SessionRepository(s.db).loadSession(s.sessionId());
    REQUIRE(stored);
    const Turn &t = stored->turns[0];
    CHECK(t.inputKind == u"spoken");
    CHECK(t.originalAnswer == u"readiness pro removes the pod from the end points");
    CHECK(t.answer == u"readiness probe removes the pod from the endpoints");
    CHECK(t.deliveryJson == delivery);

    InterviewEngine replayed(s.library.packs().first(), s.scorer);
    REQUIRE(replaySession(replayed, *stored));
    CHECK(replayed.turns()[0].inputKind == u"spoken");
    CHECK(replayed.turns()[0].deliveryJson == delivery);
}

TEST_CASE("audio store: refuses to resolve outside the data folder and removes recordings of deleted sessions", "[storage][audio]")
{
    AskedTurn s;
    AudioStore store(s.db);
    Result<AnswerAudio> kept
        = store.store(s.sessionId(), 0, writeFile(s.dir.filePath(QStringLiteral("take.wav")), fakeRecording(13)), 1000);
    REQUIRE(kept);
    CHECK(store.removeOrphanedRecordings() == 0); // its session is still there
    CHECK(QFile::exists(kept->absolutePath));

    // A row from an imported bundle pointing elsewhere is an error, not a path.
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE answer_audio SET file = '../../etc/passwd'")));
    Result<std::optional<AnswerAudio>> escaped = store.audioFor(kept->turnId);
    REQUIRE_FALSE(escaped);
    CHECK(escaped.error().message.contains(u"outside the data folder"));

    // Deleting the session cascades to its rows; the files go on the next clean-up.
    const QString unrelated = writeFile(QDir(store.dataDirectory()).filePath(QStringLiteral("audio/notes.txt")), "keep me");
    REQUIRE(q.exec(QStringLiteral("DELETE FROM sessions WHERE id = %1").arg(s.sessionId())));
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM answer_audio")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(QFile::exists(kept->absolutePath));
    CHECK(store.removeOrphanedRecordings() == 1);
    CHECK_FALSE(QFile::exists(kept->absolutePath));
    CHECK_FALSE(QDir(QFileInfo(kept->absolutePath).absolutePath()).exists());
    CHECK(QFile::exists(unrelated));
}

TEST_CASE("audio store: a turn that was never saved, or a missing file, is a clear error", "[storage][audio]")
{
    AskedTurn s;
    AudioStore store(s.db);
    const QString take = writeFile(s.dir.filePath(QStringLiteral("take.wav")), fakeRecording(2));
    Result<AnswerAudio> noTurn = store.store(s.sessionId(), 5, take, 1000);
    REQUIRE_FALSE(noTurn);
    CHECK(noTurn.error().message.contains(u"no saved turn 5"));
    CHECK(QFile::exists(take)); // nothing was moved
    Result<AnswerAudio> noFile = store.store(s.sessionId(), 0, s.dir.filePath(QStringLiteral("missing.wav")), 1000);
    REQUIRE_FALSE(noFile);
    Result<std::optional<AnswerAudio>> none = store.audioFor(s.sessionId(), 0);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}
