// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/ImpossibleRules.h"
#include "models/quality/PriceOutlierModel.h"
#include "models/quality/ProfileOptions.h"
#include "models/quality/SpellingClusters.h"
#include "models/schema/CarSchema.h"

#include <QDate>
#include <QStringList>

namespace valuator {

/// Parameters of QualityChecker::run. Defaults are the documented rules; every threshold is here so a report
/// says exactly what it measured against.
struct QualityOptions {
    ProfileOptions profile; ///< its referenceDate and threads are overwritten with the fields below
    /// "Today": freshness, stale data and sale dates in the future. Invalid: those parts are skipped. Pass it in;
    /// the core never reads the clock.
    QDate referenceDate;
    QStringList requiredFields = CarSchema::requiredKeys(); ///< completeness is checked per field
    double completenessErrorShare = 0.05; ///< a required field missing in more rows than this is an error
    ImpossibleRules impossible; ///< its maxSaleDate is set to referenceDate when that is valid and it is unset
    PriceOutlierOptions outliers;
    /// Mileage per year of age above this is implausible; age = max(1, sale year - model year) years, so a car
    /// sold in its model year counts as one year old (100,000 km/year is ~275 km every day, a taxi's life).
    double maxKmPerYear = 100'000;
    SpellingOptions spelling;
    QStringList extraEquipmentTokens; ///< known besides EquipmentVocabulary (ListTokens keys or display forms)
    int rareTokenMaxRows = 5; ///< an equipment token in at most this many rows is "rare" (0: no rare check)
    int staleAfterDays = 365; ///< newest sale older than this (vs referenceDate) = stale data
    int sampleSize = 20; ///< rows kept in each check's sample
    int threads = 2; ///< profile columns and checks run in parallel on this many threads (caller included)
};

} // namespace valuator
