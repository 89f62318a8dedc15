// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "DriftTests.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runDriftStatisticsTests(argc, argv);
    failures += runDriftAnalyzerTests(argc, argv);
    failures += runDriftFixtureTests(argc, argv);
    return failures;
}
