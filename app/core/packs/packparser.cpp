#include "packparser.h"

#include "common/trcontexts.h"
#include "yamlfields.h"

#include <QFile>
#include <QSet>

namespace mi {
namespace {

const QStringList kPackKeys{"id", "title", "language", "tags", "description", "rounds"};
const QStringList kRoundKeys{"id", "title", "intro", "questions"};
const QStringList kQuestionKeys{"id", "prompt", "context", "difficulty", "time_limit", "tags",
                                "reference", "rubric", "followups", "source"};
const QStringList kPointKeys{"id", "text", "weight", "kind", "aliases"};
const QStringList kFollowUpKeys{"id", "prompt", "trigger", "reference", "rubric"};
const QStringList kTriggerKeys{"missed", "mentioned", "score_band", "always"};
const QStringList kSourceKeys{"seed", "locator"};

class PackParser
{
public:
    PackParser(const QString &file, QList<Error> &errors) : m_file(file), m_errors(errors) {}

    std::optional<Pack> parsePack(const YAML::Node &root)
    {
        YamlFields f(root, m_file, m_errors);
        if (!f.isMap())
            return std::nullopt;
        f.rejectUnknownKeys(kPackKeys);
        Pack pack;
        pack.filePath = m_file;
        pack.id = f.identifier("id").value_or(QString());
        pack.title = f.string("title", true).value_or(QString());
        pack.language = f.string("language", true).value_or(QString());
        if (!pack.language.isEmpty() && pack.language != u"zh" && pack.language != u"en")
            f.error(root["language"], Packs::tr("'language' must be 'zh' or 'en', got '%1'").arg(pack.language));
        pack.tags = f.stringList("tags", false, false).value_or(QStringList());
        pack.description = f.string("description", false).value_or(QString());

        const YAML::Node rounds = f.sequence("rounds", true);
        if (rounds.IsDefined() && rounds.size() == 0)
            f.error(rounds, Packs::tr("'rounds' must not be empty"));
        QSet<QString> roundIds;
        for (const YAML::Node &node : rounds) {
            Round round = parseRound(node, pack.id);
            if (!round.id.isEmpty() && !insertUnique(roundIds, round.id, node, Packs::tr("round")))
                continue;
            pack.rounds.append(round);
        }
        return pack;
    }

private:
    bool insertUnique(QSet<QString> &seen, const QString &id, const YAML::Node &at, const QString &what)
    {
        if (seen.contains(id)) {
            YamlFields(at, m_file, m_errors).errorAtMap(Packs::tr("duplicate %1 id '%2'").arg(what, id));
            return false;
        }
        seen.insert(id);
        return true;
    }

    Round parseRound(const YAML::Node &node, const QString &packId)
    {
        YamlFields f(node, m_file, m_errors);
        Round round;
        if (!f.isMap())
            return round;
        f.rejectUnknownKeys(kRoundKeys);
        round.id = f.identifier("id").value_or(QString());
        round.title = f.string("title", true).value_or(QString());
        round.intro = f.string("intro", false).value_or(QString());
        const YAML::Node questions = f.sequence("questions", true);
        if (questions.IsDefined() && questions.size() == 0)
            f.error(questions, Packs::tr("'questions' must not be empty"));
        for (const YAML::Node &q : questions) {
            Question question = parseQuestion(q);
            question.packId = packId;
            question.roundId = round.id;
            if (!question.id.isEmpty() && !insertUnique(m_questionIds, question.id, q, Packs::tr("question")))
                continue;
            round.questions.append(question);
        }
        return round;
    }

    Question parseQuestion(const YAML::Node &node)
    {
        YamlFields f(node, m_file, m_errors);
        Question q;
        if (!f.isMap())
            return q;
        q.line = node.Mark().line + 1;
        f.rejectUnknownKeys(kQuestionKeys);
        q.id = f.identifier("id").value_or(QString());
        q.prompt = f.string("prompt", true).value_or(QString());
        q.context = f.string("context", false).value_or(QString());
        q.difficulty = f.integer("difficulty", 1, 5, true).value_or(3);
        q.timeLimitSeconds = f.integer("time_limit", 30, 1800, true).value_or(180);
        q.tags = f.stringList("tags", false, false).value_or(QStringList());
        q.reference = f.string("reference", true).value_or(QString());
        q.rubric = parseRubric(f.sequence("rubric", true), true);
        const YAML::Node followUps = f.sequence("followups", false);
        QSet<QString> followUpIds;
        for (const YAML::Node &fu : followUps) {
            FollowUp followUp = parseFollowUp(fu, q);
            if (!followUp.id.isEmpty() && !insertUnique(followUpIds, followUp.id, fu, Packs::tr("follow-up")))
                continue;
            q.followUps.append(followUp);
        }
        const YAML::Node source = f.mapping("source", true);
        if (source.IsDefined()) {
            YamlFields s(source, m_file, m_errors);
            s.rejectUnknownKeys(kSourceKeys);
            q.source.seed = s.string("seed", true).value_or(QString());
            q.source.locator = s.string("locator", true).value_or(QString());
        }
        return q;
    }

    QList<RubricPoint> parseRubric(const YAML::Node &list, bool needsCorePoint)
    {
        QList<RubricPoint> points;
        if (!list.IsDefined())
            return points;
        QSet<QString> ids;
        for (const YAML::Node &node : list) {
            RubricPoint point = parsePoint(node);
            if (!point.id.isEmpty() && !insertUnique(ids, point.id, node, Packs::tr("rubric point")))
                continue;
            points.append(point);
        }
        const bool hasCore = std::any_of(points.begin(), points.end(), [](const RubricPoint &p) { return p.kind == PointKind::Core; });
        if (needsCorePoint && !hasCore)
            YamlFields(list, m_file, m_errors).error(list, Packs::tr("a rubric needs at least one core point"));
        return points;
    }

    RubricPoint parsePoint(const YAML::Node &node)
    {
        YamlFields f(node, m_file, m_errors);
        RubricPoint p;
        if (!f.isMap())
            return p;
        f.rejectUnknownKeys(kPointKeys);
        p.id = f.identifier("id").value_or(QString());
        p.text = f.string("text", true).value_or(QString());
        p.weight = f.number("weight", 0.0, 10.0, true).value_or(1.0);
        p.aliases = f.stringList("aliases", true, true).value_or(QStringList());
        const QString kind = f.string("kind", false).value_or(QStringLiteral("core"));
        if (kind == u"core")
            p.kind = PointKind::Core;
        else if (kind == u"bonus")
            p.kind = PointKind::Bonus;
        else if (kind == u"misconception")
            p.kind = PointKind::Misconception;
        else
            f.error(node["kind"], Packs::tr("'kind' must be core, bonus or misconception, got '%1'").arg(kind));
        return p;
    }

    FollowUp parseFollowUp(const YAML::Node &node, const Question &parent)
    {
        YamlFields f(node, m_file, m_errors);
        FollowUp fu;
        if (!f.isMap())
            return fu;
        f.rejectUnknownKeys(kFollowUpKeys);
        fu.id = f.identifier("id").value_or(QString());
        fu.prompt = f.string("prompt", true).value_or(QString());
        fu.reference = f.string("reference", false).value_or(QString());
        fu.rubric = parseRubric(f.sequence("rubric", false), true);
        const YAML::Node trigger = f.mapping("trigger", true);
        if (trigger.IsDefined())
            fu.trigger = parseTrigger(trigger, parent);
        return fu;
    }

    Trigger parseTrigger(const YAML::Node &node, const Question &parent)
    {
        YamlFields f(node, m_file, m_errors);
        f.rejectUnknownKeys(kTriggerKeys);
        Trigger t;
        int forms = 0;
        for (const QString &key : kTriggerKeys)
            forms += node[key.toStdString()].IsDefined() ? 1 : 0;
        if (forms != 1) {
            f.errorAtMap(Packs::tr("a trigger needs exactly one of: missed, mentioned, score_band, always"));
            return t;
        }
        if (node["missed"]) {
            t.kind = TriggerKind::Missed;
            t.pointIds = f.stringList("missed", true, true).value_or(QStringList());
            for (const QString &id : t.pointIds)
                if (!parent.point(id))
                    f.error(node["missed"], Packs::tr("trigger refers to unknown rubric point '%1' of question '%2'").arg(id, parent.id));
        } else if (node["mentioned"]) {
            t.kind = TriggerKind::Mentioned;
            t.terms = f.stringList("mentioned", true, true).value_or(QStringList());
        } else if (node["score_band"]) {
            t.kind = TriggerKind::ScoreBand;
            const YAML::Node band = node["score_band"];
            bool okLow = false, okHigh = false;
            if (band.IsSequence() && band.size() == 2) {
                t.low = toQString(band[0]).toInt(&okLow);
                t.high = toQString(band[1]).toInt(&okHigh);
            }
            if (!okLow || !okHigh || t.low < 0 || t.high > 100 || t.low > t.high)
                f.error(band, Packs::tr("'score_band' must be [low, high] with 0 <= low <= high <= 100"));
        } else {
            t.kind = TriggerKind::Always;
            const YAML::Node always = node["always"];
            if (!always.IsScalar() || toQString(always) != u"true")
                f.error(always, Packs::tr("'always' must be true"));
        }
        return t;
    }

    QString m_file;
    QList<Error> &m_errors;
    QSet<QString> m_questionIds;
};

} // namespace

PackParseResult parsePackText(const QByteArray &yaml, const QString &displayPath)
{
    PackParseResult result;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        result.errors.append(Error{QString::fromStdString(e.msg), displayPath, e.mark.line + 1, e.mark.column + 1});
        return result;
    }
    PackParser parser(displayPath, result.errors);
    std::optional<Pack> pack = parser.parsePack(root);
    if (result.errors.isEmpty())
        result.pack = std::move(pack);
    return result;
}

PackParseResult parsePackFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PackParseResult result;
        result.errors.append(Error{Packs::tr("cannot read file: %1").arg(file.errorString()), path});
        return result;
    }
    return parsePackText(file.readAll(), path);
}

} // namespace mi
