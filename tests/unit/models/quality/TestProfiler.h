// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace valuator::test {

class TestProfiler : public QObject {
    Q_OBJECT
private slots:
    void numbersMatchPandasOnTheCleanFixture();
    void everyNumericColumnMatchesASecondComputation_data();
    void everyNumericColumnMatchesASecondComputation();
    void textColumnsCountValuesAndSentinels();
    void datesHaveMonthlyBinsAndFreshness();
    void listColumnsCountTokens();
    void histogramsCoverEveryValue();
    void emptyAndAllNullColumns();
    void progressCanCancel();
};

} // namespace valuator::test
