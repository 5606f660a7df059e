// How well scores follow human grades, on every graded set at hand, beside
// the two plain baselines computed in the same run (baselines.h). It asserts
// nothing: tests/unit/test_devset.cpp guards the dev set in CI.
//
//   quality_benchmark [--asag DIR] [--set NAME=VALUE]... [--per-answer SET]
//
// Sets: the dev set (tests/data/dev-set, written by the pack authors), the
// blind set (tests/data/blind-set: writers saw only the questions, a separate
// grader graded them; see its README), and with --asag every *-dev.jsonl of
// DIR (public sets, scored against their reference answers without a rubric).
// --set overrides a constant of the score formula (ScoreFormula in
// rubricscorer.h) to explore it; never while reading blind-set answers.
// --per-answer prints each answer's score beside its grade for one set (dev,
// or a public set by name, e.g. le-dev), never for the blind set: reading its
// per-answer scores while changing constants would make it a tuning set.
#include "baselines.h"
#include "packs/packlibrary.h"
#include "scoring/batchscoring.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "unit/devset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <cstdio>
#include <functional>

using namespace mi;

namespace {

struct GradedRow {
    QString id, language, kind;
    QJsonObject request; // a line of the batch scoring contract
    double gold = 0;     // 0..1
    BaselineRow baseline;
    QJsonObject pointMarks; // blind set: point id → hit / partial / miss, as the grader heard it
    bool flaggedLow = false; // keyword dump or a stated misconception: must stay below 40
};

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            rows.append(QJsonDocument::fromJson(line).object());
    }
    return rows;
}

QList<GradedRow> packGradedRows(const QString &dir, const PackLibrary &library)
{
    QList<GradedRow> rows;
    for (const QFileInfo &file : QDir(dir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        for (const QJsonObject &o : readJsonLines(file.absoluteFilePath())) {
            const Question *q = library.question(o.value("question_id").toString());
            if (!q)
                continue;
            GradedRow r;
            r.id = o.value("id").toString();
            r.language = o.value("lang").toString(o.value("language").toString());
            r.kind = o.value("kind").toString(o.value("style").toString());
            r.request = QJsonObject{{"id", r.id}, {"question_id", q->id}, {"answer", o.value("answer").toString()}};
            r.gold = o.value("grade").toDouble() / 5.0;
            r.baseline = {q->prompt, q->reference, o.value("answer").toString()};
            r.pointMarks = o.value("points").toObject();
            r.flaggedLow = r.kind == u"keyword-dump" || r.kind == u"contradicted" || o.value("keyword_dump").toBool()
                        || o.value("states_misconception").toBool();
            rows.append(r);
        }
    }
    return rows;
}

QList<GradedRow> referenceGradedRows(const QString &path)
{
    QList<GradedRow> rows;
    for (const QJsonObject &o : readJsonLines(path)) {
        GradedRow r;
        r.id = o.value("id").toString();
        r.language = o.value("language").toString();
        r.request = QJsonObject{{"id", r.id}, {"question", o.value("question")}, {"reference", o.value("reference")},
                                {"answer", o.value("answer")}, {"language", r.language.isEmpty() ? QJsonValue() : QJsonValue(r.language)}};
        r.gold = o.value("gold").toDouble();
        r.baseline = {o.value("question").toString(), o.value("reference").toString(), o.value("answer").toString()};
        rows.append(r);
    }
    return rows;
}

struct Outcome {
    QList<double> scores;
    QList<QJsonObject> results;
};

Outcome scoreRows(const QList<GradedRow> &rows, const BatchScorer &batch)
{
    Outcome out;
    for (const GradedRow &r : rows) {
        const QJsonObject result = batch.scoreLine(QJsonDocument(r.request).toJson(QJsonDocument::Compact));
        out.scores.append(result.value("score").toDouble());
        out.results.append(result);
    }
    return out;
}

void report(const QString &name, const QList<GradedRow> &rows, const Outcome &outcome, const std::function<bool(const GradedRow &)> &keep)
{
    QList<BaselineRow> baselineRows;
    QList<double> scores, gold;
    for (int i = 0; i < rows.size(); ++i) {
        if (!keep(rows[i]))
            continue;
        baselineRows.append(rows[i].baseline);
        scores.append(outcome.scores[i]);
        gold.append(rows[i].gold);
    }
    if (scores.size() < 3)
        return;
    const BaselineScores b = computeBaselines(baselineRows);
    std::printf("%-18s n=%-5lld r_scorer=%.3f r_tfidf=%.3f r_coverage=%.3f\n", qPrintable(name), qlonglong(scores.size()),
                pearson(scores, gold), pearson(b.tfidfCosine, gold), pearson(b.referenceCoverage, gold));
}

void reportPointAgreement(const QList<GradedRow> &rows, const Outcome &outcome)
{
    int credited = 0, falseHits = 0, graderCredited = 0, missed = 0, lowChecked = 0, lowFailed = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject &marks = rows[i].pointMarks;
        if (rows[i].flaggedLow) {
            ++lowChecked;
            lowFailed += outcome.scores[i] >= 40 ? 1 : 0;
        }
        if (marks.isEmpty())
            continue;
        for (const QJsonValue &v : outcome.results[i].value("points").toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value("kind").toString() != u"core" || !marks.contains(p.value("id").toString()))
                continue;
            const bool scorerCredits = p.value("credit").toDouble(p.value("hit").toBool() ? 1.0 : 0.0) > 0;
            const bool graderCredits = marks.value(p.value("id").toString()).toString() != u"miss";
            credited += scorerCredits ? 1 : 0;
            falseHits += scorerCredits && !graderCredits ? 1 : 0;
            graderCredited += graderCredits ? 1 : 0;
            missed += graderCredits && !scorerCredits ? 1 : 0;
        }
    }
    if (credited + graderCredited > 0)
        std::printf("  core points: scorer credited %d, of which the grader would not credit %d (%.1f%% false hits); "
                    "grader credited %d, of which the scorer missed %d (%.1f%%)\n",
                    credited, falseHits, credited ? 100.0 * falseHits / credited : 0.0, graderCredited, missed,
                    graderCredited ? 100.0 * missed / graderCredited : 0.0);
    if (lowChecked > 0)
        std::printf("  keyword dumps and stated misconceptions: %d, of which %d score 40 or more\n", lowChecked, lowFailed);
}

bool applyOverride(ScoreFormula &f, const QString &assignment)
{
    static const QMap<QString, double ScoreFormula::*> fields{
        {"coverageExponent", &ScoreFormula::coverageExponent},
        {"similarityWeight", &ScoreFormula::similarityWeight}, {"similarityForFull", &ScoreFormula::similarityForFull},
        {"bonusFactor", &ScoreFormula::bonusFactor}, {"bonusCap", &ScoreFormula::bonusCap},
        {"misconceptionFixed", &ScoreFormula::misconceptionFixed}, {"misconceptionFactor", &ScoreFormula::misconceptionFactor},
        {"misconceptionCap", &ScoreFormula::misconceptionCap}, {"supportBase", &ScoreFormula::supportBase},
        {"supportPerExtraTerm", &ScoreFormula::supportPerExtraTerm}, {"minimumContentUnits", &ScoreFormula::minimumContentUnits},
        {"minimumShareOfReference", &ScoreFormula::minimumShareOfReference}, {"dumpContentPerTerm", &ScoreFormula::dumpContentPerTerm},
        {"keywordDumpFactor", &ScoreFormula::keywordDumpFactor}, {"mentionCredit", &ScoreFormula::mentionCredit},
        {"paraphrasePartial", &ScoreFormula::paraphrasePartial}, {"paraphraseFull", &ScoreFormula::paraphraseFull},
        {"statedBeliefRecall", &ScoreFormula::statedBeliefRecall}, {"itemCreditFrom", &ScoreFormula::itemCreditFrom},
        {"itemCreditFull", &ScoreFormula::itemCreditFull}, {"explanationExponent", &ScoreFormula::explanationExponent},
        {"listItemCreditFrom", &ScoreFormula::listItemCreditFrom}, {"listItemCreditFull", &ScoreFormula::listItemCreditFull},
        {"referenceSimilarityWeight", &ScoreFormula::referenceSimilarityWeight}};
    const qsizetype eq = assignment.indexOf(u'=');
    bool ok = false;
    const double value = assignment.mid(eq + 1).toDouble(&ok);
    if (eq < 0 || !ok || !fields.contains(assignment.left(eq)))
        return false;
    f.*fields.value(assignment.left(eq)) = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString asagDir, perAnswer;
    ScoreFormula formula;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--asag" && i + 1 < args.size()) {
            asagDir = args[++i];
        } else if (args[i] == u"--set" && i + 1 < args.size()) {
            if (!applyOverride(formula, args[++i])) {
                std::fprintf(stderr, "unknown formula constant or bad value: %s\n", qPrintable(args[i]));
                return 2;
            }
        } else if (args[i] == u"--per-answer" && i + 1 < args.size()) {
            perAnswer = args[++i];
        } else {
            std::fprintf(stderr, "usage: quality_benchmark [--asag DIR] [--set NAME=VALUE]... [--per-answer dev]\n");
            return 2;
        }
    }
    PackLibrary library;
    library.load({QStringLiteral(MOCKINTERVIEW_SOURCE_PACKS_DIR)});
    const std::shared_ptr<CorpusStats> corpus = buildPackCorpus(library);
    const RubricScorer scorer(corpus, formula, library.lexicon());
    const BatchScorer batch(library, scorer, *corpus);

    const QString data = QStringLiteral(MOCKINTERVIEW_TEST_DATA_DIR);
    for (const auto &[name, dir] : {std::pair{QStringLiteral("dev"), data + QStringLiteral("/dev-set")},
                                    std::pair{QStringLiteral("blind"), data + QStringLiteral("/blind-set")}}) {
        const QList<GradedRow> rows = packGradedRows(dir, library);
        if (rows.isEmpty())
            continue;
        const Outcome outcome = scoreRows(rows, batch);
        report(name, rows, outcome, [](const GradedRow &) { return true; });
        for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("mixed")})
            report(QStringLiteral("  %1 [%2]").arg(name, language), rows, outcome, [&](const GradedRow &r) { return r.language == language; });
        reportPointAgreement(rows, outcome);
        if (perAnswer == name && name == u"dev")
            for (int i = 0; i < rows.size(); ++i)
                std::printf("  %s grade %.0f score %.1f %s\n", qPrintable(rows[i].id), rows[i].gold * 5, outcome.scores[i], qPrintable(rows[i].kind));
    }
    if (!asagDir.isEmpty()) {
        for (const QFileInfo &file : QDir(asagDir).entryInfoList({QStringLiteral("*-dev.jsonl")}, QDir::Files, QDir::Name)) {
            const QList<GradedRow> rows = referenceGradedRows(file.absoluteFilePath());
            const Outcome outcome = scoreRows(rows, batch);
            report(file.completeBaseName(), rows, outcome, [](const GradedRow &) { return true; });
            if (perAnswer == file.completeBaseName())
                for (int i = 0; i < rows.size(); ++i)
                    std::printf("  %s gold %.2f score %.1f | %s | %s\n", qPrintable(rows[i].id), rows[i].gold, outcome.scores[i],
                                qPrintable(rows[i].baseline.answer.left(60).simplified()),
                                qPrintable(outcome.results[i].value("explanation").toString().left(120)));
        }
    }
    return 0;
}
