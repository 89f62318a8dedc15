// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "TypingTests.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runNumberParserTests(argc, argv);
    failures += runDateParserTests(argc, argv);
    failures += runMissingAndListTests(argc, argv);
    failures += runSampleAnalyzerTests(argc, argv);
    failures += runTypeInferenceTests(argc, argv);
    failures += runFixtureInferenceTests(argc, argv);
    return failures;
}
