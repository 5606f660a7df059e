#pragma once

#include "settingsstore.h"

#include <QString>
#include <type_traits>
#include <utility>

// One typed value in the settings file: its key, its default, and optionally
// which stored values are acceptable. Declared where it is used, e.g.
//   inline const Setting<bool> speakQuestions{"practice/voice", false};
// A missing, unreadable or unacceptable stored value reads as the default, so
// a hand-edited or older file can never put the program in a state it does
// not know. Enums are stored as their number (older files did so already).
template <typename T>
class Setting
{
public:
    using Validator = bool (*)(const T &);

    Setting(const char *key, T defaultValue, Validator isValid = nullptr)
        : m_key(key), m_default(std::move(defaultValue)), m_isValid(isValid)
    {
    }

    QString key() const { return QString::fromLatin1(m_key); }
    const T &defaultValue() const { return m_default; }
    bool isSet() const { return SettingsStore::contains(key()); }

    T value() const
    {
        const QVariant stored = SettingsStore::value(key());
        if (!stored.isValid())
            return m_default;
        T v;
        if constexpr (std::is_enum_v<T>) {
            bool ok = false;
            v = T(stored.toInt(&ok));
            if (!ok)
                return m_default;
        } else {
            if (!stored.canConvert<T>())
                return m_default;
            v = stored.value<T>();
        }
        return !m_isValid || m_isValid(v) ? v : m_default;
    }

    void setValue(const T &v) const
    {
        if constexpr (std::is_enum_v<T>)
            SettingsStore::setValue(key(), int(v));
        else
            SettingsStore::setValue(key(), QVariant::fromValue(v));
    }

    // Back to the default; removing the key (rather than writing the default)
    // lets a later version change the default for those who never chose.
    void reset() const { SettingsStore::remove(key()); }

private:
    const char *m_key;
    T m_default;
    Validator m_isValid;
};
