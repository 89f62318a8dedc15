// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace valuator {

class JobRunner;
class Settings;
class Workspace;

/// The application state shared by the GUI pages: the open workspace, the acting user, settings and the job
/// runner. Lives on the main thread. Pages observe workspaceChanged()/contentChanged() and never hold the
/// Workspace pointer across a workspace switch.
class Session : public QObject {
    Q_OBJECT
public:
    Session(Settings& settings, JobRunner& jobs, QObject* parent = nullptr);
    ~Session() override;

    /// Opens an existing workspace; on failure the current one stays open and the error is returned.
    Status openWorkspace(const QString& path);
    /// Creates a new workspace file (must not exist) and switches to it.
    Status createWorkspace(const QString& path);
    /// Opens `path`, creating it when it does not exist.
    Status openOrCreateWorkspace(const QString& path);
    /// The embedded default workspace in the user's data folder (no server or account needed).
    static QString defaultWorkspacePath();

    Workspace* workspace() const { return m_workspace.get(); }
    QString workspacePath() const;
    QString actingUser() const;
    Settings& settings() const { return m_settings; }
    JobRunner& jobs() const { return m_jobs; }

    /// Tells every page that stored content changed ("datasets", "audit", ...) so they refresh.
    void notifyContentChanged(const QString& what);

signals:
    void workspaceChanged();
    void contentChanged(const QString& what);

private:
    Status adopt(Result<std::unique_ptr<Workspace>> opened);

    Settings& m_settings;
    JobRunner& m_jobs;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace valuator
