// SPDX-License-Identifier: GPL-3.0-or-later
// PredictionService: scoring CSVs in any dialect with a stored model, unscorable rows, progress and cancel.
#include "services/datasets/DatasetStore.h"
#include "services/training/PredictionService.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "TrainingFixtures.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

/// The rows of a CSV written by PredictionService (comma-separated, no quoted commas in these fixtures).
QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    QList<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    while (!f.atEnd())
        rows.append(QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(',')));
    return rows;
}

struct ProgressLog {
    QList<QPair<qint64, qint64>> reading;
    QList<QPair<qint64, qint64>> scoring;
    PredictProgress fns()
    {
        return {[this](qint64 d, qint64 t) {
                    reading.append({d, t});
                    return true;
                },
            [this](qint64 d, qint64 t) {
                scoring.append({d, t});
                return true;
            }};
    }
};

} // namespace

class TestPredictionService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;
    qint64 m_model = 0;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    PredictRequest request(const QString& input, const QString& output) const
    {
        PredictRequest r;
        r.modelId = m_model;
        r.inputPath = input;
        r.outputPath = output;
        r.valuationDate = QDate(2025, 6, 30);
        return r;
    }

    void write(const QString& file, const QByteArray& text)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("p.valuator"));
        QVERIFY(Workspace::create(m_ws, QStringLiteral("tester")));
        QVERIFY(writeFixtureSlice(QStringLiteral("sales-clean-10k.csv"), path("clean-2k.csv"), 0, 2000));
        QVERIFY(importFile(m_ws, path("clean-2k.csv"), QStringLiteral("clean")));
        auto trained = TrainingService::train(m_ws, fastRequest(QStringLiteral("clean"), SplitKind::Time));
        QVERIFY2(trained, trained ? "" : qPrintable(trained.error().userMessage));
        m_model = trained->run.id;
    }

    void scoresLikeTheStoredModel()
    {
        // The first 300 training rows through the CSV path give the same prices as the model on the dataset.
        QVERIFY(writeFixtureSlice(QStringLiteral("sales-clean-10k.csv"), path("head.csv"), 0, 300));
        ProgressLog log;
        auto result = PredictionService::predict(m_ws, request(path("head.csv"), path("head-out.csv")), log.fns());
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        QCOMPARE(result->rowsRead, 300);
        QCOMPARE(result->rowsScored, 300);
        QCOMPARE(result->rowsUnscored, 0);
        QVERIFY(result->unscored.isEmpty());
        QVERIFY(result->unseenCategories.isEmpty());
        QVERIFY(result->missingColumns.isEmpty());

        auto ws = Workspace::open(m_ws);
        auto loaded = TrainingService::loadModel((*ws)->db(), m_model);
        auto table = DatasetStore::loadTable((*ws)->db(), loaded->run.datasetVersionId);
        QVERIFY(loaded && table);
        auto raw = loaded->model->predict(*loaded->spec.transform(*table));
        QVERIFY(raw);

        const QList<QStringList> rows = readCsv(path("head-out.csv"));
        QCOMPARE(rows.size(), 301);
        const QStringList header = rows.first();
        const qsizetype predicted = header.indexOf(QStringLiteral("predicted_price"));
        const qsizetype error = header.indexOf(QStringLiteral("error_pct"));
        const qsizetype priceColumn = header.indexOf(QStringLiteral("sale_price"));
        const qsizetype plate = header.indexOf(QStringLiteral("plate"));
        QVERIFY(predicted > 0 && error > 0 && priceColumn >= 0 && plate >= 0);
        for (int r = 0; r < 300; ++r) {
            const QStringList& row = rows.at(r + 1);
            const double price = loaded->spec.toPrice((*raw)[size_t(r)]);
            const double actual = row.at(priceColumn).toDouble();
            QCOMPARE(row.at(predicted), QString::number(std::round(price), 'f', 0));
            QCOMPARE(row.at(error), QString::number(100.0 * (price - actual) / actual, 'f', 2));
        }
        QCOMPARE(rows.at(1).at(plate), QStringLiteral("FR-** ****")); // masked unless asked

        // Progress: reading in bytes of the file, scoring in rows, both ending complete.
        const qint64 size = QFileInfo(path("head.csv")).size();
        QVERIFY(!log.reading.isEmpty());
        QCOMPARE(log.reading.last(), (QPair<qint64, qint64>(size, size)));
        QCOMPARE(log.scoring.first(), (QPair<qint64, qint64>(0, 300)));
        QCOMPARE(log.scoring.last(), (QPair<qint64, qint64>(300, 300)));
        for (qsizetype i = 1; i < log.scoring.size(); ++i)
            QVERIFY(log.scoring.at(i).first > log.scoring.at(i - 1).first);
    }

    void showPlatesOnRequest()
    {
        QVERIFY(writeFixtureSlice(QStringLiteral("sales-clean-10k.csv"), path("one.csv"), 0, 1));
        PredictRequest r = request(path("one.csv"), path("one-out.csv"));
        r.showPlates = true;
        QVERIFY(PredictionService::predict(m_ws, r));
        const QList<QStringList> rows = readCsv(path("one-out.csv"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(rows.first().indexOf(QStringLiteral("plate"))), QStringLiteral("FR-GO 6795"));
    }

    void readsTheEuropeanDialect()
    {
        // BOM, ';', decimal comma, DD.MM.YYYY, CRLF, and the dirt of the euro fixture.
        const QString input = QStringLiteral(VALUATOR_FIXTURES_DIR "/sales-euro-5k.csv");
        ProgressLog log;
        auto result = PredictionService::predict(m_ws, request(input, path("euro-out.csv")), log.fns());
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        QCOMPARE(result->rowsRead, 5000);
        QCOMPARE(result->rowsScored + result->rowsUnscored, 5000);
        QCOMPARE(result->rowsUnscored, 0);
        QCOMPARE(readCsv(path("euro-out.csv")).size(), 1 + result->rowsScored);
        QCOMPARE(log.scoring.last(), (QPair<qint64, qint64>(result->rowsScored, result->rowsScored)));
        // Prices were read as decimal-comma numbers: the errors are percentages, not factors of 100.
        const QList<QStringList> rows = readCsv(path("euro-out.csv"));
        const qsizetype error = rows.first().indexOf(QStringLiteral("error_pct"));
        std::vector<double> errors;
        for (qsizetype r = 1; r < rows.size(); ++r)
            if (!rows.at(r).at(error).isEmpty())
                errors.push_back(std::abs(rows.at(r).at(error).toDouble()));
        std::nth_element(errors.begin(), errors.begin() + errors.size() / 2, errors.end());
        QVERIFY2(errors[errors.size() / 2] < 40, qPrintable(QString::number(errors[errors.size() / 2])));
    }

    void reportsRowsItCannotScore()
    {
        write(path("broken.csv"),
            "plate,brand,model,model_year,mileage_km,fuel,transmission,power_kw,engine_l,body_type,color,equipment,"
            "region,seller_type,owners,sale_date,sale_price\n"
            "B-AA 1,BMW,1er,2019,25299,petrol,automatic,94,1.8,hatchback,blue,navigation,Bayern,dealer,1,"
            "2021-11-10,26990\n"
            "B-AA 2,BMW,1er,2019,25299,petrol\n"
            "B-AA 3,BMW,1er,2019,lots,petrol,automatic,94,1.8,hatchback,blue,navigation,Bayern,dealer,1,"
            "2021-11-10,26990\n"
            "B-AA 4,Trabant,601,1989,95000,petrol,manual,19,0.6,sedan,blue,,Sachsen,private,3,2021-11-10,\n");
        auto result = PredictionService::predict(m_ws, request(path("broken.csv"), path("broken-out.csv")));
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        QCOMPARE(result->rowsRead, 4);
        QCOMPARE(result->rowsScored, 2);
        QCOMPARE(result->rowsUnscored, 2);
        QCOMPARE(result->unscored.size(), 2);
        QCOMPARE(result->unscored.at(0).line, 3);
        QVERIFY(result->unscored.at(0).column.isEmpty());
        QVERIFY2(result->unscored.at(0).reason.contains(QStringLiteral("fields")),
            qPrintable(result->unscored.at(0).reason));
        QCOMPARE(result->unscored.at(1).line, 4);
        QCOMPARE(result->unscored.at(1).column, QStringLiteral("mileage_km"));
        QCOMPARE(result->unscored.at(1).raw, QStringLiteral("lots"));
        QVERIFY(!result->unscored.at(1).reason.isEmpty());
        QCOMPARE(result->unseenCategories, (QJsonObject {{QStringLiteral("brand"), 1}, {QStringLiteral("model"), 1}}));
        const QJsonObject json = result->toJson();
        QCOMPARE(json.value(QStringLiteral("unscored")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("unscored")).toArray().at(1).toObject().value(QStringLiteral("line")), 4);

        // The scored rows keep their source line; the row without a price has no error_pct.
        const QList<QStringList> rows = readCsv(path("broken-out.csv"));
        QCOMPARE(rows.size(), 3);
        const qsizetype error = rows.first().indexOf(QStringLiteral("error_pct"));
        QVERIFY(!rows.at(1).at(error).isEmpty());
        QVERIFY(rows.at(2).at(error).isEmpty());
        QVERIFY(rows.at(2).at(error - 1).toDouble() > 0); // still priced
    }

    void fileWithoutPricesOrDates()
    {
        write(path("bare.csv"),
            "brand;model;model_year;mileage_km;fuel;transmission;power_kw\n"
            "BMW;1er;2019;25299;petrol;automatic;94\nOpel;Astra;2018;100009;petrol;manual;70\n");
        auto result = PredictionService::predict(m_ws, request(path("bare.csv"), path("bare-out.csv")));
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        QCOMPARE(result->rowsScored, 2);
        QVERIFY(result->missingColumns.contains(QStringLiteral("region")));
        const QList<QStringList> rows = readCsv(path("bare-out.csv"));
        QCOMPARE(rows.size(), 3);
        const qsizetype date = rows.first().indexOf(QStringLiteral("sale_date"));
        QCOMPARE(rows.at(1).at(date), QStringLiteral("2025-06-30")); // valued at the valuation date
        const qsizetype predicted = rows.first().indexOf(QStringLiteral("predicted_price"));
        QVERIFY(rows.at(1).at(predicted).toDouble() > rows.at(2).at(predicted).toDouble()); // newer BMW > Astra
    }

    void cancelWritesNothing_data()
    {
        QTest::addColumn<bool>("whileReading");
        QTest::newRow("reading") << true;
        QTest::newRow("scoring") << false;
    }
    void cancelWritesNothing()
    {
        QFETCH(bool, whileReading);
        const QString out = path("cancelled-out.csv");
        PredictProgress progress;
        progress.reading = [&](qint64, qint64) { return !whileReading; };
        progress.scoring = [&](qint64 done, qint64) { return done == 0; };
        auto result = PredictionService::predict(m_ws, request(path("head.csv"), out), progress);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(out));
    }

    void failures()
    {
        PredictRequest r = request(path("head.csv"), path("x-out.csv"));
        r.modelId = 99;
        auto unknown = PredictionService::predict(m_ws, r);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(unknown.error().userMessage, QStringLiteral("There is no model 99 in this workspace."));
        auto missing = PredictionService::predict(m_ws, request(path("nope.csv"), path("x-out.csv")));
        QVERIFY(!missing);
        QVERIFY2(
            missing.error().userMessage.contains(QStringLiteral("nope.csv")), qPrintable(missing.error().userMessage));
        auto unwritable = PredictionService::predict(m_ws, request(path("head.csv"), path("no/such/dir/out.csv")));
        QVERIFY(!unwritable);
        QCOMPARE(unwritable.error().code, ErrorCode::Io);
        QVERIFY(!QFile::exists(path("x-out.csv")));
    }
};

QTEST_GUILESS_MAIN(TestPredictionService)
#include "TestPredictionService.moc"
