"""Geography and things for the sample-record generator (`samples.py`).

Where the crossing points really are (for the coordinates of some records), the trafficking
routes seen in the region (the northern heroin route from Afghanistan, Chinese precursors, the
synthetic drugs coming east from the Netherlands and Poland, cocaine by sea), the cities along
them in kk, lt and ru, how documents, plates and flights are numbered, and how much of each
substance a seizure usually holds. Data only; `samples.py` draws from it.
"""

from __future__ import annotations

# Approximate positions (WGS 84) of crossing points, by reference-data code. Only points whose
# position we are reasonably sure of; the rest get no coordinates.
CHECKPOINT_COORDINATES: dict[str, tuple[float, float]] = {
    "LT-MEDININKAI-ROAD": (54.5397, 25.6497),
    "LT-SALCININKAI-ROAD": (54.2620, 25.4470),
    "LT-LAVORISKES-ROAD": (54.7260, 25.7660),
    "LT-RAIGARDAS-ROAD": (53.9700, 24.0000),
    "LT-KENA-RAIL": (54.6460, 25.7540),
    "LT-KYBARTAI-ROAD": (54.6386, 22.7617),
    "LT-KYBARTAI-RAIL": (54.6397, 22.7672),
    "LT-PANEMUNE-ROAD": (55.0855, 21.9037),
    "LT-NIDA-ROAD": (55.2800, 20.9700),
    "LT-VILNIUS-VNO-AIR": (54.6341, 25.2858),
    "LT-KAUNAS-KUN-AIR": (54.9639, 24.0848),
    "LT-PALANGA-PLQ-AIR": (55.9732, 21.0939),
    "LT-SIAULIAI-SQQ-AIR": (55.8939, 23.3950),
    "LT-KLAIPEDA-SEA": (55.7000, 21.1300),
    "KZ-NUR-ZHOLY-ROAD": (44.2050, 80.3750),
    "KZ-DOSTYK-ROAD": (45.2400, 82.4900),
    "KZ-DOSTYK-RAIL": (45.2522, 82.4817),
    "KZ-ALTYNKOL-RAIL": (44.1900, 80.3600),
    "KZ-BAKHTY-ROAD": (46.6700, 82.7300),
    "KZ-KORDAY-ROAD": (43.0340, 74.7060),
    "KZ-ZHIBEK-ZHOLY-ROAD": (41.3670, 69.2150),
    "KZ-SARYAGASH-RAIL": (41.4560, 69.1720),
    "KZ-BEINEU-RAIL": (45.3190, 55.1990),
    "KZ-AKTAU-SEA": (43.6170, 51.1800),
    "KZ-ALMATY-ALA-AIR": (43.3521, 77.0405),
    "KZ-ASTANA-NQZ-AIR": (51.0222, 71.4669),
    "KZ-SHYMKENT-CIT-AIR": (42.3642, 69.4789),
    "KZ-AKTAU-SCO-AIR": (43.8601, 51.0920),
    "KZ-ATYRAU-GUW-AIR": (47.1219, 51.8214),
    "KZ-AKTOBE-AKX-AIR": (50.2458, 57.2067),
    "KZ-ORAL-URA-AIR": (51.1508, 51.5430),
    "KZ-KOSTANAY-KSN-AIR": (53.2069, 63.5503),
    "KZ-KARAGANDA-KGF-AIR": (49.6708, 73.3344),
    "KZ-PAVLODAR-PWQ-AIR": (52.1950, 77.0739),
    "KZ-OSKEMEN-UKK-AIR": (50.0366, 82.4942),
    "KZ-TURKISTAN-HSA-AIR": (43.3130, 68.5497),
}

# Trafficking routes, origin first. A record takes the whole route or a stretch of it.
ROUTES: tuple[tuple[str, ...], ...] = (
    ("AFG", "TJK", "KAZ", "RUS", "LTU"), ("AFG", "TJK", "KGZ", "KAZ", "RUS"),
    ("AFG", "UZB", "KAZ", "RUS", "BLR"), ("AFG", "TJK", "UZB", "KAZ", "RUS"),
    ("AFG", "TKM", "KAZ", "RUS"), ("IRN", "TKM", "KAZ", "RUS", "LTU"), ("KGZ", "KAZ", "RUS"),
    ("CHN", "KAZ", "RUS", "BLR", "LTU"), ("CHN", "KAZ", "KGZ"), ("IND", "UZB", "KAZ"),
    ("NLD", "DEU", "POL", "LTU", "BLR"), ("NLD", "POL", "LTU", "LVA", "RUS"),
    ("CYP", "EST", "LTU"), ("ECU", "NLD", "LTU"), ("POL", "LTU", "BLR", "RUS", "KAZ"),
    ("LTU", "LVA", "RUS", "KAZ"), ("ARE", "KAZ", "RUS"), ("TUR", "KAZ", "RUS"),
    ("CHN", "KAZ", "RUS", "LTU", "POL"),
)
SEA_LEGS = frozenset({("ECU", "NLD"), ("CYP", "EST")})

# Cities on the routes: (kk, lt, ru).
CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "AFG": (("Мазари-Шариф", "Mazar-i-Šarifas", "Мазари-Шариф"),
            ("Кундуз", "Kundūzas", "Кундуз"), ("Кабул", "Kabulas", "Кабул")),
    "TJK": (("Душанбе", "Dušanbė", "Душанбе"), ("Хорог", "Chorogas", "Хорог"),
            ("Худжанд", "Chudžandas", "Худжанд")),
    "UZB": (("Ташкент", "Taškentas", "Ташкент"), ("Термез", "Termezas", "Термез"),
            ("Самарқанд", "Samarkandas", "Самарканд")),
    "KGZ": (("Бішкек", "Biškekas", "Бишкек"), ("Ош", "Ošas", "Ош")),
    "KAZ": (("Алматы", "Almata", "Алматы"), ("Шымкент", "Šymkentas", "Шымкент"),
            ("Астана", "Astana", "Астана"), ("Ақтөбе", "Aktobė", "Актобе"),
            ("Орал", "Uralskas", "Уральск")),
    "RUS": (("Мәскеу", "Maskva", "Москва"), ("Орынбор", "Orenburgas", "Оренбург"),
            ("Самара", "Samara", "Самара"), ("Калининград", "Kaliningradas", "Калининград"),
            ("Санкт-Петербург", "Sankt Peterburgas", "Санкт-Петербург")),
    "BLR": (("Минск", "Minskas", "Минск"), ("Гродно", "Gardinas", "Гродно")),
    "LTU": (("Вильнюс", "Vilnius", "Вильнюс"), ("Каунас", "Kaunas", "Каунас"),
            ("Клайпеда", "Klaipėda", "Клайпеда")),
    "LVA": (("Рига", "Ryga", "Рига"),),
    "POL": (("Варшава", "Varšuva", "Варшава"), ("Белосток", "Balstogė", "Белосток")),
    "NLD": (("Роттердам", "Roterdamas", "Роттердам"), ("Амстердам", "Amsterdamas", "Амстердам")),
    "DEU": (("Берлин", "Berlynas", "Берлин"),),
    "CHN": (("Үрімжі", "Urumčis", "Урумчи"), ("Гуанчжоу", "Guangdžou", "Гуанчжоу")),
    "IRN": (("Мешхед", "Mešhedas", "Мешхед"),),
    "TKM": (("Түрікменбашы", "Turkmenbašis", "Туркменбаши"),),
    "ECU": (("Гуаякиль", "Gvajakilis", "Гуаякиль"),),
    "IND": (("Мумбай", "Mumbajus", "Мумбаи"),),
    "TUR": (("Стамбұл", "Stambulas", "Стамбул"),),
    "ARE": (("Дубай", "Dubajus", "Дубай"),),
    "EST": (("Таллин", "Talinas", "Таллин"),),
    "CYP": (("Лимасол", "Limasolis", "Лимасол"),),
}
CITY_LANG_INDEX = {"kk": 0, "lt": 1, "ru": 2}

# Document numbers by issuing state and type: (prefix, number of digits) alternatives, as the
# states print them (KZ passports N12345678, ID cards nine digits; LT passports and ID cards
# eight digits; RU foreign passports 75…, BY MP…, UZ AA…/FA…, KG AC…/ID…, CN E…, AF P…).
DOCUMENT_NUMBERS: dict[tuple[str, str], tuple[tuple[str, int], ...]] = {
    ("KAZ", "passport"): (("N", 8),),
    ("KAZ", "id_card"): (("0", 8),),
    ("LTU", "passport"): (("", 8),),
    ("LTU", "id_card"): (("", 8),),
    ("RUS", "passport"): (("75", 7), ("76", 7), ("72", 7)),
    ("RUS", "id_card"): (("45", 8), ("40", 8), ("56", 8)),
    ("BLR", "passport"): (("MP", 7), ("KH", 7), ("AB", 7)),
    ("UKR", "passport"): (("FA", 6), ("FE", 6), ("GB", 6)),
    ("UZB", "passport"): (("AA", 7), ("FA", 7), ("AB", 7)),
    ("KGZ", "passport"): (("AC", 7), ("PE", 7)),
    ("KGZ", "id_card"): (("ID", 7),),
    ("TJK", "passport"): (("40", 7), ("50", 7)),
    ("AFG", "passport"): (("P", 8),),
    ("CHN", "passport"): (("E", 8), ("EJ", 7)),
    ("KAZ", "visa"): (("KZ", 7),),
    ("LTU", "visa"): (("LTU", 9),),
    ("KAZ", "residence_permit"): (("F", 7),),
    ("LTU", "residence_permit"): (("LT", 7),),
    ("KAZ", "driving_licence"): (("AB", 6), ("AC", 6)),
    ("LTU", "driving_licence"): (("", 8),),
}
DEFAULT_DOCUMENT_NUMBER: tuple[tuple[str, int], ...] = (("", 9),)

# Where forged documents claim to come from, by the post's Party.
FORGED_ISSUERS: dict[str, tuple[tuple[str, int], ...]] = {
    "KZ": (("LTU", 5), ("POL", 4), ("DEU", 3), ("KAZ", 4), ("RUS", 3), ("KGZ", 2), ("TUR", 2)),
    "LT": (("LTU", 5), ("POL", 4), ("LVA", 2), ("ITA", 2), ("FRA", 2), ("BGR", 2), ("ROU", 2),
           ("KAZ", 3)),
}

# Airlines flying to each Party's airports (IATA codes), vessels calling at its ports.
AIRLINES: dict[str, tuple[str, ...]] = {
    "KZ": ("KC", "DV", "IQ", "TK", "PC", "FZ", "SU", "HY", "J2", "CZ"),
    "LT": ("BT", "FR", "W6", "LO", "TK", "PC", "FZ", "LH", "SK", "LX"),
}
VESSELS: dict[str, tuple[str, ...]] = {
    "KZ": ("Professor Gul", "Shamakhi", "Akademik Topchubashov", "Caspian Star", "Beineu"),
    "LT": ("Regina Seaways", "Victoria Seaways", "Athena Seaways", "Asterion Patris",
           "Baltic Sky"),
}
# Latin letters that Kazakh plates use; the Cyrillic letters that Russian plates use.
PLATE_LETTERS_LATIN = "ABCDEFHKLMNOPRSTUXYZ"
PLATE_LETTERS_CYRILLIC = "АВЕКМНОРСТУХ"

# How much one seizure of a substance usually holds: (form, ((unit, low, high, weight), …)).
# Quantities are drawn log-uniformly between low and high, so small seizures are common and
# big ones rare, as in real statistics.
SUBSTANCE_PROFILES: dict[str, tuple[str, tuple[tuple[str, float, float, int], ...]]] = {
    "heroin": ("powder", (("g", 1, 950, 3), ("kg", 1, 60, 2))),
    "opium": ("plant", (("kg", 0.5, 30, 2), ("g", 10, 900, 2))),
    "morphine": ("powder", (("g", 1, 500, 1),)),
    "methadone": ("tablets", (("tablets", 10, 2000, 2), ("ml", 50, 1000, 1))),
    "fentanyl": ("powder", (("g", 0.1, 200, 1),)),
    "nitazenes": ("powder", (("g", 0.1, 50, 2), ("tablets", 20, 1000, 1))),
    "cannabis": ("plant", (("kg", 0.1, 150, 2), ("g", 5, 999, 3))),
    "cannabis_resin": ("other", (("kg", 0.5, 80, 2), ("g", 5, 900, 2))),
    "cocaine": ("powder", (("g", 1, 999, 2), ("kg", 1, 100, 1))),
    "amphetamine": ("powder", (("g", 1, 2000, 3), ("kg", 1, 40, 1))),
    "methamphetamine": ("powder", (("g", 1, 1500, 3), ("kg", 1, 30, 1))),
    "mdma": ("tablets", (("tablets", 10, 20000, 3), ("g", 10, 3000, 1))),
    "mephedrone": ("powder", (("g", 1, 2000, 3), ("kg", 1, 500, 1))),
    "alpha_pvp": ("powder", (("g", 0.5, 2000, 1),)),
    "3_cmc": ("powder", (("g", 1, 3000, 2), ("kg", 1, 100, 1))),
    "synthetic_cannabinoids": ("plant", (("g", 1, 5000, 2), ("kg", 1, 50, 1))),
    "tramadol": ("tablets", (("tablets", 50, 50000, 1),)),
    "acetic_anhydride": ("liquid", (("l", 10, 5000, 1),)),
    "potassium_permanganate": ("powder", (("kg", 25, 5000, 1),)),
    "ephedrine": ("powder", (("kg", 1, 500, 1), ("tablets", 100, 100000, 1))),
    "pseudoephedrine": ("tablets", (("tablets", 100, 100000, 1), ("kg", 1, 300, 1))),
    "p2p": ("liquid", (("l", 1, 1000, 1),)),
    "safrole": ("liquid", (("l", 1, 500, 1),)),
    "isosafrole": ("liquid", (("l", 1, 500, 1),)),
}
CATEGORY_PROFILES: dict[str, tuple[str, tuple[tuple[str, float, float, int], ...]]] = {
    "narcotic_drug": ("powder", (("g", 1, 2000, 1),)),
    "psychotropic": ("tablets", (("tablets", 10, 5000, 1), ("g", 1, 1000, 1))),
    "precursor": ("liquid", (("kg", 5, 5000, 1), ("l", 10, 5000, 1))),
}
# How often each listed substance turns up, relative to 1 for the rest.
SUBSTANCE_WEIGHTS: dict[str, int] = {
    "heroin": 12, "cannabis": 12, "cannabis_resin": 8, "mephedrone": 8, "alpha_pvp": 6,
    "amphetamine": 5, "methamphetamine": 5, "synthetic_cannabinoids": 6, "tramadol": 6,
    "opium": 3, "cocaine": 3, "mdma": 4, "3_cmc": 3, "acetic_anhydride": 3,
    "potassium_permanganate": 2, "bmk_glycidates": 2, "ephedrine": 2, "pseudoephedrine": 2,
}
