// SPDX-License-Identifier: GPL-3.0-or-later
// The Datasets page in the real main window (offscreen) over a real workspace with imported fixtures.
#include "models/table/Table.h"
#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/DataBrowser.h"
#include "widgets/datasets/DatasetListModel.h"
#include "widgets/datasets/DatasetsPage.h"
#include "widgets/datasets/RejectsModel.h"
#include "widgets/datasets/RejectsTab.h"
#include "widgets/datasets/TableModel.h"
#include "widgets/datasets/VersionDetails.h"
#include "widgets/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

#include <atomic>

#include "DatasetsTestSuites.h"
#include "PageFixtures.h"

using namespace valuator;

class TestDatasetsPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_wsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    DatasetsPage* m_page = nullptr;
    ImportResult m_sales, m_euro1, m_euro2, m_bad;

    ImportResult import(const QString& path, const QString& name, bool append = false)
    {
        return importFile(m_wsPath, path, name, append);
    }

    Database& db() { return m_session->workspace()->db(); }
    DataBrowser* data() { return m_page->dataBrowser(); }

private slots:
    void initTestCase()
    {
        m_wsPath = m_dir.filePath(QStringLiteral("ws.valuator"));
        QVERIFY(Workspace::create(m_wsPath, QStringLiteral("tester")));
        m_sales = import(fixture("sales-clean-10k.csv"), QStringLiteral("sales"));
        m_euro1 = import(fixture("sales-euro-5k.csv"), QStringLiteral("euro"));
        m_euro2 = import(fixture("sales-euro-5k.csv"), QStringLiteral("euro"), true);
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeBadCsv(bad));
        m_bad = import(bad, QStringLiteral("bad"));
        import(bad, QStringLiteral("doomed"));

        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(keys::kActingUser, QStringLiteral("tester"));
        m_jobs = std::make_unique<JobRunner>();
        m_session = std::make_unique<Session>(*m_settings, *m_jobs);
        QVERIFY(m_session->openWorkspace(m_wsPath));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_page = new DatasetsPage(*m_session);
        m_window->addPage(QStringLiteral("datasets"), QStringLiteral("Datasets"), QIcon(), m_page);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showPage(QStringLiteral("datasets")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_jobs->waitForAll(5000);
        m_jobs.reset();
        m_settings.reset();
    }

    void listShowsDatasetsAndVersions()
    {
        DatasetListModel* model = m_page->listModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        QStringList names;
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, DatasetListModel::Name).data().toString();
        QCOMPARE(names, QStringLiteral("bad,doomed,euro,sales").split(QLatin1Char(',')));
        const QModelIndex euro = model->datasetIndex(QStringLiteral("euro"));
        QCOMPARE(model->rowCount(euro), 2);
        const auto rows = [&](int row, const QModelIndex& parent) {
            return model->index(row, DatasetListModel::Rows, parent).data().toString();
        };
        QCOMPARE(m_euro2.version.rowCount, 2 * m_euro1.version.rowCount);
        QCOMPARE(rows(0, euro), QLocale().toString(m_euro1.version.rowCount));
        QCOMPARE(rows(1, euro), QLocale().toString(m_euro2.version.rowCount));
        QCOMPARE(rows(euro.row(), {}), QLocale().toString(m_euro2.version.rowCount)); // a dataset: its latest
        QCOMPARE(model->index(0, DatasetListModel::Name, euro).data().toString(), QStringLiteral("Version 1"));
        QCOMPARE(model->index(0, DatasetListModel::Kind, euro).data().toString(), QStringLiteral("Import"));
        QCOMPARE(model->index(1, DatasetListModel::Kind, euro).data().toString(), QStringLiteral("Append"));
        QCOMPARE(model->index(1, DatasetListModel::CreatedBy, euro).data().toString(), QStringLiteral("tester"));
        QCOMPARE(model->index(1, 0, euro).data(DatasetListModel::RefRole).toString(), QStringLiteral("euro@2"));
        const QModelIndex sales = model->versionIndex(QStringLiteral("sales"));
        QCOMPARE(sales.data(DatasetListModel::VersionIdRole).toLongLong(), m_sales.version.id);
        QCOMPARE(rows(sales.row(), sales.parent()), QLocale().toString(10000));
    }

    void selectingAVersionLoadsItsTable()
    {
        m_page->tree()->setCurrentIndex(m_page->listModel()->versionIndex(QStringLiteral("sales"), 1));
        QCOMPARE(m_page->currentVersionId(), m_sales.version.id);
        QTRY_COMPARE(data()->model()->rowCount(), 10000);
        QVERIFY(!data()->isLoading());
        const auto table = DatasetStore::loadTable(db(), m_sales.version.id);
        QVERIFY(table);
        TableModel* model = data()->model();
        QCOMPARE(model->columnCount(), table->columnCount());
        QCOMPARE(m_sales.version.columns.size(), table->columnCount());
        for (int c = 0; c < model->columnCount(); ++c)
            QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), expectedHeader(m_sales.version.columns.at(c)));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Licence plate"));
        for (int row : {0, 1, 2, 4999, 9999})
            for (int c = 0; c < model->columnCount(); ++c)
                QCOMPARE(model->index(row, c).data().toString(), table->column(c).displayText(row));
        // Row 2 of the file is an electric car without engine size: a null, shown empty and greyed.
        const int engine = table->indexOf(QStringLiteral("engine_l"));
        QVERIFY(model->index(1, engine).data(TableModel::IsNullRole).toBool());
        QVERIFY(model->index(1, engine).data(Qt::BackgroundRole).isValid());
        const int mileage = table->indexOf(QStringLiteral("mileage_km"));
        QVERIFY(model->index(0, mileage).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        saveScreenshot(*m_window, QStringLiteral("datasets-data"));
    }

    void detailsShowLineageDialectAndReport()
    {
        QVERIFY(m_page->showVersion(QStringLiteral("sales")));
        VersionDetails* details = m_page->details();
        m_page->tabs()->setCurrentWidget(details);
        QFile file(fixture("sales-clean-10k.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        const auto text = [&](const char* name) { return details->valueText(QLatin1String(name)); };
        QCOMPARE(text("sourceFileValue"), QStringLiteral("sales-clean-10k.csv"));
        QCOMPARE(text("sourceShaValue"), sha);
        QCOMPARE(text("contentShaValue"), m_sales.version.contentSha256);
        QCOMPARE(text("parentValue"), QStringLiteral("None (first version)"));
        QCOMPARE(text("encodingValue"), QStringLiteral("utf-8"));
        QCOMPARE(text("delimiterValue"), QStringLiteral("“,”"));
        QCOMPARE(text("decimalValue"), QStringLiteral("“.”"));
        QCOMPARE(text("headerValue"), QStringLiteral("Yes"));
        QVERIFY(text("dateFormatsValue").contains(QStringLiteral("sale_date: iso")));
        const QLocale locale;
        QCOMPARE(text("rowsReadValue"), locale.toString(10000));
        QCOMPARE(text("rowsImportedValue"), locale.toString(10000));
        QCOMPARE(text("rowsRejectedValue"), locale.toString(0));
        QVERIFY(text("secondsValue").endsWith(QStringLiteral(" s")));
        const QTableWidget* columns = details->columnsTable();
        QCOMPARE(columns->rowCount(), m_sales.version.columns.size());
        QCOMPARE(columns->item(0, 1)->text(), QStringLiteral("Licence plate (plate)"));
        QCOMPARE(columns->item(0, 3)->text(), m_sales.version.columns.at(0).source);
        saveScreenshot(*m_window, QStringLiteral("datasets-details"));

        QVERIFY(m_page->showVersion(QStringLiteral("euro@2")));
        QCOMPARE(text("parentValue"), QStringLiteral("euro@1"));
        QCOMPARE(text("kindValue"), QStringLiteral("Append"));
        QCOMPARE(text("decimalValue"), QStringLiteral("“,”"));
        QVERIFY(text("dateFormatsValue").contains(QStringLiteral("dd.mm.yyyy")));
        m_page->tabs()->setCurrentIndex(0);
    }

    void searchFindsPlates()
    {
        QVERIFY(m_page->showVersion(QStringLiteral("sales")));
        QTRY_COMPARE(data()->model()->rowCount(), 10000);
        // A plate from the file itself, searched by its lower-cased district and letters ("fr-go").
        QFile file(fixture("sales-clean-10k.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        const QString plate = QString::fromUtf8(file.readLine()).section(QLatin1Char(','), 0, 0);
        const QString needle = plate.section(QLatin1Char(' '), 0, 0).toLower();

        auto table = DatasetStore::loadTable(db(), m_sales.version.id);
        const Column& plates = *table->find(QStringLiteral("plate"));
        std::vector<int64_t> expected;
        for (int64_t r = 0; r < table->rowCount(); ++r)
            if (plates.displayText(r).contains(needle, Qt::CaseInsensitive))
                expected.push_back(r);
        QVERIFY(!expected.empty());

        QSignalSpy finished(data(), &DataBrowser::searchFinished);
        QTest::keyClicks(data()->searchEdit(), needle);
        QTRY_COMPARE(data()->matchCount(), qint64(expected.size()));
        QCOMPARE(finished.last().at(0).toLongLong(), qint64(expected.size()));
        TableModel* model = data()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->tableRow(r), expected[size_t(r)]);
        auto* count = data()->findChild<QLabel*>(QStringLiteral("matchCountLabel"));
        QVERIFY(count->text().startsWith(QLocale().toString(qint64(expected.size())) + QStringLiteral(" of ")));

        // The exact plate, upper case: found too.
        data()->searchEdit()->setText(plate.toUpper());
        data()->search();
        QVERIFY(data()->matchCount() >= 1);
        QCOMPARE(model->index(0, 0).data().toString(), plate);

        // All text columns: a region with an umlaut.
        data()->allTextColumnsCheck()->setChecked(true);
        data()->searchEdit()->setText(QStringLiteral("WÜRTT"));
        data()->search();
        qint64 regions = 0;
        const Column& region = *table->find(QStringLiteral("region"));
        for (int64_t r = 0; r < table->rowCount(); ++r)
            regions += region.displayText(r).contains(QStringLiteral("württ"), Qt::CaseInsensitive);
        QVERIFY(regions > 0);
        QCOMPARE(data()->matchCount(), regions);
        data()->allTextColumnsCheck()->setChecked(false);
        QCOMPARE(data()->matchCount(), 0); // no plate contains it

        data()->searchEdit()->clear();
        QCOMPARE(data()->matchCount(), -1);
        QCOMPARE(model->rowCount(), 10000);
    }

    void rejectedRowsArePagedAndExported()
    {
        QVERIFY(m_page->showVersion(QStringLiteral("bad")));
        RejectsTab* tab = m_page->rejectsTab();
        m_page->tabs()->setCurrentWidget(tab);
        const qint64 total = *DatasetStore::rejectCount(db(), m_bad.version.id);
        QCOMPARE(total, 1200);
        QCOMPARE(tab->totalCount(), total);
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tab->model()->rowCount(), int(RejectsTab::kPageSize));
        QVERIFY(m_page->tabs()->tabText(2).contains(QLocale().toString(total)));
        const auto first = DatasetStore::rejects(db(), m_bad.version.id, 0, 1);
        QCOMPARE(tab->model()->rows().first(), first->first());
        QCOMPARE(tab->model()->index(0, RejectsModel::SourceColumn).data().toString(), QStringLiteral("mileage_km"));
        saveScreenshot(*m_window, QStringLiteral("datasets-rejects"));
        QVERIFY(tab->loadMoreButton()->isEnabled());
        QTest::mouseClick(tab->loadMoreButton(), Qt::LeftButton);
        QCOMPARE(tab->model()->rowCount(), int(total));
        QVERIFY(!tab->loadMoreButton()->isEnabled());

        const QString out = m_dir.filePath(QStringLiteral("rejects.csv"));
        QSignalSpy exported(tab, &RejectsTab::exportFinished);
        tab->exportTo(out);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toBool(), true);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), total + 1);
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Success);

        QVERIFY(m_page->showVersion(QStringLiteral("sales")));
        QCOMPARE(tab->totalCount(), 0);
        QCOMPARE(m_page->tabs()->tabText(2), QStringLiteral("Rejected rows"));
        QVERIFY(!tab->exportButton()->isEnabled());
        m_page->tabs()->setCurrentIndex(0);
    }

    void showVersionSelectsAndReportsMissing()
    {
        QVERIFY(m_page->showVersion(QStringLiteral("euro@1")));
        QCOMPARE(m_page->currentVersionId(), m_euro1.version.id);
        QCOMPARE(m_page->tree()->currentIndex().data(DatasetListModel::RefRole).toString(), QStringLiteral("euro@1"));
        QCOMPARE(m_page->tabs()->currentWidget(), data());
        QTRY_COMPARE(data()->model()->rowCount(), int(m_euro1.version.rowCount));
        QCOMPARE(data()->versionId(), m_euro1.version.id);
        QVERIFY(m_page->showVersion(QStringLiteral("euro")));
        QCOMPARE(m_page->currentVersionId(), m_euro2.version.id);
        QVERIFY(!m_page->showVersion(QStringLiteral("nope")));
        QVERIFY(m_page->banner()->text().contains(QStringLiteral("nope")));
        QVERIFY(!m_page->showVersion(QStringLiteral("euro@9")));
        QVERIFY(m_page->banner()->text().contains(QStringLiteral("9")));
        QCOMPARE(m_page->currentVersionId(), m_euro2.version.id); // selection unchanged
    }

    void contentChangedRefreshesTheList()
    {
        QVERIFY(m_page->showVersion(QStringLiteral("sales")));
        QTRY_VERIFY(!data()->isLoading());
        import(m_dir.filePath(QStringLiteral("bad.csv")), QStringLiteral("late"));
        m_session->notifyContentChanged(QStringLiteral("audit")); // not ours: no refresh
        QCOMPARE(m_page->listModel()->rowCount(), 4);
        m_session->notifyContentChanged(QStringLiteral("datasets"));
        QCOMPARE(m_page->listModel()->rowCount(), 5);
        // The selection and the loaded table survive the refresh.
        QCOMPARE(m_page->currentVersionId(), m_sales.version.id);
        QCOMPARE(data()->model()->rowCount(), 10000);
        QVERIFY(!data()->isLoading());
    }

    void loadCanBeCancelledAndRetried()
    {
        // One pool thread held by a blocker job: the load waits in the queue, so the cancel surely comes first.
        m_jobs->setMaxThreads(1);
        auto release = std::make_shared<std::atomic<bool>>(false);
        const auto releaseOnExit = qScopeGuard([this, release] { // also when a check fails
            *release = true;
            m_jobs->setMaxThreads(0);
        });
        m_jobs->start(QStringLiteral("blocker"), [release](JobContext&) -> Status {
            while (!*release)
                QThread::msleep(5);
            return {};
        });
        QVERIFY(m_page->showVersion(QStringLiteral("euro@1")));
        QVERIFY(data()->isLoading());
        auto* button = data()->findChild<QPushButton*>(QStringLiteral("loadButton"));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
        QTest::mouseClick(button, Qt::LeftButton);
        *release = true;
        QTRY_VERIFY(!data()->isLoading());
        QCOMPARE(data()->model()->rowCount(), 0);
        QCOMPARE(data()->versionId(), 0);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Retry"));
        m_jobs->setMaxThreads(0);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(data()->model()->rowCount(), int(m_euro1.version.rowCount));
        QCOMPARE(data()->versionId(), m_euro1.version.id);
        QVERIFY(!button->isVisible());
    }

    void deleteAsksThenDeletes()
    {
        QVERIFY(m_page->showVersion(QStringLiteral("doomed")));
        QVERIFY(m_page->deleteButton()->isEnabled());
        // Cancel first: nothing happens.
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QPointer<QMessageBox> box = m_page->findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("doomed")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(box.isNull());
        QVERIFY(m_page->listModel()->datasetIndex(QStringLiteral("doomed")).isValid());

        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        box = m_page->findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QSignalSpy deleted(m_page, &DatasetsPage::datasetDeleted);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(deleted.count(), 1);
        QVERIFY(!m_page->listModel()->datasetIndex(QStringLiteral("doomed")).isValid());
        QCOMPARE(m_page->listModel()->rowCount(), 4);
        QCOMPARE(m_page->currentVersionId(), 0);
        QCOMPARE(m_page->findChild<QStackedWidget*>()->currentIndex(), 0);
        auto resolved = DatasetStore::resolve(db(), *DatasetRef::parse(QStringLiteral("doomed")));
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, ErrorCode::NotFound);
        auto audit = AuditLog::list(db(), 0, 1);
        QVERIFY(audit && !audit->isEmpty());
        QCOMPARE(audit->first().action, QStringLiteral("dataset.delete"));
        QCOMPARE(audit->first().target, QStringLiteral("dataset:doomed"));
        QCOMPARE(audit->first().actor, QStringLiteral("tester"));
    }

    void switchingWorkspaceEmptiesThePage()
    {
        QVERIFY(m_page->showVersion(QStringLiteral("sales")));
        QVERIFY(m_session->createWorkspace(m_dir.filePath(QStringLiteral("empty.valuator"))));
        QCOMPARE(m_page->listModel()->rowCount(), 0);
        QCOMPARE(m_page->currentVersionId(), 0);
        QCOMPARE(data()->model()->rowCount(), 0);
        auto* placeholder = m_page->findChild<QLabel*>(QStringLiteral("placeholderLabel"));
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("No datasets yet")));
        QVERIFY(!m_page->deleteButton()->isEnabled());
    }
};

int runDatasetsPageTests(int argc, char** argv)
{
    TestDatasetsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDatasetsPage.moc"
