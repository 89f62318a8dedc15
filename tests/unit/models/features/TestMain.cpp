// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "FeatureTests.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runFeatureSpecRuleTests(argc, argv);
    failures += runFeatureSpecFixtureTests(argc, argv);
    return failures;
}
