// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "ValidationTests.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runMetricsTests(argc, argv);
    failures += runSplitTests(argc, argv);
    failures += runTrainerTests(argc, argv);
    return failures;
}
