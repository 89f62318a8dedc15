// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One executable (test_features) runs several Qt Test classes; each .cpp exposes its runner.
int runFeatureSpecRuleTests(int argc, char** argv);
int runFeatureSpecFixtureTests(int argc, char** argv);
