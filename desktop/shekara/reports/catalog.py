"""Every fixed string printed on a report, in Kazakh, Lithuanian, Russian and English.

Code values (kinds, outcomes, roles, units…) are not here: their labels are reference data
(`ReferenceData.label`). Country, crossing-point and substance names come from reference data
too. What is here is the wording of the documents themselves: titles, field labels, section
headings, signature captions, page numbering, the Art. 10 markings and the Art. 9 grounds.
Terms follow the Agreement's own (see shared/domain/agreement.md, "Words worth keeping").

Placeholders are `{name}` (str.format); every language of a key has the same placeholders
(tests/reports/test_catalog.py checks that, and that every key has all four languages).
"""

from __future__ import annotations

from typing import Any

from shekara.languages import CODES as LANGUAGES

Entry = dict[str, str]

_PAGE_AND_HEADER: dict[str, Entry] = {
    "page_n_of_m": {"kk": "{m} беттің {n}-беті", "lt": "{n} psl. iš {m}",
                    "ru": "Страница {n} из {m}", "en": "Page {n} of {m}"},
    "post": {"kk": "Бекет", "lt": "Postas", "ru": "Пост", "en": "Post"},
    "printed": {"kk": "Басып шығарылды", "lt": "Atspausdinta", "ru": "Напечатано",
                "en": "Printed"},
    "printed_by": {"kk": "Басып шығарған", "lt": "Atspausdino", "ru": "Напечатал",
                   "en": "Printed by"},
    # A whole article, a paragraph of it ("10.1") and a subparagraph ("6.1.2"), cited the way
    # each language's legal texts cite them; `text("agreement_article", article="6.1.2")`
    # picks the form (see `text`).
    "agreement_article": {"kk": "Келісімнің {article}-бабы",
                          "lt": "Susitarimo {article} straipsnis",
                          "ru": "ст. {article} Соглашения", "en": "Agreement, Art. {article}"},
    "agreement_paragraph": {"kk": "Келісімнің {article}-бабының {point}-тармағы",
                            "lt": "Susitarimo {article} straipsnio {point} dalis",
                            "ru": "п. {point} ст. {article} Соглашения",
                            "en": "Agreement, Art. {article}.{point}"},
    "agreement_subparagraph": {"kk": "Келісімнің {article}-бабының {point}-тармақшасы",
                               "lt": "Susitarimo {article} straipsnio {point} papunktis",
                               "ru": "подп. {point} ст. {article} Соглашения",
                               "en": "Agreement, Art. {article}.{point}"},
    "yes": {"kk": "иә", "lt": "taip", "ru": "да", "en": "yes"},
    "no": {"kk": "жоқ", "lt": "ne", "ru": "нет", "en": "no"},
    "number_sign": {"kk": "№", "lt": "Nr.", "ru": "№", "en": "No."},
    "none": {"kk": "жоқ", "lt": "nėra", "ru": "нет", "en": "none"},
    "not_given": {"kk": "көрсетілмеген", "lt": "nenurodyta", "ru": "не указано",
                  "en": "not given"},
    "translation_heading": {"kk": "Орыс тіліне аудармасы", "lt": "Vertimas į rusų kalbą",
                            "ru": "Перевод на русский язык", "en": "Russian translation"},
    "free_text_note": {
        "kk": "Еркін мәтін жазылған күйінде, аударусыз берілген.",
        "lt": "Laisvas tekstas pateikiamas taip, kaip įrašytas, be vertimo.",
        "ru": "Свободный текст приведён в том виде, в каком он записан, без перевода.",
        "en": "Free text is reproduced as recorded, without translation."},
}

_MARKINGS: dict[str, Entry] = {
    # Only when reference data has no stamp (markings.json): never a national classification
    # level («ҚҰПИЯ», «KONFIDENCIALIAI», «RIBOTO NAUDOJIMO», «СЕКРЕТНО»).
    "marking.confidential": {"kk": "ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН",
                             "lt": "TIK TARNYBINIAM NAUDOJIMUI",
                             "ru": "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
                             "en": "FOR OFFICIAL USE ONLY"},
    "marking.confidential_text": {
        "kk": "Құпия сипаттағы ақпарат (Келісімнің 10-бабының 1-тармағы).",
        "lt": "Konfidenciali informacija (Susitarimo 10 straipsnio 1 dalis).",
        "ru": "Информация конфиденциального характера (п. 1 ст. 10 Соглашения).",
        "en": "Confidential information (Agreement, Art. 10.1)."},
    "marking.consent_text": {
        "kk": "Үшінші тарапқа тек ақпаратты ұсынған орталық құзыретті органның жазбаша "
              "келісімімен беріледі (Келісімнің 10-бабының 2-тармағы).",
        "lt": "Trečiajai šaliai perduoti galima tik gavus raštišką informaciją pateikusios "
              "centrinės kompetentingos institucijos sutikimą (Susitarimo 10 straipsnio "
              "2 dalis).",
        "ru": "Передача третьей стороне — только с письменного согласия предоставившего "
              "информацию центрального компетентного органа (п. 2 ст. 10 Соглашения).",
        "en": "No transfer to a third party without the written consent of the central "
              "competent authority that provided it (Agreement, Art. 10.2)."},
    "marking.personal_data_text": {
        "kk": "Жеке тұлғалар туралы деректер тек Келісімнің мақсаттары үшін пайдаланылады "
              "(Келісімнің 10-бабының 3-тармағы).",
        "lt": "Duomenys apie asmenis naudojami tik Susitarimo tikslais (Susitarimo "
              "10 straipsnio 3 dalis).",
        "ru": "Данные о физических лицах используются только в целях Соглашения "
              "(п. 3 ст. 10 Соглашения).",
        "en": "Data on individuals may be used only for the purposes of the Agreement "
              "(Agreement, Art. 10.3)."},
    "marking.legal_hold_text": {
        "kk": "Жоюға тыйым салынған: жазба жоюға жатпайды.",
        "lt": "Draudžiama sunaikinti: įrašas nenaikinamas.",
        "ru": "Установлен запрет на уничтожение: запись не подлежит уничтожению.",
        "en": "Destruction prohibited: the record must not be destroyed."},
}

_SECTIONS: dict[str, Entry] = {
    "incident.title": {"kk": "Тіркелген факт туралы мәліметтер",
                       "lt": "Duomenys apie užregistruotą faktą",
                       "ru": "Сведения о зарегистрированном факте", "en": "Incident report"},
    "sec.record": {"kk": "Жазба", "lt": "Įrašas", "ru": "Запись", "en": "Record"},
    "sec.circumstances": {"kk": "Мән-жайлар", "lt": "Aplinkybės", "ru": "Обстоятельства",
                          "en": "Circumstances"},
    "sec.narrative": {"kk": "Оқиғаның баяндалуы", "lt": "Įvykio aprašymas",
                      "ru": "Изложение обстоятельств", "en": "Narrative"},
    "sec.persons": {"kk": "Тұлғалар", "lt": "Asmenys", "ru": "Лица", "en": "Persons"},
    "sec.items": {"kk": "Алып қойылған заттар", "lt": "Paimti daiktai",
                  "ru": "Изъятые предметы", "en": "Items seized"},
    "sec.substances": {"kk": "Есірткі құралдары мен заттар", "lt": "Medžiagos",
                       "ru": "Вещества", "en": "Substances"},
    "sec.route": {"kk": "Маршрут", "lt": "Maršrutas", "ru": "Маршрут", "en": "Route"},
    "sec.document": {"kk": "Құжат", "lt": "Dokumentas", "ru": "Документ", "en": "Document"},
    "sec.intelligence": {"kk": "Ақпарат", "lt": "Informacija", "ru": "Информация",
                         "en": "Intelligence"},
    "sec.handling": {"kk": "Ақпаратпен жұмыс істеу тәртібі",
                     "lt": "Informacijos tvarkymo sąlygos",
                     "ru": "Порядок обращения с информацией", "en": "Handling"},
    "sec.lifecycle": {"kk": "Нұсқа және бекіту", "lt": "Versija ir patvirtinimas",
                      "ru": "Версия и утверждение", "en": "Version and approval"},
    "sec.links": {"kk": "Байланысты жазбалар", "lt": "Susiję įrašai", "ru": "Связанные записи",
                  "en": "Linked records"},
    "sec.attachments": {"kk": "Қосымша файлдар", "lt": "Pridėti failai",
                        "ru": "Приложенные файлы", "en": "Attached files"},
    "sec.signatures": {"kk": "Қолдар", "lt": "Parašai", "ru": "Подписи", "en": "Signatures"},
    "sec.verification": {"kk": "Тексеру", "lt": "Patikra", "ru": "Проверка",
                         "en": "Verification"},
}

_FIELDS: dict[str, Entry] = {
    "f.id": {"kk": "Сәйкестендіргіш", "lt": "Identifikatorius", "ru": "Идентификатор",
             "en": "Identifier"},
    "f.kind": {"kk": "Түрі", "lt": "Rūšis", "ru": "Вид", "en": "Kind"},
    "f.version": {"kk": "Нұсқа", "lt": "Versija", "ru": "Версия", "en": "Version"},
    "f.status": {"kk": "Мәртебесі", "lt": "Būsena", "ru": "Статус", "en": "Status"},
    "f.created": {"kk": "Құрастырған", "lt": "Parengė", "ru": "Составил", "en": "Created by"},
    "f.approved": {"kk": "Бекіткен", "lt": "Patvirtino", "ru": "Утвердил", "en": "Approved by"},
    # Who made or approved a version, for an officer whose printed profile has no name yet:
    # said outright, so that the time after it is not read as the person (never the login).
    "f.no_printed_name": {"kk": "қызметкердің аты-жөні көрсетілмеген",
                          "lt": "pareigūno vardas ir pavardė nenurodyti",
                          "ru": "ФИО сотрудника не указаны",
                          "en": "officer's name not entered"},
    "f.not_approved": {"kk": "бекітілмеген", "lt": "nepatvirtinta", "ru": "не утверждено",
                       "en": "not approved"},
    "f.retain_until": {"kk": "Сақтау мерзімі", "lt": "Saugoti iki", "ru": "Хранить до",
                       "en": "Retain until"},
    "f.review_on": {"kk": "Қайта қарау күні", "lt": "Peržiūros data", "ru": "Дата пересмотра",
                    "en": "Review on"},
    "f.qualifies": {"kk": "Келісім бойынша алмасуға жатады",
                    "lt": "Teiktina pagal Susitarimą", "ru": "Подлежит обмену по Соглашению",
                    "en": "Qualifies for exchange under the Agreement"},
    "f.occurred_at": {"kk": "Күні мен уақыты", "lt": "Data ir laikas", "ru": "Дата и время",
                      "en": "Date and time"},
    "f.place": {"kk": "Орны", "lt": "Vieta", "ru": "Место", "en": "Place"},
    "f.checkpoint": {"kk": "Өткізу пункті", "lt": "Pasienio kontrolės punktas",
                     "ru": "Пункт пропуска", "en": "Crossing point"},
    "f.coordinates": {"kk": "Координаттар", "lt": "Koordinatės", "ru": "Координаты",
                      "en": "Coordinates"},
    "f.direction": {"kk": "Бағыты", "lt": "Kryptis", "ru": "Направление", "en": "Direction"},
    "f.section": {"kk": "Шекара учаскесі", "lt": "Sienos ruožas", "ru": "Участок границы",
                  "en": "Border section"},
    "f.method": {"kk": "Шекараны бұзу тәсілі", "lt": "Sienos pažeidimo būdas",
                 "ru": "Способ нарушения границы", "en": "Method"},
    "f.detected_by": {"kk": "Кім анықтады", "lt": "Kas nustatė", "ru": "Кем выявлено",
                      "en": "Detected by"},
    "f.document_detected_by": {"kk": "Анықтау құралы", "lt": "Nustatymo priemonė",
                               "ru": "Средство выявления", "en": "Detected by"},
    "f.outcome": {"kk": "Нәтижесі", "lt": "Rezultatas", "ru": "Результат", "en": "Outcome"},
    "f.case_number": {"kk": "Іс нөмірі", "lt": "Bylos numeris", "ru": "Номер дела",
                      "en": "Case number"},
    "f.concealment": {"kk": "Жасыру тәсілі", "lt": "Slėpimo būdas", "ru": "Способ сокрытия",
                      "en": "Concealment"},
    "f.detection": {"kk": "Табу тәсілі", "lt": "Aptikimo būdas", "ru": "Способ обнаружения",
                    "en": "Detection"},
    "f.conveyance": {"kk": "Көлік құралы", "lt": "Transporto priemonė",
                     "ru": "Транспортное средство", "en": "Conveyance"},
    "f.act": {"kk": "Әрекет", "lt": "Veika", "ru": "Деяние", "en": "Act"},
    "f.forgery": {"kk": "Қолдан жасау түрі", "lt": "Klastojimo būdas", "ru": "Вид подделки",
                  "en": "Type of forgery"},
    "f.topics": {"kk": "Тақырыптары", "lt": "Temos", "ru": "Темы", "en": "Topics"},
    "f.channel": {"kk": "Арна", "lt": "Kanalas", "ru": "Канал", "en": "Channel"},
    "f.equipment": {"kk": "Жабдықтар мен технологиялар", "lt": "Įranga ir technologijos",
                    "ru": "Оборудование и технологии", "en": "Equipment and technologies"},
    "f.evaluation": {"kk": "Бағалау (дереккөз / ақпарат)",
                     "lt": "Vertinimas (šaltinis / informacija)",
                     "ru": "Оценка (источник / информация)",
                     "en": "Evaluation (source / information)"},
    "f.confidential": {"kk": "Құпия", "lt": "Konfidencialu", "ru": "Конфиденциально",
                       "en": "Confidential"},
    "f.third_party": {"kk": "Үшінші тарапқа беру", "lt": "Perdavimas trečiajai šaliai",
                      "ru": "Передача третьей стороне", "en": "Transfer to a third party"},
    "f.legal_hold": {"kk": "Жоюға тыйым салынған", "lt": "Draudžiama sunaikinti",
                     "ru": "Запрет на уничтожение", "en": "Destruction prohibited"},
    "f.note": {"kk": "Ескертпе", "lt": "Pastaba", "ru": "Примечание", "en": "Note"},
    "f.mrz": {"kk": "Машинамен оқылатын аймақ", "lt": "Mašininio nuskaitymo zona",
              "ru": "Машиночитаемая зона", "en": "Machine-readable zone"},
    "f.latin_name": {"kk": "Латын әріптерімен", "lt": "Lotyniškais rašmenimis",
                     "ru": "Латиницей", "en": "In Latin letters"},
    "f.issued_on": {"kk": "берілген күні {date}", "lt": "išduotas {date}", "ru": "выдан {date}",
                    "en": "issued {date}"},
    "f.expires_on": {"kk": "{date} дейін жарамды", "lt": "galioja iki {date}",
                     "ru": "действителен до {date}", "en": "valid until {date}"},
    "f.registration_number": {"kk": "Тіркеу нөмірі", "lt": "Registracijos numeris",
                              "ru": "Регистрационный номер", "en": "Registration number"},
    "f.content_hash": {"kk": "Мазмұн хэші (SHA-256)", "lt": "Turinio maišos reikšmė (SHA-256)",
                       "ru": "Хеш содержимого (SHA-256)", "en": "Content hash (SHA-256)"},
}

_COLUMNS: dict[str, Entry] = {
    "col.no": {"kk": "№", "lt": "Nr.", "ru": "№", "en": "No."},
    "col.role": {"kk": "Рөлі", "lt": "Vaidmuo", "ru": "Роль", "en": "Role"},
    "col.name": {"kk": "Тегі, аты, әкесінің аты", "lt": "Pavardė, vardas",
                 "ru": "Фамилия, имя, отчество", "en": "Surname, given names"},
    "col.birth": {"kk": "Туған күні мен жері", "lt": "Gimimo data ir vieta",
                  "ru": "Дата и место рождения", "en": "Date and place of birth"},
    "col.sex": {"kk": "Жынысы", "lt": "Lytis", "ru": "Пол", "en": "Sex"},
    "col.citizenship": {"kk": "Азаматтығы", "lt": "Pilietybė", "ru": "Гражданство",
                        "en": "Citizenship"},
    "col.documents": {"kk": "Құжаттары", "lt": "Dokumentai", "ru": "Документы",
                      "en": "Documents"},
    "col.category": {"kk": "Санаты", "lt": "Kategorija", "ru": "Категория", "en": "Category"},
    "col.substance": {"kk": "Зат", "lt": "Medžiaga", "ru": "Вещество", "en": "Substance"},
    "col.description": {"kk": "Сипаттамасы", "lt": "Aprašymas", "ru": "Описание",
                        "en": "Description"},
    "col.quantity": {"kk": "Саны", "lt": "Kiekis", "ru": "Количество", "en": "Quantity"},
    "col.serial_number": {"kk": "Сериялық нөмірі", "lt": "Serijos numeris",
                          "ru": "Серийный номер", "en": "Serial number"},
    "col.markings": {"kk": "Таңбалануы", "lt": "Žymėjimas", "ru": "Маркировка",
                     "en": "Markings"},
    "col.form": {"kk": "Пішіні", "lt": "Forma", "ru": "Форма", "en": "Form"},
    "col.purity": {"kk": "Тазалығы, %", "lt": "Grynumas, %", "ru": "Чистота, %",
                   "en": "Purity, %"},
    "col.properties": {"kk": "Қасиеттері", "lt": "Savybės", "ru": "Свойства",
                       "en": "Properties"},
    "col.country": {"kk": "Ел", "lt": "Šalis", "ru": "Страна", "en": "Country"},
    "col.place": {"kk": "Орны", "lt": "Vieta", "ru": "Место", "en": "Place"},
    "col.mode": {"kk": "Көлік түрі", "lt": "Transporto rūšis", "ru": "Вид транспорта",
                 "en": "Mode"},
    "col.date": {"kk": "Күні", "lt": "Data", "ru": "Дата", "en": "Date"},
    "col.file": {"kk": "Файл атауы", "lt": "Failo pavadinimas", "ru": "Имя файла",
                 "en": "File name"},
    "col.media_type": {"kk": "Түрі", "lt": "Tipas", "ru": "Тип", "en": "Type"},
    "col.size": {"kk": "Көлемі, байт", "lt": "Dydis, baitai", "ru": "Размер, байт",
                 "en": "Size, bytes"},
    "col.count": {"kk": "Саны", "lt": "Skaičius", "ru": "Количество", "en": "Count"},
    "col.cases": {"kk": "Жағдайлар", "lt": "Atvejai", "ru": "Случаев", "en": "Cases"},
    "col.total": {"kk": "Барлығы", "lt": "Iš viso", "ru": "Итого", "en": "Total"},
    "col.unit": {"kk": "Өлшем бірлігі", "lt": "Mato vienetas", "ru": "Единица измерения",
                 "en": "Unit"},
    "col.title": {"kk": "Атауы", "lt": "Pavadinimas", "ru": "Наименование", "en": "Title"},
    "col.pages": {"kk": "Парақтар саны", "lt": "Lapų skaičius", "ru": "Количество листов",
                  "en": "Pages"},
}

_SIGNATURES: dict[str, Entry] = {
    "sig.compiled_by": {"kk": "Құрастырған", "lt": "Parengė", "ru": "Составил",
                        "en": "Compiled by"},
    "sig.approved_by": {"kk": "Бекіткен", "lt": "Patvirtino", "ru": "Утвердил",
                        "en": "Approved by"},
    "sig.caption": {"kk": "лауазымы, аты-жөні, қолы", "lt": "pareigos, vardas, pavardė, parašas",
                    "ru": "должность, фамилия, подпись", "en": "position, name, signature"},
    "sig.signature": {"kk": "қолы", "lt": "parašas", "ru": "подпись", "en": "signature"},
    "sig.date": {"kk": "Күні", "lt": "Data", "ru": "Дата", "en": "Date"},
    "sig.time": {"kk": "Уақыты", "lt": "Laikas", "ru": "Время", "en": "Time"},
    "sig.seal": {"kk": "М.О.", "lt": "A.V.", "ru": "М.П.", "en": "L.S."},
    # Names the window's menu item in its own words in each language (tests/ui/
    # test_verify_paper.py holds the two together), then the command.
    "qr.caption": {
        "kk": "Қағазды деректер қоймасымен салыстыру: Құжаттар > Басылған құжатты тексеру… "
              "(немесе shekara report verify «мәтін»)",
        "lt": "Popieriaus patikra pagal saugyklą: Dokumentai > Tikrinti atspausdintą "
              "dokumentą… (arba shekara report verify „tekstas“)",
        "ru": "Сверка бумаги с хранилищем: Документы > Проверить напечатанный документ… "
              "(или shekara report verify «текст»)",
        "en": "Check this paper against the vault: Documents > Check a printed document… "
              "(or shekara report verify \"text\")"},
}

_REQUEST: dict[str, Entry] = {
    "request.title": {"kk": "Өтініш", "lt": "Prašymas", "ru": "Запрос", "en": "Request"},
    "request.urgent": {"kk": "ШҰҒЫЛ", "lt": "SKUBU", "ru": "СРОЧНО", "en": "URGENT"},
    "request.to": {"kk": "Кімге", "lt": "Gavėjas", "ru": "Кому", "en": "To"},
    "request.from": {"kk": "Кімнен", "lt": "Siuntėjas", "ru": "От кого", "en": "From"},
    "request.reference": {"kk": "Шығыс нөмірі", "lt": "Siunčiamojo rašto Nr.",
                          "ru": "Исходящий номер", "en": "Reference"},
    "request.dated": {"kk": "Күні", "lt": "Data", "ru": "Дата", "en": "Date"},
    "request.subject": {"kk": "Істің мәні", "lt": "Reikalo esmė", "ru": "Существо дела",
                        "en": "Essence of the matter"},
    "request.persons": {"kk": "Қатысы бар тұлғалар", "lt": "Susiję asmenys",
                        "ru": "Причастные лица", "en": "Persons involved"},
    "request.linked_record": {"kk": "Жазба", "lt": "Įrašas", "ru": "Запись", "en": "Record"},
    "request.facts": {"kk": "Ақпарат сұралатын фактілер",
                      "lt": "Faktai, apie kuriuos prašoma informacijos",
                      "ru": "Факты, о которых запрашивается информация",
                      "en": "Facts on which information is sought"},
    "request.objects": {"kk": "Ақпарат сұралатын объектілер мен құжаттар",
                        "lt": "Objektai ir dokumentai, apie kuriuos prašoma informacijos",
                        "ru": "Объекты и документы, о которых запрашивается информация",
                        "en": "Objects and documents on which information is sought"},
    "request.reasons": {"kk": "Өтініштің себептері", "lt": "Prašymo priežastys",
                        "ru": "Причины запроса", "en": "Reasons for the request"},
    "request.procedure": {"kk": "Сұралатын рәсімнің сипаттамасы",
                          "lt": "Prašomos procedūros aprašymas",
                          "ru": "Описание запрашиваемой процедуры",
                          "en": "Procedure requested"},
    "request.deadline": {"kk": "Күтілетін орындау мерзімі", "lt": "Numatomas įvykdymo terminas",
                         "ru": "Ожидаемый срок исполнения", "en": "Expected deadline"},
    "request.attachments": {"kk": "Қоса берілетін құжаттардың куәландырылған көшірмелері",
                            "lt": "Pridedamos patvirtintos dokumentų kopijos",
                            "ru": "Прилагаемые заверенные копии документов",
                            "en": "Certified copies attached"},
    "request.pages": {"kk": "{n} парақ", "lt": "{n} lap.", "ru": "на {n} л.",
                      "en": "{n} page(s)"},
    # Art. 8.4: "signed by the responsible officials" — whoever signs, not the head by default.
    "request.signed_by": {"kk": "Сұрау салушы органның лауазымды адамы",
                          "lt": "Prašančiosios institucijos atsakingas pareigūnas",
                          "ru": "Должностное лицо запрашивающего органа",
                          "en": "Responsible official of the requesting authority"},
    "request.basis": {
        "kk": "Келісімнің 8-бабына сәйкес жолданады.",
        "lt": "Siunčiama pagal Susitarimo 8 straipsnį.",
        "ru": "Направляется в соответствии со статьей 8 Соглашения.",
        "en": "Sent under Article 8 of the Agreement."},
}

_REFUSAL: dict[str, Entry] = {
    "refusal.title": {"kk": "Өтінішті орындаудан бас тарту туралы хабарлама",
                      "lt": "Pranešimas apie atsisakymą vykdyti prašymą",
                      "ru": "Уведомление об отказе в исполнении запроса",
                      "en": "Notice of refusal to execute a request"},
    "refusal.request": {"kk": "Өтініш", "lt": "Prašymas", "ru": "Запрос", "en": "Request"},
    "refusal.scope": {"kk": "Бас тарту көлемі", "lt": "Atsisakymo apimtis",
                      "ru": "Объём отказа", "en": "Extent of refusal"},
    "refusal.scope.whole": {"kk": "толық", "lt": "visiškai", "ru": "полностью",
                            "en": "in whole"},
    "refusal.scope.part": {"kk": "ішінара", "lt": "iš dalies", "ru": "частично",
                           "en": "in part"},
    "refusal.ground": {"kk": "Бас тарту негізі", "lt": "Atsisakymo pagrindas",
                       "ru": "Основание отказа", "en": "Ground for refusal"},
    "refusal.explanation": {"kk": "Бас тартудың себептері", "lt": "Atsisakymo motyvai",
                            "ru": "Мотивы отказа", "en": "Reasons"},
    "refusal.decided_on": {"kk": "Шешім күні", "lt": "Sprendimo data", "ru": "Дата решения",
                           "en": "Decided on"},
    "refusal.signed_by": {"kk": "Сұрау салынған органның лауазымды адамы",
                          "lt": "Prašomosios institucijos atsakingas pareigūnas",
                          "ru": "Должностное лицо запрашиваемого органа",
                          "en": "Responsible official of the requested authority"},
    "refusal.basis": {
        "kk": "Келісімнің 9-бабына сәйкес өтінішті орындаудан бас тартылғаны туралы жазбаша "
              "хабарлаймыз.",
        "lt": "Pagal Susitarimo 9 straipsnį raštu pranešame apie atsisakymą vykdyti prašymą.",
        "ru": "В соответствии со статьей 9 Соглашения письменно уведомляем об отказе "
              "в исполнении запроса.",
        "en": "Under Article 9 of the Agreement we notify in writing that the request is "
              "refused."},
    # The Art. 9 grounds (codes in shekara.domain.request.REFUSAL_REASONS).
    "refusal.reason.human_rights": {
        "kk": "орындау адам құқықтарының бұзылуына әкеп соғады",
        "lt": "vykdymas pažeistų žmogaus teises",
        "ru": "исполнение повлечёт нарушение прав человека",
        "en": "execution would violate human rights"},
    "refusal.reason.sovereignty": {
        "kk": "орындау мемлекеттің егемендігіне нұқсан келтіреді",
        "lt": "vykdymas pakenktų valstybės suverenitetui",
        "ru": "исполнение нанесёт ущерб суверенитету государства",
        "en": "execution would harm the sovereignty of the State"},
    "refusal.reason.security": {
        "kk": "орындау мемлекеттің қауіпсіздігіне нұқсан келтіреді",
        "lt": "vykdymas pakenktų valstybės saugumui",
        "ru": "исполнение нанесёт ущерб безопасности государства",
        "en": "execution would harm the security of the State"},
    "refusal.reason.national_law": {
        "kk": "орындау сұрау салынған Тараптың заңнамасына қайшы келеді",
        "lt": "vykdymas prieštarautų prašomosios Šalies teisės aktams",
        "ru": "исполнение противоречит законодательству запрашиваемой Стороны",
        "en": "execution would contradict the law of the requested Party"},
    "refusal.reason.international_obligations": {
        "kk": "орындау сұрау салынған Тараптың халықаралық міндеттемелеріне қайшы келеді",
        "lt": "vykdymas prieštarautų prašomosios Šalies tarptautiniams įsipareigojimams",
        "ru": "исполнение противоречит международным обязательствам запрашиваемой Стороны",
        "en": "execution would contradict the international obligations of the requested "
              "Party"},
}

_SUMMARY: dict[str, Entry] = {
    "summary.title": {"kk": "Кезең бойынша жиынтық есеп", "lt": "Laikotarpio suvestinė",
                      "ru": "Сводный отчёт за период", "en": "Period summary"},
    "summary.period": {"kk": "Кезең", "lt": "Laikotarpis", "ru": "Период", "en": "Period"},
    "summary.range": {"kk": "{start} – {end}", "lt": "{start} – {end}",
                      "ru": "с {start} по {end}", "en": "{start} to {end}"},
    "summary.all_checkpoints": {"kk": "барлық өткізу пункттері", "lt": "visi punktai",
                                "ru": "все пункты пропуска", "en": "all crossing points"},
    "summary.total": {"kk": "Есепке алынған жазбалар", "lt": "Įtraukta įrašų",
                      "ru": "Учтено записей", "en": "Records counted"},
    "summary.qualifying": {"kk": "оның ішінде Келісім бойынша алмасуға жататындар",
                           "lt": "iš jų teiktini pagal Susitarimą",
                           "ru": "в том числе подлежащих обмену по Соглашению",
                           "en": "of which qualify for exchange under the Agreement"},
    "summary.excluded": {"kk": "Есепке алынбағандар: жобалар {drafts}, кері қайтарылғандар "
                               "{withdrawn}",
                         "lt": "Neįtraukta: juodraščių {drafts}, atšauktų {withdrawn}",
                         "ru": "Не учтены: черновики {drafts}, отозванные {withdrawn}",
                         "en": "Not counted: drafts {drafts}, withdrawn {withdrawn}"},
    "summary.by_kind": {"kk": "Түрлері бойынша", "lt": "Pagal rūšį", "ru": "По видам",
                        "en": "By kind"},
    "summary.by_outcome": {"kk": "Нәтижелері бойынша", "lt": "Pagal rezultatą",
                           "ru": "По результатам", "en": "By outcome"},
    "summary.no_outcome": {"kk": "нәтиже көрсетілмеген", "lt": "rezultatas nenurodytas",
                           "ru": "результат не указан", "en": "no outcome recorded"},
    "summary.by_citizenship": {"kk": "Тұлғалардың азаматтығы бойынша",
                               "lt": "Asmenys pagal pilietybę",
                               "ru": "Лица по гражданству", "en": "Persons by citizenship"},
    "summary.seizures": {"kk": "Заттар бойынша алып қоюлар", "lt": "Sulaikymai pagal medžiagas",
                         "ru": "Изъятия по веществам", "en": "Seizures by substance"},
    "summary.routes": {"kk": "Анықталған маршруттар", "lt": "Nustatyti maršrutai",
                       "ru": "Выявленные маршруты", "en": "Routes seen"},
    "summary.others": {"kk": "басқалары ({n})", "lt": "kiti ({n})", "ru": "прочие ({n})",
                       "en": "others ({n})"},
    "summary.chart_kind": {"kk": "Жазбалар түрлері бойынша", "lt": "Įrašai pagal rūšį",
                           "ru": "Записи по видам", "en": "Records by kind"},
    "summary.no_data": {"kk": "деректер жоқ", "lt": "duomenų nėra", "ru": "нет данных",
                        "en": "no data"},
}

_SHEETS: dict[str, Entry] = {
    "transmittal.title": {"kk": "Пакетті беру-қабылдау актісі",
                          "lt": "Paketo perdavimo ir priėmimo aktas",
                          "ru": "Акт приёма-передачи пакета",
                          "en": "Packet transmittal sheet"},
    "transmittal.file": {"kk": "Пакет файлы", "lt": "Paketo failas", "ru": "Файл пакета",
                         "en": "Packet file"},
    "transmittal.sequence": {"kk": "Пакеттің реттік нөмірі", "lt": "Paketo eilės numeris",
                             "ru": "Порядковый номер пакета", "en": "Packet sequence number"},
    "transmittal.created": {"kk": "Жасалған уақыты", "lt": "Sukurta", "ru": "Создан",
                            "en": "Created"},
    "transmittal.records": {"kk": "Жазбалар саны", "lt": "Įrašų skaičius",
                            "ru": "Количество записей", "en": "Number of records"},
    "transmittal.sha256": {"kk": "Пакет файлының SHA-256 хэші", "lt": "Paketo failo SHA-256",
                           "ru": "SHA-256 файла пакета", "en": "SHA-256 of the packet file"},
    "transmittal.handed_over": {"kk": "Тапсырды", "lt": "Perdavė", "ru": "Сдал",
                                "en": "Handed over by"},
    "transmittal.received": {"kk": "Қабылдады", "lt": "Priėmė", "ru": "Принял",
                             "en": "Received by"},
    "transmittal.instructions": {
        "kk": "Қабылдаушы импорттау алдында пакет файлының SHA-256 хэшін осы актімен "
              "салыстырады. Сәйкес келмесе, пакет қабылданбайды.",
        "lt": "Prieš importuodamas gavėjas palygina paketo failo SHA-256 su šiuo aktu. "
              "Jei nesutampa, paketas nepriimamas.",
        "ru": "Перед импортом получатель сверяет SHA-256 файла пакета с настоящим актом. "
              "При несовпадении пакет не принимается.",
        "en": "Before import the receiver compares the SHA-256 of the packet file with this "
              "sheet. If they differ, the packet is not accepted."},
    "enrollment.title": {"kk": "Бекетті тіркеу парағы (ашық кілттер)",
                         "lt": "Posto registracijos lapas (viešieji raktai)",
                         "ru": "Регистрационный лист поста (открытые ключи)",
                         "en": "Post enrollment sheet (public keys)"},
    "enrollment.party": {"kk": "Тарап", "lt": "Šalis", "ru": "Сторона", "en": "Party"},
    "enrollment.fingerprint": {"kk": "Кілттердің саусақ ізі", "lt": "Raktų kontrolinis kodas",
                               "ru": "Отпечаток ключей", "en": "Key fingerprint"},
    "enrollment.signing": {"kk": "Қол қою кілті (Ed25519)", "lt": "Parašo raktas (Ed25519)",
                           "ru": "Ключ подписи (Ed25519)", "en": "Signing key (Ed25519)"},
    "enrollment.age": {"kk": "Шифрлау кілті (age X25519)", "lt": "Šifravimo raktas (age X25519)",
                       "ru": "Ключ шифрования (age X25519)",
                       "en": "Encryption key (age X25519)"},
    "enrollment.created": {"kk": "Кілттер жасалған уақыт", "lt": "Raktai sukurti",
                           "ru": "Ключи созданы", "en": "Keys created"},
    "enrollment.instructions": {
        "kk": "Орталық аппарат тіркеу файлын импорттағанда бағдарлама көрсеткен саусақ ізін "
              "осы парақпен телефон арқылы немесе жеке кездесуде салыстырады. Файлмен бірге "
              "келген саусақ ізіне сенбеңіз. Сәйкес келмесе, кілт қабылданбайды.",
        "lt": "Importuodama registracijos failą būstinė programos rodomą kontrolinį kodą "
              "palygina su šiuo lapu telefonu arba asmeniškai. Nepasitikėkite kartu su failu "
              "atėjusiu kodu. Jei nesutampa, raktas nepriimamas.",
        "ru": "При импорте регистрационного файла центральный аппарат сверяет показанный "
              "программой отпечаток с этим листом по телефону или лично. Не доверяйте "
              "отпечатку, пришедшему вместе с файлом. При несовпадении ключ не принимается.",
        "en": "When HQ imports the enrollment file, it compares the fingerprint the program "
              "shows with this sheet by telephone or in person. Do not trust a fingerprint "
              "that came with the file. If they differ, the key is not accepted."},
    "enrollment.checked_by": {"kk": "Салыстырып тексерген (орталық аппарат)",
                              "lt": "Sutikrino (būstinė)",
                              "ru": "Сверил (центральный аппарат)", "en": "Compared by (HQ)"},
    "enrollment.qr_caption": {
        "kk": "QR кодта: тарап, бекет, саусақ ізі және ашық кілттер",
        "lt": "QR kode: šalis, postas, kontrolinis kodas ir viešieji raktai",
        "ru": "В QR-коде: сторона, пост, отпечаток и открытые ключи",
        "en": "The QR code holds the party, post, fingerprint and public keys"},
    "recovery.qr_caption": {
        "kk": "Қалпына келтіру кілтінің QR коды (сканер үшін)",
        "lt": "Atkūrimo rakto QR kodas (skaitytuvui)",
        "ru": "QR-код ключа восстановления (для сканера)",
        "en": "QR code of the recovery key (for a scanner)"},
    "recovery.title": {"kk": "Қалпына келтіру кілті", "lt": "Atkūrimo raktas",
                       "ru": "Ключ восстановления", "en": "Recovery key"},
    "recovery.vault": {"kk": "Деректер қоймасы", "lt": "Saugykla", "ru": "Хранилище",
                       "en": "Vault"},
    "recovery.warning": {
        "kk": "НАЗАР АУДАРЫҢЫЗ: осы кілтті білетін кез келген адам бекеттің деректер "
              "қоймасын барлық дербес деректерімен бірге аша алады. Суретке түсірмеңіз, "
              "көшірмеңіз, компьютерде сақтамаңыз.",
        "lt": "DĖMESIO: kiekvienas, žinantis šį raktą, gali atverti posto saugyklą su visais "
              "asmens duomenimis. Nefotografuokite, nekopijuokite, nelaikykite kompiuteryje.",
        "ru": "ВНИМАНИЕ: любой, кто знает этот ключ, может открыть хранилище поста со всеми "
              "персональными данными. Не фотографируйте, не копируйте, не храните "
              "в компьютере.",
        "en": "WARNING: anyone who knows this key can open the post's vault with all its "
              "personal data. Do not photograph it, copy it or keep it on a computer."},
    "recovery.keep": {
        "kk": "Парақты мөрленген конвертте бекеттің сейфінде сақтаңыз.",
        "lt": "Lapą laikykite užantspauduotame voke posto seife.",
        "ru": "Храните лист в опечатанном конверте в сейфе поста.",
        "en": "Keep this sheet in a sealed envelope in the post's safe."},
    # Names the unlock screen's button in its own words in each language
    # (tests/ui/test_recover_dialog.py holds the two together).
    "recovery.use": {
        "kk": "Құпия фраза ұмытылса: құлыпты ашу экранында «Қалпына келтіру кілті…» "
              "батырмасын басыңыз (немесе shekara recover LOGIN командасын орындаңыз), кілтті "
              "енгізіп, жаңа құпия фраза белгілеңіз. Содан кейін парақты жаңа конвертке салып "
              "мөрлеңіз.",
        "lt": "Pamiršus slaptafrazę: atrakinimo ekrane spauskite „Atkūrimo raktas…“ (arba "
              "paleiskite shekara recover LOGIN), įveskite raktą ir nustatykite naują "
              "slaptafrazę. Po to užantspauduokite lapą naujame voke.",
        "ru": "Если парольная фраза забыта: на экране разблокировки нажмите «Ключ "
              "восстановления…» (или выполните shekara recover LOGIN), введите ключ и задайте "
              "новую парольную фразу. После этого запечатайте лист в новый конверт.",
        "en": "If a passphrase is forgotten: on the unlock screen press \"Recovery key…\" (or "
              "run shekara recover LOGIN), enter the key and set a new passphrase. Then seal "
              "this sheet in a new envelope."},
}

_STATISTICS: dict[str, Entry] = {
    "stats.title": {"kk": "Статистикалық мәліметтер", "lt": "Statistiniai duomenys",
                    "ru": "Статистические сведения", "en": "Statistics"},
    "stats.no_personal_data": {
        "kk": "Тек сандар: дербес деректер жоқ (Келісімнің 3-бабының 1-тармағы).",
        "lt": "Tik skaičiai: asmens duomenų nėra (Susitarimo 3 straipsnio 1 dalis).",
        "ru": "Только количественные показатели, без персональных данных (п. 1 ст. 3 "
              "Соглашения).",
        "en": "Counts only: no personal data (Agreement, Art. 3.1)."},
    "stats.by_month": {"kk": "Айлар және түрлері бойынша", "lt": "Pagal mėnesį ir rūšį",
                       "ru": "По месяцам и видам", "en": "By month and kind"},
    "stats.by_checkpoint": {"kk": "Өткізу пункттері және түрлері бойынша",
                            "lt": "Pagal punktą ir rūšį",
                            "ru": "По пунктам пропуска и видам",
                            "en": "By crossing point and kind"},
    "stats.no_checkpoint": {"kk": "өткізу пунктінен тыс", "lt": "ne pasienio kontrolės punkte",
                            "ru": "вне пунктов пропуска", "en": "away from a crossing point"},
    "stats.col_qualifying": {"kk": "оның ішінде алмасуға жататындар",
                             "lt": "iš jų teiktini",
                             "ru": "в т. ч. подлежащих обмену",
                             "en": "of which for exchange"},
    "col.month": {"kk": "Ай", "lt": "Mėnuo", "ru": "Месяц", "en": "Month"},
}

CATALOG: dict[str, Entry] = {
    **_PAGE_AND_HEADER, **_MARKINGS, **_SECTIONS, **_FIELDS, **_COLUMNS, **_SIGNATURES,
    **_REQUEST, **_REFUSAL, **_SUMMARY, **_STATISTICS, **_SHEETS,
}


def text(key: str, lang: str, **params: Any) -> str:
    """One catalog string in one language, with its placeholders filled.

    Raises KeyError for an unknown key or language: a missing string is a bug to catch in
    tests, not something to print as a code on paper. `agreement_article` with a dotted number
    cites a paragraph ("10.1") or a subparagraph ("6.1.2") of the article instead.
    """
    if lang not in LANGUAGES:
        raise KeyError(lang)
    if key == "agreement_article" and "." in str(params.get("article", "")):
        article, point = str(params["article"]).split(".", 1)
        key = "agreement_subparagraph" if "." in point else "agreement_paragraph"
        params = {"article": article, "point": point}
    template = CATALOG[key][lang]
    return template.format(**params) if params else template


# Units counted in whole things take the number's plural form (CLDR categories, as babel's
# `Locale.plural_form` gives them): "16 патронов", "200 tablečių", "1,5 таблетки". Kazakh puts
# a noun after a numeral in the singular. Units of measure (g, kg, ml, l, Bq) and the
# abbreviations "шт." / "vnt." / "дана" do not change: their labels are reference data.
UNIT_FORMS: dict[str, dict[str, dict[str, str]]] = {
    "tablets": {
        "kk": {"other": "таблетка"},
        "lt": {"one": "tabletė", "few": "tabletės", "many": "tabletės", "other": "tablečių"},
        "ru": {"one": "таблетка", "few": "таблетки", "many": "таблеток", "other": "таблетки"},
        "en": {"one": "tablet", "other": "tablets"}},
    "rounds": {
        "kk": {"other": "патрон"},
        "lt": {"one": "šovinys", "few": "šoviniai", "many": "šovinio", "other": "šovinių"},
        "ru": {"one": "патрон", "few": "патрона", "many": "патронов", "other": "патрона"},
        "en": {"one": "round", "other": "rounds"}},
}
