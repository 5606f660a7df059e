#include "mentorfixture.h"

#include "engine/interviewengine.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "storage/practicerecorder.h"
#include "storage/sessionrepository.h"
#include "storage/sqlhelpers.h"
#include "testenvironment.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QtMath>
#include <catch2/catch.hpp>

using namespace mi;

// A real 16 kHz mono WAV: 0.5 s of a 440 Hz tone.
static QByteArray toneWav()
{
    QByteArray pcm;
    QDataStream out(&pcm, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    for (int i = 0; i < 8000; ++i)
        out << qint16(8000 * qSin(2 * M_PI * 440 * i / 16000.0));
    QByteArray wav;
    QDataStream h(&wav, QIODevice::WriteOnly);
    h.setByteOrder(QDataStream::LittleEndian);
    h.writeRawData("RIFF", 4);
    h << quint32(36 + pcm.size());
    h.writeRawData("WAVEfmt ", 8);
    h << quint32(16) << quint16(1) << quint16(1) << quint32(16000) << quint32(32000) << quint16(2) << quint16(16);
    h.writeRawData("data", 4);
    h << quint32(pcm.size());
    return wav + pcm;
}

std::shared_ptr<Database> MentorFixture::openDb(const QString &name) const
{
    Result<std::shared_ptr<Database>> db = Database::open(dir.filePath(name));
    REQUIRE(db);
    return *db;
}

MentorFixture::MentorFixture()
{
    library.load({testDataPath("packs/mini-en.yaml")});
    auto scorer = std::make_shared<RubricScorer>(buildPackCorpus(library));
    candidate = openDb(QStringLiteral("candidate/practice.sqlite"));
    EngineOptions options;
    options.seed = 3;
    options.maxFollowUpsPerQuestion = 0;
    InterviewEngine engine(library.packs().first(), scorer, options);
    PracticeRecorder recorder(candidate, engine);
    REQUIRE(recorder.begin());
    engine.start();
    const QStringList answers{QStringLiteral("存活探针失败时 kubelet 会重启容器，就绪探针失败只是把 Pod 从 Service 的端点里摘掉。"),
                              QStringLiteral("The readiness probe removes the pod from the service endpoints; liveness restarts it."),
                              QStringLiteral("Requests 决定调度, limits 限制用量 and the OOM killer ends a container over its memory limit.")};
    for (int i = 0; i < answers.size() && engine.currentTurn(); ++i) {
        REQUIRE(recorder.recordCurrentTurn());
        engine.submit(answers[i], 30000 + i * 1000);
        REQUIRE(recorder.recordCurrentTurn());
        if (i + 1 < answers.size())
            REQUIRE(engine.next());
    }
    REQUIRE(recorder.finish());
    sessionId = recorder.sessionId();

    // Turn 1 was spoken: its audio lives beside the database, linked by path.
    Result<StoredSession> stored = SessionRepository(candidate).loadSession(sessionId);
    REQUIRE(stored);
    REQUIRE(stored->turns.size() >= 2);
    audioBytes = toneWav();
    const QString relative = QStringLiteral("audio/%1/1.wav").arg(stored->info.uid);
    QDir(dir.path()).mkpath(QStringLiteral("candidate/audio/") + stored->info.uid);
    QFile file(dir.filePath(QStringLiteral("candidate/") + relative));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(audioBytes);
    file.close();
    QSqlQuery q(candidate->connection());
    REQUIRE(runSql(q,
                   QStringLiteral("INSERT INTO answer_audio (turn_id, file, duration_ms, bytes, recorded_at)"
                                  " SELECT id, ?, 500, ?, ? FROM turns WHERE session_id = ? AND turn_index = 1"),
                   {relative, qint64(audioBytes.size()), utcNowIso(), sessionId}, QStringLiteral("link audio")));
}

QString MentorFixture::audioPathOfTurn1() const
{
    Result<StoredSession> stored = SessionRepository(candidate).loadSession(sessionId);
    return dir.filePath(QStringLiteral("candidate/audio/%1/1.wav").arg(stored->info.uid));
}

int countRows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
