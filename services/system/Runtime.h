// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace valuator {

/// Process-wide set-up of the native libraries, done once by each main() before any thread starts:
/// curl_global_init, OpenMP's wait policy (spin-waiting makes nthread=2 slower on small VMs) and XGBoost's
/// log callback into the valuator.train category. Destruction undoes what needs undoing.
class RuntimeGuard {
public:
    RuntimeGuard();
    ~RuntimeGuard();
    RuntimeGuard(const RuntimeGuard&) = delete;
    RuntimeGuard& operator=(const RuntimeGuard&) = delete;
};

} // namespace valuator
