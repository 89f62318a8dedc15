// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace valuator {

/// The bottom strip of the Import page: dataset name, "append as a new version", the Import button (disabled
/// with a tooltip saying why) and, while an import runs, its progress bar and Cancel button.
class ImportRunBar : public QWidget {
    Q_OBJECT
public:
    explicit ImportRunBar(QWidget* parent = nullptr);

    QString datasetName() const;
    void setDatasetName(const QString& name);
    bool append() const;
    /// Names of the datasets in the workspace, for the hint next to the name.
    void setExistingNames(const QStringList& names);
    /// Enables Import when `reason` is empty; otherwise shows it as the button's tooltip and, with `showInline`,
    /// below the name (the Mapping tab says it next to the table already).
    void setBlockingReason(const QString& reason, bool showInline = true);
    /// Shows the progress bar and Cancel while running; locks the name and append inputs.
    void setRunning(bool running);
    void setProgress(qint64 done, qint64 total, const QString& message);

    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void importRequested();
    void cancelRequested();
    /// The name or the append choice changed.
    void targetChanged();

private:
    void buildLayout();
    void updateHint();

    QLineEdit* m_name;
    QCheckBox* m_append;
    QLabel* m_hint;
    QLabel* m_reason;
    QPushButton* m_import;
    QWidget* m_runRow;
    QProgressBar* m_progress;
    QLabel* m_phase;
    QPushButton* m_cancel;
    QStringList m_existing;
};

} // namespace valuator
