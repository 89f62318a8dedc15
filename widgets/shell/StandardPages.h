// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace valuator {

class MainWindow;
class Session;

/// Adds every page that works today to the window, in sidebar order. The GUI's main() and the GUI tests both
/// call this, so tests see exactly what users see.
void addStandardPages(MainWindow& window, Session& session);

} // namespace valuator
