#include "jsonfieldreader.h"

#include "common/trcontexts.h"

#include <cmath>

namespace mi {

QString JsonFieldReader::path(const char *key) const
{
    return m_where.isEmpty() ? QString::fromLatin1(key) : m_where + u'.' + QLatin1String(key);
}

void JsonFieldReader::reject(const char *key, const QString &why)
{
    if (!m_error)
        m_error = Error{QStringLiteral("%1: %2").arg(path(key), why)};
}

bool JsonFieldReader::present(const char *key, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            reject(key, Bundles::tr("missing"));
        return false;
    }
    return true;
}

bool JsonFieldReader::typed(const char *key, bool isRightType, const QString &expected)
{
    if (!isRightType)
        reject(key, expected);
    return isRightType;
}

QString JsonFieldReader::text(const char *key, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue v = m_object.value(QLatin1String(key));
    return typed(key, v.isString(), Bundles::tr("should be text")) ? v.toString() : QString();
}

double JsonFieldReader::number(const char *key, double fallback, bool required)
{
    if (!present(key, required))
        return fallback;
    const QJsonValue v = m_object.value(QLatin1String(key));
    return typed(key, v.isDouble() && std::isfinite(v.toDouble()), Bundles::tr("should be a number")) ? v.toDouble() : fallback;
}

qint64 JsonFieldReader::integer(const char *key, qint64 fallback)
{
    const double n = number(key, double(fallback));
    if (n != std::floor(n))
        reject(key, Bundles::tr("should be a whole number"));
    return qint64(n);
}

bool JsonFieldReader::boolean(const char *key, bool fallback)
{
    if (!present(key, false))
        return fallback;
    const QJsonValue v = m_object.value(QLatin1String(key));
    return typed(key, v.isBool(), Bundles::tr("should be true or false")) ? v.toBool() : fallback;
}

std::optional<double> JsonFieldReader::optionalNumber(const char *key)
{
    if (!present(key, false))
        return std::nullopt;
    return number(key);
}

QJsonArray JsonFieldReader::array(const char *key)
{
    if (!present(key, false))
        return {};
    const QJsonValue v = m_object.value(QLatin1String(key));
    return typed(key, v.isArray(), Bundles::tr("should be a list")) ? v.toArray() : QJsonArray();
}

QJsonObject JsonFieldReader::object(const char *key)
{
    if (!present(key, false))
        return {};
    const QJsonValue v = m_object.value(QLatin1String(key));
    return typed(key, v.isObject(), Bundles::tr("should be an object")) ? v.toObject() : QJsonObject();
}

} // namespace mi
