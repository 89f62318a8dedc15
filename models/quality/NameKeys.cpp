// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/NameKeys.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace valuator {

namespace {

struct BrandAlias {
    const char* alias; ///< brand key
    const char* root; ///< brand key it stands for
};

/// Abbreviations, former names and sub-brands that German registration statistics (KBA) file under the
/// manufacturer: Cupra under SEAT, Vauxhall (Opel's UK badge) under Opel, Daimler under Mercedes-Benz.
constexpr BrandAlias kAliases[] = {
    {"vw", "volkswagen"},
    {"vag", "volkswagen"},
    {"volkswagen nutzfahrzeuge", "volkswagen"},
    {"merc", "mercedes benz"},
    {"mercedes", "mercedes benz"},
    {"mb", "mercedes benz"},
    {"benz", "mercedes benz"},
    {"daimler", "mercedes benz"},
    {"daimler benz", "mercedes benz"},
    {"bayerische motoren werke", "bmw"},
    {"vauxhall", "opel"},
    {"cupra", "seat"},
    {"chevy", "chevrolet"},
    {"alfa", "alfa romeo"},
    {"landrover", "land rover"},
};

struct BrandName {
    const char* root;
    const char* display;
};

/// Display names for alias targets, used only when a cluster has no spelling with the root key itself.
constexpr BrandName kDisplayNames[] = {
    {"volkswagen", "Volkswagen"},
    {"mercedes benz", "Mercedes-Benz"},
    {"bmw", "BMW"},
    {"opel", "Opel"},
    {"seat", "Seat"},
    {"chevrolet", "Chevrolet"},
    {"alfa romeo", "Alfa Romeo"},
    {"land rover", "Land Rover"},
    {"citroen", "Citroën"},
};

/// Company-form words dropped from the end of a brand key.
constexpr const char* kCompanyForms[] = {"ag", "gmbh", "auto", "automobile", "automobiles", "motors", "motor", "group",
    "inc", "ltd", "sa", "spa", "se", "co", "kg", "corporation", "corp", "company", "cars"};

QString fold(QStringView name, bool foldPunctuation)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (foldPunctuation && c == QLatin1Char('.'))
            continue;
        const bool separator = c.isSpace() || (foldPunctuation && (c == QLatin1Char('-') || c == QLatin1Char('_')));
        if (separator) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out.toCaseFolded();
}

} // namespace

QString NameKeys::brandKey(QStringView name)
{
    QStringList words = fold(name, true).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto isForm = [](const QString& w) {
        return std::any_of(
            std::begin(kCompanyForms), std::end(kCompanyForms), [&w](const char* f) { return w == QLatin1String(f); });
    };
    while (words.size() > 1 && isForm(words.last()))
        words.removeLast();
    return words.join(QLatin1Char(' '));
}

QString NameKeys::brandRoot(const QString& key)
{
    for (const BrandAlias& a : kAliases)
        if (key == QString::fromUtf8(a.alias))
            return QString::fromUtf8(a.root);
    return key;
}

bool NameKeys::isBrandAlias(const QString& key)
{
    return brandRoot(key) != key;
}

QString NameKeys::brandDisplay(const QString& rootKey)
{
    for (const BrandName& b : kDisplayNames)
        if (rootKey == QString::fromUtf8(b.root))
            return QString::fromUtf8(b.display);
    return {};
}

QString NameKeys::modelKey(QStringView name)
{
    qsizetype cut = name.size();
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == QLatin1Char(',') || name[i] == QLatin1Char('"')) {
            cut = i;
            break;
        }
    }
    const QString key = fold(name.left(cut), true);
    return key.isEmpty() ? fold(name, true) : key; // a name that starts with a quote keeps its whole text
}

QString NameKeys::textKey(QStringView name)
{
    return fold(name, false);
}

int NameKeys::editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], limit + 1);
}

QString NameKeys::digitsOf(QStringView key)
{
    QString out;
    for (QChar c : key)
        if (c.isDigit())
            out += c;
    return out;
}

} // namespace valuator
