// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace valuator::test {

class TestNameKeys : public QObject {
    Q_OBJECT
private slots:
    void brandAndModelKeys();
    void editDistanceCountsTranspositions();
    void clustersTheIssueExample();
    void doesNotMergeDistinctNames();
    void civilDateMatchesQDate();
    void impossibleRulesRoundTrip();
};

} // namespace valuator::test
