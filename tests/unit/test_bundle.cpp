#include "bundle/bundlefile.h"
#include "bundle/questionsnapshots.h"
#include "bundle/sessionbundle.h"
#include "mentorfixture.h"
#include "mentor/mentorstore.h"
#include "revieweditor.h"
#include "storage/sessionrepository.h"
#include "testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace mi;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    return files;
}

} // namespace

TEST_CASE("a session goes to a mentor and comes back reviewed, without duplicates", "[bundle][mentor]")
{
    MentorFixture f;
    const QString toMentor = f.dir.filePath("to-mentor.mibundle");
    REQUIRE(exportSessionBundle(f.candidate, f.library, f.sessionId, toMentor));

    // The mentor's machine has no packs at all: the snapshot carries the questions.
    auto mentorDb = f.openDb(QStringLiteral("mentor/review.sqlite"));
    Result<BundleImport> imported = importSessionBundle(mentorDb, toMentor);
    REQUIRE(imported);
    CHECK(imported->newSession);
    CHECK(imported->turnsAdded == 3);
    CHECK(imported->audioFilesAdded == 1);
    Result<StoredSession> there = SessionRepository(mentorDb).loadSession(imported->sessionId);
    Result<StoredSession> here = SessionRepository(f.candidate).loadSession(f.sessionId);
    REQUIRE(there);
    REQUIRE(here);
    CHECK(there->info.uid == here->info.uid);
    CHECK(there->info.finishedAt == here->info.finishedAt);
    REQUIRE(there->turns.size() == here->turns.size());
    for (int i = 0; i < here->turns.size(); ++i) {
        CHECK(there->turns[i].answer == here->turns[i].answer);
        CHECK(there->turns[i].reason == here->turns[i].reason);
        REQUIRE(there->turns[i].score);
        CHECK(there->turns[i].score->score == Approx(here->turns[i].score->score));
        CHECK(there->turns[i].score->points.size() == here->turns[i].score->points.size());
    }
    const PackLibrary noPacks;
    Result<QList<Question>> questions = QuestionSnapshots(mentorDb).questionsOf(imported->sessionId, {here->turns[0].questionId}, noPacks);
    REQUIRE(questions);
    REQUIRE(questions->size() == 1);
    CHECK(questions->first().reference == f.library.question(here->turns[0].questionId)->reference);
    const QStringList mentorAudio = filesUnder(QFileInfo(mentorDb->path()).absoluteDir().filePath("audio"));
    REQUIRE(mentorAudio.size() == 1);
    CHECK(readAll(mentorAudio.first()) == f.audioBytes);

    // The mentor reviews.
    ReviewEditor editor(mentorDb, imported->sessionId, QStringLiteral("Mentor Wang"));
    REQUIRE(editor.load());
    editor.setPointJudgement(0, 0, PointJudgement::Partial, QStringLiteral("只说了重启，没说重启策略"));
    editor.setScoreOverride(1, 55.0, QStringLiteral("too thin"));
    const QString answer1 = there->turns[1].answer;
    editor.addComment(1, answer1.indexOf(u"liveness"), 8, QStringLiteral("liveness"), QStringLiteral("Explain what the kubelet does here."));
    editor.addComment(2, -1, 0, {}, QStringLiteral("中英混杂没问题，但要说清 QoS 等级。"));
    editor.setVerdict(Verdict{{}, QStringLiteral("P6"), Recommendation::LeanNo, QStringLiteral("清楚的探针基础"), QStringLiteral("资源与 QoS")});
    const QString toCandidate = f.dir.filePath("reviewed.mibundle");
    REQUIRE(exportSessionBundle(mentorDb, noPacks, imported->sessionId, toCandidate));

    // Back home: the same session gains the review, nothing is added twice.
    const int turnsBefore = countRows(*f.candidate, "turns");
    for (int round = 0; round < 2; ++round) {
        Result<BundleImport> back = importSessionBundle(f.candidate, toCandidate);
        REQUIRE(back);
        CHECK_FALSE(back->newSession);
        CHECK(back->sessionId == f.sessionId);
        CHECK(back->turnsAdded == 0);
        CHECK(back->audioFilesAdded == 0);
        CHECK(back->reviewReplaced);
    }
    CHECK(countRows(*f.candidate, "sessions") == 1);
    CHECK(countRows(*f.candidate, "turns") == turnsBefore);
    CHECK(countRows(*f.candidate, "answer_audio") == 1);
    CHECK(countRows(*f.candidate, "comments") == 2);
    CHECK(readAll(f.audioPathOfTurn1()) == f.audioBytes);

    Result<SessionReview> review = MentorStore(f.candidate).load(f.sessionId);
    REQUIRE(review);
    REQUIRE(review->turns[0].points.contains(0));
    CHECK(review->turns[0].points[0].judgement == PointJudgement::Partial);
    CHECK(review->turns[0].points[0].author == u"Mentor Wang");
    CHECK(review->turns[0].points[0].at.isValid());
    REQUIRE(review->turns[1].score);
    CHECK(review->turns[1].score->score == 55.0);
    REQUIRE(review->turns[1].comments.size() == 1);
    CHECK(review->turns[1].comments[0].quote == u"liveness");
    CHECK(answer1.mid(review->turns[1].comments[0].spanStart, 8) == u"liveness");
    REQUIRE(review->verdict);
    CHECK(review->verdict->recommendation == Recommendation::LeanNo);
    CHECK(review->verdict->improvements == u"资源与 QoS");
    // The automatic score is still there, beside the mentor's.
    Result<StoredSession> after = SessionRepository(f.candidate).loadSession(f.sessionId);
    CHECK(after->turns[1].score->score == Approx(here->turns[1].score->score));
}

TEST_CASE("a truncated, corrupt, foreign or newer bundle is refused and changes nothing", "[bundle]")
{
    MentorFixture f;
    const QString good = f.dir.filePath("good.mibundle");
    REQUIRE(exportSessionBundle(f.candidate, f.library, f.sessionId, good));
    const QByteArray bytes = readAll(good);
    auto target = f.openDb(QStringLiteral("target/t.sqlite"));
    const QString audioDir = QFileInfo(target->path()).absoluteDir().filePath("audio");

    const auto refused = [&](const QByteArray &content, const char *expected) {
        const QString path = f.dir.filePath("bad.mibundle");
        writeAll(path, content);
        Result<BundleImport> result = importSessionBundle(target, path);
        REQUIRE_FALSE(result);
        INFO(result.error().message.toStdString());
        CHECK(result.error().message.contains(QLatin1String(expected)));
        CHECK(countRows(*target, "sessions") == 0);
        CHECK(countRows(*target, "turns") == 0);
        CHECK(filesUnder(audioDir).isEmpty());
    };
    refused(bytes.left(bytes.size() / 2), "truncated");
    refused(bytes.left(20), "truncated");
    QByteArray flipped = bytes;
    flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 0x5a);
    refused(flipped, "corrupt");
    refused(QByteArrayLiteral("\x89PNG\r\n\x1a\n this is a picture"), "not a session bundle");
    refused(QByteArray(), "not a session bundle");
    QByteArray newer = bytes;
    newer[11] = char(9); // the big-endian format version's low byte
    refused(newer, "newer version");
    refused(bytes + "tail", "unexpected bytes");

    // A well-formed container whose manifest lies: checked before any write.
    Result<BundleContents> contents = readBundleFile(good);
    REQUIRE(contents);
    QJsonArray turns = contents->manifest.value("turns").toArray();
    QJsonObject second = turns[1].toObject();
    second.remove("prompt");
    turns[1] = second;
    contents->manifest.insert("turns", turns);
    REQUIRE(writeBundleFile(f.dir.filePath("lying.mibundle"), *contents));
    refused(readAll(f.dir.filePath("lying.mibundle")), "turns[1].prompt: missing");

    contents = readBundleFile(good);
    contents->files.insert("audio/1.wav", QByteArray("not the recorded audio"));
    REQUIRE(writeBundleFile(f.dir.filePath("swapped.mibundle"), *contents));
    refused(readAll(f.dir.filePath("swapped.mibundle")), "does not match its checksum");
}
