// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/MainWindow.h"

#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/shell/AboutDialog.h"
#include "widgets/shell/AppIcon.h"
#include "widgets/shell/PreferencesDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace valuator {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_workspaceLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_jobsPanel(new JobsPanel(session.jobs(), this))
    , m_jobsDock(new QDockWidget(tr("Jobs"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14);
    m_nav->setAccessibleName(tr("Pages"));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_banner);
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_nav);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobsPanel);
    m_jobsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();
    // The dock appears while jobs run (or failed ones wait to be read) and goes away when the panel is empty.
    connect(m_jobsPanel, &JobsPanel::rowCountChanged, this, [this](int count) { m_jobsDock->setVisible(count > 0); });

    buildMenus();
    buildStatusBar();
    connect(&m_session, &Session::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    onWorkspaceChanged();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* jobs = m_jobsDock->toggleViewAction();
    jobs->setText(tr("&Jobs"));
    view->addAction(jobs);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Car Valuator"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar()
{
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_session.settings().recentWorkspaces();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { switchWorkspace(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::onWorkspaceChanged()
{
    const QString path = m_session.workspacePath();
    const QString name = path.isEmpty() ? tr("No workspace") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Car Valuator").arg(name));
    m_workspaceLabel->setText(path.isEmpty() ? tr("No workspace open") : tr("Workspace: %1").arg(path));
    m_userLabel->setText(tr("User: %1").arg(m_session.actingUser()));
}

bool MainWindow::switchWorkspace(const QString& path, bool create)
{
    const Status status = create ? m_session.createWorkspace(path) : m_session.openWorkspace(path);
    if (!status) {
        m_banner->showError(status.error());
        return false;
    }
    m_banner->clear();
    return true;
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QString(), tr("Car Valuator workspaces (*.valuator)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".valuator")))
        path += QStringLiteral(".valuator");
    switchWorkspace(path, true);
}

void MainWindow::openWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Car Valuator workspaces (*.valuator);;All files (*)"));
    if (!path.isEmpty())
        switchWorkspace(path);
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_session.settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::onWorkspaceChanged); // the acting user may have changed
    dialog->open();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page)
{
    page->setObjectName(id + QStringLiteral("Page"));
    // Each page scrolls when the window is smaller than the page needs: a wide page (a form row, a toolbar) never
    // sets the minimum size of the whole window, so the window fits small and scaled screens.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(id + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    auto* item = new QListWidgetItem(icon, title, m_nav);
    item->setData(Qt::UserRole, id);
    m_pageIds.append(id);
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

bool MainWindow::showPage(const QString& id)
{
    const int index = m_pageIds.indexOf(id);
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 ? m_pageIds.value(row) : QString();
}

QStringList MainWindow::pageIds() const
{
    return m_pageIds;
}

QWidget* MainWindow::page(const QString& id) const
{
    const int index = m_pageIds.indexOf(id);
    const auto* scroll = index >= 0 ? qobject_cast<QScrollArea*>(m_stack->widget(index)) : nullptr;
    return scroll ? scroll->widget() : nullptr;
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_session.settings().value(keys::kWindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(m_session.settings().value(keys::kWindowState));
    m_jobsDock->hide();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_session.settings().setValue(keys::kWindowGeometry, saveGeometry());
    m_session.settings().setValue(keys::kWindowState, saveState());
    m_session.settings().sync();
    m_session.jobs().cancelAll();
    event->accept();
}

} // namespace valuator
