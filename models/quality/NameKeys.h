// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace valuator {

/// Comparison keys for brand and model names, the built-in brand alias table and the edit distance used to
/// cluster spelling variants. Works on distinct dictionary values only (never per row), so QString is fine.
/// Pure and thread-safe.
///
/// A key folds what never distinguishes two cars: letter case (Unicode case folding), diacritics ("Škoda" ->
/// "skoda"), dots ("V.W." -> "vw"), hyphens, underscores and whitespace runs (one space: "Mercedes-Benz" and
/// "Mercedes  Benz" -> "mercedes benz"), and surrounding whitespace.
struct NameKeys {
    /// Brand key: the folding above, then trailing company-form words dropped ("Volkswagen AG", "Skoda Auto",
    /// "Tesla Motors" -> "volkswagen", "skoda", "tesla").
    static QString brandKey(QStringView name);
    /// The key a brand key stands for: the alias table's target ("vw" -> "volkswagen", "merc" ->
    /// "mercedes benz", "vauxhall" -> "opel"), else `key` itself.
    static QString brandRoot(const QString& key);
    /// brandRoot(brandKey(name)).
    static QString brandRootOf(QStringView name) { return brandRoot(brandKey(name)); }
    /// True when `key` is an alias that the table maps to another key.
    static bool isBrandAlias(const QString& key);
    /// The alias table's display name for a root key ("volkswagen" -> "Volkswagen"), or empty.
    static QString brandDisplay(const QString& rootKey);
    /// Model key: the text before the first ',' or '"' (dealer exports append trims there:
    /// `Golf, M Sport`, `Golf "Edition 1"`), then the folding above ("C-HR" -> "c hr").
    static QString modelKey(QStringView name);
    /// Plain key for other text columns: case, diacritics and whitespace folded (no dots or hyphens folded).
    static QString textKey(QStringView name);
    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, each cost 1), stopping early
    /// and returning limit + 1 when the distance exceeds `limit`.
    static int editDistance(QStringView a, QStringView b, int limit);
    /// The digits of `key` in order ("xc 60" -> "60"): names that differ in digits are different models.
    static QString digitsOf(QStringView key);
};

} // namespace valuator
