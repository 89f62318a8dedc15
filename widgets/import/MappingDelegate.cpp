// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/MappingDelegate.h"

#include "widgets/import/MappingModel.h"
#include "widgets/import/SourceEditor.h"

namespace valuator {

QWidget* MappingDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const MappingModel*>(index.model());
    if (!model || index.column() != MappingModel::SourceColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* editor = new SourceEditor(model->headers(), index.data(MappingModel::AllowsIndicatorsRole).toBool(), parent);
    editor->setAccessibleName(
        tr("Source of %1").arg(index.siblingAtColumn(MappingModel::FieldColumn).data().toString()));
    // Signals are not const; the delegate is, in this call, only by signature.
    auto* self = const_cast<MappingDelegate*>(this);
    connect(editor, &SourceEditor::sourceEdited, self, [self, editor] { emit self->commitData(editor); });
    const QPersistentModelIndex persistent(index);
    connect(editor, &SourceEditor::indicatorsRequested, self,
        [self, persistent] { emit self->indicatorsRequested(persistent); });
    return editor;
}

void MappingDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* source = qobject_cast<SourceEditor*>(editor))
        source->setSource(index.data(MappingModel::SourceRole).value<FieldSource>());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void MappingDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* source = qobject_cast<SourceEditor*>(editor);
    if (!source) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const FieldSource value = source->source();
    // An empty constant is not a choice yet; indicator lists come from the dialog, not from here.
    if ((value.kind == FieldSource::Kind::Constant && value.constant.isEmpty())
        || value.kind == FieldSource::Kind::Indicators)
        return;
    model->setData(index, QVariant::fromValue(value), MappingModel::SourceRole);
}

void MappingDelegate::updateEditorGeometry(
    QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    editor->setGeometry(option.rect.adjusted(1, 1, -1, -1));
}

} // namespace valuator
