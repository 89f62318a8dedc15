// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

namespace valuator {

/// One spelling that should be written as its cluster's canonical name.
struct SpellingVariant {
    QString spelling;
    qint64 rows = 0;
    QString reason; ///< "same_key" (case, spacing, accents, suffix), "alias" (built-in table) or "edit_distance"
    int distance = 0; ///< edit distance between the keys, for "edit_distance"
};

/// A group of spellings of one name within a scope (the canonical brand, for models; empty for brands).
struct SpellingCluster {
    QString scope;
    QString canonical; ///< suggested name: the most frequent spelling with the cluster's root key
    qint64 rows = 0; ///< rows of all spellings together
    qint64 canonicalRows = 0;
    QList<SpellingVariant> variants; ///< the non-canonical spellings, most rows first
};

/// Tuning of the clustering.
struct SpellingOptions {
    /// A key joins a more frequent one within edit distance only when that one has at least this many times its
    /// rows: typos are rare, while two real names a letter apart ("Model S"/"Model Y") are both common.
    double minFrequencyRatio = 5.0;
    bool fuzzy = true; ///< edit-distance clustering on top of keys and aliases
};

/// Clusters the spellings of a name column (brand or model) and says, for each spelling, which canonical name it
/// stands for. Three rules, in order: (1) spellings with the same key (NameKeys) are one name; (2) the built-in
/// alias table maps keys to roots ("vw" -> "volkswagen"), only for brands; (3) with `fuzzy`, a root joins a more
/// frequent root (ratio above) when both have the same digits, the same number of words, identical words of one
/// or two letters, and an edit distance of at most 1 (shorter key 4-7 characters) or 2 (8 or more); keys of up to
/// 3 characters never join by distance. The canonical name is the most frequent spelling whose key is the root
/// (preferring spellings without padding or double spaces; ties: the smaller string), or the alias table's display
/// name when no such spelling exists. Deterministic:
/// the input order does not matter.
class SpellingClusters {
public:
    struct Entry {
        QString scope;
        QString spelling;
        qint64 rows = 0;
    };
    using KeyFn = std::function<QString(QStringView)>;
    using RootFn = std::function<QString(const QString&)>;

    /// `key` folds a spelling to its key; `root` maps a key through the alias table (identity for models).
    static SpellingClusters build(
        const QList<Entry>& entries, const KeyFn& key, const RootFn& root, const SpellingOptions& options);

    /// The canonical spelling for `spelling` in `scope`, or `spelling` itself when unknown.
    QString canonicalOf(const QString& scope, const QString& spelling) const;
    /// Clusters with at least one variant, largest first.
    const QList<SpellingCluster>& clusters() const { return m_clusters; }
    /// Rows written with a non-canonical spelling.
    qint64 variantRows() const { return m_variantRows; }
    int variantCount() const;
    QJsonArray toJson() const;

private:
    QList<SpellingCluster> m_clusters;
    QHash<QString, QString> m_canonical; ///< scope + '\x1f' + spelling -> canonical, for every spelling seen
    qint64 m_variantRows = 0;
};

} // namespace valuator
