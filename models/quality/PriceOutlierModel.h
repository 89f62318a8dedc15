// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/table/Table.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace valuator {

/// Parameters of the price outlier rule.
struct PriceOutlierOptions {
    double threshold = 3.5; ///< |robust z| above this is an outlier (Iglewicz & Hoaglin's recommendation)
    int minGroupSize = 20; ///< smaller groups fall back to the next level
    int ageBandYears = 3; ///< age bands 0-2, 3-5, ... years (sale year - model year)
    int maxAgeBand = 5; ///< the last band takes all older cars (15+ years with the defaults)
    bool operator==(const PriceOutlierOptions&) const = default;
};

/// Robust price-outlier model on log(sale_price) within comparable groups. For each group it keeps the median
/// and the median absolute deviation (MAD); a row's robust z-score is 0.6745 * (ln price - median) / MAD
/// (the "modified z-score"). A row is judged in the first group of its chain that has at least minGroupSize
/// fitted rows and MAD > 0: (brand, model, age band) -> (brand, age band) -> brand -> all rows. Fitting is
/// separate from scoring so a cleaning plan can carry the fitted groups and judge a later batch by them.
/// Brand and model are compared by key (NameKeys), so spellings of one name share a group.
class PriceOutlierModel {
public:
    enum class Level : uint8_t { None = 0, ModelAge = 1, BrandAge = 2, Brand = 3, Global = 4 };
    struct Group {
        double median = 0; ///< of ln(price in EUR)
        double mad = 0;
        qint64 rows = 0;
        bool operator==(const Group&) const = default;
    };
    /// Per row inputs: which (brand key, model key) pair, age band and ln price.
    struct Rows {
        std::vector<int32_t> pair; ///< index into pairs, -1 when brand is missing
        QList<QPair<QString, QString>> pairs; ///< (brand key, model key); model key may be empty
        std::vector<int8_t> band; ///< -1 when unknown
        std::vector<double> logPrice; ///< NaN when the price is missing or not positive
    };
    /// Maps a (brand, model) spelling pair to the keys groups use; called once per distinct pair.
    using KeyFn = std::function<QPair<QString, QString>(const QString& brand, const QString& model)>;
    struct Scores {
        std::vector<float> z; ///< NaN where the row was not scored
        std::vector<Level> level;
        std::vector<float> groupMedian; ///< exp(median) of the group used, EUR; NaN when not scored
        qint64 outliers = 0;
        std::vector<uint8_t> isOutlier;
    };

    /// Reads brand, model, model_year, sale_date and sale_price. Missing brand or price columns give no rows.
    static Rows rowsOf(const Table& table, const PriceOutlierOptions& options, const KeyFn& keys);
    /// The default KeyFn: NameKeys::brandRootOf(brand), NameKeys::modelKey(model).
    static QPair<QString, QString> defaultKeys(const QString& brand, const QString& model);

    static PriceOutlierModel fit(const Rows& rows, const PriceOutlierOptions& options);
    /// A model with options but no groups (isFitted() false): a cleaning step fits it on its input.
    static PriceOutlierModel unfitted(const PriceOutlierOptions& options);
    /// Scores rows against the fitted groups; polls `cancelled` (may be null).
    Scores score(const Rows& rows, const std::atomic<bool>* cancelled = nullptr) const;

    bool isFitted() const { return m_global.rows > 0; }
    const PriceOutlierOptions& options() const { return m_options; }
    const Group& global() const { return m_global; }
    int groupCount() const { return int(m_groups.size()); }
    static QString levelName(Level level);

    QJsonObject toJson() const;
    static Result<PriceOutlierModel> fromJson(const QJsonObject& json);
    bool operator==(const PriceOutlierModel&) const = default;

private:
    PriceOutlierOptions m_options;
    QHash<QString, Group> m_groups; ///< level-tagged key -> fitted group (only usable groups)
    Group m_global;
};

} // namespace valuator
