// SPDX-License-Identifier: GPL-3.0-or-later
// Import page: running imports (result, rejects, refusal, cancel) against a real workspace.
#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/import/DialectPanel.h"
#include "widgets/import/ImportPage.h"
#include "widgets/import/ImportPreviewModel.h"
#include "widgets/import/ImportRejectsModel.h"
#include "widgets/import/ImportResultPanel.h"
#include "widgets/import/ImportRunBar.h"
#include "widgets/import/IndicatorDialog.h"
#include "widgets/import/MappingModel.h"
#include "widgets/import/MappingPanel.h"
#include "widgets/import/SourceEditor.h"
#include "widgets/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>

#include "ImportPageFixture.h"

using namespace valuator;
using namespace importtest;

class TestImportRun : public ImportPageFixture {
    Q_OBJECT
private slots:
    void importNeedsAFileAndAWorkspace()
    {
        QVERIFY(!importButton()->isEnabled());
        QVERIFY(importButton()->toolTip().contains(QStringLiteral("CSV file")));
        Session closed(*m_settings, *m_jobs);
        ImportPage page(closed);
        QVERIFY(!page.runBar()->importButton()->isEnabled());
        QVERIFY(page.blockingReason().contains(QStringLiteral("workspace")));

        const QString binary = path(QStringLiteral("binary.csv"));
        QVERIFY(writeFile(binary, QByteArray("brand,model\n\0\0\0x\n", 18)));
        m_page->openFile(binary);
        QTRY_VERIFY(!m_page->isPreviewRunning());
        QVERIFY(!m_page->preview().has_value());
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_page->banner()->text().contains(QStringLiteral("binary")));
        QVERIFY(!importButton()->isEnabled());
        QVERIFY(importButton()->toolTip().contains(QStringLiteral("binary")));
        QVERIFY(m_page->dialectPanel()->isEnabled());
        m_page->openFile(path(QStringLiteral("missing.csv")));
        QVERIFY(m_page->banner()->text().contains(QStringLiteral("no such file")));
    }

    void importShowsResultAndRejects()
    {
        const QString file = fixture("sales-euro-cp1252-5k.csv");
        open(file);
        m_page->mappingPanel()->model()->setSource(CarField::ModelYear, constant(QStringLiteral("2005")));
        QVERIFY(importButton()->isEnabled());
        QSignalSpy imported(m_page, &ImportPage::datasetImported);
        QSignalSpy changed(m_session.get(), &Session::contentChanged);
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QVERIFY(m_page->isImportRunning());
        QVERIFY(!importButton()->isEnabled());
        auto* rowsRead = m_page->findChild<QLabel*>(QStringLiteral("resultRowsRead"));
        QTRY_COMPARE_WITH_TIMEOUT(rowsRead->text(), QLocale().toString(5000), kImportTimeoutMs);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toString(), QStringLiteral("sales-euro-cp1252-5k@1"));
        QVERIFY(changed.contains(QVariantList {QStringLiteral("datasets")}));
        QCOMPARE(m_page->tabs()->currentWidget(), m_page->resultPanel());

        // The same request straight through the service, into a second workspace.
        const QString second = path(QStringLiteral("second.valuator"));
        QVERIFY(Workspace::create(second, QStringLiteral("tester")));
        ImportRequest request;
        request.filePath = file;
        request.actor = QStringLiteral("tester");
        auto preview = ImportService::preview(file);
        QVERIFY(preview);
        ColumnMapping mapping = preview->settings.mapping;
        mapping.setSource(CarField::ModelYear, constant(QStringLiteral("2005")));
        request.overrides.mapping = mapping;
        auto expected = ImportService::run(second, request);
        QVERIFY2(expected, expected ? "" : qPrintable(expected.error().userMessage));
        const QLocale locale;
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("resultImported"))->text(),
            locale.toString(expected->stats.rowsImported));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("resultRejected"))->text(),
            locale.toString(expected->stats.rowsRejected));
        ImportRejectsModel* rejects = m_page->resultPanel()->rejectsModel();
        QCOMPARE(rejects->rowCount(), int(expected->rejected.size()));
        QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("exportRejectsButton"))->isEnabled());

        QSignalSpy openRequested(m_page, &ImportPage::openDatasetRequested);
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("openDatasetButton")), Qt::LeftButton);
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.first().first().toString(), QStringLiteral("sales-euro-cp1252-5k@1"));

        // Again under the same name without "append": refused, nothing changes.
        QSignalSpy finished(m_page, &ImportPage::importFinished);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("datasetNameHint"))->isVisibleTo(m_page));
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kImportTimeoutMs);
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_page->banner()->text().contains(QStringLiteral("append")));
        QCOMPARE(datasets().size(), 1);
        QCOMPARE(datasets().first().versions.size(), 1);
        QCOMPARE(imported.size(), 1);

        // With "append": version 2.
        m_page->findChild<QCheckBox*>(QStringLiteral("appendCheck"))->setChecked(true);
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, kImportTimeoutMs);
        QCOMPARE(imported.last().first().toString(), QStringLiteral("sales-euro-cp1252-5k@2"));
        QCOMPARE(datasets().first().versions.size(), 2);
    }

    void rejectedRowsAreListedAndExported()
    {
        QFile source(fixture("sales-euro-cp1252-5k.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes += "B-XX "
                 "1;Opel;Astra;2018;viel;petrol;manual;70;1,3;hatchback;silver;x;Berlin;dealer;4;26.04.2024;8590,00\r\n"
                 "B-XX 2;Opel;Astra\r\n"
                 "B-XX 3;Opel;Astra;2018;100;petrol;manual;70;1,3;hatchback;silver;x;Berlin;dealer;4;gestern;teuer\r\n";
        const QString file = path(QStringLiteral("with-rejects.csv"));
        QVERIFY(writeFile(file, bytes));
        open(file);
        QSignalSpy finished(m_page, &ImportPage::importFinished);
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kImportTimeoutMs);
        const QLocale locale;
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("resultRowsRead"))->text(), locale.toString(5003));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("resultImported"))->text(), locale.toString(5000));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("resultRejected"))->text(),
            QStringLiteral("3 rows (4 problems)"));
        ImportRejectsModel* rejects = m_page->resultPanel()->rejectsModel();
        QAbstractItemModelTester tester(rejects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rejects->rowCount(), 4);
        QList<qint64> lines;
        for (const RejectedRow& r : rejects->rejects())
            lines << r.line;
        QCOMPARE(lines, QList<qint64>({5002, 5003, 5004, 5004}));
        QCOMPARE(rejects->index(1, ImportRejectsModel::ColumnColumn).data().toString(), QStringLiteral("(whole row)"));
        QCOMPARE(rejects->index(0, ImportRejectsModel::RawColumn).data().toString(), QStringLiteral("viel"));

        QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("exportRejectsButton"))->isEnabled());
        const QString exported = path(QStringLiteral("rejects.csv"));
        QVERIFY(m_page->resultPanel()->exportRejects(exported));
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(),
            QByteArray("\xEF\xBB\xBFline,column,reason,raw\r\n"
                       "5002,mileage_km,mileage_km: not a number,viel\r\n"
                       "5003,,\"expected 17 fields as in the header, found 3\",B-** *;Opel;Astra\r\n"
                       "5004,sale_date,sale_date: not a date,gestern\r\n"
                       "5004,sale_price,sale_price: not a number,teuer\r\n"));
        saveScreenshot(*m_window, QStringLiteral("import-result"));
    }

    void cancelLeavesTheWorkspaceUnchanged()
    {
        const QString big = path(QStringLiteral("big-300k.csv"));
        QVERIFY(writeRepeatedClean(big, 30));
        open(big);
        const auto infoBefore = m_session->workspace()->info();
        QVERIFY(infoBefore);
        QSignalSpy finished(m_page, &ImportPage::importFinished);
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QPushButton* cancel = m_page->runBar()->cancelButton();
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kImportTimeoutMs);
        QCOMPARE(m_page->banner()->text(), QStringLiteral("Import cancelled; nothing was changed."));
        QVERIFY(datasets().isEmpty());
        const auto infoAfter = m_session->workspace()->info();
        QVERIFY(infoAfter);
        QCOMPARE(infoAfter->tables.size(), infoBefore->tables.size());
        for (qsizetype i = 0; i < infoAfter->tables.size(); ++i)
            QCOMPARE(infoAfter->tables[i].rows, infoBefore->tables[i].rows);
        QVERIFY(!cancel->isVisible());
        QVERIFY(importButton()->isEnabled());
    }
};

int runImportRunTests(int argc, char** argv)
{
    TestImportRun test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestImportRun.moc"
