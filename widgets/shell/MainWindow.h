// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QDockWidget;

namespace valuator {

class JobsPanel;
class MessageBanner;
class Session;
struct Error;

/// The workbench window: a navigation sidebar over a stack of pages, File/Help menus, a status bar with the open
/// workspace and the acting user, and a dock with the running jobs. It only assembles pages; each page owns its
/// feature. Geometry and recent workspaces persist in Settings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a page to the sidebar. The window takes ownership.
    void addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    bool showPage(const QString& id);
    QString currentPageId() const;
    QStringList pageIds() const;
    QWidget* page(const QString& id) const;

    MessageBanner* banner() const { return m_banner; }
    /// The File menu, for pages that add their own entries (Import CSV…).
    QMenu* fileMenu() const { return m_fileMenu; }
    /// Opens (or creates when `create`) a workspace, reporting failures in the banner. Returns success.
    bool switchWorkspace(const QString& path, bool create = false);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void rebuildRecentMenu();
    void onWorkspaceChanged();
    void newWorkspace();
    void openWorkspace();
    void showAbout();
    void showPreferences();
    void restoreWindowState();

    Session& m_session;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QLabel* m_workspaceLabel;
    QLabel* m_userLabel;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    JobsPanel* m_jobsPanel;
    QDockWidget* m_jobsDock;
    QStringList m_pageIds;
};

} // namespace valuator
