#include "compiledrubric.h"

#include "referencesentences.h"
#include "text/textnormalizer.h"

#include <QRegularExpression>

namespace mi {
namespace {

// "认为 requests 是上限" describes the belief; the answer states only the belief.
QString beliefOf(const QString &misconceptionText)
{
    static const QRegularExpression lead(QStringLiteral(R"(^\s*(?:认为|以为|觉得|误以为|误认为|believing|believes?|thinking|thinks?)\s*(?:that\s+)?)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString belief = misconceptionText;
    belief.remove(lead);
    return belief;
}

} // namespace

QString explainingSentence(const RubricPoint &point, const QStringList &aliases, const QList<QString> &sentences)
{
    int best = -1;
    int bestCount = 0;
    for (int i = 0; i < sentences.size(); ++i) {
        const QString s = normalizeForMatching(sentences[i]);
        int count = 0;
        for (const QString &alias : aliases) {
            const QString a = normalizeForMatching(alias).simplified();
            if (a.size() >= 2 && s.contains(a))
                ++count;
        }
        if (count > bestCount) {
            bestCount = count;
            best = i;
        }
    }
    if (best < 0) {
        // No alias in any sentence: the one sharing most units with the point's text.
        const QSet<quint64> pointUnits = unitKeysOf(point.text);
        qsizetype bestShared = 1;
        for (int i = 0; i < sentences.size(); ++i) {
            const qsizetype shared = unitKeysOf(sentences[i]).intersect(pointUnits).size();
            if (shared > bestShared) {
                bestShared = shared;
                best = i;
            }
        }
    }
    return best >= 0 ? sentences[best] : QString();
}

CompiledRubric compileRubric(const QList<RubricPoint> &rubric, const QString &reference, const QString &question,
                             const CorpusStats &corpus, const Lexicon *lexicon, bool pointsFromReference)
{
    CompiledRubric compiled;
    compiled.questionUnits = unitKeysOf(question);
    QList<QString> sentences;
    for (const ReferenceSentence &s : referenceSentences(reference))
        sentences.append(s.text);

    for (int i = 0; i < rubric.size(); ++i) {
        const RubricPoint &point = rubric[i];
        QStringList expanded;
        for (const QString &alias : point.aliases) {
            const bool isReference = Lexicon::isReference(alias);
            if (isReference && lexicon) {
                if (const WrongStatement *w = lexicon->findWrongStatement(Lexicon::referencedId(alias))) {
                    const int firstTag = CompiledRubric::kStatementTagBase + int(compiled.statements.size()) * 64;
                    compiled.statements.append({i, w, firstTag});
                    for (int part = 0; part < w->parts.size() && part < 64; ++part)
                        for (const QString &phrase : w->parts[part])
                            for (const QString &form : lexicon->expand(phrase))
                                for (const QString &variant : aliasVariants(form))
                                    compiled.matcher.addPattern(variant, firstTag + part);
                    continue;
                }
            }
            const QStringList forms = lexicon ? lexicon->expand(alias) : (isReference ? QStringList() : QStringList{alias});
            const CompiledRubric::Origin origin = isReference ? CompiledRubric::FromConcept : CompiledRubric::FromAlias;
            for (const QString &form : forms) {
                expanded.append(form);
                const QStringList variants = aliasVariants(form);
                for (const QString &variant : variants)
                    compiled.matcher.addPattern(variant, CompiledRubric::tagOf(i, origin));
                // Misconceptions must be stated, not guessed from a typo.
                if (point.kind != PointKind::Misconception && !variants.isEmpty())
                    compiled.fuzzyAliases.append(fuzzyAliasesOf(variants.first(), CompiledRubric::tagOf(i, origin)));
            }
        }
        QList<SoftTarget> targets;
        if (point.kind == PointKind::Misconception) {
            // The question's words stay in a belief: "a failing readiness
            // probe restarts the container" is wrong only because of "readiness".
            targets.append(makeSoftTarget(beliefOf(point.text), corpus, {}));
        } else {
            targets.append(makeSoftTarget(point.text, corpus, compiled.questionUnits));
        }
        // A misconception is recognised from its own words only: the
        // reference explains what is right, not the wrong belief.
        if (point.kind != PointKind::Misconception && !pointsFromReference) {
            const QString sentence = explainingSentence(point, expanded, sentences);
            if (!sentence.isEmpty())
                targets.append(makeSoftTarget(sentence, corpus, compiled.questionUnits));
        }
        compiled.targets.append(targets);
    }
    compiled.matcher.build();
    return compiled;
}

} // namespace mi
