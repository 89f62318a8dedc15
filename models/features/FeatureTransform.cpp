// SPDX-License-Identifier: GPL-3.0-or-later
// FeatureSpec::transform: the hot path that runs at training and at prediction time. Every string comparison is
// done once per distinct value (a lookup table per dictionary code); the per-row loop only reads numbers and codes
// and writes one matrix row after the other.
#include "models/features/FeatureSpec.h"
#include "models/features/TextCodes.h"
#include "models/quality/CivilDate.h"
#include "models/schema/CarSchema.h"
#include "models/typing/ListTokens.h"

#include <cmath>
#include <deque>
#include <limits>
#include <unordered_map>

namespace valuator {

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr double kDaysPerYear = 365.25;
constexpr int32_t kMissing = -1; ///< lookup result: null or blank value
constexpr int32_t kUnseen = -2; ///< lookup result: a value the spec does not know

QString key(CarField field)
{
    return QLatin1String(CarSchema::field(field).key);
}

/// A numeric source read without a per-cell virtual call or type switch on the column object.
struct NumberReader {
    const double* doubles = nullptr;
    const int64_t* ints = nullptr;

    static NumberReader of(const Column* c)
    {
        NumberReader r;
        if (c && c->type() == ColumnType::Float64)
            r.doubles = c->doubles().data();
        else if (c && c->type() == ColumnType::Int64)
            r.ints = c->ints().data();
        return r;
    }
    bool present() const { return doubles || ints; }
    double at(int64_t row) const
    {
        if (doubles)
            return doubles[row];
        if (ints && ints[row] != Column::kNullInt)
            return double(ints[row]);
        return std::numeric_limits<double>::quiet_NaN();
    }
};

const int32_t* datesOf(const Column* c)
{
    return c && c->type() == ColumnType::Date ? c->days().data() : nullptr;
}

} // namespace

/// Resolves the spec against one table (column pointers, per-code lookup tables), then fills matrix rows.
class FeatureSpec::Transformer {
public:
    Transformer(const FeatureSpec& spec, const Table& table, TransformReport& report)
        : m_spec(spec)
        , m_report(report)
    {
        m_saleDate = datesOf(table.find(key(CarField::SaleDate)));
        m_firstReg = spec.m_hasFirstRegistration ? datesOf(table.find(key(CarField::FirstRegistration))) : nullptr;
        if (spec.m_hasModelYear)
            m_modelYear = NumberReader::of(table.find(key(CarField::ModelYear)));
        if (!m_saleDate)
            missing(key(CarField::SaleDate));
        if (m_saleDate && !m_firstReg && !m_modelYear.present())
            missing(spec.m_hasModelYear ? key(CarField::ModelYear) : key(CarField::FirstRegistration));
        if (spec.m_hasMileage) {
            m_mileage = NumberReader::of(table.find(key(CarField::MileageKm)));
            if (!m_mileage.present())
                missing(key(CarField::MileageKm));
        }
        for (const QString& name : spec.m_numerics) {
            m_numerics.push_back(NumberReader::of(table.find(name)));
            if (!m_numerics.back().present())
                missing(name);
        }
        for (const Categorical& cat : spec.m_categoricals)
            resolveCategorical(cat, table.find(cat.name));
        resolveEquipment(table.find(key(CarField::Equipment)));
        const Column* price = table.find(key(CarField::SalePrice));
        if (price && (price->type() == ColumnType::Float64 || price->type() == ColumnType::Int64))
            m_price = NumberReader::of(price);
    }

    void fillRow(int64_t r, float* out)
    {
        const double age = ageYears(r);
        *out++ = float(age);
        if (m_spec.m_hasMileage) {
            const double km = m_mileage.at(r);
            *out++ = std::isnan(age) ? kNaN : float(km / std::max(age, 0.5));
        }
        for (const NumberReader& n : m_numerics)
            *out++ = float(n.at(r));
        for (CategoricalSource& c : m_categoricals) {
            const int32_t code = c.text ? c.text->code(r) : -1;
            const int32_t v = code < 0 ? kMissing : c.lut[size_t(code)];
            c.unseen += v == kUnseen;
            *out++ = v >= 0 ? float(v) : kNaN;
        }
        fillEquipment(r, out);
        if (m_price.present()) {
            const double p = m_price.at(r);
            m_report.rowsMissingTarget += !(p > 0) || !std::isfinite(p);
        }
    }

    /// Adds the unseen-category counts to the report (once, after all rows).
    void finish()
    {
        for (const CategoricalSource& c : m_categoricals) {
            if (c.unseen == 0)
                continue;
            TransformReport one;
            one.unseenCategories.append({c.name, c.unseen});
            m_report.merge(one);
        }
    }

private:
    struct CategoricalSource {
        QString name;
        const TextCodes* text = nullptr;
        std::vector<int32_t> lut; ///< table dictionary code -> category code, kMissing or kUnseen
        qint64 unseen = 0;
    };

    void missing(const QString& column)
    {
        if (!m_report.missingColumns.contains(column))
            m_report.missingColumns << column;
    }

    void resolveCategorical(const Categorical& cat, const Column* column)
    {
        CategoricalSource src;
        src.name = cat.name;
        if (!column || column->type() == ColumnType::TextList) {
            missing(cat.name);
            m_categoricals.push_back(std::move(src));
            return;
        }
        std::unordered_map<std::string, int32_t> codes;
        for (int i = 0; i < cat.categories.size(); ++i)
            codes.emplace(ListTokens::key(cat.categories[i].toStdString()), int32_t(i));
        for (const QString& k : cat.folded)
            codes.emplace(k.toStdString(), int32_t(cat.categories.size()));
        src.text = &m_texts.emplace_back(*column);
        const std::vector<std::string>& values = src.text->values();
        src.lut.resize(values.size());
        for (size_t code = 0; code < values.size(); ++code) {
            const std::string k = ListTokens::key(values[code]);
            const auto it = codes.find(k);
            src.lut[code] = k.empty() ? kMissing : it == codes.end() ? kUnseen : it->second;
        }
        m_categoricals.push_back(std::move(src));
    }

    void resolveEquipment(const Column* column)
    {
        if (m_spec.m_equipment.isEmpty())
            return;
        if (!column || column->type() != ColumnType::TextList) {
            missing(key(CarField::Equipment));
            return;
        }
        m_equipment = column;
        std::unordered_map<std::string, int32_t> index;
        for (int i = 0; i < m_spec.m_equipment.size(); ++i)
            index.emplace(m_spec.m_equipment[i].toStdString(), int32_t(i));
        const Dictionary& dict = column->dictionary();
        m_tokenLut.resize(size_t(dict.size()));
        for (int32_t code = 0; code < dict.size(); ++code) {
            const auto it = index.find(ListTokens::key(dict.at(code)));
            m_tokenLut[size_t(code)] = it == index.end() ? -1 : it->second;
        }
    }

    /// Age at sale in years: from first registration when the row has one, else from 1 July of the model year.
    double ageYears(int64_t r) const
    {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        if (!m_saleDate || m_saleDate[r] == Column::kNullDate)
            return nan;
        if (m_firstReg && m_firstReg[r] != Column::kNullDate)
            return double(m_saleDate[r] - m_firstReg[r]) / kDaysPerYear;
        const double year = m_modelYear.at(r);
        if (!(std::abs(year) < 100000)) // NaN or absurd: no calendar arithmetic on it
            return nan;
        return double(m_saleDate[r] - CivilDate::toDays(int(year), 7, 1)) / kDaysPerYear;
    }

    /// Equipment indicators: 0/1, all NaN when the row's list is empty (missing, not "no equipment").
    void fillEquipment(int64_t r, float* out) const
    {
        const int n = int(m_spec.m_equipment.size());
        if (n == 0)
            return;
        const uint32_t begin = m_equipment ? m_equipment->offsets()[size_t(r)] : 0;
        const uint32_t end = m_equipment ? m_equipment->offsets()[size_t(r) + 1] : 0;
        std::fill(out, out + n, begin == end ? kNaN : 0.0f);
        const int32_t* codes = m_equipment ? m_equipment->codes().data() : nullptr;
        for (uint32_t i = begin; i < end; ++i) {
            const int32_t slot = m_tokenLut[size_t(codes[i])];
            if (slot >= 0)
                out[slot] = 1.0f;
        }
    }

    const FeatureSpec& m_spec;
    TransformReport& m_report;
    const int32_t* m_saleDate = nullptr;
    const int32_t* m_firstReg = nullptr;
    NumberReader m_modelYear;
    NumberReader m_mileage;
    NumberReader m_price;
    std::vector<NumberReader> m_numerics;
    std::deque<TextCodes> m_texts; ///< stable addresses (TextCodes may point into itself)
    std::vector<CategoricalSource> m_categoricals;
    const Column* m_equipment = nullptr;
    std::vector<int32_t> m_tokenLut; ///< equipment dictionary code -> indicator slot or -1
};

Result<FeatureMatrix> FeatureSpec::transform(const Table& table, TransformReport* report) const
{
    return transform(table, std::span<const int64_t> {}, report);
}

Result<FeatureMatrix> FeatureSpec::transform(
    const Table& table, std::span<const int64_t> rows, TransformReport* report) const
{
    const bool allRows = rows.empty();
    for (int64_t r : rows)
        if (r < 0 || r >= table.rowCount())
            return fail(ErrorCode::InvalidArgument, tr("A row to transform is out of range."),
                QStringLiteral("row %1 of %2").arg(r).arg(table.rowCount()));
    FeatureMatrix m;
    m.rows = allRows ? table.rowCount() : int64_t(rows.size());
    m.names = featureNames();
    m.kinds = featureKinds();
    m.columns = int(m.names.size());
    m.categoryCounts.assign(size_t(m.columns), 0);
    const int firstCategorical = (m_hasMileage ? 2 : 1) + int(m_numerics.size());
    for (int i = 0; i < m_categoricals.size(); ++i)
        m.categoryCounts[size_t(firstCategorical + i)] = m_categoricals[i].codeCount();
    m.values.resize(size_t(m.rows) * size_t(m.columns));

    TransformReport local;
    Transformer t(*this, table, local);
    float* out = m.values.data();
    for (int64_t i = 0; i < m.rows; ++i, out += m.columns)
        t.fillRow(allRows ? i : rows[size_t(i)], out);
    t.finish();
    if (report)
        report->merge(local);
    return m;
}

} // namespace valuator
