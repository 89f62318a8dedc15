// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/ConsoleProgress.h"

#include "services/jobs/Job.h"

#include <QIODevice>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace valuator {

namespace {

constexpr qint64 kTerminalIntervalMs = 100; // at most ~10 rewrites per second
constexpr qint64 kLinesUnknownIntervalMs = 5000;

bool isTerminal(FILE* stream)
{
    if (qEnvironmentVariable("TERM") == QLatin1String("dumb"))
        return false;
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

/// 0..10: which 10 % step `done` of `total` is in (-1 for an unknown total).
int stepOf(qint64 done, qint64 total)
{
    if (total <= 0)
        return -1;
    return int(std::clamp<qint64>(done * 10 / total, 0, 10));
}

QLocale groupingCLocale()
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // C omits group separators by default
    return locale;
}

} // namespace

ConsoleProgress::ConsoleProgress(const QString& label, const QString& unit, FILE* stream, Mode mode, QObject* parent)
    : QObject(parent)
    , m_out(stream, QIODevice::WriteOnly)
    , m_mode(mode != Mode::Auto ? mode : (isTerminal(stream) ? Mode::Terminal : Mode::Lines))
    , m_label(label)
    , m_unit(unit)
    , m_locale(groupingCLocale())
{
}

ConsoleProgress::ConsoleProgress(
    const QString& label, const QString& unit, QIODevice* device, Mode mode, QObject* parent)
    : QObject(parent)
    , m_out(device)
    , m_mode(mode != Mode::Auto ? mode : Mode::Lines)
    , m_label(label)
    , m_unit(unit)
    , m_locale(groupingCLocale())
{
}

ConsoleProgress::~ConsoleProgress()
{
    finish();
}

void ConsoleProgress::setLabel(const QString& label)
{
    QMutexLocker locker(&m_mutex);
    m_label = label;
}

void ConsoleProgress::setLocale(const QLocale& locale)
{
    QMutexLocker locker(&m_mutex);
    m_locale = locale;
}

bool ConsoleProgress::update(qint64 done, qint64 total, const QString& message)
{
    QMutexLocker locker(&m_mutex);
    m_done = done;
    m_total = total;
    if (!message.isEmpty())
        m_message = message;
    m_pending = true;
    if (shouldPrint(done, total, m_message))
        print(done, total, m_message);
    return !isCancelRequested();
}

ProgressFn ConsoleProgress::progressFn()
{
    return [this](qint64 done, qint64 total) { return update(done, total); };
}

void ConsoleProgress::attach(Job* job)
{
    if (m_label.isEmpty())
        setLabel(job->title());
    connect(job, &Job::progressChanged, this,
        [this](qint64 done, qint64 total, const QString& message) { update(done, total, message); });
    connect(job, &Job::finished, this, &ConsoleProgress::finish);
}

void ConsoleProgress::finish()
{
    QMutexLocker locker(&m_mutex);
    if (m_pending)
        print(m_done, m_total, m_message);
    if (!m_active)
        return;
    if (m_mode == Mode::Terminal) {
        m_out << '\n';
        m_out.flush();
    }
    m_active = false;
    m_done = m_total = m_printedTotal = 0;
    m_message.clear();
    m_printedMessage.clear();
    m_printedStep = -1;
    m_printedLength = 0;
}

QString ConsoleProgress::formatLine(qint64 done, qint64 total, const QString& message) const
{
    QMutexLocker locker(&m_mutex);
    return lineFor(done, total, message);
}

QString ConsoleProgress::lineFor(qint64 done, qint64 total, const QString& message) const
{
    const QString unit = m_unit.isEmpty() ? QString() : QLatin1Char(' ') + m_unit;
    QString counts;
    if (total > 0 && m_unit == QLatin1String("%")) { // the counts are a scale (per mille), not things: percent only
        counts = m_locale.toString(std::clamp<qint64>(done * 100 / total, 0, 100)) + QLatin1Char('%');
    } else if (total > 0) {
        const qint64 percent = std::clamp<qint64>(done * 100 / total, 0, 100);
        //: progress on the command line: "45% (450,000 / 1,000,000 rows)"
        counts = tr("%1% (%2 / %3)")
                     .arg(m_locale.toString(percent), m_locale.toString(done), m_locale.toString(total) + unit);
    } else {
        counts = m_locale.toString(done) + unit;
    }
    const QString label = m_label.isEmpty() ? message : m_label;
    QString line = label.isEmpty() ? counts : tr("%1: %2").arg(label, counts);
    if (!message.isEmpty() && message != label)
        line += QStringLiteral(" - ") + message;
    return line;
}

bool ConsoleProgress::shouldPrint(qint64 done, qint64 total, const QString& message) const
{
    if (!m_active || total != m_printedTotal || message != m_printedMessage)
        return true;
    const int step = stepOf(done, total);
    if (m_mode == Mode::Terminal)
        return (step == 10 && m_printedStep < 10) || m_sincePrint.hasExpired(kTerminalIntervalMs);
    if (total > 0)
        return step > m_printedStep;
    return m_sincePrint.hasExpired(kLinesUnknownIntervalMs);
}

void ConsoleProgress::print(qint64 done, qint64 total, const QString& message)
{
    const QString line = lineFor(done, total, message);
    if (m_mode == Mode::Terminal) {
        // Pad with spaces so a shorter line fully covers the previous one.
        const qsizetype padding = qMax<qsizetype>(0, m_printedLength - line.size());
        m_out << '\r' << line << QString(padding, QLatin1Char(' '));
        m_printedLength = line.size();
    } else {
        m_out << line << '\n';
    }
    m_out.flush();
    m_active = true;
    m_pending = false;
    m_printedTotal = total;
    m_printedStep = stepOf(done, total);
    m_printedMessage = message;
    m_sincePrint.start();
}

} // namespace valuator
