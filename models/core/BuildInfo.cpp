// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/BuildInfo.h"

#include <valuator/BuildInfo.h>
#include <xgboost/c_api.h>

namespace valuator {

QString BuildInfo::version()
{
    return QString::fromLatin1(build::kVersion);
}

QString BuildInfo::gitRevision()
{
    return QString::fromLatin1(build::kGitRevision);
}

QString BuildInfo::xgboostVersion()
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace valuator
