// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/import/BenchMachine.h"

#include <QFile>

#include <time.h>
#include <unistd.h>

namespace valuator {

QString BenchMachine::loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

long BenchMachine::cores()
{
    return sysconf(_SC_NPROCESSORS_ONLN);
}

double BenchMachine::processCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QTextStream& BenchMachine::out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace valuator
