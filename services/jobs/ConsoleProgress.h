// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <atomic>
#include <cstdio>

class QIODevice;

namespace valuator {

class Job;

/// Progress of one task printed for the command line, normally on stderr:
///
///     Importing sales.csv: 45% (450,000 / 1,000,000 rows)
///
/// With the unit "%" the counts are a scale (per mille of a multi-stage task) and only the percentage is shown:
/// "Training xgboost on sales@1: 45%".
///
/// On a terminal the line is rewritten in place with '\r' at most ~10 times per second; elsewhere (pipes, CI
/// logs) one line is printed per 10 % step (and every ~5 s while the total is unknown). finish() prints the last
/// state if it was held back and ends the line; the destructor calls it.
///
/// Two ways to feed it: as a ProgressFn passed straight to a synchronous core (progressFn(), or `std::ref(*this)`;
/// update() is thread-safe, so a core on a worker thread may call it), or attached to a Job, following its
/// progressChanged()/finished() signals (needs a running event loop on the Job's thread).
/// requestCancel() (e.g. from a SIGINT handler's notifier) makes the ProgressFn return false.
class ConsoleProgress : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Auto, ///< Terminal if the FILE* is a terminal, else Lines
        Terminal, ///< one line rewritten in place with '\r'
        Lines, ///< one line per 10 % step
    };

    /// `unit` is the translated plural noun after the counts ("rows"); may be empty.
    explicit ConsoleProgress(const QString& label, const QString& unit = {}, FILE* stream = stderr,
        Mode mode = Mode::Auto, QObject* parent = nullptr);
    /// Writes to `device`, which must be open for writing and outlive this object. Auto means Lines.
    ConsoleProgress(const QString& label, const QString& unit, QIODevice* device, Mode mode = Mode::Lines,
        QObject* parent = nullptr);
    ~ConsoleProgress() override;

    /// The mode in effect (Auto resolved).
    Mode mode() const { return m_mode; }
    void setLabel(const QString& label);
    /// Number formatting; the default is C with "," grouping (stable output for scripts and tests).
    void setLocale(const QLocale& locale);

    /// Reports `done` of `total` (0 = unknown). Any thread. Returns false once requestCancel() was called.
    bool update(qint64 done, qint64 total, const QString& message = {});
    bool operator()(qint64 done, qint64 total) { return update(done, total); }
    /// A ProgressFn forwarding to update(); valid while this object lives.
    ProgressFn progressFn();
    /// Follows `job`: its progress is printed, and finish() runs when it finishes. An empty label becomes the
    /// job's title.
    void attach(Job* job);
    /// Prints the last state if it was not printed yet and ends the line. Idempotent; a later update() starts a
    /// new display.
    void finish();

    /// Thread-safe; progressFn()/update() return false from now on.
    void requestCancel() { m_cancelRequested.store(true); }
    bool isCancelRequested() const { return m_cancelRequested.load(); }

    /// The text of one progress line (without '\r' or '\n').
    QString formatLine(qint64 done, qint64 total, const QString& message) const;

private:
    QString lineFor(qint64 done, qint64 total, const QString& message) const;
    bool shouldPrint(qint64 done, qint64 total, const QString& message) const;
    void print(qint64 done, qint64 total, const QString& message);

    mutable QMutex m_mutex;
    QTextStream m_out;
    Mode m_mode;
    QString m_label;
    QString m_unit;
    QLocale m_locale;
    std::atomic<bool> m_cancelRequested {false};
    // Display state, guarded by m_mutex.
    QElapsedTimer m_sincePrint;
    bool m_active = false; // something printed since the last finish()
    bool m_pending = false; // the latest state was not printed
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_message;
    qint64 m_printedTotal = 0;
    int m_printedStep = -1; // 10 % step of the last printed line
    QString m_printedMessage;
    qsizetype m_printedLength = 0;
};

} // namespace valuator
