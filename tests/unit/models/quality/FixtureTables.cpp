// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureTables.h"

#include "models/importing/TableSink.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QtTest>

#include <cstring>
#include <map>
#include <memory>

namespace valuator::test {

QByteArray fixtureBytes(const QString& name)
{
    QFile f(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

const Table& fixtureTable(const QString& name)
{
    static std::map<QString, std::unique_ptr<Table>> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        auto imported = importCsvToTable(fixtureBytes(name));
        if (!imported)
            qFatal("import of %s failed: %s", qPrintable(name), qPrintable(imported.error().detail));
        it = cache.emplace(name, std::make_unique<Table>(std::move(imported->table))).first;
    }
    return *it->second;
}

QJsonObject fixtureStats(const QString& name)
{
    return QJsonDocument::fromJson(fixtureBytes(name + QStringLiteral(".stats.json"))).object();
}

int stat(const QString& fixture, const char* key)
{
    const QJsonValue v = fixtureStats(fixture).value(QLatin1String(key));
    if (!v.isDouble())
        qFatal("stats key %s missing in %s", key, qPrintable(fixture));
    return v.toInt();
}

QString cellText(const Table& table, const QString& column, qint64 row)
{
    const Column* c = table.find(column);
    if (!c)
        qFatal("no column %s", qPrintable(column));
    return c->isNull(row) ? QStringLiteral("<null>") : c->displayText(row);
}

std::vector<bool> laterCopiesBySimpleKey(const Table& table)
{
    std::vector<bool> out(size_t(table.rowCount()), false);
    QSet<QString> seen;
    for (qint64 r = 0; r < table.rowCount(); ++r) {
        QStringList parts;
        for (const Column& c : table.columns())
            if (c.name() != QStringLiteral("source_line"))
                parts << (c.isNull(r) ? QStringLiteral("<null>") : c.displayText(r));
        const QString key = parts.join(QChar(0x1f));
        out[size_t(r)] = seen.contains(key);
        seen.insert(key);
    }
    return out;
}

QSet<QString> vocabulary(const Table& table, const QString& column)
{
    QSet<QString> out;
    const Column* c = table.find(column);
    for (qint64 r = 0; c && r < table.rowCount(); ++r)
        if (!c->isNull(r))
            out.insert(c->displayText(r));
    return out;
}

bool identicalTables(const Table& a, const Table& b, QString* why)
{
    auto no = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (a.columnNames() != b.columnNames() || a.rowCount() != b.rowCount())
        return no(QStringLiteral("shape"));
    for (int i = 0; i < a.columnCount(); ++i) {
        const Column& x = a.column(i);
        const Column& y = b.column(i);
        const bool same = x.type() == y.type() && x.ints() == y.ints() && x.days() == y.days() && x.codes() == y.codes()
            && x.offsets() == y.offsets() && x.dictionary().values() == y.dictionary().values()
            && x.doubles().size() == y.doubles().size()
            && (x.doubles().empty()
                || std::memcmp(x.doubles().data(), y.doubles().data(), x.doubles().size() * sizeof(double)) == 0);
        if (!same)
            return no(QStringLiteral("column %1").arg(x.name()));
    }
    return true;
}

} // namespace valuator::test
