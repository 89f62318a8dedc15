// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/session/Session.h"

#include "services/jobs/JobRunner.h"
#include "services/system/ServicesLog.h"
#include "services/system/Settings.h"
#include "services/workspace/Workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace valuator {

Session::Session(Settings& settings, JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_jobs(jobs)
{
}

Session::~Session() = default;

QString Session::defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("default.valuator"));
}

QString Session::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString Session::actingUser() const
{
    return m_settings.actingUser();
}

Status Session::openWorkspace(const QString& path)
{
    return adopt(Workspace::open(path));
}

Status Session::createWorkspace(const QString& path)
{
    return adopt(Workspace::create(path, actingUser()));
}

Status Session::openOrCreateWorkspace(const QString& path)
{
    return adopt(Workspace::openOrCreate(path, actingUser()));
}

Status Session::adopt(Result<std::unique_ptr<Workspace>> opened)
{
    if (!opened)
        return fail(opened.error());
    m_workspace = std::move(*opened);
    m_settings.addRecentWorkspace(m_workspace->path());
    qCInfo(lcWorkspace) << "workspace open:" << m_workspace->path();
    emit workspaceChanged();
    return {};
}

void Session::notifyContentChanged(const QString& what)
{
    emit contentChanged(what);
}

} // namespace valuator
