// SPDX-License-Identifier: GPL-3.0-or-later
// Import page: choosing a file, editing the dialect and the mapping, driven like a user.
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
#include <QWheelEvent>

#include "ImportPageFixture.h"

using namespace valuator;
using namespace importtest;

class TestImportEditing : public ImportPageFixture {
    Q_OBJECT
private slots:
    void dialectIsDetectedAndEditable()
    {
        QAbstractItemModelTester tester(m_page->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(fixture("sales-euro-cp1252-5k.csv"));
        DialectPanel* dialect = m_page->dialectPanel();
        QCOMPARE(dialect->encodingCombo()->currentText(), QStringLiteral("Auto (windows-1252)"));
        QCOMPARE(dialect->delimiterCombo()->currentText(), QStringLiteral("Auto (;)"));
        QCOMPARE(dialect->decimalCombo()->currentText(), QStringLiteral("Auto (,)"));
        QCOMPARE(dialect->headerCombo()->currentText(), QStringLiteral("Auto (yes)"));
        ImportPreviewModel* preview = m_page->previewModel();
        QCOMPARE(preview->columnCount(), 17);
        QCOMPARE(preview->rowCount(), ImportPreviewModel::kMaxRows);
        QVERIFY(modelContains(*preview, QStringLiteral("Baden-Württemberg")));
        QCOMPARE(preview->headerData(4, Qt::Horizontal).toString(), QStringLiteral("mileage_km → mileage_km"));
        QCOMPARE(preview->headerData(0, Qt::Vertical).toLongLong(), 2);
        const QStringList before = headerLabels(*preview);

        choose(dialect->delimiterCombo(), int(','));
        QVERIFY(preview->columnCount() < 17);
        QVERIFY(!modelContains(*preview, QStringLiteral("Baden-Württemberg")));
        choose(dialect->delimiterCombo(), {});
        QCOMPARE(headerLabels(*preview), before);
        QVERIFY(modelContains(*preview, QStringLiteral("Baden-Württemberg")));

        // Windows-1252 read as UTF-8 no longer gives the umlaut.
        choose(dialect->encodingCombo(), int(TextEncoding::Latin1));
        QVERIFY(modelContains(*preview, QStringLiteral("Baden-Württemberg"))); // same byte in Latin-1
        choose(dialect->encodingCombo(), int(TextEncoding::Utf8));
        QVERIFY(!modelContains(*preview, QStringLiteral("Baden-Württemberg")));
        choose(dialect->encodingCombo(), {});

        // Two edits in quick succession: only the last preview is shown.
        QSignalSpy shown(m_page, &ImportPage::previewFinished);
        dialect->delimiterCombo()->setCurrentIndex(dialect->delimiterCombo()->findData(int('|')));
        dialect->delimiterCombo()->setCurrentIndex(0);
        QTRY_VERIFY(!m_page->isPreviewRunning());
        QTest::qWait(300); // let a stale result arrive, if any; it must be ignored
        QCOMPARE(shown.size(), 1);
        QCOMPARE(headerLabels(*preview), before);
        QVERIFY(importButton()->isEnabled());
        saveScreenshot(*m_window, QStringLiteral("import-dialect"));
    }

    void dateOrderDecisionBlocksUntilChosen()
    {
        const QString file = path(QStringLiteral("us-dates.csv"));
        QVERIFY(writeFile(file,
            "brand,model,model_year,mileage_km,sale_date,sale_price\n"
            "BMW,X5,2012,109014,03/04/2020,36090\n"
            "Audi,A6,2009,147542,05/06/2021,13390\n"
            "Opel,Astra,2018,100009,07/08/2022,8590\n"));
        open(file);
        DialectPanel* dialect = m_page->dialectPanel();
        QVERIFY(dialect->dateOrderNeeded());
        QVERIFY(dialect->dateOrderCombo()->property("needsDecision").toBool());
        QVERIFY(!importButton()->isEnabled());
        QVERIFY(importButton()->toolTip().contains(QStringLiteral("sale_date")));
        saveScreenshot(*m_window, QStringLiteral("import-date-order"));
        choose(dialect->dateOrderCombo(), int(DateFormat::MonthDayYearSlash));
        QVERIFY(!dialect->dateOrderCombo()->property("needsDecision").toBool());
        QVERIFY2(importButton()->isEnabled(), qPrintable(importButton()->toolTip()));
        QVERIFY(m_page->currentRequest().overrides.dateOrder == DateFormat::MonthDayYearSlash);
    }

    void mappingEditsEnableAndDisableImport()
    {
        MappingModel* model = m_page->mappingPanel()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(fixture("sales-euro-cp1252-5k.csv"));
        m_page->tabs()->setCurrentIndex(1);
        QVERIFY(model->missingRequired().isEmpty());
        for (const QString& key : CarSchema::requiredKeys())
            QVERIFY2(model->mapping().source(CarSchema::byKey(key)->field).isMapped(), qPrintable(key));
        QVERIFY(importButton()->isEnabled());

        SourceEditor* year = m_page->mappingPanel()->editorFor(CarField::ModelYear);
        QVERIFY(year);
        QCOMPARE(year->combo()->currentText(), QStringLiteral("model_year"));
        // Scrolling the table over a combo must not change it.
        QWheelEvent wheel(QPointF(5, 5), year->combo()->mapToGlobal(QPointF(5, 5)), {}, QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(year->combo(), &wheel);
        QCOMPARE(year->combo()->currentText(), QStringLiteral("model_year"));
        QTest::keyClick(year->combo(), Qt::Key_Home); // "(not mapped)"
        QCOMPARE(model->mapping().source(CarField::ModelYear).kind, FieldSource::Kind::None);
        QVERIFY(!importButton()->isEnabled());
        QVERIFY(importButton()->toolTip().contains(QStringLiteral("model_year")));
        auto* status = m_page->findChild<QLabel*>(QStringLiteral("mappingStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("model_year")));
        QVERIFY(model->extraColumns().contains(QStringLiteral("model_year")));
        const QModelIndex yearRow = model->index(MappingModel::rowOf(CarField::ModelYear), MappingModel::IssuesColumn);
        QVERIFY(yearRow.data(Qt::BackgroundRole).isValid());
        saveScreenshot(*m_window, QStringLiteral("import-mapping"));

        QTest::keyClick(year->combo(), Qt::Key_End); // "Constant…": model_year takes no indicator columns
        QVERIFY(year->constantEdit()->isVisibleTo(year));
        QTest::keyClicks(year->constantEdit(), QStringLiteral("2005"));
        QTest::keyClick(year->constantEdit(), Qt::Key_Return);
        QCOMPARE(model->mapping().source(CarField::ModelYear), constant(QStringLiteral("2005")));
        QVERIFY2(importButton()->isEnabled(), qPrintable(importButton()->toolTip()));
        QCOMPARE(model->index(MappingModel::rowOf(CarField::ModelYear), MappingModel::SourceColumn).data().toString(),
            QStringLiteral("Constant: 2005"));
        saveScreenshot(*m_window, QStringLiteral("import-mapping-complete"));
    }

    void indicatorColumnsComeFromTheDialog()
    {
        open(fixture("sales-clean-10k.csv"));
        SourceEditor* colour = m_page->mappingPanel()->editorFor(CarField::Colour);
        QTest::keyClick(colour->combo(), Qt::Key_End); // "Indicator columns…"
        IndicatorDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<IndicatorDialog*>()) && dialog->isVisible());
        dialog->list()->item(5)->setCheckState(Qt::Checked); // fuel
        dialog->list()->item(6)->setCheckState(Qt::Checked); // transmission
        dialog->accept();
        const FieldSource source = m_page->mappingPanel()->model()->mapping().source(CarField::Colour);
        QCOMPARE(source.kind, FieldSource::Kind::Indicators);
        QCOMPARE(source.indicators, QStringList({QStringLiteral("fuel"), QStringLiteral("transmission")}));
        QVERIFY(colour->combo()->currentText().startsWith(QStringLiteral("Indicators: fuel, transmission")));
        QCOMPARE(m_page->previewModel()->headerData(10, Qt::Horizontal).toString(), QStringLiteral("color"));
        QVERIFY(m_page->mappingPanel()->model()->extraColumns().contains(QStringLiteral("color")));
    }

    void mappingSavesAndLoads()
    {
        open(fixture("sales-clean-10k.csv"));
        MappingPanel* panel = m_page->mappingPanel();
        panel->model()->setSource(CarField::ModelYear, constant(QStringLiteral("2011")));
        const ColumnMapping edited = panel->model()->mapping();
        const QString file = path(QStringLiteral("mapping.json"));
        QVERIFY(panel->saveMappingFile(file));
        panel->model()->setSource(CarField::ModelYear, {});
        QVERIFY(panel->loadMappingFile(file));
        QCOMPARE(panel->model()->mapping(), edited);
        QCOMPARE(panel->editorFor(CarField::ModelYear)->constantEdit()->text(), QStringLiteral("2011"));
        QVERIFY(writeFile(path(QStringLiteral("bad.json")), "{\"fields\": ["));
        QVERIFY(!panel->loadMappingFile(path(QStringLiteral("bad.json"))));
        QCOMPARE(panel->model()->mapping(), edited);
    }

    void droppingAFileOpensIt()
    {
        const QString file = path(QStringLiteral("haendler.csv"));
        QVERIFY(writeFile(file,
            "Marke;Modell;Baujahr;Kilometerstand;Verkaufsdatum;Preis\n"
            "BMW;X5;2012;109014;23.11.2017;36090,00\n"
            "Audi;A6;2009;147542;29.11.2017;13390,00\n"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(m_page->filePath(), QFileInfo(file).absoluteFilePath());
        QTRY_VERIFY(!m_page->isPreviewRunning());
        QVERIFY(m_page->preview().has_value());
        QCOMPARE(m_page->previewModel()->headerData(3, Qt::Horizontal).toString(),
            QStringLiteral("Kilometerstand → mileage_km"));
        QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("datasetNameEdit"))->text(), QStringLiteral("haendler"));

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page, &refused);
        QVERIFY(!refused.isAccepted());
    }
};

int runImportEditingTests(int argc, char** argv)
{
    TestImportEditing test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestImportEditing.moc"
