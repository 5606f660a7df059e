#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <yaml-cpp/yaml.h>
#include <optional>

namespace mi {

// Typed access to the fields of one YAML mapping. Every problem is appended to
// the shared error list with the node's position, so that one pass over a file
// reports all of its errors instead of stopping at the first.
class YamlFields
{
public:
    YamlFields(const YAML::Node &map, const QString &file, QList<Error> &errors);

    bool isMap() const { return m_isMap; }
    // Reports keys not in `allowed` as unknown.
    void rejectUnknownKeys(const QStringList &allowed) const;

    std::optional<QString> string(const char *key, bool required) const;
    std::optional<QString> identifier(const char *key) const; // required, id pattern
    std::optional<int> integer(const char *key, int min, int max, bool required) const;
    std::optional<double> number(const char *key, double minExclusive, double maxInclusive, bool required) const;
    std::optional<QStringList> stringList(const char *key, bool required, bool nonEmpty) const;
    YAML::Node sequence(const char *key, bool required) const; // null node when absent or wrong
    YAML::Node mapping(const char *key, bool required) const;

    void error(const YAML::Node &node, const QString &message) const;
    void errorAtMap(const QString &message) const;

private:
    YAML::Node value(const char *key, bool required) const;

    YAML::Node m_map;
    QString m_file;
    QList<Error> &m_errors;
    bool m_isMap = false;
};

QString toQString(const YAML::Node &scalar);
bool isValidIdentifier(const QString &id);

} // namespace mi
