// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the test classes of the dataset store in one executable (one ctest entry).
#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace valuator::test {
std::unique_ptr<QObject> makeTestDatasetWriter();
std::unique_ptr<QObject> makeTestDatasetStore();
} // namespace valuator::test

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto make : {valuator::test::makeTestDatasetWriter, valuator::test::makeTestDatasetStore}) {
        const std::unique_ptr<QObject> test = make();
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
