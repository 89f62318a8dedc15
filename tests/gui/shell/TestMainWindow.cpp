// SPDX-License-Identifier: GPL-3.0-or-later
// GUI smoke test: the real main window offscreen, driven like a user, with screenshots of each page.
#include "services/import/DemoData.h"
#include "services/import/ImportService.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/DataBrowser.h"
#include "widgets/datasets/DatasetsPage.h"
#include "widgets/datasets/TableModel.h"
#include "widgets/import/ImportPage.h"
#include "widgets/shell/AboutDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/PreferencesDialog.h"
#include "widgets/shell/StandardPages.h"
#include "widgets/workspace/AuditLogModel.h"
#include "widgets/workspace/OverviewPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace valuator;

namespace {

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap shot = widget.grab();
    QDir().mkpath(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots"));
    QVERIFY(shot.save(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots/%1.png").arg(name)));
    const QString docs = qEnvironmentVariable("VALUATOR_SCREENSHOT_DIR");
    if (!docs.isEmpty() && QDir().mkpath(docs))
        QVERIFY(shot.save(QDir(docs).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(keys::kActingUser, QStringLiteral("tester"));
        m_jobs = std::make_unique<JobRunner>();
        m_session = std::make_unique<Session>(*m_settings, *m_jobs);
        m_window = std::make_unique<MainWindow>(*m_session);
        addStandardPages(*m_window, *m_session);
        // A fresh workspace per test function.
        const QString name = QStringLiteral("ws-%1.valuator").arg(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_session->openOrCreateWorkspace(m_dir.filePath(name)));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_jobs->waitForAll(5000);
        m_jobs.reset();
        m_settings.reset();
    }

    void statusBarShowsWorkspaceAndUser()
    {
        auto* ws = m_window->findChild<QLabel*>(QStringLiteral("workspaceLabel"));
        auto* user = m_window->findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY(ws && user);
        QVERIFY(ws->text().contains(QStringLiteral("ws-statusBarShowsWorkspaceAndUser.valuator")));
        QVERIFY(user->text().contains(QStringLiteral("tester")));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("ws-statusBarShowsWorkspaceAndUser.valuator")));
    }

    void everyPageShowsAndIsScreenshotted()
    {
        QVERIFY(!m_window->pageIds().isEmpty());
        auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), m_window->pageIds().size());
        for (int i = 0; i < nav->count(); ++i) {
            const QRect rect = nav->visualItemRect(nav->item(i));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(m_window->currentPageId(), m_window->pageIds().at(i));
            QVERIFY(m_window->page(m_window->pageIds().at(i))->isVisible());
            saveScreenshot(*m_window, QStringLiteral("page-%1").arg(m_window->pageIds().at(i)));
        }
        // The README's picture: the demo data open on the Datasets page, as a new user sees it.
        QVERIFY(ImportService::run(m_session->workspacePath(), DemoData::importRequest(QStringLiteral("tester"))));
        m_session->notifyContentChanged(QStringLiteral("datasets"));
        auto* datasets = qobject_cast<DatasetsPage*>(m_window->page(QStringLiteral("datasets")));
        m_window->showPage(QStringLiteral("datasets"));
        QVERIFY(datasets->showVersion(DemoData::datasetName()));
        QTRY_VERIFY(!datasets->dataBrowser()->isLoading() && datasets->dataBrowser()->model()->rowCount() > 0);
        QTRY_VERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("jobsDock"))->isVisible());
        saveScreenshot(*m_window, QStringLiteral("main-window"));
    }

    void overviewListsAuditAndVerifies()
    {
        auto* page = qobject_cast<OverviewPage*>(m_window->page(QStringLiteral("overview")));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->auditModel()->rowCount(), 1);
        QCOMPARE(page->auditModel()->record(0).action, QStringLiteral("workspace.create"));
        QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
        QTRY_COMPARE(page->banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY(page->banner()->text().contains(QStringLiteral("1")));
    }

    void overviewReportsTampering()
    {
        {
            auto db = Database::open(m_session->workspacePath(), Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 1")));
        }
        auto* page = qobject_cast<OverviewPage*>(m_window->page(QStringLiteral("overview")));
        QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
        QTRY_COMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(page->banner()->text().contains(QStringLiteral("row 1")));
    }

    void foreignFileKeepsCurrentWorkspace()
    {
        const QString before = m_session->workspacePath();
        const QString csv = m_dir.filePath(QStringLiteral("cars.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("brand,model\n");
        f.close();
        QVERIFY(!m_window->switchWorkspace(csv));
        QCOMPARE(m_session->workspacePath(), before);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("not a Car Valuator workspace")));
    }

    void newWorkspaceBecomesRecent()
    {
        const QString second = m_dir.filePath(QStringLiteral("second.valuator"));
        QVERIFY(m_window->switchWorkspace(second, true));
        QCOMPARE(QFileInfo(m_session->workspacePath()).fileName(), QStringLiteral("second.valuator"));
        QCOMPARE(QFileInfo(m_settings->recentWorkspaces().first()).fileName(), QStringLiteral("second.valuator"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("second.valuator")));
    }

    void geometryPersistsOnClose()
    {
        m_window->resize(1000, 700);
        m_window->close();
        QVERIFY(!m_settings->value(keys::kWindowGeometry).isEmpty());
        MainWindow again(*m_session);
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    void aboutDialogListsLibraryVersions()
    {
        AboutDialog dialog(m_window.get());
        for (const char* name : {"version_qt", "version_xgboost", "version_sqlite", "version_libcurl"}) {
            auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
            QVERIFY2(label, name);
            QVERIFY2(!label->text().isEmpty(), name);
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, QStringLiteral("about"));
    }

    void preferencesChangeTheActingUser()
    {
        PreferencesDialog dialog(*m_settings, m_window.get());
        QCOMPARE(dialog.userEdit()->text(), QStringLiteral("tester"));
        dialog.userEdit()->setText(QStringLiteral("anna"));
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("de")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, QStringLiteral("preferences"));
        dialog.apply();
        QCOMPARE(m_settings->value(keys::kLanguage), QStringLiteral("de"));
        QCOMPARE(m_session->actingUser(), QStringLiteral("anna"));
        // The next workspace change (or accepting the dialog) refreshes the status bar.
        QVERIFY(m_window->switchWorkspace(m_dir.filePath(QStringLiteral("anna.valuator")), true));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("anna")));
        // The workspace was created by the new acting user.
        QCOMPARE(AuditLog::list(m_session->workspace()->db(), 0, 1)->first().actor, QStringLiteral("anna"));
    }

    void fileMenuHasTheActions()
    {
        QStringList texts;
        for (QAction* a : m_window->menuBar()->actions().first()->menu()->actions())
            texts << a->text().remove(QLatin1Char('&'));
        QVERIFY(texts.contains(QStringLiteral("New Workspace…")));
        QVERIFY(texts.contains(QStringLiteral("Open Workspace…")));
        QVERIFY(texts.contains(QStringLiteral("Open Recent")));
        QVERIFY(texts.contains(QStringLiteral("Quit")));
        QVERIFY(texts.contains(QStringLiteral("Import CSV…")));
    }

    void importPageOpensTheImportedDataset()
    {
        ImportRequest request;
        request.filePath = QStringLiteral(VALUATOR_FIXTURES_DIR "/sales-euro-5k.csv");
        request.datasetName = QStringLiteral("euro");
        request.actor = QStringLiteral("tester");
        QVERIFY(ImportService::run(m_session->workspacePath(), request));
        m_session->notifyContentChanged(QStringLiteral("datasets"));
        auto* import = qobject_cast<ImportPage*>(m_window->page(QStringLiteral("import")));
        auto* datasets = qobject_cast<DatasetsPage*>(m_window->page(QStringLiteral("datasets")));
        QVERIFY(import && datasets);
        emit import->openDatasetRequested(QStringLiteral("euro@1"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("datasets"));
        QTRY_VERIFY(datasets->currentVersionId() > 0);
        saveScreenshot(*m_window, QStringLiteral("datasets-after-import"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
