// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace valuator {

class MainWindow;
class Session;

/// On the very first start (a new default workspace), imports the shipped demo sales file as a background job
/// so the pages show real data at once. Reports the outcome in the window's banner.
void importDemoData(Session& session, MainWindow& window);

} // namespace valuator
