// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/VersionDetails.h"

#include "models/schema/CarSchema.h"
#include "services/datasets/DatasetTypes.h"
#include "widgets/datasets/DatasetListModel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace valuator {
namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

/// A count from the report JSON, locale-formatted, or a dash when the report does not have it.
QString reportCount(const QJsonObject& report, const char* key)
{
    const QJsonValue v = report.value(QLatin1String(key));
    return v.isDouble() ? QLocale().toString(qint64(v.toDouble())) : QStringLiteral("—");
}

QTableWidgetItem* item(const QString& text)
{
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return it;
}

} // namespace

VersionDetails::VersionDetails(QWidget* parent)
    : QScrollArea(parent)
    , m_columnsBox(new QGroupBox(this))
    , m_columns(new QTableWidget(0, 4, this))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The content is narrow (~420 px) but its word-wrapped labels make Qt show a stray horizontal bar once the
    // vertical one appears; the content always fits the width, so scroll vertically only.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(this);

    auto* source = new QGroupBox(tr("Source and lineage"), content);
    auto* sourceForm = new QFormLayout(source);
    addRow(sourceForm, tr("Source file:"), QStringLiteral("sourceFileValue"));
    addRow(sourceForm, tr("File size:"), QStringLiteral("sourceSizeValue"));
    addRow(sourceForm, tr("File SHA-256:"), QStringLiteral("sourceShaValue"), true);
    addRow(sourceForm, tr("Content SHA-256:"), QStringLiteral("contentShaValue"), true);
    addRow(sourceForm, tr("Kind:"), QStringLiteral("kindValue"));
    addRow(sourceForm, tr("Parent version:"), QStringLiteral("parentValue"));
    addRow(sourceForm, tr("Created:"), QStringLiteral("createdValue"));

    auto* dialect = new QGroupBox(tr("CSV dialect"), content);
    auto* dialectForm = new QFormLayout(dialect);
    addRow(dialectForm, tr("Encoding:"), QStringLiteral("encodingValue"));
    addRow(dialectForm, tr("Delimiter:"), QStringLiteral("delimiterValue"));
    addRow(dialectForm, tr("Decimal separator:"), QStringLiteral("decimalValue"));
    addRow(dialectForm, tr("Thousands separator:"), QStringLiteral("groupingValue"));
    addRow(dialectForm, tr("Header row:"), QStringLiteral("headerValue"));
    addRow(dialectForm, tr("Line endings:"), QStringLiteral("lineEndingValue"));
    addRow(dialectForm, tr("Date formats:"), QStringLiteral("dateFormatsValue"));

    auto* report = new QGroupBox(tr("Import report"), content);
    auto* reportForm = new QFormLayout(report);
    addRow(reportForm, tr("Rows read:"), QStringLiteral("rowsReadValue"));
    addRow(reportForm, tr("Rows imported:"), QStringLiteral("rowsImportedValue"));
    addRow(reportForm, tr("Rows rejected:"), QStringLiteral("rowsRejectedValue"));
    addRow(reportForm, tr("Rows in version:"), QStringLiteral("rowCountValue"));
    addRow(reportForm, tr("Duration:"), QStringLiteral("secondsValue"));
    addRow(reportForm, tr("Warnings:"), QStringLiteral("warningsValue"));

    m_columns->setObjectName(QStringLiteral("columnsTable"));
    m_columns->setHorizontalHeaderLabels({tr("Name"), tr("Canonical field"), tr("Type"), tr("Source column")});
    m_columns->verticalHeader()->hide();
    m_columns->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_columns->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setAlternatingRowColors(true);
    m_columns->setWordWrap(false);
    m_columns->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* columnsLayout = new QVBoxLayout(m_columnsBox);
    columnsLayout->addWidget(m_columns);

    auto* middle = new QHBoxLayout;
    middle->addWidget(dialect, 1);
    middle->addWidget(report, 1);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(source);
    layout->addLayout(middle);
    layout->addWidget(m_columnsBox);
    layout->addStretch(1);
    setWidget(content);
    clear();
}

void VersionDetails::addRow(QFormLayout* form, const QString& label, const QString& objectName, bool hash)
{
    QWidget* value = nullptr;
    if (hash) {
        auto* edit = new QLineEdit(form->parentWidget());
        edit->setReadOnly(true);
        edit->setFrame(false);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QPalette palette = edit->palette();
        palette.setColor(QPalette::Base, Qt::transparent); // reads like the labels around it
        edit->setPalette(palette);
        value = edit;
    } else {
        auto* text = new QLabel(form->parentWidget());
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        value = text;
    }
    value->setObjectName(objectName);
    form->addRow(label, value);
    m_values.insert(objectName, value);
}

QString VersionDetails::valueText(const QString& objectName) const
{
    QWidget* value = m_values.value(objectName);
    if (auto* label = qobject_cast<QLabel*>(value))
        return label->text();
    if (auto* edit = qobject_cast<QLineEdit*>(value))
        return edit->text();
    return {};
}

void VersionDetails::setValue(const QString& objectName, const QString& text)
{
    QWidget* value = m_values.value(objectName);
    if (auto* label = qobject_cast<QLabel*>(value))
        label->setText(text);
    else if (auto* edit = qobject_cast<QLineEdit*>(value)) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

void VersionDetails::clear()
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        setValue(it.key(), QStringLiteral("—"));
    m_columns->setRowCount(0);
    m_columnsBox->setTitle(tr("Columns"));
}

void VersionDetails::setVersion(const DatasetVersionInfo& version, const QString& parentRef)
{
    const QLocale locale;
    setValue(QStringLiteral("sourceFileValue"), orDash(version.sourceName));
    setValue(QStringLiteral("sourceSizeValue"),
        version.sourceBytes < 0 ? QStringLiteral("—") : locale.formattedDataSize(version.sourceBytes));
    setValue(QStringLiteral("sourceShaValue"), orDash(version.sourceSha256));
    setValue(QStringLiteral("contentShaValue"), orDash(version.contentSha256));
    setValue(QStringLiteral("kindValue"), DatasetListModel::kindLabel(version.kind));
    setValue(QStringLiteral("parentValue"), parentRef.isEmpty() ? tr("None (first version)") : parentRef);
    setValue(QStringLiteral("createdValue"),
        tr("%1 by %2").arg(DatasetListModel::localTime(version.createdAt), version.createdBy));
    setValue(QStringLiteral("rowCountValue"), locale.toString(version.rowCount));
    showDialect(version);
    showReport(version);
    showColumns(version);
}

void VersionDetails::showDialect(const DatasetVersionInfo& version)
{
    const QJsonObject& d = version.dialect;
    const auto text = [&d](const char* key) { return d.value(QLatin1String(key)).toString(); };
    const auto quoted = [](const QString& s) { return s.isEmpty() ? tr("none") : tr("“%1”").arg(s); };
    if (d.isEmpty()) {
        for (const char* key : {"encodingValue", "delimiterValue", "decimalValue", "groupingValue", "headerValue",
                 "lineEndingValue", "dateFormatsValue"})
            setValue(QLatin1String(key), tr("not recorded"));
        return;
    }
    setValue(QStringLiteral("encodingValue"), orDash(text("encoding")));
    setValue(QStringLiteral("delimiterValue"), quoted(text("delimiter")));
    setValue(QStringLiteral("decimalValue"), quoted(text("decimal")));
    setValue(QStringLiteral("groupingValue"), quoted(text("grouping")));
    setValue(QStringLiteral("headerValue"), d.value(QStringLiteral("header")).toBool(true) ? tr("Yes") : tr("No"));
    setValue(QStringLiteral("lineEndingValue"), orDash(text("line_ending")));
    QStringList dates;
    const QJsonObject formats = d.value(QStringLiteral("date_formats")).toObject();
    for (auto it = formats.begin(); it != formats.end(); ++it)
        dates << tr("%1: %2").arg(it.key(), it.value().toString());
    setValue(
        QStringLiteral("dateFormatsValue"), dates.isEmpty() ? tr("no date columns") : dates.join(QLatin1Char('\n')));
}

void VersionDetails::showReport(const DatasetVersionInfo& version)
{
    const QJsonObject& r = version.report;
    setValue(QStringLiteral("rowsReadValue"), reportCount(r, "records_read"));
    setValue(QStringLiteral("rowsImportedValue"), reportCount(r, "rows_imported"));
    setValue(QStringLiteral("rowsRejectedValue"), reportCount(r, "rows_rejected"));
    const QJsonValue seconds = r.value(QStringLiteral("seconds"));
    setValue(QStringLiteral("secondsValue"),
        seconds.isDouble() ? tr("%1 s").arg(QLocale().toString(seconds.toDouble(), 'f', 2)) : QStringLiteral("—"));
    QStringList warnings;
    for (const QJsonValue& w : r.value(QStringLiteral("warnings")).toArray())
        warnings << QStringLiteral("• ") + w.toString();
    setValue(QStringLiteral("warningsValue"), warnings.isEmpty() ? tr("None") : warnings.join(QLatin1Char('\n')));
}

void VersionDetails::showColumns(const DatasetVersionInfo& version)
{
    m_columnsBox->setTitle(tr("Columns (%1)").arg(version.columns.size()));
    m_columns->setRowCount(int(version.columns.size()));
    for (int i = 0; i < int(version.columns.size()); ++i) {
        const ColumnInfo& c = version.columns.at(i);
        const FieldDef* def = c.field.isEmpty() ? nullptr : CarSchema::byKey(c.field);
        const QString field = def ? tr("%1 (%2)").arg(CarSchema::displayName(def->field), c.field)
                                  : (c.field.isEmpty() ? tr("— extra column") : c.field);
        m_columns->setItem(i, 0, item(c.name));
        m_columns->setItem(i, 1, item(field));
        m_columns->setItem(i, 2, item(columnTypeName(c.type)));
        m_columns->setItem(i, 3, item(c.source));
    }
    m_columns->resizeColumnsToContents();
    // The whole list is shown (the page scrolls), so the table is as tall as its rows.
    const int height = m_columns->horizontalHeader()->sizeHint().height() + m_columns->verticalHeader()->length()
        + 2 * m_columns->frameWidth();
    m_columns->setFixedHeight(height);
}

} // namespace valuator
