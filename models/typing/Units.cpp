// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/Units.h"

#include "models/typing/Utf8Text.h"

#include <array>

namespace valuator {

namespace {

struct Spelling {
    std::string_view text;
    Unit unit;
};

// Compared ASCII case-insensitively; UTF-8 symbols byte for byte.
constexpr std::array kSpellings {
    Spelling {"€", Unit::Eur},
    Spelling {"eur", Unit::Eur},
    Spelling {"euro", Unit::Eur},
    Spelling {"euros", Unit::Eur},
    Spelling {"$", Unit::Usd},
    Spelling {"usd", Unit::Usd},
    Spelling {"us$", Unit::Usd},
    Spelling {"£", Unit::Gbp},
    Spelling {"gbp", Unit::Gbp},
    Spelling {"chf", Unit::Chf},
    Spelling {"fr.", Unit::Chf},
    Spelling {"sfr.", Unit::Chf},
    Spelling {"sek", Unit::Sek},
    Spelling {"kr", Unit::Sek},
    Spelling {"kr.", Unit::Sek},
    Spelling {"km", Unit::Kilometre},
    Spelling {"km.", Unit::Kilometre},
    Spelling {"kilometer", Unit::Kilometre},
    Spelling {"kilometers", Unit::Kilometre},
    Spelling {"kilometre", Unit::Kilometre},
    Spelling {"kilometres", Unit::Kilometre},
    Spelling {"tkm", Unit::ThousandKilometres},
    Spelling {"mi", Unit::Mile},
    Spelling {"mi.", Unit::Mile},
    Spelling {"mile", Unit::Mile},
    Spelling {"miles", Unit::Mile},
    Spelling {"meile", Unit::Mile},
    Spelling {"meilen", Unit::Mile},
    Spelling {"mil", Unit::ScandinavianMile},
    Spelling {"kw", Unit::Kilowatt},
    Spelling {"ps", Unit::MetricHorsepower},
    Spelling {"hk", Unit::MetricHorsepower},
    Spelling {"cv", Unit::MetricHorsepower},
    Spelling {"hp", Unit::Horsepower},
    Spelling {"bhp", Unit::Horsepower},
    Spelling {"l", Unit::Litre},
    Spelling {"ltr", Unit::Litre},
    Spelling {"liter", Unit::Litre},
    Spelling {"litre", Unit::Litre},
    Spelling {"ccm", Unit::CubicCentimetre},
    Spelling {"cm3", Unit::CubicCentimetre},
    Spelling {"cm³", Unit::CubicCentimetre},
    Spelling {"cc", Unit::CubicCentimetre},
};

/// Spellings bucketed by their lower-cased first byte, so that a text field ("FR-GO 6795", "hatchback") is
/// rejected after comparing at most a few candidates (find() runs for every text cell during profiling).
struct SpellingIndex {
    std::array<std::array<quint8, 12>, 256> entries {}; // at most 9 spellings share a first letter ("k")
    std::array<quint8, 256> counts {};

    SpellingIndex()
    {
        for (size_t i = 0; i < kSpellings.size(); ++i) {
            const auto first = static_cast<unsigned char>(Utf8Text::lower(kSpellings[i].text[0]));
            entries[first][counts[first]++] = quint8(i);
        }
    }
};

} // namespace

Unit Units::find(std::string_view token)
{
    if (token.empty() || token.size() > 10) {
        return Unit::None;
    }
    static const SpellingIndex index;
    const auto first = static_cast<unsigned char>(Utf8Text::lower(token[0]));
    for (quint8 k = 0; k < index.counts[first]; ++k) {
        const Spelling& s = kSpellings[index.entries[first][k]];
        if (Utf8Text::equalsIgnoreCase(token, s.text)) {
            return s.unit;
        }
    }
    return Unit::None;
}

UnitKind Units::kind(Unit unit)
{
    switch (unit) {
    case Unit::None:
        return UnitKind::None;
    case Unit::Eur:
    case Unit::Usd:
    case Unit::Gbp:
    case Unit::Chf:
    case Unit::Sek:
        return UnitKind::Currency;
    case Unit::Kilometre:
    case Unit::ThousandKilometres:
    case Unit::Mile:
    case Unit::ScandinavianMile:
        return UnitKind::Distance;
    case Unit::Kilowatt:
    case Unit::MetricHorsepower:
    case Unit::Horsepower:
        return UnitKind::Power;
    case Unit::Litre:
    case Unit::CubicCentimetre:
        return UnitKind::Volume;
    }
    return UnitKind::None;
}

double Units::factor(Unit unit)
{
    switch (unit) {
    case Unit::ThousandKilometres:
        return 1000.0;
    case Unit::Mile:
        return 1.609344;
    case Unit::ScandinavianMile:
        return 10.0;
    case Unit::MetricHorsepower:
        return 0.73549875;
    case Unit::Horsepower:
        return 0.745699872;
    case Unit::CubicCentimetre:
        return 0.001;
    default:
        return 1.0;
    }
}

Unit Units::canonical(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Distance:
        return Unit::Kilometre;
    case UnitKind::Power:
        return Unit::Kilowatt;
    case UnitKind::Volume:
        return Unit::Litre;
    case UnitKind::Currency:
    case UnitKind::None:
        break;
    }
    return Unit::None;
}

std::string_view Units::code(Unit unit)
{
    switch (unit) {
    case Unit::None:
        return {};
    case Unit::Eur:
        return "EUR";
    case Unit::Usd:
        return "USD";
    case Unit::Gbp:
        return "GBP";
    case Unit::Chf:
        return "CHF";
    case Unit::Sek:
        return "SEK";
    case Unit::Kilometre:
        return "km";
    case Unit::ThousandKilometres:
        return "Tkm";
    case Unit::Mile:
        return "mi";
    case Unit::ScandinavianMile:
        return "mil";
    case Unit::Kilowatt:
        return "kW";
    case Unit::MetricHorsepower:
        return "PS";
    case Unit::Horsepower:
        return "hp";
    case Unit::Litre:
        return "l";
    case Unit::CubicCentimetre:
        return "ccm";
    }
    return {};
}

QString Units::symbol(Unit unit)
{
    const std::string_view text = code(unit);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString Units::kindName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::None:
        return QStringLiteral("none");
    case UnitKind::Currency:
        return QStringLiteral("currency");
    case UnitKind::Distance:
        return QStringLiteral("distance");
    case UnitKind::Power:
        return QStringLiteral("power");
    case UnitKind::Volume:
        return QStringLiteral("volume");
    }
    return QStringLiteral("none");
}

} // namespace valuator
