// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace valuator::test {

class TestQualityChecks : public QObject {
    Q_OBJECT
private slots:
    void completenessCountsEveryMissingRequiredValue_data();
    void completenessCountsEveryMissingRequiredValue();
    void duplicatesMatchTheInjectedCopies();
    void impossibleValuesMatchTheStats();
    void mileagePerYearMatchesASimpleLoop();
    void priceOutliersMatchASecondImplementation();
    void brandSpellingVariantsMatchTheStats();
    void modelSpellingVariantsMatchTheCleanVocabulary();
    void cleanFixtureFindsOnlyUnusualPrices();
    void equipmentTokensOnFixturesAndSynthetic();
    void staleDataAgainstTheReferenceDate();
    void whitespaceOnlyInTablesThatWereNotImported();
    void reportJsonHasTheKeysTheCliNeeds();
    void threadCountDoesNotChangeTheReport();
    void progressCanCancel();
};

} // namespace valuator::test
