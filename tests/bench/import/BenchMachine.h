// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace valuator {

/// What the benches print about the machine next to their numbers, so a reader can judge the noise.
class BenchMachine {
public:
    /// The 1, 5 and 15 minute load averages from /proc/loadavg ("0.52 0.61 0.70"), "?" when unreadable.
    static QString loadAverage();
    /// Online CPU cores.
    static long cores();
    /// CPU seconds this process has used so far (all its threads).
    static double processCpuSeconds();
    /// The timer's elapsed time in seconds, to the nanosecond.
    static double seconds(const QElapsedTimer& timer) { return double(timer.nsecsElapsed()) / 1e9; }
    /// The benches' report stream (stdout).
    static QTextStream& out();
};

} // namespace valuator
