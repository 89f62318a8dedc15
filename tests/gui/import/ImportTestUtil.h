// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the Import page tests: fixture paths, small generated CSV files, screenshots.
#pragma once

#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QString>
#include <QTest>
#include <QWidget>

namespace importtest {

inline QString fixture(const char* name)
{
    return QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name);
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The clean fixture's data lines `copies` times under its header (10,000 rows per copy).
inline bool writeRepeatedClean(const QString& path, int copies)
{
    QFile in(fixture("sales-clean-10k.csv"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray all = in.readAll();
    const qsizetype headerEnd = all.indexOf('\n') + 1;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(all.left(headerEnd));
    const QByteArray body = all.mid(headerEnd);
    for (int i = 0; i < copies; ++i)
        out.write(body);
    return true;
}

/// Saves `widget` as VALUATOR_BINARY_DIR/screenshots/<name>.png, and into $VALUATOR_SCREENSHOT_DIR when set.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap shot = widget.grab();
    QDir().mkpath(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots"));
    QVERIFY(shot.save(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots/%1.png").arg(name)));
    const QString docs = qEnvironmentVariable("VALUATOR_SCREENSHOT_DIR");
    if (!docs.isEmpty() && QDir().mkpath(docs))
        QVERIFY(shot.save(QDir(docs).filePath(name + QStringLiteral(".png"))));
}

} // namespace importtest
