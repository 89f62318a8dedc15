// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One executable (test_typing) runs several Qt Test classes; each .cpp exposes its runner.
int runNumberParserTests(int argc, char** argv);
int runDateParserTests(int argc, char** argv);
int runMissingAndListTests(int argc, char** argv);
int runSampleAnalyzerTests(int argc, char** argv);
int runTypeInferenceTests(int argc, char** argv);
int runFixtureInferenceTests(int argc, char** argv);
