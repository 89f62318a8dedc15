// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "ContractTests.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runContractParseTests(argc, argv);
    failures += runContractEvaluateTests(argc, argv);
    failures += runContractFixtureTests(argc, argv);
    return failures;
}
