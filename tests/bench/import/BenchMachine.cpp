// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/import/BenchMachine.h"

#include <QFile>

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

} // namespace valuator
