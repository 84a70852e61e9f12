"""Name pools for the sample-record generator (`samples.py`): who the demo vault's persons are.

Each `NameGroup` is one naming tradition, written the way an officer copies it from the
document: Kazakh in Cyrillic with the Kazakh letters, Lithuanian in Latin with its diacritics,
Russian, Belarusian and Ukrainian in their Cyrillic, Uzbek, Kyrgyz and Tajik in Cyrillic, Afghan
and Chinese in Latin (a KZ officer sometimes types them in Cyrillic: `cyrillic` holds that
spelling). Female surnames and patronymics are derived by each tradition's own rules, so the
pools stay short and the forms stay right (Žukauskas → Žukauskienė / Žukauskaitė).

`icao_latin` gives the Latin spelling an MRZ would carry (ICAO 9303 Part 3 transliteration of
Cyrillic; diacritics dropped from Latin).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

# ICAO 9303 Part 3, Table of Cyrillic transliteration, plus the Kazakh, Uzbek, Tajik, Kyrgyz and
# Ukrainian letters as their passports write them.
_ICAO_CYRILLIC = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z",
    "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
    "Ә": "A", "Ғ": "G", "Қ": "K", "Ң": "N", "Ө": "O", "Ұ": "U", "Ү": "U", "Һ": "H", "І": "I",
    "Ў": "O", "Ҳ": "KH", "Ҷ": "J", "Ӣ": "I", "Ӯ": "U", "Є": "IE", "Ї": "I", "Ґ": "G",
}


def icao_latin(text: str) -> str:
    """Upper-case Latin as in an MRZ name field: A-Z and single spaces only."""
    out = []
    for char in text.upper():
        if char in _ICAO_CYRILLIC:
            out.append(_ICAO_CYRILLIC[char])
        elif char.isascii() and char.isalpha():
            out.append(char)
        elif char in " -'":
            out.append(" ")
        else:  # Latin with diacritics (Ž, Ė, Ū …): the base letter
            base = unicodedata.normalize("NFD", char)[0]
            out.append(base if base.isascii() and base.isalpha() else "")
    return " ".join("".join(out).split())


def _russian_feminine(surname: str) -> str:
    for ending, feminine in (("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"),
                             ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына")):
        if surname.endswith(ending):
            return surname[: -len(ending)] + feminine
    return surname  # Жук, Ковальчук, Шевченко, Ахмадзай: the same for women


def lithuanian_feminine(surname: str, married: bool) -> str:
    """Žukauskas → Žukauskienė (married) / Žukauskaitė (maiden); -ius, -is, -us, -ys alike."""
    for ending, wife, daughter in (("ius", "ienė", "iūtė"), ("as", "ienė", "aitė"),
                                   ("is", "ienė", "ytė"), ("ys", "ienė", "ytė"),
                                   ("us", "uvienė", "utė"), ("ė", "ė", "ė")):
        if surname.endswith(ending):
            return surname[: -len(ending)] + (wife if married else daughter)
    return surname


@dataclass(frozen=True)
class NameGroup:
    """One naming tradition: surnames (male form), given names, ready-made patronymics."""

    key: str
    surnames: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    # Patronymics: (male, female) pairs ready to use; empty when the tradition has none.
    patronymics: tuple[tuple[str, str], ...] = ()
    latin_script: bool = False
    # Cyrillic spellings of Latin names, as a KZ officer types them (same order as the pools).
    cyrillic: dict[str, str] = field(default_factory=dict)

    def feminine(self, surname: str, married: bool) -> str:
        if self.key == "lithuanian":
            return lithuanian_feminine(surname, married)
        if self.latin_script:
            return surname
        return _russian_feminine(surname)


def _kazakh_patronymics() -> tuple[tuple[str, str], ...]:
    # (father's name in Kazakh, its Russian spelling): -ұлы/-қызы, or -ович/-овна on older
    # documents and on those of Kazakhs who prefer the Russian form.
    fathers = (("Серік", "Серик"), ("Нұрлан", "Нурлан"), ("Қайрат", "Кайрат"),
               ("Мұрат", "Мурат"), ("Ерлан", "Ерлан"), ("Асқар", "Аскар"),
               ("Болат", "Болат"), ("Талғат", "Талгат"), ("Бауыржан", "Бауыржан"),
               ("Ғалым", "Галым"), ("Ержан", "Ержан"), ("Дәурен", "Даурен"),
               ("Марат", "Марат"), ("Амангелді", ""), ("Жеңіс", ""), ("Қанат", "Канат"))
    pairs: list[tuple[str, str]] = []
    for kk, ru in fathers:
        pairs.append((kk + "ұлы", kk + "қызы"))
        if ru:
            pairs.append((ru + "ович", ru + "овна"))
    return tuple(pairs)


_RUSSIAN_PATRONYMICS = (
    ("Алексеевич", "Алексеевна"), ("Дмитриевич", "Дмитриевна"), ("Сергеевич", "Сергеевна"),
    ("Андреевич", "Андреевна"), ("Иванович", "Ивановна"), ("Михайлович", "Михайловна"),
    ("Николаевич", "Николаевна"), ("Владимирович", "Владимировна"),
    ("Евгеньевич", "Евгеньевна"), ("Павлович", "Павловна"), ("Викторович", "Викторовна"),
    ("Игоревич", "Игоревна"), ("Юрьевич", "Юрьевна"), ("Олегович", "Олеговна"),
    ("Петрович", "Петровна"), ("Александрович", "Александровна"),
    ("Анатольевич", "Анатольевна"), ("Геннадьевич", "Геннадьевна"),
)


def name_groups() -> dict[str, NameGroup]:
    """Every tradition the generator draws from, by key."""
    groups = [
        NameGroup(
            "kazakh",
            ("Сүлейменов", "Жақсылықов", "Қасымов", "Нұрпейісов", "Әбішев", "Омаров",
             "Серікбаев", "Төлеуов", "Бекмұхамбетов", "Ахметов", "Жұмабаев", "Оспанов",
             "Байжанов", "Ермеков", "Құдайбергенов", "Сәрсенбаев", "Исаев", "Дәулетов",
             "Шәріпов", "Әлімжанов", "Ибраев", "Бектұров", "Қожахметов", "Есенғалиев",
             "Мұқанов", "Тұрсынбаев", "Ысқақов", "Сейітов", "Смағұлов",
             "Қуанышев", "Нұрғалиев", "Әмірханов", "Сулейменов", "Касымов", "Ахметжанов",
             "Жанибеков", "Утебаев", "Бейсенов", "Абенов", "Мухамеджанов"),
            ("Нұрлан", "Ерлан", "Асқар", "Дәурен", "Бауыржан", "Ержан", "Қайрат", "Серік",
             "Мұрат", "Арман", "Ғалым", "Жандос", "Талғат", "Әділет", "Ербол", "Айдос",
             "Мақсат", "Бекзат", "Рүстем", "Дәулет", "Нұрболат", "Ақжол", "Мирас", "Ерасыл",
             "Данияр", "Азамат", "Марат", "Канат", "Ерик", "Нурлан"),
            ("Әлия", "Айгүл", "Гүлнара", "Жанар", "Динара", "Айжан", "Сәуле", "Ақмарал",
             "Мадина", "Назерке", "Аружан", "Гүлжан", "Ләззат", "Мөлдір", "Жұлдыз", "Айнұр",
             "Асель", "Салтанат", "Гульмира", "Айгерим"),
            _kazakh_patronymics(),
        ),
        NameGroup(
            "lithuanian",
            ("Žukauskas", "Jankauskas", "Kazlauskas", "Vaitkevičius", "Petrauskas",
             "Stankevičius", "Paulauskas", "Butkus", "Balčiūnas", "Kavaliauskas", "Navickas",
             "Ramanauskas", "Urbonas", "Šimkus", "Žemaitis", "Vasiliauskas", "Baranauskas",
             "Rimkus", "Sakalauskas", "Mockus", "Grigonis", "Lukošius", "Adomaitis",
             "Kairys", "Mačiulis", "Bernotas", "Sabaliauskas", "Vitkus", "Kučinskas",
             "Pocius"),
            ("Tomas", "Mantas", "Kęstutis", "Darius", "Andrius", "Mindaugas", "Giedrius",
             "Vytautas", "Paulius", "Rokas", "Lukas", "Tadas", "Saulius", "Audrius",
             "Žygimantas", "Gintaras", "Arūnas", "Donatas", "Marius", "Ignas", "Algirdas",
             "Raimondas"),
            ("Rūta", "Jurgita", "Eglė", "Rasa", "Ieva", "Agnė", "Gintarė", "Aušra", "Vilma",
             "Inga", "Laura", "Justina", "Greta", "Dalia", "Živilė", "Simona", "Kristina",
             "Neringa"),
            latin_script=True,
        ),
        NameGroup(
            "russian",
            ("Иванов", "Щербаков", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев",
             "Козлов", "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев",
             "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров",
             "Михайлов", "Тарасов", "Белов", "Орлов", "Киселёв", "Макаров", "Андреев",
             "Ковалёв", "Ильин", "Гусев", "Кудрявцев", "Баранов", "Куликов", "Степанов",
             "Сорокин", "Захаров", "Григорьев", "Медведев", "Никитин", "Жуков", "Фролов",
             "Журавлёв", "Крылов", "Осипов", "Егоров", "Дмитриев", "Калинин", "Полянский",
             "Громов"),
            ("Алексей", "Дмитрий", "Сергей", "Андрей", "Иван", "Михаил", "Николай",
             "Владимир", "Евгений", "Павел", "Артём", "Максим", "Роман", "Олег", "Виктор",
             "Игорь", "Денис", "Константин", "Юрий", "Александр", "Вячеслав", "Станислав"),
            ("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Екатерина", "Анна",
             "Светлана", "Мария", "Юлия", "Анастасия", "Марина", "Людмила", "Виктория",
             "Ксения", "Дарья"),
            _RUSSIAN_PATRONYMICS,
        ),
        NameGroup(
            "belarusian",
            ("Лукашевич", "Ковальчук", "Жук", "Новик", "Мельник", "Климович", "Козлович",
             "Савицкий", "Сушко", "Пашкевич", "Малиновский", "Ярошевич", "Кравцов",
             "Гончаренок", "Лисовский", "Дубовик", "Тарасевич", "Шиманович"),
            ("Андрей", "Сергей", "Александр", "Дмитрий", "Виталий", "Алесь", "Янка",
             "Сяргей", "Павел", "Максим", "Виктор", "Денис"),
            ("Алена", "Наталья", "Ольга", "Татьяна", "Ирина", "Светлана", "Юлия", "Алеся",
             "Марина", "Вольга"),
            _RUSSIAN_PATRONYMICS,
        ),
        NameGroup(
            "ukrainian",
            ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Олійник",
             "Мельничук", "Поліщук", "Левченко", "Гончар", "Савчук", "Ковальчук",
             "Мороз", "Руденко"),
            ("Олександр", "Тарас", "Богдан", "Андрій", "Дмитро", "Сергій", "Микола",
             "Юрій", "Василь", "Віталій"),
            ("Оксана", "Наталія", "Олена", "Ірина", "Тетяна", "Юлія", "Галина", "Катерина"),
            (("Олександрович", "Олександрівна"), ("Миколайович", "Миколаївна"),
             ("Іванович", "Іванівна"), ("Петрович", "Петрівна"), ("Васильович", "Василівна"),
             ("Сергійович", "Сергіївна")),
        ),
        NameGroup(
            "uzbek",
            ("Каримов", "Юсупов", "Рахимов", "Абдуллаев", "Турсунов", "Мирзаев", "Хамидов",
             "Усмонов", "Эргашев", "Холматов", "Назаров", "Содиков", "Исмоилов", "Жўраев",
             "Раҳмонов", "Қодиров", "Тошпўлатов", "Алимов"),
            ("Шерзод", "Бахтиёр", "Улуғбек", "Жаҳонгир", "Азиз", "Фаррух", "Дилшод",
             "Отабек", "Санжар", "Шухрат", "Жасур", "Умид", "Ислом", "Абдулла"),
            ("Дилноза", "Гулнора", "Нигора", "Малика", "Шахноза", "Феруза", "Мохира",
             "Зарина", "Севара"),
            (("Рустамович", "Рустамовна"), ("Бахтиёрович", "Бахтиёровна"),
             ("Алишер ўғли", "Алишер қизи"), ("Шавкат ўғли", "Шавкат қизи"),
             ("Абдуллаевич", "Абдуллаевна"), ("Тохир ўғли", "Тохир қизи")),
        ),
        NameGroup(
            "kyrgyz",
            ("Асанов", "Токтогулов", "Бакиров", "Маматов", "Осмонов", "Абдыкеримов",
             "Турдубаев", "Эсенгулов", "Кадыров", "Сыдыков", "Мамбетов", "Жусупов",
             "Бообеков", "Сатыбалдиев", "Кочкоров", "Алымкулов"),
            ("Нурбек", "Айбек", "Бекжан", "Эрлан", "Азамат", "Мирлан", "Тилек", "Улан",
             "Канат", "Медер", "Эрмек", "Нурсултан", "Бакыт", "Максат"),
            ("Айпери", "Бермет", "Гулзат", "Нургуль", "Жылдыз", "Айзада", "Чолпон", "Асель",
             "Назгуль", "Элнура"),
            (("Асан уулу", "Асан кызы"), ("Бакыт уулу", "Бакыт кызы"),
             ("Токтосунович", "Токтосуновна"), ("Кубанычбекович", "Кубанычбековна"),
             ("Нурлан уулу", "Нурлан кызы"), ("Сапарбекович", "Сапарбековна")),
        ),
        NameGroup(
            "tajik",
            ("Назаров", "Саидов", "Шарипов", "Холов", "Мирзоев", "Давлатов", "Сафаров",
             "Джураев", "Махмадов", "Хасанзода", "Саидзода", "Шарифзода", "Қурбонов",
             "Раҳимзода", "Одинаев", "Имомов"),
            ("Фаррух", "Далер", "Шухрат", "Манучехр", "Фирдавс", "Сухроб", "Парвиз",
             "Бехруз", "Рустам", "Джамшед", "Умед", "Некруз", "Комрон", "Искандар"),
            ("Мадина", "Нилуфар", "Зарина", "Гулчехра", "Фарзона", "Шахло", "Мехрангиз",
             "Тахмина", "Ситора"),
            (("Рахимович", "Рахимовна"), ("Саидович", "Саидовна"),
             ("Назарович", "Назаровна"), ("Каримович", "Каримовна")),
        ),
        NameGroup(
            "afghan",
            ("Ahmadzai", "Rahimi", "Hakimi", "Popal", "Sultani", "Mohammadi", "Karimi", "Noori",
             "Stanikzai", "Hashimi", "Azizi", "Safi", "Wardak", "Haidari", "Amiri", "Rasuli"),
            ("Ahmad Shah", "Mohammad Nabi", "Abdul Rahim", "Farid", "Naweed", "Zabihullah",
             "Ahmad", "Sayed Jawad", "Rahmatullah", "Habibullah", "Najibullah", "Hamid",
             "Mirwais", "Abdul Wahid"),
            ("Fatima", "Zahra", "Maryam", "Nazanin", "Laila", "Parwana", "Shabnam", "Mursal"),
            latin_script=True,
            cyrillic={
                "Ahmadzai": "Ахмадзай", "Rahimi": "Рахими", "Hakimi": "Хакими", "Popal": "Попал",
                "Sultani": "Султани", "Mohammadi": "Мохаммади", "Karimi": "Карими",
                "Noori": "Нури", "Stanikzai": "Станикзай", "Hashimi": "Хашими",
                "Azizi": "Азизи", "Safi": "Сафи", "Wardak": "Вардак", "Haidari": "Хайдари",
                "Amiri": "Амири", "Rasuli": "Расули", "Ahmad Shah": "Ахмад Шах",
                "Mohammad Nabi": "Мохаммад Наби", "Abdul Rahim": "Абдул Рахим",
                "Farid": "Фарид", "Naweed": "Навид", "Zabihullah": "Забихулла",
                "Ahmad": "Ахмад", "Sayed Jawad": "Сайед Джавад", "Rahmatullah": "Рахматулла",
                "Habibullah": "Хабибулла", "Najibullah": "Наджибулла", "Hamid": "Хамид",
                "Mirwais": "Мирвайс", "Abdul Wahid": "Абдул Вахид", "Fatima": "Фатима",
                "Zahra": "Захра", "Maryam": "Марьям", "Nazanin": "Назанин", "Laila": "Лейла",
                "Parwana": "Парвана", "Shabnam": "Шабнам", "Mursal": "Мурсал",
            },
        ),
        NameGroup(
            "chinese",
            ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
             "Ma", "Sun"),
            ("Wei", "Jun", "Lei", "Tao", "Ming", "Hao", "Jian", "Qiang", "Yong", "Bin"),
            ("Li Na", "Fang", "Jing", "Xiu Ying", "Hui", "Yan", "Min"),
            latin_script=True,
            cyrillic={
                "Wang": "Ван", "Li": "Ли", "Zhang": "Чжан", "Liu": "Лю", "Chen": "Чэнь",
                "Yang": "Ян", "Zhao": "Чжао", "Huang": "Хуан", "Zhou": "Чжоу", "Wu": "У",
                "Ma": "Ма", "Sun": "Сунь", "Wei": "Вэй", "Jun": "Цзюнь", "Lei": "Лэй",
                "Tao": "Тао", "Ming": "Мин", "Hao": "Хао", "Jian": "Цзянь", "Qiang": "Цян",
                "Yong": "Юн", "Bin": "Бинь", "Li Na": "Ли На", "Fang": "Фан", "Jing": "Цзин",
                "Xiu Ying": "Сю Ин", "Hui": "Хуэй", "Yan": "Янь", "Min": "Минь",
            },
        ),
    ]
    return {group.key: group for group in groups}


# Which traditions a citizen of each state is drawn from, with weights (a share of Kazakh
# citizens are Russian-named, of Lithuanian ones Russian or Belarusian/Polish-named, of Chinese
# ones Kazakhs from Xinjiang). Stateless and unknown persons may be anyone.
NAME_GROUPS_BY_CITIZENSHIP: dict[str, tuple[tuple[str, int], ...]] = {
    "KAZ": (("kazakh", 82), ("russian", 15), ("ukrainian", 3)),
    "LTU": (("lithuanian", 86), ("russian", 8), ("belarusian", 6)),
    "RUS": (("russian", 88), ("kazakh", 5), ("ukrainian", 7)),
    "BLR": (("belarusian", 75), ("russian", 25)),
    "UKR": (("ukrainian", 85), ("russian", 15)),
    "UZB": (("uzbek", 92), ("russian", 5), ("tajik", 3)),
    "KGZ": (("kyrgyz", 90), ("russian", 5), ("uzbek", 5)),
    "TJK": (("tajik", 93), ("uzbek", 7)),
    "AFG": (("afghan", 90), ("tajik", 10)),
    "CHN": (("chinese", 70), ("kazakh", 30)),
    "XXA": (("afghan", 30), ("tajik", 20), ("russian", 20), ("kazakh", 15), ("uzbek", 15)),
    "XXX": (("afghan", 25), ("tajik", 20), ("uzbek", 20), ("russian", 20), ("kyrgyz", 15)),
}

# Birth places by name tradition, as officers write them (kk/ru Cyrillic, lt Latin).
BIRTH_PLACES: dict[str, tuple[str, ...]] = {
    "kazakh": ("Алматы қ.", "Шымкент қ.", "Қарағанды қ.", "Тараз қ.", "Ақтөбе қ.",
               "Түркістан облысы, Сарыағаш ауданы", "Алматы облысы, Қаскелең қ.", "Орал қ.",
               "Қызылорда қ.", "Павлодар қ.", "г. Семипалатинск", "г. Костанай"),
    "lithuanian": ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus",
                   "Marijampolė", "Utena", "Visaginas", "Jonava"),
    "russian": ("г. Москва", "г. Санкт-Петербург", "г. Омск", "г. Новосибирск",
                "г. Оренбург", "г. Астрахань", "г. Калининград", "г. Челябинск",
                "г. Усть-Каменогорск", "г. Петропавловск"),
    "belarusian": ("г. Минск", "г. Гродно", "г. Брест", "г. Лида", "г. Гомель",
                   "г. Молодечно"),
    "ukrainian": ("м. Київ", "м. Харків", "м. Одеса", "м. Львів", "м. Дніпро"),
    "uzbek": ("г. Ташкент", "г. Самарканд", "г. Андижан", "г. Наманган", "г. Фергана",
              "г. Карши"),
    "kyrgyz": ("г. Бишкек", "г. Ош", "г. Джалал-Абад", "г. Токмок", "г. Каракол"),
    "tajik": ("г. Душанбе", "г. Худжанд", "г. Куляб", "г. Хорог", "г. Бохтар"),
    "afghan": ("Kabul", "Mazar-i-Sharif", "Kunduz", "Herat", "Jalalabad", "Badakhshan"),
    "chinese": ("Urumqi", "Yining", "Kashgar", "Ghulja", "Tacheng"),
}


_LT_LETTERS = {
    "a": "а", "ą": "а", "b": "б", "c": "ц", "č": "ч", "d": "д", "e": "е", "ę": "е", "ė": "е",
    "f": "ф", "g": "г", "h": "х", "i": "и", "į": "и", "y": "и", "j": "й", "k": "к", "l": "л",
    "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у",
    "ų": "у", "ū": "у", "v": "в", "z": "з", "ž": "ж",
}
_LT_VOWELS = frozenset("aąeęėiįyouųū")


def lithuanian_in_cyrillic(name: str) -> str:
    """A Lithuanian name as Russian-language paperwork writes it: Žukauskas → Жукаускас,
    Vaitkevičius → Вайткевичюс, Kazlauskienė → Казлаускене, Giedrius → Гедрюс."""
    return " ".join(_lithuanian_word_in_cyrillic(word) for word in name.split())


def _lithuanian_word_in_cyrillic(word: str) -> str:
    w = word.lower()
    out: list[str] = []
    i = 0
    while i < len(w):
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        pair = None
        if c == "c" and nxt == "h":
            pair = "х"
        elif c in "ij" and nxt in ("a", "ą"):
            pair = "я"  # lia → ля, Jankauskas → Янкаускас
        elif c in "ij" and nxt in ("u", "ū", "ų"):
            pair = "ю"  # -čius → -чюс, Jurgita → Юргита
        elif c == "i" and nxt == "e" and i > 0:
            pair = "е"  # -ienė → -ене, Giedrius → Гедрюс
        elif c == "j" and nxt in ("e", "ė"):
            pair = "е"
        if pair is not None:
            out.append(pair)
            i += 2
            continue
        if c == "i" and i > 0 and w[i - 1] in _LT_VOWELS and nxt not in _LT_VOWELS:
            out.append("й")  # Vaitkevičius → Вайт-, Kairys → Кайрис
        elif c == "e" and i == 0:
            out.append("э")  # Eglė → Эгле
        else:
            out.append(_LT_LETTERS.get(c, c))
        i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:]
