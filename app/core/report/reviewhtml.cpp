#include "reviewhtml.h"

#include <QRegularExpression>

namespace mi {
namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString byline(const Authored &a)
{
    const QString when = a.at.isValid() ? a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    return esc(QStringList{a.author, when}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", ")));
}

QString judgementText(PointJudgement j, const ReviewHtmlLabels &l)
{
    switch (j) {
    case PointJudgement::Hit: return l.hit;
    case PointJudgement::Partial: return l.partial;
    case PointJudgement::Miss: return l.miss;
    }
    return {};
}

} // namespace

QString recommendationText(Recommendation r, const ReviewHtmlLabels &l)
{
    switch (r) {
    case Recommendation::None: return QString();
    case Recommendation::StrongHire: return l.strongHire;
    case Recommendation::Hire: return l.hire;
    case Recommendation::LeanNo: return l.leanNo;
    case Recommendation::No: return l.no;
    }
    return {};
}

QString turnReviewHtml(const Turn &turn, const TurnReview &review, const ReviewHtmlLabels &l)
{
    if (review.isEmpty())
        return {};
    QString html = QStringLiteral("<div class=\"mentor-review\"><h4>%1</h4>").arg(esc(l.mentorReview));
    if (const std::optional<double> score = turn.score ? mentorScore(*turn.score, review) : std::nullopt) {
        html += QStringLiteral("<p class=\"mentor-score\"><strong>%1: %2</strong> (%3: %4)")
                    .arg(esc(l.mentorScore))
                    .arg(qRound(*score))
                    .arg(esc(l.automaticScore))
                    .arg(qRound(turn.score->score));
        if (review.score && !review.score->reason.isEmpty())
            html += QStringLiteral(" — %1 <span class=\"byline\">%2</span>").arg(esc(review.score->reason), byline(*review.score));
        html += QStringLiteral("</p>");
    }
    if (!review.points.isEmpty() && turn.score) {
        html += QStringLiteral("<table class=\"mentor-points\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(l.point), esc(l.machine), esc(l.mentor), esc(l.reason));
        for (const PointOverride &o : review.points) {
            if (o.position < 0 || o.position >= turn.score->points.size())
                continue;
            const PointResult &p = turn.score->points[o.position];
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"judgement-%3\">%4</td><td>%5 <span class=\"byline\">%6</span></td></tr>")
                        .arg(esc(p.text), esc(p.hit ? l.covered : l.missed), judgementKey(o.judgement), esc(judgementText(o.judgement, l)),
                             esc(o.reason), byline(o));
        }
        html += QStringLiteral("</table>");
    }
    if (!review.comments.isEmpty()) {
        html += QStringLiteral("<ul class=\"mentor-comments\">");
        for (const MentorComment &c : review.comments) {
            const QString about = c.spanStart >= 0 ? QStringLiteral("<q>%1</q> ").arg(esc(c.quote)) : QString();
            html += QStringLiteral("<li>%1%2 <span class=\"byline\">%3</span></li>").arg(about, esc(c.text), byline(c));
        }
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</div>");
}

QString verdictHtml(const Verdict &v, const ReviewHtmlLabels &l)
{
    const auto row = [](const QString &label, const QString &value) {
        return value.trimmed().isEmpty() ? QString() : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    return QStringLiteral("<div class=\"verdict\"><h2>%1</h2><table>").arg(esc(l.verdict)) + row(l.recommendation, recommendationText(v.recommendation, l))
         + row(l.level, v.level) + row(l.strengths, v.strengths) + row(l.improvements, v.improvements)
         + QStringLiteral("</table><p class=\"byline\">%1 %2</p></div>").arg(esc(l.reviewedBy), byline(v));
}

} // namespace mi
