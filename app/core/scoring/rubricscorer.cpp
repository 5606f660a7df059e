#include "rubricscorer.h"

#include "answeranalysis.h"
#include "pointassessment.h"
#include "referencepoints.h"
#include "softmatch.h"
#include "text/textnormalizer.h"
#include "text/tokenizer.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace mi {
namespace {

struct Totals {
    double core = 0, coreCredit = 0, bonusCredit = 0, misconceptionHit = 0;
    int misconceptionCount = 0;
};

Totals sumWeights(const QList<PointResult> &points)
{
    Totals t;
    for (const PointResult &p : points) {
        if (p.kind == PointKind::Core) {
            t.core += p.weight;
            t.coreCredit += p.weight * p.credit;
        } else if (p.kind == PointKind::Bonus) {
            t.bonusCredit += p.weight * p.credit;
        } else {
            t.misconceptionHit += p.hit ? p.weight : 0;
            t.misconceptionCount += p.hit ? 1 : 0;
        }
    }
    return t;
}

// Words of the question are not credited: restating it is not answering it.
QStringList withoutQuestionTerms(QStringList features, const QSet<QString> &questionTerms)
{
    features.removeIf([&](const QString &f) { return questionTerms.contains(f); });
    return features;
}

QSet<QString> termSet(const QString &text)
{
    const QStringList features = Tokenizer::features(text);
    return QSet<QString>(features.begin(), features.end());
}

double contentOf(const QList<Sentence> &sentences, int *terms)
{
    double content = 0;
    for (const Sentence &s : sentences) {
        content += s.contentUnits;
        *terms += s.aliasCount;
    }
    return content;
}

} // namespace

RubricScorer::RubricScorer(std::shared_ptr<const CorpusStats> corpus, ScoreFormula formula, std::shared_ptr<const Lexicon> lexicon)
    : m_corpus(corpus ? std::move(corpus) : std::make_shared<CorpusStats>()), m_formula(formula), m_lexicon(std::move(lexicon))
{
}

std::shared_ptr<const TermVector> RubricScorer::referenceVector(const ScoringRequest &request) const
{
    return m_referenceVectors.get(request.question + QChar(0) + request.reference, [&] {
        return m_corpus->vectorize(withoutQuestionTerms(Tokenizer::features(request.reference), termSet(request.question)));
    });
}

double RubricScorer::similarity(const ScoringRequest &request) const
{
    if (request.reference.trimmed().isEmpty())
        return 0;
    const auto questionTerms = m_questionTerms.get(request.question, [&] { return termSet(request.question); });
    const TermVector answer = m_corpus->vectorize(withoutQuestionTerms(Tokenizer::features(request.answer), *questionTerms));
    return std::clamp(CorpusStats::cosine(answer, *referenceVector(request)), 0.0, 1.0);
}

std::shared_ptr<const CompiledRubric> RubricScorer::compile(const QList<RubricPoint> &rubric, const ScoringRequest &request) const
{
    QString key = request.question + QChar(3) + request.reference + QChar(3);
    for (const RubricPoint &p : rubric)
        key += p.text + QChar(1) + p.aliases.join(QChar(1)) + QChar(2);
    return m_compiledRubrics.get(key, [&] { return compileRubric(rubric, request.reference, request.question, *m_corpus, m_lexicon.get(), request.rubric.isEmpty()); });
}

ScoreResult RubricScorer::score(const ScoringRequest &request) const
{
    const ScoreFormula &f = m_formula;
    ScoreResult result;
    const bool referenceOnly = request.rubric.isEmpty();
    const std::shared_ptr<const QList<RubricPoint>> derived = referenceOnly
        ? m_referencePoints.get(request.question + QChar(3) + request.reference,
                                [&] { return referencePoints(request.reference, request.question, *m_corpus); })
        : nullptr;
    const QList<RubricPoint> &rubric = referenceOnly ? *derived : request.rubric;
    const QString text = normalizeForMatching(request.answer);
    const std::shared_ptr<const CompiledRubric> compiled = compile(rubric, request);

    QList<AliasMatch> matches = compiled->matcher.findAll(text);
    matches += findNearSpellings(text, compiled->fuzzyAliases, matches);
    std::sort(matches.begin(), matches.end(), [](const AliasMatch &a, const AliasMatch &b) { return a.start < b.start; });
    QList<AliasMatch> pointMatches;
    for (const AliasMatch &m : matches)
        if (m.pattern < CompiledRubric::kStatementTagBase)
            pointMatches.append(m);
    const QList<AliasMatch> distinctMatches = AliasMatcher::nonOverlapping(pointMatches);
    const QList<Sentence> sentences = analyseSentences(text, distinctMatches);
    const QList<Clause> clauses = analyseClauses(text, distinctMatches);
    const SoftAnswer soft(text, clauses);

    AnswerEvidence evidence{text, request.answer, sentences, clauses, soft, matches};
    evidence.keywordDump = looksLikeKeywordDump(sentences, clauses, f.dumpContentPerTerm);
    // A rubric says what an answer must explain; a bare reference only lists what it must contain.
    evidence.enumerationQuestion = referenceOnly && asksForEnumeration(request.question);
    evidence.continuousCredit = referenceOnly;

    // Misconceptions first: a sentence that states one earns no other point.
    QList<PointResult> judged(rubric.size());
    for (int i = 0; i < rubric.size(); ++i) {
        if (rubric[i].kind != PointKind::Misconception)
            continue;
        judged[i] = assessMisconception(i, rubric[i], *compiled, evidence, f);
        if (judged[i].hit)
            evidence.contradictedSentences.insert(sentenceIndexAt(sentences, judged[i].evidenceStart));
    }
    for (int i = 0; i < rubric.size(); ++i)
        if (rubric[i].kind != PointKind::Misconception)
            judged[i] = assessPoint(i, rubric[i], *compiled, evidence, f);
    result.points = judged;

    const Totals t = sumWeights(result.points);
    result.coverage = t.core > 0 ? t.coreCredit / t.core : 0;
    // A list of the reference's own items answers a question that asks for
    // a list; it is not a keyword dump.
    if (evidence.enumerationQuestion && result.coverage >= 0.5)
        evidence.keywordDump = false;
    result.keywordDump = evidence.keywordDump;
    result.similarity = similarity(request);
    const double exponent = !referenceOnly ? f.coverageExponent : evidence.enumerationQuestion ? 1.0 : f.explanationExponent;
    const double similarityWeight = referenceOnly ? f.referenceSimilarityWeight : f.similarityWeight;
    double raw = (1.0 - similarityWeight) * std::pow(result.coverage, exponent)
               + similarityWeight * std::min(1.0, result.similarity / f.similarityForFull);
    if (t.core > 0) {
        raw += std::min(f.bonusCap, f.bonusFactor * t.bonusCredit / t.core);
        // Stating a wrong belief is a red flag whatever its weight: a fixed
        // deduction per misconception plus one in proportion to its weight.
        raw -= std::min(f.misconceptionCap, f.misconceptionFixed * t.misconceptionCount + f.misconceptionFactor * t.misconceptionHit / t.core);
    }
    // Very short answers are scaled down; rubric terms count towards length
    // here (two units each). A short reference asks for less.
    int terms = 0;
    const double substance = contentOf(sentences, &terms) + 2.0 * terms;
    int referenceTerms = 0;
    const QString referenceText = normalizeForMatching(request.reference);
    const double referenceSubstance = contentOf(analyseSentences(referenceText, {}), &referenceTerms);
    const double needed = std::min(f.minimumContentUnits, f.minimumShareOfReference * std::max(referenceSubstance, 1.0));
    if (substance < needed)
        raw *= substance / needed;
    if (result.keywordDump)
        raw *= f.keywordDumpFactor;
    result.score = std::round(std::clamp(raw, 0.0, 1.0) * 1000.0) / 10.0;
    result.explanation = explainScore(result, request.language);
    return result;
}

QString explainScore(const ScoreResult &result, const QString &language)
{
    const bool zh = language != u"en";
    QStringList missed, partial, wrong, bonus;
    for (const PointResult &p : result.points) {
        if (p.kind == PointKind::Core && !p.hit)
            (p.partial() ? partial : missed).append(p.text);
        else if (p.kind == PointKind::Misconception && p.hit)
            wrong.append(p.text);
        else if (p.kind == PointKind::Bonus && p.hit)
            bonus.append(p.text);
    }
    const QString sep = zh ? QStringLiteral("、") : QStringLiteral(", ");
    QStringList parts;
    if (!missed.isEmpty())
        parts.append((zh ? QStringLiteral("未覆盖：") : QStringLiteral("missed: ")) + missed.join(sep));
    if (!partial.isEmpty())
        parts.append((zh ? QStringLiteral("部分覆盖：") : QStringLiteral("partly covered: ")) + partial.join(sep));
    if (!wrong.isEmpty())
        parts.append((zh ? QStringLiteral("误区：") : QStringLiteral("misconception: ")) + wrong.join(sep));
    if (!bonus.isEmpty())
        parts.append((zh ? QStringLiteral("加分：") : QStringLiteral("bonus: ")) + bonus.join(sep));
    if (result.keywordDump)
        parts.append(zh ? QStringLiteral("只罗列了术语，缺少解释") : QStringLiteral("terms listed without explanation"));
    if (parts.isEmpty())
        parts.append(zh ? QStringLiteral("覆盖了全部要点") : QStringLiteral("all points covered"));
    return parts.join(zh ? QStringLiteral("；") : QStringLiteral("; "));
}

} // namespace mi
