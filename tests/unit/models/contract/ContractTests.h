// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One executable (test_contract) runs several Qt Test classes; each .cpp exposes its runner.
int runContractParseTests(int argc, char** argv);
int runContractEvaluateTests(int argc, char** argv);
int runContractFixtureTests(int argc, char** argv);
