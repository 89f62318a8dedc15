// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One executable (test_drift) runs several Qt Test classes; each .cpp exposes its runner.
int runDriftStatisticsTests(int argc, char** argv);
int runDriftAnalyzerTests(int argc, char** argv);
int runDriftFixtureTests(int argc, char** argv);
