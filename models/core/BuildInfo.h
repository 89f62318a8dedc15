// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valuator {

/// Versions baked into this build. The generated header is included by BuildInfo.cpp only, so a new git
/// revision recompiles one file.
struct BuildInfo {
    static QString version(); ///< "0.1.0"
    static QString gitRevision(); ///< short hash, or "unknown" outside a git checkout
    static QString xgboostVersion();
};

} // namespace valuator
