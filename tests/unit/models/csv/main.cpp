// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the test classes of the CSV reader in one executable (one ctest entry).
#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace valuator::test {
std::unique_ptr<QObject> makeTestCsvReader();
std::unique_ptr<QObject> makeTestCsvReaderLimits();
std::unique_ptr<QObject> makeTestCsvEncoding();
std::unique_ptr<QObject> makeTestCsvSniffer();
std::unique_ptr<QObject> makeTestCsvFixtures();
} // namespace valuator::test

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto make : {valuator::test::makeTestCsvReader, valuator::test::makeTestCsvReaderLimits,
             valuator::test::makeTestCsvEncoding, valuator::test::makeTestCsvSniffer,
             valuator::test::makeTestCsvFixtures}) {
        const std::unique_ptr<QObject> test = make();
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
