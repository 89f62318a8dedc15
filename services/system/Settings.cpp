// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/system/Settings.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace valuator {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QStringList Settings::recentWorkspaces() const
{
    return value(keys::kRecentWorkspaces);
}

void Settings::addRecentWorkspace(const QString& path)
{
    const QString canonical = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = recentWorkspaces();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > kMaxRecent)
        list.removeLast();
    setValue(keys::kRecentWorkspaces, list);
}

void Settings::removeRecentWorkspace(const QString& path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    setValue(keys::kRecentWorkspaces, list);
}

QString Settings::actingUser() const
{
    const QString configured = value(keys::kActingUser).trimmed();
    return configured.isEmpty() ? osUserName() : configured;
}

QString Settings::osUserName()
{
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace valuator
