// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/SpellingClusters.h"

#include "models/quality/NameKeys.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace valuator {

namespace {

QString joinKey(const QString& scope, const QString& spelling)
{
    return scope + QChar(0x1f) + spelling;
}

/// All spellings of one root key within a scope.
struct Root {
    QString key;
    qint64 rows = 0;
    QMap<QString, qint64> spellings; ///< spelling -> rows
    int parent = -1; ///< index of the root it joined by edit distance
    int distance = 0;
};

bool fuzzyCompatible(const QString& a, const QString& b)
{
    if (std::min(a.size(), b.size()) < 4 || NameKeys::digitsOf(a) != NameKeys::digitsOf(b))
        return false;
    const QStringList wa = a.split(QLatin1Char(' '));
    const QStringList wb = b.split(QLatin1Char(' '));
    if (wa.size() != wb.size())
        return false;
    for (qsizetype i = 0; i < wa.size(); ++i)
        if ((wa[i].size() <= 2 || wb[i].size() <= 2) && wa[i] != wb[i])
            return false;
    return true;
}

/// Attaches each root to a much more frequent, similar primary root (roots sorted by rows, descending).
void linkTypos(std::vector<Root>& roots, const SpellingOptions& options)
{
    std::vector<int> primaries;
    for (int i = 0; i < int(roots.size()); ++i) {
        Root& r = roots[size_t(i)];
        int best = -1;
        int bestDistance = 0;
        for (int p : options.fuzzy ? primaries : std::vector<int>()) {
            const Root& candidate = roots[size_t(p)];
            if (double(candidate.rows) < options.minFrequencyRatio * double(r.rows)
                || !fuzzyCompatible(candidate.key, r.key))
                continue;
            const int limit = std::min(candidate.key.size(), r.key.size()) >= 8 ? 2 : 1;
            const int d = NameKeys::editDistance(candidate.key, r.key, limit);
            if (d <= limit && (best < 0 || d < bestDistance)) {
                best = p;
                bestDistance = d;
            }
        }
        if (best >= 0) {
            r.parent = best;
            r.distance = bestDistance;
        } else {
            primaries.push_back(i);
        }
    }
}

/// The roots of one scope's spellings (spelling -> rows), most rows first (ties: smaller key); fills `keyOf`.
std::vector<Root> rootsOf(const QMap<QString, qint64>& spellings, const SpellingClusters::KeyFn& key,
    const SpellingClusters::RootFn& root, QHash<QString, QString>& keyOf)
{
    QMap<QString, Root> byKey;
    for (auto s = spellings.cbegin(); s != spellings.cend(); ++s) {
        const QString k = key(s.key());
        keyOf.insert(s.key(), k);
        Root& r = byKey[root(k)];
        r.key = root(k);
        r.rows += s.value();
        r.spellings.insert(s.key(), s.value());
    }
    std::vector<Root> roots(byKey.cbegin(), byKey.cend());
    std::stable_sort(roots.begin(), roots.end(), [](const Root& a, const Root& b) { return a.rows > b.rows; });
    return roots;
}

/// The suggested name of a primary root: a tidy spelling (no padding or double spaces) with the root's own key,
/// then the most rows, then the smaller string; else the alias table's display name; else the most rows.
QString canonicalSpelling(const Root& root, const QHash<QString, QString>& keyOf)
{
    QString canonical;
    std::pair<bool, qint64> best {false, -1};
    for (auto s = root.spellings.cbegin(); s != root.spellings.cend(); ++s) {
        const std::pair<bool, qint64> score {s.key() == s.key().simplified(), s.value()};
        if (keyOf.value(s.key()) == root.key && score > best) {
            best = score;
            canonical = s.key();
        }
    }
    if (best.second < 0)
        canonical = NameKeys::brandDisplay(root.key);
    if (canonical.isEmpty())
        canonical = std::max_element(root.spellings.cbegin(), root.spellings.cend()).key();
    return canonical;
}

} // namespace

SpellingClusters SpellingClusters::build(
    const QList<Entry>& entries, const KeyFn& key, const RootFn& root, const SpellingOptions& options)
{
    QMap<QString, QMap<QString, qint64>> byScope; // sorted: deterministic whatever the input order
    for (const Entry& e : entries)
        if (e.rows > 0)
            byScope[e.scope][e.spelling] += e.rows;

    SpellingClusters out;
    for (auto scope = byScope.cbegin(); scope != byScope.cend(); ++scope) {
        QHash<QString, QString> keyOf;
        std::vector<Root> roots = rootsOf(*scope, key, root, keyOf);
        linkTypos(roots, options);

        for (size_t p = 0; p < roots.size(); ++p) {
            if (roots[p].parent >= 0)
                continue;
            SpellingCluster cluster;
            cluster.scope = scope.key();
            cluster.canonical = canonicalSpelling(roots[p], keyOf);
            for (size_t m = 0; m < roots.size(); ++m) {
                if (m != p && roots[m].parent != int(p))
                    continue;
                cluster.rows += roots[m].rows;
                for (auto s = roots[m].spellings.cbegin(); s != roots[m].spellings.cend(); ++s) {
                    out.m_canonical.insert(joinKey(scope.key(), s.key()), cluster.canonical);
                    if (s.key() == cluster.canonical) {
                        cluster.canonicalRows = s.value();
                        continue;
                    }
                    SpellingVariant v {s.key(), s.value(), QStringLiteral("same_key"), 0};
                    if (m != p) {
                        v.reason = QStringLiteral("edit_distance");
                        v.distance = roots[m].distance;
                    } else if (keyOf.value(s.key()) != roots[p].key) {
                        v.reason = QStringLiteral("alias");
                    }
                    cluster.variants.append(v);
                    out.m_variantRows += s.value();
                }
            }
            if (cluster.variants.isEmpty())
                continue;
            std::stable_sort(cluster.variants.begin(), cluster.variants.end(),
                [](const SpellingVariant& a, const SpellingVariant& b) { return a.rows > b.rows; });
            out.m_clusters.append(cluster);
        }
    }
    std::stable_sort(out.m_clusters.begin(), out.m_clusters.end(),
        [](const SpellingCluster& a, const SpellingCluster& b) { return a.rows > b.rows; });
    return out;
}

QString SpellingClusters::canonicalOf(const QString& scope, const QString& spelling) const
{
    return m_canonical.value(joinKey(scope, spelling), spelling);
}

int SpellingClusters::variantCount() const
{
    int n = 0;
    for (const SpellingCluster& c : m_clusters)
        n += int(c.variants.size());
    return n;
}

QJsonArray SpellingClusters::toJson() const
{
    QJsonArray out;
    for (const SpellingCluster& c : m_clusters) {
        QJsonArray variants;
        for (const SpellingVariant& v : c.variants) {
            QJsonObject o {{QStringLiteral("spelling"), v.spelling}, {QStringLiteral("rows"), v.rows},
                {QStringLiteral("reason"), v.reason}};
            if (v.reason == QStringLiteral("edit_distance"))
                o.insert(QStringLiteral("distance"), v.distance);
            variants.append(o);
        }
        QJsonObject o {{QStringLiteral("canonical"), c.canonical}, {QStringLiteral("rows"), c.rows},
            {QStringLiteral("canonical_rows"), c.canonicalRows}, {QStringLiteral("variants"), variants}};
        if (!c.scope.isEmpty())
            o.insert(QStringLiteral("scope"), c.scope);
        out.append(o);
    }
    return out;
}

} // namespace valuator
