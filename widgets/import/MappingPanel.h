// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/schema/CarSchema.h"

#include <QWidget>

class QLabel;
class QPersistentModelIndex;
class QPushButton;
class QTableView;

namespace valuator {

class MappingDelegate;
class MappingModel;
class SourceEditor;

/// Step 2 of the Import page: the mapping table with a source editor per field, what blocks the import, the
/// extra columns kept as text, and loading/saving a mapping as JSON (ImportService).
class MappingPanel : public QWidget {
    Q_OBJECT
public:
    explicit MappingPanel(QWidget* parent = nullptr);

    MappingModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The persistent source editor of `field`'s row (nullptr while the table is empty).
    SourceEditor* editorFor(CarField field) const;

    /// Replaces the current mapping with the one saved at `path`.
    Status loadMappingFile(const QString& path);
    Status saveMappingFile(const QString& path) const;

public slots:
    /// File dialogs (non-blocking) for "Load mapping…" and "Save mapping…".
    void chooseMappingToLoad();
    void chooseMappingToSave();

signals:
    void errorOccurred(const valuator::Error& error);
    /// A short confirmation for the page's banner ("Mapping saved to …").
    void informed(const QString& text);

private:
    void reopenEditors();
    void updateStatus();
    void askIndicators(const QPersistentModelIndex& index);

    MappingModel* m_model;
    MappingDelegate* m_delegate;
    QTableView* m_view;
    QLabel* m_status;
    QLabel* m_extras;
    QPushButton* m_load;
    QPushButton* m_save;
};

} // namespace valuator
