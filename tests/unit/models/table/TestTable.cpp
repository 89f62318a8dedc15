// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/table/ColumnCodec.h"
#include "models/table/Table.h"

#include <QRandomGenerator>
#include <QTest>

using namespace valuator;

namespace {

Column makeColumn(ColumnType type, int rows, int distinct, quint32 seed)
{
    QRandomGenerator rng(seed);
    Column c(QStringLiteral("c"), type);
    for (int r = 0; r < rows; ++r) {
        const bool null = rng.bounded(10) == 0;
        if (null) {
            c.appendNull();
            continue;
        }
        const int v = int(rng.bounded(distinct));
        switch (type) {
        case ColumnType::Float64:
            c.appendDouble(v * 0.5 - 3);
            break;
        case ColumnType::Int64:
            c.appendInt(int64_t(v) * 1000003 - 7);
            break;
        case ColumnType::Date:
            c.appendDate(v - 5000);
            break;
        case ColumnType::Text:
            c.appendText(std::to_string(v) + "-ä");
            break;
        case ColumnType::TextList:
            for (int t = 0; t <= v % 4; ++t)
                c.appendListToken("tok" + std::to_string((v + t) % distinct));
            c.endListRow();
            break;
        }
    }
    return c;
}

QStringList texts(const Column& c)
{
    QStringList out;
    for (int64_t r = 0; r < c.size(); ++r)
        out << (c.isNull(r) ? QStringLiteral("<null>") : c.displayText(r));
    return out;
}

} // namespace

class TestTable : public QObject {
    Q_OBJECT
private slots:
    void nullsPerType()
    {
        for (ColumnType t :
            {ColumnType::Float64, ColumnType::Int64, ColumnType::Date, ColumnType::Text, ColumnType::TextList}) {
            Column c(QStringLiteral("x"), t);
            c.appendNull();
            QCOMPARE(c.size(), 1);
            QVERIFY(c.isNull(0));
            QVERIFY(std::isnan(c.number(0)));
            QCOMPARE(c.displayText(0), QString());
        }
    }

    void displayText()
    {
        Column d(QStringLiteral("d"), ColumnType::Date);
        d.appendDate(0);
        d.appendDate(19723); // 2024-01-01
        QCOMPARE(d.displayText(0), QStringLiteral("1970-01-01"));
        QCOMPARE(d.displayText(1), QStringLiteral("2024-01-01"));
        Column l(QStringLiteral("l"), ColumnType::TextList);
        l.appendListToken("navigation");
        l.appendListToken("sunroof");
        l.endListRow();
        l.appendNull();
        QCOMPARE(l.size(), 2);
        QCOMPARE(l.displayText(0), QStringLiteral("navigation; sunroof"));
        QVERIFY(l.isNull(1));
    }

    void appendAllEqualsRowByRow()
    {
        // Chunks with overlapping and new values, nulls, and a target column that already has values: the merged
        // column must read exactly as appending row by row would, for every type.
        for (ColumnType t :
            {ColumnType::Float64, ColumnType::Int64, ColumnType::Date, ColumnType::Text, ColumnType::TextList}) {
            Column byRow = makeColumn(t, 50, 30, 1);
            Column whole = makeColumn(t, 50, 30, 1);
            for (quint32 seed : {2u, 3u}) {
                const Column chunk = makeColumn(t, 400, seed == 2u ? 40 : 300, seed);
                for (int64_t r = 0; r < chunk.size(); ++r)
                    byRow.appendFrom(chunk, r);
                whole.appendAll(chunk);
            }
            QCOMPARE(whole.size(), 850);
            QCOMPARE(texts(whole), texts(byRow));
            if (t == ColumnType::Text || t == ColumnType::TextList) {
                QCOMPARE(whole.dictionary().values(), byRow.dictionary().values()); // same codes, same order
                QCOMPARE(whole.codes(), byRow.codes());
            }
        }
    }

    void codecRoundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("distinct");
        for (int t = 1; t <= 5; ++t) {
            QTest::addRow("type%d-small", t) << t << 10;
            QTest::addRow("type%d-u16", t) << t << 3000;
            QTest::addRow("type%d-u32", t) << t << 70000;
        }
    }
    void codecRoundTrip()
    {
        QFETCH(int, type);
        QFETCH(int, distinct);
        const Column a = makeColumn(ColumnType(type), 20000, distinct, 1);
        const Column b = makeColumn(ColumnType(type), 5000, distinct, 2);
        Column into(QStringLiteral("c"), ColumnType(type));
        QVERIFY(ColumnCodec::decodeAppend(ColumnCodec::encode(a), into));
        QVERIFY(ColumnCodec::decodeAppend(ColumnCodec::encode(b), into));
        QCOMPARE(into.size(), 25000);
        QCOMPARE(texts(into), texts(a) + texts(b));
    }

    void codecRejectsCorruption()
    {
        const Column a = makeColumn(ColumnType::TextList, 500, 40, 3);
        const QByteArray blob = ColumnCodec::encode(a);
        // Every truncation and a byte flip in each position range must fail cleanly or decode consistently.
        for (qsizetype cut = 0; cut < blob.size(); cut += 7) {
            Column into(QStringLiteral("c"), ColumnType::TextList);
            const Status s = ColumnCodec::decodeAppend(QByteArrayView(blob).first(cut), into);
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode::Integrity);
        }
        Column wrongType(QStringLiteral("c"), ColumnType::Text);
        QVERIFY(!ColumnCodec::decodeAppend(blob, wrongType));
        QVERIFY(!ColumnCodec::peek(QByteArrayLiteral("junkjunkjunkjunk")));
    }

    void tableLookup()
    {
        Table t;
        t.addColumn(Column(QStringLiteral("brand"), ColumnType::Text));
        t.addColumn(Column(QStringLiteral("price"), ColumnType::Float64));
        QCOMPARE(t.indexOf(QStringLiteral("price")), 1);
        QCOMPARE(t.indexOf(QStringLiteral("nope")), -1);
        QCOMPARE(t.columnNames(), QStringList({QStringLiteral("brand"), QStringLiteral("price")}));
        t.column(0).appendText("VW");
        t.column(1).appendDouble(1.5);
        QCOMPARE(t.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTable)
#include "TestTable.moc"
