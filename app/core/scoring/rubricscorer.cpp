#include "rubricscorer.h"

#include "aliasmatcher.h"
#include "answeranalysis.h"
#include "conceptextractor.h"
#include "text/textnormalizer.h"
#include "text/tokenizer.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace mi {
namespace {

struct Totals {
    double core = 0, coreHit = 0, bonusHit = 0, misconceptionHit = 0;
    int misconceptionCount = 0;
};

Totals sumWeights(const QList<PointResult> &points)
{
    Totals t;
    for (const PointResult &p : points) {
        if (p.kind == PointKind::Core) {
            t.core += p.weight;
            t.coreHit += p.hit ? p.weight : 0;
        } else if (p.kind == PointKind::Bonus) {
            t.bonusHit += p.hit ? p.weight : 0;
        } else {
            t.misconceptionHit += p.hit ? p.weight : 0;
            t.misconceptionCount += p.hit ? 1 : 0;
        }
    }
    return t;
}

} // namespace

RubricScorer::RubricScorer(std::shared_ptr<const CorpusStats> corpus, ScoreFormula formula)
    : m_corpus(corpus ? std::move(corpus) : std::make_shared<CorpusStats>()), m_formula(formula)
{
}

// Words of the question are not credited: restating it is not answering it.
static QStringList withoutQuestionTerms(QStringList features, const QSet<QString> &questionTerms)
{
    features.removeIf([&](const QString &f) { return questionTerms.contains(f); });
    return features;
}

static QSet<QString> termSet(const QString &text)
{
    const QStringList features = Tokenizer::features(text);
    return QSet<QString>(features.begin(), features.end());
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

std::shared_ptr<const RubricScorer::CompiledRubric> RubricScorer::compile(const QList<RubricPoint> &rubric) const
{
    QString key;
    for (const RubricPoint &p : rubric)
        key += p.aliases.join(QChar(1)) + QChar(2);
    return m_compiledRubrics.get(key, [&] {
        CompiledRubric compiled;
        for (int i = 0; i < rubric.size(); ++i) {
            for (const QString &alias : rubric[i].aliases) {
                for (const QString &variant : aliasVariants(alias))
                    compiled.matcher.addPattern(variant, i);
                // Misconceptions must be stated, not guessed from a typo.
                if (rubric[i].kind != PointKind::Misconception)
                    compiled.fuzzyAliases.append(fuzzyAliasesOf(aliasVariants(alias).first(), i));
            }
        }
        compiled.matcher.build();
        return compiled;
    });
}

ScoreResult RubricScorer::score(const ScoringRequest &request) const
{
    ScoreResult result;
    const QList<RubricPoint> rubric = request.rubric.isEmpty()
        ? extractKeyConcepts(request.reference, request.question, *m_corpus)
        : request.rubric;
    const QString text = normalizeForMatching(request.answer);

    const std::shared_ptr<const CompiledRubric> compiled = compile(rubric);
    QList<AliasMatch> matches = compiled->matcher.findAll(text);
    matches += findNearSpellings(text, compiled->fuzzyAliases, matches);
    const QList<AliasMatch> distinctMatches = AliasMatcher::nonOverlapping(matches);
    const QList<Sentence> sentences = analyseSentences(text, distinctMatches);
    const QList<Clause> clauses = analyseClauses(text, distinctMatches);
    result.keywordDump = looksLikeKeywordDump(sentences, clauses, m_formula.dumpContentPerTerm);
    auto inBareClause = [&](int offset) {
        return std::any_of(clauses.begin(), clauses.end(), [&](const Clause &c) { return c.bare && offset >= c.start && offset < c.end; });
    };

    // Sentences that state a misconception cannot also earn points.
    QSet<int> contradicted;
    for (const AliasMatch &m : matches)
        if (rubric[m.pattern].kind == PointKind::Misconception && !isNegatedAt(text, m.start))
            contradicted.insert(sentenceIndexAt(sentences, m.start));

    double totalContent = 0;
    int totalTerms = 0;
    for (const Sentence &s : sentences) {
        totalContent += s.contentUnits;
        totalTerms += s.aliasCount;
    }
    const QString listedNote = QStringLiteral("listed without explanation");

    for (int i = 0; i < rubric.size(); ++i) {
        const RubricPoint &point = rubric[i];
        PointResult r{point.id, point.text, point.weight, point.kind};
        for (const AliasMatch &m : matches) {
            if (m.pattern != i)
                continue;
            if (isNegatedAt(text, m.start)) {
                r.note = QStringLiteral("negated");
                continue;
            }
            const int si = sentenceIndexAt(sentences, m.start);
            if (point.kind != PointKind::Misconception) {
                if (contradicted.contains(si)) {
                    r.note = QStringLiteral("contradicted");
                    continue;
                }
                const Sentence &s = sentences[si];
                const double needed = m_formula.supportBase + m_formula.supportPerExtraTerm * std::max(0, s.aliasCount - 1);
                if (s.contentUnits < needed) {
                    r.note = QStringLiteral("mentioned without explanation");
                    continue;
                }
                if (result.keywordDump && inBareClause(m.start)) {
                    r.note = listedNote;
                    continue;
                }
            }
            r.hit = true;
            r.note.clear();
            r.evidenceStart = m.start;
            r.evidenceLength = m.length;
            r.evidence = request.answer.mid(m.start, m.length);
            break;
        }
        result.points.append(r);
    }

    const Totals t = sumWeights(result.points);
    const ScoreFormula &f = m_formula;
    result.coverage = t.core > 0 ? t.coreHit / t.core : 0;
    result.similarity = similarity(request);
    double raw = f.coverageWeight * result.coverage
               + f.similarityWeight * std::min(1.0, result.similarity / f.similarityForFull);
    if (t.core > 0) {
        raw += std::min(f.bonusCap, f.bonusFactor * t.bonusHit / t.core);
        // Stating a wrong belief is a red flag whatever its weight: a fixed
        // deduction per misconception plus one in proportion to its weight.
        raw -= std::min(f.misconceptionCap, f.misconceptionFixed * t.misconceptionCount + f.misconceptionFactor * t.misconceptionHit / t.core);
    }
    // Very short answers are scaled down; rubric terms count towards length
    // here (two units each), explanation words are counted above.
    const double substance = totalContent + 2.0 * totalTerms;
    if (substance < f.minimumContentUnits)
        raw *= substance / f.minimumContentUnits;
    if (result.keywordDump)
        raw *= f.keywordDumpFactor;
    result.score = std::round(std::clamp(raw, 0.0, 1.0) * 1000.0) / 10.0;
    result.explanation = explainScore(result, request.language);
    return result;
}

QString explainScore(const ScoreResult &result, const QString &language)
{
    const bool zh = language != u"en";
    QStringList missed, wrong, bonus;
    for (const PointResult &p : result.points) {
        if (p.kind == PointKind::Core && !p.hit)
            missed.append(p.text);
        else if (p.kind == PointKind::Misconception && p.hit)
            wrong.append(p.text);
        else if (p.kind == PointKind::Bonus && p.hit)
            bonus.append(p.text);
    }
    const QString sep = zh ? QStringLiteral("、") : QStringLiteral(", ");
    QStringList parts;
    if (!missed.isEmpty())
        parts.append((zh ? QStringLiteral("未覆盖：") : QStringLiteral("missed: ")) + missed.join(sep));
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
