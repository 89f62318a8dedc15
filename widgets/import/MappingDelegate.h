// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace valuator {

/// Puts a SourceEditor into the Source cells of a MappingModel view and stores its choice with
/// MappingModel::SourceRole. Meant for persistent editors: a choice is committed at once, the editor stays.
class MappingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

signals:
    /// The user chose "Indicator columns…" in the editor of `index`.
    void indicatorsRequested(const QPersistentModelIndex& index);
};

} // namespace valuator
