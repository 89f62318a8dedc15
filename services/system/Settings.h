// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace valuator {

/// A settings key declared once with its type and default (see SettingsKeys below).
template <class T> struct SettingKey {
    const char* name;
    T defaultValue;
};

/// Every persistent setting of the application, in one place.
namespace keys {
inline const SettingKey<QString> kLanguage {"ui/language", QString()}; ///< "" = follow the system locale
inline const SettingKey<QString> kActingUser {"identity/user", QString()}; ///< "" = OS user name
inline const SettingKey<QStringList> kRecentWorkspaces {"workspace/recent", QStringList()};
inline const SettingKey<QByteArray> kWindowGeometry {"ui/mainWindowGeometry", QByteArray()};
inline const SettingKey<QByteArray> kWindowState {"ui/mainWindowState", QByteArray()};
inline const SettingKey<int> kLogFileMaxKiB {"log/fileMaxKiB", 1024};
inline const SettingKey<int> kLogFileCount {"log/fileCount", 5};
} // namespace keys

/// Typed wrapper over QSettings. Secrets never go here (see CredentialStore). Tests construct it on a
/// temporary INI file so no global state leaks between them. Not thread-safe; use from the main thread.
class Settings {
public:
    /// The user's settings (organisation "CarValuator", application "Car Valuator").
    Settings();
    /// Settings stored in the INI file `path` (tests, portable installs).
    explicit Settings(const QString& iniPath);
    ~Settings();

    template <class T> T value(const SettingKey<T>& key) const
    {
        const QVariant v = m_settings->value(QLatin1String(key.name));
        return v.isValid() ? v.template value<T>() : key.defaultValue;
    }

    template <class T> void setValue(const SettingKey<T>& key, const T& value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    /// Most recent first, without duplicates, at most kMaxRecent entries.
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path);
    void removeRecentWorkspace(const QString& path);

    /// The acting user: the configured name, else the OS account name.
    QString actingUser() const;
    static QString osUserName();

    void sync();
    QString fileName() const;

    static constexpr int kMaxRecent = 8;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace valuator
