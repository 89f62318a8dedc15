#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reproducible generator of realistic used-car sales CSVs (a dealership group's Excel export).

Standard library only (Python >= 3.11, runs with Debian's /usr/bin/python3). Deterministic: the same arguments
give byte-identical output. All randomness comes from two private ``random.Random`` streams seeded from
``--seed``: one for the clean data and one for the injected dirt, so ``--dirt 0`` yields exactly the clean
version of the same data set: the dirty file's non-duplicate rows are the clean file's first rows, in order, with
the defective cells replaced.

Price structure: list price by model, power and fuel (with list-price inflation by model year), depreciation by
brand and age, mileage against ~15,000 km/year, equipment premiums (worth less on old cars), body, gearbox,
colour, owners, seller type, region, a monthly market index (2021-22 used-car boom), Dieselgate and the 2023 EV
price slump, a per-car condition effect shared by resales and multiplicative lognormal noise (total sigma 0.09).

Examples:
    generate_sales.py --rows 3000 --seed 2026 --dialect de --header-lang de --out sales.csv --stats sales.json
    generate_sales.py --rows 1000000 --dirt 0 --out bench.csv
Run with --help for all options. The defect kinds written by --stats are listed in DEFECT_RATES.
"""

import argparse
import bisect
import csv
import datetime as _dt
import io
import json
import math
import random
import statistics
import sys

COLUMNS = ("plate", "brand", "model", "model_year", "mileage_km", "fuel", "transmission", "power_kw",
           "engine_l", "body_type", "color", "equipment", "region", "seller_type", "owners", "sale_date",
           "sale_price")
(C_PLATE, C_BRAND, C_MODEL, C_YEAR, C_KM, C_FUEL, C_TRANS, C_KW, C_ENGINE, C_BODY, C_COLOR, C_EQUIP, C_REGION,
 C_SELLER, C_OWNERS, C_DATE, C_PRICE) = range(len(COLUMNS))

HEADERS = {
    "en": COLUMNS,
    "de": ("Kennzeichen", "Marke", "Modell", "Baujahr", "Kilometerstand", "Kraftstoff", "Getriebe", "Leistung_kW",
           "Hubraum_l", "Karosserie", "Farbe", "Ausstattung", "Bundesland", "Verkäufer", "Vorbesitzer",
           "Verkaufsdatum", "Preis"),
    "sv": ("Registreringsnummer", "Märke", "Modell", "Årsmodell", "Mätarställning", "Bränsle", "Växellåda",
           "Effekt_kW", "Motorvolym_l", "Kaross", "Färg", "Utrustning", "Län", "Säljare", "Ägare",
           "Försäljningsdatum", "Pris"),
}

# File format per dialect. Prices: us "12490", de "12490,00" (Excel number with 2 decimals), sv "189 900".
DIALECTS = {
    "us": {"delimiter": ",", "decimal": ".", "date": "iso", "crlf": False, "encoding": "utf-8"},
    "de": {"delimiter": ";", "decimal": ",", "date": "de", "crlf": True, "encoding": "utf-8-sig"},
    "sv": {"delimiter": ";", "decimal": ",", "date": "iso", "crlf": True, "encoding": "utf-8"},
}

FIRST_DAY = _dt.date(2015, 1, 1)
LAST_DAY = _dt.date(2025, 12, 31)
MIN_MODEL_YEAR, MAX_MODEL_YEAR = 2005, 2024
MAX_AGE = LAST_DAY.year - MIN_MODEL_YEAR

# ---------------------------------------------------------------------------------------------------------------
# Catalogue. Brand: tier (0 budget .. 3 luxury), yearly depreciation rate k, weight multiplier in Sweden, spelling
# variants a hand-typed export contains, trim/edition names (used for dirty model names).
BRANDS = {
    "Volkswagen": (1, 0.110, 0.85, ("VW", "Vw", "volkswagen", "VOLKSWAGEN", "Volkswagon", "V.W.", " Volkswagen ",
                                    "Volkswagen AG"), ("Comfortline", "Highline", "R-Line", "Trendline")),
    "Mercedes-Benz": (2, 0.120, 0.70, ("Mercedes", "Mercedes Benz", "mercedes-benz", "MB", "Mercedes-Benz AG",
                                       " Mercedes-Benz ", "Mercedez-Benz"), ("AMG Line", "Avantgarde", "Elegance")),
    "BMW": (2, 0.120, 0.90, ("bmw", "Bmw", " BMW ", "BMW AG", "B.M.W."), ("M Sport", "Luxury Line", "Sport Line")),
    "Audi": (2, 0.118, 0.90, ("audi", "AUDI", " Audi ", "Adui", "Audi AG"), ("S line", "Sport", "Design")),
    "Opel": (0, 0.130, 0.30, ("opel", "OPEL", " Opel ", "Vauxhall", "Opel Automobile"), ("Innovation", "GS Line",
                                                                                          "Edition")),
    "Ford": (0, 0.130, 0.80, ("ford", "FORD", " Ford ", "Ford-Werke"), ("Titanium", "ST-Line", "Trend")),
    "Skoda": (1, 0.105, 1.00, ("Škoda", "SKODA", "skoda", " Skoda ", "Scoda"), ("Ambition", "Style", "RS")),
    "Seat": (1, 0.120, 0.50, ("SEAT", "seat", " Seat ", "Cupra/Seat"), ("FR", "Xcellence", "Style")),
    "Renault": (0, 0.135, 0.80, ("renault", "RENAULT", " Renault ", "Renualt"), ("Intens", "Zen", "Limited")),
    "Peugeot": (0, 0.135, 0.70, ("peugeot", "PEUGEOT", " Peugeot ", "Peugot"), ("Allure", "GT", "Active")),
    "Toyota": (1, 0.095, 1.60, ("toyota", "TOYOTA", " Toyota ", "Toyta"), ("Comfort", "Team D", "Lounge")),
    "Volvo": (2, 0.115, 9.00, ("volvo", "VOLVO", " Volvo ", "Volvo Cars", "Vovlo"), ("Momentum", "Inscription",
                                                                                      "R-Design")),
    "Hyundai": (1, 0.115, 1.10, ("hyundai", "HYUNDAI", " Hyundai ", "Hyndai", "Hundai"), ("Trend", "Style", "N Line")),
    "Kia": (1, 0.115, 1.70, ("kia", "KIA", " Kia ", "Kia Motors"), ("Vision", "Spirit", "GT-Line")),
    "Tesla": (2, 0.140, 3.50, ("tesla", "TESLA", " Tesla ", "Tesla Motors"), ("Long Range", "Performance",
                                                                               "Standard Range")),
    "Dacia": (0, 0.100, 0.60, ("dacia", "DACIA", " Dacia ", "Dacia (Renault)"), ("Comfort", "Prestige", "Essential")),
    "Fiat": (0, 0.135, 0.40, ("fiat", "FIAT", " Fiat ", "F.I.A.T."), ("Lounge", "Sport", "Dolcevita")),
    "Mazda": (1, 0.110, 1.00, ("mazda", "MAZDA", " Mazda ", "Madza"), ("Exclusive-Line", "Homura", "Takumi")),
    "Porsche": (3, 0.070, 0.70, ("porsche", "PORSCHE", " Porsche ", "Porshe"), ("S", "GTS", "Turbo")),
}

# Model: brand, name, first and last model year, list price new (EUR, ~2020) at reference power, reference kW,
# bodies "type:weight ...", engines, all-wheel-drive share, weight in Germany, extra weight factor in Sweden.
# Engine "<fuel><kW>[/<litres>]:<weight>[@<from>-<to>]"; fuel p petrol, d diesel, h hybrid, e electric, g LPG.
MODELS = (
    ("Volkswagen", "Golf", 2005, 2024, 27000, 85, "hatchback:0.8 estate:0.2",
     "p75/1.4:3@-2012 p90/1.4:4@2008-2019 p85/1.0:3@2017- p110/1.5:3@2017- p169/2.0:0.6 p221/2.0:0.3@2010- "
     "d77/1.6:4@2009-2020 d81/1.9:3@-2008 d110/2.0:3 d85/2.0:2@2020- h150/1.4:0.5@2015- e100:0.4@2014-2020",
     0.05, 9.0, 1.0),
    ("Volkswagen", "Polo", 2005, 2024, 19000, 70, "hatchback",
     "p55/1.2:4@-2017 p59/1.0:4@2017- p70/1.0:3@2014- p81/1.2:2@2009-2017 p147/2.0:0.3@2018- d55/1.4:2@-2014 "
     "d70/1.6:2@2010-2021", 0.0, 5.0, 1.0),
    ("Volkswagen", "Passat", 2005, 2024, 36000, 110, "sedan:0.25 estate:0.75",
     "p110/1.4:2 p140/2.0:1.5 d103/2.0:4@-2014 d110/2.0:5 d140/2.0:2.5 d176/2.0:0.8@2015- h160/1.4:0.8@2015-",
     0.18, 5.0, 1.6),
    ("Volkswagen", "Tiguan", 2007, 2024, 35000, 110, "SUV",
     "p110/1.4:3 p132/2.0:2 d103/2.0:3@-2015 d110/2.0:4 d140/2.0:2 h180/1.4:0.7@2021-", 0.40, 5.0, 1.0),
    ("Volkswagen", "T-Roc", 2017, 2024, 28000, 81, "SUV", "p81/1.0:3 p110/1.5:4 p140/2.0:1 d85/2.0:2 d110/2.0:1",
     0.12, 3.0, 0.8),
    ("Volkswagen", "Touran", 2005, 2024, 31000, 110, "van", "p110/1.4:3 d85/1.6:3 d110/2.0:3", 0.0, 2.5, 0.6),
    ("Volkswagen", "up!", 2012, 2023, 14000, 55, "hatchback", "p44/1.0:4 p55/1.0:4 e61:1@2014-", 0.0, 2.0, 0.8),
    ("Volkswagen", "ID.3", 2020, 2024, 40000, 150, "hatchback", "e107:1 e150:4 e170:1.5", 0.0, 1.5, 2.0),
    ("Volkswagen", "ID.4", 2021, 2024, 47000, 150, "SUV", "e128:1 e150:3 e220:1", 0.15, 1.0, 3.0),
    ("Mercedes-Benz", "A-Klasse", 2005, 2024, 32000, 100, "hatchback:0.85 sedan:0.15",
     "p70/1.5:2@-2012 p90/1.6:3@2012-2018 p120/1.3:3@2018- p165/2.0:1 d80/1.5:3 d100/2.0:2 h160/1.3:0.6@2020-",
     0.05, 4.0, 1.0),
    ("Mercedes-Benz", "C-Klasse", 2005, 2024, 45000, 150, "sedan:0.5 estate:0.4 coupe:0.07 convertible:0.03",
     "p115/1.8:2 p150/2.0:3 p190/2.0:1 p287/3.0:0.3@2015- d100/2.2:3 d125/2.1:4 d150/2.0:2 h235/2.0:0.8@2015-",
     0.15, 6.0, 1.0),
    ("Mercedes-Benz", "E-Klasse", 2005, 2024, 57000, 150, "sedan:0.5 estate:0.45 coupe:0.05",
     "p135/2.0:2 p190/2.0:1.5 p245/3.0:0.6 d125/2.1:3 d143/2.0:3 d190/3.0:2 h235/2.0:0.7@2016-", 0.25, 4.0, 1.0),
    ("Mercedes-Benz", "GLC", 2015, 2024, 55000, 145, "SUV", "p145/2.0:2 p190/2.0:1 d120/2.1:2 d150/2.1:3 h235/2.0:1",
     0.90, 3.0, 1.2),
    ("Mercedes-Benz", "GLA", 2014, 2024, 38000, 120, "SUV", "p90/1.6:2@-2019 p120/1.3:3 d100/2.0:2.5", 0.25, 1.5,
     1.0),
    ("Mercedes-Benz", "S-Klasse", 2005, 2024, 105000, 250, "sedan", "p320/4.0:1 d210/3.0:3 h270/3.0:0.5@2014-",
     0.40, 0.7, 0.6),
    ("BMW", "1er", 2005, 2024, 31000, 100, "hatchback",
     "p90/1.6:3@-2015 p100/1.5:3@2015- p125/2.0:2 p225/3.0:0.4 d85/2.0:3 d110/2.0:3", 0.08, 2.5, 0.8),
    ("BMW", "3er", 2005, 2024, 45000, 135, "sedan:0.55 estate:0.45",
     "p115/2.0:2 p135/2.0:3 p190/2.0:1.2 p275/3.0:0.4 d105/2.0:3 d140/2.0:5 d195/3.0:1 h215/2.0:1@2016-",
     0.25, 5.0, 1.0),
    ("BMW", "5er", 2005, 2024, 57000, 140, "sedan:0.5 estate:0.5",
     "p135/2.0:1 p185/2.0:1 p250/3.0:0.7 d140/2.0:4 d195/3.0:2.5 h215/2.0:0.8@2017-", 0.35, 3.0, 1.0),
    ("BMW", "X1", 2009, 2024, 38000, 110, "SUV", "p100/1.5:2 p141/2.0:2 d110/2.0:4 d140/2.0:1.5 h162/1.5:0.6@2020-",
     0.40, 2.0, 1.0),
    ("BMW", "X3", 2005, 2024, 52000, 140, "SUV",
     "p135/2.0:1 p185/2.0:1.5 d140/2.0:5 d195/3.0:2 h215/2.0:0.8@2020- e210:0.5@2021-", 0.90, 2.5, 1.2),
    ("BMW", "X5", 2005, 2024, 75000, 195, "SUV", "d195/3.0:4 d235/3.0:1 p250/3.0:1 h290/3.0:1@2019-", 1.0, 1.2, 1.0),
    ("BMW", "i3", 2013, 2022, 38000, 125, "hatchback", "e125:4 e135:1@2017-", 0.0, 0.6, 1.2),
    ("Audi", "A1", 2010, 2024, 23000, 70, "hatchback", "p70/1.0:3 p85/1.4:2 p110/1.5:1 d66/1.6:2@-2018", 0.0, 1.5,
     0.8),
    ("Audi", "A3", 2005, 2024, 32000, 110, "hatchback:0.65 sedan:0.3 convertible:0.05",
     "p85/1.4:2 p110/1.5:3 p140/2.0:1 p228/2.0:0.4 d81/1.6:2 d110/2.0:3 h150/1.4:0.5@2014-", 0.12, 4.0, 1.0),
    ("Audi", "A4", 2005, 2024, 43000, 140, "sedan:0.4 estate:0.6",
     "p110/1.8:1.5 p140/2.0:2.5 p195/2.0:0.8 d105/2.0:3 d140/2.0:4 d210/3.0:1", 0.35, 4.0, 1.0),
    ("Audi", "A6", 2005, 2024, 56000, 150, "sedan:0.4 estate:0.6",
     "p180/2.0:1 p250/3.0:0.8 d140/2.0:3 d150/2.0:1 d200/3.0:3 h220/2.0:0.5@2019-", 0.55, 2.5, 1.0),
    ("Audi", "Q3", 2011, 2024, 38000, 110, "SUV", "p110/1.5:3 p132/2.0:1 d110/2.0:3 d140/2.0:1", 0.35, 2.0, 1.0),
    ("Audi", "Q5", 2008, 2024, 52000, 140, "SUV", "p165/2.0:2 p195/2.0:1 d140/2.0:4 d190/3.0:2 h220/2.0:0.7@2020-",
     0.85, 2.0, 1.2),
    ("Audi", "e-tron", 2019, 2024, 80000, 265, "SUV", "e230:1.5 e300:2", 1.0, 0.6, 3.0),
    ("Opel", "Corsa", 2005, 2024, 17000, 66, "hatchback",
     "p44/1.0:2@-2014 p51/1.2:3 p66/1.4:3 p74/1.2:2@2019- d55/1.3:2 g66/1.4:0.5@2008-2018 e100:0.6@2020-",
     0.0, 4.0, 1.0),
    ("Opel", "Astra", 2005, 2024, 24000, 81, "hatchback:0.65 estate:0.35",
     "p74/1.4:3 p92/1.4:3 p110/1.2:2@2015- p147/1.6:0.5 d81/1.7:3 d100/2.0:2 g103/1.4:0.5@2009-2016 "
     "h132/1.6:0.3@2022-", 0.0, 4.5, 1.0),
    ("Opel", "Insignia", 2008, 2022, 33000, 118, "sedan:0.4 estate:0.6",
     "p103/1.4:1 p147/2.0:1 d96/2.0:2 d120/2.0:3 d125/1.6:1@2015-", 0.08, 2.0, 1.0),
    ("Opel", "Mokka", 2012, 2024, 24000, 85, "SUV", "p85/1.4:3 p96/1.2:2@2020- d81/1.6:2 e100:0.6@2021-", 0.10,
     1.5, 1.0),
    ("Opel", "Zafira", 2005, 2019, 27000, 103, "van", "p103/1.4:3 p88/1.8:2 d88/1.7:2 d125/2.0:2 g103/1.4:0.8",
     0.0, 1.5, 1.0),
    ("Ford", "Fiesta", 2005, 2023, 17000, 70, "hatchback",
     "p44/1.25:2@-2012 p60/1.25:3 p74/1.0:3@2013- p147/1.5:0.3@2018- d55/1.5:2 g60/1.4:0.4@-2016", 0.0, 3.5, 0.8),
    ("Ford", "Focus", 2005, 2024, 25000, 92, "hatchback:0.6 estate:0.4",
     "p74/1.6:2 p92/1.0:4@2012- p110/1.5:2@2014- p206/2.3:0.3@2015- d85/1.5:3 d110/2.0:2 g85/1.6:0.4@-2016",
     0.0, 4.0, 1.0),
    ("Ford", "Mondeo", 2005, 2022, 32000, 110, "sedan:0.35 estate:0.65",
     "p118/1.5:2 d100/2.0:3 d110/2.0:3 d132/2.0:1 h138/2.0:0.6@2015-", 0.08, 1.8, 1.2),
    ("Ford", "Kuga", 2008, 2024, 32000, 110, "SUV", "p110/1.5:3 p132/1.5:1 d110/2.0:3 d132/2.0:2 h165/2.5:1@2020-",
     0.30, 2.0, 1.2),
    ("Ford", "Puma", 2019, 2024, 25000, 92, "SUV", "p92/1.0:4 p114/1.0:2", 0.0, 1.2, 1.0),
    ("Skoda", "Fabia", 2005, 2024, 16000, 70, "hatchback:0.75 estate:0.25",
     "p44/1.2:3@-2014 p63/1.2:3 p70/1.0:3@2014- p81/1.2:1 d55/1.4:2@-2017", 0.0, 4.0, 1.0),
    ("Skoda", "Octavia", 2005, 2024, 28000, 110, "sedan:0.3 estate:0.7",
     "p81/1.2:2 p110/1.5:3 p180/2.0:0.5 d77/1.6:3 d85/2.0:1 d110/2.0:4 d147/2.0:0.5 h150/1.4:0.5@2020-",
     0.08, 6.5, 1.3),
    ("Skoda", "Superb", 2005, 2024, 36000, 140, "sedan:0.35 estate:0.65",
     "p110/1.4:1 p140/2.0:1 p200/2.0:0.5 d110/2.0:3 d140/2.0:3 h160/1.4:0.7@2020-", 0.20, 2.0, 1.3),
    ("Skoda", "Kodiaq", 2017, 2024, 38000, 110, "SUV", "p110/1.5:2 p140/2.0:1 d110/2.0:3 d147/2.0:1.5", 0.40, 1.3,
     1.3),
    ("Skoda", "Enyaq", 2021, 2024, 45000, 150, "SUV", "e132:1 e150:3 e195:1", 0.25, 0.6, 3.0),
    ("Seat", "Ibiza", 2005, 2024, 17000, 70, "hatchback", "p51/1.2:2 p70/1.0:4 p81/1.4:1 d55/1.6:2@-2018", 0.0, 3.0,
     1.0),
    ("Seat", "Leon", 2005, 2024, 26000, 110, "hatchback:0.65 estate:0.35",
     "p85/1.4:2 p110/1.5:3 p221/2.0:0.4 d85/1.6:2 d110/2.0:3 h150/1.4:0.4@2020-", 0.05, 3.0, 1.0),
    ("Seat", "Ateca", 2016, 2024, 30000, 110, "SUV", "p85/1.0:2 p110/1.5:3 d110/2.0:2 d140/2.0:0.8", 0.20, 1.8, 1.0),
    ("Renault", "Clio", 2005, 2024, 17000, 66, "hatchback:0.85 estate:0.15",
     "p55/1.2:3 p66/0.9:3@2012- p74/1.0:2@2019- d66/1.5:3 h105/1.6:0.5@2020- g74/1.0:0.4@2019-", 0.0, 3.5, 0.8),
    ("Renault", "Megane", 2005, 2024, 25000, 96, "hatchback:0.6 estate:0.4",
     "p85/1.2:2 p103/1.3:3@2017- d81/1.5:4 d96/1.6:1 h118/1.6:0.3@2020-2022 e160:0.3@2022-", 0.0, 2.0, 0.8),
    ("Renault", "Captur", 2013, 2024, 22000, 96, "SUV",
     "p66/0.9:2 p96/1.3:3@2017- d66/1.5:2 h116/1.6:0.6@2020- g74/1.0:0.3@2020-", 0.0, 1.5, 0.8),
    ("Renault", "Zoe", 2013, 2024, 32000, 80, "hatchback", "e65:2@-2019 e80:3@2019- e100:1@2020-", 0.0, 0.8, 1.5),
    ("Peugeot", "208", 2012, 2024, 19000, 74, "hatchback", "p60/1.2:3 p74/1.2:4 p96/1.2:2 d73/1.5:2 e100:0.6@2020-",
     0.0, 2.0, 1.0),
    ("Peugeot", "308", 2007, 2024, 26000, 96, "hatchback:0.6 estate:0.4",
     "p81/1.2:2 p96/1.2:4@2013- d96/1.5:3 d110/2.0:1 h132/1.6:0.4@2021-", 0.0, 1.6, 1.0),
    ("Peugeot", "3008", 2009, 2024, 32000, 96, "SUV",
     "p96/1.2:3 p133/1.6:2 d96/1.5:2 d130/2.0:1 h165/1.6:0.7@2020-", 0.05, 1.5, 1.0),
    ("Peugeot", "508", 2011, 2024, 36000, 96, "sedan:0.5 estate:0.5",
     "p133/1.6:2 d96/1.5:2 d130/2.0:2 h165/1.6:0.6@2020-", 0.0, 0.7, 1.0),
    ("Toyota", "Yaris", 2005, 2024, 18000, 70, "hatchback",
     "p51/1.0:3 p64/1.3:2 p82/1.5:2@2020- h74/1.5:3@2012-2020 h85/1.5:3@2020-", 0.0, 2.2, 1.0),
    ("Toyota", "Auris", 2007, 2018, 22000, 73, "hatchback:0.7 estate:0.3",
     "p73/1.3:2 p85/1.2:2@2015- d66/1.4:2 h100/1.8:3@2010-", 0.0, 1.5, 1.0),
    ("Toyota", "Corolla", 2019, 2024, 29000, 90, "hatchback:0.5 estate:0.4 sedan:0.1",
     "h90/1.8:4 h135/2.0:2 p85/1.2:1@-2020", 0.0, 1.2, 1.2),
    ("Toyota", "RAV4", 2005, 2024, 36000, 160, "SUV",
     "p112/2.0:2@-2018 d110/2.2:2@-2018 h145/2.5:4@2016- h225/2.5:1@2021-", 0.55, 1.3, 1.6),
    ("Toyota", "C-HR", 2017, 2024, 29000, 90, "SUV", "h90/1.8:4 h135/2.0:1.5@2020- p85/1.2:1.5", 0.0, 1.3, 1.0),
    ("Toyota", "Prius", 2005, 2022, 30000, 100, "hatchback", "h82/1.5:2@-2009 h100/1.8:4@2009-", 0.0, 0.8, 1.0),
    ("Volvo", "V40", 2012, 2019, 28000, 90, "hatchback", "p90/1.5:2 p112/2.0:1 d88/2.0:3 d110/2.0:2", 0.0, 0.5, 1.0),
    ("Volvo", "V60", 2010, 2024, 45000, 140, "estate",
     "p140/2.0:2 p184/2.0:1 d110/2.0:3 d140/2.0:2 h250/2.0:2@2013-", 0.35, 0.8, 1.5),
    ("Volvo", "V70", 2005, 2016, 42000, 120, "estate", "d120/2.4:4 d133/2.0:2 p149/2.0:1", 0.30, 0.5,
     1.7),
    ("Volvo", "V90", 2016, 2024, 58000, 173, "estate", "d140/2.0:2 d173/2.0:3 p184/2.0:1 h288/2.0:1.5", 0.45, 0.3,
     1.3),
    ("Volvo", "XC60", 2008, 2024, 52000, 173, "SUV",
     "p184/2.0:2 d140/2.0:3 d173/2.4:3 h288/2.0:2.5@2018- h250/2.0:1.5@2020-", 0.75, 0.9, 1.5),
    ("Volvo", "XC90", 2005, 2024, 75000, 173, "SUV",
     "d173/2.4:3 d173/2.0:2@2015- h288/2.0:2.5@2015- p187/3.2:0.7@-2014",
     0.95, 0.4, 1.0),
    ("Volvo", "XC40", 2018, 2024, 40000, 120, "SUV",
     "p120/1.5:2 p145/2.0:1 d110/2.0:1@-2021 h155/1.5:2@2020- e170:1.5@2021- e300:1.5@2020-", 0.30, 0.9, 1.5),
    ("Hyundai", "i10", 2008, 2024, 13000, 49, "hatchback", "p49/1.0:3 p64/1.2:2", 0.0, 1.2, 0.6),
    ("Hyundai", "i20", 2009, 2024, 18000, 74, "hatchback", "p62/1.25:3 p74/1.0:3@2015- d66/1.4:1@-2018", 0.0, 1.5,
     0.8),
    ("Hyundai", "i30", 2007, 2024, 24000, 88, "hatchback:0.65 estate:0.35",
     "p73/1.4:2 p88/1.0:3@2015- p103/1.4:1 p206/2.0:0.3@2017- d81/1.6:3", 0.0, 2.5, 1.0),
    ("Hyundai", "Tucson", 2005, 2024, 32000, 110, "SUV",
     "p97/1.6:2 p130/1.6:2@2015- d85/1.7:2 d100/2.0:2 h169/1.6:1.5@2021-", 0.30, 2.0, 1.0),
    ("Hyundai", "Kona", 2017, 2024, 25000, 88, "SUV",
     "p88/1.0:3 p130/1.6:1 h104/1.6:1.5@2019- e150:1.5@2018- e100:0.7@2018-",
     0.05, 1.4, 1.6),
    ("Hyundai", "Ioniq 5", 2021, 2024, 48000, 160, "SUV", "e125:1 e168:2 e239:1", 0.30, 0.5, 2.5),
    ("Kia", "Picanto", 2005, 2024, 13000, 49, "hatchback", "p49/1.0:4 p62/1.2:2", 0.0, 1.5, 0.8),
    ("Kia", "Rio", 2005, 2023, 17000, 62, "hatchback", "p62/1.25:3 p74/1.0:2@2017- d66/1.4:1@-2018", 0.0, 1.1, 0.8),
    ("Kia", "Ceed", 2007, 2024, 24000, 88, "hatchback:0.55 estate:0.45",
     "p73/1.4:2 p88/1.0:3@2015- p103/1.4:1.5@2018- d85/1.6:2.5 h104/1.6:0.4@2020-", 0.0, 1.8, 1.4),
    ("Kia", "Sportage", 2005, 2024, 32000, 130, "SUV",
     "p97/1.6:2 p130/1.6:2@2016- d85/1.7:2 d100/2.0:2 h169/1.6:1.5@2022-", 0.35, 1.6, 1.0),
    ("Kia", "Niro", 2016, 2024, 32000, 104, "SUV", "h104/1.6:3 e150:3@2018-", 0.0, 1.0, 2.0),
    ("Kia", "EV6", 2021, 2024, 52000, 168, "SUV", "e125:1 e168:2 e239:1", 0.35, 0.4, 2.0),
    ("Tesla", "Model S", 2013, 2024, 90000, 310, "sedan", "e285:2@-2016 e310:3 e450:1@2016-", 0.80, 0.4, 1.0),
    ("Tesla", "Model 3", 2019, 2024, 48000, 208, "sedan", "e208:4 e324:2 e366:1", 0.45, 1.2, 1.0),
    ("Tesla", "Model Y", 2021, 2024, 55000, 220, "SUV", "e220:3@2022- e378:3 e393:1", 0.60, 1.0, 1.0),
    ("Dacia", "Sandero", 2008, 2024, 11000, 66, "hatchback",
     "p55/1.2:3@-2016 p66/0.9:3@2013- p74/1.0:2@2019- d55/1.5:2 g74/1.0:2@2019- g66/0.9:1@2013-2018", 0.0, 2.0,
     1.0),
    ("Dacia", "Duster", 2010, 2024, 17000, 96, "SUV",
     "p96/1.3:3@2018- p77/1.6:2@-2018 d85/1.5:3 g74/1.0:1.5@2019- g84/1.6:0.8@-2018", 0.25, 2.0, 1.2),
    ("Dacia", "Logan", 2005, 2020, 11000, 66, "estate:0.7 sedan:0.3", "p55/1.4:2 p66/0.9:2@2013- d55/1.5:2 g64/1.6:1.5",
     0.0, 0.9, 0.6),
    ("Dacia", "Spring", 2021, 2024, 22000, 33, "hatchback", "e33:4 e48:1@2023-", 0.0, 0.4, 1.5),
    ("Fiat", "500", 2007, 2024, 16000, 51, "hatchback:0.85 convertible:0.15",
     "p51/1.2:4 p63/0.9:2@2010- p74/1.4:1@-2015 e87:0.6@2021-", 0.0, 2.8, 0.8),
    ("Fiat", "Panda", 2005, 2024, 13000, 51, "hatchback", "p44/1.2:3 p51/1.2:3 p63/0.9:1@2012- g51/1.2:0.6", 0.08,
     2.0, 0.6),
    ("Fiat", "Tipo", 2016, 2024, 20000, 81, "sedan:0.2 hatchback:0.45 estate:0.35",
     "p70/1.4:3 p81/1.0:2@2020- d88/1.6:2",
     0.0, 1.5, 0.6),
    ("Mazda", "2", 2005, 2024, 17000, 66, "hatchback", "p55/1.3:3 p66/1.5:3 h85/1.5:0.3@2022-", 0.0, 1.2, 1.0),
    ("Mazda", "3", 2005, 2024, 26000, 90, "hatchback:0.75 sedan:0.25",
     "p77/1.6:2@-2013 p88/1.5:2@2013- p90/2.0:3 p132/2.0:1@2019- d77/1.6:1@-2013 d110/2.2:1@2013-", 0.0, 1.1, 1.0),
    ("Mazda", "CX-5", 2012, 2024, 33000, 121, "SUV", "p121/2.0:3 p143/2.5:1 d110/2.2:2.5 d129/2.2:1", 0.35, 1.3, 1.2),
    ("Mazda", "MX-5", 2005, 2024, 30000, 97, "convertible",
     "p81/1.5:2@2015- p97/1.8:2@-2015 p118/2.0:2 p135/2.0:1@2018-",
     0.0, 0.6, 0.8),
    ("Porsche", "911", 2005, 2024, 120000, 283, "coupe:0.75 convertible:0.25",
     "p254/3.6:2@-2012 p283/3.0:3@2012- p331/3.0:2 p478/3.8:0.4", 0.30, 0.35, 1.0),
    ("Porsche", "Cayenne", 2005, 2024, 90000, 250, "SUV",
     "p250/3.0:2 d180/3.0:3@2009-2018 p324/4.0:1 h340/3.0:1.5@2014-",
     1.0, 0.4, 1.0),
    ("Porsche", "Macan", 2014, 2024, 65000, 195, "SUV", "p185/2.0:2 p260/3.0:2 d190/3.0:1.5@-2018", 1.0, 0.4, 1.0),
    ("Porsche", "Taycan", 2020, 2024, 100000, 300, "sedan", "e300:2 e390:1.5 e560:0.5", 0.70, 0.15, 1.5),
)

FUELS = {"p": "petrol", "d": "diesel", "h": "hybrid", "e": "electric", "g": "lpg"}
# List-price factor of the fuel against the petrol reference (an EV variant of a combustion model costs more).
FUEL_LIST_FACTOR = {"petrol": 1.0, "diesel": 1.06, "hybrid": 1.12, "electric": 1.35, "lpg": 1.03}
BODY_FACTOR = {"hatchback": 1.0, "sedan": 1.02, "estate": 1.04, "SUV": 1.0, "van": 1.0, "coupe": 1.06,
               "convertible": 1.10}
# Annual mileage factor by fuel (diesel drivers commute further).
FUEL_KM_FACTOR = {"petrol": 0.86, "diesel": 1.32, "hybrid": 0.95, "electric": 0.85, "lpg": 1.15}

# Equipment vocabulary: token, probability at trim base/mid/high, first year it exists, years to become common,
# relative price premium when new. Order here is the order in the exported list.
EQUIPMENT = (
    ("navigation", 0.12, 0.50, 0.85, 2000, 0, 0.015),
    ("leather seats", 0.03, 0.15, 0.55, 2000, 0, 0.020),
    ("heated seats", 0.15, 0.50, 0.80, 2000, 0, 0.008),
    ("parking sensors", 0.25, 0.60, 0.85, 2000, 0, 0.006),
    ("rear camera", 0.04, 0.35, 0.75, 2008, 8, 0.010),
    ("cruise control", 0.35, 0.70, 0.90, 2000, 0, 0.005),
    ("adaptive cruise control", 0.02, 0.18, 0.60, 2008, 9, 0.015),
    ("LED headlights", 0.03, 0.28, 0.75, 2011, 7, 0.012),
    ("xenon headlights", 0.05, 0.28, 0.55, 2000, 0, 0.006),
    ("alloy wheels", 0.30, 0.75, 0.95, 2000, 0, 0.010),
    ("sunroof", 0.03, 0.12, 0.25, 2000, 0, 0.012),
    ("panoramic roof", 0.02, 0.10, 0.30, 2007, 5, 0.020),
    ("tow bar", 0.10, 0.16, 0.20, 2000, 0, 0.012),
    ("keyless entry", 0.03, 0.22, 0.60, 2006, 6, 0.008),
    ("Apple CarPlay", 0.10, 0.45, 0.75, 2016, 3, 0.008),
    ("head-up display", 0.00, 0.04, 0.30, 2012, 6, 0.015),
    ("sport package", 0.02, 0.12, 0.45, 2000, 0, 0.030),
    ("heated steering wheel", 0.01, 0.08, 0.35, 2011, 5, 0.005),
    ("lane assist", 0.02, 0.25, 0.70, 2010, 8, 0.008),
    ("blind spot assist", 0.01, 0.12, 0.45, 2010, 8, 0.008),
    ("climate control", 0.45, 0.82, 0.96, 2000, 0, 0.006),
    ("air suspension", 0.00, 0.02, 0.15, 2000, 0, 0.030),
    ("ventilated seats", 0.00, 0.02, 0.15, 2010, 4, 0.015),
)
AWD_TOKEN, AWD_PREMIUM = "all-wheel drive", 0.05
BASE_TOKEN = "air conditioning"  # every car has at least this, so a clean equipment cell is never empty

COLORS = ("black", "white", "grey", "silver", "blue", "red", "green", "brown", "orange", "yellow", "beige")
COLOR_WEIGHTS = {"de": (26, 20, 19, 12, 10, 7, 2, 1.5, 1, 1, 0.6), "se": (20, 22, 20, 15, 10, 5, 3, 2, 1, 1, 1)}
COLOR_FACTOR = (1.0, 1.01, 1.0, 0.99, 0.99, 0.98, 0.96, 0.95, 0.96, 0.95, 0.95)

# Region: name, weight (used-car sales share), price factor, licence-plate district codes (first one most common).
REGIONS_DE = (
    ("Baden-Württemberg", 13.4, 1.03, "S KA MA HD FR UL HN LB ES BB RT TÜ KN PF WN GP OG RV"),
    ("Bayern", 15.8, 1.03, "M N A R IN WÜ ER FÜ RO LA BA BT KE PA AÖ FS DAH EBE"),
    ("Berlin", 4.1, 1.00, "B"),
    ("Brandenburg", 3.0, 0.96, "P CB FF BRB OPR LOS MOL TF PM OHV"),
    ("Bremen", 0.8, 0.99, "HB BHV"),
    ("Hamburg", 2.2, 1.02, "HH"),
    ("Hessen", 7.5, 1.02, "F WI DA KS OF GI MR FD HU LDK HG MTK"),
    ("Mecklenburg-Vorpommern", 2.0, 0.95, "HRO SN NB VG LUP MSE VR LRO"),
    ("Niedersachsen", 10.2, 0.99, "H BS OS OL GÖ WOB HI LG CE SZ EL AUR CUX"),
    ("Nordrhein-Westfalen", 20.9, 1.00, "K D DO E DU BO W BI MS GE MG BN AC KR HA RE SI PB GT ME UN OB HAM MK WES "
                                        "BOR ST COE SU"),
    ("Rheinland-Pfalz", 5.0, 0.99, "MZ LU KO TR KL WO NR AK SÜW"),
    ("Saarland", 1.0, 0.98, "SB NK SLS HOM MZG WND"),
    ("Sachsen", 5.3, 0.96, "DD L C Z PL BZ GR MEI FG ERZ"),
    ("Sachsen-Anhalt", 2.7, 0.95, "MD HAL DE SK HZ SLK ABI BK WB SDL"),
    ("Schleswig-Holstein", 3.6, 0.99, "KI HL FL NMS PI SE OD RD SL NF"),
    ("Thüringen", 2.3, 0.95, "EF J G WE GTH NDH SHK IK UH SM"),
)
# Swedish län; the last field marks the north, where all-wheel drive is more common and worth more.
REGIONS_SE = (
    ("Stockholms län", 24.0, 1.04, 0), ("Västra Götalands län", 17.5, 1.01, 0), ("Skåne län", 13.8, 1.00, 0),
    ("Östergötlands län", 4.6, 0.99, 0), ("Uppsala län", 3.9, 1.01, 0), ("Jönköpings län", 3.6, 0.98, 0),
    ("Hallands län", 3.4, 1.00, 0), ("Örebro län", 3.0, 0.98, 0), ("Södermanlands län", 2.9, 0.98, 0),
    ("Dalarnas län", 2.8, 0.97, 1), ("Gävleborgs län", 2.8, 0.96, 1), ("Värmlands län", 2.8, 0.97, 1),
    ("Västmanlands län", 2.7, 0.98, 0), ("Västerbottens län", 2.7, 0.97, 1), ("Norrbottens län", 2.4, 0.96, 1),
    ("Kalmar län", 2.4, 0.97, 0), ("Västernorrlands län", 2.4, 0.96, 1), ("Kronobergs län", 2.0, 0.97, 0),
    ("Blekinge län", 1.5, 0.96, 0), ("Jämtlands län", 1.3, 0.96, 1), ("Gotlands län", 0.6, 0.97, 0),
)

# Sale-date model: weekday and month volume, the April 2020 lockdown dip.
WEEKDAY_WEIGHT = (1.0, 1.0, 1.0, 1.0, 1.1, 0.55, 0.04)
MONTH_WEIGHT = (0.80, 0.90, 1.10, 1.12, 1.10, 1.05, 1.00, 0.95, 1.00, 1.00, 0.95, 0.75)
# Distribution of car age (years) at sale, before the model's production years cut it.
AGE_WEIGHT = (2.0, 6.0, 9.0, 10.0, 10.0, 9.5, 9.0, 8.5, 8.0, 7.0, 6.0, 5.0, 4.3, 3.6, 3.0, 2.4, 2.0, 1.6, 1.2, 1.0,
              0.8)
SEK_PER_EUR = {2015: 9.35, 2016: 9.47, 2017: 9.63, 2018: 10.26, 2019: 10.59, 2020: 10.49, 2021: 10.15, 2022: 10.63,
               2023: 11.48, 2024: 11.43, 2025: 11.10}
SE_PRICE_LEVEL = 1.05  # Swedish used-car prices sit a little above German ones (VAT, demand)
NOISE_CAR, NOISE_SALE = 0.06, 0.067  # sqrt(0.06^2 + 0.067^2) ~ 0.09
RESALE_SHARE = 0.05

# ---------------------------------------------------------------------------------------------------------------
# Dirt: kind -> rate per row at --dirt 1. Counts in --stats are occurrences in the written file (a duplicate row
# repeats the defects of the row it copies and they are counted again). One cell carries at most one defect.
MISSING_COLUMNS = {"model": 0.0015, "model_year": 0.0025, "mileage_km": 0.008, "fuel": 0.004,
                   "transmission": 0.005, "power_kw": 0.015, "engine_l": 0.008, "body_type": 0.005, "color": 0.011,
                   "equipment": 0.004, "region": 0.003, "seller_type": 0.003, "owners": 0.01, "sale_date": 0.0012,
                   "sale_price": 0.002}
# The rare kinds sit at ~0.1 % so that even the 3000-row demo file shows each of them a few times.
DEFECT_RATES = {"duplicate_row": 0.008, "brand_variant": 0.019, "model_variant": 0.0035, "mileage_negative": 0.001,
                "mileage_9999999": 0.001, "mileage_text": 0.0012, "year_2099": 0.001, "year_implausible_low": 0.001,
                "power_impossible": 0.001, "price_outlier": 0.0017, "price_text": 0.0012, "date_alt_format": 0.002,
                "date_impossible": 0.001, "whitespace_pad": 0.0035, "equipment_comma_sep": 0.004}
DEFECT_RATES.update({"missing_" + c: r for c, r in MISSING_COLUMNS.items()})
MISSING_TOKENS = ("", "", "", "NA", "N/A", "null", "-")
PAD_COLUMNS = (C_FUEL, C_TRANS, C_BODY, C_COLOR, C_REGION, C_SELLER)
EDITION_WORDS = ("Black Edition", "Business", "Edition One", "Limited")


def _normal_table(size=8192):
    """Standard-normal quantiles at (i + 0.5) / size: z = table[int(random() * size)] is a fast N(0, 1) draw
    (tails cut at ~3.8 sigma), several times cheaper than random.gauss in the per-row loop."""
    nd = statistics.NormalDist()
    return [nd.inv_cdf((i + 0.5) / size) for i in range(size)]


def _cumulative(weights):
    """Running sums, for sampling with bisect on ``random() * total``."""
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def _parse_engines(spec, y0, y1):
    """'p75/1.4:3@-2012 e100:0.4@2014-2020' -> [(fuel, kw, litres or None, weight, from, to), ...]."""
    engines = []
    for item in spec.split():
        years = None
        if "@" in item:
            item, years = item.split("@")
        head, weight = item.split(":")
        fuel = FUELS[head[0]]
        kw, _, litres = head[1:].partition("/")
        e0, e1 = y0, y1
        if years:
            a, _, b = years.partition("-")
            e0 = int(a) if a else y0
            e1 = int(b) if b else y1
        engines.append((fuel, int(kw), litres or None, float(weight), max(e0, y0), min(e1, y1)))
    return engines


class Model:
    """One model line of the catalogue, with its parsed bodies and engines."""

    __slots__ = ("index", "brand", "name", "y0", "y1", "base", "ref_kw", "bodies", "body_cum", "engines", "awd",
                 "weight", "tier", "k", "small")

    def __init__(self, index, spec, market):
        brand, name, y0, y1, base, ref_kw, bodies, engines, awd, w_de, se_factor = spec
        self.index, self.brand, self.name = index, brand, name
        self.y0, self.y1 = max(y0, MIN_MODEL_YEAR), min(y1, MAX_MODEL_YEAR)
        self.base, self.ref_kw, self.awd = float(base), ref_kw, awd
        pairs = [(b.partition(":")[0], float(b.partition(":")[2] or 1)) for b in bodies.split()]
        self.bodies = tuple(b for b, _ in pairs)
        self.body_cum = _cumulative(w for _, w in pairs)
        self.engines = _parse_engines(engines, self.y0, self.y1)
        tier, k, se_brand = BRANDS[brand][0], BRANDS[brand][1], BRANDS[brand][2]
        self.tier, self.k = tier, k
        self.weight = w_de * (se_brand * se_factor if market == "se" else 1.0)
        self.small = base < 20000


def _fuel_year_factor(fuel, year, market):
    """Share shift of fuels over model years: diesel falls after 2016, hybrids and EVs rise (faster in Sweden)."""
    if fuel == "diesel":
        f = 0.8 if year <= 2016 else max(0.25, 0.8 - 0.1 * (year - 2016))
        return f * (0.8 if market == "se" else 1.0)
    if fuel in ("hybrid", "electric"):
        f = 0.5 if year < 2015 else min(3.5, 0.5 + 0.35 * (year - 2014))
        return f * (1.8 if market == "se" and year >= 2018 else 1.0)
    if fuel == "lpg":
        return 0.1 if market == "se" else 1.0
    return 1.0


def _market_index(month):
    """Used-car price level by month since Jan 2015: flat drift, 2021-22 shortage boom, easing from mid 2022."""
    points = ((0, 1.00), (66, 1.04), (90, 1.20), (108, 1.11), (131, 1.09))
    for (m0, v0), (m1, v1) in zip(points, points[1:]):
        if month <= m1:
            return v0 + (v1 - v0) * (month - m0) / (m1 - m0)
    return points[-1][1]


class SalesGenerator:
    """Generates rows (lists of strings) of one data set; all state and randomness is private to the instance."""

    def __init__(self, seed, rows, dialect, market, dirt):
        self.rows = rows
        self.dialect = DIALECTS[dialect]
        self.date_format = self.dialect["date"]
        self.market = market
        self.dirt = dirt
        self.price_style = dialect
        self.resale_p = RESALE_SHARE * 1.05  # some picks fail (no later date left), aim at ~5 % of rows
        self.my_start = {y: (_dt.date(y, 3, 1) - FIRST_DAY).days for y in range(1990, 2030)}
        self.rng = random.Random("car-valuator/sales/%d/clean" % seed)
        self.drng = random.Random("car-valuator/sales/%d/dirt" % seed)
        self.models = [Model(i, spec, market) for i, spec in enumerate(MODELS)]
        self.counts = {kind: 0 for kind in sorted(DEFECT_RATES)}
        self.info = {"resale_rows": 0, "electric_rows": 0, "equipment_semicolon_rows": 0}
        self.used_plates = set()  # integer keys; only membership tests, never iterated
        self.pool = []            # cars that may be resold later
        self.ntab = _normal_table()
        self._engine_cache = {}
        self._equip_cache = {}
        self._setup_days()
        self._setup_models_by_year()
        self._setup_regions()
        self._setup_misc()

    # ----- precomputation -----------------------------------------------------------------------------------
    def _setup_days(self):
        n = (LAST_DAY - FIRST_DAY).days + 1
        weights, self.day_year, self.day_factor, self.day_main = [], [], [], []
        diesel_cut = (_dt.date(2016, 9, 1) - FIRST_DAY).days
        ev_cut = (_dt.date(2023, 1, 1) - FIRST_DAY).days
        self.diesel_cut, self.ev_cut = diesel_cut, ev_cut
        for i in range(n):
            d = FIRST_DAY + _dt.timedelta(days=i)
            w = WEEKDAY_WEIGHT[d.weekday()] * MONTH_WEIGHT[d.month - 1] * (1.0 + 0.015 * (d.year - 2015))
            if d.year == 2020 and d.month in (3, 4, 5):
                w *= (0.75, 0.5, 0.8)[d.month - 3]
            weights.append(w)
            self.day_year.append(d.year)
            self.day_factor.append(_market_index((d.year - 2015) * 12 + d.month - 1))
            self.day_main.append(self._format_date(d, self.date_format))
        self.day_cum = _cumulative(weights)
        self.n_days = n

    @staticmethod
    def _format_date(d, fmt):
        if fmt == "iso":
            return "%04d-%02d-%02d" % (d.year, d.month, d.day)
        if fmt == "de":
            return "%02d.%02d.%04d" % (d.day, d.month, d.year)
        if fmt == "us":
            return "%02d/%02d/%04d" % (d.month, d.day, d.year)
        if fmt == "eu_slash":
            return "%02d/%02d/%04d" % (d.day, d.month, d.year)
        if fmt == "de_short":
            return "%d.%d.%02d" % (d.day, d.month, d.year % 100)
        if fmt == "excel_time":
            return "%04d-%02d-%02d 00:00:00" % (d.year, d.month, d.day)
        raise ValueError(fmt)

    def _setup_models_by_year(self):
        """Per sale year: model sampling weights = popularity x share of ages the model can have in that year."""
        self.age_cum = [0.0] + _cumulative(AGE_WEIGHT)
        self.models_by_year = {}
        for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
            usable, weights = [], []
            for m in self.models:
                lo, hi = m.y0, min(m.y1, year)
                if lo > hi:
                    continue
                a_lo, a_hi = year - hi, min(year - lo, len(AGE_WEIGHT) - 1)
                if a_lo > a_hi:
                    continue
                mass = self.age_cum[a_hi + 1] - self.age_cum[a_lo]
                usable.append((m, a_lo, a_hi))
                weights.append(m.weight * mass)
            self.models_by_year[year] = (usable, _cumulative(weights))

    def _setup_regions(self):
        if self.market == "de":
            self.regions = [r[0] for r in REGIONS_DE]
            self.region_factor = [r[2] for r in REGIONS_DE]
            self.region_north = [0] * len(REGIONS_DE)
            self.region_cum = _cumulative(r[1] for r in REGIONS_DE)
            self.plate_codes, self.plate_code_cum, self.plate_code_base = [], [], []
            base = 0
            for r in REGIONS_DE:
                codes = r[3].split()
                self.plate_codes.append(codes)
                self.plate_code_cum.append(_cumulative([4.0, 2.0][:len(codes)] + [1.0] * max(0, len(codes) - 2)))
                self.plate_code_base.append(base)
                base += len(codes)
        else:
            self.regions = [r[0] for r in REGIONS_SE]
            self.region_factor = [r[2] for r in REGIONS_SE]
            self.region_north = [r[3] for r in REGIONS_SE]
            self.region_cum = _cumulative(r[1] for r in REGIONS_SE)

    def _setup_misc(self):
        self.color_cum = _cumulative(COLOR_WEIGHTS[self.market])
        p = 0.075  # chance per year of age that the car had one more keeper
        self.owner_cum = []
        for age in range(MAX_AGE + 12):
            probs = [math.comb(age, j) * p ** j * (1 - p) ** (age - j) for j in range(age + 1)]
            cum = _cumulative(probs[:7])
            cum[-1] = 1.0 if len(probs) <= 7 else cum[-1] + sum(probs[7:])
            self.owner_cum.append(cum)
        self.year_str = {y: str(y) for y in range(1900, 2100)}
        dec = self.dialect["decimal"]
        self.litres_str = {}
        for m in self.models:
            for e in m.engines:
                if e[2]:
                    self.litres_str[e[2]] = e[2].replace(".", dec)

    def _engines_for(self, m, year):
        """Cached (entries, cumulative weights) of the engines of model m in a model year."""
        key = (m.index, year)
        hit = self._engine_cache.get(key)
        if hit is not None:
            return hit
        avail = [e for e in m.engines if e[4] <= year <= e[5]] or m.engines
        kws = sorted({e[1] for e in m.engines})
        entries, weights = [], []
        for fuel, kw, litres, w, _, _ in avail:
            rank = kws.index(kw) / (len(kws) - 1) if len(kws) > 1 else 0.5
            lp = m.base * (kw / m.ref_kw) ** 0.6 * 1.022 ** (year - 2020)
            if fuel != "petrol" and not (fuel == "electric" and all(x[0] == "electric" for x in m.engines)):
                lp *= FUEL_LIST_FACTOR[fuel]
            if fuel in ("electric", "hybrid"):
                p_auto = 1.0
            else:
                p_auto = (0.06, 0.16, 0.42, 0.85)[m.tier] + 0.02 * (year - 2005)
                p_auto += 0.25 if kw > 150 else (0.10 if kw > 110 else 0.0)
                p_auto = min(0.97, p_auto)
            awd = m.awd if m.awd >= 1.0 else min(1.0, m.awd * (1.6 if rank > 0.7 else 0.7 if rank < 0.3 else 1.0))
            t_base = min(0.6, max(0.08, 0.45 - 0.30 * rank - 0.08 * m.tier))
            t_high = min(0.6, max(0.05, 0.12 + 0.35 * rank + 0.06 * m.tier))
            km_f = 15000.0 * 0.92 * FUEL_KM_FACTOR[fuel] * (0.85 if m.small else 1.0)
            entries.append((fuel, kw, str(kw), self.litres_str[litres] if litres else "", lp, p_auto, awd,
                            t_base, 1.0 - t_high, km_f))
            weights.append(w * _fuel_year_factor(fuel, year, self.market))
        hit = (entries, _cumulative(weights))
        self._engine_cache[key] = hit
        return hit

    def _equipment_for(self, m, year, trim, body):
        """Cached [(token, probability, premium)] for a model, model year, trim level (0..2) and body type."""
        key = (m.index, year, trim, body)
        hit = self._equip_cache.get(key)
        if hit is not None:
            return hit
        tier_mult = (0.8, 1.0, 1.12, 1.25)[m.tier]
        se = self.market == "se"
        vec = []
        for token, pb, pm, ph, intro, ramp, prem in EQUIPMENT:
            p = (pb, pm, ph)[trim] * tier_mult
            if year < intro:
                continue
            if ramp:
                p *= min(1.0, (year - intro + 1) / ramp)
            if token in ("leather seats", "head-up display", "ventilated seats", "air suspension"):
                p *= (0.5, 1.0, 1.4, 1.8)[m.tier]
            if token == "air suspension" and not (m.tier >= 2 and m.base > 50000 and body in ("SUV", "sedan",
                                                                                              "estate")):
                p *= 0.1
            if token == "xenon headlights" and year > 2014:
                p *= max(0.0, 1.0 - (year - 2014) / 5)
            if token == "tow bar":
                p *= 1.6 if body in ("estate", "SUV", "van") else (0.2 if body in ("coupe", "convertible") else 0.6)
                p *= 2.2 if se else 1.0
            if se and token in ("heated seats", "heated steering wheel"):
                p *= 1.8
            if token == "sunroof" and body == "convertible":
                p = 0.0
            p = min(0.97, p)
            if p > 0.0:
                vec.append((token, p, prem))
        self._equip_cache[key] = vec
        return vec

    # ----- clean data ---------------------------------------------------------------------------------------
    _DE_LETTERS = [chr(65 + a) for a in range(26)] + [chr(65 + a) + chr(65 + b) for a in range(26) for b in range(26)]
    _DE_FORBIDDEN = frozenset(("SS", "SA", "SD", "HJ", "KZ", "NS", "HH", "IS"))
    _SE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"      # no I, Q, V, Å, Ä, Ö on Swedish plates
    _SE_LAST = "0123456789ABCDEFGHJKLMNPRSTUWXYZ"  # a letter as last character only since 2019, never O
    _DIGIT_CUM = (0.03, 0.15, 0.45, 1.0)

    def _plate(self, region_i, electric, model_year):
        """A licence plate not used before by another car (the key set makes plates unique per car)."""
        r, used = self.rng.random, self.used_plates
        if self.market == "se":
            letters = self._SE_LETTERS
            while True:
                l3 = int(r() * 12167)
                digits = int(r() * 100)
                last = 10 + int(r() * 22) if model_year >= 2019 and r() < 0.5 else int(r() * 10)
                key = (l3 * 100 + digits) * 32 + last
                if key not in used:
                    used.add(key)
                    return "%s%s%s %02d%s" % (letters[l3 // 529], letters[l3 // 23 % 23], letters[l3 % 23], digits,
                                              self._SE_LAST[last])
        codes, cum = self.plate_codes[region_i], self.plate_code_cum[region_i]
        ci = bisect.bisect(cum, r() * cum[-1])
        code = codes[ci]
        code_key = (self.plate_code_base[region_i] + ci) * 702
        while True:
            li = 26 + int(r() * 676) if r() < 0.85 else int(r() * 26)
            letters = self._DE_LETTERS[li]
            if letters in self._DE_FORBIDDEN:
                continue
            nd = min(bisect.bisect(self._DIGIT_CUM, r()) + 1, 8 - len(code) - len(letters))
            lo = 10 ** (nd - 1)
            num = lo + int(r() * (10 * lo - lo))
            key = (code_key + li) * 10000 + num
            if key not in used:
                used.add(key)
                suffix = "E" if electric and r() < 0.9 else ""
                return "%s-%s %d%s" % (code, letters, num, suffix)

    def _price(self, car, day, km, owners, dealer, region_i):
        """Sale price in the market's currency, rounded like a dealer (...90/...990) or a private seller."""
        m, e, my, body, auto, _, prem, awd, color_i = car[:9]
        age = (day - self.my_start[my]) / 365.25
        if age < 0.05:
            age = 0.05
        fuel = e[0]
        v = e[4] * BODY_FACTOR[body] * 0.80 * math.exp(-m.k * age)
        if auto and fuel not in ("electric", "hybrid"):
            v *= 1.04
        north = self.region_north[region_i]
        if awd:
            prem += AWD_PREMIUM * (1.8 if north else 1.0)
        v *= 1.0 + prem / (1.0 + 0.12 * age)
        delta = (km - 15000.0 * age) / 10000.0
        v *= math.exp(-0.032 * (-6.0 if delta < -6.0 else 25.0 if delta > 25.0 else delta))
        if km > 250000:
            v *= 0.88
        v *= COLOR_FACTOR[color_i] * 0.97 ** (owners - 1) * self.region_factor[region_i] * self.day_factor[day]
        if not dealer:
            v *= 0.90
        if fuel == "diesel" and day >= self.diesel_cut:
            v *= 0.93 if my > 2015 else 0.88
        elif fuel == "electric" and day >= self.ev_cut:
            v *= 0.88
        v = (v + 350.0) * math.exp(car[15] + NOISE_SALE * self.ntab[int(self.rng.random() * 8192)])
        if self.market == "se":
            v *= SEK_PER_EUR[self.day_year[day]] * SE_PRICE_LEVEL
            if dealer:
                return max(4900, int(v / 1000 + 0.5) * 1000 - 100 if v < 30000 else int(v / 5000 + 0.5) * 5000 - 100)
            return max(5000, int(v / 1000 + 0.5) * 1000 if v < 50000 else int(v / 5000 + 0.5) * 5000)
        if dealer:
            if v < 2000:
                return max(490, int(v / 100 + 0.5) * 100 - 10)
            return int(v / 500 + 0.5) * 500 - 10 if v < 15000 else int(v / 1000 + 0.5) * 1000 - 10
        if v < 3000:
            return max(400, int(v / 50 + 0.5) * 50)
        return int(v / 100 + 0.5) * 100 if v < 20000 else int(v / 500 + 0.5) * 500

    def _new_car(self):
        """Draws a car and its first sale; returns the car state (a list, see _price and _resale for the layout)."""
        rng = self.rng
        r = rng.random
        day = bisect.bisect(self.day_cum, r() * self.day_cum[-1])
        year = self.day_year[day]
        usable, cum = self.models_by_year[year]
        m, a_lo, a_hi = usable[bisect.bisect(cum, r() * cum[-1])]
        age_cum = self.age_cum
        u = age_cum[a_lo] + r() * (age_cum[a_hi + 1] - age_cum[a_lo])
        age_i = min(max(bisect.bisect(age_cum, u) - 1, a_lo), a_hi)
        my = year - age_i
        entries, ecum = self._engines_for(m, my)
        e = entries[bisect.bisect(ecum, r() * ecum[-1])]
        bodies = m.bodies
        body = bodies[bisect.bisect(m.body_cum, r() * m.body_cum[-1])] if len(bodies) > 1 else bodies[0]
        auto = e[5] >= 1.0 or r() < e[5]
        u = r()
        trim = 0 if u < e[7] else (1 if u < e[8] else 2)
        tokens, prem = [], 0.0
        for token, p, pr in self._equipment_for(m, my, trim, body):
            if r() < p:
                tokens.append(token)
                prem += pr
        region_i = bisect.bisect(self.region_cum, r() * self.region_cum[-1])
        awd = False
        if e[6] > 0.0:
            awd = e[6] >= 1.0 or r() < e[6] * (1.5 if self.region_north[region_i] else 1.0)
            if awd:
                tokens.append(AWD_TOKEN)
        if not tokens:
            tokens.append(BASE_TOKEN)
        color_i = bisect.bisect(self.color_cum, r() * self.color_cum[-1])
        plate = self._plate(region_i, e[0] == "electric", my)
        ntab = self.ntab
        annual = e[9] * math.exp(0.42 * ntab[int(r() * 8192)])
        if annual > 55000.0:  # taxis and field staff, not more
            annual = 55000.0
        age = (day - self.my_start[my]) / 365.25
        km = int(annual * (age if age > 0.02 else 0.02)) + 5
        owners = 1 + bisect.bisect(self.owner_cum[int(age) if age > 0 else 0], r())
        dealer = r() < (0.72 if age < 4 else 0.6 if age < 10 else 0.45)
        cond = NOISE_CAR * ntab[int(r() * 8192)]
        #       0  1  2   3     4     5       6     7    8        9         10     11      12  13      14   15
        return [m, e, my, body, auto, tokens, prem, awd, color_i, region_i, plate, annual, km, owners, day, cond,
                dealer]

    def _resale(self):
        """Picks an earlier car from the pool and sells it again later with more kilometres, or returns None."""
        r, pool = self.rng.random, self.pool
        for _ in range(3):
            slot = int(r() * len(pool))
            car = pool[slot]
            gap = 60 + int(1400 * r() ** 2)
            day = car[14] + gap
            if day >= self.n_days:
                continue
            car = list(car)
            car[12] += int(car[11] * gap / 365.25 * math.exp(0.1 * self.ntab[int(r() * 8192)])) + 1
            if r() < 0.7:
                car[13] = min(9, car[13] + 1)
            if r() < 0.25:
                car[9] = bisect.bisect(self.region_cum, r() * self.region_cum[-1])
            car[14] = day
            car[16] = r() < 0.6
            pool[slot] = car
            return car
        return None

    def clean_row(self):
        """Next clean row (list of 17 strings) plus the raw values the dirt injection needs."""
        rng = self.rng
        car = None
        if self.pool and rng.random() < self.resale_p:
            car = self._resale()
        if car is None:
            car = self._new_car()
            pool = self.pool
            if len(pool) < 20000:
                pool.append(car)
            else:
                pool[int(rng.random() * 20000)] = car
        else:
            self.info["resale_rows"] += 1
        m, e, my, body, auto, tokens, _, _, color_i, region_i, plate, _, km, owners, day, _, dealer = car
        price = self._price(car, day, km, owners, dealer, region_i)
        sep = "|"
        if rng.random() < 0.35:
            sep = ";"
            if len(tokens) > 1:
                self.info["equipment_semicolon_rows"] += 1
        if e[0] == "electric":
            self.info["electric_rows"] += 1
        row = [plate, m.brand, m.name, self.year_str[my], str(km), e[0], "automatic" if auto else "manual", e[2],
               e[3], body, COLORS[color_i], sep.join(tokens), self.regions[region_i],
               "dealer" if dealer else "private", str(owners), self.day_main[day], self.format_price(price)]
        return row, (km, price, day, m, tokens, sep)

    # ----- formatting ---------------------------------------------------------------------------------------
    def format_price(self, price):
        """Price as the dialect's Excel export writes it: '12490', '12490,00' or '189 900'."""
        if self.price_style == "de":
            return "%d,00" % price
        if self.price_style == "sv":
            return format(price, ",").replace(",", " ")
        return str(price)

    def _grouped(self, n):
        """A number with the market's thousands separator, as typed by hand: '12.490' or '12 490'."""
        return format(n, ",").replace(",", " " if self.market == "se" else ".")

    # ----- dirt ---------------------------------------------------------------------------------------------
    def _schedule(self):
        """Row index -> defect kinds, drawn per kind with geometric gaps (one dirt-stream draw per defect).
        From 1000 rows on, a kind that drew no row gets one random row, so each kind normally occurs."""
        sched, d = {}, self.drng
        if self.dirt <= 0.0:
            return sched
        for kind in self.counts:  # sorted kinds: fixed order
            rate = min(0.5, DEFECT_RATES[kind] * self.dirt)
            log_q = math.log(1.0 - rate)
            pos, drawn = -1, 0
            while True:
                pos += 1 + int(math.log(1.0 - d.random()) / log_q)
                if pos >= self.rows:
                    break
                sched.setdefault(pos, []).append(kind)
                drawn += 1
            if drawn == 0 and self.rows >= 1000:  # a demo-sized file should show every kind at least once
                sched.setdefault(int(d.random() * self.rows), []).append(kind)
        return sched

    _KIND_COLUMN = {"brand_variant": C_BRAND, "model_variant": C_MODEL, "mileage_negative": C_KM,
                    "mileage_9999999": C_KM, "mileage_text": C_KM, "year_2099": C_YEAR,
                    "year_implausible_low": C_YEAR, "power_impossible": C_KW, "price_outlier": C_PRICE,
                    "price_text": C_PRICE, "date_alt_format": C_DATE, "date_impossible": C_DATE,
                    "equipment_comma_sep": C_EQUIP}
    _KIND_COLUMN.update({"missing_" + c: COLUMNS.index(c) for c in MISSING_COLUMNS})

    def _dirty_value(self, kind, row, raw):
        """The defective text for one cell, or None when the defect does not apply to this row."""
        d = self.drng
        km, price, day, m, tokens, sep = raw
        if kind.startswith("missing_"):
            if kind == "missing_engine_l" and row[C_ENGINE] == "":
                return None  # electric cars have no displacement: an empty cell there is not a defect
            return d.choice(MISSING_TOKENS)
        if kind == "brand_variant":
            return d.choice(BRANDS[m.brand][3])
        if kind == "model_variant":
            trim = d.choice(BRANDS[m.brand][4])
            forms = (m.name.lower(), m.name.upper(), "%s, %s" % (m.name, trim), '%s "%s"' % (m.name, trim),
                     '%s "%s", %s' % (m.name, d.choice(EDITION_WORDS), trim))
            choices = [f for f in forms if f != m.name]
            return d.choice(choices)
        if kind == "mileage_negative":
            return "-%d" % km
        if kind == "mileage_9999999":
            return "9999999"
        if kind == "mileage_text":
            if self.market == "se":
                return d.choice(("%d km" % km, self._grouped(km) + " km", "%d mil" % ((km + 5) // 10)))
            return d.choice(("%d km" % km, self._grouped(km) + " km", self._grouped(km), "%d KM" % km))
        if kind == "year_2099":
            return "2099"
        if kind == "year_implausible_low":
            return "1900"
        if kind == "power_impossible":
            return "0" if d.random() < 0.8 else "9999"
        if kind == "price_outlier":
            return self.format_price(price * 10 if d.random() < 0.5 else max(1, price // 10))
        if kind == "price_text":
            g = self._grouped(price)
            if self.market == "se":
                return d.choice(("%s kr" % g, "%d kr" % price, "%s SEK" % g, "%s:-" % g))
            return d.choice(("%s EUR" % g, "%s €" % g, "EUR %s" % g, "%d EUR" % price))
        if kind == "date_alt_format":
            alts = [f for f in ("iso", "de", "us", "eu_slash", "de_short", "excel_time") if f != self.date_format]
            return self._format_date(FIRST_DAY + _dt.timedelta(days=day), d.choice(alts))
        if kind == "date_impossible":
            when = _dt.date(1970, 1, 1) if d.random() < 0.5 else _dt.date(2099, (day % 12) + 1, (day % 28) + 1)
            return self._format_date(when, self.date_format)
        if kind == "equipment_comma_sep":
            return ", ".join(tokens) if len(tokens) >= 2 else None
        raise KeyError(kind)

    def _apply_dirt(self, row, raw, kinds):
        """Applies the scheduled defects to a clean row in place; returns the kinds actually applied."""
        applied, taken = [], 0
        for kind in kinds:
            if kind == "whitespace_pad":
                free = [c for c in PAD_COLUMNS if not taken & (1 << c)]
                if not free:
                    continue
                col = self.drng.choice(free)
                pad = self.drng.choice((" %s", "%s ", "  %s", " %s "))
                value = pad % row[col]
            else:
                col = self._KIND_COLUMN[kind]
                if taken & (1 << col):
                    continue
                value = self._dirty_value(kind, row, raw)
                if value is None:
                    continue
            row[col] = value
            taken |= 1 << col
            applied.append(kind)
        return applied

    # ----- driver -------------------------------------------------------------------------------------------
    def batches(self, batch_size=5000):
        """Yields lists of rows until self.rows rows were produced. Counts land in self.counts / self.info."""
        sched = self._schedule()
        counts, d = self.counts, self.drng
        ring, ring_size, ring_n = [None] * 512, 512, 0
        batch = []
        for i in range(self.rows):
            kinds = sched.get(i)
            if kinds is not None and "duplicate_row" in kinds and ring_n:
                src = ring[(ring_n - 1) % ring_size] if d.random() < 0.5 else ring[int(d.random() * min(ring_n,
                                                                                                       ring_size))]
                row, applied = src
                counts["duplicate_row"] += 1
                for kind in applied:
                    counts[kind] += 1
            else:
                row, raw = self.clean_row()
                applied = ()
                if kinds is not None:
                    applied = self._apply_dirt(row, raw, [k for k in kinds if k != "duplicate_row"])
                    for kind in applied:
                        counts[kind] += 1
            if sched:
                ring[ring_n % ring_size] = (row, applied)
                ring_n += 1
            batch.append(row)
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch


def _write_stats(path, gen, args, encoding):
    dialect = DIALECTS[args.dialect]
    doc = dict(gen.counts)
    doc["_rows"] = args.rows
    doc["_options"] = {"seed": args.seed, "dirt": args.dirt, "delimiter": dialect["delimiter"],
                       "decimal_comma": dialect["decimal"] == ",", "date_format": dialect["date"],
                       "crlf": dialect["crlf"], "bom": encoding == "utf-8-sig", "encoding": encoding,
                       "dialect": args.dialect, "header_lang": args.header_lang, "market": gen.market,
                       "currency": "SEK" if gen.market == "se" else "EUR",
                       "price_thousands_space": args.dialect == "sv"}
    doc["_info"] = dict(gen.info)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")


def _parse_args(argv):
    p = argparse.ArgumentParser(description="Generate a reproducible, realistic used-car sales CSV "
                                            "(a dealership group's Excel export), optionally with injected dirt.")
    p.add_argument("--rows", type=int, default=3000, help="data rows, duplicates included (default 3000)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    p.add_argument("--dialect", choices=sorted(DIALECTS), default="us",
                   help="us: ',' '.' ISO dates LF; de: ';' decimal comma DD.MM.YYYY CRLF BOM; "
                        "sv: ';' decimal comma ISO dates '189 900' prices CRLF (default us)")
    p.add_argument("--header-lang", choices=sorted(HEADERS), default="en", help="header names (default en)")
    p.add_argument("--encoding", choices=("utf-8", "utf-8-sig", "cp1252"), default=None,
                   help="output encoding (default: utf-8-sig for de, utf-8 otherwise)")
    p.add_argument("--market", choices=("auto", "de", "se"), default="auto",
                   help="de: Bundesländer, German plates, EUR; se: län, Swedish plates, SEK; "
                        "auto: se for --dialect sv, else de")
    p.add_argument("--dirt", type=float, default=1.0, help="amount of injected defects, 0 = clean (default 1)")
    p.add_argument("--out", default="-", help="output CSV file (default: stdout)")
    p.add_argument("--stats", default=None, help="write the exact defect counts as JSON to this file")
    args = p.parse_args(argv)
    if args.rows < 0:
        p.error("--rows must be >= 0")
    if not (args.dirt >= 0.0 and math.isfinite(args.dirt)):
        p.error("--dirt must be a finite number >= 0")
    return args


def main(argv=None):
    args = _parse_args(argv)
    dialect = DIALECTS[args.dialect]
    encoding = args.encoding or dialect["encoding"]
    market = args.market if args.market != "auto" else ("se" if args.dialect == "sv" else "de")
    gen = SalesGenerator(args.seed, args.rows, args.dialect, market, args.dirt)
    if args.out == "-":
        out = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="", write_through=False)
    else:
        out = open(args.out, "w", encoding=encoding, newline="", buffering=1 << 20)
    try:
        writer = csv.writer(out, delimiter=dialect["delimiter"], quotechar='"', doublequote=True,
                            quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n" if dialect["crlf"] else "\n")
        writer.writerow(HEADERS[args.header_lang])
        for batch in gen.batches():
            writer.writerows(batch)
        out.flush()
    finally:
        if args.out == "-":
            out.detach()
        else:
            out.close()
    if args.stats:
        _write_stats(args.stats, gen, args, encoding)
    return 0


if __name__ == "__main__":
    sys.exit(main())
