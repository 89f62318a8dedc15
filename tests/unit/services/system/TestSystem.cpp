// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/system/LibraryVersions.h"
#include "services/system/LogSink.h"
#include "services/system/Settings.h"
#include "services/system/Sha256.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace valuator;

Q_LOGGING_CATEGORY(lcTestSystem, "valuator.test", QtInfoMsg)

class TestSystem : public QObject {
    Q_OBJECT
private slots:
    void settingsTypedKeysAndDefaults()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(ini);
            QCOMPARE(s.value(keys::kLogFileMaxKiB), 1024); // default
            s.setValue(keys::kLanguage, QStringLiteral("sv"));
            s.setValue(keys::kLogFileCount, 3);
            s.sync();
        }
        Settings again(ini);
        QCOMPARE(again.value(keys::kLanguage), QStringLiteral("sv"));
        QCOMPARE(again.value(keys::kLogFileCount), 3);
    }

    void recentWorkspacesAreUniqueNewestFirstAndCapped()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        for (int i = 0; i < Settings::kMaxRecent + 3; ++i)
            s.addRecentWorkspace(dir.filePath(QStringLiteral("w%1.valuator").arg(i)));
        s.addRecentWorkspace(dir.filePath(QStringLiteral("w5.valuator")));
        const QStringList recent = s.recentWorkspaces();
        QCOMPARE(recent.size(), Settings::kMaxRecent);
        QVERIFY(recent.first().endsWith(QStringLiteral("w5.valuator")));
        QCOMPARE(recent.count(recent.first()), 1);
        s.removeRecentWorkspace(recent.first());
        QVERIFY(!s.recentWorkspaces().contains(recent.first()));
    }

    void actingUserFallsBackToTheOsUser()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.actingUser(), Settings::osUserName());
        QVERIFY(!Settings::osUserName().isEmpty());
        s.setValue(keys::kActingUser, QStringLiteral("  reviewer1 "));
        QCOMPARE(s.actingUser(), QStringLiteral("reviewer1"));
    }

    void logFilesRotate()
    {
        QTemporaryDir dir;
        LogSink::Options o;
        o.directory = dir.path();
        o.maxFileBytes = 2000;
        o.fileCount = 2;
        o.toStderr = false;
        LogSink::install(o);
        for (int i = 0; i < 200; ++i)
            qCInfo(lcTestSystem) << "line" << i << QString(20, QLatin1Char('x'));
        const QString current = LogSink::currentFile();
        LogSink::uninstall();
        QCOMPARE(QFileInfo(current).fileName(), QStringLiteral("valuator.log"));
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        QCOMPARE(files,
            QStringList(
                {QStringLiteral("valuator.1.log"), QStringLiteral("valuator.2.log"), QStringLiteral("valuator.log")}));
        for (const QString& f : files)
            QVERIFY(QFileInfo(dir.filePath(f)).size() <= 2000);
        QFile log(current);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("I valuator.test: line 199"));
    }

    void formatLineHasTimeLevelAndCategory()
    {
        const QString line = LogSink::formatLine(QtWarningMsg, "valuator.import", QStringLiteral("hello"));
        QVERIFY(line.endsWith(QStringLiteral(" W valuator.import: hello")));
        QVERIFY(line.contains(QLatin1Char('T')) && line.contains(QLatin1Char('Z')));
    }

    void sha256KnownAnswers()
    {
        QCOMPARE(Sha256::hex(QByteArray()),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(
            Sha256::hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 incremental;
        incremental.addData("a");
        incremental.addData("bc");
        QCOMPARE(incremental.hexResult(), Sha256::hex("abc"));
        QCOMPARE(incremental.hexResult(), Sha256::hex(QByteArray())); // reset after a result
    }

    void libraryVersionsAreFilled()
    {
        const LibraryVersions v = LibraryVersions::current();
        for (const auto& [name, version] : v.asList())
            QVERIFY2(!version.isEmpty(), qPrintable(name));
        QVERIFY(v.sqlite.startsWith(QStringLiteral("3.")));
    }
};

QTEST_GUILESS_MAIN(TestSystem)
#include "TestSystem.moc"
