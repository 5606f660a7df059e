#include "yamlfields.h"

#include "common/trcontexts.h"

#include <QRegularExpression>

namespace mi {

QString toQString(const YAML::Node &scalar) { return QString::fromStdString(scalar.Scalar()); }

bool isValidIdentifier(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

YamlFields::YamlFields(const YAML::Node &map, const QString &file, QList<Error> &errors)
    : m_map(map), m_file(file), m_errors(errors), m_isMap(map.IsMap())
{
    if (!m_isMap)
        error(map, Packs::tr("expected a mapping"));
}

void YamlFields::error(const YAML::Node &node, const QString &message) const
{
    const YAML::Mark mark = node.Mark();
    // yaml-cpp marks are 0-based; a null mark (-1) means "no position".
    m_errors.append(Error{message, m_file, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0});
}

void YamlFields::errorAtMap(const QString &message) const { error(m_map, message); }

void YamlFields::rejectUnknownKeys(const QStringList &allowed) const
{
    if (!m_isMap)
        return;
    for (auto it = m_map.begin(); it != m_map.end(); ++it) {
        const QString key = toQString(it->first);
        if (!allowed.contains(key))
            error(it->first, Packs::tr("unknown key '%1' (allowed: %2)").arg(key, allowed.join(QStringLiteral(", "))));
    }
}

YAML::Node YamlFields::value(const char *key, bool required) const
{
    if (!m_isMap)
        return YAML::Node(YAML::NodeType::Undefined);
    YAML::Node node = m_map[key];
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            errorAtMap(Packs::tr("missing required key '%1'").arg(QString::fromUtf8(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

std::optional<QString> YamlFields::string(const char *key, bool required) const
{
    const YAML::Node node = value(key, required);
    if (!node)
        return std::nullopt;
    if (!node.IsScalar()) {
        error(node, Packs::tr("'%1' must be a string").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    const QString text = toQString(node).trimmed();
    if (required && text.isEmpty()) {
        error(node, Packs::tr("'%1' must not be empty").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> YamlFields::identifier(const char *key) const
{
    const std::optional<QString> id = string(key, true);
    if (!id)
        return std::nullopt;
    if (!isValidIdentifier(*id)) {
        error(m_map[key], Packs::tr("'%1' is not a valid id (use 1-64 of a-z 0-9 . _ -, starting with a letter or digit)").arg(*id));
        return std::nullopt;
    }
    return id;
}

std::optional<int> YamlFields::integer(const char *key, int min, int max, bool required) const
{
    const YAML::Node node = value(key, required);
    if (!node)
        return std::nullopt;
    bool ok = false;
    const int number = node.IsScalar() ? toQString(node).toInt(&ok) : 0;
    if (!ok) {
        error(node, Packs::tr("'%1' must be an integer").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    if (number < min || number > max) {
        error(node, Packs::tr("'%1' must be between %2 and %3, got %4").arg(QString::fromUtf8(key)).arg(min).arg(max).arg(number));
        return std::nullopt;
    }
    return number;
}

std::optional<double> YamlFields::number(const char *key, double minExclusive, double maxInclusive, bool required) const
{
    const YAML::Node node = value(key, required);
    if (!node)
        return std::nullopt;
    bool ok = false;
    const double number = node.IsScalar() ? toQString(node).toDouble(&ok) : 0.0;
    if (!ok) {
        error(node, Packs::tr("'%1' must be a number").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    if (!(number > minExclusive && number <= maxInclusive)) {
        error(node, Packs::tr("'%1' must be greater than %2 and at most %3").arg(QString::fromUtf8(key)).arg(minExclusive).arg(maxInclusive));
        return std::nullopt;
    }
    return number;
}

std::optional<QStringList> YamlFields::stringList(const char *key, bool required, bool nonEmpty) const
{
    const YAML::Node node = value(key, required);
    if (!node)
        return std::nullopt;
    if (!node.IsSequence()) {
        error(node, Packs::tr("'%1' must be a list of strings").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    QStringList items;
    for (const YAML::Node &item : node) {
        if (!item.IsScalar() || toQString(item).trimmed().isEmpty()) {
            error(item, Packs::tr("'%1' entries must be non-empty strings").arg(QString::fromUtf8(key)));
            continue;
        }
        items.append(toQString(item).trimmed());
    }
    if (nonEmpty && items.isEmpty()) {
        error(node, Packs::tr("'%1' must not be empty").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    return items;
}

YAML::Node YamlFields::sequence(const char *key, bool required) const
{
    const YAML::Node node = value(key, required);
    if (!node)
        return YAML::Node(YAML::NodeType::Undefined);
    if (!node.IsSequence()) {
        error(node, Packs::tr("'%1' must be a list").arg(QString::fromUtf8(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

YAML::Node YamlFields::mapping(const char *key, bool required) const
{
    const YAML::Node node = value(key, required);
    if (!node)
        return YAML::Node(YAML::NodeType::Undefined);
    if (!node.IsMap()) {
        error(node, Packs::tr("'%1' must be a mapping").arg(QString::fromUtf8(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

} // namespace mi
