// Every question of the seed notes must exist in a pack: the tables in
// tests/data/coverage map each seed question (file + locator) to a pack question id.
#include "packs/packlibrary.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <catch2/catch.hpp>

using namespace mi;

TEST_CASE("every seed question maps to a pack question", "[packs][coverage]")
{
    PackLibrary library;
    library.load({bundledPacksPath()});
    REQUIRE(library.errors().isEmpty());

    const QDir tables(testDataPath("coverage"));
    int rows = 0;
    QSet<QString> seen;
    for (const QString &name : tables.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        QFile file(tables.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        int lineNumber = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            ++lineNumber;
            if (raw.trimmed().isEmpty())
                continue;
            const QStringList cells = QString::fromUtf8(raw).split(u'\t');
            INFO(name.toStdString() << ":" << lineNumber << ": " << raw.toStdString());
            REQUIRE(cells.size() == 3);
            const Question *q = library.question(cells[2].trimmed());
            CHECK(q != nullptr);
            if (q)
                CHECK(q->source.seed == cells[0]);
            CHECK_FALSE(seen.contains(cells[0] + u'|' + cells[1]));
            seen.insert(cells[0] + u'|' + cells[1]);
            ++rows;
        }
    }
    // 33 + 13 + 13 + 10 + 13 questions in the five seed notes.
    CHECK(rows == 82);
}

TEST_CASE("bundled questions follow the authoring rules", "[packs][coverage]")
{
    PackLibrary library;
    library.load({bundledPacksPath()});
    for (const Question *q : library.allQuestions()) {
        if (q->packId == u"sample-k8s-basics")
            continue;
        INFO(q->id.toStdString());
        CHECK(q->rubric.size() >= 4);
        CHECK(q->rubric.size() <= 10);
        CHECK_FALSE(q->reference.trimmed().isEmpty());
        CHECK_FALSE(q->source.locator.isEmpty());
        for (const RubricPoint &p : q->rubric)
            CHECK(p.aliases.size() >= 2);
    }
}
