// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/Splits.h"

#include "models/schema/CarSchema.h"
#include "models/validation/SplitMix64.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <unordered_map>

namespace valuator {

namespace {

constexpr double kMaxExactSeed = 9007199254740992.0; // 2^53: larger seeds are stored as strings

QString key(CarField field)
{
    return QLatin1String(CarSchema::field(field).key);
}

/// The folds for a per-row fold assignment (0..k-1): fold f tests the rows assigned f, trains on the others.
/// `rows` ascending, so both sides come out ascending.
std::vector<Fold> foldsFromAssignment(const std::vector<int64_t>& rows, const std::vector<int>& assignment, int k)
{
    std::vector<Fold> folds(static_cast<size_t>(k));
    for (int f = 0; f < k; ++f) {
        const auto n = std::count(assignment.begin(), assignment.end(), f);
        folds[size_t(f)].test.reserve(size_t(n));
        folds[size_t(f)].train.reserve(rows.size() - size_t(n));
    }
    for (size_t i = 0; i < rows.size(); ++i)
        for (int f = 0; f < k; ++f)
            (assignment[i] == f ? folds[size_t(f)].test : folds[size_t(f)].train).push_back(rows[i]);
    return folds;
}

/// Plate match key: ASCII letters upper-cased, digits and non-ASCII bytes kept, everything else (spaces, hyphens)
/// dropped, so "FR-GO 6795", "fr-go 6795" and "FRGO6795" are one car. Merging two different plates that way only
/// makes a group larger, which never leaks.
std::string plateKey(const std::string& plate)
{
    std::string out;
    out.reserve(plate.size());
    for (char ch : plate) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 'a' && c <= 'z')
            out.push_back(char(c - 'a' + 'A'));
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
            out.push_back(char(c));
    }
    return out;
}

Result<std::vector<Fold>> timeSplit(const Table& table, const SplitSpec& spec, const std::vector<int64_t>& rows)
{
    const Column* date = table.find(key(CarField::SaleDate));
    if (!date || date->type() != ColumnType::Date)
        return fail(ErrorCode::InvalidArgument, Splitter::tr("A time split needs the sale_date column."));
    // Rows without a sale date cannot be placed in time: they never go to the test side (they may train).
    std::vector<int64_t> dated;
    std::vector<int64_t> undated;
    for (int64_t r : rows)
        (date->days()[size_t(r)] == Column::kNullDate ? undated : dated).push_back(r);
    if (dated.size() < 2)
        return fail(ErrorCode::InvalidArgument, Splitter::tr("A time split needs at least two rows with a sale date."));
    std::stable_sort(dated.begin(), dated.end(),
        [&](int64_t a, int64_t b) { return date->days()[size_t(a)] < date->days()[size_t(b)]; });
    const auto n = int64_t(dated.size());
    const int64_t testRows = std::clamp(int64_t(std::llround(double(n) * spec.testShare)), int64_t(1), n - 1);
    Fold fold;
    fold.test.assign(dated.end() - testRows, dated.end());
    fold.train.assign(dated.begin(), dated.end() - testRows);
    fold.train.insert(fold.train.end(), undated.begin(), undated.end());
    std::sort(fold.test.begin(), fold.test.end());
    std::sort(fold.train.begin(), fold.train.end());
    return std::vector<Fold> {std::move(fold)};
}

Result<std::vector<Fold>> kFold(const SplitSpec& spec, const std::vector<int64_t>& rows)
{
    if (rows.size() < size_t(spec.folds))
        return fail(ErrorCode::InvalidArgument, Splitter::tr("There are fewer rows than folds."));
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    SplitMix64(spec.seed).shuffle(order);
    std::vector<int> assignment(rows.size());
    for (size_t pos = 0; pos < order.size(); ++pos)
        assignment[order[pos]] = int(pos % size_t(spec.folds));
    return foldsFromAssignment(rows, assignment, spec.folds);
}

Result<std::vector<Fold>> groupFold(const Table& table, const SplitSpec& spec, const std::vector<int64_t>& rows)
{
    const Column* plate = table.find(key(CarField::Plate));
    if (!plate || plate->type() != ColumnType::Text)
        return fail(ErrorCode::InvalidArgument, Splitter::tr("A split grouped by car needs the plate column."));
    // Groups in order of first appearance; a row without a plate is a group of its own.
    std::vector<int> groupOf(rows.size());
    std::vector<int64_t> groupSize;
    std::unordered_map<std::string, int> byKey;
    for (size_t i = 0; i < rows.size(); ++i) {
        const int32_t code = plate->codes()[size_t(rows[i])];
        const std::string k = code < 0 ? std::string() : plateKey(plate->dictionary().at(code));
        int g = int(groupSize.size());
        if (!k.empty())
            g = byKey.try_emplace(k, g).first->second;
        if (g == int(groupSize.size()))
            groupSize.push_back(0);
        ++groupSize[size_t(g)];
        groupOf[i] = g;
    }
    if (groupSize.size() < size_t(spec.folds))
        return fail(ErrorCode::InvalidArgument, Splitter::tr("There are fewer distinct cars than folds."));
    // Shuffled groups go, one by one, to the fold with the fewest rows so far (ties: the lowest fold).
    std::vector<int> order(groupSize.size());
    std::iota(order.begin(), order.end(), 0);
    SplitMix64(spec.seed).shuffle(order);
    std::vector<int> foldOfGroup(groupSize.size());
    std::vector<int64_t> foldRows(size_t(spec.folds), 0);
    for (int g : order) {
        const auto f = int(std::min_element(foldRows.begin(), foldRows.end()) - foldRows.begin());
        foldOfGroup[size_t(g)] = f;
        foldRows[size_t(f)] += groupSize[size_t(g)];
    }
    std::vector<int> assignment(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        assignment[i] = foldOfGroup[size_t(groupOf[i])];
    return foldsFromAssignment(rows, assignment, spec.folds);
}

} // namespace

QString splitKindName(SplitKind kind)
{
    switch (kind) {
    case SplitKind::Time:
        return QStringLiteral("time");
    case SplitKind::KFold:
        return QStringLiteral("kfold");
    case SplitKind::Group:
        return QStringLiteral("group");
    }
    return {};
}

std::optional<SplitKind> splitKindFromName(const QString& name)
{
    for (SplitKind k : {SplitKind::Time, SplitKind::KFold, SplitKind::Group})
        if (name == splitKindName(k))
            return k;
    return std::nullopt;
}

QJsonObject SplitSpec::toJson() const
{
    const QJsonValue seedValue
        = double(seed) < kMaxExactSeed ? QJsonValue(double(seed)) : QJsonValue(QString::number(seed));
    return {{QStringLiteral("kind"), splitKindName(kind)}, {QStringLiteral("folds"), folds},
        {QStringLiteral("test_share"), testShare}, {QStringLiteral("seed"), seedValue}};
}

Result<SplitSpec> SplitSpec::fromJson(const QJsonObject& json)
{
    SplitSpec s;
    const auto kind = splitKindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(ErrorCode::Parse, Splitter::tr("Unknown split kind."),
            json.value(QStringLiteral("kind")).toVariant().toString());
    s.kind = *kind;
    // A present value of the wrong type is an error, not a silent default (toInt() turns 2.5 or "3" into 5).
    const QJsonValue folds = json.value(QStringLiteral("folds"));
    const QJsonValue share = json.value(QStringLiteral("test_share"));
    if (!folds.isUndefined() && (!folds.isDouble() || folds.toDouble() != std::floor(folds.toDouble())))
        return fail(ErrorCode::Parse,
            Splitter::tr("The number of folds must be from 2 to 20, not %1.").arg(folds.toVariant().toString()));
    if (!share.isUndefined() && !share.isDouble())
        return fail(ErrorCode::Parse,
            Splitter::tr("The test share of a time split must be above 0 and at most 0.5, not %1.")
                .arg(share.toVariant().toString()));
    s.folds = int(std::clamp(folds.toDouble(s.folds), -1.0, 1000.0)); // the range check below reports it
    s.testShare = share.toDouble(s.testShare);
    const QJsonValue seed = json.value(QStringLiteral("seed"));
    bool ok = true;
    if (seed.isString())
        s.seed = seed.toString().toULongLong(&ok);
    else if (seed.isDouble() && seed.toDouble() >= 0 && seed.toDouble() < kMaxExactSeed
        && seed.toDouble() == std::floor(seed.toDouble()))
        s.seed = uint64_t(seed.toDouble());
    else if (!seed.isUndefined())
        ok = false;
    if (!ok)
        return fail(ErrorCode::Parse, Splitter::tr("The split seed is not a whole number."));
    // The same messages as Splitter::make: they name the setting and the allowed range.
    const QString detail = QStringLiteral("folds %1, test_share %2").arg(s.folds).arg(s.testShare);
    if (s.folds < 2 || s.folds > 20)
        return fail(
            ErrorCode::Parse, Splitter::tr("The number of folds must be from 2 to 20, not %1.").arg(s.folds), detail);
    if (!(s.testShare > 0 && s.testShare <= 0.5))
        return fail(ErrorCode::Parse,
            Splitter::tr("The test share of a time split must be above 0 and at most 0.5, not %1.").arg(s.testShare),
            detail);
    return s;
}

Result<std::vector<Fold>> Splitter::make(const Table& table, const SplitSpec& spec, std::span<const int64_t> usable)
{
    if (spec.kind != SplitKind::Time && (spec.folds < 2 || spec.folds > 20))
        return fail(
            ErrorCode::InvalidArgument, tr("The number of folds must be from 2 to 20, not %1.").arg(spec.folds));
    if (spec.kind == SplitKind::Time && !(spec.testShare > 0 && spec.testShare <= 0.5))
        return fail(ErrorCode::InvalidArgument,
            tr("The test share of a time split must be above 0 and at most 0.5, not %1.").arg(spec.testShare));
    std::vector<int64_t> rows(usable.begin(), usable.end());
    if (usable.empty()) {
        rows.resize(size_t(table.rowCount()));
        std::iota(rows.begin(), rows.end(), int64_t(0));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (!rows.empty() && (rows.front() < 0 || rows.back() >= table.rowCount()))
        return fail(ErrorCode::InvalidArgument, tr("A row to split is out of range."));
    switch (spec.kind) {
    case SplitKind::Time:
        return timeSplit(table, spec, rows);
    case SplitKind::KFold:
        return kFold(spec, rows);
    case SplitKind::Group:
        return groupFold(table, spec, rows);
    }
    return fail(ErrorCode::InvalidArgument, tr("Unknown split kind."));
}

} // namespace valuator
