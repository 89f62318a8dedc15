// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One executable (test_learners) runs several Qt Test classes; each .cpp exposes its runner.
int runRidgeTests(int argc, char** argv);
int runBoostingTests(int argc, char** argv);
int runForestTests(int argc, char** argv);
int runLearnerFactoryTests(int argc, char** argv);
