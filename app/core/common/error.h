#pragma once

#include <QString>
#include <expected>

namespace mi {

// An error as a value. Pack errors carry the file position so that editors and
// terminals can jump to them ("file:line:col: message").
struct Error {
    QString message;
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown

    QString toString() const
    {
        if (file.isEmpty())
            return message;
        if (line <= 0)
            return QStringLiteral("%1: %2").arg(file, message);
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    }
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(const QString &message)
{
    return std::unexpected(Error{message});
}

} // namespace mi
