// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace valuator {

/// The top of the Data Quality page: the gate badge (PASS / WARN / FAIL in words and colour), rows, columns,
/// freshness (age of the newest sale), the contract, when and by whom the report was made (and whether it comes
/// from this session or from the workspace), the check and rule counts, and, when the gate fails, what that means
/// for training.
class QualityHeader : public QWidget {
    Q_OBJECT
public:
    explicit QualityHeader(QWidget* parent = nullptr);

    /// Shows `report` (QualityRun::toJson / the stored report). `stored`: loaded from the workspace, not run in
    /// this session.
    void setReport(const QJsonObject& report, bool stored);
    /// Shows `text` instead of a report (no badge).
    void clear(const QString& text);

    QLabel* gateBadge() const { return m_badge; }
    QLabel* figuresLabel() const { return m_figures; }
    QLabel* gateExplanation() const { return m_explanation; }

    /// "PASS", "WARN" or "FAIL" (translated) for a stored gate name ("pass", "warn", "fail").
    static QString gateText(const QString& gate);
    /// Background colour of the gate badge.
    static QString gateColor(const QString& gate);

private:
    QLabel* m_badge;
    QLabel* m_figures;
    QLabel* m_counts;
    QLabel* m_explanation;
};

} // namespace valuator
