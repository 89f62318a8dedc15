// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test classes of test_datasets_page (main.cpp runs them one after the other) and their shared helpers.

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

int runTableModelTests(int argc, char** argv);
int runDatasetsPageTests(int argc, char** argv);

inline QString fixture(const char* name)
{
    return QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name);
}

/// Saves `widget` as NAME.png under the build folder's screenshots/ and, when set, $VALUATOR_SCREENSHOT_DIR.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap shot = widget.grab();
    QDir().mkpath(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots"));
    QVERIFY(shot.save(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots/%1.png").arg(name)));
    const QString docs = qEnvironmentVariable("VALUATOR_SCREENSHOT_DIR");
    if (!docs.isEmpty() && QDir().mkpath(docs))
        QVERIFY(shot.save(QDir(docs).filePath(name + QStringLiteral(".png"))));
}
