// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace valuator {

/// What a unit measures. Values of one column should share one kind.
enum class UnitKind : quint8 { None, Currency, Distance, Power, Volume };

/// A unit written next to a number. Order is stable (used as an array index); kUnitCount follows the last.
enum class Unit : quint8 {
    None,
    Eur,
    Usd,
    Gbp,
    Chf,
    Sek,
    Kilometre,
    ThousandKilometres, ///< "Tkm", German listings: 85 Tkm = 85,000 km
    Mile, ///< statute mile, 1.609344 km ("mi", "miles", "Meilen")
    ScandinavianMile, ///< Swedish/Norwegian "mil" = 10 km (see Units::find)
    Kilowatt,
    MetricHorsepower, ///< PS / hk / CV: 0.73549875 kW
    Horsepower, ///< hp / bhp (mechanical): 0.745699872 kW
    Litre,
    CubicCentimetre, ///< ccm / cm³ / cc: 0.001 l
};
inline constexpr int kUnitCount = int(Unit::CubicCentimetre) + 1;

/// The unit table: recognised spellings, kinds and conversion factors to the canonical unit of each kind
/// (km, kW, l). Currencies are detected but never converted: that needs a dated exchange rate.
struct Units {
    /// The unit spelled `token` (ASCII case-insensitive, e.g. "EUR", "€", "km", "Meilen", "PS"), Unit::None if
    /// unknown. Decision: "mil" is the Scandinavian mile (10 km), not the statute mile: Swedish dealers quote
    /// mileage in mil ("1 500 mil"), while English speakers write "mi" or "miles". "kr" is SEK.
    static Unit find(std::string_view token);
    static UnitKind kind(Unit unit);
    /// Multiply a value in `unit` by this to get the canonical unit of its kind; 1 for currencies and None.
    static double factor(Unit unit);
    /// The canonical unit of a kind (Kilometre, Kilowatt, Litre); Unit::None for Currency and None.
    static Unit canonical(UnitKind kind);
    /// Short display symbol ("EUR", "km", "mi", "kW", "PS", ...); empty for None.
    static QString symbol(Unit unit);
    /// The same symbol as static ASCII text (usable as ParseFailure::token).
    static std::string_view code(Unit unit);
    /// Stable machine name of a kind ("currency", "distance", "power", "volume", "none").
    static QString kindName(UnitKind kind);
};

} // namespace valuator
