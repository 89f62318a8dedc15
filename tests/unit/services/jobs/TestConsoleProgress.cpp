// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/ConsoleProgress.h"
#include "services/jobs/JobRunner.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valuator;

namespace {

QString textOf(const QBuffer& buffer)
{
    return QString::fromUtf8(buffer.data());
}

} // namespace

class TestConsoleProgress : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_buffer = std::make_unique<QBuffer>();
        QVERIFY(m_buffer->open(QIODevice::WriteOnly));
    }

    void formatsCounts()
    {
        ConsoleProgress progress(QStringLiteral("Importing sales.csv"), QStringLiteral("rows"), m_buffer.get());
        QCOMPARE(progress.formatLine(450000, 1000000, {}),
            QStringLiteral("Importing sales.csv: 45% (450,000 / 1,000,000 rows)"));
        QCOMPARE(progress.formatLine(1234, 0, {}), QStringLiteral("Importing sales.csv: 1,234 rows"));
        QCOMPARE(progress.formatLine(3, 4, QStringLiteral("Checking types")),
            QStringLiteral("Importing sales.csv: 75% (3 / 4 rows) - Checking types"));
        ConsoleProgress bare(QString(), QString(), m_buffer.get());
        QCOMPARE(bare.formatLine(5, 10, {}), QStringLiteral("50% (5 / 10)"));
        QCOMPARE(bare.formatLine(5, 10, QStringLiteral("Saving")), QStringLiteral("Saving: 50% (5 / 10)"));
        // A per-mille scale is no count of anything: percent only.
        ConsoleProgress scale(QStringLiteral("Training"), QStringLiteral("%"), m_buffer.get());
        QCOMPARE(scale.formatLine(455, 1000, {}), QStringLiteral("Training: 45%"));
        QCOMPARE(scale.formatLine(1000, 1000, QStringLiteral("Fold 2")), QStringLiteral("Training: 100% - Fold 2"));
    }

    void linesModePrintsEveryTenPercent()
    {
        {
            ConsoleProgress progress(QStringLiteral("Importing sales.csv"), QStringLiteral("rows"), m_buffer.get(),
                ConsoleProgress::Mode::Lines);
            QCOMPARE(progress.mode(), ConsoleProgress::Mode::Lines);
            for (qint64 done = 0; done <= 1000000; done += 1000)
                QVERIFY(progress.update(done, 1000000));
            progress.finish();
        }
        const QString expected = QStringLiteral("Importing sales.csv: 0% (0 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 10% (100,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 20% (200,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 30% (300,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 40% (400,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 50% (500,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 60% (600,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 70% (700,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 80% (800,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 90% (900,000 / 1,000,000 rows)\n"
                                                "Importing sales.csv: 100% (1,000,000 / 1,000,000 rows)\n");
        QCOMPARE(textOf(*m_buffer), expected);
    }

    void linesModeFinishPrintsHeldBackState()
    {
        ConsoleProgress progress(QStringLiteral("Importing"), QStringLiteral("rows"), m_buffer.get());
        for (qint64 done = 0; done <= 450; done += 10)
            progress.update(done, 1000);
        progress.finish();
        progress.finish(); // idempotent
        QCOMPARE(textOf(*m_buffer),
            QStringLiteral("Importing: 0% (0 / 1,000 rows)\n"
                           "Importing: 10% (100 / 1,000 rows)\n"
                           "Importing: 20% (200 / 1,000 rows)\n"
                           "Importing: 30% (300 / 1,000 rows)\n"
                           "Importing: 40% (400 / 1,000 rows)\n"
                           "Importing: 45% (450 / 1,000 rows)\n"));
    }

    void linesModeNewPhaseAndUnknownTotal()
    {
        ConsoleProgress progress(QStringLiteral("Import"), QStringLiteral("rows"), m_buffer.get());
        progress.update(0, 0, QStringLiteral("Detecting encoding"));
        progress.update(5000, 0); // keeps the message; held back (unknown totals print every ~5 s)
        progress.update(0, 20, QStringLiteral("Reading rows"));
        progress.update(20, 20);
        progress.finish();
        QCOMPARE(textOf(*m_buffer),
            QStringLiteral("Import: 0 rows - Detecting encoding\n"
                           "Import: 0% (0 / 20 rows) - Reading rows\n"
                           "Import: 100% (20 / 20 rows) - Reading rows\n"));
    }

    void terminalModeRewritesOneLine()
    {
        {
            ConsoleProgress progress(
                QStringLiteral("Import"), QStringLiteral("rows"), m_buffer.get(), ConsoleProgress::Mode::Terminal);
            for (qint64 done = 0; done <= 1000; ++done)
                progress.update(done, 1000);
        } // the destructor finishes the line
        const QString text = textOf(*m_buffer);
        QVERIFY2(text.startsWith(QStringLiteral("\rImport: 0% (0 / 1,000 rows)")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("\rImport: 100% (1,000 / 1,000 rows)\n")), qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('\n')), 1);
        QVERIFY(text.count(QLatin1Char('\r')) >= 2);
    }

    void terminalModePadsShorterLines()
    {
        ConsoleProgress progress(QStringLiteral("Train"), QString(), m_buffer.get(), ConsoleProgress::Mode::Terminal);
        progress.update(0, 0, QStringLiteral("Building the feature matrix"));
        progress.update(0, 0, QStringLiteral("Fitting"));
        progress.finish();
        const QString first = QStringLiteral("Train: 0 - Building the feature matrix");
        const QString second = QStringLiteral("Train: 0 - Fitting");
        QCOMPARE(textOf(*m_buffer),
            QLatin1Char('\r') + first + QLatin1Char('\r') + second
                + QString(first.size() - second.size(), QLatin1Char(' ')) + QLatin1Char('\n'));
    }

    void progressFnStopsAfterCancelRequest()
    {
        ConsoleProgress progress(QStringLiteral("Import"), QString(), m_buffer.get());
        const ProgressFn fn = progress.progressFn();
        QVERIFY(fn(1, 10));
        progress.requestCancel();
        QVERIFY(progress.isCancelRequested());
        QVERIFY(!fn(2, 10));
        const ProgressFn byReference = std::ref(progress);
        QVERIFY(!byReference(3, 10));
    }

    void followsAJob()
    {
        JobRunner runner(1);
        auto handle = runner.start(QStringLiteral("Scoring"), [](JobContext& context) -> Result<int> {
            for (int i = 1; i <= 10; ++i)
                context.setProgress(i, 10);
            return 10;
        });
        ConsoleProgress progress(QString(), QStringLiteral("cars"), m_buffer.get());
        progress.attach(handle.job);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QTRY_COMPARE(finished.count(), 1);
        const QString text = textOf(*m_buffer);
        QVERIFY2(text.endsWith(QStringLiteral("Scoring: 100% (10 / 10 cars)\n")), qPrintable(text));
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(QStringLiteral("Scoring: ")), qPrintable(line));
    }

private:
    std::unique_ptr<QBuffer> m_buffer;
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestConsoleProgress()
{
    return std::make_unique<TestConsoleProgress>();
}
} // namespace valuator::test

#include "TestConsoleProgress.moc"
