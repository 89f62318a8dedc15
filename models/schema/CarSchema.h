// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>

namespace valuator {

/// The canonical fields of a car sale. Order is stable (stored in workspaces by key, never by number).
enum class CarField {
    Plate,
    Brand,
    Model,
    Variant,
    ModelYear,
    FirstRegistration,
    MileageKm,
    Fuel,
    Transmission,
    BodyType,
    PowerKw,
    EngineL,
    Colour,
    Equipment,
    Region,
    SellerType,
    Owners,
    SaleDate,
    SalePrice,
    Currency,
};
inline constexpr int kCarFieldCount = int(CarField::Currency) + 1;

/// How a field's values are stored and typed.
enum class FieldType {
    Text, ///< free text / identifier (plate)
    Category, ///< low-cardinality text (brand, fuel, region)
    Integer, ///< whole numbers (model year, owners)
    Decimal, ///< real numbers (mileage in km, price, kW, litres)
    Date, ///< calendar date, days since 1970-01-01
    TextList, ///< list of normalised tokens (equipment)
};

/// What a numeric field measures, so values with units convert (miles → km, PS → kW).
enum class FieldUnit { None, Kilometres, Money, Kilowatts, Litres, Year };

/// Definition of one canonical field.
struct FieldDef {
    CarField field;
    const char* key; ///< stable snake_case identifier used in mappings, JSON and storage
    FieldType type;
    FieldUnit unit;
    bool required; ///< an import needs a column, a constant or indicator columns for it
    bool personal; ///< personal data: masked in logs/exports, never a model feature, never sent to an LLM
    /// Column-name synonyms in English, German and Swedish, already normalised (see CarSchema::normaliseName).
    std::span<const char* const> synonyms;
};

/// The canonical car-sale schema every import maps to.
class CarSchema {
    Q_DECLARE_TR_FUNCTIONS(CarSchema)
public:
    static std::span<const FieldDef> fields();
    static const FieldDef& field(CarField field);
    /// The field with key `key` ("mileage_km"), or nullptr.
    static const FieldDef* byKey(QStringView key);
    /// The field whose name or synonym matches the source column name `header`, or nullptr.
    static const FieldDef* matchHeader(QStringView header);
    /// Translated display name ("Mileage (km)").
    static QString displayName(CarField field);
    static QString typeName(FieldType type);
    /// Lower-case, umlauts and å/ä/ö folded (ä→a, ß→ss), everything but letters and digits removed:
    /// "Kilometer-Stand" → "kilometerstand", "Mätarställning" → "matarstallning".
    static QString normaliseName(QStringView name);
    static QStringList requiredKeys();
};

} // namespace valuator
