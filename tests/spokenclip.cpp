#include "spokenclip.h"

#include "spokenaudio.h"

#include <catch2/catch.hpp>

// The REQUIRE-style wrapper the capture tests use over the shared helper.
QString speakToWav(const QString &folder, const QString &text)
{
    mi::Result<QString> wav = speakToWav(folder, QStringLiteral("spoken"), text);
    INFO((wav ? QString() : wav.error().message).toStdString());
    REQUIRE(wav);
    return *wav;
}
