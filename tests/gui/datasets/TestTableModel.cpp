// SPDX-License-Identifier: GPL-3.0-or-later
// TableModel and RowSearch, up to a 1,000,000-row synthetic table in a real (offscreen) QTableView.
#include "models/table/Table.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/DataBrowser.h"
#include "widgets/datasets/RowSearch.h"
#include "widgets/datasets/TableModel.h"
#include "widgets/datasets/TableViewSetup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "DatasetsTestSuites.h"

using namespace valuator;

namespace {

constexpr int64_t kMillion = 1000000;

/// plate (unique text), sale_price (Float64, every 97th null), sale_date (Date), mileage_km (Int64), equipment
/// (TextList, every 4th row empty = null), dealer_note (an extra text column).
std::shared_ptr<const Table> syntheticTable(int64_t rows)
{
    static const char* const kTokens[] = {"navigation", "Sitzheizung", "rear camera", "tow bar"};
    Column plate(QStringLiteral("plate"), ColumnType::Text);
    Column price(QStringLiteral("sale_price"), ColumnType::Float64);
    Column date(QStringLiteral("sale_date"), ColumnType::Date);
    Column mileage(QStringLiteral("mileage_km"), ColumnType::Int64);
    Column equipment(QStringLiteral("equipment"), ColumnType::TextList);
    Column note(QStringLiteral("dealer_note"), ColumnType::Text);
    char buffer[32];
    for (int64_t i = 0; i < rows; ++i) {
        std::snprintf(buffer, sizeof buffer, "%c%c-%c%c %lld", 'A' + int(i % 26), 'A' + int(i / 26 % 26),
            'A' + int(i / 676 % 26), 'A' + int(i / 17576 % 26), static_cast<long long>(i % 10000));
        plate.appendText(buffer);
        if (i % 97 == 0)
            price.appendNull();
        else
            price.appendDouble(5000.5 + double(i % 40000));
        date.appendDate(int32_t(15000 + i % 3000));
        mileage.appendInt(i * 7 % 300000);
        for (int64_t t = 0; t < i % 4; ++t)
            equipment.appendListToken(kTokens[(i + t) % 4]);
        equipment.endListRow();
        note.appendText(i % 1000 == 0 ? "Jahreswagen Überführung" : "ok");
    }
    auto table = std::make_shared<Table>();
    for (Column* c : {&plate, &price, &date, &mileage, &equipment, &note})
        table->addColumn(std::move(*c));
    return table;
}

/// Rows whose text in any of `columns` contains `needle`, computed the slow, obvious way.
std::vector<int64_t> expectedRows(const Table& table, const QString& needle, const std::vector<int>& columns)
{
    std::vector<int64_t> rows;
    for (int64_t r = 0; r < table.rowCount(); ++r)
        for (int c : columns)
            if (table.column(c).displayText(r).contains(needle, Qt::CaseInsensitive)) {
                rows.push_back(r);
                break;
            }
    return rows;
}

/// Counts data() calls, to show a view only formats what it shows.
class CountingTableModel : public TableModel {
public:
    using TableModel::TableModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        ++calls;
        return TableModel::data(index, role);
    }
    mutable qint64 calls = 0;
};

} // namespace

class TestTableModel : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Table> m_big;

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_big = syntheticTable(kMillion);
        qInfo("built the 1,000,000-row table in %lld ms", timer.elapsed());
        QCOMPARE(m_big->rowCount(), kMillion);
    }

    void mapsColumnsRowsAndHeaders()
    {
        auto table = syntheticTable(10);
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setTable(table);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Licence plate"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Mileage (km)"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("dealer_note"));
        QCOMPARE(model.headerData(4, Qt::Vertical).toString(), QStringLiteral("5"));
        model.setHeaderLabels({QStringLiteral("Kennzeichen")});
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kennzeichen"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Sale price"));

        // Values, alignment and nulls.
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("5001.5"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("2011-01-27")); // day 15001
        QCOMPARE(model.index(3, 4).data().toString(), QStringLiteral("tow bar; navigation; Sitzheizung"));
        const auto align
            = [&](int r, int c) { return model.index(r, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>(); };
        QVERIFY(align(1, 1) & Qt::AlignRight);
        QVERIFY(align(1, 3) & Qt::AlignRight);
        QVERIFY(align(1, 0) & Qt::AlignLeft);
        QCOMPARE(model.index(0, 1).data().toString(), QString()); // row 0 price is null
        QVERIFY(model.index(0, 1).data(TableModel::IsNullRole).toBool());
        QVERIFY(model.index(0, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, 4).data(TableModel::IsNullRole).toBool()); // empty equipment list
        QCOMPARE(model.index(1, 3).data(TableModel::NumberRole).toDouble(), 7.0);

        // Column selection and row filter.
        model.setColumns({3, 0, 42});
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.tableColumn(1), 0);
        QCOMPARE(model.modelColumn(3), 0);
        QCOMPARE(model.modelColumn(1), -1);
        model.setRowFilter({7, 2, 99});
        QVERIFY(model.hasRowFilter());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.tableRow(0), 7);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, 1).data().toString(), table->column(0).displayText(7));
        model.setRowFilter({});
        QCOMPARE(model.rowCount(), 0);
        model.clearRowFilter();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.tableRow(9), 9);
        model.setTable(nullptr);
        QCOMPARE(model.columnCount(), 0);
    }

    void searchIsCaseInsensitiveAcrossTextColumns()
    {
        auto table = syntheticTable(20000);
        const std::vector<int> plate {0};
        for (const QString& needle : {QStringLiteral("ab-"), QStringLiteral("B-A"), QStringLiteral(" 12")}) {
            auto rows = RowSearch::find(*table, needle, plate);
            QVERIFY(rows);
            QVERIFY(!rows->empty());
            QCOMPARE(*rows, expectedRows(*table, needle, plate));
        }
        const std::vector<int> text = RowSearch::textColumns(*table);
        QCOMPARE(text, (std::vector<int> {0, 4, 5}));
        // Non-ASCII needle (Unicode case folding) and list tokens.
        for (const QString& needle : {QStringLiteral("ÜBERFÜHRUNG"), QStringLiteral("sitzheiz")}) {
            auto rows = RowSearch::find(*table, needle, text);
            QVERIFY(rows);
            QVERIFY(!rows->empty());
            QCOMPARE(*rows, expectedRows(*table, needle, text));
        }
        QVERIFY(RowSearch::find(*table, QStringLiteral("zzz-not-there"), text)->empty());
        QVERIFY(RowSearch::find(*table, QString(), text)->empty());
        QVERIFY(RowSearch::find(*table, QStringLiteral("ab"), {1, 2, 3})->empty()); // numbers are not searched
        int calls = 0;
        auto cancelled
            = RowSearch::find(*table, QStringLiteral("a"), plate, [&](qint64, qint64) { return ++calls < 1; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void millionRowsScrollCheaply()
    {
        CountingTableModel model;
        model.setTable(m_big);
        QElapsedTimer timer;
        timer.start();
        {
            // Walks every index once (~2 s here); row-filter changes are checked on the small table above, as each
            // one would walk the million rows again.
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        qInfo("QAbstractItemModelTester over 1,000,000 x 6: %lld ms", timer.elapsed());

        QTableView view;
        setUpLargeTableView(&view);
        view.setModel(&model);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

        model.calls = 0;
        timer.restart();
        fitColumnsToSample(&view);
        qInfo("fitColumnsToSample: %lld ms, %lld data() calls", timer.elapsed(), model.calls);
        QVERIFY(model.calls <= 200 * 6);

        model.calls = 0;
        timer.restart();
        view.scrollToBottom();
        view.viewport()->repaint(); // paints synchronously: data() for the visible cells only
        qInfo("scrollToBottom + paint: %lld ms, %lld data() calls", timer.elapsed(), model.calls);
        QVERIFY(model.calls > 0);
        QVERIFY(model.calls < 20000); // ~30 visible rows x 6 columns x a few roles, not 1,000,000 rows
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        const int lastVisible = view.rowAt(view.viewport()->height() - 2);
        QCOMPARE(lastVisible, int(kMillion - 1));
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.index(int(kMillion - 1), c).data().toString(), m_big->column(c).displayText(kMillion - 1));

        // Filtering keeps the column widths (rows are removed and inserted, not reset).
        const int width = view.columnWidth(0);
        model.setRowFilter({0, kMillion - 1});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(view.columnWidth(0), width);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("1000000"));
        model.clearRowFilter();
        QCOMPARE(model.rowCount(), int(kMillion));
    }

    void dataBrowserSearchesLargeTablesInAJob()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        JobRunner jobs;
        Session session(settings, jobs);
        MessageBanner banner;
        DataBrowser browser(session, &banner);
        browser.resize(1000, 600);
        browser.show();
        browser.showTable(m_big);
        QCOMPARE(browser.model()->rowCount(), int(kMillion));
        QCOMPARE(browser.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Licence plate"));

        const QString needle = QStringLiteral("zy-ab");
        const auto expected = expectedRows(*m_big, needle, {0});
        QVERIFY(!expected.empty());
        browser.searchEdit()->setText(needle);
        browser.search();
        QVERIFY(browser.isSearching()); // over kSyncSearchRows: a background job
        QTRY_COMPARE(browser.matchCount(), qint64(expected.size()));
        QVERIFY(!browser.isSearching());
        for (int r = 0; r < browser.model()->rowCount(); ++r)
            QCOMPARE(browser.model()->tableRow(r), expected[size_t(r)]);
        auto* count = browser.findChild<QLabel*>(QStringLiteral("matchCountLabel"));
        QVERIFY(count->text().contains(QString::number(expected.size())));

        browser.searchEdit()->clear(); // clearing restores all rows at once
        QCOMPARE(browser.matchCount(), -1);
        QCOMPARE(browser.model()->rowCount(), int(kMillion));

        // A table without a plate column can only be searched across its text columns.
        auto noPlate = std::make_shared<Table>();
        Column brand(QStringLiteral("brand"), ColumnType::Text);
        for (const char* b : {"Opel", "BMW", "Opel"})
            brand.appendText(b);
        noPlate->addColumn(std::move(brand));
        browser.showTable(noPlate);
        QVERIFY(browser.allTextColumnsCheck()->isChecked());
        QVERIFY(!browser.allTextColumnsCheck()->isEnabled());
        browser.searchEdit()->setText(QStringLiteral("opel"));
        browser.search();
        QCOMPARE(browser.matchCount(), 2);
        browser.showTable(m_big); // the search text stays and applies to the new table
        QVERIFY(!browser.allTextColumnsCheck()->isChecked());
        QVERIFY(browser.allTextColumnsCheck()->isEnabled());
        QTRY_COMPARE(browser.matchCount(), 0);
        browser.clear();
        jobs.waitForAll(5000);
    }
};

int runTableModelTests(int argc, char** argv)
{
    TestTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTableModel.moc"
