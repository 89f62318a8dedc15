// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valuator {

/// What the benches print about the machine next to their numbers, so a reader can judge the noise.
class BenchMachine {
public:
    /// The 1, 5 and 15 minute load averages from /proc/loadavg ("0.52 0.61 0.70"), "?" when unreadable.
    static QString loadAverage();
    /// Online CPU cores.
    static long cores();
};

} // namespace valuator
