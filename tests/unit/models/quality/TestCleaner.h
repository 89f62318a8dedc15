// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace valuator::test {

class TestCleaner : public QObject {
    Q_OBJECT
private slots:
    void proposalFollowsTheFindings();
    void applyingTheProposalFixesTheDirtyFixture();
    void sameTableSamePlanSameResult();
    void planJsonRoundTrip();
    void planFromOneBatchAppliesItsParametersToAnother();
    void trimWhitespaceInTextAndLists();
    void outliersCanBeDroppedOrFittedOnTheInput();
    void onlySelectsStepKinds();
    void badPlansAreErrors();
    void progressCanCancel();
};

} // namespace valuator::test
