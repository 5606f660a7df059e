#pragma once

#include "setting.h"

// The name a mentor's scores, comments and verdicts are signed with, in the
// review window and the mentor console alike.
namespace settings {

inline const Setting<QString> mentorNameSetting{"review/mentorName", QString()};

// The saved name, else the login name, so a first review is never unsigned.
inline QString mentorName()
{
    const QString saved = mentorNameSetting.value().trimmed();
    return saved.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("mentor")) : saved;
}

} // namespace settings
