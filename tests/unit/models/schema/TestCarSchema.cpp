// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/schema/CarSchema.h"
#include "models/schema/ColumnMapping.h"

#include <QJsonDocument>
#include <QTest>

using namespace valuator;

class TestCarSchema : public QObject {
    Q_OBJECT
private slots:
    void keysAreUniqueAndOrdered()
    {
        QSet<QString> keys;
        int index = 0;
        for (const FieldDef& def : CarSchema::fields()) {
            QCOMPARE(int(def.field), index++);
            QVERIFY2(!keys.contains(QLatin1String(def.key)), def.key);
            keys.insert(QLatin1String(def.key));
            QCOMPARE(CarSchema::byKey(QString::fromLatin1(def.key)), &def);
        }
        QCOMPARE(index, kCarFieldCount);
        QCOMPARE(CarSchema::requiredKeys(),
            QStringLiteral("brand,model,model_year,mileage_km,sale_date,sale_price").split(QLatin1Char(',')));
        QVERIFY(CarSchema::field(CarField::Plate).personal);
    }

    void normaliseName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("umlaut") << QStringLiteral("Mätarställning") << QStringLiteral("matarstallning");
        QTest::newRow("eszett") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("punctuation") << QStringLiteral(" Kilometer-Stand (km) ") << QStringLiteral("kilometerstandkm");
        QTest::newRow("snake") << QStringLiteral("sale_price") << QStringLiteral("saleprice");
    }
    void normaliseName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(CarSchema::normaliseName(input), expected);
    }

    void matchHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        QTest::newRow("en key") << QStringLiteral("mileage_km") << QStringLiteral("mileage_km");
        QTest::newRow("de Marke") << QStringLiteral("Marke") << QStringLiteral("brand");
        QTest::newRow("sv Märke") << QStringLiteral("Märke") << QStringLiteral("brand");
        QTest::newRow("de Kilometerstand") << QStringLiteral("Kilometerstand") << QStringLiteral("mileage_km");
        QTest::newRow("sv Mätarställning") << QStringLiteral("Mätarställning") << QStringLiteral("mileage_km");
        QTest::newRow("de Preis") << QStringLiteral("Preis") << QStringLiteral("sale_price");
        QTest::newRow("sv Pris") << QStringLiteral("Pris") << QStringLiteral("sale_price");
        QTest::newRow("de Kennzeichen") << QStringLiteral("Kennzeichen") << QStringLiteral("plate");
        QTest::newRow("sv Registreringsnummer") << QStringLiteral("Registreringsnummer") << QStringLiteral("plate");
        QTest::newRow("unit suffix") << QStringLiteral("Preis (EUR)") << QStringLiteral("sale_price");
        QTest::newRow("unit suffix kW") << QStringLiteral("Leistung kW") << QStringLiteral("power_kw");
        QTest::newRow("sv Årsmodell") << QStringLiteral("Årsmodell") << QStringLiteral("model_year");
        QTest::newRow("color us") << QStringLiteral("Color") << QStringLiteral("colour");
        QTest::newRow("unknown") << QStringLiteral("Internal note") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void matchHeader()
    {
        QFETCH(QString, header);
        QFETCH(QString, key);
        const FieldDef* def = CarSchema::matchHeader(header);
        QCOMPARE(def ? QString::fromLatin1(def->key) : QString(), key);
    }

    void autoMapFixtureHeader()
    {
        const QStringList headers = QStringLiteral("plate,brand,model,model_year,mileage_km,fuel,transmission,"
                                                   "power_kw,engine_l,body_type,color,equipment,region,"
                                                   "seller_type,owners,sale_date,sale_price,notes")
                                        .split(QLatin1Char(','));
        const ColumnMapping m = ColumnMapping::autoMap(headers);
        QVERIFY(m.missingRequired().isEmpty());
        QCOMPARE(m.source(CarField::Colour).column, QStringLiteral("color"));
        QCOMPARE(m.extraColumns(headers), QStringList {QStringLiteral("notes")});
        QVERIFY(m.validate(headers));
    }

    void firstMatchWinsDuplicatesStayExtra()
    {
        const QStringList headers {QStringLiteral("Preis"), QStringLiteral("Price")};
        const ColumnMapping m = ColumnMapping::autoMap(headers);
        QCOMPARE(m.source(CarField::SalePrice).column, QStringLiteral("Preis"));
        QCOMPARE(m.extraColumns(headers), QStringList {QStringLiteral("Price")});
    }

    void missingRequiredFieldIsNamed()
    {
        const QStringList headers {QStringLiteral("brand"), QStringLiteral("model"), QStringLiteral("mileage"),
            QStringLiteral("sale_date"), QStringLiteral("price")};
        ColumnMapping m = ColumnMapping::autoMap(headers);
        const Status s = m.validate(headers);
        QVERIFY(!s);
        QVERIFY2(s.error().userMessage.contains(QStringLiteral("'model_year'")), qPrintable(s.error().userMessage));
        // A constant satisfies the requirement.
        m.setSource(CarField::ModelYear, {FieldSource::Kind::Constant, {}, QStringLiteral("2005"), {}});
        QVERIFY(m.validate(headers));
    }

    void validateRejectsUnknownColumns()
    {
        ColumnMapping m = ColumnMapping::autoMap({QStringLiteral("brand")});
        m.mapColumn(CarField::Model, QStringLiteral("Modell"));
        const Status s = m.validate({QStringLiteral("brand")});
        QVERIFY(!s);
        QVERIFY(s.error().userMessage.contains(QStringLiteral("'Modell'")));
        m.setSource(CarField::Model, {FieldSource::Kind::Indicators, {}, {}, {QStringLiteral("Golf")}});
        QVERIFY(m.validate({QStringLiteral("brand")}).error().userMessage.contains(QStringLiteral("'Golf'")));
    }

    void jsonRoundTrip()
    {
        ColumnMapping m = ColumnMapping::autoMap({QStringLiteral("Marke"), QStringLiteral("Modell")});
        m.setSource(CarField::SaleDate, {FieldSource::Kind::Constant, {}, QStringLiteral("2005-06-30"), {}});
        m.setSource(
            CarField::Region, {FieldSource::Kind::Indicators, {}, {}, {QStringLiteral("Nord"), QStringLiteral("Süd")}});
        const QByteArray text = QJsonDocument(m.toJson()).toJson();
        const auto back = ColumnMapping::fromJsonText(text, QStringLiteral("map.json"));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().userMessage));
        QCOMPARE(*back, m);
    }

    void jsonErrorsNamePlace_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"car-valuator-mapping\",\n  \"fields\": {,}\n}")
                                << QStringLiteral("map.json: line 3, column");
        QTest::newRow("not a mapping") << QByteArray("{\"a\":1}") << QStringLiteral("not a column mapping");
        QTest::newRow("unknown field") << QByteArray(
            R"({"format":"car-valuator-mapping","version":1,"fields":{"wheels":{"column":"x"}}})")
                                       << QStringLiteral("unknown field 'wheels'");
        QTest::newRow("empty source") << QByteArray(
            R"({"format":"car-valuator-mapping","version":1,"fields":{"brand":{}}})")
                                      << QStringLiteral("field 'brand' needs");
        QTest::newRow("newer") << QByteArray(R"({"format":"car-valuator-mapping","version":9,"fields":{}})")
                               << QStringLiteral("mapping version 9");
    }
    void jsonErrorsNamePlace()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto r = ColumnMapping::fromJsonText(text, QStringLiteral("map.json"));
        QVERIFY(!r);
        QVERIFY2(r.error().userMessage.contains(expected), qPrintable(r.error().userMessage));
    }
};

QTEST_GUILESS_MAIN(TestCarSchema)
#include "TestCarSchema.moc"
