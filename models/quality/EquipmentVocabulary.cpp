// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/EquipmentVocabulary.h"

#include <algorithm>
#include <array>

namespace valuator {

namespace {

/// Sorted (std::binary_search below); keep it sorted when adding items.
constexpr std::array<std::string_view, 62> kKnown = {
    "360 camera",
    "adaptive cruise control",
    "adaptive headlights",
    "air suspension",
    "all-wheel drive",
    "alloy wheels",
    "ambient lighting",
    "android auto",
    "apple carplay",
    "automatic climate control",
    "blind spot assist",
    "bluetooth",
    "cd player",
    "central locking",
    "climate control",
    "cruise control",
    "dab radio",
    "digital cockpit",
    "electric seats",
    "electric tailgate",
    "electric windows",
    "emergency brake assist",
    "fog lights",
    "four-wheel drive",
    "hands-free tailgate",
    "head-up display",
    "heat pump",
    "heated rear seats",
    "heated seats",
    "heated steering wheel",
    "heated windscreen",
    "hill start assist",
    "isofix",
    "keyless entry",
    "keyless start",
    "lane assist",
    "laser headlights",
    "leather seats",
    "led headlights",
    "massage seats",
    "matrix led headlights",
    "metallic paint",
    "navigation",
    "panoramic roof",
    "park assist",
    "parking sensors",
    "premium sound system",
    "rain sensor",
    "rear camera",
    "roof rails",
    "sport package",
    "sport seats",
    "start-stop",
    "sunroof",
    "tinted windows",
    "tow bar",
    "traffic sign recognition",
    "tyre pressure monitoring",
    "ventilated seats",
    "winter package",
    "wireless charging",
    "xenon headlights",
};

static_assert(std::is_sorted(kKnown.begin(), kKnown.end()));

} // namespace

bool EquipmentVocabulary::isKnown(std::string_view key)
{
    return std::binary_search(kKnown.begin(), kKnown.end(), key);
}

QStringList EquipmentVocabulary::keys()
{
    QStringList out;
    for (std::string_view k : kKnown)
        out << QString::fromUtf8(k.data(), qsizetype(k.size()));
    return out;
}

} // namespace valuator
