// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the test classes of the background jobs in one executable (one ctest entry).
#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace valuator::test {
std::unique_ptr<QObject> makeTestJobRunner();
std::unique_ptr<QObject> makeTestConsoleProgress();
} // namespace valuator::test

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto make : {valuator::test::makeTestJobRunner, valuator::test::makeTestConsoleProgress}) {
        const std::unique_ptr<QObject> test = make();
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
