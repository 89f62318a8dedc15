// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the three test classes of the workspace store in one executable (one ctest entry).
#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace valuator::test {
std::unique_ptr<QObject> makeTestDatabase();
std::unique_ptr<QObject> makeTestWorkspace();
std::unique_ptr<QObject> makeTestAuditLog();
} // namespace valuator::test

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto make :
        {valuator::test::makeTestDatabase, valuator::test::makeTestWorkspace, valuator::test::makeTestAuditLog}) {
        const std::unique_ptr<QObject> test = make();
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
