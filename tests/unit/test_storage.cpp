#include "engine/interviewengine.h"
#include "engine/sessionreplay.h"
#include "packs/packlibrary.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "storage/draftstore.h"
#include "storage/migrations.h"
#include "storage/practicerecorder.h"
#include "testenvironment.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

std::shared_ptr<Database> openDb(const QString &path)
{
    Result<std::shared_ptr<Database>> db = Database::open(path);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db);
    return *db;
}

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("a new database is created in WAL mode at the latest schema", "[storage]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath("sub/dir/practice.sqlite"));
    CHECK(pragma(*db, QStringLiteral("journal_mode")) == u"wal");
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(pragma(*db, QStringLiteral("foreign_keys")) == u"1");
}

TEST_CASE("a database from a newer program is refused, not damaged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("future.sqlite");
    {
        auto db = openDb(path);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    Result<std::shared_ptr<Database>> again = Database::open(path);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(u"schema version 99"));
}

TEST_CASE("a file that is not SQLite gives a clear error", "[storage]")
{
    QTemporaryDir dir;
    QFile junk(dir.filePath("junk.sqlite"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    Result<std::shared_ptr<Database>> db = Database::open(junk.fileName());
    CHECK_FALSE(db);
}

TEST_CASE("a practice session round-trips through the database and can be resumed", "[storage][engine]")
{
    QTemporaryDir dir;
    PackLibrary library;
    library.load({testDataPath("packs/mini-en.yaml")});
    auto scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
    const Pack &pack = library.packs().first();
    auto db = openDb(dir.filePath("p.sqlite"));

    EngineOptions options;
    options.seed = 5;
    InterviewEngine engine(pack, scorer, options);
    PracticeRecorder recorder(db, engine);
    REQUIRE(recorder.begin());
    engine.start();
    REQUIRE(recorder.recordCurrentTurn());
    engine.submit(QStringLiteral("The liveness probe failing makes the kubelet restart the container, 容器会被重启。"), 4200);
    REQUIRE(recorder.recordCurrentTurn());
    REQUIRE(engine.next());
    REQUIRE(recorder.recordCurrentTurn());
    DraftStore drafts(db);
    REQUIRE(drafts.save(recorder.sessionId(), engine.currentTurn()->index, QStringLiteral("half-typed 答案")));

    SessionRepository repo(db);
    Result<StoredSession> stored = repo.loadSession(recorder.sessionId());
    REQUIRE(stored);
    CHECK(stored->info.packId == pack.id);
    CHECK(stored->info.hasDraft);
    REQUIRE(stored->turns.size() == 2);
    const Turn &t0 = stored->turns[0];
    CHECK(t0.answer.contains(u"容器会被重启"));
    CHECK(t0.elapsedMs == 4200);
    REQUIRE(t0.score);
    CHECK(t0.score->score == Approx(engine.turns()[0].score->score));
    CHECK(t0.score->points.size() == engine.turns()[0].score->points.size());
    CHECK(t0.reason == engine.turns()[0].reason);
    CHECK_FALSE(stored->turns[1].answered());
    CHECK(stored->turns[1].kind == engine.turns()[1].kind);

    // Resume: a fresh engine with the stored options reaches the same turn.
    InterviewEngine resumed(pack, scorer, engineOptionsFor(stored->info));
    REQUIRE(replaySession(resumed, *stored));
    CHECK(resumed.currentTurn()->index == 1);
    CHECK(resumed.currentTurn()->followUpId == engine.currentTurn()->followUpId);
    CHECK(*drafts.load(recorder.sessionId(), 1) == u"half-typed 答案");

    // Answering clears the draft; finishing sets the overall score.
    engine.submit(QStringLiteral("startupProbe with failureThreshold"), 100);
    REQUIRE(recorder.recordCurrentTurn());
    CHECK(drafts.load(recorder.sessionId(), 1)->isEmpty());
    REQUIRE(recorder.finish());
    Result<QList<SessionInfo>> list = repo.listSessions();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().turnCount == 2);
    REQUIRE(list->first().overall);
    CHECK(*list->first().overall == Approx(engine.overallScore()));
    CHECK(list->first().finishedAt.isValid());
}

TEST_CASE("data written before a kill survives: the WAL is replayed on open", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kill.sqlite");
    {
        auto db = openDb(path);
        SessionInfo info;
        info.packId = QStringLiteral("p");
        Result<qint64> id = SessionRepository(db).createSession(info);
        REQUIRE(id);
        REQUIRE(DraftStore(db).save(*id, 0, QStringLiteral("typed before the crash")));
        // Copy the files while the connection is open, as a killed process would leave them.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::copy(path + QLatin1String(suffix), dir.filePath(QStringLiteral("copy.sqlite") + QLatin1String(suffix)));
    }
    auto copy = openDb(dir.filePath("copy.sqlite"));
    Result<QList<SessionInfo>> sessions = SessionRepository(copy).listSessions();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    CHECK(*DraftStore(copy).load(sessions->first().id, 0) == u"typed before the crash");
}

TEST_CASE("a version-1 database is migrated forward with its data kept", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.sqlite");
    {
        // Build a database exactly as the first release left it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-writer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &statement : schemaMigrations().first())
            REQUIRE(q.exec(statement));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=1")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO sessions (pack_id, pack_title, language, mode, seed, rounds, started_at)"
                                      " VALUES ('sample', 'Sample', 'zh', 'script', 9, 'basics', '2026-01-02T03:04:05.000Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO turns (session_id, turn_index, kind, question_id, prompt, asked_at)"
                                      " VALUES (1, 0, 'question', 'sample.probes', 'Q?', '2026-01-02T03:04:06.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-writer"));

    auto db = openDb(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 2);
    Result<StoredSession> session = SessionRepository(db).loadSession(1);
    REQUIRE(session);
    CHECK(session->info.packId == u"sample");
    CHECK(session->info.seed == 9);
    CHECK(session->info.roundIds == QStringList{QStringLiteral("basics")});
    CHECK(session->info.persona == u"neutral"); // the default the migration gives old sessions
    CHECK(session->info.uid.size() == 32);       // v4 gives old sessions a uid for bundles
    REQUIRE(session->turns.size() == 1);
    CHECK(session->turns[0].inputKind == u"typed");
    CHECK(session->turns[0].difficulty == 0);
    CHECK_FALSE(session->turns[0].abilityAfter);
}
