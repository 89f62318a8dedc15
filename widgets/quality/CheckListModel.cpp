// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/CheckListModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace valuator {
namespace {

int statusRank(const QString& status)
{
    return status == QLatin1String("fail") ? 0 : status == QLatin1String("warn") ? 1 : 2;
}

int severityRank(const QString& severity)
{
    return severity == QLatin1String("error") ? 0 : severity == QLatin1String("warning") ? 1 : 2;
}

void readSamples(CheckEntry& entry, const QJsonArray& samples)
{
    for (const QJsonValue& s : samples) {
        const QJsonObject o = s.toObject();
        entry.sampleRows << o.value(QStringLiteral("row")).toInteger(-1);
        entry.sampleLines << (o.value(QStringLiteral("source_line")).isNull()
                ? -1
                : o.value(QStringLiteral("source_line")).toInteger(-1));
    }
}

CheckEntry checkEntry(const QJsonObject& c)
{
    CheckEntry e;
    e.source = CheckEntry::Source::Check;
    e.id = c.value(QStringLiteral("id")).toString();
    e.title = c.value(QStringLiteral("title")).toString();
    e.severity = c.value(QStringLiteral("severity")).toString();
    e.status = c.value(QStringLiteral("status")).toString();
    e.count = c.value(QStringLiteral("count")).toInteger();
    e.evaluated = c.value(QStringLiteral("evaluated")).toInteger();
    e.share = c.value(QStringLiteral("share")).toDouble();
    e.description = c.value(QStringLiteral("description")).toString();
    readSamples(e, c.value(QStringLiteral("sample")).toArray());
    return e;
}

CheckEntry ruleEntry(const QJsonObject& r)
{
    CheckEntry e;
    e.source = CheckEntry::Source::Rule;
    e.id = r.value(QStringLiteral("id")).toString();
    const QString name = r.value(QStringLiteral("name")).toString();
    const QString expected = r.value(QStringLiteral("expected")).toString();
    e.title = name.isEmpty() ? expected : name;
    e.severity = r.value(QStringLiteral("severity")).toString();
    e.status = r.value(QStringLiteral("status")).toString();
    e.count = r.value(QStringLiteral("count")).toInteger();
    e.evaluated = r.value(QStringLiteral("checked")).toInteger();
    e.share = e.evaluated > 0 ? double(e.count) / double(e.evaluated) : 0.0;
    e.description = CheckListModel::tr("Contract rule %1. Expected: %2. Observed: %3.")
                        .arg(e.id, expected, r.value(QStringLiteral("observed")).toString());
    readSamples(e, r.value(QStringLiteral("sample")).toArray());
    return e;
}

} // namespace

CheckListModel::CheckListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CheckListModel::setReport(const QJsonObject& report)
{
    beginResetModel();
    m_entries.clear();
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        m_entries << checkEntry(c.toObject());
    const QJsonObject contract = report.value(QStringLiteral("contract")).toObject();
    for (const QJsonValue& r : contract.value(QStringLiteral("rules")).toArray())
        m_entries << ruleEntry(r.toObject());
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const CheckEntry& a, const CheckEntry& b) {
        if (statusRank(a.status) != statusRank(b.status))
            return statusRank(a.status) < statusRank(b.status);
        if (severityRank(a.severity) != severityRank(b.severity))
            return severityRank(a.severity) < severityRank(b.severity);
        if (a.count != b.count)
            return a.count > b.count;
        return a.id < b.id;
    });
    endResetModel();
}

void CheckListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const CheckEntry* CheckListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CheckListModel::rowOf(CheckEntry::Source source, const QString& id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).source == source && m_entries.at(i).id == id)
            return int(i);
    return -1;
}

QString CheckListModel::statusText(const QString& status)
{
    if (status == QLatin1String("fail"))
        return tr("Fail");
    if (status == QLatin1String("warn"))
        return tr("Warn");
    return tr("Pass");
}

QString CheckListModel::severityText(const QString& severity)
{
    if (severity == QLatin1String("error"))
        return tr("Error");
    if (severity == QLatin1String("warning"))
        return tr("Warning");
    return tr("Info");
}

int CheckListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CheckListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckListModel::data(const QModelIndex& index, int role) const
{
    const CheckEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    if (role == SourceRole)
        return int(e->source);
    if (role == Qt::TextAlignmentRole && (index.column() == Count || index.column() == Share))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return QBrush(e->status == QLatin1String("fail") ? QColor(0xc5, 0x22, 0x1f)
                : e->status == QLatin1String("warn")     ? QColor(0xb0, 0x60, 0x00)
                                                         : QColor(0x1e, 0x8e, 0x3e));
    if (role == Qt::ToolTipRole)
        return e->description;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Status:
        return statusText(e->status);
    case Source:
        return e->source == CheckEntry::Source::Check ? tr("Check") : tr("Contract");
    case Id:
        return e->id;
    case Title:
        return e->title;
    case Severity:
        return severityText(e->severity);
    case Count:
        return locale.toString(e->count);
    case Share:
        return e->evaluated > 0 ? locale.toString(e->share * 100.0, 'f', 2) + QStringLiteral(" %") : QString();
    default:
        return {};
    }
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Id:
        return tr("Id");
    case Title:
        return tr("Title");
    case Severity:
        return tr("Severity");
    case Count:
        return tr("Rows");
    case Share:
        return tr("Share");
    default:
        return {};
    }
}

} // namespace valuator
