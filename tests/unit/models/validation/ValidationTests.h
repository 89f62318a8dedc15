// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One executable (test_validation) runs several Qt Test classes; each .cpp exposes its runner.
int runMetricsTests(int argc, char** argv);
int runSplitTests(int argc, char** argv);
int runTrainerTests(int argc, char** argv);
