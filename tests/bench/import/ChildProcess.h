// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QStringList>

namespace valuator {

/// What one finished child process cost: wall time and its own rusage (from wait4(), so only that child and the
/// children it waited for: never the bench itself or earlier children).
struct ChildRun {
    int exitCode = -1; ///< -1 when the child was killed by a signal
    int termSignal = 0; ///< the signal that killed it, 0 otherwise
    double wallSeconds = 0; ///< fork() to wait4() return, CLOCK_MONOTONIC
    double userSeconds = 0;
    double systemSeconds = 0;
    qint64 peakRssKiB = 0; ///< ru_maxrss (KiB on Linux)

    bool succeeded() const { return termSignal == 0 && exitCode == 0; }
    double cpuSeconds() const { return userSeconds + systemSeconds; }
};

/// How to start a child: program and arguments, where its standard streams go, extra environment.
struct ChildSpec {
    QStringList argv; ///< argv[0] is the program: an absolute path, or a name looked up in PATH
    QString stdinPath; ///< empty: /dev/null
    QString stdoutPath; ///< empty: /dev/null; otherwise created or truncated
    QString stderrPath; ///< empty: /dev/null; otherwise created or truncated
    QStringList environment; ///< "KEY=VALUE" entries that override or extend the bench's own environment
};

/// Runs benchmark contenders as child processes with per-child resource usage. QProcess cannot report rusage,
/// so this posix_spawn()s the small `bench_spawn` program (BenchSpawn.cpp), which fork()s and exec()s the
/// contender, reaps it with wait4() and writes the numbers to a file. The detour keeps the bench's own memory
/// out of the contender's ru_maxrss (see BenchSpawn.cpp). Synchronous: run() blocks the calling thread until the
/// child exits (no timeout; ctest's TIMEOUT bounds the whole bench). Not for GUI code.
class ChildProcess {
    Q_DECLARE_TR_FUNCTIONS(ChildProcess)
public:
    /// `spawner`: path of bench_spawn; `scratchDir`: an existing folder for its result files.
    ChildProcess(QString spawner, QString scratchDir);

    /// Starts `spec`, waits for it and returns its cost. Fails only when the child cannot be started or
    /// measured; a non-zero exit (127: the program was not found) is reported in ChildRun for the caller.
    Result<ChildRun> run(const ChildSpec& spec) const;
    /// run(), and a child that exits non-zero or is killed becomes an error too: "`what` failed (exit N, signal
    /// S): <the tail of its stderr file>".
    Result<ChildRun> runChecked(const ChildSpec& spec, const QString& what) const;
    /// Last `maxBytes` of a text file (a child's stderr), for error messages.
    static QString tail(const QString& path, qint64 maxBytes = 2000);

private:
    Result<ChildRun> readResult(const QString& path) const;

    QString m_spawner;
    QString m_scratchDir;
};

} // namespace valuator
