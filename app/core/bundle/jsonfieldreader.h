#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace mi {

// Reads typed fields from a JSON object and remembers the first problem with
// its path, so a converter reads every field and checks once at the end.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, QString where) : m_object(object), m_where(std::move(where)) {}

    QString text(const char *key, bool required = false);
    double number(const char *key, double fallback = 0, bool required = false);
    qint64 integer(const char *key, qint64 fallback = 0);
    bool boolean(const char *key, bool fallback = false);
    std::optional<double> optionalNumber(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key);
    QString path(const char *key) const;

    // Records a problem found by the caller (e.g. an unknown enum value).
    void reject(const char *key, const QString &why);
    // Records a problem a nested reader found (its message already has its path).
    void adopt(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }
    bool ok() const { return !m_error; }
    Error error() const { return m_error.value_or(Error{}); }

private:
    bool present(const char *key, bool required);
    bool typed(const char *key, bool isRightType, const QString &expected);

    QJsonObject m_object;
    QString m_where;
    std::optional<Error> m_error;
};

} // namespace mi
