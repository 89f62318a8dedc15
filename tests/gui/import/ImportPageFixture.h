// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the Import page tests: a real main window offscreen, a real workspace, helpers.
#pragma once

#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/import/ImportPage.h"
#include "widgets/import/ImportRunBar.h"
#include "widgets/shell/MainWindow.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "ImportTestUtil.h"

int runImportEditingTests(int argc, char** argv);
int runImportRunTests(int argc, char** argv);

namespace importtest {

using namespace valuator;

constexpr int kImportTimeoutMs = 60000;

inline bool modelContains(const QAbstractItemModel& model, const QString& text)
{
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.index(r, c).data().toString() == text)
                return true;
    return false;
}

inline QStringList headerLabels(const QAbstractItemModel& model)
{
    QStringList labels;
    for (int c = 0; c < model.columnCount(); ++c)
        labels << model.headerData(c, Qt::Horizontal).toString();
    return labels;
}

inline FieldSource constant(const QString& value)
{
    FieldSource s;
    s.kind = FieldSource::Kind::Constant;
    s.constant = value;
    return s;
}

/// Base of the Import page test classes: a real main window at 1280×800 holding an ImportPage, over a fresh
/// workspace in a temporary folder for each test function.
class ImportPageFixture : public QObject {
    Q_OBJECT
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    ImportPage* m_page = nullptr;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Opens `file` and waits for its preview.
    void open(const QString& file)
    {
        QSignalSpy previewed(m_page, &ImportPage::previewFinished);
        m_page->openFile(file);
        QTRY_VERIFY(!m_page->isPreviewRunning());
        QVERIFY(!previewed.isEmpty());
        QVERIFY2(m_page->preview().has_value(), qPrintable(m_page->banner()->text()));
    }

    /// Chooses `data` in a dialect combo and waits for the new preview.
    void choose(QComboBox* combo, const QVariant& data)
    {
        const int index = data.isValid() ? combo->findData(data) : 0;
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        QTRY_VERIFY(!m_page->isPreviewRunning());
    }

    QPushButton* importButton() const { return m_page->runBar()->importButton(); }

    QList<DatasetSummary> datasets() const
    {
        auto list = DatasetStore::listDatasets(m_session->workspace()->db());
        return list ? *list : QList<DatasetSummary>();
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<Settings>(path(QStringLiteral("settings.ini")));
        m_settings->setValue(keys::kActingUser, QStringLiteral("tester"));
        m_jobs = std::make_unique<JobRunner>(2);
        m_session = std::make_unique<Session>(*m_settings, *m_jobs);
        static int n = 0;
        QVERIFY(m_session->openOrCreateWorkspace(path(QStringLiteral("ws%1.valuator").arg(++n))));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_page = new ImportPage(*m_session);
        m_window->addPage(QStringLiteral("import"), QStringLiteral("Import"), QIcon(), m_page);
        m_window->showPage(QStringLiteral("import"));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_page = nullptr;
        m_jobs->waitForAll(10000);
        m_session.reset();
        m_jobs.reset();
        m_settings.reset();
    }
};

} // namespace importtest
