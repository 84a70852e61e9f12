"""Phrase pools for the sample-record generator (`samples.py`): what the officers write.

Narratives are put together from an opening sentence, a few details and, for the Art. 6 kinds,
a closing sentence that matches the record's outcome. Sentences are `str.format` templates; the
generator offers the values it has ({time}, {km}, {sign}, {count}, {cp}, {country},
{substance}, {qty}, {n}, {amount}, {marking}, {route}, {vehicle}, {doc}, {hiding}, {article},
{code}) and uses only templates whose every placeholder it can fill. Placeholders stand where
the grammar keeps a name in its dictionary form (after a colon, in brackets, in quotes, before
"PKP"), so no case ending is ever guessed.

Some placeholders are *conditions* that print nothing: a template ending in `{if_between}`
is only used for an incident between crossing points, `{if_det_xray}` only when an X-ray found
the goods, `{if_fg_photo_substitution}` only for that forgery, and so on (see
`samples._narrative_values`). That keeps the story in line with the record's codes.

Languages: kk for KZ posts, lt for LT posts, ru for both (posts write in Russian too).
"""

from __future__ import annotations

Pool = tuple[str, ...]

NARRATIVE_OPENINGS: dict[str, dict[str, Pool]] = {
    "kk": {
        "border_violation": (
            "Сағат {time} шамасында № {sign} шекара белгісі маңында шекара нарядымен "
            "Мемлекеттік шекараны заңсыз кесіп өткен адам ұсталды.{if_between}",
            "Сағат {time} шамасында бейнебақылау құралдарымен шекара белдеуінде {count} "
            "адамның қозғалысы тіркелді.{if_between}",
            "Шекара сызығынан {km} км қашықтықта күзет нарядымен шекара режимін бұзған адам "
            "анықталды.{if_between}",
            "Бақылау-іздестіру жолағында жаңа іздер анықталып, із бойынша іздестіру "
            "ұйымдастырылды.{if_between}",
            "Сағат {time} шамасында қайықпен су арқылы шекараны кесіп өтуге әрекеттенген адам "
            "ұсталды.{if_by_water}",
            "«{cp}» өткізу пунктінде жүк көлігін тексеру кезінде шанақта жасырынған адам "
            "табылды.{if_hidden}",
            "Сағат {time} шамасында «{cp}» өткізу пунктінде шекаралық бақылаудан тыс өтуге "
            "әрекеттенген азамат ұсталды.{if_checkpoint}",
            "Сағат {time} шамасында «{cp}» өткізу пунктінде паспорттық бақылау кезінде "
            "азамат басқа адамның құжатын ұсынды.{if_false_docs}",
            "Өткізу пунктінде шекаралық бақылау кезінде шекара режимін бұзу фактісі "
            "анықталды.{if_checkpoint}",
        ),
        "contraband_detention": (
            "Сағат {time} шамасында көлік құралын ({vehicle}) рентгендік тексеру кезінде "
            "күдікті орамдар анықталды.{if_det_xray}",
            "Жолаушының жүгін рентгендік тексеру кезінде күдікті орамдар анықталды.{if_det_xray}",
            "Сағат {time} шамасында «{cp}» өткізу пунктінде қызметтік ит жолаушының жүгіне "
            "белгі берді.{if_det_dog}",
            "Қызметтік ит көлік құралына ({vehicle}) белгі берді.{if_det_dog}",
            "Тәуекелдерді басқару жүйесінің профилі бойынша көлік құралы ({vehicle}) толық "
            "тексеруге жіберілді.{if_det_risk_profiling}",
            "Тәуекел профилі бойынша жолаушы толық тексеруге жіберілді.{if_det_risk_profiling}",
            "Жеке тексеру кезінде азаматтан күдікті орамдар табылды.{if_det_physical_search}",
            "Сағат {time} шамасында кедендік тексеру кезінде күдікті заттар табылды "
            "({n} дана).",
            "Кедендік бақылау кезінде тыйым салынған заттар анықталды.",
        ),
        "forged_document": (
            "Сағат {time} шамасында паспорттық бақылау кезінде азамат түпнұсқалығы күмән "
            "тудырған құжат ұсынды: {doc}.{if_act_use}",
            "Шекаралық бақылау кезінде ұсынылған құжаттың ({doc}) қолдан жасалғаны "
            "анықталды.{if_act_use}",
            "Деректер базасын тексеру кезінде ұсынылған құжат ({doc}) ұрланған бланк ретінде "
            "тіркелгені анықталды.{if_act_use}{if_fg_stolen_blank}",
            "«{cp}» өткізу пунктінде екінші желідегі тексеру кезінде құжаттың ({doc}) "
            "деректері өзгертілгені белгілі болды.{if_act_use}{if_fg_data_alteration}",
            "Тексеру кезінде азаматтың жүгінен жалған құжат табылды ({doc}).{if_act_possession}",
            "Жедел ақпарат бойынша жалған құжаттар жасаумен айналысатын адам "
            "ұсталды.{if_act_manufacture}",
        ),
        "drug_intel": (
            "Жедел деректер бойынша есірткі мына бағыт бойынша тасымалданады: {route}.",
            "Серіктес органнан алынған ақпарат бойынша есірткі тасымалдаудың жаңа арнасы "
            "анықталды (зат: {substance}).",
            "Ұсталған курьерден жауап алу барысында есірткі тасымалдау схемасы туралы "
            "мәліметтер алынды.",
            "Жедел ақпарат бойынша «{marking}» белгісі бар жаңа таблеткалар таралуда "
            "(зат: {substance}).",
        ),
    },
    "lt": {
        "border_violation": (
            "Apie {time} val. pasieniečių patrulis ties valstybės sienos ženklu Nr. {sign} "
            "sulaikė asmenį, neteisėtai kirtusį valstybės sieną.{if_between}",
            "Apie {time} val. vaizdo stebėjimo sistema pasienio ruože užfiksavo asmenų grupės "
            "judėjimą (asmenų skaičius: {count}).{if_between}",
            "Už {km} km nuo valstybės sienos pasieniečiai aptiko asmenį, pažeidusį pasienio "
            "režimą.{if_between}",
            "Patruliuojant kontrolinėje pėdsakų juostoje aptikti švieži pėdsakai, "
            "organizuota paieška.{if_between}",
            "Apie {time} val. sulaikytas asmuo, valtimi bandęs kirsti sieną vandeniu.{if_by_water}",
            "{cp} tikrinant vilkiką, puspriekabėje rastas pasislėpęs asmuo.{if_hidden}",
            "Apie {time} val. {cp} asmuo bandė išvengti pasienio kontrolės.{if_checkpoint}",
            "Apie {time} val. {cp} pasų kontrolės metu asmuo pateikė kito asmens "
            "dokumentą.{if_false_docs}",
            "Pasienio kontrolės metu nustatytas pasienio režimo pažeidimas.{if_checkpoint}",
        ),
        "contraband_detention": (
            "Apie {time} val., rentgenu tikrinant transporto priemonę ({vehicle}), aptikti "
            "įtartini paketai.{if_det_xray}",
            "Rentgeno patikros metu keleivio bagaže aptikti įtartini paketai.{if_det_xray}",
            "Apie {time} val. {cp} tarnybinis šuo reagavo į keleivio bagažą.{if_det_dog}",
            "Tarnybinis šuo reagavo į transporto priemonę ({vehicle}).{if_det_dog}",
            "Pagal rizikos profilį transporto priemonė ({vehicle}) nukreipta išsamiam "
            "patikrinimui.{if_det_risk_profiling}",
            "Pagal rizikos profilį keleivis nukreiptas išsamiam patikrinimui."
            "{if_det_risk_profiling}",
            "Asmens apžiūros metu rasti įtartini paketai.{if_det_physical_search}",
            "Apie {time} val. muitinės patikrinimo metu rastos pakuotės su įtartina medžiaga "
            "({n} vnt.).",
            "Muitinės kontrolės metu aptikta draudžiamų prekių.",
        ),
        "forged_document": (
            "Apie {time} val. pasų kontrolės metu asmuo pateikė dokumentą, kurio "
            "autentiškumas sukėlė abejonių: {doc}.{if_act_use}",
            "Pasienio kontrolės metu nustatyta, kad pateiktas dokumentas ({doc}) yra "
            "suklastotas.{if_act_use}",
            "Patikrinus duomenų bazėse nustatyta, kad pateiktas dokumentas ({doc}) "
            "įregistruotas kaip pavogtas blankas.{if_act_use}{if_fg_stolen_blank}",
            "{cp} antrosios linijos patikrinimo metu nustatyta, kad dokumento ({doc}) duomenys "
            "pakeisti.{if_act_use}{if_fg_data_alteration}",
            "Tikrinant asmens bagažą rastas suklastotas dokumentas ({doc}).{if_act_possession}",
            "Remiantis operatyvine informacija, sulaikytas asmuo, gaminantis suklastotus "
            "dokumentus.{if_act_manufacture}",
        ),
        "drug_intel": (
            "Operatyviniais duomenimis, narkotinės medžiagos gabenamos maršrutu: {route}.",
            "Iš partnerių institucijos gauta informacija apie naują gabenimo kanalą "
            "(medžiaga: {substance}).",
            "Apklausiant sulaikytą kurjerį, gauta duomenų apie narkotikų gabenimo schemą.",
            "Operatyviniais duomenimis, platinamos naujos tabletės su žymeniu „{marking}“ "
            "(medžiaga: {substance}).",
        ),
    },
    "ru": {
        "border_violation": (
            "Около {time} пограничным нарядом в районе пограничного знака № {sign} задержан "
            "гражданин, незаконно пересёкший государственную границу.{if_between}",
            "Около {time} средствами видеонаблюдения в пограничной полосе зафиксировано "
            "движение группы лиц (количество: {count}).{if_between}",
            "В {km} км от линии границы нарядом выявлен нарушитель пограничного режима."
            "{if_between}",
            "На контрольно-следовой полосе обнаружены свежие следы, организован поиск."
            "{if_between}",
            "Около {time} задержан гражданин, пытавшийся пересечь границу по воде на лодке."
            "{if_by_water}",
            "В пункте пропуска «{cp}» при досмотре грузового автомобиля в кузове обнаружен "
            "скрывавшийся гражданин.{if_hidden}",
            "Около {time} в пункте пропуска «{cp}» гражданин пытался пройти, минуя "
            "пограничный контроль.{if_checkpoint}",
            "Около {time} в пункте пропуска «{cp}» при паспортном контроле гражданин "
            "предъявил документ другого лица.{if_false_docs}",
            "При пограничном контроле выявлено нарушение пограничного режима."
            "{if_checkpoint}",
        ),
        "contraband_detention": (
            "Около {time} при рентгеновском контроле транспортного средства ({vehicle}) "
            "обнаружены подозрительные свёртки.{if_det_xray}",
            "При рентгеновском контроле багажа пассажира обнаружены подозрительные свёртки."
            "{if_det_xray}",
            "Около {time} в пункте пропуска «{cp}» служебная собака обозначила багаж "
            "пассажира.{if_det_dog}",
            "Служебная собака обозначила транспортное средство ({vehicle}).{if_det_dog}",
            "По профилю риска транспортное средство ({vehicle}) направлено на углублённый "
            "досмотр.{if_det_risk_profiling}",
            "По профилю риска пассажир направлен на углублённый досмотр.{if_det_risk_profiling}",
            "При личном досмотре обнаружены подозрительные свёртки.{if_det_physical_search}",
            "Около {time} при таможенном досмотре обнаружены свёртки с веществом ({n} шт.).",
            "При таможенном контроле выявлены запрещённые к перемещению предметы.",
        ),
        "forged_document": (
            "Около {time} при паспортном контроле гражданин предъявил документ, вызвавший "
            "сомнения в подлинности: {doc}.{if_act_use}",
            "При пограничном контроле установлено, что предъявленный документ ({doc}) "
            "поддельный.{if_act_use}",
            "При проверке по базам данных установлено, что предъявленный документ ({doc}) "
            "числится как похищенный бланк.{if_act_use}{if_fg_stolen_blank}",
            "В пункте пропуска «{cp}» при проверке на второй линии установлено изменение "
            "данных документа ({doc}).{if_act_use}{if_fg_data_alteration}",
            "При досмотре багажа гражданина обнаружен поддельный документ ({doc})."
            "{if_act_possession}",
            "По оперативной информации задержано лицо, изготавливающее поддельные документы."
            "{if_act_manufacture}",
        ),
        "drug_intel": (
            "По оперативным данным, наркотики перевозятся по маршруту: {route}.",
            "По информации партнёрского ведомства выявлен новый канал перевозки "
            "(вещество: {substance}).",
            "В ходе опроса задержанного курьера получены сведения о схеме перевозки "
            "наркотиков.",
            "По оперативным данным, распространяются новые таблетки с маркировкой "
            "«{marking}» (вещество: {substance}).",
        ),
    },
}

NARRATIVE_DETAILS: dict[str, dict[str, Pool]] = {
    "kk": {
        "border_violation": (
            "Ұсталған адамда жеке басын куәландыратын құжаттар болмады.",
            "Азаматтығы (өз сөзі бойынша): {country}.",
            "Бұзушы шекараны жаяу, белгіленген өткізу пункттерінен тыс кесіп өткен.{if_on_foot}",
            "Ұсталған адам шекарадан жұмыс іздеу мақсатымен өткенін түсіндірді.",
            "Жеке тексеру кезінде тыйым салынған заттар табылмады.",
            "Шекарадан өтуді делдал ұйымдастырған, оның қызметі үшін {amount} АҚШ доллары "
            "төленген.",
            "Ұсталған адамның саусақ іздері алынып, есепке қойылды.",
            "Қызметтік ит іздің бағытын анықтауға көмектесті.{if_between}",
            "Ұсталған адам бұрын да шекарадан заңсыз өтуге әрекеттенгені анықталды.",
            "Ауа райы: тұман, көріну 200 метрге дейін.{if_between}",
            "Азамат жүк көлігінің жүргізушісімен алдын ала келіскен.{if_hidden}",
        ),
        "contraband_detention": (
            "Алдын ала зерттеу нәтижесі: {substance}, жалпы мөлшері {qty}.",
            "Жасыру орны: {hiding}.",
            "Жүргізуші заттардың шығу тегі туралы түсініктеме беруден бас тартты.{if_driver}",
            "Ұсталған адамның айтуынша, жүкті {country} аумағында белгісіз адам берген.",
            "Орамдарда «{marking}» белгісі бар.",
            "Заттар алынып, сот-сараптамалық зерттеуге жіберілді.",
            "Бақыланатын жеткізілім жүргізу мүмкіндігі қарастырылуда.",
            "Тасымалдау бағыты: {route}.",
        ),
        "forged_document": (
            "Ультракүлгін сәуледе тексергенде қорғау элементтерінің түпнұсқаға сәйкес "
            "келмейтіні анықталды.{if_dd_uv}",
            "Фотосурет ауыстырылған: ламинат қабатында желім іздері бар."
            "{if_fg_photo_substitution}",
            "Құжаттағы шекаралық мөртабан жалған.{if_fg_false_stamp}",
            "Құжаттың деректер беті ауыстырылған, тігу жіптері бұзылған."
            "{if_fg_page_substitution}",
            "Азамат құжатты делдалдан {amount} АҚШ долларына сатып алғанын мәлімдеді."
            "{if_act_holder}",
            "Құжат сараптамалық зерттеуге жіберілді.",
            "Құжат иесінің сыртқы келбеті фотосуреттегі адамға сәйкес келмейді.{if_fg_impostor}",
            "Азаматтығы (өз сөзі бойынша): {country}.",
            "Тінту кезінде жалған мөртабандар мен құжат бланкілері табылды.{if_act_manufacture}",
        ),
        "drug_intel": (
            "Курьерлер жүк көліктерінің жүргізушілері ретінде жалданады, ақы криптовалютамен "
            "төленеді.",
            "Есірткі көкөніс жүктерінің арасында жасырылады.",
            "Ақпарат көзі бұрын сенімді мәліметтер берген.",
            "Жасырын зертханада прекурсорлардан синтетикалық есірткі өндірілетіні анықталды.",
            "Тапсырыстар мессенджерлердегі жабық арналар арқылы қабылданады, тауар "
            "тайниктер арқылы беріледі.",
            "Ақпарат тексерілуде, серіктес органдармен бірлескен жұмыс жүргізілуде.",
            "Тасымалдау бағыты: {route}.",
            "Партияның болжамды көлемі: {qty}.",
        ),
    },
    "lt": {
        "border_violation": (
            "Sulaikytasis neturėjo asmens tapatybę patvirtinančių dokumentų.",
            "Pilietybė (asmens teigimu): {country}.",
            "Sieną asmuo kirto pėsčiomis, ne per pasienio kontrolės punktą.{if_on_foot}",
            "Sulaikytasis paaiškino, kad sieną kirto ketindamas ieškoti darbo Europos "
            "Sąjungoje.",
            "Asmens apžiūros metu draudžiamų daiktų nerasta.",
            "Sienos kirtimą organizavo tarpininkas, kuriam sumokėta {amount} JAV dolerių.",
            "Sulaikytojo pirštų atspaudai paimti ir patikrinti EURODAC sistemoje.",
            "Tarnybinis šuo padėjo nustatyti pėdsakų kryptį.{if_between}",
            "Nustatyta, kad asmuo anksčiau jau bandė neteisėtai kirsti sieną.",
            "Oro sąlygos: rūkas, matomumas iki 200 m.{if_between}",
            "Asmuo buvo iš anksto susitaręs su vilkiko vairuotoju.{if_hidden}",
        ),
        "contraband_detention": (
            "Preliminaraus tyrimo rezultatas: {substance}, bendras kiekis {qty}.",
            "Slėpimo vieta: {hiding}.",
            "Vairuotojas atsisakė paaiškinti, iš kur atsirado rastos medžiagos.{if_driver}",
            "Sulaikytojo teigimu, krovinį jam perdavė nepažįstamas asmuo (šalis – {country}).",
            "Ant pakuočių yra žymuo „{marking}“.",
            "Medžiagos paimtos ir perduotos ekspertizei.",
            "Svarstoma galimybė atlikti kontroliuojamą gabenimą.",
            "Gabenimo maršrutas: {route}.",
        ),
        "forged_document": (
            "Tikrinant ultravioletinėje šviesoje nustatyta, kad apsaugos elementai "
            "neatitinka originalo.{if_dd_uv}",
            "Pakeista nuotrauka: laminato sluoksnyje matyti klijų pėdsakai."
            "{if_fg_photo_substitution}",
            "Spaudas dokumente suklastotas.{if_fg_false_stamp}",
            "Pakeistas duomenų puslapis, pažeisti susiuvimo siūlai.{if_fg_page_substitution}",
            "Asmuo nurodė, kad dokumentą už {amount} JAV dolerių įsigijo iš tarpininko."
            "{if_act_holder}",
            "Dokumentas perduotas dokumentų ekspertui.",
            "Dokumento pateikėjo išvaizda neatitinka asmens nuotraukoje.{if_fg_impostor}",
            "Pilietybė (asmens teigimu): {country}.",
            "Kratos metu rasta suklastotų spaudų ir dokumentų blankų.{if_act_manufacture}",
        ),
        "drug_intel": (
            "Kurjeriai verbuojami kaip vilkikų vairuotojai, atsiskaitoma kriptovaliuta.",
            "Narkotikai slepiami tarp daržovių krovinio.",
            "Šaltinis anksčiau teikė patikimą informaciją.",
            "Nustatyta, kad slaptoje laboratorijoje iš pirmtakų gaminamos sintetinės "
            "narkotinės medžiagos.",
            "Užsakymai priimami per uždarus kanalus pokalbių programėlėse, prekės "
            "perduodamos slėptuvėse.",
            "Informacija tikrinama kartu su partnerių institucijomis.",
            "Gabenimo maršrutas: {route}.",
            "Numatomas siuntos dydis: {qty}.",
        ),
    },
    "ru": {
        "border_violation": (
            "Документов, удостоверяющих личность, при задержанном не обнаружено.",
            "Гражданство (со слов задержанного): {country}.",
            "Нарушитель пересёк границу пешком вне пунктов пропуска.{if_on_foot}",
            "Задержанный пояснил, что направлялся на заработки.",
            "В ходе личного досмотра запрещённых предметов не обнаружено.",
            "Переход границы организовал посредник, которому уплачено {amount} долларов США.",
            "У задержанного отобраны отпечатки пальцев, проведена проверка по учётам.",
            "Служебная собака помогла установить направление движения.{if_between}",
            "Установлено, что ранее задержанный уже пытался незаконно пересечь границу.",
            "Погодные условия: туман, видимость до 200 м.{if_between}",
            "Гражданин заранее договорился с водителем грузовика.{if_hidden}",
        ),
        "contraband_detention": (
            "Предварительное исследование: {substance}, общее количество {qty}.",
            "Место сокрытия: {hiding}.",
            "Водитель отказался пояснить происхождение обнаруженного.{if_driver}",
            "Со слов задержанного, груз ему передал неизвестный (страна – {country}).",
            "На свёртках имеется маркировка «{marking}».",
            "Изъятое направлено на экспертизу.",
            "Рассматривается возможность проведения контролируемой поставки.",
            "Маршрут перевозки: {route}.",
        ),
        "forged_document": (
            "При проверке в ультрафиолете установлено несоответствие защитных элементов "
            "оригиналу.{if_dd_uv}",
            "Произведена замена фотографии: в слое ламината видны следы клея."
            "{if_fg_photo_substitution}",
            "Оттиск штампа в документе поддельный.{if_fg_false_stamp}",
            "Заменена страница с данными, нарушены нити прошивки.{if_fg_page_substitution}",
            "Гражданин пояснил, что приобрёл документ у посредника за {amount} долларов США."
            "{if_act_holder}",
            "Документ направлен на технико-криминалистическое исследование.",
            "Внешность предъявителя не соответствует фотографии в документе.{if_fg_impostor}",
            "Гражданство (со слов): {country}.",
            "При обыске обнаружены поддельные штампы и бланки документов.{if_act_manufacture}",
        ),
        "drug_intel": (
            "Курьеры нанимаются в качестве водителей грузовиков, оплата в криптовалюте.",
            "Наркотики скрываются среди груза овощей.",
            "Источник ранее предоставлял достоверную информацию.",
            "Установлено, что в подпольной лаборатории из прекурсоров производятся "
            "синтетические наркотики.",
            "Заказы принимаются через закрытые каналы в мессенджерах, товар передаётся "
            "через тайники.",
            "Информация проверяется совместно с партнёрскими ведомствами.",
            "Маршрут перевозки: {route}.",
            "Предполагаемый объём партии: {qty}.",
        ),
    },
}

# The last sentence of an Art. 6 narrative says what became of the case ({article}: the
# criminal code's article for the record's kind, see CRIMINAL_ARTICLES).
NARRATIVE_CLOSINGS: dict[str, dict[str, Pool]] = {
    "kk": {
        "detained": ("Ұсталған адам шекара бөлімшесіне жеткізілді.",),
        "refused_entry": ("Азаматқа Қазақстан Республикасына кіруге рұқсат берілмеді.",),
        "returned": ("Азамат келген мемлекетінің аумағына қайтарылды.",),
        "handed_over": ("Ұсталған адам көрші мемлекеттің шекара өкілдеріне берілді.",),
        "administrative_case": ("Әкімшілік құқық бұзушылық туралы хаттама толтырылды.",),
        "criminal_case": ("Материалдар СДТБТ-да ҚР ҚК-нің {article}-бабы бойынша тіркелді.",
                          "Сотқа дейінгі тергеп-тексеру басталды (ҚР ҚК-нің {article}-бабы)."),
        "escaped": ("Бұзушы жасырынып кетті, іздестіру жалғасуда.",),
    },
    "lt": {
        "detained": ("Sulaikytasis pristatytas į užkardą.",),
        "refused_entry": ("Asmeniui atsisakyta leisti atvykti į Lietuvos Respubliką.",),
        "returned": ("Asmuo grąžintas į valstybę, iš kurios atvyko.",),
        "handed_over": ("Asmuo perduotas kaimyninės valstybės pasienio atstovams.",),
        "administrative_case": ("Surašytas administracinio nusižengimo protokolas.",),
        "criminal_case": ("Pradėtas ikiteisminis tyrimas pagal BK {article} straipsnį.",),
        "escaped": ("Pažeidėjui pavyko pasislėpti, paieška tęsiama.",),
    },
    "ru": {
        "detained": ("Задержанный доставлен в пограничное подразделение.",),
        "refused_entry": ("Гражданину отказано во въезде.",),
        "returned": ("Гражданин возвращён на территорию государства, откуда прибыл.",),
        "handed_over": ("Задержанный передан пограничным представителям сопредельного "
                        "государства.",),
        "administrative_case": ("Составлен протокол об административном правонарушении.",),
        "criminal_case": ("Начато досудебное расследование по ст. {article} УК {code}.",),
        "escaped": ("Нарушителю удалось скрыться, розыск продолжается.",),
    },
}

# Criminal-code articles by Party and kind: KZ Criminal Code Art. 392 (illegal crossing),
# 286 (smuggling of goods withdrawn from circulation), 385 (forged documents); LT Criminal Code
# Art. 291, 199 (smuggling), 300 (document forgery).
CRIMINAL_ARTICLES: dict[str, dict[str, str]] = {
    "KZ": {"border_violation": "392", "contraband_detention": "286", "forged_document": "385"},
    "LT": {"border_violation": "291", "contraband_detention": "199", "forged_document": "300"},
}
CRIMINAL_CODE_RU = {"KZ": "РК", "LT": "ЛР"}

# Where, in the post's language, by the checkpoint's type ("green"/"blue": between points).
PLACE_DESCRIPTIONS: dict[str, dict[str, Pool]] = {
    "kk": {
        "road": ("Жолақ {lane}, жүк көліктері", "Жеңіл автокөліктер жолағы {lane}",
                 "Жүк терминалы, рентген кешені", "Жолаушылар автобустарының жолағы",
                 "Жаяу жүргіншілер өткелі", "Кедендік тексеру алаңы, бокс {lane}"),
        "rail": ("Вагондарды тексеру алаңы, {lane}-жол", "Жолаушылар пойызы, {lane}-вагон",
                 "Жүк пойызы, {lane}-платформа"),
        "air": ("Келу залы, паспорттық бақылау", "Ұшу залы, қауіпсіздік бақылауы",
                "Багаж беру аймағы", "Транзит аймағы"),
        "sea": ("№ {lane} айлақ", "Жолаушылар терминалы", "Кеме бортында, тексеру кезінде"),
        "green": ("№ {sign} шекара белгісінен {km} км оңтүстікке",
                  "Бақылау-іздестіру жолағы, № {sign} белгі маңы",
                  "Шекара белдеуі, шекара сызығынан {km} км", "Дала, № {sign} белгіден батысқа"),
        "blue": ("Шу өзенінің жағасы, № {sign} белгі маңы",
                 "Каспий теңізі, жағалаудан {km} км", "Сырдария өзенінің жағасы"),
    },
    "lt": {
        "road": ("{lane} juosta, krovininiai", "Lengvųjų automobilių juosta {lane}",
                 "Krovinių terminalas, rentgeno patikros aikštelė", "Autobusų juosta",
                 "Pėsčiųjų perėja", "Išsamaus patikrinimo boksas {lane}"),
        "rail": ("Vagonų tikrinimo aikštelė, {lane} kelias", "Keleivinis traukinys, {lane} vagonas",
                 "Krovininis traukinys, {lane} peronas"),
        "air": ("Atvykimo salė, pasų kontrolė", "Išvykimo salė, saugumo patikra",
                "Bagažo atsiėmimo zona", "Tranzito zona"),
        "sea": ("{lane} krantinė", "Keleivių terminalas", "Laivo denyje, patikrinimo metu"),
        "green": ("Už {km} km į pietus nuo valstybės sienos ženklo Nr. {sign}",
                  "Kontrolinė pėdsakų juosta ties ženklu Nr. {sign}",
                  "Miškas pasienio ruože, {km} km nuo sienos", "Pelkė ties ženklu Nr. {sign}"),
        "blue": ("Neries upės krantas, {km} km nuo sienos", "Kuršių marios, netoli Nidos",
                 "Nemuno upės krantas ties ženklu Nr. {sign}"),
    },
}
PLACE_DESCRIPTIONS["kk"]["river"] = PLACE_DESCRIPTIONS["kk"]["sea"]
PLACE_DESCRIPTIONS["lt"]["river"] = PLACE_DESCRIPTIONS["lt"]["sea"]

CONCEALMENTS: dict[str, dict[str, Pool]] = {
    "kk": {
        "body_internal": ("Асқазанда капсулалар түрінде (жұтылған)",),
        "body_worn": ("Киімнің астына белге бекітілген", "Аяқ киімнің ұлтарағында"),
        "luggage_false_bottom": ("Чемоданның жалған түбі",),
        "luggage": ("Сөмкеде, киімдер арасында", "Сусабын бөтелкелерінде"),
        "vehicle_natural_cavity": ("Қосалқы дөңгелек", "Есік қаптамасының ішінде",
                                   "Бампердің ішінде"),
        "vehicle_built_compartment": ("Кабинаның еденіндегі арнайы жасалған тайник",
                                      "Жартылай тіркеменің қос қабырғасы"),
        "vehicle_fuel_tank": ("Жанармай багында",),
        "cargo_mixed": ("Көкөніс жүгінің арасында (пияз)", "Құрылыс материалдарының арасында",
                        "Кептірілген жемістер салынған қораптарда"),
        "postal": ("Халықаралық сәлемдемеде, ойыншықтар арасында",),
        "other": ("Термостың ішінде", "Консерві банкаларында"),
    },
    "lt": {
        "body_internal": ("Kapsulės praryti",),
        "body_worn": ("Pritvirtinta prie juosmens po drabužiais", "Batų vidpadžiuose"),
        "luggage_false_bottom": ("Lagamino dvigubas dugnas",),
        "luggage": ("Krepšyje, tarp drabužių", "Šampūno buteliuose"),
        "vehicle_natural_cavity": ("Atsarginis ratas", "Durelių apdailos ertmėje",
                                   "Buferio viduje"),
        "vehicle_built_compartment": ("Specialiai įrengta slėptuvė kabinos grindyse",
                                      "Dviguba puspriekabės sienelė"),
        "vehicle_fuel_tank": ("Degalų bake",),
        "cargo_mixed": ("Tarp daržovių krovinio (svogūnai)", "Tarp statybinių medžiagų",
                        "Dėžėse su džiovintais vaisiais"),
        "postal": ("Tarptautiniame pašto siuntinyje, tarp žaislų",),
        "other": ("Termose", "Konservų skardinėse"),
    },
    "ru": {
        "body_internal": ("Капсулы в желудке (проглочены)",),
        "body_worn": ("Закреплены на поясе под одеждой", "В стельках обуви"),
        "luggage_false_bottom": ("Двойное дно чемодана",),
        "luggage": ("В сумке среди одежды", "Во флаконах из-под шампуня"),
        "vehicle_natural_cavity": ("Запасное колесо", "Полость обшивки двери",
                                   "Внутри бампера"),
        "vehicle_built_compartment": ("Специально оборудованный тайник в полу кабины",
                                      "Двойная стенка полуприцепа"),
        "vehicle_fuel_tank": ("В топливном баке",),
        "cargo_mixed": ("Среди груза овощей (лук)", "Среди строительных материалов",
                        "В коробках с сухофруктами"),
        "postal": ("В международном почтовом отправлении среди игрушек",),
        "other": ("Внутри термоса", "В консервных банках"),
    },
}

CHANNELS: dict[str, Pool] = {
    "kk": ("Курьерлер әлеуметтік желілер арқылы жалданады, әр рейс үшін {amount} АҚШ доллары "
           "төленеді.",
           "Есірткі заңды жүк (кептірілген жемістер) аясында жүк көліктерімен тасымалданады.",
           "Ақша аударымдары криптовалюта арқылы жүргізіледі, ұйымдастырушылар шетелде.",
           "Теміржол вагондарындағы тайниктер пайдаланылады, жөнелтімдер ай сайын.",
           "Ұсақ партиялар пошта сәлемдемелері арқылы жіберіледі."),
    "lt": ("Kurjeriai verbuojami socialiniuose tinkluose, už reisą mokama {amount} JAV "
           "dolerių.",
           "Narkotikai gabenami vilkikais, prisidengiant legaliu kroviniu (džiovinti vaisiai).",
           "Atsiskaitoma kriptovaliuta, organizatoriai veikia iš užsienio.",
           "Naudojamos slėptuvės geležinkelio vagonuose, siuntos kas mėnesį.",
           "Smulkios siuntos siunčiamos paštu."),
    "ru": ("Курьеры вербуются через социальные сети, за рейс платят {amount} долларов США.",
           "Наркотики перевозятся грузовиками под прикрытием легального груза (сухофрукты).",
           "Расчёты ведутся в криптовалюте, организаторы находятся за рубежом.",
           "Используются тайники в железнодорожных вагонах, отправки ежемесячно.",
           "Мелкие партии отправляются почтой."),
}

EQUIPMENT: dict[str, Pool] = {
    "kk": ("Реакторлар, вакуумды сорғылар, магниттік араластырғыштар",
           "Таблетка басатын құрылғы (пресс)", "Кептіру шкафтары мен зертханалық ыдыстар",
           "Гидропоникалық қондырғылар, жарық шамдары"),
    "lt": ("Reaktoriai, vakuuminiai siurbliai, magnetinės maišyklės", "Tablečių presas",
           "Džiovinimo spintos ir laboratoriniai indai",
           "Hidroponinė įranga, apšvietimo lempos"),
    "ru": ("Реакторы, вакуумные насосы, магнитные мешалки", "Таблеточный пресс",
           "Сушильные шкафы и лабораторная посуда", "Гидропонные установки, лампы освещения"),
}

PROPERTIES: dict[str, Pool] = {
    "kk": ("Ақ түсті кристалды ұнтақ, иісі жоқ", "Сұр түсті таблеткалар, диаметрі 9 мм",
           "Қоңыр түсті тығыз масса", "Түссіз сұйықтық, өткір иісі бар"),
    "lt": ("Balti kristaliniai milteliai be kvapo", "Pilkos tabletės, 9 mm skersmens",
           "Ruda kieta masė", "Bespalvis skystis aštraus kvapo"),
    "ru": ("Белый кристаллический порошок без запаха", "Серые таблетки диаметром 9 мм",
           "Плотная масса коричневого цвета", "Бесцветная жидкость с резким запахом"),
}

HANDLING_NOTES: dict[str, Pool] = {
    "kk": ("Тек қызметтік пайдалану үшін",
           "Үшінші тарапқа тек ақпарат берушінің келісімімен беріледі",
           "Сот шешімін күтуде: жоюға болмайды"),
    "lt": ("Tik tarnybiniam naudojimui",
           "Trečiosioms šalims perduoti tik gavus teikėjo sutikimą",
           "Laukiama teismo sprendimo: nenaikinti"),
    "ru": ("Только для служебного пользования",
           "Третьей стороне передаётся только с согласия предоставившей стороны",
           "Ожидается решение суда: не уничтожать"),
}

# Items that are not drugs, by category: (description by language, unit, low, high).
NON_DRUG_ITEMS: dict[str, tuple[tuple[dict[str, str], str, float, float], ...]] = {
    "firearm": (
        ({"kk": "Макаров тапаншасы (ПМ)", "lt": "Pistoletas Makarov (PM)",
          "ru": "Пистолет Макарова (ПМ)"}, "pcs", 1, 2),
        ({"kk": "«Сайга» аңшылық карабині", "lt": "Medžioklinis karabinas „Saiga“",
          "ru": "Охотничий карабин «Сайга»"}, "pcs", 1, 1),
        ({"kk": "Түрлендірілген травматикалық тапанша",
          "lt": "Perdirbtas trauminis pistoletas",
          "ru": "Переделанный травматический пистолет"}, "pcs", 1, 3),
    ),
    "ammunition": (
        ({"kk": "5,45×39 мм патрондар", "lt": "5,45×39 mm šoviniai", "ru": "Патроны 5,45×39 мм"},
         "rounds", 20, 600),
        ({"kk": "9×18 мм патрондар", "lt": "9×18 mm šoviniai", "ru": "Патроны 9×18 мм"},
         "rounds", 10, 300),
    ),
    "explosive": (
        ({"kk": "ТНТ шашкалары", "lt": "TNT šaškės", "ru": "Тротиловые шашки"}, "g", 200, 3000),
        ({"kk": "Пластикалық жарылғыш зат", "lt": "Plastinis sprogmuo",
          "ru": "Пластичное взрывчатое вещество"}, "g", 100, 1500),
    ),
    "toxic": (
        ({"kk": "Сынап", "lt": "Gyvsidabris", "ru": "Ртуть"}, "ml", 50, 2000),
        ({"kk": "Натрий цианиді", "lt": "Natrio cianidas", "ru": "Цианид натрия"}, "kg", 1, 25),
    ),
    "radioactive": (
        ({"kk": "Цезий-137 көзі", "lt": "Cezio-137 šaltinis", "ru": "Источник цезия-137"},
         "Bq", 1e5, 5e9),
        ({"kk": "Кобальт-60 көзі", "lt": "Kobalto-60 šaltinis", "ru": "Источник кобальта-60"},
         "Bq", 1e6, 1e10),
    ),
}

ITEM_PACKAGING: dict[str, Pool] = {
    "kk": ("Полиэтиленге оралған орамдар ({n} дана)", "Тығыздалған брикеттер ({n} дана)",
           "Ақ түсті ұнтақ салынған пакет", "Блистерлердегі таблеткалар",
           "Пластик канистрлер ({n} дана)", "Вакуумдық қаптамадағы орамдар ({n} дана)"),
    "lt": ("Į polietileną suvynioti paketai ({n} vnt.)", "Presuoti briketai ({n} vnt.)",
           "Maišelis su baltais milteliais", "Tabletės lizdinėse plokštelėse",
           "Plastikinės kanistros ({n} vnt.)", "Vakuuminėje pakuotėje ({n} vnt.)"),
    "ru": ("Свёртки в полиэтилене ({n} шт.)", "Спрессованные брикеты ({n} шт.)",
           "Пакет с порошком белого цвета", "Таблетки в блистерах",
           "Пластиковые канистры ({n} шт.)", "Вакуумная упаковка ({n} шт.)"),
}

MARKINGS: Pool = ("Tesla", "Philipp Plein", "Red Bull", "Superman", "Rolex", "Punisher",
                  "777", "Тигр", "Скорпион", "Корона", "Dragon", "Bitcoin", "999", "Lion")

# New substances not (yet) in the reference list, as officers name them.
NEW_SUBSTANCES: Pool = ("N-pyrrolidino protonitazene", "ADB-5'Br-INACA", "HHC-P",
                        "2-метил-AP-237", "4-CMC (клефедрон)", "N,N-диметилпентилон",
                        "ксилазин", "бромазолам")

DOCUMENT_WORDS: dict[str, dict[str, str]] = {
    "kk": {"passport": "паспорт", "id_card": "жеке куәлік", "visa": "виза",
           "residence_permit": "тұруға ықтиярхат"},
    "lt": {"passport": "pasas", "id_card": "asmens tapatybės kortelė", "visa": "viza",
           "residence_permit": "leidimas gyventi"},
    "ru": {"passport": "паспорт", "id_card": "удостоверение личности", "visa": "виза",
           "residence_permit": "вид на жительство"},
}

UNIT_WORDS: dict[str, dict[str, str]] = {
    "kk": {"g": "г", "kg": "кг", "ml": "мл", "l": "л", "pcs": "дана", "tablets": "таблетка",
           "rounds": "патрон", "Bq": "Бк"},
    "lt": {"g": "g", "kg": "kg", "ml": "ml", "l": "l", "pcs": "vnt.", "tablets": "tabl.",
           "rounds": "šov.", "Bq": "Bq"},
    "ru": {"g": "г", "kg": "кг", "ml": "мл", "l": "л", "pcs": "шт.", "tablets": "табл.",
           "rounds": "патр.", "Bq": "Бк"},
}
