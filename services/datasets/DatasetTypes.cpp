// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/datasets/DatasetTypes.h"

#include <QJsonArray>

#include <algorithm>

namespace valuator {

namespace {

constexpr qsizetype kMaxNameLength = 100;

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString refUsage()
{
    return DatasetRef::tr("Write a dataset as NAME, NAME@3 or NAME@latest.");
}

} // namespace

QString versionKindName(VersionKind kind)
{
    switch (kind) {
    case VersionKind::Import:
        return QStringLiteral("import");
    case VersionKind::Append:
        return QStringLiteral("append");
    case VersionKind::Clean:
        return QStringLiteral("clean");
    }
    return {};
}

std::optional<VersionKind> versionKindFromName(QStringView name)
{
    for (VersionKind kind : {VersionKind::Import, VersionKind::Append, VersionKind::Clean}) {
        if (name == versionKindName(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<ColumnType> columnTypeFromName(QStringView name)
{
    for (ColumnType type :
        {ColumnType::Float64, ColumnType::Int64, ColumnType::Date, ColumnType::Text, ColumnType::TextList}) {
        if (name == columnTypeName(type))
            return type;
    }
    return std::nullopt;
}

QString DatasetRef::toString() const
{
    return isLatest() ? name : QStringLiteral("%1@%2").arg(name).arg(version);
}

Result<QString> DatasetRef::checkName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The dataset name is empty."), QStringLiteral("empty name"));
    if (trimmed.contains(QLatin1Char('@'))) {
        return fail(ErrorCode::InvalidArgument,
            tr("The dataset name '%1' contains '@', which separates a name from a version.").arg(trimmed),
            QStringLiteral("'@' in name"));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return fail(ErrorCode::InvalidArgument, tr("The dataset name contains a control character."),
                QStringLiteral("control character U+%1 in name").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    if (trimmed.toUcs4().size() > kMaxNameLength) {
        return fail(ErrorCode::InvalidArgument,
            tr("The dataset name '%1…' is too long: at most %2 characters are allowed.")
                .arg(trimmed.left(20))
                .arg(kMaxNameLength),
            QStringLiteral("name of %1 code points").arg(trimmed.toUcs4().size()));
    }
    return trimmed;
}

Result<DatasetRef> DatasetRef::parse(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    auto name = checkName(at < 0 ? text : text.left(at));
    if (!name) {
        Error error = name.error();
        error.userMessage += QLatin1Char(' ') + refUsage();
        return fail(std::move(error));
    }
    DatasetRef ref {*name, 0};
    if (at < 0)
        return ref;
    const QString version = text.mid(at + 1).trimmed();
    if (version.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
        return ref;
    bool ok = false;
    ref.version = version.toLongLong(&ok);
    // toLongLong accepts a leading '+'; a version is plain digits.
    const bool digitsOnly = !version.isEmpty() && std::all_of(version.begin(), version.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!ok || !digitsOnly || ref.version < 1) {
        return fail(ErrorCode::InvalidArgument,
            tr("'%1' is not a dataset version: a version is a number from 1 or 'latest'.").arg(version)
                + QLatin1Char(' ') + refUsage(),
            QStringLiteral("bad version in '%1'").arg(text));
    }
    return ref;
}

QJsonObject ColumnInfo::toJson() const
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("field"), textOrNull(field)},
        {QStringLiteral("type"), columnTypeName(type)}, {QStringLiteral("source"), textOrNull(source)}};
}

QString DatasetVersionInfo::refString() const
{
    return QStringLiteral("%1@%2").arg(datasetName).arg(version);
}

QJsonObject DatasetVersionInfo::toJson() const
{
    QJsonArray columnArray;
    for (const ColumnInfo& column : columns)
        columnArray.append(column.toJson());
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("dataset_id"), datasetId},
        {QStringLiteral("dataset"), datasetName},
        {QStringLiteral("version"), version},
        {QStringLiteral("parent_id"), parentId > 0 ? QJsonValue(parentId) : QJsonValue()},
        {QStringLiteral("kind"), versionKindName(kind)},
        {QStringLiteral("row_count"), rowCount},
        {QStringLiteral("content_sha256"), contentSha256},
        {QStringLiteral("source_name"), textOrNull(sourceName)},
        {QStringLiteral("source_sha256"), textOrNull(sourceSha256)},
        {QStringLiteral("source_bytes"), sourceBytes >= 0 ? QJsonValue(sourceBytes) : QJsonValue()},
        {QStringLiteral("dialect"), dialect},
        {QStringLiteral("mapping"), mapping},
        {QStringLiteral("report"), report},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("columns"), columnArray},
    };
}

QJsonObject DatasetSummary::toJson() const
{
    QJsonArray versionArray;
    for (const DatasetVersionInfo& v : versions)
        versionArray.append(v.toJson());
    const DatasetVersionInfo* newest = latest();
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("latest_version"), newest ? QJsonValue(newest->version) : QJsonValue()},
        {QStringLiteral("versions"), versionArray},
    };
}

QJsonObject RejectedRow::toJson() const
{
    return QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("column"), textOrNull(column)},
        {QStringLiteral("raw"), textOrNull(raw)}, {QStringLiteral("reason"), reason}};
}

} // namespace valuator
