// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace valuator {

/// The application icon, painted as vectors at every size (crisp at any device pixel ratio, no image files).
QIcon appIcon();

} // namespace valuator
