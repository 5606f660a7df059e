#pragma once

#include "common/error.h"
#include "pack.h"

#include <QList>
#include <optional>

namespace mi {

// The outcome of reading one pack file: the pack when the file is clean, and
// every error found in it (a pack with any error is not used).
struct PackParseResult {
    std::optional<Pack> pack;
    QList<Error> errors;
};

PackParseResult parsePackFile(const QString &path);
PackParseResult parsePackText(const QByteArray &yaml, const QString &displayPath);

} // namespace mi
