// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "LearnerTests.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runRidgeTests(argc, argv);
    failures += runBoostingTests(argc, argv);
    failures += runForestTests(argc, argv);
    failures += runLearnerFactoryTests(argc, argv);
    return failures;
}
