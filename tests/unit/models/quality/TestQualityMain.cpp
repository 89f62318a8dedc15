// SPDX-License-Identifier: GPL-3.0-or-later
// One executable for the quality area: profile, checks, cleaning, name keys.
#include <QCoreApplication>
#include <QtTest>

#include "TestCleaner.h"
#include "TestNameKeys.h"
#include "TestProfiler.h"
#include "TestQualityChecks.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    {
        valuator::test::TestNameKeys t;
        failed += QTest::qExec(&t, argc, argv);
    }
    {
        valuator::test::TestProfiler t;
        failed += QTest::qExec(&t, argc, argv);
    }
    {
        valuator::test::TestQualityChecks t;
        failed += QTest::qExec(&t, argc, argv);
    }
    {
        valuator::test::TestCleaner t;
        failed += QTest::qExec(&t, argc, argv);
    }
    return failed == 0 ? 0 : 1;
}
