// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace valuator {

/// Carries learning-curve points from a training job's worker thread to the GUI thread: the job emits
/// pointAdded() from the worker, the page receives it through a queued connection (which Qt drops safely when the
/// page is gone). Owned by the job's work function through a shared_ptr whose deleter calls deleteLater().
class CurveRelay : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    /// `fold` is the validation fold (0-based) or -1 for the final model; RMSEs on the training target's scale
    /// (validRmse NaN when the fold has no validation slice).
    void pointAdded(int fold, int iteration, double trainRmse, double validRmse);
};

} // namespace valuator
