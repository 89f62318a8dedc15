// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/XyChartSpec.h"

namespace valuator {

bool XyChartSpec::isEmpty() const
{
    return pointCount() == 0;
}

qsizetype XyChartSpec::pointCount() const
{
    qsizetype n = 0;
    for (const XySeries& s : series)
        n += std::min(s.x.size(), s.y.size());
    return n;
}

} // namespace valuator
