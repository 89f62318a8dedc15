// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Error.h"
#include "models/core/Privacy.h"
#include "models/core/Result.h"

#include <QTest>

using namespace valuator;

class TestCore : public QObject {
    Q_OBJECT
private slots:
    void maskPlate_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<QString>("masked");
        QTest::newRow("german") << QStringLiteral("M-AB 1234") << QStringLiteral("M-** ****");
        QTest::newRow("german long") << QStringLiteral("DD-NX 8872E") << QStringLiteral("DD-** *****");
        QTest::newRow("swedish") << QStringLiteral("ABC 12D") << QStringLiteral("AB* ***");
        QTest::newRow("umlaut") << QStringLiteral("LÖ-XY 1") << QStringLiteral("LÖ-** *");
        QTest::newRow("empty") << QString() << QString();
    }
    void maskPlate()
    {
        QFETCH(QString, plate);
        QFETCH(QString, masked);
        QCOMPARE(valuator::maskPlate(plate), masked);
        QCOMPARE(QString::fromStdString(maskPlateUtf8(plate.toStdString())), masked);
    }

    void resultCarriesTypedErrors()
    {
        const auto parse = [](int v) -> Result<int> {
            if (v < 0)
                return fail(ErrorCode::InvalidArgument, QStringLiteral("negative"), QStringLiteral("v=-1"));
            return v * 2;
        };
        QCOMPARE(*parse(2), 4);
        const Result<int> bad = parse(-1);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(bad.error().detail, QStringLiteral("v=-1"));
        QCOMPARE(Error::codeName(ErrorCode::NotAWorkspace), QStringLiteral("not_a_workspace"));
        QCOMPARE(Error::cancelled().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "TestCore.moc"
