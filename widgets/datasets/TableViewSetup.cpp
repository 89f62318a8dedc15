// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/TableViewSetup.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace valuator {
namespace {

constexpr int kMinColumnWidth = 48;
constexpr int kCellPadding = 16; // left/right margins of the item delegate plus the grid line
constexpr int kHeaderPadding = 24; // room for a sort indicator or the header's margins

} // namespace

void setUpLargeTableView(QTableView* view)
{
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView* columns = view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
}

void fitColumnsToSample(QTableView* view, int sampleRows, int maxWidth)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const QFontMetrics cellMetrics(view->font());
    const QFontMetrics headerMetrics(view->horizontalHeader()->font());
    const int rows = std::min(model->rowCount(), sampleRows);
    for (int c = 0; c < model->columnCount(); ++c) {
        int width = headerMetrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + kHeaderPadding;
        for (int r = 0; r < rows; ++r) {
            const QString text = model->index(r, c).data(Qt::DisplayRole).toString();
            width = std::max(width, cellMetrics.horizontalAdvance(text) + kCellPadding);
            if (width >= maxWidth)
                break;
        }
        view->setColumnWidth(c, std::clamp(width, kMinColumnWidth, maxWidth));
    }
}

} // namespace valuator
