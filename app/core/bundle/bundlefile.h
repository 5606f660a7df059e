#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace mi {

// What a bundle file holds: a JSON manifest and named binary files (audio).
struct BundleContents {
    QJsonObject manifest;
    QMap<QString, QByteArray> files;
};

// The container: magic "MIBUNDLE", format version, payload length and the
// payload's SHA-256, then the payload (compressed manifest + files). Reading
// checks all of it before returning anything, so a truncated, corrupt or
// foreign file is an error and never half a session.
inline constexpr quint32 kBundleFormatVersion = 1;

Result<void> writeBundleFile(const QString &path, const BundleContents &contents); // atomic: the old file stays on failure
Result<BundleContents> readBundleFile(const QString &path);

} // namespace mi
