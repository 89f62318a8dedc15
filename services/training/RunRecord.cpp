// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/training/RunRecord.h"

#include <QDataStream>
#include <QIODevice>

namespace valuator {

QJsonObject RunRecord::toJson() const
{
    return {{QStringLiteral("run"), id}, {QStringLiteral("model"), hasModel ? QJsonValue(id) : QJsonValue()},
        {QStringLiteral("name"), name}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("learner"), learner}, {QStringLiteral("dataset"), datasetRef},
        {QStringLiteral("dataset_version_id"), datasetVersionId}, {QStringLiteral("dataset_sha256"), datasetSha256},
        {QStringLiteral("quality_gate"), qualityGate},
        {QStringLiteral("gate_override"), gateOverride.isEmpty() ? QJsonValue() : QJsonValue(gateOverride)},
        {QStringLiteral("config"), config}, {QStringLiteral("parameters"), parameters},
        {QStringLiteral("metrics"), metrics.toJson()}, {QStringLiteral("folds"), folds},
        {QStringLiteral("seconds"), seconds}, {QStringLiteral("versions"), versions},
        {QStringLiteral("git_revision"), gitRevision}, {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("created_by"), createdBy}};
}

QByteArray RunPredictions::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << quint32(1) << quint64(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        out << qint64(rows[i]) << actual[i] << predicted[i];
    return bytes;
}

RunPredictions RunPredictions::decode(const QByteArray& bytes)
{
    RunPredictions p;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 format = 0;
    quint64 count = 0;
    in >> format >> count;
    if (format != 1 || count > quint64(bytes.size()))
        return p;
    p.rows.reserve(count);
    p.actual.reserve(count);
    p.predicted.reserve(count);
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint64 row = 0;
        double a = 0, b = 0;
        in >> row >> a >> b;
        p.rows.push_back(row);
        p.actual.push_back(a);
        p.predicted.push_back(b);
    }
    if (in.status() != QDataStream::Ok)
        return {};
    return p;
}

} // namespace valuator
