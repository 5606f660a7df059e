// The pieces between a recording and a stored spoken answer: delivery
// figures as JSON, the pack vocabulary, and a failed transcription that must
// leave the recording where it was kept.
#include "answertranscription.h"
#include "deliveryjson.h"
#include "packs/packlibrary.h"
#include "speechvocabulary.h"
#include "pocketsphinxtranscriber.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

TEST_CASE("delivery figures survive a trip through JSON text", "[speech][json]")
{
    DeliveryFigures d;
    d.audioMs = 61234;
    d.speakingMs = 48000;
    d.pace = 131;
    d.paceUnit = QStringLiteral("wpm");
    d.fillers = {QStringLiteral("um"), QStringLiteral("you know"), QStringLiteral("嗯")};
    d.fillerCount = 3;
    d.longPauses = 2;
    d.longestPauseMs = 2730;
    d.tooShort = false;
    const QString text = deliveryJsonText(d);
    CHECK_FALSE(text.contains(u'\n')); // one compact line in the answers table
    Result<DeliveryFigures> back = parseDeliveryJson(text);
    INFO(text.toStdString());
    REQUIRE(back);
    CHECK(back->audioMs == d.audioMs);
    CHECK(back->speakingMs == d.speakingMs);
    CHECK(back->pace == d.pace);
    CHECK(back->paceUnit == d.paceUnit);
    CHECK(back->fillers == d.fillers);
    CHECK(back->fillerCount == d.fillerCount);
    CHECK(back->longPauses == d.longPauses);
    CHECK(back->longestPauseMs == d.longestPauseMs);
    CHECK(back->tooShort == d.tooShort);
    CHECK(deliveryToJson(d).value("fillers").toArray().size() == 3);

    DeliveryFigures flagged;
    flagged.tooShort = true;
    flagged.paceUnit = QStringLiteral("cpm");
    Result<DeliveryFigures> short_ = parseDeliveryJson(deliveryJsonText(flagged));
    REQUIRE(short_);
    CHECK(short_->tooShort);
    CHECK(short_->paceUnit == u"cpm");
}

TEST_CASE("damaged delivery JSON is an error, never zeros that look measured", "[speech][json]")
{
    CHECK_FALSE(parseDeliveryJson(QString()));
    CHECK_FALSE(parseDeliveryJson(QStringLiteral("[1, 2]")));
    CHECK_FALSE(parseDeliveryJson(QStringLiteral(R"({"audio_ms": 1000})")));
    QJsonObject wrongType = deliveryToJson(DeliveryFigures {});
    wrongType.insert("pace", QStringLiteral("fast"));
    Result<DeliveryFigures> bad = deliveryFromJson(wrongType);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(u"pace"));
}

TEST_CASE("the pack vocabulary holds prompts, references, aliases and follow-up prompts", "[speech]")
{
    PackLibrary library;
    library.load({testDataPath(QStringLiteral("packs/mini-en.yaml"))});
    const Question *q = library.question(QStringLiteral("mini.probes"));
    REQUIRE(q);
    const QStringList words = speechVocabulary({q});
    CHECK(words.contains(q->prompt));
    CHECK(words.contains(q->reference));
    CHECK(words.contains(u"no traffic"_qs));
    for (const FollowUp &f : q->followUps)
        CHECK(words.contains(f.prompt));
}

TEST_CASE("a recording that cannot be transcribed is reported and left untouched", "[speech]")
{
    QTemporaryDir dir;
    // Half a second of a 16 kHz mono WAV, as the recorder writes it.
    QByteArray wav("RIFF\xa4\x3e\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\x80\x3e\0\0\0\x7d\0\0\x02\0\x10\0data\x80\x3e\0\0", 44);
    wav.append(QByteArray(16000, '\x01'));
    const QString path = dir.filePath(QStringLiteral("answer.wav"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(wav);
    f.close();
    const QByteArray before = QCryptographicHash::hash(wav, QCryptographicHash::Sha256);

    // Chinese: pocketsphinx has only an English model.
    const PocketSphinxTranscriber transcriber;
    Result<TranscribedAnswer> chinese = transcribeAnswer(transcriber, {path, QStringLiteral("zh"), {}});
    REQUIRE_FALSE(chinese);
    CHECK(chinese.error().message.contains(u"English"));
    // A model folder that does not exist.
    const PocketSphinxTranscriber noModel(dir.filePath(QStringLiteral("no-model")));
    Result<TranscribedAnswer> missing = transcribeAnswer(noModel, {path, QStringLiteral("en"), {}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(u"model"));

    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) == before);
}
