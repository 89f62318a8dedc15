// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/system/LogSink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace valuator {
namespace {

struct SinkState {
    QMutex mutex;
    LogSink::Options options;
    QFile file;
    bool installed = false;
};

SinkState& state()
{
    static SinkState s;
    return s;
}

QString filePath(const LogSink::Options& o, int index)
{
    const QString name
        = index == 0 ? o.baseName + QStringLiteral(".log") : QStringLiteral("%1.%2.log").arg(o.baseName).arg(index);
    return QDir(o.directory).filePath(name);
}

// Shifts valuator.N.log -> valuator.N+1.log and starts a fresh valuator.log. Caller holds the mutex.
void rotate(SinkState& s)
{
    s.file.close();
    QFile::remove(filePath(s.options, s.options.fileCount));
    for (int i = s.options.fileCount - 1; i >= 0; --i)
        QFile::rename(filePath(s.options, i), filePath(s.options, i + 1));
    s.file.setFileName(filePath(s.options, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    SinkState& s = state();
    const QByteArray line = LogSink::formatLine(type, context.category, message).toUtf8() + '\n';
    QMutexLocker lock(&s.mutex);
    if (s.options.toStderr) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file.isOpen()) {
        if (s.file.size() + line.size() > s.options.maxFileBytes)
            rotate(s);
        s.file.write(line);
        s.file.flush();
    }
}

} // namespace

QString LogSink::formatLine(QtMsgType type, const char* category, const QString& message)
{
    char level = 'I';
    switch (type) {
    case QtDebugMsg:
        level = 'D';
        break;
    case QtInfoMsg:
        level = 'I';
        break;
    case QtWarningMsg:
        level = 'W';
        break;
    case QtCriticalMsg:
        level = 'E';
        break;
    case QtFatalMsg:
        level = 'F';
        break;
    }
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QChar::fromLatin1(level),
            QLatin1String(category ? category : "default"), message);
}

void LogSink::install(const Options& options)
{
    SinkState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        s.file.close();
        if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
            s.file.setFileName(filePath(options, 0));
            s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        }
        s.installed = true;
    }
    QLoggingCategory::setFilterRules(
        options.verbose ? QStringLiteral("valuator.*.debug=true\nvaluator.debug=true") : QString());
    qInstallMessageHandler(handler);
}

void LogSink::uninstall()
{
    qInstallMessageHandler(nullptr);
    SinkState& s = state();
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.installed = false;
}

QString LogSink::currentFile()
{
    SinkState& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace valuator
