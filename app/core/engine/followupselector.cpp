#include "followupselector.h"

#include "scoring/aliasmatcher.h"
#include "text/textnormalizer.h"

#include <algorithm>

namespace mi {

QStringList mentionedTerms(const QString &normalizedAnswer, const QStringList &terms)
{
    AliasMatcher matcher;
    for (int i = 0; i < terms.size(); ++i)
        for (const QString &variant : aliasVariants(terms[i]))
            matcher.addPattern(variant, i);
    matcher.build();
    QStringList found;
    for (const AliasMatch &m : matcher.findAll(normalizedAnswer))
        if (!found.contains(terms[m.pattern]))
            found.append(terms[m.pattern]);
    return found;
}

std::optional<FollowUpCandidate> FollowUpSelector::evaluate(const Question &question, const FollowUp &followUp,
                                                            const QString &normalizedAnswer, const ScoreResult &score) const
{
    const bool zh = m_language != u"en";
    const QString sep = zh ? QStringLiteral("、") : QStringLiteral(", ");
    const Trigger &t = followUp.trigger;
    switch (t.kind) {
    case TriggerKind::Missed: {
        QStringList missedTexts;
        double missedWeight = 0;
        for (const QString &id : t.pointIds) {
            const auto it = std::find_if(score.points.begin(), score.points.end(), [&](const PointResult &p) { return p.id == id; });
            if (it != score.points.end() && !it->hit) {
                missedTexts.append(it->text);
                missedWeight += it->weight;
            }
        }
        if (missedTexts.isEmpty())
            return std::nullopt;
        const QString reason = zh ? QStringLiteral("追问原因：回答没有覆盖「%1」").arg(missedTexts.join(sep))
                                  : QStringLiteral("Asked because the answer did not cover: %1").arg(missedTexts.join(sep));
        return FollowUpCandidate{followUp, 4, missedWeight, reason};
    }
    case TriggerKind::Mentioned: {
        const QStringList found = mentionedTerms(normalizedAnswer, t.terms);
        if (found.isEmpty())
            return std::nullopt;
        const QString reason = zh ? QStringLiteral("追问原因：回答提到了 %1").arg(found.join(sep))
                                  : QStringLiteral("Asked because the answer mentioned %1").arg(found.join(sep));
        return FollowUpCandidate{followUp, 3, double(found.size()), reason};
    }
    case TriggerKind::ScoreBand: {
        if (score.score < t.low || score.score > t.high)
            return std::nullopt;
        const QString reason = zh ? QStringLiteral("追问原因：得分 %1 落在 %2–%3 区间").arg(score.score).arg(t.low).arg(t.high)
                                  : QStringLiteral("Asked because the score %1 is in the %2–%3 band").arg(score.score).arg(t.low).arg(t.high);
        return FollowUpCandidate{followUp, 1, 0, reason};
    }
    case TriggerKind::Always:
        break;
    }
    Q_UNUSED(question);
    return FollowUpCandidate{followUp, 0, 0, zh ? QStringLiteral("追问原因：本题的固定追问") : QStringLiteral("Asked after every answer to this question")};
}

QList<FollowUpCandidate> FollowUpSelector::candidates(const Question &question, const QString &answer, const ScoreResult &score,
                                                      const QSet<QString> &alreadyAsked, std::mt19937_64 &rng) const
{
    const QString normalized = normalizeForMatching(answer);
    QList<FollowUpCandidate> list;
    for (const FollowUp &f : question.followUps) {
        if (alreadyAsked.contains(f.id))
            continue;
        if (auto c = evaluate(question, f, normalized, score))
            list.append(*c);
    }
    // Shuffle first, then a stable sort: equal candidates end up in seed order.
    std::shuffle(list.begin(), list.end(), rng);
    std::stable_sort(list.begin(), list.end(), [](const FollowUpCandidate &a, const FollowUpCandidate &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.relevance > b.relevance;
    });
    return list;
}

} // namespace mi
