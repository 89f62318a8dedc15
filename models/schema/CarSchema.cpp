// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/schema/CarSchema.h"

#include <array>

namespace valuator {
namespace {

// Synonyms are stored normalised (CarSchema::normaliseName): lower case, no spaces or punctuation, ä→a, ö→o,
// å→a, ü→u, ß→ss. English, German and Swedish names as they appear in dealer exports.
constexpr const char* kPlate[] = {"plate", "licenceplate", "licenseplate", "registration", "registrationnumber",
    "regno", "regnr", "reg", "numberplate", "vrm", "kennzeichen", "amtlicheskennzeichen", "kfzkennzeichen",
    "registreringsnummer", "regnummer", "registreringsnr"};
constexpr const char* kBrand[]
    = {"brand", "make", "manufacturer", "marque", "marke", "hersteller", "fabrikat", "marka"};
constexpr const char* kModel[] = {"model", "modell", "modelname", "modellname", "modellbezeichnung"};
constexpr const char* kVariant[]
    = {"variant", "trim", "version", "edition", "ausstattungslinie", "utforande", "modellvariant"};
constexpr const char* kModelYear[]
    = {"modelyear", "year", "myear", "baujahr", "modelljahr", "jahr", "arsmodell", "modellar", "ar", "tillverkningsar"};
constexpr const char* kFirstReg[] = {"firstregistration", "registrationdate", "firstregistered", "erstzulassung", "ez",
    "zulassung", "forstaregistrering", "itrafik", "registreringsdatum"};
constexpr const char* kMileage[]
    = {"mileage", "mileagekm", "odometer", "odometerkm", "km", "kilometers", "kilometres", "kms", "distance",
        "kilometerstand", "laufleistung", "kmstand", "tachostand", "matarstallning", "miltal", "korstracka"};
constexpr const char* kFuel[] = {"fuel", "fueltype", "kraftstoff", "kraftstoffart", "treibstoff", "brennstoff",
    "bransle", "drivmedel", "branslegtyp"};
constexpr const char* kTransmission[]
    = {"transmission", "gearbox", "gear", "getriebe", "getriebeart", "schaltung", "vaxellada", "vaxel"};
constexpr const char* kBodyType[]
    = {"bodytype", "body", "bodystyle", "karosserie", "karosserieform", "aufbau", "kaross", "karosstyp", "karosseri"};
constexpr const char* kPower[] = {"powerkw", "power", "kw", "enginepower", "leistung", "leistungkw", "motorleistung",
    "effekt", "effektkw", "motoreffekt"};
constexpr const char* kEngine[] = {"enginel", "engine", "enginesize", "displacement", "engineliters", "enginelitres",
    "hubraum", "hubraumliter", "motorvolym", "cylindervolym", "slagvolym"};
constexpr const char* kColour[] = {"colour", "color", "paint", "farbe", "lackierung", "farg", "kulor"};
constexpr const char* kEquipment[] = {"equipment", "features", "options", "extras", "ausstattung", "sonderausstattung",
    "utrustning", "extrautrustning", "tillval"};
constexpr const char* kRegion[]
    = {"region", "state", "location", "area", "county", "bundesland", "standort", "gebiet", "lan", "ort", "omrade"};
constexpr const char* kSellerType[] = {"sellertype", "seller", "sellerkind", "verkaufer", "verkaufertyp", "anbieter",
    "anbietertyp", "saljare", "saljartyp"};
constexpr const char* kOwners[] = {"owners", "previousowners", "numberofowners", "ownercount", "vorbesitzer", "halter",
    "anzahlhalter", "fahrzeughalter", "agare", "antalagare", "tidigareagare"};
constexpr const char* kSaleDate[] = {"saledate", "solddate", "dateofsale", "date", "sold", "saledon", "verkaufsdatum",
    "verkauftam", "datum", "forsaljningsdatum", "saldatum", "saljdatum"};
constexpr const char* kSalePrice[] = {"saleprice", "price", "soldprice", "sellingprice", "amount", "preis",
    "verkaufspreis", "kaufpreis", "pris", "forsaljningspris", "saljpris", "slutpris"};
constexpr const char* kCurrency[] = {"currency", "curr", "wahrung", "valuta"};

using F = FieldType;
using U = FieldUnit;
const std::array<FieldDef, kCarFieldCount> kFields {{
    {CarField::Plate, "plate", F::Text, U::None, false, true, kPlate},
    {CarField::Brand, "brand", F::Category, U::None, true, false, kBrand},
    {CarField::Model, "model", F::Category, U::None, true, false, kModel},
    {CarField::Variant, "variant", F::Category, U::None, false, false, kVariant},
    {CarField::ModelYear, "model_year", F::Integer, U::Year, true, false, kModelYear},
    {CarField::FirstRegistration, "first_registration", F::Date, U::None, false, false, kFirstReg},
    {CarField::MileageKm, "mileage_km", F::Decimal, U::Kilometres, true, false, kMileage},
    {CarField::Fuel, "fuel", F::Category, U::None, false, false, kFuel},
    {CarField::Transmission, "transmission", F::Category, U::None, false, false, kTransmission},
    {CarField::BodyType, "body_type", F::Category, U::None, false, false, kBodyType},
    {CarField::PowerKw, "power_kw", F::Decimal, U::Kilowatts, false, false, kPower},
    {CarField::EngineL, "engine_l", F::Decimal, U::Litres, false, false, kEngine},
    {CarField::Colour, "colour", F::Category, U::None, false, false, kColour},
    {CarField::Equipment, "equipment", F::TextList, U::None, false, false, kEquipment},
    {CarField::Region, "region", F::Category, U::None, false, false, kRegion},
    {CarField::SellerType, "seller_type", F::Category, U::None, false, false, kSellerType},
    {CarField::Owners, "owners", F::Integer, U::None, false, false, kOwners},
    {CarField::SaleDate, "sale_date", F::Date, U::None, true, false, kSaleDate},
    {CarField::SalePrice, "sale_price", F::Decimal, U::Money, true, false, kSalePrice},
    {CarField::Currency, "currency", F::Category, U::None, false, false, kCurrency},
}};

// Unit words dealers append to column names ("Preis (EUR)", "mileage_km", "Leistung kW").
constexpr const char* kUnitSuffixes[]
    = {"inkm", "km", "eur", "euro", "sek", "kr", "usd", "chf", "kw", "ps", "hp", "l", "liter", "litre", "ccm"};

bool matches(const FieldDef& def, const QString& name)
{
    if (name == QLatin1String(def.key).toString().remove(QLatin1Char('_')))
        return true;
    for (const char* s : def.synonyms)
        if (name == QLatin1String(s))
            return true;
    return false;
}

} // namespace

std::span<const FieldDef> CarSchema::fields()
{
    return kFields;
}

const FieldDef& CarSchema::field(CarField field)
{
    return kFields[size_t(field)];
}

const FieldDef* CarSchema::byKey(QStringView key)
{
    for (const FieldDef& def : kFields)
        if (key == QLatin1String(def.key))
            return &def;
    return nullptr;
}

QString CarSchema::normaliseName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        const char16_t u = c.toLower().unicode();
        switch (u) {
        case u'ä':
        case u'å':
        case u'á':
        case u'à':
        case u'â':
            out += QLatin1Char('a');
            break;
        case u'ö':
        case u'ø':
        case u'ó':
        case u'ô':
            out += QLatin1Char('o');
            break;
        case u'ü':
        case u'ú':
            out += QLatin1Char('u');
            break;
        case u'é':
        case u'è':
        case u'ê':
            out += QLatin1Char('e');
            break;
        case u'ß':
            out += QLatin1String("ss");
            break;
        default:
            if (QChar(u).isLetterOrNumber())
                out += QChar(u);
        }
    }
    return out;
}

const FieldDef* CarSchema::matchHeader(QStringView header)
{
    const QString name = normaliseName(header);
    if (name.isEmpty())
        return nullptr;
    for (const FieldDef& def : kFields)
        if (matches(def, name))
            return &def;
    for (const char* suffix : kUnitSuffixes) {
        const QLatin1String s(suffix);
        if (name.size() > s.size() + 1 && name.endsWith(s)) {
            const QString stem = name.left(name.size() - s.size());
            for (const FieldDef& def : kFields)
                if (matches(def, stem))
                    return &def;
        }
    }
    return nullptr;
}

QString CarSchema::displayName(CarField field)
{
    switch (field) {
    case CarField::Plate:
        return tr("Licence plate");
    case CarField::Brand:
        return tr("Brand");
    case CarField::Model:
        return tr("Model");
    case CarField::Variant:
        return tr("Variant");
    case CarField::ModelYear:
        return tr("Model year");
    case CarField::FirstRegistration:
        return tr("First registration");
    case CarField::MileageKm:
        return tr("Mileage (km)");
    case CarField::Fuel:
        return tr("Fuel");
    case CarField::Transmission:
        return tr("Transmission");
    case CarField::BodyType:
        return tr("Body type");
    case CarField::PowerKw:
        return tr("Power (kW)");
    case CarField::EngineL:
        return tr("Engine (l)");
    case CarField::Colour:
        return tr("Colour");
    case CarField::Equipment:
        return tr("Equipment");
    case CarField::Region:
        return tr("Region");
    case CarField::SellerType:
        return tr("Seller type");
    case CarField::Owners:
        return tr("Owners");
    case CarField::SaleDate:
        return tr("Sale date");
    case CarField::SalePrice:
        return tr("Sale price");
    case CarField::Currency:
        return tr("Currency");
    }
    return {};
}

QString CarSchema::typeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Category:
        return QStringLiteral("category");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Decimal:
        return QStringLiteral("decimal");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::TextList:
        return QStringLiteral("list");
    }
    return {};
}

QStringList CarSchema::requiredKeys()
{
    QStringList keys;
    for (const FieldDef& def : kFields)
        if (def.required)
            keys << QLatin1String(def.key);
    return keys;
}

} // namespace valuator
