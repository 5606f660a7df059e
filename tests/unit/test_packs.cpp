#include "packs/packlibrary.h"
#include "packs/packparser.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mi;

static QStringList messages(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out.append(e.toString());
    return out;
}

TEST_CASE("a valid pack parses into rounds, questions, points and follow-ups", "[packs]")
{
    const PackParseResult r = parsePackFile(testDataPath("packs/mini-en.yaml"));
    INFO(messages(r.errors).join(u'\n').toStdString());
    REQUIRE(r.errors.isEmpty());
    REQUIRE(r.pack);
    const Pack &p = *r.pack;
    CHECK(p.id == u"test-mini-en");
    CHECK(p.language == u"en");
    CHECK(p.rounds.size() == 2);
    CHECK(p.questionCount() == 3);
    const Question *q = p.question(QStringLiteral("mini.probes"));
    REQUIRE(q);
    CHECK(q->packId == u"test-mini-en");
    CHECK(q->roundId == u"one");
    CHECK(q->rubric.size() == 4);
    CHECK(q->rubric[3].kind == PointKind::Misconception);
    CHECK(q->followUps.size() == 3);
    CHECK(q->followUps[0].trigger.kind == TriggerKind::Missed);
    CHECK(q->followUps[0].trigger.pointIds == QStringList{QStringLiteral("startup")});
    CHECK(q->followUps[1].trigger.kind == TriggerKind::Mentioned);
    CHECK(q->followUps[2].trigger.kind == TriggerKind::ScoreBand);
    CHECK(q->followUps[2].trigger.low == 80);
    CHECK(p.question(QStringLiteral("mini.hpa"))->followUps[0].trigger.kind == TriggerKind::Always);
    CHECK(q->source.seed == u"original");
}

TEST_CASE("every error in a broken pack is reported with file:line:col", "[packs]")
{
    const QString path = testDataPath("broken/broken-pack.yaml");
    const PackParseResult r = parsePackFile(path);
    CHECK_FALSE(r.pack);
    const QStringList all = messages(r.errors);
    INFO(all.join(u'\n').toStdString());
    auto has = [&](const QString &needle) {
        return std::any_of(all.begin(), all.end(), [&](const QString &m) { return m.contains(needle); });
    };
    CHECK(has(path + QStringLiteral(":4:1: unknown key 'colour'")));
    CHECK(has(path + QStringLiteral(":11:21: 'difficulty' must be an integer")));
    CHECK(has(QStringLiteral("duplicate rubric point id 'p1'")));
    CHECK(has(QStringLiteral("unknown rubric point 'no-such-point'")));
    CHECK(r.errors.size() == 4);
    for (const Error &e : r.errors) {
        CHECK(e.line > 0);
        CHECK(e.column > 0);
    }
}

TEST_CASE("a YAML syntax error names its position", "[packs]")
{
    const PackParseResult r = parsePackFile(testDataPath("broken/broken-syntax.yaml"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line >= 4);
    CHECK(r.errors[0].toString().startsWith(testDataPath("broken/broken-syntax.yaml") + u':'));
}

TEST_CASE("missing keys, wrong types and bad trigger forms are errors", "[packs]")
{
    const QByteArray yaml = R"(id: Bad Id
title: t
language: fr
rounds:
  - id: r
    title: r
    questions:
      - id: q
        prompt: p
        difficulty: 9
        time_limit: 10
        reference: r
        rubric:
          - {id: a, text: t, weight: 0, aliases: []}
        followups:
          - {id: f, prompt: p, trigger: {missed: [a], always: true}}
)";
    const PackParseResult r = parsePackText(yaml, QStringLiteral("inline.yaml"));
    const QString all = messages(r.errors).join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(u"'Bad Id' is not a valid id"));
    CHECK(all.contains(u"'language' must be 'zh' or 'en'"));
    CHECK(all.contains(u"'difficulty' must be between 1 and 5"));
    CHECK(all.contains(u"'time_limit' must be between 30 and 1800"));
    CHECK(all.contains(u"'weight' must be greater than 0"));
    CHECK(all.contains(u"'aliases' must not be empty"));
    CHECK(all.contains(u"exactly one of"));
    CHECK(all.contains(u"missing required key 'source'"));
}

TEST_CASE("a broken pack never stops the other packs from loading", "[packs]")
{
    QTemporaryDir dir;
    REQUIRE(QFile::copy(testDataPath("packs/mini-en.yaml"), dir.filePath("a-good.yaml")));
    REQUIRE(QFile::copy(testDataPath("broken/broken-pack.yaml"), dir.filePath("b-broken.yaml")));
    REQUIRE(QFile::copy(testDataPath("broken/broken-syntax.yaml"), dir.filePath("c-broken.yaml")));
    PackLibrary library;
    library.load({dir.path()});
    REQUIRE(library.packs().size() == 1);
    CHECK(library.packs()[0].id == u"test-mini-en");
    CHECK(library.brokenFiles().size() == 2);
    CHECK(library.question(QStringLiteral("mini.hpa")) != nullptr);
}

TEST_CASE("question ids must be unique across packs", "[packs]")
{
    QTemporaryDir dir;
    QFile::copy(testDataPath("packs/mini-en.yaml"), dir.filePath("a.yaml"));
    QFile source(testDataPath("packs/mini-en.yaml"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray copy = source.readAll().replace("id: test-mini-en", "id: test-mini-copy");
    QFile clash(dir.filePath("b.yaml"));
    REQUIRE(clash.open(QIODevice::WriteOnly));
    clash.write(copy);
    clash.close();
    PackLibrary library;
    library.load({dir.path()});
    CHECK(library.packs().size() == 1);
    CHECK(messages(library.errors()).join(u'\n').contains(u"question id 'mini.probes' is already used in pack 'test-mini-en'"));
}

TEST_CASE("the bundled packs are all valid", "[packs][bundled]")
{
    PackLibrary library;
    library.load({bundledPacksPath()});
    INFO(messages(library.errors()).join(u'\n').toStdString());
    CHECK(library.errors().isEmpty());
    CHECK(library.packs().size() >= 2);
}
