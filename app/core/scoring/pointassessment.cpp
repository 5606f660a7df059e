#include "pointassessment.h"

#include <algorithm>

namespace mi {
namespace {

bool windowIsNegated(const QString &text, int start, int end)
{
    // A negation anywhere in the clause turns a stated belief around
    // ("Ingress 并不是 Service 的一种类型").
    for (int i = start; i < end; ++i)
        if (isNegatedAt(text, i))
            return true;
    return false;
}

void setEvidence(PointResult &r, const AnswerEvidence &a, int start, int length)
{
    r.evidenceStart = start;
    r.evidenceLength = length;
    r.evidence = a.original.mid(start, length);
}

SoftMatch bestParaphrase(int index, const CompiledRubric &compiled, const AnswerEvidence &answer)
{
    SoftMatch best;
    // A reference item may be answered over a few clauses; a rubric point's
    // sentence is said in one or two.
    const int window = answer.continuousCredit ? 3 : 2;
    for (const SoftTarget &target : compiled.targets[index]) {
        const SoftMatch m = answer.soft.bestWindow(target, window);
        if (m.recall > best.recall && !answer.contradictedSentences.contains(sentenceIndexAt(answer.sentences, m.start)))
            best = m;
    }
    return best;
}

const char *originKey(CompiledRubric::Origin origin) { return origin == CompiledRubric::FromConcept ? "concept" : "alias"; }

} // namespace

double paraphraseCredit(double recall, const ScoreFormula &f)
{
    if (recall >= f.paraphraseFull)
        return 1.0;
    return recall >= f.paraphrasePartial ? 0.5 : 0.0;
}

double itemCredit(double recall, const ScoreFormula &f)
{
    return std::clamp((recall - f.itemCreditFrom) / (f.itemCreditFull - f.itemCreditFrom), 0.0, 1.0);
}

double listItemCredit(double recall, const ScoreFormula &f)
{
    return std::clamp((recall - f.listItemCreditFrom) / (f.listItemCreditFull - f.listItemCreditFrom), 0.0, 1.0);
}

PointResult assessMisconception(int index, const RubricPoint &point, const CompiledRubric &compiled, const AnswerEvidence &a,
                                const ScoreFormula &f)
{
    PointResult r{point.id, point.text, point.weight, point.kind};
    auto stated = [&](const QString &how, int start, int length) {
        r.hit = true;
        r.credit = 1;
        r.match = how;
        r.note.clear();
        setEvidence(r, a, start, length);
    };
    for (const AliasMatch &m : a.matches) {
        if (m.pattern >= CompiledRubric::kStatementTagBase || CompiledRubric::pointOf(m.pattern) != index)
            continue;
        if (isNegatedAt(a.text, m.start)) {
            r.note = QStringLiteral("negated");
            continue;
        }
        stated(QString::fromLatin1(originKey(CompiledRubric::originOf(m.pattern))), m.start, m.length);
        return r;
    }
    for (const CompiledRubric::StatementRef &ref : compiled.statements) {
        if (ref.point != index)
            continue;
        const int parts = int(ref.statement->parts.size());
        for (const Clause &c : a.clauses) {
            QList<const AliasMatch *> found(parts, nullptr);
            for (const AliasMatch &m : a.matches) {
                const int part = m.pattern - ref.firstTag;
                if (part >= 0 && part < parts && m.start >= c.start && m.start < c.end && !found[part])
                    found[part] = &m;
            }
            if (std::any_of(found.begin(), found.end(), [](const AliasMatch *m) { return !m; }))
                continue;
            if (windowIsNegated(a.text, c.start, c.end)) {
                r.note = QStringLiteral("negated");
                continue;
            }
            stated(QStringLiteral("statement"), c.start, c.end - c.start);
            return r;
        }
    }
    for (const SoftTarget &target : compiled.targets[index]) {
        const SoftMatch m = a.soft.bestWindow(target, 1);
        if (m.recall >= f.statedBeliefRecall && a.soft.holdsSalientUnits(target, m.start, m.end, 0.5) && !windowIsNegated(a.text, m.start, m.end)) {
            stated(QStringLiteral("paraphrase"), m.start, m.end - m.start);
            return r;
        }
    }
    return r;
}

PointResult assessPoint(int index, const RubricPoint &point, const CompiledRubric &compiled, const AnswerEvidence &a, const ScoreFormula &f)
{
    PointResult r{point.id, point.text, point.weight, point.kind};
    const AliasMatch *named = nullptr; // a mention without explanation: partial credit at most
    for (const AliasMatch &m : a.matches) {
        if (m.pattern >= CompiledRubric::kStatementTagBase || CompiledRubric::pointOf(m.pattern) != index)
            continue;
        if (isNegatedAt(a.text, m.start)) {
            r.note = QStringLiteral("negated");
            continue;
        }
        const int si = sentenceIndexAt(a.sentences, m.start);
        if (a.contradictedSentences.contains(si)) {
            r.note = QStringLiteral("contradicted");
            continue;
        }
        const bool bare = std::any_of(a.clauses.begin(), a.clauses.end(),
                                      [&](const Clause &c) { return c.bare && m.start >= c.start && m.start < c.end; });
        if (a.keywordDump && bare && !a.enumerationQuestion) {
            r.note = QStringLiteral("listed without explanation");
            continue;
        }
        const Sentence &s = a.sentences[si];
        const double needed = f.supportBase + f.supportPerExtraTerm * std::max(0, s.aliasCount - 1);
        if (s.contentUnits < needed && !(a.enumerationQuestion && bare)) {
            if (!named)
                named = &m;
            r.note = QStringLiteral("mentioned without explanation");
            continue;
        }
        r.hit = true;
        r.credit = 1;
        r.match = QString::fromLatin1(originKey(CompiledRubric::originOf(m.pattern)));
        r.note.clear();
        setEvidence(r, a, m.start, m.length);
        return r;
    }

    const SoftMatch paraphrase = a.keywordDump ? SoftMatch{} : bestParaphrase(index, compiled, a);
    const double softCredit = !a.continuousCredit ? paraphraseCredit(paraphrase.recall, f)
                            : a.enumerationQuestion ? listItemCredit(paraphrase.recall, f)
                                                    : itemCredit(paraphrase.recall, f);
    const double namedCredit = named ? f.mentionCredit : 0.0;
    if (softCredit <= 0 && namedCredit <= 0)
        return r;
    if (softCredit >= namedCredit) {
        r.credit = softCredit;
        r.match = QStringLiteral("paraphrase");
        setEvidence(r, a, paraphrase.start, paraphrase.end - paraphrase.start);
    } else {
        r.credit = namedCredit;
        r.match = QString::fromLatin1(originKey(CompiledRubric::originOf(named->pattern)));
        setEvidence(r, a, named->start, named->length);
    }
    r.hit = r.credit >= (a.continuousCredit ? 0.75 : 1.0);
    if (r.hit)
        r.note.clear();
    return r;
}

} // namespace mi
