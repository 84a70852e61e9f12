<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Shekara</source>
        <translation>Shekara туралы</translation>
    </message>
    <message>
        <source>Shekara %1
Records under the Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Lithuania on cooperation in combating organized crime, illicit trafficking in narcotic drugs and psychotropic substances, terrorism and other types of crime.</source>
        <translation>Shekara %1
Қазақстан Республикасының Үкіметі мен Литва Республикасы Үкіметінің арасындағы ұйымдасқан қылмысқа, есірткілер мен психотроптық заттардың заңсыз айналымына, терроризмге және қылмыстың өзге де түрлеріне қарсы күрестегі ынтымақтастық туралы келісім бойынша жазбалар.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt / PySide6:</source>
        <translation>Qt / PySide6:</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <source>reportlab:</source>
        <translation>reportlab:</translation>
    </message>
    <message>
        <source>Vault schema:</source>
        <translation>Қойма сызбасы:</translation>
    </message>
    <message>
        <source>Reference data:</source>
        <translation>Анықтамалық деректер:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Бекет:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Қойма қалтасы:</translation>
    </message>
    <message>
        <source>Our key:</source>
        <translation>Біздің кілт:</translation>
    </message>
    <message>
        <source>HQ&apos;s key:</source>
        <translation>Орталық органның кілті:</translation>
    </message>
</context>
<context>
    <name>AckImportDialog</name>
    <message>
        <source>Import HQ&apos;s acknowledgement</source>
        <translation>Орталық органның растамасын жүктеу</translation>
    </message>
    <message>
        <source>HQ answers each stick with an acknowledgement file (shekara-…-ack-….shk). Importing it marks the records HQ has received as acknowledged. An older acknowledgement changes nothing.</source>
        <translation>Орталық орган әр флеш-жинақтауышқа растама файлымен (shekara-…-ack-….shk) жауап береді. Оны жүктегенде орталық орган алған жазбалар расталды деп белгіленеді. Ескі растама ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>&amp;Choose the acknowledgement file…</source>
        <translation>Растама файлын &amp;таңдау…</translation>
    </message>
    <message>
        <source>&amp;Write the missing packets again…</source>
        <translation>Жетіспейтін пакеттерді қайта &amp;жазу…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Мұны тек ауысым бастығы жасай алады</translation>
    </message>
    <message>
        <source>HQ&apos;s acknowledgement</source>
        <translation>Орталық органның растамасы</translation>
    </message>
    <message>
        <source>Reading the acknowledgement…</source>
        <translation>Растама оқылуда…</translation>
    </message>
    <message>
        <source>Only a supervisor can write packets again: ask a supervisor to write packet(s) %1 again (Post &gt; Packets in the outbox…).</source>
        <translation>Пакеттерді тек ауысым бастығы қайта жаза алады: № %1 пакетті қайта жазуды ауысым бастығынан сұраңыз (Бекет &gt; Жөнелтілетін пакеттер…).</translation>
    </message>
    <message>
        <source>Packet(s) %1 written again to %2 with their original contents. Send them to HQ with the next stick.</source>
        <translation>№ %1 пакет бастапқы мазмұнымен %2 ішіне қайта жазылды. Оларды келесі флеш-жинақтауышпен орталық органға жіберіңіз.</translation>
    </message>
    <message>
        <source>Packet(s) %1 not written again yet.</source>
        <translation>№ %1 пакет әлі қайта жазылған жоқ.</translation>
    </message>
    <message>
        <source>The acknowledgement was not taken.</source>
        <translation>Растама қабылданбады.</translation>
    </message>
    <message>
        <source>Acknowledgement %1 from HQ is taken.</source>
        <translation>Орталық органның %1 растамасы қабылданды.</translation>
    </message>
    <message>
        <source>Nothing new: this acknowledgement (number %1) is not newer than the last one taken (number %2). Nothing was changed.</source>
        <translation>Жаңа ештеңе жоқ: бұл растама (нөмірі %1) соңғы қабылданғаннан (нөмірі %2) жаңа емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s) newly marked as acknowledged</source>
        <translation>
            <numerusform>%n жазба нұсқасы расталды деп жаңадан белгіленді</numerusform>
            <numerusform>%n жазба нұсқасы расталды деп жаңадан белгіленді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n record(s)).</source>
        <translation>
            <numerusform>(%n жазбада).</numerusform>
            <numerusform>(%n жазбада).</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has imported every packet up to number %1.</source>
        <translation>Орталық орган %1 нөміріне дейінгі барлық пакетті жүктеді.</translation>
    </message>
    <message>
        <source>HQ has not imported any packet from this post yet.</source>
        <translation>Орталық орган бұл бекеттен әлі бірде-бір пакет жүктемеген.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet copy(ies) no longer needed were removed from the outbox.</source>
        <translation>
            <numerusform>Енді қажет емес %n пакет көшірмесі жөнелтілетіндерден алынып тасталды.</numerusform>
            <numerusform>Енді қажет емес %n пакет көшірмесі жөнелтілетіндерден алынып тасталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ is missing packet(s) %1: write them again and send them with the next stick.</source>
        <translation>Орталық органда № %1 пакет жетіспейді: оларды қайта жазып, келесі флеш-жинақтауышпен жіберіңіз.</translation>
    </message>
    <message>
        <source>HQ holds packet(s) %1 until the missing ones arrive.</source>
        <translation>Орталық орган жетіспейтіндері келгенше № %1 пакетті ұстап тұр.</translation>
    </message>
    <message>
        <source>HQ refused packet %1: %2.</source>
        <translation>Орталық орган %1 пакетін қабылдамады: %2.</translation>
    </message>
    <message>
        <source>No gaps, held packets or refusals reported.</source>
        <translation>Олқылықтар, ұсталған пакеттер немесе бас тартулар жоқ.</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Қызметкер қосу</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>New officer&apos;s login</source>
        <translation>Жаңа қызметкердің логині</translation>
    </message>
    <message>
        <source>New officer&apos;s role</source>
        <translation>Жаңа қызметкердің рөлі</translation>
    </message>
    <message>
        <source>A login is 2 to 32 small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Логин — әріптен басталатын 2–32 кіші латын әрпі, цифр, &apos;.&apos;, &apos;_&apos; немесе &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer to request %1</source>
        <translation>%1 өтінішке жауап</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Жауап:</translation>
    </message>
    <message>
        <source>&amp;Linked records:</source>
        <translation>&amp;Байланысты жазбалар:</translation>
    </message>
    <message>
        <source>record ids, separated by spaces (optional)</source>
        <translation>жазбалардың идентификаторлары, бос орын арқылы (міндетті емес)</translation>
    </message>
    <message>
        <source>&amp;Partial answer: more follows</source>
        <translation>&amp;Ішінара жауап: жалғасы болады</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Қойма құрылды</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Қойма ашылды</translation>
    </message>
    <message>
        <source>Unlock refused</source>
        <translation>Ашудан бас тартылды</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Қалпына келтіру кілтімен ашылды</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Қойманың кілті ауыстырылды</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Жаңа қалпына келтіру кілті жасалды</translation>
    </message>
    <message>
        <source>Derived data repaired</source>
        <translation>Туынды деректер қалпына келтірілді</translation>
    </message>
    <message>
        <source>Officer added</source>
        <translation>Қызметкер қосылды</translation>
    </message>
    <message>
        <source>Officer removed</source>
        <translation>Қызметкер алынып тасталды</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Құпия фраза өзгертілді</translation>
    </message>
    <message>
        <source>Officer&apos;s name, rank or position changed</source>
        <translation>Қызметкердің аты-жөні, атағы не лауазымы өзгертілді</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Жазба жасалды</translation>
    </message>
    <message>
        <source>Draft changed</source>
        <translation>Жоба өзгертілді</translation>
    </message>
    <message>
        <source>Record approved</source>
        <translation>Жазба бекітілді</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>Жазба түзетілді</translation>
    </message>
    <message>
        <source>Record withdrawn</source>
        <translation>Жазба кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Record viewed</source>
        <translation>Жазба қаралды</translation>
    </message>
    <message>
        <source>Records searched</source>
        <translation>Жазбалар ізделді</translation>
    </message>
    <message>
        <source>Retention reviewed</source>
        <translation>Сақтау мерзімі қайта қаралды</translation>
    </message>
    <message>
        <source>Packet exported</source>
        <translation>Пакет жөнелтілді</translation>
    </message>
    <message>
        <source>Acknowledgement imported</source>
        <translation>Растама жүктелді</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Құжат басып шығарылды</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>Жазбалар жойылды</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Сақтық көшірме жазылды</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Сақтық көшірме қалпына келтірілді</translation>
    </message>
    <message>
        <source>HQ keys imported</source>
        <translation>Орталық органның кілттері жүктелді</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Кілттер ауыстырылды</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>Пакет жүктелді</translation>
    </message>
    <message>
        <source>Acknowledgement written</source>
        <translation>Растама жазылды</translation>
    </message>
    <message>
        <source>Post enrolled</source>
        <translation>Бекет тіркелді</translation>
    </message>
    <message>
        <source>Post keys revoked</source>
        <translation>Бекет кілттері кері қайтарылды</translation>
    </message>
    <message>
        <source>Partner keys trusted</source>
        <translation>Серіктестің кілттері сенімді деп танылды</translation>
    </message>
    <message>
        <source>Partner keys revoked</source>
        <translation>Серіктестің кілттері кері қайтарылды</translation>
    </message>
    <message>
        <source>Held packet discarded</source>
        <translation>Ұсталған пакет жойылды</translation>
    </message>
    <message>
        <source>Reference data imported</source>
        <translation>Анықтамалық деректер жүктелді</translation>
    </message>
    <message>
        <source>Request created</source>
        <translation>Өтініш жасалды</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Өтінішті орындаудан бас тартылды</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Өтініш бекітілді</translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation>Өтінішке жауап берілді</translation>
    </message>
    <message>
        <source>Follow-up question on a request</source>
        <translation>Өтініш бойынша қосымша сұрақ</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Өтініш кері қайтарылды</translation>
    </message>
    <message>
        <source>Paper copy of a request closed</source>
        <translation>Өтініштің қағаз данасы жабылды</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Баптау өзгертілді</translation>
    </message>
    <message>
        <source>Partner&apos;s letter imported</source>
        <translation>Екінші Тараптың хаты импортталды</translation>
    </message>
    <message>
        <source>Received information viewed</source>
        <translation>Алынған ақпарат қаралды</translation>
    </message>
    <message>
        <source>Third-party consent recorded</source>
        <translation>Үшінші тарапқа беруге келісім тіркелді</translation>
    </message>
    <message>
        <source>Put on the notice to the partner</source>
        <translation>Серіктеске хатқа енгізілді</translation>
    </message>
    <message>
        <source>Taken off the notice to the partner</source>
        <translation>Серіктеске хаттан алынды</translation>
    </message>
    <message>
        <source>Notice to the partner approved</source>
        <translation>Серіктеске хат бекітілді</translation>
    </message>
    <message>
        <source>Letter sent to the partner</source>
        <translation>Серіктеске хат жіберілді</translation>
    </message>
    <message>
        <source>Letter to the partner written</source>
        <translation>Серіктеске хат жазылды</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ә&amp;рекет:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>Қ&amp;ызметкер:</translation>
    </message>
    <message>
        <source>&amp;Record id:</source>
        <translation>&amp;Жазба идентификаторы:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Тізбекті &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Соңғы жазбалар</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Әрекет сүзгісі</translation>
    </message>
    <message>
        <source>Officer filter</source>
        <translation>Қызметкер сүзгісі</translation>
    </message>
    <message>
        <source>Record id filter</source>
        <translation>Жазба идентификаторы сүзгісі</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Аудит жазбалары</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>барлық әрекеттер</translation>
    </message>
    <message>
        <source>Checking every entry of the chain…</source>
        <translation>Тізбектің әрбір жазбасы тексерілуде…</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, the last is No. %2 (%3…).</source>
        <translation>Тізбек бүтін: %1 жазба, соңғысы № %2 (%3…).</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry No. %1: %2</source>
        <translation>Тізбек № %1 жазбада ҮЗІЛГЕН: %2</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <source>A backup is the vault as it is now, still encrypted: it opens only with a passphrase or the recovery key valid today. Keep it on a stick stored apart from this laptop. It is read back and checked after it is written.</source>
        <translation>Сақтық көшірме — қойманың қазіргі күйі, шифрланған күйінде: ол тек бүгін жарамды құпия фразамен немесе қалпына келтіру кілтімен ашылады. Оны осы ноутбуктан бөлек сақталатын флеш-жинақтауышта ұстаңыз. Жазылғаннан кейін ол қайта оқылып, тексеріледі.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Write the backup</source>
        <translation>Сақтық көшірмені &amp;жазу</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Сақтық көшірмеге арналған қалта</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Сақтық көшірме жазылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Backup written and checked: %1
%2 records, %3 MB, SHA-256 %4</source>
        <translation>Сақтық көшірме жазылды және тексерілді: %1
%2 жазба, %3 МБ, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>CandidatesTableModel</name>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Жіберілетіні</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>On the notice</source>
        <translation>Хабарламада</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Құпия фразамды өзгерту</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Қа&amp;зіргі құпия фраза:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Құпия фраза өзгертілуде…</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Қойманы тексеру</translation>
    </message>
    <message>
        <source>Checks every page of the vault, then makes again from the records what the vault keeps beside them (the record list, the counts, the search index) and compares, and verifies the audit chain. It only reads. On a large vault it takes minutes; the window waits meanwhile.</source>
        <translation>Қойманың әр бетін тексереді, содан кейін қойма жазбалардың жанында сақтайтын деректерді (жазбалар тізімі, санақтар, іздеу индексі) жазбалардан қайта есептеп салыстырады және аудит тізбегін тексереді. Тек оқиды. Үлкен қоймада бұл бірнеше минут алады; осы уақытта терезе күтеді.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Қайта тексеру</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>Тексеруді &amp;бастау</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Бас т&amp;арту</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазбадан %1</numerusform>
            <numerusform>%Ln жазбадан %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Қойманың әр беті тексерілуде…</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Тексеру тоқтатылуда…</translation>
    </message>
    <message>
        <source>The check was stopped before it ended. Nothing was changed.</source>
        <translation>Тексеру аяқталмай тұрып тоқтатылды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The page check found: %1</source>
        <translation>Беттерді тексеру мынаны анықтады: %1</translation>
    </message>
    <message>
        <source>The vault is damaged: some of its pages fail their check. This cannot be repaired here. Lock the vault and bring back the newest backup (%1 on the unlock screen, with &quot;%2&quot; ticked, so that this vault is kept).</source>
        <translation>Қойма зақымдалған: оның кейбір беттері тексеруден өтпейді. Мұны мұнда түзету мүмкін емес. Қойманы құлыптап, ең соңғы сақтық көшірмені қалпына келтіріңіз (құлыпты ашу экранындағы %1, «%2» белгісі қойылған күйде — осы қойма сақталады).</translation>
    </message>
    <message>
        <source>The audit chain is broken. It cannot be repaired: it is evidence, and so is the rest of this vault as it is now. Do not change it; tell your supervisor. To compare, lock the vault and bring back the newest backup (%1 on the unlock screen, with &quot;%2&quot; ticked, so that this vault is kept).</source>
        <translation>Аудит тізбегі бұзылған. Оны түзету мүмкін емес: бұл дәлел, қазіргі күйіндегі бүкіл қойма да солай. Оны өзгертпеңіз; ауысым бастығына хабарлаңыз. Салыстыру үшін қойманы құлыптап, ең соңғы сақтық көшірмені қалпына келтіріңіз (құлыпты ашу экранындағы %1, «%2» белгісі қойылған күйде — осы қойма сақталады).</translation>
    </message>
    <message>
        <source>Some derived data disagrees with the records. Repair makes it again from the records; it changes no record and no audit entry, and it is written in the audit log. It cannot be stopped part-way; then the vault is checked again.</source>
        <translation>Кейбір туынды деректер жазбалармен сәйкес келмейді. «Түзету» оларды жазбалардан қайта жасайды; бірде-бір жазба да, аудит журналы да өзгермейді, ал түзетудің өзі аудит журналына жазылады. Оны жартылай тоқтату мүмкін емес; содан кейін қойма қайта тексеріледі.</translation>
    </message>
    <message>
        <source>Everything agrees with the records, and the audit chain is intact.</source>
        <translation>Барлығы жазбалармен сәйкес келеді, аудит тізбегі бүтін.</translation>
    </message>
    <message numerus="yes">
        <source>the audit chain: intact, %Ln entries</source>
        <translation>
            <numerusform>аудит тізбегі: бүтін, %Ln жазба</numerusform>
            <numerusform>аудит тізбегі: бүтін, %Ln жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit chain: broken at entry %1 (%2)</source>
        <translation>аудит тізбегі: № %1 жазбада бұзылған (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) checked against their newest versions:</source>
        <translation>
            <numerusform>%Ln жазба өзінің ең соңғы нұсқасымен салыстырылды:</numerusform>
            <numerusform>%Ln жазба өзінің ең соңғы нұсқасымен салыстырылды:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: agrees</source>
        <translation>%1: сәйкес келеді</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) disagree</source>
        <translation>
            <numerusform>%Ln жазба сәйкес келмейді</numerusform>
            <numerusform>%Ln жазба сәйкес келмейді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) of no record</source>
        <translation>
            <numerusform>жазбасы жоқ %Ln элемент</numerusform>
            <numerusform>жазбасы жоқ %Ln элемент</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(for example %1)</source>
        <translation>(мысалы, %1)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Partner&apos;s consent for %1 (Art. 10.2)</source>
        <translation>%1 бойынша серіктестің келісімі (Келісімнің 10-бабының 2-тармағы)</translation>
    </message>
    <message>
        <source>Information received from the partner goes to a third party only with its written consent. Record the consent letter as it came: its number, who may receive the fact and for what; the letter itself is kept, encrypted, in the vault.</source>
        <translation>Серіктестен алынған ақпарат үшінші тарапқа тек оның жазбаша келісімімен беріледі. Келісім хатын келген күйінде тіркеңіз: нөмірі, фактіні кім және не үшін ала алады; хаттың өзі сейфте шифрланып сақталады.</translation>
    </message>
    <message>
        <source>Consent letter &amp;number:</source>
        <translation>Келісім хатының &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Third party:</source>
        <translation>&amp;Үшінші тарап:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Мақсаты:</translation>
    </message>
    <message>
        <source>The &amp;letter (scan or text):</source>
        <translation>&amp;Хат (скан немесе мәтін):</translation>
    </message>
    <message>
        <source>as printed on it, e.g. HQ-LT/2026/000012</source>
        <translation>онда басылғандай, мысалы HQ-LT/2026/000012</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>The partner&apos;s consent letter</source>
        <translation>Серіктестің келісім хаты</translation>
    </message>
    <message>
        <source>Scans and texts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Скандар мен мәтіндер (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>What will go</source>
        <translation>Не жіберіледі</translation>
    </message>
    <message>
        <source>Approved records, corrections and withdrawals not yet sent.</source>
        <translation>Әлі жіберілмеген бекітілген жазбалар, түзетулер және кері қайтарып алулар.</translation>
    </message>
    <message>
        <source>&amp;Write packet</source>
        <translation>Пакетті &amp;жазу</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Жаңа жазбалар:</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>Түзетулер:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>Кері қайтарып алулар:</translation>
    </message>
    <message>
        <source>Removed at end of retention:</source>
        <translation>Сақтау мерзімі біткенде жойылғандар:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Тіркемелер:</translation>
    </message>
    <message>
        <source>Packet number:</source>
        <translation>Пакет нөмірі:</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Жазылатын орын:</translation>
    </message>
    <message>
        <source>Counting what waits to be sent…</source>
        <translation>Жіберуді күтіп тұрғандар саналуда…</translation>
    </message>
    <message>
        <source>This packet will carry:</source>
        <translation>Бұл пакетте болады:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n файл, %1</numerusform>
            <numerusform>%n файл, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>An earlier export was interrupted: packet %1 is written first, with exactly the same contents. Run the export again afterwards for what is left.</source>
        <translation>Алдыңғы жөнелту үзілген: алдымен %1 пакеті дәл сол мазмұнмен жазылады. Қалғаны үшін кейін жөнелтуді қайта орындаңыз.</translation>
    </message>
    <message>
        <source>Nothing to export: no approved record, correction or withdrawal waits to be sent.</source>
        <translation>Жөнелтетін ештеңе жоқ: жіберуді күтіп тұрған бекітілген жазба, түзету немесе кері қайтарып алу жоқ.</translation>
    </message>
    <message>
        <source>The stick may be too small: the attachments alone take %1 and it has %2 free.</source>
        <translation>Флеш-жинақтауыш тым кішкентай болуы мүмкін: тек тіркемелердің өзі %1 алады, ал онда %2 бос.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>any country</source>
        <translation>кез келген ел</translation>
    </message>
</context>
<context>
    <name>DemoHqDialog</name>
    <message>
        <source>Demo HQ</source>
        <translation>Демо орталық орган</translation>
    </message>
    <message>
        <source>The folder with the post&apos;s packets</source>
        <translation>Бекет пакеттері бар қалта</translation>
    </message>
</context>
<context>
    <name>DemoHqPanel</name>
    <message>
        <source>Demo: HQ&apos;s side</source>
        <translation>Демо: орталық орган тарапы</translation>
    </message>
    <message>
        <source>This demo has an HQ (%1) whose keys this post trusts. It can take the packets in the folder as HQ would: check and import them, and write its signed acknowledgement into the same folder. Then import that acknowledgement here as from a stick that came back from HQ.</source>
        <translation>Бұл демода кілттеріне осы бекет сенетін орталық орган (%1) бар. Ол қалтадағы пакеттерді орталық орган сияқты қабылдай алады: оларды тексеріп жүктейді де, қол қойылған растамасын сол қалтаға жазады. Содан кейін сол растаманы орталық органнан қайтқан флеш-жинақтауыштан жүктегендей осында жүктеңіз.</translation>
    </message>
    <message>
        <source>Let the demo &amp;HQ acknowledge</source>
        <translation>Демо орталық &amp;орган растасын</translation>
    </message>
    <message>
        <source>&amp;Import the acknowledgement…</source>
        <translation>Растаманы &amp;жүктеу…</translation>
    </message>
    <message>
        <source>The demo HQ is importing the packets…</source>
        <translation>Демо орталық орган пакеттерді жүктеп жатыр…</translation>
    </message>
    <message>
        <source>%1 (packet %2): %3 — %4</source>
        <translation>%1 (%2 пакет): %3 — %4</translation>
    </message>
    <message>
        <source>The demo HQ wrote acknowledgement %1 to %2.</source>
        <translation>Демо орталық орган %1 растаманы %2 ішіне жазды.</translation>
    </message>
    <message>
        <source>Take it back as the post: Post &gt; Import acknowledgement.</source>
        <translation>Оны бекет ретінде қабылдаңыз: Бекет &gt; Растаманы жүктеу.</translation>
    </message>
</context>
<context>
    <name>DestinationChooser</name>
    <message>
        <source>&amp;Removable drives (USB sticks):</source>
        <translation>&amp;Алынбалы дискілер (флеш-жинақтауыштар):</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>Алынбалы дискілер</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>Look for sticks again (after plugging one in)</source>
        <translation>Флеш-жинақтауыштарды қайта іздеу (біреуін жалғағаннан кейін)</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Басқа &amp;қалтаны таңдау…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Қалта: %1</translation>
    </message>
    <message>
        <source>No stick found. Plug one in and press Refresh, or choose a folder.</source>
        <translation>Флеш-жинақтауыш табылмады. Біреуін жалғап, «Жаңарту» батырмасын басыңыз немесе қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 free of %4</source>
        <translation>%1 (%2) — %4 ішінен %3 бос</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Қалтаны таңдаңыз</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where should the packet go?</source>
        <translation>Пакет қайда жазылады?</translation>
    </message>
    <message>
        <source>Choose the USB stick that goes to HQ, or any folder.</source>
        <translation>Орталық органға жіберілетін флеш-жинақтауышты немесе кез келген қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The packet is one encrypted file that only HQ (and this post) can open. It is written, read back and checked before anything is marked as exported.</source>
        <translation>Пакет — тек орталық орган (және осы бекет) аша алатын бір шифрланған файл. Ештеңе жөнелтілді деп белгіленбес бұрын ол жазылады, қайта оқылады және тексеріледі.</translation>
    </message>
</context>
<context>
    <name>DiscardPacketDialog</name>
    <message>
        <source>Discard a packet</source>
        <translation>Пакетті жою</translation>
    </message>
    <message>
        <source>Say why, in a few words (at most %1 characters): the reason is kept in the audit log with your name.</source>
        <translation>Себебін бірнеше сөзбен жазыңыз (ең көбі %1 таңба): ол аудит журналында сіздің атыңызбен сақталады.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>e.g. the post&apos;s supervisor confirmed that a copied vault wrote it</source>
        <translation>мысалы, бекеттің ауысым бастығы оны көшірілген қойма жазғанын растады</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Say why the packet is discarded: the reason is required.</source>
        <translation>Пакет неге жойылатынын жазыңыз: себебі міндетті.</translation>
    </message>
    <message>
        <source>Discard the packet</source>
        <translation>Пакетті жою</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Жо&amp;ю</translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>Disclosure register</source>
        <translation>Берілген ақпарат тізілімі</translation>
    </message>
    <message>
        <source>Every record version and correction sent to the other Party (Art. 10): what Art. 10.2 consents and Art. 10.3 corrections stand on.</source>
        <translation>Екінші Тарапқа жіберілген әр жазба нұсқасы мен түзету (Келісімнің 10-бабы): 10-баптың 2-тармағы бойынша келісімдер мен 3-тармағы бойынша түзетулер осыған сүйенеді.</translation>
    </message>
    <message>
        <source>Sent &amp;from:</source>
        <translation>&amp;Жіберілген күні, бастап:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Ж&amp;азба:</translation>
    </message>
    <message>
        <source>registration number or id</source>
        <translation>тіркеу нөмірі немесе идентификатор</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Берілген ақпарат</translation>
    </message>
    <message>
        <source>&amp;Print the period…</source>
        <translation>Кезеңді &amp;басып шығару…</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n жазба берілді</numerusform>
            <numerusform>%n жазба берілді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Жіберілетіні</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Persons sent</source>
        <translation>Жіберілген адамдар</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Жіберілмегені</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Packet SHA-256</source>
        <translation>Пакеттің SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n қолмен қосылған)</numerusform>
            <numerusform>(%n қолмен қосылған)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The packet is written</source>
        <translation>Пакет жазылды</translation>
    </message>
    <message>
        <source>Print the transmittal sheet and hand it over with the stick.</source>
        <translation>Пакетті беру-қабылдау актісін басып шығарып, флеш-жинақтауышпен бірге тапсырыңыз.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Read back:</source>
        <translation>Қайта оқу:</translation>
    </message>
    <message>
        <source>Carries:</source>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <source>&amp;Print the transmittal sheet…</source>
        <translation>Пакетті беру-қабылдау актісін &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Packet %1 is on the stick and was checked.</source>
        <translation>%1 пакеті флеш-жинақтауышқа жазылды және тексерілді.</translation>
    </message>
    <message>
        <source>read again from the stick (%1): the signature verified, the contents decrypted and matched, the SHA-256 is the same</source>
        <translation>флеш-жинақтауыштан қайта оқылды (%1): қолтаңба расталды, мазмұны шифрдан шығарылып, сәйкес келді, SHA-256 бірдей</translation>
    </message>
    <message>
        <source>verified while writing; the stick could not be read again just now</source>
        <translation>жазу кезінде тексерілді; флеш-жинақтауышты дәл қазір қайта оқу мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n жазба нұсқасы</numerusform>
            <numerusform>%n жазба нұсқасы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n жойылған жазба</numerusform>
            <numerusform>%n жойылған жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheet. HQ&apos;s acknowledgement comes back the same way: import it from the Post menu.</source>
        <translation>Флеш-жинақтауышты басып шығарылған пакетті беру-қабылдау актісімен бірге тапсырыңыз. Орталық органның растамасы да осылай қайтады: оны «Бекет» мәзірінен жүктеңіз.</translation>
    </message>
    <message>
        <source>This packet went out after the restore without HQ&apos;s acknowledgement, on HQ&apos;s confirmation that it had nothing newer; the audit log records it. Until HQ&apos;s acknowledgement is imported, the next export asks again.</source>
        <translation>Бұл пакет қалпына келтіруден кейін орталық органның растамасынсыз жөнелтілді — орталық органның жаңарақ ештеңе алмағаны туралы растауы негізінде; бұл аудит журналына жазылды. Орталық органның растамасы жүктелгенге дейін келесі жөнелту бұл шешімді қайта сұрайды.</translation>
    </message>
    <message>
        <source>This finished an export that had been interrupted, with its original contents.</source>
        <translation>Бұл үзілген жөнелтуді оның бастапқы мазмұнымен аяқтады.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait: run the export again.</source>
        <translation>
            <numerusform>Әлі %n нәрсе күтуде: жөнелтуді қайта орындаңыз.</numerusform>
            <numerusform>Әлі %n нәрсе күтуде: жөнелтуді қайта орындаңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>New: %1</source>
        <translation>Жаңа: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>А&amp;лмасу</translation>
    </message>
    <message>
        <source>&amp;Share with the partner…</source>
        <translation>Серіктеске &amp;беру…</translation>
    </message>
    <message>
        <source>&amp;Received information…</source>
        <translation>&amp;Алынған ақпарат…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined letters…</source>
        <translation>&amp;Ұсталған және карантиндегі хаттар…</translation>
    </message>
    <message>
        <source>Request re&amp;gister…</source>
        <translation>Өтініштер &amp;тізілімі…</translation>
    </message>
    <message>
        <source>&amp;Disclosure register…</source>
        <translation>Берілген ақпарат т&amp;ізілімі…</translation>
    </message>
    <message>
        <source>&amp;Partner keys…</source>
        <translation>&amp;Серіктестің кілттері…</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>qualifies under Art. %1 and was never sent</source>
        <translation>Келісімнің %1-бабына сәйкес келеді және әлі жіберілмеген</translation>
    </message>
    <message>
        <source>version %2 replaces version %3 sent before (Art. 10.3)</source>
        <translation>%2-нұсқа бұрын жіберілген %3-нұсқаны ауыстырады (Келісімнің 10-бабының 3-тармағы)</translation>
    </message>
    <message>
        <source>withdrawn after version %3 was sent: the partner must withdraw it too</source>
        <translation>%3-нұсқа жіберілгеннен кейін кері қайтарылды: серіктес те оны кері қайтаруы тиіс</translation>
    </message>
    <message>
        <source>purged after version %3 was sent: the partner must destroy it too</source>
        <translation>%3-нұсқа жіберілгеннен кейін жойылды: серіктес те оны жоюы тиіс</translation>
    </message>
    <message>
        <source>version %2 no longer qualifies: version %3 sent before is withdrawn from the partner</source>
        <translation>%2-нұсқа енді сәйкес келмейді: бұрын жіберілген %3-нұсқа серіктестен кері қайтарылады</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>кері қайтару</translation>
    </message>
    <message>
        <source>destruction</source>
        <translation>жою</translation>
    </message>
    <message>
        <source>current</source>
        <translation>қолданыстағы</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <source>withdrawn by the partner</source>
        <translation>серіктес кері қайтарды</translation>
    </message>
    <message>
        <source>destroyed at the partner&apos;s request</source>
        <translation>серіктестің сұрауы бойынша жойылды</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>бекітілді</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>partly answered</source>
        <translation>ішінара жауап берілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>partly refused</source>
        <translation>ішінара бас тартылды</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарылды</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>қайталама</translation>
    </message>
    <message>
        <source>ours to the partner</source>
        <translation>біздікі, серіктеске</translation>
    </message>
    <message>
        <source>the partner&apos;s to us</source>
        <translation>серіктестікі, бізге</translation>
    </message>
    <message>
        <source>follow-up question</source>
        <translation>қосымша сұрақ</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>жауап</translation>
    </message>
    <message>
        <source>withdrawal of the request</source>
        <translation>өтінішті кері қайтарып алу</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export packet to HQ</source>
        <translation>Пакетті орталық органға жөнелту</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>all kinds</source>
        <translation>барлық түрлері</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>барлық мәртебелер</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation>А&amp;заматтығы:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Баста&amp;п:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>Qualif&amp;ies under the Agreement</source>
        <translation>Келі&amp;сім бойынша алмасуға жатады</translation>
    </message>
    <message>
        <source>Only records that qualify for exchange: a citizen of the other Party is involved</source>
        <translation>Тек алмасуға жататын жазбалар: екінші Тараптың азаматы қатысқан</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Барлық сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Түр сүзгісі</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Мәртебе сүзгісі</translation>
    </message>
    <message>
        <source>Occurred on or after</source>
        <translation>Осы күні немесе одан кейін болған</translation>
    </message>
    <message>
        <source>Occurred on or before</source>
        <translation>Осы күні немесе одан бұрын болған</translation>
    </message>
    <message>
        <source>Citizenship filter</source>
        <translation>Азаматтық сүзгісі</translation>
    </message>
</context>
<context>
    <name>FingerprintConfirmDialog</name>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Цифрлық ізді салыстырыңыз</translation>
    </message>
    <message>
        <source>Post %1 replaces its key. The statement is checked against the key HQ holds; confirm to accept the new key.</source>
        <translation>%1 бекеті өз кілтін ауыстырады. Мәлімдеме орталық органдағы кілтпен тексеріледі; жаңа кілтті қабылдау үшін растаңыз.</translation>
    </message>
    <message>
        <source>%1 replaces its keys. The statement is checked against the partner key trusted now, which vouches for the new one: no paper is needed. Confirm to trust the new key.</source>
        <translation>%1 өз кілттерін ауыстырады. Мәлімдеме қазір сенім білдірілген серіктес кілтімен тексеріледі, ол жаңасына кепілдік береді: қағаз қажет емес. Жаңа кілтке сену үшін растаңыз.</translation>
    </message>
    <message>
        <source>These are the public keys of %1. Compare the fingerprint below with the sheet HQ sent, group by group. Trust it only if every group is the same.</source>
        <translation>Бұл — %1 ашық кілттері. Төмендегі цифрлық ізді орталық орган жіберген парақпен топ бойынша салыстырыңыз. Әр топ бірдей болса ғана сеніңіз.</translation>
    </message>
    <message>
        <source>This is the enrollment file of post %1. Compare the fingerprint below with the post&apos;s printed enrollment sheet, group by group. Enroll it only if every group is the same.</source>
        <translation>Бұл — %1 бекетінің тіркеу файлы. Төмендегі цифрлық ізді бекеттің басып шығарылған тіркеу парағымен топ бойынша салыстырыңыз. Әр топ бірдей болса ғана тіркеңіз.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Тарап:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Цифрлық ізі:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Жаңа цифрлық ізі:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Цифрлық із</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Ауыстырады:</translation>
    </message>
    <message>
        <source>This replaces the key trusted now: the old one is revoked and nothing signed with it is accepted any more. Do this only with a new sheet from HQ in hand.</source>
        <translation>Бұл қазір сенім білдірілген кілтті ауыстырады: ескісі кері қайтарылады және онымен қол қойылған ештеңе енді қабылданбайды. Мұны тек орталық органның жаңа парағы қолыңызда болғанда жасаңыз.</translation>
    </message>
    <message>
        <source>Accept the partner&apos;s new key</source>
        <translation>Серіктестің жаңа кілтін қабылдау</translation>
    </message>
    <message>
        <source>I compared every group with the printed sheet: they are the same</source>
        <translation>Әр топты басып шығарылған парақпен салыстырдым: олар бірдей</translation>
    </message>
    <message>
        <source>Accept the new key of this post</source>
        <translation>Осы бекеттің жаңа кілтін қабылдау</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>Бұл кілтке &amp;сену</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Shekara — user guide</source>
        <translation>Shekara — пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Everyday work</source>
        <translation>Күнделікті жұмыс</translation>
    </message>
    <message>
        <source>Press Ctrl+N to record a new fact, choose its kind, and type. What you type is saved as a draft every few seconds: if the power goes, the draft is there when you unlock again.</source>
        <translation>Жаңа фактіні тіркеу үшін Ctrl+N басыңыз, оның түрін таңдап, теріңіз. Терілгені бірнеше секунд сайын жоба ретінде сақталады: жарық сөнсе, қойманы қайта ашқанда жоба орнында болады.</translation>
    </message>
    <message>
        <source>A supervisor approves drafts. The person who wrote a version cannot approve it. A correction after approval is a new version with a reason; records are withdrawn, never deleted.</source>
        <translation>Жобаларды ауысым бастығы бекітеді. Нұсқаны жазған адам оны бекіте алмайды. Бекітуден кейінгі түзету — себебі көрсетілген жаңа нұсқа; жазбалар жойылмайды, кері қайтарып алынады.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) finds names in Cyrillic or Latin letters, document numbers, places and substances, as you type. The filters narrow the list by kind, status, dates, citizenship and whether the record qualifies under the Agreement.</source>
        <translation>Іздеу (Ctrl+F) кирилл немесе латын әріптерімен жазылған аттарды, құжат нөмірлерін, орындар мен заттарды теру барысында табады. Сүзгілер тізімді түрі, мәртебесі, күндері, азаматтығы және жазбаның Келісім бойынша алмасуға жататыны бойынша тарылтады.</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Қойманың қауіпсіздігі</translation>
    </message>
    <message>
        <source>Lock the vault with Ctrl+L when you leave the computer. It also locks by itself after some minutes without use and when the computer is locked.</source>
        <translation>Компьютерден кетерде қойманы Ctrl+L арқылы құлыптаңыз. Ол бірнеше минут пайдаланылмаса және компьютер құлыпталғанда да өздігінен құлыпталады.</translation>
    </message>
    <message>
        <source>Never write a passphrase where others can read it. The recovery sheet belongs in the post&apos;s safe.</source>
        <translation>Құпия фразаны ешқашан басқалар оқи алатын жерге жазбаңыз. Қалпына келтіру парағы бекеттің сейфінде сақталады.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>жаңа жазба</translation>
    </message>
    <message>
        <source>save the record</source>
        <translation>жазбаны сақтау</translation>
    </message>
    <message>
        <source>search</source>
        <translation>іздеу</translation>
    </message>
    <message>
        <source>refresh the list</source>
        <translation>тізімді жаңарту</translation>
    </message>
    <message>
        <source>open the selected record</source>
        <translation>таңдалған жазбаны ашу</translation>
    </message>
    <message>
        <source>lock the vault</source>
        <translation>қойманы құлыптау</translation>
    </message>
    <message>
        <source>print</source>
        <translation>басып шығару</translation>
    </message>
    <message>
        <source>larger or smaller text</source>
        <translation>мәтінді үлкейту немесе кішірейту</translation>
    </message>
    <message>
        <source>this guide</source>
        <translation>осы нұсқаулық</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>шығу</translation>
    </message>
</context>
<context>
    <name>HqHeldDialog</name>
    <message>
        <source>Held and quarantined packets</source>
        <translation>Ұсталған және карантиндегі пакеттер</translation>
    </message>
    <message>
        <source>The posts&apos; packets HQ keeps without importing them. A held packet came before an earlier one that is still missing; it is imported by itself once the missing one arrives.</source>
        <translation>Орталық орган жүктемей сақтап отырған бекеттер пакеттері. Ұсталған пакет әлі жетіспейтін алдыңғы пакеттен бұрын келген; жетіспейтіні келгенде ол өзі жүктеледі.</translation>
    </message>
    <message>
        <source>A fork is a different packet with a number HQ already has, or one that does not follow the last imported: two writers for one post (a copied vault, an old backup). Nothing in it is imported, and it keeps its number taken until it is discarded.</source>
        <translation>Тармақталу — нөмірі орталық органда бар басқа пакет немесе соңғы жүктелгеннің жалғасы емес пакет: бір бекетке екі жазушы (көшірілген қойма, ескі сақтық көшірме). Ішіндегі ештеңе жүктелмейді, ал ол жойылғанша өз нөмірін бос қалдырмайды.</translation>
    </message>
    <message>
        <source>A supervisor may discard a packet: it is deleted and, unless a packet with that number is imported, the post&apos;s next acknowledgement tells the post to send it again. Each discard is kept in the audit log with its reason.</source>
        <translation>Ауысым бастығы пакетті жоя алады: пакет өшіріледі де, сол нөмірлі пакет жүктелмеген болса, бекетке келесі растама оны қайта жіберуді айтады. Әр жою себебімен бірге аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>&amp;Packets held or quarantined:</source>
        <translation>Ұсталған не карантиндегі &amp;пакеттер:</translation>
    </message>
    <message>
        <source>Packets held or quarantined</source>
        <translation>Ұсталған не карантиндегі пакеттер</translation>
    </message>
    <message>
        <source>Show &amp;every post</source>
        <translation>&amp;Барлық бекетті көрсету</translation>
    </message>
    <message>
        <source>Only post %1 is shown.</source>
        <translation>Тек %1 бекеті көрсетілген.</translation>
    </message>
    <message>
        <source>Discard packet %1 from post %2?</source>
        <translation>%2 бекетінен келген %1 пакетін жою керек пе?</translation>
    </message>
    <message>
        <source>The packet is deleted from HQ&apos;s vault for good; nothing in it is imported. Unless a packet with that number is imported, the post&apos;s next acknowledgement tells the post to send it again. The discard and your reason are kept in the audit log.</source>
        <translation>Пакет орталық органның қоймасынан біржола өшіріледі; ішіндегі ештеңе жүктелмейді. Сол нөмірлі пакет жүктелмеген болса, бекетке келесі растама оны қайта жіберуді айтады. Жою және сіздің себебіңіз аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Packet %1 from post %2 is discarded. Unless a packet with that number is imported, the post&apos;s next acknowledgement (HQ &gt; Write acknowledgement…) asks the post to send it again.</source>
        <translation>%2 бекетінен келген %1 пакеті жойылды. Сол нөмірлі пакет жүктелмеген болса, бекетке келесі растама (Орталық орган &gt; Растаманы жазу…) оны қайта жіберуді сұрайды.</translation>
    </message>
</context>
<context>
    <name>HqImportDialog</name>
    <message>
        <source>Import packets from posts</source>
        <translation>Бекеттерден пакеттерді жүктеу</translation>
    </message>
    <message>
        <source>Choose the packet files (shekara-&lt;post&gt;-records-&lt;number&gt;.shk) or a whole folder or stick. Each file is checked (signature first), then imported, recognised as a duplicate, held until the packets before it arrive, quarantined as a fork, or refused with the reason.</source>
        <translation>Пакет файлдарын (shekara-&lt;бекет&gt;-records-&lt;нөмір&gt;.shk) немесе бүкіл қалтаны не флеш-жинақтауышты таңдаңыз. Әр файл тексеріледі (алдымен қолтаңба), содан кейін жүктеледі, қайталама деп танылады, алдыңғы пакеттер келгенше ұсталады, тармақталу ретінде карантинге жіберіледі немесе себебі көрсетіліп қабылданбайды.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>&amp;Файлдарды жүктеу…</translation>
    </message>
    <message>
        <source>Import a whole f&amp;older or stick…</source>
        <translation>Бүкіл &amp;қалтаны не флеш-жинақтауышты жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <source>&amp;Check against the transmittal sheets…</source>
        <translation>Беру-қабылдау &amp;актілерімен салыстыру…</translation>
    </message>
    <message>
        <source>&amp;Print the transmittal sheet…</source>
        <translation>Беру-қабылдау актісін &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Outcome per file</source>
        <translation>Әр файлдың нәтижесі</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Пакет файлдары</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara пакеттері (*.shk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Folder or stick with packets</source>
        <translation>Пакеттері бар қалта немесе флеш-жинақтауыш</translation>
    </message>
    <message>
        <source>No records packet (…-records-….shk) in %1.</source>
        <translation>%1 ішінде жазбалар пакеті (…-records-….shk) жоқ.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 жүктелуде (%3 ішінен %2)…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n файл: жүктелді %1, қайталама %2, ұсталды %3, тармақталу %4, қабылданбады %5.</numerusform>
            <numerusform>%n файл: жүктелді %1, қайталама %2, ұсталды %3, тармақталу %4, қабылданбады %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning (see Details).</source>
        <translation>
            <numerusform>%n ескертумен («Толығырақ» бағанын қараңыз).</numerusform>
            <numerusform>%n ескертумен («Толығырақ» бағанын қараңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder were not records packets and were left alone.</source>
        <translation>
            <numerusform>Қалтадағы басқа %n файл жазбалар пакеті емес, олар қозғалмады.</numerusform>
            <numerusform>Қалтадағы басқа %n файл жазбалар пакеті емес, олар қозғалмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Тоқтатылды: %n файл жүктелмеді.</numerusform>
            <numerusform>Тоқтатылды: %n файл жүктелмеді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqKeysDialog</name>
    <message>
        <source>Keys at HQ</source>
        <translation>Орталық органдағы кілттер</translation>
    </message>
    <message>
        <source>HQ&apos;s keys (%1)</source>
        <translation>Орталық органның кілттері (%1)</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Цифрлық ізі:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Орталық органның цифрлық ізі</translation>
    </message>
    <message>
        <source>&amp;Export HQ&apos;s keys file…</source>
        <translation>Орталық орган кілттерінің файлын &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Print the keys sheet…</source>
        <translation>Кілттер парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Posts&apos; keys</source>
        <translation>Бекеттердің кілттері</translation>
    </message>
    <message>
        <source>E&amp;nroll a post…</source>
        <translation>Бекетті &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Revoke the post&apos;s keys…</source>
        <translation>Бекет кілттерін &amp;кері қайтару…</translation>
    </message>
    <message>
        <source>Export HQ&apos;s keys file</source>
        <translation>Орталық орган кілттерінің файлын шығару</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Кілт файлдары (*.json)</translation>
    </message>
    <message>
        <source>HQ&apos;s keys file is written: %1
Send it to the posts with the printed keys sheet.</source>
        <translation>Орталық орган кілттерінің файлы жазылды: %1
Оны басып шығарылған кілттер парағымен бірге бекеттерге жіберіңіз.</translation>
    </message>
    <message>
        <source>A post&apos;s enrollment file or rotation statement</source>
        <translation>Бекеттің тіркеу файлы немесе кілтті ауыстыру мәлімдемесі</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Кілт файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Post %1 is enrolled: its packets are accepted from now on.</source>
        <translation>%1 бекеті тіркелді: оның пакеттері енді қабылданады.</translation>
    </message>
    <message>
        <source>Post %1 has its new key: packets signed with the old one are accepted only up to the number the statement names.</source>
        <translation>%1 бекетінің жаңа кілті бар: ескісімен қол қойылған пакеттер мәлімдемеде аталған нөмірге дейін ғана қабылданады.</translation>
    </message>
    <message>
        <source>This key of post %1 was already enrolled: nothing changed.</source>
        <translation>%1 бекетінің бұл кілті бұрыннан тіркелген: ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Revoke a post&apos;s keys</source>
        <translation>Бекет кілттерін кері қайтару</translation>
    </message>
    <message>
        <source>Revoke every key of post %1?</source>
        <translation>%1 бекетінің барлық кілтін кері қайтару керек пе?</translation>
    </message>
    <message>
        <source>Its packets are refused from now on, also those HQ holds waiting for a gap. Only a new enrollment, checked on paper, brings the post back.</source>
        <translation>Енді оның пакеттері қабылданбайды, соның ішінде орталық орган олқылықты күтіп ұстап тұрғандары да. Бекетті тек қағаз бойынша тексерілген жаңа тіркеу ғана қайтарады.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Кері қайтару</translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n key(s) of post %1.</source>
        <translation>
            <numerusform>Кері қайтарылды: %1 бекетінің %n кілті.</numerusform>
            <numerusform>Кері қайтарылды: %1 бекетінің %n кілті.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqKeysPage</name>
    <message>
        <source>HQ&apos;s public keys</source>
        <translation>Орталық органның ашық кілттері</translation>
    </message>
    <message>
        <source>Packets for HQ are encrypted to its keys. You can import them now or later.</source>
        <translation>Орталық органға арналған пакеттер оның кілттерімен шифрланады. Оларды қазір немесе кейінірек жүктеуге болады.</translation>
    </message>
    <message>
        <source>HQ sends its public keys file with a printed sheet. Import the file, then compare the fingerprint shown here with the one on the sheet. If you do not have the file yet, press Finish: the post can record facts without it.</source>
        <translation>Орталық орган ашық кілттер файлын басылған парақпен бірге жібереді. Файлды жүктеп, мұнда көрсетілген цифрлық ізді парақтағымен салыстырыңыз. Файл әлі жоқ болса, «Аяқтау» басыңыз: бекет фактілерді онсыз да тіркей алады.</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s keys file…</source>
        <translation>&amp;Орталық орган кілттерінің файлын жүктеу…</translation>
    </message>
    <message>
        <source>HQ&apos;s public keys file</source>
        <translation>Орталық органның ашық кілттер файлы</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are imported. Fingerprint:
%1
Compare it with the sheet from HQ.</source>
        <translation>Орталық органның кілттері жүктелді. Цифрлық ізі:
%1
Оны орталық органнан келген парақпен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>HqRefdataDialog</name>
    <message>
        <source>Send reference data to the posts</source>
        <translation>Бекеттерге анықтамалық деректерді жіберу</translation>
    </message>
    <message>
        <source>Crossing points, substances, authorities and retention periods go to each post as a signed packet that only it can read. Send the version in force, or a newer one from a folder of reference files: it then becomes this HQ&apos;s own too.</source>
        <translation>Өткізу пункттері, заттар, органдар және сақтау мерзімдері әр бекетке тек ол ғана оқи алатын қол қойылған пакетпен жіберіледі. Қолданыстағы нұсқаны немесе анықтамалық файлдар қалтасынан жаңарақ нұсқаны жіберіңіз: ол осы Орталық органның да нұсқасы болады.</translation>
    </message>
    <message>
        <source>&amp;Newer version from a folder…</source>
        <translation>Қалтадан &amp;жаңарақ нұсқа…</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>every enrolled post</source>
        <translation>тіркелген барлық бекеттер</translation>
    </message>
    <message>
        <source>&amp;Write reference data</source>
        <translation>Анықтамалық деректерді ж&amp;азу</translation>
    </message>
    <message>
        <source>Folder of reference files</source>
        <translation>Анықтамалық файлдар қалтасы</translation>
    </message>
    <message>
        <source>Version in force: %1.</source>
        <translation>Қолданыстағы нұсқа: %1.</translation>
    </message>
    <message>
        <source>Version %1 from %2 (version %3 is in force).</source>
        <translation>%2 қалтасынан %1 нұсқасы (%3 нұсқасы қолданыста).</translation>
    </message>
    <message numerus="yes">
        <source>Reference data written and checked for %n post(s):</source>
        <translation>
            <numerusform>Анықтамалық деректер %n бекет үшін жазылып, тексерілді:</numerusform>
            <numerusform>Анықтамалық деректер %n бекет үшін жазылып, тексерілді:</numerusform>
        </translation>
    </message>
    <message>
        <source>This HQ checks the posts&apos; records by the new version from the next unlock: when you close this window the vault locks; unlock it to go on.</source>
        <translation>Осы Орталық орган бекеттердің жазбаларын келесі ашудан бастап жаңа нұсқа бойынша тексереді: осы терезені жапқанда қойма құлыпталады; жұмысты жалғастыру үшін оны ашыңыз.</translation>
    </message>
</context>
<context>
    <name>ImportOutcomeTableModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>жүктелді</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>қайталама</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ұсталды</translation>
    </message>
    <message>
        <source>fork quarantined</source>
        <translation>тармақталу, карантинде</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s) imported</source>
        <translation>
            <numerusform>%n жазба нұсқасы жүктелді</numerusform>
            <numerusform>%n жазба нұсқасы жүктелді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already held</source>
        <translation>
            <numerusform>%n бұрыннан бар</numerusform>
            <numerusform>%n бұрыннан бар</numerusform>
        </translation>
    </message>
    <message>
        <source>then held packet(s) %1 applied (%2 record versions)</source>
        <translation>содан кейін ұсталған № %1 пакет қолданылды (жазба нұсқалары: %2)</translation>
    </message>
    <message>
        <source>already received; nothing changed</source>
        <translation>бұрын алынған; ештеңе өзгермеді</translation>
    </message>
    <message>
        <source>waits for the missing packet(s) %1</source>
        <translation>жетіспейтін № %1 пакетті күтуде</translation>
    </message>
    <message>
        <source>another packet with this number, or one that does not follow the last imported: kept apart for checking</source>
        <translation>осы нөмірлі басқа пакет немесе соңғы жүктелгеннен кейін келмейтін пакет: тексеру үшін бөлек сақталды</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>ескерту:</translation>
    </message>
</context>
<context>
    <name>IncludePersonDialog</name>
    <message>
        <source>Include a person</source>
        <translation>Адамды қосу</translation>
    </message>
    <message>
        <source>The rule keeps this person home (a witness, or a citizen of our own State). Send them only when the partner needs them for the Agreement&apos;s purposes, and say why: the reason is kept in the disclosure register.</source>
        <translation>Ереже бойынша бұл адам жіберілмейді (куә немесе өз мемлекетіміздің азаматы). Оны серіктеске Келісімнің мақсаттары үшін қажет болғанда ғана жіберіңіз және себебін жазыңыз: себеп берілген ақпарат тізілімінде сақталады.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Адам:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Қосу</translation>
    </message>
</context>
<context>
    <name>InstallationPage</name>
    <message>
        <source>Will be stored as: %1</source>
        <translation>Былай сақталады: %1</translation>
    </message>
    <message>
        <source>Not allowed in a post code: %1. Use Latin letters, digits and &apos;-&apos;.</source>
        <translation>Бекет кодында рұқсат етілмейді: %1. Латын әріптерін, цифрларды және &apos;-&apos; қолданыңыз.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>бос орын</translation>
    </message>
    <message>
        <source>A code starting with %1- is the other Party&apos;s: check the Party and the code HQ gave you.</source>
        <translation>%1- деп басталатын код екінші Тараптікі: Тарапты және орталық орган берген кодты тексеріңіз.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Осы орнату</translation>
    </message>
    <message>
        <source>Shekara keeps its records in an encrypted vault on this computer. Tell it where it works.</source>
        <translation>Shekara жазбаларын осы компьютердегі шифрланған қоймада сақтайды. Оның қай жерде жұмыс істейтінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A post records facts and sends them to HQ on a stick; HQ receives the packets of many posts. This cannot be changed later.</source>
        <translation>Бекет фактілерді тіркеп, оларды флеш-жинақтауышпен орталық органға жібереді; орталық орган көптеген бекеттің пакеттерін қабылдайды. Мұны кейін өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>&amp;Post (border or customs post)</source>
        <translation>&amp;Бекет (шекара немесе кеден бекеті)</translation>
    </message>
    <message>
        <source>&amp;HQ (central competent authority)</source>
        <translation>&amp;Орталық құзыретті орган</translation>
    </message>
    <message>
        <source>P&amp;arty:</source>
        <translation>Т&amp;арап:</translation>
    </message>
    <message>
        <source>Post &amp;code:</source>
        <translation>Бекет ко&amp;ды:</translation>
    </message>
    <message>
        <source>e.g. KZ-NUR-ZHOLY</source>
        <translation>мысалы, KZ-NUR-ZHOLY</translation>
    </message>
    <message>
        <source>Capital Latin letters, digits and &apos;-&apos;, 2 to 32 characters, as HQ assigned it.</source>
        <translation>Орталық орган берген түрде: бас латын әріптері, цифрлар және &apos;-&apos;, 2–32 таңба.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Бекет коды</translation>
    </message>
    <message>
        <source>The vault will be created in %1</source>
        <translation>Қойма мына жерде құрылады: %1</translation>
    </message>
</context>
<context>
    <name>KeepLongerDialog</name>
    <message>
        <source>Keep the record longer</source>
        <translation>Жазбаны ұзағырақ сақтау</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Қашанға &amp;дейін сақтау:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>why it is still needed, e.g. a case still open</source>
        <translation>неге әлі қажет, мысалы, іс әлі аяқталмаған</translation>
    </message>
</context>
<context>
    <name>KeptPacketsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Мұны тек ауысым бастығы жасай алады</translation>
    </message>
    <message>
        <source>Nothing is held or quarantined.</source>
        <translation>Ұсталған да, карантиндегі де ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>KeptPacketsModel</name>
    <message>
        <source>Post</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Жазба нұсқалары</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (басы)</translation>
    </message>
    <message>
        <source>Why quarantined</source>
        <translation>Карантинге алыну себебі</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ұсталды</translation>
    </message>
    <message>
        <source>fork, quarantined</source>
        <translation>тармақталу, карантинде</translation>
    </message>
    <message>
        <source>An earlier packet is missing: this one is imported by itself once that one arrives.</source>
        <translation>Алдыңғы пакет жетіспейді: ол келгенде бұл пакет өзі жүктеледі.</translation>
    </message>
    <message>
        <source>A different packet with a number already received, or one that does not follow the last imported: nothing in it is imported.</source>
        <translation>Нөмірі бұрын алынған басқа пакет немесе соңғы жүктелгеннің жалғасы емес пакет: ішіндегі ештеңе жүктелмейді.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>&amp;What happened? Choose the kind of record:</source>
        <translation>&amp;Не болды? Жазба түрін таңдаңыз:</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2-бап)</translation>
    </message>
</context>
<context>
    <name>LetterDestinationDialog</name>
    <message>
        <source>Write a letter again</source>
        <translation>Хатты қайта жазу</translation>
    </message>
    <message>
        <source>Letter %1 is written again, byte for byte the same, for the stick that was lost or damaged. Choose where.</source>
        <translation>%1 хаты жоғалған немесе бүлінген флеш-жинақтауыштың орнына байтқа дейін дәл сол күйінде қайта жазылады. Қайда жазатынын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Қайта &amp;жазу</translation>
    </message>
    <message>
        <source>Send to the partner</source>
        <translation>Серіктеске жіберу</translation>
    </message>
    <message>
        <source>The approved notice is sealed into one signed, encrypted letter for the partner, given its registration number and entered in the disclosure register. Choose the stick or folder it is written to.</source>
        <translation>Бекітілген хабарлама серіктеске арналған қол қойылған, шифрланған бір хатқа жиналады, тіркеу нөмірін алады және берілген ақпарат тізіліміне енгізіледі. Хат жазылатын флеш-жинақтауышты немесе қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
</context>
<context>
    <name>LetterImportDialog</name>
    <message>
        <source>Import the partner&apos;s letters</source>
        <translation>Серіктестің хаттарын жүктеу</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s letter files (shekara-&lt;partner&gt;-exchange-&lt;number&gt;.shk). Each is checked (signature first), then imported, recognised as a duplicate, held until the letters before it arrive, quarantined as a fork, or refused with the reason.</source>
        <translation>Серіктестің хат файлдарын таңдаңыз (shekara-&lt;серіктес&gt;-exchange-&lt;нөмір&gt;.shk). Әрқайсысы тексеріледі (алдымен қолтаңба), содан кейін жүктеледі, қайталама деп танылады, алдындағы хаттар келгенше ұсталады, тармақталу ретінде карантинге жіберіледі немесе себебі көрсетіліп қабылданбайды.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>&amp;Файлдарды жүктеу…</translation>
    </message>
    <message>
        <source>Outcome per file</source>
        <translation>Әр файлдың нәтижесі</translation>
    </message>
    <message>
        <source>The partner&apos;s letters</source>
        <translation>Серіктестің хаттары</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara пакеттері (*.shk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n файл: жүктелді %1, қайталама %2, ұсталды %3, тармақталу %4, қабылданбады %5.</numerusform>
            <numerusform>%n файл: жүктелді %1, қайталама %2, ұсталды %3, тармақталу %4, қабылданбады %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterOutcomeTableModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n факт</numerusform>
            <numerusform>%n факт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n түзету</numerusform>
            <numerusform>%n түзету</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n жауап</numerusform>
            <numerusform>%n жауап</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n бас тарту</numerusform>
            <numerusform>%n бас тарту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n келісім</numerusform>
            <numerusform>%n келісім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n қосымша сұрақ</numerusform>
            <numerusform>%n қосымша сұрақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of their requests</source>
        <translation>
            <numerusform>олардың %n өтінішін кері қайтарып алу</numerusform>
            <numerusform>олардың %n өтінішін кері қайтарып алу</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts only</source>
        <translation>тек алу туралы растамалар</translation>
    </message>
    <message>
        <source>then held letter(s) %1 applied</source>
        <translation>содан кейін ұсталған № %1 хат қолданылды</translation>
    </message>
    <message>
        <source>already received; nothing changed</source>
        <translation>бұрын алынған; ештеңе өзгермеді</translation>
    </message>
    <message>
        <source>waits for the missing letter(s) %1</source>
        <translation>жетіспейтін № %1 хатты күтеді</translation>
    </message>
    <message>
        <source>another letter with this number, or one that does not follow the last imported: kept apart for checking</source>
        <translation>осы нөмірлі басқа хат немесе соңғы жүктелгеннен кейін келмейтін хат: тексеру үшін бөлек сақталды</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>ескерту:</translation>
    </message>
</context>
<context>
    <name>LettersTableModel</name>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Жіберген</translation>
    </message>
    <message>
        <source>Written to the stick</source>
        <translation>Флеш-жинақтауышқа жазылды</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n факт</numerusform>
            <numerusform>%n факт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n түзету</numerusform>
            <numerusform>%n түзету</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n жауап</numerusform>
            <numerusform>%n жауап</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n бас тарту</numerusform>
            <numerusform>%n бас тарту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n қосымша сұрақ</numerusform>
            <numerusform>%n қосымша сұрақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of our requests</source>
        <translation>
            <numerusform>біздің %n өтінішімізді кері қайтарып алу</numerusform>
            <numerusform>біздің %n өтінішімізді кері қайтарып алу</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts only</source>
        <translation>тек алу туралы растамалар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>[demo]</source>
        <translation>[демо]</translation>
    </message>
    <message>
        <source>Shekara — %1 — %2</source>
        <translation>Shekara — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Бекет</translation>
    </message>
    <message>
        <source>H&amp;Q</source>
        <translation>&amp;Орталық орган</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Әкімшілік</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>De&amp;mo</source>
        <translation>Д&amp;емо</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Жаңа жазба…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>&amp;Құпия фразамды өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Құ&amp;лыптау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Жазбаны &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Сүзгілерді &amp;тазарту</translation>
    </message>
    <message>
        <source>Re&amp;view drafts…</source>
        <translation>Жобаларды &amp;қарау…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>&amp;Export packet to a stick…</source>
        <translation>Пакетті флеш-жинақтауышқа &amp;жазу…</translation>
    </message>
    <message>
        <source>Packets in the &amp;outbox…</source>
        <translation>Жөнелтілетін &amp;пакеттер…</translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation>&amp;Растаманы жүктеу…</translation>
    </message>
    <message>
        <source>Import &amp;reference data from HQ…</source>
        <translation>Орталық органнан &amp;анықтамалық деректерді жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Import packets…</source>
        <translation>Пакеттерді &amp;жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement…</source>
        <translation>Растаманы жа&amp;зу…</translation>
    </message>
    <message>
        <source>&amp;Posts overview…</source>
        <translation>&amp;Бекеттерге шолу…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined packets…</source>
        <translation>&amp;Ұсталған және карантиндегі пакеттер…</translation>
    </message>
    <message>
        <source>Send &amp;reference data to the posts…</source>
        <translation>Бекеттерге &amp;анықтамалық деректерді жіберу…</translation>
    </message>
    <message>
        <source>Inspect a packet &amp;file…</source>
        <translation>Пакет &amp;файлын қарау…</translation>
    </message>
    <message>
        <source>&amp;Keys and fingerprints…</source>
        <translation>&amp;Кілттер және цифрлық іздер…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Қызметкерлер…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>Қойманың &amp;сақтық көшірмесі…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
        <source>&amp;Check the vault…</source>
        <translation>Қойманы &amp;тексеру…</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>Сақтау &amp;мерзімдері…</translation>
    </message>
    <message>
        <source>New &amp;master key…</source>
        <translation>&amp;Жаңа негізгі кілт…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Жаңа қа&amp;лпына келтіру кілті…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ү&amp;лкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Қалыпты өлшем</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;About Shekara</source>
        <translation>Shekara &amp;туралы</translation>
    </message>
    <message>
        <source>Let the demo &amp;HQ acknowledge a folder…</source>
        <translation>Демо орталық &amp;орган қалтаны растасын…</translation>
    </message>
    <message>
        <source>Only a supervisor can open this</source>
        <translation>Мұны тек ауысым бастығы аша алады</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>No records yet. Before the first shift: add the officers and a second supervisor (approval needs two), and import HQ&apos;s keys so that packets can be exported.</source>
        <translation>Жазбалар әлі жоқ. Бірінші ауысымға дейін: қызметкерлерді және екінші ауысым бастығын қосыңыз (бекітуге екеуі керек), пакеттерді жөнелту үшін орталық органның кілттерін жүктеңіз.</translation>
    </message>
    <message>
        <source>Officers…</source>
        <translation>Қызметкерлер…</translation>
    </message>
    <message>
        <source>Keys and fingerprints…</source>
        <translation>Кілттер және цифрлық іздер…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>name in any script, document number, place, substance… (Ctrl+F)</source>
        <translation>кез келген әліпбидегі аты, құжат нөмірі, орны, заты… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Жазбаларды іздеу</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 %4</source>
        <translation>%1 (%2) · %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n жазба табылды</numerusform>
            <numerusform>%n жазба табылды</numerusform>
        </translation>
    </message>
    <message>
        <source>(the best %1 are shown)</source>
        <translation>(ең сәйкес %1 көрсетілген)</translation>
    </message>
    <message>
        <source>%1 records loaded, counting the rest…</source>
        <translation>Жүктелген жазбалар: %1, қалғаны есептелуде…</translation>
    </message>
    <message>
        <source>%1 of %2 records loaded</source>
        <translation>%2 жазбаның %1 жүктелді</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Қарау…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Make a new recovery key when the recovery sheet is lost or destroyed, or when the recovery key of a new master key was not written down. The old recovery key and its sheet stop opening the vault at once. Nothing else changes: the vault is not encrypted again, and every officer keeps their passphrase.</source>
        <translation>Қалпына келтіру парағы жоғалса немесе жойылса, не жаңа негізгі кілттің қалпына келтіру кілті жазып алынбаса, жаңа қалпына келтіру кілтін жасаңыз. Ескі қалпына келтіру кілті мен оның парағы қойманы бірден ашпайтын болады. Басқа ештеңе өзгермейді: қойма қайта шифрланбайды, әр қызметкердің құпия фразасы сол күйінде қалады.</translation>
    </message>
    <message>
        <source>If the old sheet may be in someone else&apos;s hands, make a new master key instead: backups made before still open with the old sheet.</source>
        <translation>Ескі парақ біреудің қолына түсуі мүмкін болса, оның орнына жаңа негізгі кілт жасаңыз: бұрын жасалған сақтық көшірмелер ескі парақпен әлі де ашылады.</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Сіздің құпия фразаңыз:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Сіздің құпия фразаңыз</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key…</source>
        <translation>&amp;Жаңа қалпына келтіру кілтін жасау…</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>Қалпына келтіру парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Бас т&amp;арту</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Print it or write it down now and put the paper in the safe; destroy the old sheet. It is shown only this once. If the vault locks before you have it on paper, unlock it and make a new recovery key again.</source>
        <translation>Оны қазір басып шығарыңыз немесе жазып алыңыз да, қағазды сейфке салыңыз; ескі парақты жойыңыз. Ол тек осы жолы ғана көрсетіледі. Егер кілт қағазға түспей тұрып қойма құлыпталса, қойманы ашып, жаңа қалпына келтіру кілтін қайта жасаңыз.</translation>
    </message>
    <message>
        <source>Checking your passphrase and making the new recovery key…</source>
        <translation>Құпия фразаңыз тексеріліп, жаңа қалпына келтіру кілті жасалуда…</translation>
    </message>
    <message>
        <source>That is not your passphrase. Nothing was changed.</source>
        <translation>Бұл сіздің құпия фразаңыз емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The vault has a new recovery key; the old one opens nothing any more. This is the new key:</source>
        <translation>Қойманың жаңа қалпына келтіру кілті бар; ескісі енді ештеңе ашпайды. Міне, жаңа кілт:</translation>
    </message>
    <message>
        <source>Make a new recovery key now?</source>
        <translation>Жаңа қалпына келтіру кілтін қазір жасау керек пе?</translation>
    </message>
    <message>
        <source>The recovery key on the old sheet stops opening the vault at once. This cannot be undone.</source>
        <translation>Ескі парақтағы қалпына келтіру кілті қойманы бірден ашпайтын болады. Мұны кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Make the new &amp;key</source>
        <translation>Жаңа &amp;кілтті жасау</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request to the partner (Art. 8)</source>
        <translation>Серіктеске жаңа өтініш (Келісімнің 8-бабы)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Кімн&amp;ен:</translation>
    </message>
    <message>
        <source>Our &amp;reference:</source>
        <translation>Біздің &amp;шығыс нөміріміз:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>К&amp;үні:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>Ur&amp;gent:</source>
        <translation>Шұ&amp;ғыл:</translation>
    </message>
    <message>
        <source>&amp;Persons (one per line):</source>
        <translation>&amp;Тұлғалар (әр жолға біреуден):</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Қол қойған:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>Request received from the partner on paper (Art. 8)</source>
        <translation>Серіктестен қағаз түрінде алынған өтініш (Келісімнің 8-бабы)</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>Серіктестің ш&amp;ығыс нөмірі:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;number:</source>
        <translation>Серіктестің н&amp;өмірі:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>&amp;Алынған күні:</translation>
    </message>
    <message>
        <source>the registration number their letter gives the request</source>
        <translation>серіктестің хаты өтінішке берген тіркеу нөмірі</translation>
    </message>
    <message>
        <source>answer by</source>
        <translation>жауап беру мерзімі</translation>
    </message>
    <message>
        <source>mark the request urgent</source>
        <translation>өтінішті шұғыл деп белгілеу</translation>
    </message>
    <message>
        <source>who the request is about, as far as known</source>
        <translation>өтініш кім туралы, белгілі болғанынша</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Тақы&amp;рыбы:</translation>
    </message>
    <message>
        <source>F&amp;acts:</source>
        <translation>Мән-&amp;жайлары:</translation>
    </message>
    <message>
        <source>&amp;Objects and documents:</source>
        <translation>&amp;Заттар мен құжаттар:</translation>
    </message>
    <message>
        <source>What is as&amp;ked:</source>
        <translation>&amp;Не сұралады:</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>Нег&amp;іздемесі:</translation>
    </message>
    <message>
        <source>Outside this Agreement?</source>
        <translation>Келісімнің шеңберінен тыс па?</translation>
    </message>
    <message>
        <source>This request seems to ask for legal assistance in a criminal case or for extradition. Those go by the legal-assistance treaties, not by this Agreement (Art. 1.2).

Save it only if it asks for neither.</source>
        <translation>Бұл өтініш қылмыстық іс бойынша құқықтық көмек немесе ұстап беру сұрайтын сияқты. Олар осы Келісім бойынша емес, құқықтық көмек туралы шарттар бойынша жүзеге асырылады (Келісімнің 1-бабының 2-тармағы).

Екеуін де сұрамаса ғана сақтаңыз.</translation>
    </message>
    <message>
        <source>It asks for neither: &amp;save</source>
        <translation>Екеуін де сұрамайды: &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Withdraw request %1</source>
        <translation>%1 өтінішті кері қайтарып алу</translation>
    </message>
    <message>
        <source>&amp;Why is our request withdrawn? The reason is kept in the register and the audit log.</source>
        <translation>&amp;Біздің өтініш неге кері қайтарылады? Себебі тізілімде және аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Follow-up question on request %1</source>
        <translation>%1 өтініш бойынша қосымша сұрақ</translation>
    </message>
    <message>
        <source>&amp;Question (kept in the request&apos;s thread):</source>
        <translation>&amp;Сұрақ (өтініштің хат-хабарында сақталады):</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Жіберілетіні</translation>
    </message>
    <message>
        <source>Persons sent</source>
        <translation>Жіберілген адамдар</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Жіберілмегені</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Қосқан</translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n қолмен қосылған)</numerusform>
            <numerusform>(%n қолмен қосылған)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған уақыты</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кім қосқан</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Officers</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Алып тастау…</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation>Құпия фразамды &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Printed &amp;name…</source>
        <translation>Басылатын аты-&amp;жөні…</translation>
    </message>
    <message>
        <source>The full name, rank and position documents print for the selected officer (a supervisor sets them)</source>
        <translation>Құжаттар таңдалған қызметкер үшін басып шығаратын толық аты-жөні, атағы мен лауазымы (ауысым бастығы орнатады)</translation>
    </message>
    <message>
        <source>Adding the officer…</source>
        <translation>Қызметкер қосылуда…</translation>
    </message>
    <message>
        <source>Officer %1 added.</source>
        <translation>%1 қызметкері қосылды.</translation>
    </message>
    <message>
        <source>Remove officer %1? Their passphrase will no longer open the vault. What they recorded stays.</source>
        <translation>%1 қызметкерін алып тастау керек пе? Оның құпия фразасы бұдан былай қойманы ашпайды. Ол тіркегендер сақталады.</translation>
    </message>
    <message>
        <source>Remove an officer</source>
        <translation>Қызметкерді алып тастау</translation>
    </message>
    <message>
        <source>Officer %1 removed.</source>
        <translation>%1 қызметкері алынып тасталды.</translation>
    </message>
    <message>
        <source>Printed name of %1 saved.</source>
        <translation>%1 басылатын аты-жөні сақталды.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox: packets not yet acknowledged by HQ</source>
        <translation>Жөнелтілетіндер: орталық орган әлі растамаған пакеттер</translation>
    </message>
    <message>
        <source>Shekara keeps a copy of every packet it writes until HQ acknowledges it. If a stick was lost, or HQ says a packet is missing or arrived damaged, write it again here: the very same file, never a new packet.</source>
        <translation>Shekara жазған әр пакеттің көшірмесін орталық орган оны растағанша сақтайды. Флеш-жинақтауыш жоғалса немесе орталық орган пакеттің жетіспейтінін не зақымдалып келгенін хабарласа, оны осы жерден қайта жазыңыз: дәл сол файл жазылады, жаңа пакет ешқашан жасалмайды.</translation>
    </message>
    <message>
        <source>HQ says packet(s) %1 are missing: they are selected below. Choose the stick and press Write again: they are written one after another.</source>
        <translation>Орталық орган № %1 пакеттің жетіспейтінін хабарлады: олар төменде таңдалған. Флеш-жинақтауышты таңдап, «Қайта жазу» батырмасын басыңыз: олар бірінен соң бірі жазылады.</translation>
    </message>
    <message>
        <source>&amp;Packets not yet acknowledged:</source>
        <translation>Әлі расталмаған &amp;пакеттер:</translation>
    </message>
    <message>
        <source>Packets not yet acknowledged</source>
        <translation>Әлі расталмаған пакеттер</translation>
    </message>
    <message>
        <source>Every packet written has been acknowledged by HQ: the outbox is empty and nothing waits to be written again.</source>
        <translation>Жазылған әр пакетті орталық орган растады: жөнелтілетіндер бос, қайта жазуды күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n жазба нұсқасы</numerusform>
            <numerusform>%n жазба нұсқасы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n жойылған жазба</numerusform>
            <numerusform>%n жойылған жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Packet %1: %2 — %3.
SHA-256: %4</source>
        <translation>№ %1 пакет: %2 — %3.
SHA-256: %4</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Жазба нұсқалары</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (басы)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Written again</source>
        <translation>Қайта жазылды</translation>
    </message>
    <message>
        <source>on a stick, checked</source>
        <translation>флеш-жинақтауышта, тексерілген</translation>
    </message>
    <message>
        <source>interrupted while writing</source>
        <translation>жазу кезінде үзілген</translation>
    </message>
    <message>
        <source>copy missing from the vault</source>
        <translation>көшірмесі қоймада жоқ</translation>
    </message>
    <message>
        <source>Written to a stick or folder, read back and verified; kept until HQ acknowledges it.</source>
        <translation>Флеш-жинақтауышқа не қалтаға жазылды, қайта оқылып тексерілді; орталық орган растағанша сақталады.</translation>
    </message>
    <message>
        <source>The export stopped before the packet was checked: Post &gt; Export packet to a stick writes it first, with the same contents.</source>
        <translation>Экспорт пакет тексерілгенге дейін тоқтады: Бекет &gt; Пакетті флеш-жинақтауышқа жазу алдымен соны дәл сол мазмұнымен жазады.</translation>
    </message>
    <message>
        <source>The copy kept beside the vault is gone: this packet cannot be written again. Restore the vault from a backup.</source>
        <translation>Қойманың жанында сақталған көшірме жоқ: бұл пакетті қайта жазу мүмкін емес. Қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n рет, соңғысы %1</numerusform>
            <numerusform>%n рет, соңғысы %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n жазба нұсқасы</numerusform>
            <numerusform>%n жазба нұсқасы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n жойылған жазба</numerusform>
            <numerusform>%n жойылған жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketFileDialog</name>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara пакеттері (*.shk);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>PacketInspectDialog</name>
    <message>
        <source>Inspect a packet file</source>
        <translation>Пакет файлын қарау</translation>
    </message>
    <message>
        <source>Choose any Shekara packet file — a post&apos;s records, HQ&apos;s acknowledgement or reference data, a letter between the Parties&apos; HQs — to see what it says about itself. Nothing is imported, decrypted or written; the signature is checked against the keys this vault trusts.</source>
        <translation>Shekara-ның кез келген пакет файлын таңдаңыз — бекеттің жазбалары, орталық органның растамасы немесе анықтамалық деректері, Тараптардың орталық органдары арасындағы хат — ол өзі туралы не айтатынын көресіз. Ештеңе жүктелмейді, шифры ашылмайды және жазылмайды; қолтаңба осы қойма сенетін кілттермен тексеріледі.</translation>
    </message>
    <message>
        <source>&amp;Choose a packet file…</source>
        <translation>Пакет файлын &amp;таңдау…</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Оқуды тоқтату</translation>
    </message>
    <message>
        <source>Cop&amp;y the command</source>
        <translation>Команданы &amp;көшіру</translation>
    </message>
    <message>
        <source>A packet file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Көшірілді.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>Reading %1 was stopped: nothing is shown.</source>
        <translation>%1 оқу тоқтатылды: ештеңе көрсетілмейді.</translation>
    </message>
    <message>
        <source>This file is not a packet that can be read.</source>
        <translation>Бұл файл оқуға болатын пакет емес.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Бұл файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file was not inspected.</source>
        <translation>Файл қаралмады.</translation>
    </message>
    <message>
        <source>Signature verified: signed by the key of %1, which this vault trusts.</source>
        <translation>Қолтаңба тексерілді: %1 кілтімен қол қойылған, бұл қойма оған сенеді.</translation>
    </message>
    <message>
        <source>Not verified: the header as the file claims it.</source>
        <translation>Тексерілмеді: тақырып файлдың өзі мәлімдегендей көрсетілген.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Жіберуші:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Алушы:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Жасалған уақыты:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Формат нұсқасы:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Өлшемі:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>Файлдың SHA-256 хэші:</translation>
    </message>
    <message>
        <source>Signing key&apos;s fingerprint:</source>
        <translation>Қолтаңба кілтінің цифрлық ізі:</translation>
    </message>
    <message>
        <source>Encrypted body:</source>
        <translation>Шифрланған мазмұны:</translation>
    </message>
    <message>
        <source>Decrypt with age:</source>
        <translation>age арқылы шифрын ашу:</translation>
    </message>
    <message>
        <source>records packet (a post&apos;s records for HQ)</source>
        <translation>жазбалар пакеті (бекеттің орталық органға жазбалары)</translation>
    </message>
    <message>
        <source>acknowledgement (HQ&apos;s answer to a post)</source>
        <translation>растама (орталық органның бекетке жауабы)</translation>
    </message>
    <message>
        <source>reference data (from HQ to a post)</source>
        <translation>анықтамалық деректер (орталық органнан бекетке)</translation>
    </message>
    <message>
        <source>letter between the Parties&apos; HQs (the exchange)</source>
        <translation>Тараптардың орталық органдары арасындағы хат (алмасу)</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 байт (%2)</translation>
    </message>
    <message>
        <source>from byte %1, %2 bytes</source>
        <translation>%1-байттан бастап, %2 байт</translation>
    </message>
</context>
<context>
    <name>PacketReasons</name>
    <message>
        <source>fork: a different packet with the same number</source>
        <translation>тармақталу: дәл сол нөмірлі басқа пакет</translation>
    </message>
    <message>
        <source>the signature is not valid (altered or damaged)</source>
        <translation>қолтаңба жарамсыз (өзгертілген немесе зақымдалған)</translation>
    </message>
    <message>
        <source>signed by a key HQ has not enrolled</source>
        <translation>орталық орган тіркемеген кілтпен қол қойылған</translation>
    </message>
    <message>
        <source>signed by a revoked key</source>
        <translation>кері қайтарылған кілтпен қол қойылған</translation>
    </message>
    <message>
        <source>signed by a replaced key after its rotation</source>
        <translation>ауыстырылған кілтпен оны ауыстырғаннан кейін қол қойылған</translation>
    </message>
    <message>
        <source>addressed to another HQ</source>
        <translation>басқа орталық органға жолданған</translation>
    </message>
    <message>
        <source>not encrypted to this HQ</source>
        <translation>бұл орталық орган үшін шифрланбаған</translation>
    </message>
    <message>
        <source>not a records packet</source>
        <translation>жазбалар пакеті емес</translation>
    </message>
    <message>
        <source>not signed by a post</source>
        <translation>бекет қол қоймаған</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>шифрдан шығару мүмкін емес</translation>
    </message>
    <message>
        <source>a record in it does not pass the checks</source>
        <translation>ондағы жазба тексеруден өтпейді</translation>
    </message>
    <message>
        <source>a record&apos;s content does not match its hash</source>
        <translation>жазба мазмұны өз хэшіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>a record in it belongs to another post</source>
        <translation>ондағы жазба басқа бекетке тиесілі</translation>
    </message>
    <message>
        <source>a record version conflicts with one HQ holds</source>
        <translation>жазба нұсқасы орталық органдағы нұсқамен қайшы келеді</translation>
    </message>
    <message>
        <source>an attachment is missing from it</source>
        <translation>онда тіркеме жоқ</translation>
    </message>
    <message>
        <source>not a Shekara packet</source>
        <translation>Shekara пакеті емес</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>файл қысқартылған</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл тым үлкен</translation>
    </message>
    <message>
        <source>made by a newer Shekara: update this one</source>
        <translation>Shekara-ның жаңа нұсқасында жасалған: мұны жаңартыңыз</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>оның тақырыбы зақымдалған</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>оның мазмұны зақымдалған</translation>
    </message>
    <message>
        <source>held or quarantined at HQ, then discarded by a supervisor</source>
        <translation>орталық органда ұсталған не карантинде болған, кейін ауысым бастығы жойды</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файлды оқу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>PartnerHeldDialog</name>
    <message>
        <source>The partner&apos;s held and quarantined letters</source>
        <translation>Серіктестің ұсталған және карантиндегі хаттары</translation>
    </message>
    <message>
        <source>The partner&apos;s letters HQ keeps without importing them. A held letter came before an earlier one that is still missing; it is imported by itself once the missing one arrives.</source>
        <translation>Орталық орган жүктемей сақтап отырған серіктес хаттары. Ұсталған хат әлі жетіспейтін алдыңғы хаттан бұрын келген; жетіспейтіні келгенде ол өзі жүктеледі.</translation>
    </message>
    <message>
        <source>A fork is a different letter with a number already received, or one that does not follow the last imported: nothing in it is imported, and it keeps its number taken until it is discarded.</source>
        <translation>Тармақталу — нөмірі бұрын алынған басқа хат немесе соңғы жүктелгеннің жалғасы емес хат: ішіндегі ештеңе жүктелмейді, ал ол жойылғанша өз нөмірін бос қалдырмайды.</translation>
    </message>
    <message>
        <source>A supervisor may discard a letter: it is deleted and, unless a letter with that number is imported, the receipts of our next letter name the number as missing, so that the partner sends it again. Each discard is kept in the audit log with its reason.</source>
        <translation>Ауысым бастығы хатты жоя алады: хат өшіріледі де, сол нөмірлі хат жүктелмеген болса, келесі хатымыздағы алу туралы растамалар бұл нөмірді жетіспейді деп атайды, сонда серіктес оны қайта жібереді. Әр жою себебімен бірге аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>&amp;Letters held or quarantined:</source>
        <translation>Ұсталған не карантиндегі &amp;хаттар:</translation>
    </message>
    <message>
        <source>Letters held or quarantined</source>
        <translation>Ұсталған не карантиндегі хаттар</translation>
    </message>
    <message>
        <source>Discard letter %1 from %2?</source>
        <translation>%2 жіберген %1 хатын жою керек пе?</translation>
    </message>
    <message>
        <source>The letter is deleted from HQ&apos;s vault for good; nothing in it is imported. Unless a letter with that number is imported, the receipts of our next letter to the partner name the number as missing, so that the partner sends it again. The discard and your reason are kept in the audit log.</source>
        <translation>Хат орталық органның қоймасынан біржола өшіріледі; ішіндегі ештеңе жүктелмейді. Сол нөмірлі хат жүктелмеген болса, серіктеске жіберілетін келесі хатымыздағы алу туралы растамалар бұл нөмірді жетіспейді деп атайды, сонда серіктес оны қайта жібереді. Жою және сіздің себебіңіз аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Letter %1 from %2 is discarded. Unless a letter with that number is imported, the receipts of our next letter ask the partner to send it again.</source>
        <translation>%2 жіберген %1 хаты жойылды. Сол нөмірлі хат жүктелмеген болса, біздің келесі хатымыздағы алу туралы растамалар серіктестен оны қайта жіберуді сұрайды.</translation>
    </message>
</context>
<context>
    <name>PartnerKeysDialog</name>
    <message>
        <source>Partner keys</source>
        <translation>Серіктестің кілттері</translation>
    </message>
    <message>
        <source>The keys of the other Party&apos;s central authority. Its letters are accepted only when signed with an active key here, and our letters are encrypted to it.</source>
        <translation>Екінші Тараптың орталық құзыретті органының кілттері. Оның хаттары осындағы белсенді кілтпен қол қойылған жағдайда ғана қабылданады, ал біздің хаттарымыз соған шифрланады.</translation>
    </message>
    <message>
        <source>E&amp;nroll the partner&apos;s keys…</source>
        <translation>Серіктестің кілттерін &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Revoke the partner&apos;s keys…</source>
        <translation>Серіктестің кілттерін &amp;кері қайтару…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Мұны тек ауысым бастығы жасай алады</translation>
    </message>
    <message>
        <source>The partner&apos;s keys file or rotation statement</source>
        <translation>Серіктестің кілттер файлы немесе кілтті ауыстыру мәлімдемесі</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Кілт файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 is trusted: its letters are accepted from now on.</source>
        <translation>%1 сенімді деп танылды: оның хаттары енді қабылданады.</translation>
    </message>
    <message>
        <source>%1 has its new key: the old one is revoked.</source>
        <translation>%1 жаңа кілт алды: ескісі кері қайтарылды.</translation>
    </message>
    <message>
        <source>%1 has its new key: letters signed with the old one are accepted only up to the number the statement names.</source>
        <translation>%1 жаңа кілт алды: ескісімен қол қойылған хаттар мәлімдемеде аталған нөмірге дейін ғана қабылданады.</translation>
    </message>
    <message>
        <source>This key of %1 was already trusted: nothing changed.</source>
        <translation>%1 бұл кілті бұрыннан сенімді: ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Revoke the partner&apos;s keys</source>
        <translation>Серіктестің кілттерін кері қайтару</translation>
    </message>
    <message>
        <source>Revoke every key of %1?</source>
        <translation>%1 барлық кілттерін кері қайтару керек пе?</translation>
    </message>
    <message>
        <source>Its letters are refused from now on and nothing more can be sent to it. Only a new enrollment, checked on paper, brings the partner back.</source>
        <translation>Бұдан былай оның хаттары қабылданбайды және оған ештеңе жіберуге болмайды. Серіктесті тек қағаз парақпен тексерілген жаңа тіркеу ғана қайтарады.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Кері қайтару</translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n key(s) of %1.</source>
        <translation>
            <numerusform>Кері қайтарылды: %1, %n кілт.</numerusform>
            <numerusform>Кері қайтарылды: %1, %n кілт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerKeysTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Цифрлық ізі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Сенім білдірілген күн</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Қай&amp;талаңыз:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Беріктігі:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпия фразаны қайталау</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Құпия фраза беріктігі</translation>
    </message>
    <message>
        <source>a sentence only you know, 10 characters or more</source>
        <translation>тек сіз білетін сөйлем, кемінде 10 таңба</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Құпия фраза таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Құпия фраза кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Құпия фраза кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation>Құпия фразаны табу тым оңай.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Екі құпия фраза бірдей емес.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>өте әлсіз</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>берік</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>өте берік</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Кемінде %n таңба пайдаланыңыз.</numerusform>
            <numerusform>Кемінде %n таңба пайдаланыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avoid common words and place names on their own.</source>
        <translation>Жалғыз тұрған жиі кездесетін сөздер мен жер атауларынан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid keyboard rows such as qwerty.</source>
        <translation>qwerty сияқты пернетақта қатарларынан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid runs such as abc or 1234.</source>
        <translation>abc немесе 1234 сияқты тізбектерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid repeated characters.</source>
        <translation>Қайталанатын таңбалардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid years and dates.</source>
        <translation>Жылдар мен күндерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Longer is better: add words, digits or other characters.</source>
        <translation>Неғұрлым ұзын болса, соғұрлым жақсы: сөздер, цифрлар немесе басқа таңбалар қосыңыз.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period summary</source>
        <translation>Кезең бойынша жиынтық</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>all crossing points</source>
        <translation>барлық өткізу пункттері</translation>
    </message>
    <message>
        <source>Crossing &amp;point:</source>
        <translation>Өткізу &amp;пункті:</translation>
    </message>
</context>
<context>
    <name>PostKeysDialog</name>
    <message>
        <source>Keys of this post</source>
        <translation>Осы бекеттің кілттері</translation>
    </message>
    <message>
        <source>This post&apos;s keys</source>
        <translation>Осы бекеттің кілттері</translation>
    </message>
    <message>
        <source>Post code:</source>
        <translation>Бекет коды:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Цифрлық ізі:</translation>
    </message>
    <message>
        <source>This post&apos;s fingerprint</source>
        <translation>Осы бекеттің цифрлық ізі</translation>
    </message>
    <message>
        <source>&amp;Write the enrollment file…</source>
        <translation>Тіркеу файлын &amp;жазу…</translation>
    </message>
    <message>
        <source>&amp;Print the enrollment sheet…</source>
        <translation>Тіркеу парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <source>HQ&apos;s keys</source>
        <translation>Орталық органның кілттері</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Сенім білдірілген:</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Орталық органның цифрлық ізі</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s keys file…</source>
        <translation>&amp;Орталық орган кілттерінің файлын жүктеу…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>not imported yet: packets cannot be exported</source>
        <translation>әлі жүктелмеген: пакеттерді жөнелту мүмкін емес</translation>
    </message>
    <message>
        <source>Write the enrollment file</source>
        <translation>Тіркеу файлын жазу</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Кілт файлдары (*.json)</translation>
    </message>
    <message>
        <source>The enrollment file is written: %1
Give it to HQ together with the printed enrollment sheet.</source>
        <translation>Тіркеу файлы жазылды: %1
Оны басып шығарылған тіркеу парағымен бірге орталық органға беріңіз.</translation>
    </message>
    <message>
        <source>HQ&apos;s public keys file</source>
        <translation>Орталық органның ашық кілттер файлы</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Кілт файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This key of HQ was already trusted: nothing changed.</source>
        <translation>Орталық органның бұл кілтіне бұрыннан сенім білдірілген: ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>HQ&apos;s key is trusted now: packets can be exported to HQ.</source>
        <translation>Орталық органның кілтіне енді сенім білдірілді: пакеттерді орталық органға жөнелтуге болады.</translation>
    </message>
</context>
<context>
    <name>PostKeysTableModel</name>
    <message>
        <source>Post</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Цифрлық із</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Signs packets up to</source>
        <translation>Пакеттерге қол қояды (нөмірге дейін)</translation>
    </message>
</context>
<context>
    <name>PostPacketDialog</name>
    <message>
        <source>Writing…</source>
        <translation>Жазылуда…</translation>
    </message>
</context>
<context>
    <name>PostsOverviewDialog</name>
    <message>
        <source>Posts overview</source>
        <translation>Бекеттерге шолу</translation>
    </message>
    <message>
        <source>&amp;Posts and their packets:</source>
        <translation>&amp;Бекеттер және олардың пакеттері:</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Бекеттер</translation>
    </message>
    <message>
        <source>Details of the selected post</source>
        <translation>Таңдалған бекет туралы толығырақ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>&amp;Import packets…</source>
        <translation>Пакеттерді &amp;жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement…</source>
        <translation>Растаманы жа&amp;зу…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined packets…</source>
        <translation>&amp;Ұсталған және карантиндегі пакеттер…</translation>
    </message>
    <message>
        <source>No post is enrolled and no packet was imported yet. Enroll the posts first (Admin &gt; Keys and fingerprints), then import their packets.</source>
        <translation>Әлі бірде-бір бекет тіркелмеген және бірде-бір пакет жүктелмеген. Алдымен бекеттерді тіркеңіз (Әкімшілік &gt; Кілттер және цифрлық іздер), содан кейін олардың пакеттерін жүктеңіз.</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>%1 бекеті</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from this post are held at HQ.</source>
        <translation>
            <numerusform>Орталық органда осы бекеттің %n жазбасы сақтаулы.</numerusform>
            <numerusform>Орталық органда осы бекеттің %n жазбасы сақтаулы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every packet up to number %1 is imported (last import %2).</source>
        <translation>%1 нөміріне дейінгі барлық пакет жүктелді (соңғы жүктеу: %2).</translation>
    </message>
    <message>
        <source>No packet imported yet.</source>
        <translation>Әлі бірде-бір пакет жүктелмеген.</translation>
    </message>
    <message>
        <source>Missing packets (gaps): %1 — the next acknowledgement asks for them.</source>
        <translation>Жетіспейтін пакеттер (олқылықтар): %1 — келесі растама оларды сұрайды.</translation>
    </message>
    <message>
        <source>Held until the missing ones arrive: %1.</source>
        <translation>Жетіспейтіндері келгенше ұсталғандар: %1.</translation>
    </message>
    <message>
        <source>Fork quarantined: packet %1 (%2). Two writers for one post? Check the post&apos;s laptop and backups.</source>
        <translation>Тармақталу карантинде: %1 пакеті (%2). Бір бекетке екі жазушы ма? Бекеттің ноутбугы мен сақтық көшірмелерін тексеріңіз.</translation>
    </message>
    <message>
        <source>made good by a later import</source>
        <translation>кейінгі жүктеумен түзетілді</translation>
    </message>
    <message>
        <source>open</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <source>Refused: packet %1 — %2 (%3, %4).</source>
        <translation>Қабылданбады: %1 пакеті — %2 (%3, %4).</translation>
    </message>
    <message>
        <source>Audit chain break at packet %1: %2 (%3).</source>
        <translation>%1 пакетінде аудит тізбегі үзілді: %2 (%3).</translation>
    </message>
    <message>
        <source>No gaps, held packets, forks, refusals or audit breaks.</source>
        <translation>Олқылықтар, ұсталған пакеттер, тармақталулар, бас тартулар немесе аудит үзілістері жоқ.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Кілт: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(valid up to packet %1)</source>
        <translation>(%1 пакетіне дейін жарамды)</translation>
    </message>
</context>
<context>
    <name>PostsTableModel</name>
    <message>
        <source>Post</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Imported through</source>
        <translation>Жүктелгені (нөмірге дейін)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Соңғы жүктеу</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Олқылықтар</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ұсталған</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Тармақталулар</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>Audit breaks</source>
        <translation>Аудит үзілістері</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>тіркелмеген</translation>
    </message>
</context>
<context>
    <name>PrintedNamesBox</name>
    <message>
        <source>Names printed on documents</source>
        <translation>Құжаттарда басылатын атаулар</translation>
    </message>
    <message>
        <source>The letterhead of the documents an official signs and sends: incident reports, requests, refusals, letters, summaries and statistics. A Russian form left empty prints the one above it.</source>
        <translation>Лауазымды адам қол қойып жіберетін құжаттардың бланк тақырыбы: оқиға туралы баянаттар, өтініштер, бас тартулар, хаттар, жиынтықтар мен статистика. Орысша нұсқасы бос қалса, оның үстіндегі нұсқа басылады.</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <source>in Lithuanian</source>
        <translation>литва тілінде</translation>
    </message>
    <message>
        <source>&amp;Authority (%1):</source>
        <translation>&amp;Орган (%1):</translation>
    </message>
    <message>
        <source>Au&amp;thority (in Russian):</source>
        <translation>Ор&amp;ган (орыс тілінде):</translation>
    </message>
    <message>
        <source>&amp;Unit (%1):</source>
        <translation>&amp;Бөлімше (%1):</translation>
    </message>
    <message>
        <source>U&amp;nit (in Russian):</source>
        <translation>Бө&amp;лімше (орыс тілінде):</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print to a file?</source>
        <translation>Файлға басып шығару керек пе?</translation>
    </message>
    <message>
        <source>You chose to print to a file. The file would hold the recovery key unencrypted on this computer, where anyone who takes the laptop can read it. Print on paper instead unless you keep the file on an encrypted stick in the safe. Write the file anyway?</source>
        <translation>Сіз файлға басып шығаруды таңдадыңыз. Файлда қалпына келтіру кілті осы компьютерде шифрланбаған күйде жатады, ноутбукті алған кез келген адам оны оқи алады. Файлды сейфтегі шифрланған флеш-жинақтауышта сақтамасаңыз, оның орнына қағазға басып шығарыңыз. Бәрібір файлды жазу керек пе?</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Printed name of %1</source>
        <translation>%1 басылатын аты-жөні</translation>
    </message>
    <message>
        <source>Documents print who signed them by name, rank and position, never by login. Write them as the documents should; the Russian column only where the Russian form differs.</source>
        <translation>Құжаттарда қол қойған адам логинмен емес, аты-жөнімен, атағымен және лауазымымен басылады. Оларды құжаттардағыдай жазыңыз; орысша бағанды орысша нұсқасы өзгеше болғанда ғана толтырыңыз.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Жазылғандай</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Атағы:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>%1 in Russian</source>
        <translation>%1 орысша</translation>
    </message>
</context>
<context>
    <name>ProsePairs</name>
    <message>
        <source>As written</source>
        <translation>Жазылғандай</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Орысша аудармасы (Келісімнің 14-бабы)</translation>
    </message>
    <message>
        <source>%1 in Russian</source>
        <translation>%1 орысша</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қ&amp;иып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толық ақпаратты көрсету...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толық ақпаратты жасыру...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Бастапқы күйге келтіру</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Үзу</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Бастапқы күйді қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>А&amp;яқтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Көмек</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Last change</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Persons or summary</source>
        <translation>Адамдар немесе қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Кім жазған</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Кімді күтеді</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (түзету)</translation>
    </message>
    <message>
        <source>its author (sent back by %1)</source>
        <translation>авторын (%1 қайтарды)</translation>
    </message>
    <message>
        <source>review</source>
        <translation>қарауды</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Repairing the vault</source>
        <translation>Қойманы түзету</translation>
    </message>
    <message>
        <source>Shekara makes this data again from the records:</source>
        <translation>Shekara бұл деректерді жазбалардан қайта жасайды:</translation>
    </message>
    <message>
        <source>Updating the vault</source>
        <translation>Қойманы жаңарту</translation>
    </message>
    <message>
        <source>This version of Shekara derives some data from the records in a new way. Before the vault opens, it brings that data up to date, once:</source>
        <translation>Shekara-ның бұл нұсқасы жазбалардан кейбір деректерді жаңаша есептейді. Қойма ашылмас бұрын ол бұл деректерді бір рет жаңартады:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln жазба)</numerusform>
            <numerusform>%1 (%Ln жазба)</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be stopped part-way; on a large vault it takes several minutes. The records appear when it is done. If Shekara is closed before then, it runs again at the next unlock.</source>
        <translation>Мұны жартылай тоқтатуға болмайды; үлкен қоймада бұл бірнеше минутқа созылады. Жазбалар жұмыс аяқталғанда көрсетіледі. Shekara одан бұрын жабылса, жұмыс келесі ашқанда қайта орындалады.</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (қадам %2 / %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазбадан %1</numerusform>
            <numerusform>%Ln жазбадан %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time so far: %1</source>
        <translation>Өткен уақыт: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Received information</source>
        <translation>Алынған ақпарат</translation>
    </message>
    <message>
        <source>Facts the other Party&apos;s central authority sent, under its handling restrictions. They are kept apart from our own records and are never sent on.</source>
        <translation>Екінші Тараптың орталық органы жіберген фактілер, оның пайдалану шектеулерімен. Олар өз жазбаларымыздан бөлек сақталады және ешқашан әрі қарай берілмейді.</translation>
    </message>
    <message>
        <source>Received facts</source>
        <translation>Алынған фактілер</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Import letters…</source>
        <translation>Хаттарды &amp;жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>Only the newest %1 received facts are listed: search by a name or the partner&apos;s number to find older ones.</source>
        <translation>Тек ең жаңа %1 алынған факт көрсетілген: ескілерін табу үшін аты немесе серіктестің нөмірі бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>Nothing received from the partner yet.</source>
        <translation>Серіктестен әлі ештеңе алынған жоқ.</translation>
    </message>
    <message>
        <source>No received fact matches.</source>
        <translation>Алынған фактілердің ешқайсысы сәйкес келмейді.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>name in any script, the partner&apos;s number… (Enter)</source>
        <translation>кез келген жазудағы аты-жөні, серіктестің нөмірі… (Enter)</translation>
    </message>
</context>
<context>
    <name>ReceivedFactDialog</name>
    <message>
        <source>Received from %1: %2</source>
        <translation>%1 жіберген: %2</translation>
    </message>
    <message>
        <source>Information of %1 — handle as it says:</source>
        <translation>%1 ақпараты — оның талаптарына сай пайдаланыңыз:</translation>
    </message>
    <message>
        <source>The partner&apos;s handling restrictions</source>
        <translation>Серіктестің пайдалану шектеулері</translation>
    </message>
    <message>
        <source>The received fact</source>
        <translation>Алынған факт</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Келісімді тіркеу…</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Күйі: %1</translation>
    </message>
    <message>
        <source>Partner&apos;s registration number: %1</source>
        <translation>Серіктестің тіркеу нөмірі: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Бап: %1</translation>
    </message>
    <message>
        <source>Letter %1 (packet %2), received %3</source>
        <translation>%1 хат (%2-пакет), алынды: %3</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>%2 нұсқаның %1-і</translation>
    </message>
    <message>
        <source>Destroyed at the partner&apos;s request (Art. 10.3): only the trace that it was received is kept.</source>
        <translation>Серіктестің сұрауы бойынша жойылды (Келісімнің 10-бабының 3-тармағы): тек алынғаны туралы із сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Адамдар (%n):</numerusform>
            <numerusform>Адамдар (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The partner withheld %n person(s); ask for them by a request when needed (Art. 8).</source>
        <translation>
            <numerusform>Серіктес %n адамды жібермеді; қажет болса, өтінішпен сұраңыз (Келісімнің 8-бабы).</numerusform>
            <numerusform>Серіктес %n адамды жібермеді; қажет болса, өтінішпен сұраңыз (Келісімнің 8-бабы).</numerusform>
        </translation>
    </message>
    <message>
        <source>Written consents to pass it on (Art. 10.2):</source>
        <translation>Әрі қарай беруге жазбаша келісімдер (Келісімнің 10-бабының 2-тармағы):</translation>
    </message>
    <message>
        <source>%1 — to %2</source>
        <translation>%1 — %2 үшін</translation>
    </message>
    <message>
        <source>Destroyed at the partner&apos;s request: there is nothing to pass on.</source>
        <translation>Серіктестің сұрауы бойынша жойылды: беретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Only a supervisor records a consent.</source>
        <translation>Келісімді тек ауысым бастығы тіркейді.</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Болған уақыты</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>Серіктестің нөмірі</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>Қайта&amp;ру…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Кері қайтарып алу…</translation>
    </message>
    <message>
        <source>&amp;Print incident report…</source>
        <translation>Оқиға туралы баянатты басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Period &amp;summary…</source>
        <translation>Кезең бойынша &amp;жиынтық…</translation>
    </message>
    <message>
        <source>&amp;Request (Art. 8)…</source>
        <translation>&amp;Өтініш (8-бап)…</translation>
    </message>
    <message>
        <source>Re&amp;fusal notice (Art. 9)…</source>
        <translation>Бас &amp;тарту туралы хабарлама (9-бап)…</translation>
    </message>
    <message>
        <source>&amp;Check a printed document…</source>
        <translation>&amp;Басылған құжатты тексеру…</translation>
    </message>
    <message>
        <source>S&amp;tatistics (counts, no names)…</source>
        <translation>&amp;Статистика (тек сандар, есімсіз)…</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>Жазба тар&amp;ихы…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save or discard the changes first: a decision is about the saved version.</source>
        <translation>Алдымен өзгерістерді сақтаңыз немесе бас тартыңыз: шешім сақталған нұсқаға қатысты.</translation>
    </message>
    <message>
        <source>Approve drafts</source>
        <translation>Жобаларды бекіту</translation>
    </message>
    <message>
        <source>Approve the %1 drafts selected? All are approved together, or none if one of them may not be.</source>
        <translation>Таңдалған %1 жобаны бекіту керек пе? Барлығы бірге бекітіледі, ал біреуін бекітуге болмаса — ешқайсысы бекітілмейді.</translation>
    </message>
    <message>
        <source>There is nothing to print yet.</source>
        <translation>Әзірге басып шығаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Which request?</source>
        <translation>Қай өтініш?</translation>
    </message>
    <message>
        <source>Which refusal?</source>
        <translation>Қай бас тарту?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove attachment</source>
        <translation>Тіркемені алып тастау</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>алдын ала қарау жоқ</translation>
    </message>
    <message>
        <source>+ Add photo or scan…</source>
        <translation>+ Фото немесе скан қосу…</translation>
    </message>
    <message>
        <source>Add photo or scan</source>
        <translation>Фото немесе скан қосу</translation>
    </message>
    <message>
        <source>Add photos or scans</source>
        <translation>Фото немесе скандар қосу</translation>
    </message>
    <message>
        <source>Images and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Суреттер мен скандар (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>%1-тіркеме</translation>
    </message>
    <message>
        <source>Autosaved typing</source>
        <translation>Автоматты сақталған мәтін</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Түзету себебі</translation>
    </message>
    <message>
        <source>This record was approved: saving makes a new version. Why is it corrected? (required)</source>
        <translation>Бұл жазба бекітілген: сақтау жаңа нұсқа жасайды. Ол не себепті түзетіледі? (міндетті)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>Бұл жазбада сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Save them now?</source>
        <translation>Оларды қазір сақтау керек пе?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>сс:мм</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation>Уақыты (міндетті емес)</translation>
    </message>
    <message>
        <source>Leave the time empty when it is not known</source>
        <translation>Уақыты белгісіз болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation>Ағымдағы күн мен уақытты қою</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(міндетті)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation>Жоғары жылжыту (Alt+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation>Төмен жылжыту (Alt+Shift+Down)</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2-бап)</translation>
    </message>
    <message>
        <source>An MRZ has 2 or 3 lines; this has %1</source>
        <translation>MRZ 2 немесе 3 жолдан тұрады; мұнда %1</translation>
    </message>
    <message>
        <source>Type, paste or scan the 2 or 3 lines at the bottom of the document</source>
        <translation>Құжаттың төменгі жағындағы 2 немесе 3 жолды теріңіз, қойыңыз немесе сканерлеңіз</translation>
    </message>
    <message>
        <source>Filled from the MRZ: %1</source>
        <translation>MRZ-дан толтырылды: %1</translation>
    </message>
    <message>
        <source>The MRZ is valid; every field it holds was already filled</source>
        <translation>MRZ дұрыс; ондағы барлық өріс бұрын толтырылған</translation>
    </message>
    <message>
        <source>Line %1: %2 of %3 characters</source>
        <translation>%1-жол: %3 таңбаның %2</translation>
    </message>
    <message>
        <source>Line %1: %2 characters</source>
        <translation>%1-жол: %2 таңба</translation>
    </message>
    <message>
        <source>Check digits agree</source>
        <translation>Бақылау цифрлары сәйкес</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* міндетті</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>New record: what happened?</source>
        <translation>Жаңа жазба: не болды?</translation>
    </message>
    <message>
        <source>New record: %1 (Art. %2)</source>
        <translation>Жаңа жазба: %1 (%2-бап)</translation>
    </message>
    <message>
        <source>This record is withdrawn: it can be read, not changed.</source>
        <translation>Бұл жазба кері қайтарып алынған: оны оқуға болады, өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>This record is approved. Saving makes a correction: a new version, with your reason; the approved version is kept.</source>
        <translation>Бұл жазба бекітілген. Сақтау түзету жасайды: сіз көрсеткен себебі бар жаңа нұсқа; бекітілген нұсқа сақталады.</translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation>%1 қайтарды: %2</translation>
    </message>
    <message>
        <source>Photos and scans can be added once the record is saved (Ctrl+S).</source>
        <translation>Фото мен скандарды жазба сақталғаннан кейін қосуға болады (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save the correction first; then add photos and scans to it.</source>
        <translation>Алдымен түзетуді сақтаңыз; содан кейін оған фото мен скандар қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the record can be saved</source>
        <translation>
            <numerusform>Жазбаны сақтау үшін %n мәселені түзету керек</numerusform>
            <numerusform>Жазбаны сақтау үшін %n мәселені түзету керек</numerusform>
        </translation>
    </message>
    <message>
        <source>Typing on this record was autosaved and not saved. Restore it?</source>
        <translation>Бұл жазбадағы мәтін автоматты түрде сақталған, бірақ жазба сақталмаған. Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>You have new records that were autosaved and not saved. Continue one?</source>
        <translation>Сізде автоматты түрде сақталған, бірақ сақталмаған жаңа жазбалар бар. Біреуін жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>The restored typing was made on version %1; the record is now at version %2. Check it before saving.</source>
        <translation>Қалпына келтірілген мәтін %1-нұсқада терілген; жазба қазір %2-нұсқада. Сақтамас бұрын тексеріңіз.</translation>
    </message>
    <message>
        <source>Saved: version %1 (draft).</source>
        <translation>Сақталды: %1-нұсқа (жоба).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Зат қосу</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>%1-зат</translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation>%1-бөлік</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>шыққан жері</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>баратын жері</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Бөлік қосу</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Сілтеме қосу</translation>
    </message>
    <message>
        <source>Linked record %1</source>
        <translation>Байланысты %1-жазба</translation>
    </message>
    <message>
        <source>A listed substance by name in any language, or the name of a new one</source>
        <translation>Тізімдегі заттың кез келген тілдегі атауы немесе жаңа заттың атауы</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Add citizenship</source>
        <translation>Азаматтық қосу</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>Add substance</source>
        <translation>Зат қосу</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>Бекіткен: %1, %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Confidential (Art. 10.1)</source>
        <translation>Құпия (Келісімнің 10-бабының 1-тармағы)</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Көлік құралы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation>Жасаған: %1, %2</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Өткізу пункті</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Кім анықтады</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Анықтау тәсілі</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>%1-құжат</translation>
    </message>
    <message>
        <source>Document as it claims to be</source>
        <translation>Құжаттың өзі мәлімдейтін түрі</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Does not qualify for exchange under the Agreement</source>
        <translation>Келісім бойынша алмасуға жатпайды</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Жабдық</translation>
    </message>
    <message>
        <source>Equipment and technologies of clandestine manufacture</source>
        <translation>Жасырын дайындау жабдықтары мен технологиялары</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Forgery</source>
        <translation>Қолдан жасау тәсілі</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Пайдалану шарттары</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>Пайдалану туралы ескертпе</translation>
    </message>
    <message>
        <source>How the channel works: couriers, cover loads, payment</source>
        <translation>Арна қалай жұмыс істейді: курьерлер, бүркеме жүктер, төлем</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Берген мемлекет</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Заттар</translation>
    </message>
    <message>
        <source>Kept until %1, next review %2</source>
        <translation>%1 дейін сақталады, келесі қайта қарау %2</translation>
    </message>
    <message>
        <source>Latin name (as in the MRZ)</source>
        <translation>Латынша аты-жөні (MRZ-дағыдай)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <source>Legal hold (never purged while set)</source>
        <translation>Жоюға тыйым салынған (белгіленген кезде жойылмайды)</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Байланысты жазбалар</translation>
    </message>
    <message>
        <source>Logos on tablets, stamps on packages</source>
        <translation>Таблеткалардағы логотиптер, қаптамалардағы таңбалар</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Таңбалар</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Көлік түрі</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Оқиғаның сипаттамасы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Passing to third parties (Art. 10.2)</source>
        <translation>Үшінші тарапқа беру (Келісімнің 10-бабының 2-тармағы)</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>%1-адам</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Place description</source>
        <translation>Орынның сипаттамасы</translation>
    </message>
    <message>
        <source>Plate, train, flight or vessel</source>
        <translation>Нөмір белгісі, пойыз, рейс немесе кеме</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Қасиеттері</translation>
    </message>
    <message>
        <source>Purity, %</source>
        <translation>Тазалығы, %</translation>
    </message>
    <message>
        <source>Qualifies for exchange under the Agreement</source>
        <translation>Келісім бойынша алмасуға жатады</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Мөлшері</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Жазба %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Орысша аудармасы (Келісімнің 14-бабы)</translation>
    </message>
    <message>
        <source>Route (origin first)</source>
        <translation>Бағыт (алдымен шыққан жері)</translation>
    </message>
    <message>
        <source>Section of the border</source>
        <translation>Шекара учаскесі</translation>
    </message>
    <message>
        <source>Serial number (weapons)</source>
        <translation>Сериялық нөмірі (қару)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Зат</translation>
    </message>
    <message>
        <source>Substance %1</source>
        <translation>%1-зат</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Заттар</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>The machine-readable zone: when its check digits agree, it fills the empty fields below</source>
        <translation>Машинамен оқылатын аймақ: бақылау цифрлары сәйкес келсе, ол төмендегі бос өрістерді толтырады</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <source>Type part of the name or code; empty when it happened away from a crossing point</source>
        <translation>Атауының немесе кодының бір бөлігін теріңіз; өткізу пунктінен тыс болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>%1-нұсқа · %2</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Не болғанын өз сөзіңізбен</translation>
    </message>
    <message>
        <source>What happened, when and where</source>
        <translation>Не болды, қашан және қайда</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>When a case was opened</source>
        <translation>Іс қозғалған кезде</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>XXX when unknown, XXA for a stateless person</source>
        <translation>белгісіз болса XXX, азаматтығы жоқ адам үшін XXA</translation>
    </message>
    <message>
        <source>e.g. 43.2567</source>
        <translation>мысалы, 43,2567</translation>
    </message>
    <message>
        <source>e.g. 76.9286</source>
        <translation>мысалы, 76,9286</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Тарихы…</translation>
    </message>
    <message>
        <source>Every version of the record: who wrote and approved it, when and why, and what each changed</source>
        <translation>Жазбаның әр нұсқасы: кім жазды және кім бекітті, қашан және неге, әрқайсысы нені өзгертті</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2-бап)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>%1-жазба</translation>
    </message>
    <message>
        <source>The record has only this version: it has not been corrected.</source>
        <translation>Жазбаның тек осы нұсқасы бар: ол түзетілмеген.</translation>
    </message>
    <message>
        <source>Version %1 is the first: every field as it was written.</source>
        <translation>%1-нұсқа — алғашқысы: әр өріс жазылған күйінде.</translation>
    </message>
    <message>
        <source>Version %1 changes no field of version %2.</source>
        <translation>%1-нұсқа %2-нұсқаның бірде-бір өрісін өзгертпейді.</translation>
    </message>
    <message>
        <source>Fields that differ between version %1 and version %2 are highlighted.</source>
        <translation>%1-нұсқа мен %2-нұсқаның арасында айырмашылығы бар өрістер белгіленген.</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>Жазба тарихы</translation>
    </message>
    <message>
        <source>&amp;Versions (Up and Down compare each with the one before):</source>
        <translation>&amp;Нұсқалар (жоғары және төмен көрсеткілері әрқайсысын алдыңғысымен салыстырады):</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Жазбаның нұсқалары</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Кім жазған</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кім бекіткен</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>Мазмұн хэші: %1</translation>
    </message>
    <message>
        <source>%1; last changed %2</source>
        <translation>%1; соңғы өзгеріс: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Occurred</source>
        <translation>Болған уақыты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Persons or summary</source>
        <translation>Адамдар немесе қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Өткізу пункті</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Кім жазған</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Qualifies for exchange under the Agreement (Art. 6: a citizen of the other Party is involved)</source>
        <translation>Келісім бойынша алмасуға жатады (6-бап: екінші Тараптың азаматы қатысқан)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>%1 — sent back</source>
        <translation>%1 — қайтарылды</translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>%1 қайтарды (%2): %3</translation>
    </message>
    <message>
        <source>Agreement, Article %1</source>
        <translation>Келісім, %1-бап</translation>
    </message>
    <message>
        <source>%1 (approximate: the name is one letter off)</source>
        <translation>%1 (шамамен: атында бір әріп басқа)</translation>
    </message>
</context>
<context>
    <name>RecoverPassphraseDialog</name>
    <message>
        <source>Set a passphrase with the recovery key</source>
        <translation>Қалпына келтіру кілтімен құпия фраза белгілеу</translation>
    </message>
    <message>
        <source>When a passphrase is forgotten and no supervisor can give a new one (Admin &gt; Officers…), the recovery key sets it. Take the recovery sheet from the post&apos;s safe and type its key. The change is written in the audit log. Afterwards seal the sheet in a new envelope.</source>
        <translation>Құпия фраза ұмытылып, ешбір ауысым бастығы жаңасын бере алмаса (Әкімшілік &gt; Қызметкерлер…), оны қалпына келтіру кілті белгілейді. Қалпына келтіру парағын бекеттің сейфінен алып, оның кілтін теріңіз. Өзгеріс аудит журналына жазылады. Содан кейін парақты жаңа конвертке салып мөрлеңіз.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>Қ&amp;ызметкер:</translation>
    </message>
    <message>
        <source>the login whose passphrase is set</source>
        <translation>құпия фразасы белгіленетін логин</translation>
    </message>
    <message>
        <source>Officer login</source>
        <translation>Қызметкер логині</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Қалпына келтіру &amp;кілті:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>Құпия фразаны &amp;белгілеу</translation>
    </message>
    <message>
        <source>The key is complete and every group checks out.</source>
        <translation>Кілт толық, әр топ тексеруден өтті.</translation>
    </message>
    <message>
        <source>13 groups of five letters and digits, as printed on the recovery sheet (%1 of 65 typed).</source>
        <translation>Қалпына келтіру парағында басылғандай, бес әріп пен цифрдан тұратын 13 топ (65 таңбаның %1 терілді).</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>Құпия фраза белгіленуде…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>I have printed it or &amp;written it down</source>
        <translation>&amp;Мен оны басып шығардым немесе жазып алдым</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>With it a supervisor can open the vault when every passphrase is forgotten.</source>
        <translation>Барлық құпия фразалар ұмытылғанда, ауысым бастығы қойманы осы кілтпен аша алады.</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep the paper in the post&apos;s safe. It is shown only this once: Shekara does not keep it anywhere readable.</source>
        <translation>Оны қазір жазып алыңыз немесе басып шығарыңыз да, қағазды бекеттің сейфінде сақтаңыз. Ол тек осы жолы ғана көрсетіледі: Shekara оны оқуға болатын түрде еш жерде сақтамайды.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>Қалпына келтіру парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталап көру</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Мен оны &amp;жазып алдым немесе басып шығардым</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Creating the vault and its keys…</source>
        <translation>Қойма мен оның кілттері құрылуда…</translation>
    </message>
    <message>
        <source>The vault was not created: %1</source>
        <translation>Қойма құрылмады: %1</translation>
    </message>
    <message>
        <source>The vault is ready. This is its recovery key:</source>
        <translation>Қойма дайын. Оның қалпына келтіру кілті:</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Қалпына келтіру парағы</translation>
    </message>
</context>
<context>
    <name>RefdataImportDialog</name>
    <message>
        <source>Import reference data from HQ</source>
        <translation>Орталық органның анықтамалық деректерін жүктеу</translation>
    </message>
    <message>
        <source>HQ sends new reference data (crossing points, substances, authorities, retention periods) as a file shekara-…-refdata-….shk. Only a version newer than the one in force is taken; a supervisor takes it.</source>
        <translation>Орталық орган жаңа анықтамалық деректерді (өткізу пункттері, заттар, органдар, сақтау мерзімдері) shekara-…-refdata-….shk файлы ретінде жібереді. Тек қолданыстағыдан жаңа нұсқа қабылданады; оны ауысым бастығы қабылдайды.</translation>
    </message>
    <message>
        <source>&amp;Choose the reference data file…</source>
        <translation>Анықтамалық деректер файлын &amp;таңдау…</translation>
    </message>
    <message>
        <source>HQ&apos;s reference data</source>
        <translation>Орталық органның анықтамалық деректері</translation>
    </message>
    <message>
        <source>Reading the reference data…</source>
        <translation>Анықтамалық деректер оқылуда…</translation>
    </message>
    <message>
        <source>The reference data was not taken.</source>
        <translation>Анықтамалық деректер қабылданбады.</translation>
    </message>
    <message>
        <source>Reference data version %1 is taken (version %2 was in force).</source>
        <translation>Анықтамалық деректердің %1 нұсқасы қабылданды (%2 нұсқасы қолданыста болған).</translation>
    </message>
    <message>
        <source>It is used from the next unlock: when you close this window the vault locks; unlock it to go on.</source>
        <translation>Ол келесі ашудан бастап қолданылады: осы терезені жапқанда қойма құлыпталады; жұмысты жалғастыру үшін оны ашыңыз.</translation>
    </message>
    <message>
        <source>Nothing new: version %1 is already in force. Nothing was changed.</source>
        <translation>Жаңа ештеңе жоқ: %1 нұсқасы қазірдің өзінде қолданыста. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse request %1 (Art. 9)</source>
        <translation>%1 өтінішті орындаудан бас тарту (Келісімнің 9-бабы)</translation>
    </message>
    <message>
        <source>&amp;Ground (Art. 9):</source>
        <translation>&amp;Негізі (9-бап):</translation>
    </message>
    <message>
        <source>&amp;Refused:</source>
        <translation>&amp;Бас тартылды:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Шешім күні:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Қол қойған:</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>the whole request</source>
        <translation>өтініштің толығымен</translation>
    </message>
    <message>
        <source>part of the request</source>
        <translation>өтініштің бір бөлігі</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>&amp;Себептері:</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>New master key</source>
        <translation>Жаңа негізгі кілт</translation>
    </message>
    <message>
        <source>Your passphrase stays as it is.</source>
        <translation>Сіздің құпия фразаңыз өзгермейді.</translation>
    </message>
    <message>
        <source>Every other officer needs a new passphrase, set with the new recovery key (&quot;%1&quot; on the unlock screen):</source>
        <translation>Қалған әр қызметкерге жаңа құпия фраза керек, ол жаңа қалпына келтіру кілтімен орнатылады (құлыпты ашу экранындағы «%1»):</translation>
    </message>
    <message>
        <source>No other officer has a passphrase in this vault.</source>
        <translation>Бұл қоймада басқа қызметкердің құпия фразасы жоқ.</translation>
    </message>
    <message>
        <source>The whole vault is encrypted again under the new key. On a large vault this takes a while, and the window waits. The vault in use stays as it is until the new one is complete: if the computer stops part-way, the vault opens with the old keys or with the new ones.</source>
        <translation>Бүкіл қойма жаңа кілтпен қайта шифрланады. Үлкен қоймада бұл біраз уақыт алады, терезе сол уақытта күтеді. Жаңасы толық дайын болғанша қолданыстағы қойма өзгеріссіз қалады: компьютер жұмыстың ортасында тоқтаса, қойма не ескі кілттермен, не жаңаларымен ашылады.</translation>
    </message>
    <message>
        <source>A new recovery key is shown once. Print the new recovery sheet and put it in the safe: the old sheet opens nothing any more, destroy it.</source>
        <translation>Жаңа қалпына келтіру кілті бір рет қана көрсетіледі. Жаңа қалпына келтіру парағын басып шығарып, сейфке салыңыз: ескі парақ енді ештеңе ашпайды, оны жойыңыз.</translation>
    </message>
    <message>
        <source>Make a new master key after a restore from a backup, or when a passphrase or the recovery key may be known to someone who should not have it. Then:</source>
        <translation>Жаңа негізгі кілтті сақтық көшірмеден қалпына келтіргеннен кейін немесе құпия фраза не қалпына келтіру кілті оны білмеуге тиіс біреуге белгілі болуы мүмкін кезде жасаңыз. Сонда:</translation>
    </message>
    <message>
        <source>The vault locks at the end.</source>
        <translation>Соңында қойма құлыпталады.</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Сіздің құпия фразаңыз:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Сіздің құпия фразаңыз</translation>
    </message>
    <message>
        <source>&amp;Make a new master key…</source>
        <translation>&amp;Жаңа негізгі кілт жасау…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Бас т&amp;арту</translation>
    </message>
    <message>
        <source>C&amp;lose and lock</source>
        <translation>Жабу және құ&amp;лыптау</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>Қалпына келтіру парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Print it or write it down now and put the paper in the safe; destroy the old sheet. It is shown only this once. If the vault locks before you have it on paper, unlock it and make only a new recovery key (%1 &gt; %2): the master key is new already.</source>
        <translation>Оны қазір басып шығарыңыз немесе жазып алыңыз да, қағазды сейфке салыңыз; ескі парақты жойыңыз. Ол тек осы жолы ғана көрсетіледі. Егер кілт қағазға түспей тұрып қойма құлыпталса, қойманы ашып, тек жаңа қалпына келтіру кілтін жасаңыз (%1 &gt; %2): негізгі кілт қазірдің өзінде жаңа.</translation>
    </message>
    <message>
        <source>These officers need a new passphrase: on the unlock screen, &quot;%1&quot; sets each with this recovery key.</source>
        <translation>Бұл қызметкерлерге жаңа құпия фраза керек: құлыпты ашу экранындағы «%1» әрқайсысына оны осы қалпына келтіру кілтімен орнатады.</translation>
    </message>
    <message>
        <source>No other officer needs a new passphrase.</source>
        <translation>Басқа ешбір қызметкерге жаңа құпия фраза керек емес.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Making the new master key and encrypting the vault again… Do not turn the computer off.</source>
        <translation>Жаңа негізгі кілт жасалып, қойма қайта шифрлануда… Компьютерді өшірмеңіз.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Nothing was changed.</source>
        <translation>Бұл сіздің құпия фразаңыз емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The vault has a new master key. This is its new recovery key:</source>
        <translation>Қойманың жаңа негізгі кілті бар. Міне, оның жаңа қалпына келтіру кілті:</translation>
    </message>
    <message>
        <source>(The vault did not open again for the sheet: write the key down.)</source>
        <translation>(Парақ үшін қойма қайта ашылмады: кілтті жазып алыңыз.)</translation>
    </message>
    <message>
        <source>The new master key was not completed. The vault is locked; it opens with your passphrase. Unlock it and make a new master key again.</source>
        <translation>Жаңа негізгі кілт аяқталмады. Қойма құлыпталды; ол сіздің құпия фразаңызбен ашылады. Оны ашып, жаңа негізгі кілтті қайта жасаңыз.</translation>
    </message>
    <message>
        <source>Make a new master key now?</source>
        <translation>Жаңа негізгі кілтті қазір жасау керек пе?</translation>
    </message>
    <message>
        <source>The old recovery key and every other officer&apos;s passphrase stop opening the vault. This cannot be undone.</source>
        <translation>Ескі қалпына келтіру кілті мен басқа әр қызметкердің құпия фразасы қойманы енді ашпайды. Мұны кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Make the new &amp;key</source>
        <translation>Жаңа &amp;кілтті жасау</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ү&amp;лкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Ені бойынша</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Есеп беттері</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 басып шығару</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTitles</name>
    <message>
        <source>Incident report</source>
        <translation>Оқиға туралы баянат</translation>
    </message>
    <message>
        <source>Request (Art. 8)</source>
        <translation>Өтініш (8-бап)</translation>
    </message>
    <message>
        <source>Refusal notice (Art. 9)</source>
        <translation>Бас тарту туралы хабарлама (9-бап)</translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation>Кезең бойынша жиынтық</translation>
    </message>
    <message>
        <source>Packet transmittal sheet</source>
        <translation>Пакетті беру-қабылдау актісі</translation>
    </message>
    <message>
        <source>Enrollment sheet</source>
        <translation>Тіркеу парағы</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Қалпына келтіру парағы</translation>
    </message>
    <message>
        <source>Covering letter to the partner</source>
        <translation>Серіктеске ілеспе хат</translation>
    </message>
    <message>
        <source>Disclosure register (Art. 10)</source>
        <translation>Берілген ақпарат тізілімі (Келісімнің 10-бабы)</translation>
    </message>
    <message>
        <source>Information received from the partner</source>
        <translation>Серіктестен алынған ақпарат</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Есеп дайындалуда…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request %1</source>
        <translation>%1 өтініш</translation>
    </message>
    <message>
        <source>%1 — %2 — due %3</source>
        <translation>%1 — %2 — мерзімі %3</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>The request and its thread</source>
        <translation>Өтініш және оның хат алмасуы</translation>
    </message>
    <message>
        <source>Close paper cop&amp;y…</source>
        <translation>Қағаз &amp;данасын жабу…</translation>
    </message>
    <message>
        <source>Close paper copy</source>
        <translation>Қағаз данасын жабу</translation>
    </message>
    <message>
        <source>Close the paper copy of request %1 as a duplicate?</source>
        <translation>%1 өтінішінің қағаз данасын қайталама ретінде жабу керек пе?</translation>
    </message>
    <message>
        <source>It was typed in from paper, and the same request has since come in a letter. Its thread is kept; from now on answer the copy that came in the letter.</source>
        <translation>Ол қағаздан енгізілген, ал дәл осы өтініш кейін хатпен де келді. Оның хат алмасуы сақталады; енді хатпен келген данаға жауап беріңіз.</translation>
    </message>
    <message>
        <source>&amp;Close copy</source>
        <translation>Дананы &amp;жабу</translation>
    </message>
    <message>
        <source>Our number: %1</source>
        <translation>Біздің нөмір: %1</translation>
    </message>
    <message>
        <source>Partner&apos;s number: %1</source>
        <translation>Серіктестің нөмірі: %1</translation>
    </message>
    <message>
        <source>Received on paper: its answers, refusals and questions do not go in letters (the partner&apos;s system does not know this request); they go on paper.</source>
        <translation>Қағаз түрінде алынды: оған жауаптар, бас тартулар мен сұрақтар хатпен жіберілмейді (серіктестің жүйесі бұл өтінішті білмейді); олар қағаз түрінде жіберіледі.</translation>
    </message>
    <message>
        <source>Received in a letter: its answers, refusals and questions go with the next letter.</source>
        <translation>Хатпен алынды: оған жауаптар, бас тартулар мен сұрақтар келесі хатпен жіберіледі.</translation>
    </message>
    <message>
        <source>The same request was also registered from paper (%1): answer this copy, which the partner&apos;s system knows.</source>
        <translation>Дәл осы өтініш қағаздан да тіркелген (%1): серіктестің жүйесі білетін осы данаға жауап беріңіз.</translation>
    </message>
    <message>
        <source>The same request also came in a letter (%1): answer that copy, so the answer can go in a letter.</source>
        <translation>Дәл осы өтініш хатпен де келді (%1): жауап хатпен жіберілуі үшін сол данаға жауап беріңіз.</translation>
    </message>
    <message>
        <source>From %1 to %2, reference %3, dated %4</source>
        <translation>%1 органынан %2 органына, анықтамасы %3, күні %4</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тақырыбы: %1</translation>
    </message>
    <message>
        <source>Facts: %1</source>
        <translation>Мән-жайлары: %1</translation>
    </message>
    <message>
        <source>Objects and documents: %1</source>
        <translation>Заттар мен құжаттар: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Негіздемесі: %1</translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation>Не сұралады: %1</translation>
    </message>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Адамдар (%n):</numerusform>
            <numerusform>Адамдар (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusal (%1): %2 — %3</source>
        <translation>Бас тарту (%1): %2 — %3</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Хат алмасу:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
</context>
<context>
    <name>RequestRegisterDialog</name>
    <message>
        <source>Request register</source>
        <translation>Өтініштер тізілімі</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Ба&amp;ғыты:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Тек &amp;мерзімі өткендер</translation>
    </message>
    <message>
        <source>&amp;Approve our draft</source>
        <translation>Біздің жобаны &amp;бекіту</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Ours, to the partner…</source>
        <translation>&amp;Біздікі, серіктеске…</translation>
    </message>
    <message>
        <source>The partner&apos;s, received on &amp;paper…</source>
        <translation>Серіктестікі, қағаз түрінде &amp;алынған…</translation>
    </message>
    <message>
        <source>An&amp;swer…</source>
        <translation>Жа&amp;уап беру…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Бас &amp;тарту…</translation>
    </message>
    <message>
        <source>Follow-&amp;up question…</source>
        <translation>&amp;Қосымша сұрақ…</translation>
    </message>
    <message>
        <source>&amp;Withdraw ours…</source>
        <translation>Біздікін кері қайта&amp;ру…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>Only our own draft requests are approved.</source>
        <translation>Тек өз өтініштеріміздің жобалары бекітіледі.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve a request.</source>
        <translation>Өтінішті тек ауысым бастығы бекіте алады.</translation>
    </message>
    <message>
        <source>You wrote this request: another supervisor must approve it (four-eyes rule).</source>
        <translation>Бұл өтінішті сіз жаздыңыз: оны басқа ауысым бастығы бекітуі тиіс (екі адам қағидасы).</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Алдымен өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a request the partner sent us, not yet answered or refused, is answered or refused here.</source>
        <translation>Мұнда тек серіктес бізге жіберген, әлі жауап берілмеген немесе бас тартылмаған өтінішке жауап беріледі не бас тартылады.</translation>
    </message>
    <message>
        <source>Follow-up questions are for requests that were sent or received.</source>
        <translation>Қосымша сұрақтар жіберілген немесе алынған өтініштерге қойылады.</translation>
    </message>
    <message>
        <source>Only our own request, not yet answered or refused, can be withdrawn.</source>
        <translation>Тек әлі жауап берілмеген не бас тартылмаған өз өтінішімізді ғана кері қайтаруға болады.</translation>
    </message>
    <message>
        <source>Only a supervisor can withdraw a request.</source>
        <translation>Өтінішті тек ауысым бастығы кері қайтара алады.</translation>
    </message>
    <message>
        <source>Saved as a draft: a second supervisor approves it, then it goes with the next letter to the partner.</source>
        <translation>Жоба ретінде сақталды: оны екінші ауысым бастығы бекітеді, содан кейін ол серіктеске келесі хатпен жіберіледі.</translation>
    </message>
    <message>
        <source>Registered as received on paper: what answers it goes on paper too.</source>
        <translation>Қағаз түрінде алынған ретінде тіркелді: оған жауаптар да қағаз түрінде жіберіледі.</translation>
    </message>
    <message>
        <source>Answer saved. The request came on paper, so the answer does not go in a letter: send it to the partner on paper.</source>
        <translation>Жауап сақталды. Өтініш қағаз түрінде келді, сондықтан жауап хатпен жіберілмейді: оны серіктеске қағаз түрінде жіберіңіз.</translation>
    </message>
    <message>
        <source>Answer saved: it goes with the next letter to the partner.</source>
        <translation>Жауап сақталды: ол серіктеске келесі хатпен жіберіледі.</translation>
    </message>
    <message>
        <source>Refusal recorded with its number. The request came on paper, so the refusal does not go in a letter: print it (Documents &gt; Refusal notice) and send it on paper.</source>
        <translation>Бас тарту нөмірімен тіркелді. Өтініш қағаз түрінде келді, сондықтан бас тарту хатпен жіберілмейді: оны басып шығарып (Құжаттар &gt; Бас тарту туралы хабарлама), қағаз түрінде жіберіңіз.</translation>
    </message>
    <message>
        <source>Refusal recorded with its number: it goes with the next letter to the partner; Documents &gt; Refusal notice prints it.</source>
        <translation>Бас тарту нөмірімен тіркелді: ол серіктеске келесі хатпен жіберіледі; Құжаттар &gt; Бас тарту туралы хабарлама оны басып шығарады.</translation>
    </message>
    <message>
        <source>Question kept in the request&apos;s thread. The request came on paper, so the question does not go in a letter: ask it on paper.</source>
        <translation>Сұрақ өтініштің хат-хабарында сақталды. Өтініш қағаз түрінде келді, сондықтан сұрақ хатпен жіберілмейді: оны қағаз түрінде қойыңыз.</translation>
    </message>
    <message>
        <source>Question kept in the request&apos;s thread.</source>
        <translation>Сұрақ өтініштің хат-хабарында сақталды.</translation>
    </message>
    <message>
        <source>Our request is withdrawn.</source>
        <translation>Біздің өтініш кері қайтарылды.</translation>
    </message>
    <message>
        <source>The paper copy is closed as a duplicate: answer the copy that came in the letter.</source>
        <translation>Қағаз данасы қайталама ретінде жабылды: хатпен келген данаға жауап беріңіз.</translation>
    </message>
    <message>
        <source>Approved: the request goes with the next letter to the partner.</source>
        <translation>Бекітілді: өтініш серіктеске келесі хатпен жіберіледі.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n мерзімі өткен</numerusform>
            <numerusform>%n мерзімі өткен</numerusform>
        </translation>
    </message>
    <message>
        <source>only the newest %1 are listed: filter by direction, status or overdue to find the others</source>
        <translation>тек ең жаңа %1 өтініш көрсетілген: қалғандарын табу үшін бағыты, күйі немесе мерзімі өткендері бойынша сүзіңіз</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Біздің нөмір</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>Серіктестің нөмірі</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>The backup comes back into %1. Give a login and passphrase that opened the vault on the day of the backup: they are checked before anything is moved. A vault already there is kept aside in that folder, never deleted, and only if you tick the box.</source>
        <translation>Сақтық көшірме %1 ішіне қайтарылады. Көшірме жасалған күні қойманы ашқан логин мен құпия фразаны енгізіңіз: ештеңе жылжытылмас бұрын олар тексеріледі. Онда бұрыннан бар қойма сол қалтада бөлек сақталады, ешқашан жойылмайды, және тек құсбелгіні қойсаңыз ғана.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Сақтық көшірме &amp;файлы:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Put the &amp;vault that is there now aside</source>
        <translation>Қазір тұрған қойманы &amp;бөлек қою</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation>Қалпына келтірілетін сақтық көшірме</translation>
    </message>
    <message>
        <source>Restored. Unlock with a passphrase of the backup. Its old passphrases and recovery key open it too: a supervisor makes a new master key (%1 &gt; %2, or &apos;shekara rekey&apos;).</source>
        <translation>Қалпына келтірілді. Сақтық көшірменің құпия фразасымен ашыңыз. Оның ескі құпия фразалары мен қалпына келтіру кілті де оны ашады: ауысым бастығы жаңа негізгі кілт жасайды (%1 &gt; %2 немесе &apos;shekara rekey&apos;).</translation>
    </message>
    <message>
        <source>Before exporting, import HQ&apos;s newest acknowledgement (Post &gt; Import acknowledgement), so the next packet continues after the last one HQ has.</source>
        <translation>Экспорттау алдында орталық органның ең соңғы растамасын жүктеңіз (Бекет &gt; Растаманы жүктеу), сонда келесі пакет орталық органдағы соңғысынан кейін жалғасады.</translation>
    </message>
</context>
<context>
    <name>RestoredPanel</name>
    <message>
        <source>This vault was restored from a backup, and HQ&apos;s acknowledgement has not been imported since</source>
        <translation>Бұл қойма сақтық көшірмеден қалпына келтірілді, содан бері орталық органның растамасы жүктелмеген</translation>
    </message>
    <message>
        <source>Packets exported after the backup are at HQ but not in this vault: the next packet would repeat their numbers, and HQ would set it aside as a fork instead of importing it.</source>
        <translation>Сақтық көшірмеден кейін жөнелтілген пакеттер орталық органда бар, бірақ бұл қоймада жоқ: келесі пакет олардың нөмірлерін қайталар еді, ал орталық орган оны жүктемей, тармақталу ретінде бөлек сақтар еді.</translation>
    </message>
    <message>
        <source>The safe way: import HQ&apos;s newest acknowledgement (the button below, or Post &gt; Import acknowledgement… in the main window), then export.</source>
        <translation>Қауіпсіз тәртіп: орталық органның ең жаңа растамасын жүктеңіз (төмендегі батырма немесе негізгі терезедегі Бекет &gt; Растаманы жүктеу…), содан кейін жөнелтіңіз.</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s acknowledgement…</source>
        <translation>Растаманы жү&amp;ктеу…</translation>
    </message>
    <message>
        <source>HQ has &amp;confirmed it received nothing newer — export anyway</source>
        <translation>Орталық орган жаңарақ ештеңе алмағанын &amp;растады — бәрібір жөнелту</translation>
    </message>
    <message>
        <source>Off: the export waits for HQ&apos;s acknowledgement</source>
        <translation>Белгіленбеген: жөнелту орталық органның растамасын күтеді</translation>
    </message>
    <message>
        <source>Restored on %1 from a backup made on %2.</source>
        <translation>Қалпына келтірілген уақыты: %1; сақтық көшірме жасалған уақыты: %2.</translation>
    </message>
    <message>
        <source>Restored from a backup.</source>
        <translation>Сақтық көшірмеден қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The last packet this vault knows it sent is number %1.</source>
        <translation>Бұл қойма жөнелтілгенін білетін соңғы пакет — № %1.</translation>
    </message>
    <message>
        <source>This vault knows of no packet sent from this post.</source>
        <translation>Бұл қоймада осы бекеттен жөнелтілген пакет туралы мәлімет жоқ.</translation>
    </message>
    <message>
        <source>Tick only once HQ has confirmed, by telephone or in writing, that it has received no packet from this post after packet %1. The audit log records the tick with the export.</source>
        <translation>Орталық орган телефон арқылы немесе жазбаша түрде осы бекеттен № %1 пакеттен кейін ешбір пакет алмағанын растағаннан кейін ғана белгілеңіз. Белгі жөнелтумен бірге аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Tick only once HQ has confirmed, by telephone or in writing, that it has received no packet from this post. The audit log records the tick with the export.</source>
        <translation>Орталық орган телефон арқылы немесе жазбаша түрде осы бекеттен ешбір пакет алмағанын растағаннан кейін ғана белгілеңіз. Белгі жөнелтумен бірге аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Only a supervisor may export or tick this: ask your post&apos;s shift supervisor.</source>
        <translation>Пакетті жөнелтуге немесе мұны белгілеуге тек ауысым бастығы құқылы: бекетіңіздің ауысым бастығына жүгініңіз.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Сақтау мерзімдері</translation>
    </message>
    <message>
        <source>Records whose next review has come or whose kept-until date has passed, as of today. At a review you may keep a record longer, with a reason. The purge removes for good the records past their time that HQ has acknowledged or that were withdrawn; a record on legal hold is never purged.</source>
        <translation>Бүгінгі күнге келесі қайта қарау күні келген немесе сақталу мерзімі өткен жазбалар. Қайта қарау кезінде жазбаны себебін көрсетіп ұзағырақ сақтауға болады. Жою мерзімі өткен, Орталық орган растаған немесе кері қайтарылған жазбаларды біржола жояды; жоюға тыйым салынған жазба ешқашан жойылмайды.</translation>
    </message>
    <message>
        <source>Records due for review or purge</source>
        <translation>Қайта қарауға немесе жоюға тиіс жазбалар</translation>
    </message>
    <message>
        <source>&amp;Keep longer…</source>
        <translation>&amp;Ұзағырақ сақтау…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge %n record(s)…</source>
        <translation>
            <numerusform>%n жазбаны &amp;біржола жою…</numerusform>
            <numerusform>%n жазбаны &amp;біржола жою…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due, %1 of them to be purged.</source>
        <translation>
            <numerusform>Мерзімі келген жазба: %n, оның ішінде жойылатыны: %1.</numerusform>
            <numerusform>Мерзімі келген жазбалар: %n, оның ішінде жойылатыны: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for review or purge today.</source>
        <translation>Бүгін қайта қарауға немесе жоюға тиіс жазба жоқ.</translation>
    </message>
    <message>
        <source>Kept longer: until %1.</source>
        <translation>Ұзағырақ сақталады: %1 дейін.</translation>
    </message>
    <message>
        <source>Purge records</source>
        <translation>Жазбаларды жою</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n record(s) for good?</source>
        <translation>
            <numerusform>%n жазбаны біржола жою керек пе?</numerusform>
            <numerusform>%n жазбаны біржола жою керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: every version of each record, its search entry and its attachments are removed and the freed space in the vault is overwritten. What stays is a note that the record existed and when it was purged (no name, no content), and an entry in the audit log. The note travels to HQ with the next export.</source>
        <translation>Мұны қайтаруға болмайды: әр жазбаның барлық нұсқалары, іздеу жазбасы мен тіркемелері жойылады, ал қоймадағы босаған орын қайта жазылады. Жазбаның болғаны және қашан жойылғаны туралы белгі (атсыз, мазмұнсыз) және аудит журналындағы жазба қалады. Белгі келесі экспортпен Орталық органға жіберіледі.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Purging and overwriting the freed space in the vault… This can take a while; you may go on working.</source>
        <translation>Жазбалар жойылып, қоймадағы босаған орын қайта жазылуда… Бұл біраз уақыт алуы мүмкін; жұмысты жалғастыра беруге болады.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged. The notes that they existed go to HQ with the next export.</source>
        <translation>
            <numerusform>%n жазба жойылды. Олардың болғаны туралы белгілер келесі экспортпен Орталық органға жіберіледі.</numerusform>
            <numerusform>%n жазба жойылды. Олардың болғаны туралы белгілер келесі экспортпен Орталық органға жіберіледі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Болған уақыты</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Дейін сақталады</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Келесі қайта қарау</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>to be purged</source>
        <translation>жойылады</translation>
    </message>
    <message>
        <source>past its time, waits for HQ&apos;s acknowledgement</source>
        <translation>мерзімі өтті, Орталық органның растамасын күтуде</translation>
    </message>
    <message>
        <source>on legal hold</source>
        <translation>жоюға тыйым салынған</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>қайта қарау мерзімі келді</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Send back to the author</source>
        <translation>Авторға қайтару</translation>
    </message>
    <message>
        <source>What should the author change? (required)</source>
        <translation>Автор нені өзгертуі керек? (міндетті)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>Жазбаны кері қайтарып алу</translation>
    </message>
    <message>
        <source>Why is this record withdrawn? It is kept, marked withdrawn, and the withdrawal travels to HQ. (required)</source>
        <translation>Бұл жазба не себепті кері қайтарып алынады? Ол кері қайтарып алынған деп белгіленіп сақталады, ал бұл туралы орталық органға хабарланады. (міндетті)</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>Бек&amp;іту</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>Қайта&amp;ру…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Кері қайтарып а&amp;лу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2-бап)</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>%1-нұсқа · %2</translation>
    </message>
    <message>
        <source>written by %1, %2</source>
        <translation>жазған: %1, %2</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>бекіткен: %1</translation>
    </message>
    <message>
        <source>qualifies for exchange</source>
        <translation>алмасуға жатады</translation>
    </message>
    <message>
        <source>does not qualify for exchange</source>
        <translation>алмасуға жатпайды</translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>%1 қайтарды (%2): %3</translation>
    </message>
    <message>
        <source>A correction: the changes against the approved version are highlighted.</source>
        <translation>Түзету: бекітілген нұсқамен салыстырғандағы өзгерістер белгіленген.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Approve se&amp;lected</source>
        <translation>&amp;Таңдалғандарды бекіту</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>Drafts waiting for review</source>
        <translation>Қарауды күтіп тұрған жобалар</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting, newest change first</source>
        <translation>
            <numerusform>Қарауды %n жоба күтіп тұр, ең жаңа өзгеріс бірінші</numerusform>
            <numerusform>Қарауды %n жоба күтіп тұр, ең жаңа өзгеріс бірінші</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a draft on the left to review it.</source>
        <translation>Қарау үшін сол жақтан жобаны таңдаңыз.</translation>
    </message>
    <message>
        <source>No draft is waiting for review.</source>
        <translation>Қарауды күтіп тұрған жоба жоқ.</translation>
    </message>
</context>
<context>
    <name>RewritePanel</name>
    <message>
        <source>&amp;Stop writing</source>
        <translation>Жазуды &amp;тоқтату</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Қайта &amp;жазу</translation>
    </message>
    <message>
        <source>Progress of the writing</source>
        <translation>Жазу барысы</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Мұны тек ауысым бастығы жасай алады</translation>
    </message>
    <message>
        <source>Write the selected packet again</source>
        <translation>Таңдалған пакетті қайта жазу</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n selected packet(s) again, one after another</source>
        <translation>
            <numerusform>Таңдалған %n пакетті бірінен соң бірі қайта жазу</numerusform>
            <numerusform>Таңдалған %n пакетті бірінен соң бірі қайта жазу</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the &amp;transmittal sheets…</source>
        <translation>Беру-қабылдау актілерін &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Print the &amp;transmittal sheet…</source>
        <translation>Беру-қабылдау актісін &amp;басып шығару…</translation>
    </message>
    <message>
        <source>The stick may be too small: packet %1 takes %2 and it has %3 free.</source>
        <translation>Флеш-жинақтауыш тым кішкентай болуы мүмкін: № %1 пакет %2 алады, ал онда %3 бос.</translation>
    </message>
    <message>
        <source>The stick may be too small: packet(s) %1 take %2 together and it has %3 free.</source>
        <translation>Флеш-жинақтауыш тым кішкентай болуы мүмкін: № %1 пакеттер бірге %2 алады, ал онда %3 бос.</translation>
    </message>
    <message>
        <source>Stopping… the stick is being cleaned up.</source>
        <translation>Тоқтатылуда… флеш-жинақтауыш тазартылуда.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2</source>
        <translation>Жазылуда: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Reading the packet back from the stick and checking it…</source>
        <translation>Пакет флеш-жинақтауыштан қайта оқылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Reading the copy of packet %1 kept in the vault…</source>
        <translation>Қоймада сақталған № %1 пакеттің көшірмесі оқылуда…</translation>
    </message>
    <message>
        <source>Packet %1 (%2 of %3). %4</source>
        <translation>№ %1 пакет (%3 ішінен %2). %4</translation>
    </message>
    <message>
        <source>Only a supervisor can write a packet again.</source>
        <translation>Пакетті тек ауысым бастығы қайта жаза алады.</translation>
    </message>
    <message>
        <source>Packet %1 is written again to %2, with its original contents.</source>
        <translation>№ %1 пакет бастапқы мазмұнымен %2 ішіне қайта жазылды.</translation>
    </message>
    <message>
        <source>Read again from the stick (%1): the signature verified, the contents decrypted, the SHA-256 is the same.</source>
        <translation>Флеш-жинақтауыштан қайта оқылды (%1): қолтаңба расталды, мазмұны шифрдан шығарылды, SHA-256 бірдей.</translation>
    </message>
    <message>
        <source>Verified while writing; the stick could not be read again just now.</source>
        <translation>Жазу кезінде тексерілді; флеш-жинақтауышты дәл қазір қайта оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheet.</source>
        <translation>Флеш-жинақтауышты басып шығарылған беру-қабылдау актісімен бірге тапсырыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written again to %1, with their original contents.</source>
        <translation>
            <numerusform>%n пакет бастапқы мазмұнымен %1 ішіне қайта жазылды.</numerusform>
            <numerusform>%n пакет бастапқы мазмұнымен %1 ішіне қайта жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheets, one for each packet.</source>
        <translation>Флеш-жинақтауышты басып шығарылған беру-қабылдау актілерімен бірге тапсырыңыз, әр пакетке бір акт.</translation>
    </message>
    <message>
        <source>Writing was stopped.</source>
        <translation>Жазу тоқтатылды.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 packets were written again to %3.</source>
        <translation>%2 пакеттің тек %1 пакеті %3 ішіне қайта жазылды.</translation>
    </message>
    <message>
        <source>No packet was written again.</source>
        <translation>Бірде-бір пакет қайта жазылған жоқ.</translation>
    </message>
    <message>
        <source>Those written are on the stick and checked: hand them over with their transmittal sheets.</source>
        <translation>Жазылғандары флеш-жинақтауышта және тексерілген: оларды беру-қабылдау актілерімен бірге тапсырыңыз.</translation>
    </message>
    <message>
        <source>Packet %1: written again, read back from the stick and checked (%2).</source>
        <translation>№ %1 пакет: қайта жазылды, флеш-жинақтауыштан қайта оқылып, тексерілді (%2).</translation>
    </message>
    <message>
        <source>Packet %1: written again and verified while writing; the stick could not be read again just now.</source>
        <translation>№ %1 пакет: қайта жазылды және жазу кезінде тексерілді; флеш-жинақтауышты дәл қазір қайта оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Packet %1: not written. %2</source>
        <translation>№ %1 пакет: жазылған жоқ. %2</translation>
    </message>
    <message>
        <source>Packet %1: not written: the writing was stopped before it.</source>
        <translation>№ %1 пакет: жазылған жоқ: жазу оған жетпей тоқтатылды.</translation>
    </message>
    <message>
        <source>Packet %1: not written: the writing ended at the refusal above.</source>
        <translation>№ %1 пакет: жазылған жоқ: жазу жоғарыдағы бас тартумен аяқталды.</translation>
    </message>
    <message>
        <source>Nothing changed in the vault: it keeps packet %1 until HQ acknowledges it.</source>
        <translation>Қоймада ештеңе өзгерген жоқ: № %1 пакет орталық орган растағанша онда сақталады.</translation>
    </message>
    <message>
        <source>Nothing changed in the vault for packet(s) %1: it keeps them until HQ acknowledges them.</source>
        <translation>№ %1 пакет үшін қоймада ештеңе өзгерген жоқ: олар орталық орган растағанша онда сақталады.</translation>
    </message>
    <message>
        <source>Check the stick (plugged in, not locked, enough free space) and write again, or choose another one.</source>
        <translation>Флеш-жинақтауышты тексеріңіз (жалғанған ба, құлыпталмаған ба, бос орын жеткілікті ме) және қайта жазыңыз немесе басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1: packet %2 (%3 of %4)</source>
        <translation>%1: № %2 пакет (%4 ішінен %3)</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Write the files again</source>
        <translation>Файлдарды қайта жазу</translation>
    </message>
    <message>
        <source>The rotation statement and the new public keys file of the last key change are written again, the same as before: no new keys are made. Choose the stick or folder.</source>
        <translation>Соңғы кілт ауыстырудың мәлімдемесі мен жаңа ашық кілттер файлы бұрынғыдай қайта жазылады: жаңа кілттер жасалмайды. Флеш-жинақтауышты немесе қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Write the files again</source>
        <translation>&amp;Файлдарды қайта жазу</translation>
    </message>
    <message>
        <source>Renew HQ&apos;s keys</source>
        <translation>Орталық орган кілттерін жаңарту</translation>
    </message>
    <message>
        <source>Re&amp;new HQ&apos;s keys</source>
        <translation>&amp;Орталық орган кілттерін жаңарту</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Жаңа кілттер жасау</translation>
    </message>
    <message>
        <source>New keys replace HQ&apos;s keys. The old ones stay in the vault only to read what was sent to them; from now on acknowledgements, reference data and letters are signed with the new ones. Two files are written to the stick or folder you choose:</source>
        <translation>Орталық орган кілттерінің орнына жаңа кілттер жасалады. Ескілері қоймада тек оларға жіберілгенді оқу үшін қалады; бұдан былай растамалар, анықтамалық деректер мен хаттарға жаңаларымен қол қойылады. Таңдаған флеш-жинақтауышқа немесе қалтаға екі файл жазылады:</translation>
    </message>
    <message>
        <source>• The rotation statement is for the partner&apos;s central authority: the old keys vouch for the new ones, so it needs no paper.</source>
        <translation>• Кілтті ауыстыру мәлімдемесі серіктестің орталық органына арналған: ескі кілттер жаңаларына кепілдік береді, сондықтан қағаз қажет емес.</translation>
    </message>
    <message>
        <source>• The new keys file is for HQ&apos;s posts: each post takes it only after comparing the fingerprint with the printed keys sheet. Until then a post refuses what HQ signs with the new keys.</source>
        <translation>• Жаңа кілттер файлы орталық органның бекеттеріне арналған: әр бекет оны цифрлық ізді басып шығарылған кілттер парағымен салыстырғаннан кейін ғана қабылдайды. Оған дейін бекет орталық орган жаңа кілттермен қол қойғанды қабылдамайды.</translation>
    </message>
    <message>
        <source>If HQ&apos;s keys were stolen, the partner revokes the old ones and refuses the statement, on purpose: give it the new keys file and the printed keys sheet too, to compare on paper.</source>
        <translation>Егер орталық органның кілттері ұрланса, серіктес ескілерін кері қайтарады және мәлімдемені әдейі қабылдамайды: қағаз бойынша салыстыру үшін оған жаңа кілттер файлын және басып шығарылған кілттер парағын да беріңіз.</translation>
    </message>
    <message>
        <source>New keys replace this post&apos;s keys. The old ones stay in the vault only to read what was sent to them; from now on packets are signed with the new ones. Two files are written to the stick or folder you choose:</source>
        <translation>Осы бекеттің кілттерінің орнына жаңа кілттер жасалады. Ескілері қоймада тек оларға жіберілгенді оқу үшін қалады; бұдан былай пакеттерге жаңаларымен қол қойылады. Таңдаған флеш-жинақтауышқа немесе қалтаға екі файл жазылады:</translation>
    </message>
    <message>
        <source>• A routine change: HQ takes the rotation statement. The old keys vouch for the new ones, so no paper is needed.</source>
        <translation>• Жоспарлы ауыстыру: орталық орган кілтті ауыстыру мәлімдемесін қабылдайды. Ескі кілттер жаңаларына кепілдік береді, сондықтан қағаз қажет емес.</translation>
    </message>
    <message>
        <source>• After the laptop or the keys were lost or stolen, HQ has revoked the old keys and refuses the rotation statement, on purpose: a thief could sign one too. HQ then needs the new enrollment file AND the printed enrollment sheet, and compares the fingerprint on paper.</source>
        <translation>• Ноутбук немесе кілттер жоғалса не ұрланса, орталық орган ескі кілттерді кері қайтарған және кілтті ауыстыру мәлімдемесін әдейі қабылдамайды: ұры да оған қол қоя алар еді. Сонда орталық органға жаңа тіркеу файлы ЖӘНЕ басып шығарылған тіркеу парағы керек, ол цифрлық ізді қағаз бойынша салыстырады.</translation>
    </message>
    <message>
        <source>&amp;Make new keys</source>
        <translation>Жаңа кілттер &amp;жасау</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Жазылған орны:</translation>
    </message>
    <message>
        <source>Rotation statement:</source>
        <translation>Кілтті ауыстыру мәлімдемесі:</translation>
    </message>
    <message>
        <source>New keys file:</source>
        <translation>Жаңа кілттер файлы:</translation>
    </message>
    <message>
        <source>New enrollment file:</source>
        <translation>Жаңа тіркеу файлы:</translation>
    </message>
    <message>
        <source>Old fingerprint:</source>
        <translation>Ескі цифрлық ізі:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Жаңа цифрлық ізі:</translation>
    </message>
    <message>
        <source>Old fingerprint</source>
        <translation>Ескі цифрлық із</translation>
    </message>
    <message>
        <source>New fingerprint</source>
        <translation>Жаңа цифрлық із</translation>
    </message>
    <message>
        <source>Give the rotation statement to the partner&apos;s central authority: it takes it in Exchange &gt; Partner keys. Send the new keys file to HQ&apos;s posts with the printed keys sheet: each post imports it in Admin &gt; Keys and fingerprints after comparing the fingerprint on paper.</source>
        <translation>Кілтті ауыстыру мәлімдемесін серіктестің орталық органына беріңіз: ол оны Алмасу &gt; Серіктестің кілттері арқылы қабылдайды. Жаңа кілттер файлын басып шығарылған кілттер парағымен бірге орталық органның бекеттеріне жіберіңіз: әр бекет цифрлық ізді қағаз бойынша салыстырғаннан кейін оны Әкімшілік &gt; Кілттер және цифрлық іздер арқылы жүктейді.</translation>
    </message>
    <message>
        <source>A routine change: give HQ the rotation statement. If HQ has revoked the old keys: give HQ the new enrollment file and the printed enrollment sheet.</source>
        <translation>Жоспарлы ауыстыру: орталық органға кілтті ауыстыру мәлімдемесін беріңіз. Егер орталық орган ескі кілттерді кері қайтарған болса: орталық органға жаңа тіркеу файлын және басып шығарылған тіркеу парағын беріңіз.</translation>
    </message>
    <message>
        <source>Print the &amp;keys sheet…</source>
        <translation>Кілттер &amp;парағын басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Print the enrollment sheet…</source>
        <translation>Тіркеу парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Where the files are written</source>
        <translation>Файлдар жазылатын орын</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Файлдар жазылуда…</translation>
    </message>
    <message>
        <source>Making the new keys and writing the files…</source>
        <translation>Жаңа кілттер жасалып, файлдар жазылуда…</translation>
    </message>
    <message>
        <source>The files are written again.</source>
        <translation>Файлдар қайта жазылды.</translation>
    </message>
    <message>
        <source>The new keys are made and the files written.</source>
        <translation>Жаңа кілттер жасалды, файлдар жазылды.</translation>
    </message>
    <message>
        <source>The new keys are made and the old ones retired, but the files were not written: %1
Choose another stick or folder and press Write the files again.</source>
        <translation>Жаңа кілттер жасалды, ескілері қолданыстан шығарылды, бірақ файлдар жазылмады: %1
Басқа флеш-жинақтауышты немесе қалтаны таңдап, «Файлдарды қайта жазу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed: the keys are as they were.</source>
        <translation>Ештеңе өзгерген жоқ: кілттер бұрынғыдай.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Make new keys for HQ %1 now?</source>
        <translation>%1 орталық органы үшін қазір жаңа кілттер жасау керек пе?</translation>
    </message>
    <message>
        <source>Make new keys for post %1 now?</source>
        <translation>%1 бекеті үшін қазір жаңа кілттер жасау керек пе?</translation>
    </message>
    <message>
        <source>The old keys are retired: this cannot be undone. The partner and the posts need the new files before they accept what HQ signs.</source>
        <translation>Ескі кілттер қолданыстан шығарылады: мұны болдырмау мүмкін емес. Серіктес пен бекеттер орталық орган қол қойғанды қабылдау үшін жаңа файлдарды алуы керек.</translation>
    </message>
    <message>
        <source>The old keys are retired: this cannot be undone. HQ refuses new packets until it has the new files.</source>
        <translation>Ескі кілттер қолданыстан шығарылады: мұны болдырмау мүмкін емес. Орталық орган жаңа файлдарды алғанша жаңа пакеттерді қабылдамайды.</translation>
    </message>
</context>
<context>
    <name>RotationButtons</name>
    <message>
        <source>Rene&amp;w HQ&apos;s keys…</source>
        <translation>Орталық орган кілттерін &amp;жаңарту…</translation>
    </message>
    <message>
        <source>Make new &amp;keys…</source>
        <translation>Жаңа &amp;кілттер жасау…</translation>
    </message>
    <message>
        <source>Write the files &amp;again…</source>
        <translation>Файлдарды &amp;қайта жазу…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Мұны тек ауысым бастығы жасай алады</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>Әрекетсіз &amp;құлыптау уақыты:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Four-eyes approval:</source>
        <translation>&amp;Екі адам бекітуі:</translation>
    </message>
    <message>
        <source>Switch four-eyes approval off?</source>
        <translation>Екі адам бекітуін өшіру керек пе?</translation>
    </message>
    <message>
        <source>Switch four-eyes approval off for everyone using this vault?</source>
        <translation>Осы қойманы пайдаланатын барлық адам үшін екі адам бекітуін өшіру керек пе?</translation>
    </message>
    <message>
        <source>Only where this vault truly has one supervisor: each supervisor may then approve what they wrote themselves. The change is written in the audit log. Switch it on again as soon as there is a second supervisor.</source>
        <translation>Тек осы қоймада шынымен бір ғана ауысым бастығы болса: сонда әр ауысым бастығы өзі жазғанды бекіте алады. Өзгеріс аудит журналына жазылады. Екінші ауысым бастығы пайда болған бойда оны қайта қосыңыз.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>on</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <source>The language applies to this computer at once. The idle lock, four-eyes approval and the names printed on documents apply to everyone using this vault.</source>
        <translation>Тіл осы компьютерге бірден қолданылады. Әрекетсіз құлыптау, екі адам бекітуі және құжаттарда басылатын атаулар осы қойманы пайдаланатын барлық адамға қолданылады.</translation>
    </message>
    <message>
        <source>The language applies to this computer at once. Only a supervisor can change the idle lock, four-eyes approval and the names printed on documents.</source>
        <translation>Тіл осы компьютерге бірден қолданылады. Әрекетсіз құлыптауды, екі адам бекітуін және құжаттарда басылатын атауларды тек ауысым бастығы өзгерте алады.</translation>
    </message>
    <message>
        <source>Four-eyes approval is on: a supervisor cannot approve a version they wrote.</source>
        <translation>Екі адам бекітуі қосулы: ауысым бастығы өзі жазған нұсқаны бекіте алмайды.</translation>
    </message>
    <message>
        <source>Four-eyes approval is off: a supervisor may approve their own records.</source>
        <translation>Екі адам бекітуі өшірулі: ауысым бастығы өз жазбаларын бекіте алады.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Қойма құлыпталғанға дейінгі әрекетсіз минуттар</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Shekara — first start</source>
        <translation>Shekara — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>Қойманы құ&amp;ру</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with the partner</source>
        <translation>Серіктеске беру</translation>
    </message>
    <message>
        <source>Candidates and the notice</source>
        <translation>Үміткерлер және хабарлама</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Жіберілген хаттар</translation>
    </message>
    <message>
        <source>Candidates: qualify and not sent, or changed since sent</source>
        <translation>Үміткерлер: сәйкес келеді және жіберілмеген немесе жіберілгеннен кейін өзгерген</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Үміткерлер</translation>
    </message>
    <message>
        <source>The notice being prepared</source>
        <translation>Дайындалып жатқан хабарлама</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>What leaves (the selected item)</source>
        <translation>Не жіберіледі (таңдалған жазба)</translation>
    </message>
    <message>
        <source>What leaves</source>
        <translation>Не жіберіледі</translation>
    </message>
    <message>
        <source>&amp;Add to the notice</source>
        <translation>Хабарламаға &amp;қосу</translation>
    </message>
    <message>
        <source>Re&amp;move from the notice</source>
        <translation>Хабарламадан &amp;алып тастау</translation>
    </message>
    <message>
        <source>&amp;Include a person…</source>
        <translation>Адамды қ&amp;осу…</translation>
    </message>
    <message>
        <source>A&amp;pprove the notice</source>
        <translation>Хабарламаны &amp;бекіту</translation>
    </message>
    <message>
        <source>&amp;Send to a stick…</source>
        <translation>Флеш-жинақтауышқа &amp;жіберу…</translation>
    </message>
    <message>
        <source>&amp;Write again…</source>
        <translation>Қайта &amp;жазу…</translation>
    </message>
    <message>
        <source>&amp;Print the covering letter…</source>
        <translation>Ілеспе хатты &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Мұны тек ауысым бастығы жасай алады</translation>
    </message>
    <message>
        <source>The notice is empty: add candidates to it.</source>
        <translation>Хабарлама бос: оған үміткерлерді қосыңыз.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve the notice.</source>
        <translation>Хабарламаны тек ауысым бастығы бекіте алады.</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>Хабарлама бос.</translation>
    </message>
    <message>
        <source>Approved by %1: ready to send.</source>
        <translation>%1 бекітті: жіберуге дайын.</translation>
    </message>
    <message>
        <source>You added items to this notice: another supervisor must approve it (four-eyes rule).</source>
        <translation>Сіз бұл хабарламаға жазбалар қостыңыз: оны басқа ауысым бастығы бекітуі тиіс (екі адам қағидасы).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the notice.</source>
        <translation>
            <numerusform>Хабарламада %n жазба.</numerusform>
            <numerusform>Хабарламада %n жазба.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n request(s), answer(s) or refusal(s) from the register.</source>
        <translation>
            <numerusform>Тізілімнен %n өтініш, жауап немесе бас тартумен бірге.</numerusform>
            <numerusform>Тізілімнен %n өтініш, жауап немесе бас тартумен бірге.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n follow-up question(s) on requests.</source>
        <translation>
            <numerusform>Өтініштер бойынша %n қосымша сұрақпен.</numerusform>
            <numerusform>Өтініштер бойынша %n қосымша сұрақпен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n withdrawal(s) of our requests.</source>
        <translation>
            <numerusform>Біздің %n өтінішімізді кері қайтарып алумен.</numerusform>
            <numerusform>Біздің %n өтінішімізді кері қайтарып алумен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Әлі бекітілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) put on the notice.</source>
        <translation>
            <numerusform>Хабарламаға %n жазба қосылды.</numerusform>
            <numerusform>Хабарламаға %n жазба қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from the notice.</source>
        <translation>Хабарламадан алынып тасталды.</translation>
    </message>
    <message>
        <source>The person is included; the reason is kept in the register.</source>
        <translation>Адам қосылды; себебі тізілімде сақталады.</translation>
    </message>
    <message>
        <source>The notice is approved: it can be sent.</source>
        <translation>Хабарлама бекітілді: оны жіберуге болады.</translation>
    </message>
    <message>
        <source>Letter %1 is written: %2</source>
        <translation>%1 хаты жазылды: %2</translation>
    </message>
    <message>
        <source>Written again: %1</source>
        <translation>Қайта жазылды: %1</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>%1 (Art. 10.2)</source>
        <translation>%1 (Келісімнің 10-бабының 2-тармағы)</translation>
    </message>
    <message>
        <source>%1 — %2, citizenship %3</source>
        <translation>%1 — %2, азаматтығы %3</translation>
    </message>
    <message>
        <source>A correction: only the record&apos;s id, version and the reason leave. The partner must withdraw or destroy what it received.</source>
        <translation>Түзету: тек жазбаның идентификаторы, нұсқасы және себебі жіберіледі. Серіктес алғанын кері қайтаруы немесе жоюы тиіс.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL (Art. 10.1): for the Agreement&apos;s purposes only.</source>
        <translation>ҚҰПИЯ (Келісімнің 10-бабының 1-тармағы): тек Келісімнің мақсаттары үшін.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Түрі: %1</translation>
    </message>
    <message>
        <source>Narrative: %1</source>
        <translation>Сипаттамасы: %1</translation>
    </message>
    <message>
        <source>Never leaves: who wrote or approved the record, attachments, links to records the partner never received, internal fields.</source>
        <translation>Ешқашан жіберілмейді: жазбаны кім жазғаны немесе бекіткені, тіркемелер, серіктес алмаған жазбаларға сілтемелер, ішкі өрістер.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ескертпе: %1</translation>
    </message>
    <message>
        <source>Occurred: %1</source>
        <translation>Болған уақыты: %1</translation>
    </message>
    <message numerus="yes">
        <source>Persons sent (%n):</source>
        <translation>
            <numerusform>Жіберілетін адамдар (%n):</numerusform>
            <numerusform>Жіберілетін адамдар (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Persons withheld — they stay home (%n):</source>
        <translation>
            <numerusform>Жіберілмейтін адамдар — олар елде қалады (%n):</numerusform>
            <numerusform>Жіберілмейтін адамдар — олар елде қалады (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Орны: %1</translation>
    </message>
    <message>
        <source>Record %1, version %2 — Art. %3 — %4</source>
        <translation>%1 жазба, %2-нұсқа — Келісімнің %3-бабы — %4</translation>
    </message>
    <message>
        <source>Under a legal hold: never purged while it is set.</source>
        <translation>Жоюға тыйым салынған: тыйым тұрғанда ешқашан жойылмайды.</translation>
    </message>
    <message>
        <source>WHAT LEAVES FOR THE PARTNER</source>
        <translation>СЕРІКТЕСКЕ НЕ ЖІБЕРІЛЕДІ</translation>
    </message>
    <message>
        <source>included by hand: %1</source>
        <translation>қолмен қосылды: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>none: the fact leaves without a person</source>
        <translation>жоқ: факт адамсыз жіберіледі</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
</context>
<context>
    <name>SheetCheckDialog</name>
    <message>
        <source>Check against the transmittal sheets</source>
        <translation>Беру-қабылдау актілерімен салыстыру</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Файлдарды қосу…</translation>
    </message>
    <message>
        <source>Add a whole f&amp;older or stick…</source>
        <translation>Бүкіл &amp;қалтаны не флеш-жинақтауышты қосу…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <source>Packet files and their SHA-256</source>
        <translation>Пакет файлдары және олардың SHA-256 хэші</translation>
    </message>
    <message>
        <source>The SHA-256 of this file &amp;matches its sheet</source>
        <translation>Бұл файлдың SHA-256 хэші өз актісімен &amp;сәйкес келеді</translation>
    </message>
    <message>
        <source>Text of the &amp;QR code on the sheet:</source>
        <translation>Актідегі &amp;QR кодының мәтіні:</translation>
    </message>
    <message>
        <source>Text of the QR code on the sheet</source>
        <translation>Актідегі QR кодының мәтіні</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Т&amp;ексеру</translation>
    </message>
    <message>
        <source>&amp;Import the ticked files</source>
        <translation>Белгіленген файлдарды &amp;жүктеу</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Пакет файлдары</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara пакеттері (*.shk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Folder or stick with packets</source>
        <translation>Пакеттері бар қалта немесе флеш-жинақтауыш</translation>
    </message>
    <message>
        <source>No records packet (…-records-….shk) in %1.</source>
        <translation>%1 ішінде жазбалар пакеті (…-records-….shk) жоқ.</translation>
    </message>
    <message>
        <source>This is the QR code of another document (%1), not of a Packet transmittal sheet.</source>
        <translation>Бұл — «Пакетті беру-қабылдау актісінің» емес, басқа құжаттың (%1) QR коды.</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1…</source>
        <translation>%1 файлының SHA-256 хэші есептелуде…</translation>
    </message>
    <message>
        <source>No file listed yet: add the packet files, or the whole stick.</source>
        <translation>Әзірге бірде-бір файл жоқ: пакет файлдарын немесе бүкіл флеш-жинақтауышты қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the SHA-256 of %n file(s) was not computed; add them again to compute it.</source>
        <translation>
            <numerusform>Тоқтатылды: %n файлдың SHA-256 хэші есептелмеді; есептеу үшін оларды қайта қосыңыз.</numerusform>
            <numerusform>Тоқтатылды: %n файлдың SHA-256 хэші есептелмеді; есептеу үшін оларды қайта қосыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) ticked as matching their sheet.</source>
        <translation>
            <numerusform>%n файлдың %1 файлы өз актісіне сәйкес деп белгіленді.</numerusform>
            <numerusform>%n файлдың %1 файлы өз актісіне сәйкес деп белгіленді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in the list to see its SHA-256 here in large type.</source>
        <translation>SHA-256 хэшін осында ірі қаріппен көру үшін тізімнен файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>SHA-256 of %1, as the sheet prints it:</source>
        <translation>%1 файлының SHA-256 хэші, актіде басылғандай:</translation>
    </message>
    <message>
        <source>Waiting for the SHA-256 of every file…</source>
        <translation>Барлық файлдың SHA-256 хэші күтілуде…</translation>
    </message>
    <message>
        <source>Add the packet files of the stick first.</source>
        <translation>Алдымен флеш-жинақтауыштағы пакет файлдарын қосыңыз.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 of each packet file with the post&apos;s signed Packet transmittal sheet, group by group, and tick the file when every group is the same; or scan the sheet&apos;s QR code, which finds and ticks its file.</source>
        <translation>Әр пакет файлының SHA-256 хэшін бекет қол қойған «Пакетті беру-қабылдау актісімен» топ-топ бойынша салыстырып, барлық топтар бірдей болса, файлды белгілеңіз; немесе актінің QR кодын сканерлеңіз — ол өз файлын тауып, белгілейді.</translation>
    </message>
    <message>
        <source>If a file does not match its sheet, do not accept the packet: sign nothing and ask the post to write it again.</source>
        <translation>Файл өз актісіне сәйкес келмесе, пакетті қабылдамаңыз: ештеңеге қол қоймай, бекеттен оны қайта жазуды сұраңыз.</translation>
    </message>
    <message>
        <source>Not every file&apos;s SHA-256 is computed: add the stopped files again.</source>
        <translation>Барлық файлдың SHA-256 хэші есептелмеген: тоқтатылған файлдарды қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The sheet matches %1.</source>
        <translation>Акт %1 файлына сәйкес келеді.</translation>
    </message>
    <message>
        <source>Post %1, packet %2: the post, the number and the SHA-256 on the sheet are those of this file. It is ticked in the list.</source>
        <translation>%1 бекеті, %2 пакет: актідегі бекет, нөмір және SHA-256 осы файлдікі. Ол тізімде белгіленді.</translation>
    </message>
    <message>
        <source>The sheet: post %1, packet %2.</source>
        <translation>Акт: %1 бекеті, %2 пакет.</translation>
    </message>
    <message>
        <source>%1 is that packet, but its SHA-256 is not the one on the sheet: it was changed or damaged on the way.</source>
        <translation>%1 — сол пакет, бірақ оның SHA-256 хэші актідегідей емес: ол жолда өзгертілген немесе бүлінген.</translation>
    </message>
    <message>
        <source>%1 has this SHA-256, but not this post and number.</source>
        <translation>%1 файлында осы SHA-256 бар, бірақ бекеті мен нөмірі басқа.</translation>
    </message>
    <message>
        <source>Do not accept the packet: sign nothing and ask the post to write it again.</source>
        <translation>Пакетті қабылдамаңыз: ештеңеге қол қоймай, бекеттен оны қайта жазуды сұраңыз.</translation>
    </message>
    <message>
        <source>No file here matches this sheet.</source>
        <translation>Мұнда бұл актіге сәйкес келетін файл жоқ.</translation>
    </message>
</context>
<context>
    <name>SheetCheckTableModel</name>
    <message>
        <source>Matches the sheet</source>
        <translation>Актіге сәйкес</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>SHA-256, as on the sheet</source>
        <translation>SHA-256, актідегідей</translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation>есептелуде… %1 %</translation>
    </message>
    <message>
        <source>stopped: not computed</source>
        <translation>тоқтатылды: есептелмеді</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>кезекте</translation>
    </message>
    <message>
        <source>matches the sheet</source>
        <translation>актіге сәйкес</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>белгіленбеген</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Статистикалық мәліметтер</translation>
    </message>
    <message>
        <source>Counts of the records in force in a period, by kind, month, crossing point, citizenship, substance and outcome, with no names: the reference information of Art. 3.1.2, for the Joint Commission for example. Preview the PDF to print or save it, or save the counts as CSV for a spreadsheet.</source>
        <translation>Кезеңдегі қолданыстағы жазбалардың саны түрі, айы, өткізу пункті, азаматтығы, заты және нәтижесі бойынша, есімдерсіз: 3-баптың 1.2-тармақшасындағы анықтамалық ақпарат, мысалы, Бірлескен Комиссия үшін. Басып шығару немесе сақтау үшін PDF-ті алдын ала қараңыз, не кесте үшін сандарды CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the statistics as CSV</source>
        <translation>Статистиканы CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Counting and writing the CSV…</source>
        <translation>Санап, CSV жазылуда…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>Алғашқы ауысым бастығы</translation>
    </message>
    <message>
        <source>The supervisor approves records, manages officers and keeps the vault&apos;s recovery key.</source>
        <translation>Ауысым бастығы жазбаларды бекітеді, қызметкерлерді басқарады және қойманың қалпына келтіру кілтін сақтайды.</translation>
    </message>
    <message>
        <source>Choose a login (small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;) and a passphrase. A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Логин (кіші латын әріптері, цифрлар, &apos;.&apos;, &apos;_&apos; немесе &apos;-&apos;) және құпия фраза таңдаңыз. Бірнеше сөзден тұратын сөйлемді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>e.g. aigerim.s</source>
        <translation>мысалы, aigerim.s</translation>
    </message>
    <message>
        <source>Supervisor login</source>
        <translation>Ауысым бастығының логині</translation>
    </message>
    <message>
        <source>Will be stored as: %1</source>
        <translation>Былай сақталады: %1</translation>
    </message>
    <message>
        <source>Not allowed in a login: %1. Use small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Логинде рұқсат етілмейді: %1. Кіші латын әріптерін, цифрларды, &apos;.&apos;, &apos;_&apos; немесе &apos;-&apos; қолданыңыз.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>бос орын</translation>
    </message>
    <message>
        <source>Choose a login of 2 to 32 characters, starting with a letter.</source>
        <translation>Әріптен басталатын 2–32 таңбалы логин таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>TranslationColumns</name>
    <message numerus="yes">
        <source>A Russian translation is missing for %n field(s): the documents for the other Party will say so. A record written in Russian needs none.</source>
        <translation>
            <numerusform>%n өрістің орысша аудармасы жоқ: екінші Тарапқа арналған құжаттар мұны көрсетеді. Орысша жазылған жазбаға аударма қажет емес.</numerusform>
            <numerusform>%n өрістің орысша аудармасы жоқ: екінші Тарапқа арналған құжаттар мұны көрсетеді. Орысша жазылған жазбаға аударма қажет емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Жазылғандай</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Жабдық</translation>
    </message>
    <message>
        <source>Every free-text field has its Russian translation.</source>
        <translation>Әр еркін мәтін өрісінің орысша аудармасы бар.</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>Пайдалану туралы ескертпе</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>%1-зат: сипаттамасы</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Оқиғаның сипаттамасы</translation>
    </message>
    <message>
        <source>No free text yet: its Russian translation is written here.</source>
        <translation>Еркін мәтін әлі жоқ: оның орысша аудармасы осында жазылады.</translation>
    </message>
    <message>
        <source>Place description</source>
        <translation>Орынның сипаттамасы</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Орысша аудармасы (Келісімнің 14-бабы)</translation>
    </message>
    <message>
        <source>Substance %1: properties</source>
        <translation>%1-зат: қасиеттері</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Shekara — unlock</source>
        <translation>Shekara — ашу</translation>
    </message>
    <message>
        <source>Border records vault. Unlock it to continue.</source>
        <translation>Шекара жазбаларының қоймасы. Жалғастыру үшін оны ашыңыз.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Қойма қалтасы: %1</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Қызметкер:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;фраза:</translation>
    </message>
    <message>
        <source>your login, e.g. aigerim.s</source>
        <translation>логиніңіз, мысалы, aigerim.s</translation>
    </message>
    <message>
        <source>Officer login</source>
        <translation>Қызметкер логині</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Recovery &amp;key…</source>
        <translation>Қалпына келтіру кі&amp;лті…</translation>
    </message>
    <message>
        <source>Set a forgotten passphrase with the recovery key from the post&apos;s safe</source>
        <translation>Ұмытылған құпия фразаны бекет сейфіндегі қалпына келтіру кілтімен белгілеу</translation>
    </message>
    <message>
        <source>The vault has a new master key: unlock it with your passphrase. Each officer listed on the new-key screen needs a new passphrase: set it with &quot;%1&quot; and the new recovery key.</source>
        <translation>Қойманың жаңа негізгі кілті бар: оны өз құпия фразаңызбен ашыңыз. Жаңа кілт терезесінде аталған әр қызметкерге жаңа құпия фраза керек: оны «%1» арқылы жаңа қалпына келтіру кілтімен орнатыңыз.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық &amp;көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Demo vault with sample records (post %1), in a temporary folder that is deleted when Shekara closes.
Officers: %2
Passphrase for all: %3</source>
        <translation>Үлгі жазбалары бар демо-қойма (%1 бекеті), Shekara жабылғанда жойылатын уақытша қалтада.
Қызметкерлер: %2
Барлығына ортақ құпия фраза: %3</translation>
    </message>
    <message>
        <source>Unlocking as soon as the demo vault is ready…</source>
        <translation>Демо-қойма дайын болғанда бірден ашылады…</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Демо-қойма дайындалуда…</translation>
    </message>
    <message>
        <source>The passphrase of %1 was set. Unlock with it now.</source>
        <translation>%1 құпия фразасы белгіленді. Енді онымен ашыңыз.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ауысым бастығы</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>қызметкер</translation>
    </message>
    <message>
        <source>The vault was locked after a time without use.</source>
        <translation>Қойма біраз уақыт пайдаланылмағаннан кейін құлыпталды.</translation>
    </message>
    <message>
        <source>The vault was locked.</source>
        <translation>Қойма құлыпталды.</translation>
    </message>
    <message>
        <source>The vault was locked because the computer was locked.</source>
        <translation>Компьютер құлыпталғандықтан қойма құлыпталды.</translation>
    </message>
    <message>
        <source>The vault was locked so that the new reference data is used: unlock it to go on.</source>
        <translation>Жаңа анықтамалық деректер қолданылуы үшін қойма құлыпталды: жұмысты жалғастыру үшін оны ашыңыз.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ашылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Келесі әрекетке дейін %n секунд күтіңіз.</numerusform>
            <numerusform>Келесі әрекетке дейін %n секунд күтіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Check a printed document</source>
        <translation>Басылған құжатты тексеру</translation>
    </message>
    <message>
        <source>Every document Shekara prints has a QR code, with the text it holds printed beside it (it starts with SHK1:). Scan the code, or type the text, and press Check: the vault says whether the paper matches what it holds now.</source>
        <translation>Shekara басып шығаратын әр құжатта QR коды бар, оның жанында код сақтайтын мәтін басылған (SHK1: деп басталады). Кодты сканерлеңіз немесе мәтінді теріп, «Тексеру» батырмасын басыңыз: қойма қағаздың қазір өзінде сақталғанмен сәйкес келетінін айтады.</translation>
    </message>
    <message>
        <source>&amp;Text of the QR code:</source>
        <translation>QR кодының &amp;мәтіні:</translation>
    </message>
    <message>
        <source>Text of the QR code</source>
        <translation>QR кодының мәтіні</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>The paper matches the vault.</source>
        <translation>Қағаз қоймамен сәйкес келеді.</translation>
    </message>
    <message>
        <source>The paper matches an earlier version, not the one in force.</source>
        <translation>Қағаз қолданыстағы нұсқамен емес, бұрынғы нұсқамен сәйкес келеді.</translation>
    </message>
    <message>
        <source>Nothing in this vault matches the paper.</source>
        <translation>Бұл қоймада қағазға сәйкес келетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Құжат: %1</translation>
    </message>
    <message>
        <source>%1, version %2 on the paper</source>
        <translation>%1, қағаздағы нұсқа: %2</translation>
    </message>
    <message>
        <source>Packet %1 of post %2</source>
        <translation>%2 бекетінің %1 пакеті</translation>
    </message>
    <message>
        <source>Keys of %1</source>
        <translation>%1 кілттері</translation>
    </message>
    <message>
        <source>It may be another vault&apos;s paper, a document changed after printing, or a forgery. Do not rely on it.</source>
        <translation>Бұл басқа қойманың қағазы, басылғаннан кейін өзгертілген құжат немесе жалған құжат болуы мүмкін. Оған сүйенбеңіз.</translation>
    </message>
    <message>
        <source>It is the version in force (%1).</source>
        <translation>Бұл қолданыстағы нұсқа (%1).</translation>
    </message>
    <message>
        <source>The version in force is %1 (%2): print it again.</source>
        <translation>Қолданыстағы нұсқа — %1 (%2): оны қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>This vault holds nothing with this id.</source>
        <translation>Бұл қоймада осы идентификатормен ештеңе жоқ.</translation>
    </message>
    <message>
        <source>This vault holds it, but no version with this content.</source>
        <translation>Бұл қоймада ол бар, бірақ осы мазмұнмен нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>The refusal is recorded against the request as it stands.</source>
        <translation>Бас тарту өтініштің қазіргі күйіне қатысты тіркелген.</translation>
    </message>
    <message>
        <source>The refusal is recorded, but the request has changed since: it is at version %1.</source>
        <translation>Бас тарту тіркелген, бірақ өтініш содан бері өзгерді: қазір %1-нұсқа.</translation>
    </message>
    <message>
        <source>No refusal with this content is recorded in this vault.</source>
        <translation>Бұл қоймада осы мазмұнмен бас тарту тіркелмеген.</translation>
    </message>
    <message>
        <source>The vault counts the same records for this period.</source>
        <translation>Қойма осы кезең үшін сол жазбаларды санайды.</translation>
    </message>
    <message>
        <source>The vault now counts other records for this period than the ones printed.</source>
        <translation>Қойма қазір осы кезең үшін басылғандардан басқа жазбаларды санайды.</translation>
    </message>
    <message>
        <source>This HQ received that packet, with this SHA-256.</source>
        <translation>Бұл орталық орган осы SHA-256 бар сол пакетті алды.</translation>
    </message>
    <message>
        <source>This post exported that packet, with this SHA-256.</source>
        <translation>Бұл бекет осы SHA-256 бар сол пакетті жөнелтті.</translation>
    </message>
    <message>
        <source>This HQ received no such packet.</source>
        <translation>Бұл орталық орган мұндай пакетті алмаған.</translation>
    </message>
    <message>
        <source>This post exported no such packet.</source>
        <translation>Бұл бекет мұндай пакетті жөнелтпеген.</translation>
    </message>
    <message>
        <source>These are this installation&apos;s keys now.</source>
        <translation>Бұл — осы орнатудың қазіргі кілттері.</translation>
    </message>
    <message>
        <source>These keys were replaced: the sheet is no longer valid.</source>
        <translation>Бұл кілттер ауыстырылды: парақ енді жарамсыз.</translation>
    </message>
    <message>
        <source>These are not this installation&apos;s keys.</source>
        <translation>Бұл осы орнатудың кілттері емес.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>алынып тасталған</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Нұсқаны салыстыру</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>нұсқамен</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ескі нұсқа</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Жаңа нұсқа</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Тек өзгергендері</translation>
    </message>
    <message>
        <source>Fields of the two versions</source>
        <translation>Екі нұсқаның өрістері</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>%1-нұсқа</translation>
    </message>
    <message>
        <source>Reason for version %1: %2</source>
        <translation>%1-нұсқаның себебі: %2</translation>
    </message>
</context>
<context>
    <name>WriteAckDialog</name>
    <message>
        <source>Write an acknowledgement</source>
        <translation>Растаманы жазу</translation>
    </message>
    <message>
        <source>The acknowledgement tells the post what HQ has received: every record version, the packets imported, and any gaps, held packets or refusals. The newest one says it all; it is signed by HQ and only the post can read it.</source>
        <translation>Растама бекетке орталық органның не алғанын хабарлайды: әр жазба нұсқасы, жүктелген пакеттер және кез келген олқылықтар, ұсталған пакеттер немесе бас тартулар. Ең жаңасы бәрін айтады; оған орталық орган қол қояды және оны тек бекет оқи алады.</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Бекет:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement</source>
        <translation>Растаманы &amp;жазу</translation>
    </message>
    <message>
        <source>no post is enrolled</source>
        <translation>бірде-бір бекет тіркелмеген</translation>
    </message>
    <message>
        <source>Acknowledgement %1 for %2 is written and checked:</source>
        <translation>%2 үшін %1 растамасы жазылды және тексерілді:</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>It confirms %n record version(s)</source>
        <translation>
            <numerusform>Ол %n жазба нұсқасын</numerusform>
            <numerusform>Ол %n жазба нұсқасын</numerusform>
        </translation>
    </message>
    <message>
        <source>and every packet up to number %1.</source>
        <translation>және %1 нөміріне дейінгі барлық пакетті растайды.</translation>
    </message>
    <message>
        <source>It asks again for the missing packet(s) %1.</source>
        <translation>Ол жетіспейтін № %1 пакетті қайта сұрайды.</translation>
    </message>
    <message>
        <source>It reports packet(s) %1 as held.</source>
        <translation>Ол № %1 пакетті ұсталған деп хабарлайды.</translation>
    </message>
    <message numerus="yes">
        <source>It reports %n refused packet(s).</source>
        <translation>
            <numerusform>Ол қабылданбаған %n пакетті хабарлайды.</numerusform>
            <numerusform>Ол қабылданбаған %n пакетті хабарлайды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Writing the packet</source>
        <translation>Пакет жазылуда</translation>
    </message>
    <message>
        <source>Do not pull the stick out until this is done.</source>
        <translation>Бұл аяқталмайынша флеш-жинақтауышты суырмаңыз.</translation>
    </message>
    <message>
        <source>&amp;Stop writing</source>
        <translation>Жазуды &amp;тоқтату</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Progress of the writing</source>
        <translation>Жазу барысы</translation>
    </message>
    <message>
        <source>Stopping… the stick is being cleaned up.</source>
        <translation>Тоқтатылуда… флеш-жинақтауыш тазартылуда.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2</source>
        <translation>Жазылуда: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Reading the packet back from the stick and checking it…</source>
        <translation>Пакет флеш-жинақтауыштан қайта оқылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Preparing the packet (signing and encrypting)…</source>
        <translation>Пакет дайындалуда (қол қою және шифрлау)…</translation>
    </message>
    <message>
        <source>Writing was stopped.</source>
        <translation>Жазу тоқтатылды.</translation>
    </message>
    <message>
        <source>The packet is kept in the vault: trying again writes exactly the same packet. Check the stick (plugged in, enough free space).</source>
        <translation>Пакет қоймада сақталған: қайталағанда дәл сол пакет жазылады. Флеш-жинақтауышты тексеріңіз (жалғанған ба, бос орын жеткілікті ме).</translation>
    </message>
    <message>
        <source>Nothing was marked as exported: the records wait for the next export. Check the stick (plugged in, enough free space) and try again, or go back and choose another one.</source>
        <translation>Ештеңе жөнелтілді деп белгіленген жоқ: жазбалар келесі жөнелтуді күтеді. Флеш-жинақтауышты тексеріп (жалғанған ба, бос орын жеткілікті ме), қайталаңыз немесе артқа қайтып, басқасын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>that file is already attached to record {id}</source>
        <translation>бұл файл {id} жазбасына бұрын тіркелген</translation>
    </message>
    <message>
        <source>the media type must look like image/jpeg</source>
        <translation>медиатүр image/jpeg сияқты болуы керек</translation>
    </message>
    <message>
        <source>the attachment file is empty</source>
        <translation>тіркеме файлы бос</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}: attachments are added to a draft (amend the record first)</source>
        <translation>{id} жазбасының {version}-нұсқасы {status}: тіркемелер жобаға қосылады (алдымен жазбаны түзетіңіз)</translation>
    </message>
    <message>
        <source>an attachment is at most {n} bytes</source>
        <translation>тіркеме {n} байттан аспауы керек</translation>
    </message>
    <message>
        <source>wrong officer name or passphrase</source>
        <translation>қызметкердің аты не құпия фраза қате</translation>
    </message>
    <message>
        <source>this vault has no recovery slot</source>
        <translation>бұл қоймада қалпына келтіру ұясы жоқ</translation>
    </message>
    <message>
        <source>officers can change only their own passphrase</source>
        <translation>қызметкерлер тек өз құпия фразасын өзгерте алады</translation>
    </message>
    <message>
        <source>a recovery key is 13 groups of five letters and digits (older keys: of four)</source>
        <translation>қалпына келтіру кілті — бес әріп пен цифрдан тұратын 13 топ (ескі кілттерде — төрттен)</translation>
    </message>
    <message>
        <source>group {n} of the recovery key is mistyped: check it against the sheet</source>
        <translation>қалпына келтіру кілтінің {n}-тобы қате терілген: оны парақпен салыстырыңыз</translation>
    </message>
    <message>
        <source>only a supervisor may do this</source>
        <translation>мұны тек ауысым бастығы жасай алады</translation>
    </message>
    <message>
        <source>no officer {login} in this vault</source>
        <translation>бұл қоймада {login} қызметкері жоқ</translation>
    </message>
    <message>
        <source>too many failed unlocks: try again in {n} s</source>
        <translation>сәтсіз ашу әрекеттері тым көп: {n} секундтан кейін қайталаңыз</translation>
    </message>
    <message>
        <source>wrong passphrase or recovery key</source>
        <translation>құпия фраза немесе қалпына келтіру кілті қате</translation>
    </message>
    <message>
        <source>not a Shekara backup</source>
        <translation>бұл Shekara сақтық көшірмесі емес</translation>
    </message>
    <message>
        <source>the backup file is damaged or not a backup</source>
        <translation>сақтық көшірме файлы зақымдалған немесе сақтық көшірме емес</translation>
    </message>
    <message>
        <source>no backup file {path}</source>
        <translation>{path} сақтық көшірме файлы жоқ</translation>
    </message>
    <message>
        <source>no folder {path}</source>
        <translation>{path} қалтасы жоқ</translation>
    </message>
    <message>
        <source>this backup was written by a newer Shekara</source>
        <translation>бұл сақтық көшірмені Shekara-ның жаңарақ нұсқасы жазған</translation>
    </message>
    <message>
        <source>the backup did not read back the same</source>
        <translation>сақтық көшірме қайта оқылғанда сәйкес келмеді</translation>
    </message>
    <message>
        <source>the backup failed its integrity check</source>
        <translation>сақтық көшірме тұтастық тексерісінен өтпеді</translation>
    </message>
    <message>
        <source>could not write the backup: {reason}</source>
        <translation>сақтық көшірмені жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>cannot read the attachment: {reason}</source>
        <translation>тіркемені оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>give the partner&apos;s registration number of the consent letter, as printed on it (e.g. HQ-LT/2026/000012)</source>
        <translation>келісім хатының екінші Тараптағы тіркеу нөмірін хатта басылғандай көрсетіңіз (мысалы, HQ-LT/2026/000012)</translation>
    </message>
    <message>
        <source>fact {id} was destroyed at the partner&apos;s request (Art. 10.3): there is nothing left to pass on</source>
        <translation>{id} фактісі екінші Тараптың талабы бойынша жойылды (10-баптың 3-тармағы): беретін ештеңе жоқ</translation>
    </message>
    <message>
        <source>the consent letter {name} is empty</source>
        <translation>{name} келісім хаты бос</translation>
    </message>
    <message>
        <source>the consent letter is at most {n} bytes</source>
        <translation>келісім хаты {n} байттан аспауы керек</translation>
    </message>
    <message>
        <source>cannot read the consent letter {name}</source>
        <translation>{name} келісім хатын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>name the third party the consent is for (at most {n} characters)</source>
        <translation>келісім берілген үшінші тарапты көрсетіңіз (ең көбі {n} таңба)</translation>
    </message>
    <message>
        <source>unknown Party {party}: use KZ or LT</source>
        <translation>{party} — белгісіз Тарап: KZ немесе LT пайдаланыңыз</translation>
    </message>
    <message>
        <source>cannot read the folder {name}: {reason}</source>
        <translation>{name} қалтасын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>the folder {name} holds no packet of post {post}: export one there first (Post &gt; Export packet to a stick)</source>
        <translation>{name} қалтасында {post} бекетінің пакеті жоқ: алдымен оған пакет жазыңыз (Бекет &gt; Пакетті флеш-жинақтауышқа жазу)</translation>
    </message>
    <message>
        <source>the draft is larger than {n} bytes</source>
        <translation>жоба {n} байттан үлкен</translation>
    </message>
    <message>
        <source>it does not follow packet {last}, the last one imported from {partner}</source>
        <translation>ол {partner} органынан соңғы импортталған {last} пакетінен кейін келмейді</translation>
    </message>
    <message>
        <source>a different packet with sequence number {seq} was received from {partner} before</source>
        <translation>{partner} органынан {seq} реттік нөмірлі басқа пакет бұрын алынған</translation>
    </message>
    <message>
        <source>{what} {index} of the letter breaks the data dictionary at {path} [{reason}]</source>
        <translation>хаттың {what} {index} элементі {path} өрісінде деректер сөздігін бұзады [{reason}]</translation>
    </message>
    <message>
        <source>the letter gives consent for {id}, which this HQ never received</source>
        <translation>хат {id} үшін келісім береді, бірақ бұл орталық орган оны алмаған</translation>
    </message>
    <message>
        <source>the letter answers or refuses request {id}, which this HQ did not send</source>
        <translation>хат {id} өтінішіне жауап береді немесе бас тартады, бірақ бұл орталық орган ондай өтініш жібермеген</translation>
    </message>
    <message>
        <source>the letter says it goes from {sender} to {recipient}, but it is signed by {signer} and this is {own}</source>
        <translation>хатта ол {sender} тарапынан {recipient} тарапына жіберілген делінген, бірақ оған {signer} қол қойған, ал бұл {own}</translation>
    </message>
    <message>
        <source>this vault was restored from a backup made after packet {last}: if packets were exported after the backup, the next one would repeat their numbers (a fork at HQ). Import HQ&apos;s newest acknowledgement first (&apos;shekara ack import FILE&apos;; in the window: Post &gt; Import acknowledgement); if HQ has nothing after packet {last}, export with --after-restore (in the window: tick &apos;HQ has confirmed it received nothing newer — export anyway&apos;)</source>
        <translation>бұл қойма {last} пакеттен кейін жасалған сақтық көшірмеден қалпына келтірілді: көшірмеден кейін пакеттер жөнелтілген болса, келесісі олардың нөмірлерін қайталар еді (орталық органда тармақталу). Алдымен орталық органның ең жаңа растамасын жүктеңіз (&apos;shekara ack import FILE&apos;; терезеде: Бекет &gt; Растаманы жүктеу); орталық органда {last} пакеттен кейін ештеңе болмаса, --after-restore арқылы жөнелтіңіз (терезеде: «Орталық орган жаңарақ ештеңе алмағанын растады — бәрібір жөнелту» белгісін қойыңыз)</translation>
    </message>
    <message>
        <source>an attachment named by a record is missing from the vault: the vault may be damaged</source>
        <translation>жазбада аталған тіркеме қоймада жоқ: қойма зақымдалған болуы мүмкін</translation>
    </message>
    <message>
        <source>packet {seq} is not in the outbox: it was acknowledged by HQ or never written</source>
        <translation>{seq} пакеті жөнелтілетіндер арасында жоқ: оны орталық орган растаған немесе ол мүлде жазылмаған</translation>
    </message>
    <message>
        <source>nothing to export: no approved record, correction or withdrawal waits to be sent</source>
        <translation>жөнелтетін ештеңе жоқ: жіберуді күтіп тұрған бекітілген жазба, түзету немесе кері қайтарып алу жоқ</translation>
    </message>
    <message>
        <source>say why the packet is discarded (--reason, at most {limit} characters)</source>
        <translation>пакеттің неге жойылатынын көрсетіңіз (--reason, {limit} таңбадан аспайды)</translation>
    </message>
    <message>
        <source>no post is enrolled yet</source>
        <translation>әзірге бірде-бір бекет тіркелмеген</translation>
    </message>
    <message>
        <source>HQ holds no packet {id}</source>
        <translation>орталық орган {id} пакетін ұстап тұрған жоқ</translation>
    </message>
    <message>
        <source>post {post} has no key to revoke</source>
        <translation>{post} бекетінде кері қайтаратын кілт жоқ</translation>
    </message>
    <message>
        <source>post {post} is not enrolled (or its key is revoked)</source>
        <translation>{post} бекеті тіркелмеген (немесе оның кілті кері қайтарылған)</translation>
    </message>
    <message>
        <source>HQ knows no post {post}</source>
        <translation>орталық орган {post} бекетін білмейді</translation>
    </message>
    <message>
        <source>an object names the same key twice</source>
        <translation>нысанда бір кілт екі рет аталған</translation>
    </message>
    <message>
        <source>duplicate key &quot;{key}&quot; in {where}</source>
        <translation>{where} ішінде &quot;{key}&quot; кілті қайталанған</translation>
    </message>
    <message>
        <source>the input holds no records</source>
        <translation>кіріс деректерінде жазба жоқ</translation>
    </message>
    <message>
        <source>a key in {where} is not valid Unicode</source>
        <translation>{where} ішіндегі кілт дұрыс Unicode емес</translation>
    </message>
    <message>
        <source>a string is not valid Unicode</source>
        <translation>жол дұрыс Unicode емес</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8 (byte {offset})</source>
        <translation>кіріс деректері дұрыс UTF-8 емес ({offset}-байт)</translation>
    </message>
    <message>
        <source>the input is not valid Unicode text</source>
        <translation>кіріс деректері дұрыс Unicode мәтіні емес</translation>
    </message>
    <message>
        <source>the string at {where} is not valid Unicode</source>
        <translation>{where} орнындағы жол дұрыс Unicode емес</translation>
    </message>
    <message>
        <source>an integer beyond ±{limit} is not allowed in JSON</source>
        <translation>JSON-да ±{limit} шегінен асатын бүтін санға жол берілмейді</translation>
    </message>
    <message>
        <source>not valid JSON at line {line} column {column}: {reason}</source>
        <translation>{line}-жолдың {column}-бағанында дұрыс емес JSON: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: a value is out of range</source>
        <translation>дұрыс емес JSON: мән рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>{where}: not valid JSON at column {column}: {reason}</source>
        <translation>{where}: {column}-бағанда дұрыс емес JSON: {reason}</translation>
    </message>
    <message>
        <source>NaN and Infinity cannot be written as JSON</source>
        <translation>NaN және Infinity мәндерін JSON түрінде жазу мүмкін емес</translation>
    </message>
    <message>
        <source>NaN, Infinity and numbers too large for a float are not allowed in JSON</source>
        <translation>JSON-да NaN, Infinity және float үшін тым үлкен сандарға рұқсат етілмейді</translation>
    </message>
    <message>
        <source>the input must be one JSON object, a JSON array of objects, or JSON Lines (one object per line)</source>
        <translation>кіріс деректері бір JSON нысаны, JSON нысандар массиві немесе JSON Lines (әр жолда бір нысан) болуы керек</translation>
    </message>
    <message>
        <source>nesting deeper than {max_depth} levels</source>
        <translation>кірістіру {max_depth} деңгейден терең</translation>
    </message>
    <message>
        <source>nesting deeper than {max_depth} levels at line {line} column {column}</source>
        <translation>{line}-жолдың {column}-бағанында кірістіру {max_depth} деңгейден терең</translation>
    </message>
    <message>
        <source>the input is larger than {limit} bytes</source>
        <translation>кіріс деректері {limit} байттан үлкен</translation>
    </message>
    <message>
        <source>the input holds more than {limit} records</source>
        <translation>кіріс деректерінде {limit} жазбадан көп</translation>
    </message>
    <message>
        <source>this vault already has its packet keys</source>
        <translation>бұл қойманың пакет кілттері бұрыннан бар</translation>
    </message>
    <message>
        <source>{name} already exists: choose another name</source>
        <translation>{name} бұрыннан бар: басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>the keys of this HQ were never rotated</source>
        <translation>бұл орталық органның кілттері ешқашан ауыстырылмаған</translation>
    </message>
    <message>
        <source>HQ key {fingerprint} is already pinned: to replace it (after checking the new one on paper) use --replace</source>
        <translation>орталық органның {fingerprint} кілті бұрыннан бекітілген: оны ауыстыру үшін (жаңасын қағаз бойынша тексергеннен кейін) --replace пайдаланыңыз</translation>
    </message>
    <message>
        <source>the folder for {name} does not exist</source>
        <translation>{name} үшін қалта жоқ</translation>
    </message>
    <message>
        <source>{what} is malformed: {reason}</source>
        <translation>{what}: пішімі дұрыс емес ({reason})</translation>
    </message>
    <message>
        <source>the letter withdraws request {id}, which is this HQ&apos;s own: a Party withdraws only the requests it made</source>
        <translation>хат {id} өтінішін кері қайтарып алады, бірақ ол осы орталық органның өз өтініші: Тарап тек өзі жіберген өтініштерді кері қайтарып ала алады</translation>
    </message>
    <message>
        <source>the letter asks a follow-up question on request {id}, which this HQ neither sent nor received</source>
        <translation>хат {id} өтініші бойынша қосымша сұрақ қояды, бірақ бұл орталық орган ондай өтінішті жібермеген де, алмаған да</translation>
    </message>
    <message>
        <source>the letter withdraws request {id}, which this HQ never received</source>
        <translation>хат {id} өтінішін кері қайтарып алады, бірақ бұл орталық орган ондай өтінішті алмаған</translation>
    </message>
    <message>
        <source>packet {seq} was interrupted while being written: run &apos;shekara export&apos; to finish it (in the window: Post &gt; Export packet to a stick)</source>
        <translation>{seq} пакетін жазу үзілді: аяқтау үшін &apos;shekara export&apos; орындаңыз (терезеде: Бекет &gt; Пакетті флеш-жинақтауышқа жазу)</translation>
    </message>
    <message>
        <source>{id} is not an id from &apos;shekara hq held list&apos; (in the window: HQ &gt; Held and quarantined packets)</source>
        <translation>{id} — &apos;shekara hq held list&apos; тізіміндегі идентификатор емес (терезеде: Орталық орган &gt; Ұсталған және карантиндегі пакеттер)</translation>
    </message>
    <message>
        <source>an export was interrupted: run &apos;shekara export&apos; to finish it before rotating the keys (in the window: Post &gt; Export packet to a stick)</source>
        <translation>жөнелту үзілді: кілттерді ауыстырмас бұрын оны аяқтау үшін &apos;shekara export&apos; орындаңыз (терезеде: Бекет &gt; Пакетті флеш-жинақтауышқа жазу)</translation>
    </message>
    <message>
        <source>the folder for the rotation files does not exist</source>
        <translation>кілттерді ауыстыру файлдарына арналған қалта жоқ</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are not imported yet: run &apos;shekara keys import-hq FILE&apos; with the file from HQ (in the window: Admin &gt; Keys and fingerprints)</source>
        <translation>орталық органның кілттері әлі жүктелмеген: орталық органнан келген файлмен &apos;shekara keys import-hq FILE&apos; орындаңыз (терезеде: Әкімшілік &gt; Кілттер және цифрлық іздер)</translation>
    </message>
    <message>
        <source>the keys of this post were never rotated</source>
        <translation>бұл бекеттің кілттері ешқашан ауыстырылмаған</translation>
    </message>
    <message>
        <source>this vault has no packet keys yet: create them with &apos;shekara keys create&apos;</source>
        <translation>бұл қоймада әлі пакет кілттері жоқ: оларды &apos;shekara keys create&apos; арқылы жасаңыз</translation>
    </message>
    <message>
        <source>post {post} already has key {fingerprint}: a new key needs a rotation statement signed by it, or revoke it first</source>
        <translation>{post} бекетінде {fingerprint} кілті бар: жаңа кілтке сол кілтпен қол қойылған ауыстыру мәлімдемесі керек, әйтпесе алдымен оны кері қайтарыңыз</translation>
    </message>
    <message>
        <source>a post cannot use this HQ&apos;s own code {code}</source>
        <translation>бекет осы орталық органның өз кодын ({code}) пайдалана алмайды</translation>
    </message>
    <message>
        <source>the rotation is signed by a key of {post} that is {state}: enroll the new key on paper instead</source>
        <translation>ауыстыруға {post} бекетінің {state} кілтімен қол қойылған: оның орнына жаңа кілтті қағаз арқылы тіркеңіз</translation>
    </message>
    <message>
        <source>this key of {post} was {state}: it cannot be enrolled again</source>
        <translation>{post} бекетінің бұл кілті {state} болған: оны қайта тіркеуге болмайды</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>{name} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>post {post} belongs to {party}; this HQ enrolls posts of {own}</source>
        <translation>{post} бекеті {party} тарапына тиесілі; бұл орталық орган {own} бекеттерін тіркейді</translation>
    </message>
    <message>
        <source>these are the keys of {party}&apos;s HQ; this post belongs to {own}</source>
        <translation>бұл {party} орталық органының кілттері; бұл бекет {own} тарапына тиесілі</translation>
    </message>
    <message>
        <source>an officer login is 2-32 characters: a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>қызметкер логині — әріптен басталатын 2–32 таңба: a-z, цифрлар, &apos;.&apos;, &apos;_&apos; немесе &apos;-&apos;</translation>
    </message>
    <message>
        <source>role must be officer or supervisor</source>
        <translation>рөл officer немесе supervisor болуы керек</translation>
    </message>
    <message>
        <source>officer {login} already exists</source>
        <translation>{login} қызметкері бұрыннан бар</translation>
    </message>
    <message>
        <source>the last supervisor cannot be removed</source>
        <translation>соңғы ауысым бастығын алып тастауға болмайды</translation>
    </message>
    <message>
        <source>no officer {login}</source>
        <translation>{login} қызметкері жоқ</translation>
    </message>
    <message>
        <source>a passphrase cannot hold control characters</source>
        <translation>құпия фразада басқару таңбалары болмауы керек</translation>
    </message>
    <message>
        <source>you cannot remove yourself</source>
        <translation>өзіңізді алып тастай алмайсыз</translation>
    </message>
    <message>
        <source>the login {login} is reserved</source>
        <translation>{login} логині сақталып қойылған</translation>
    </message>
    <message>
        <source>a passphrase needs at least {n} characters</source>
        <translation>құпия фразада кемінде {n} таңба болуы керек</translation>
    </message>
    <message>
        <source>{field} holds a control or invisible character</source>
        <translation>{field} ішінде басқару немесе көрінбейтін таңба бар</translation>
    </message>
    <message>
        <source>{field} has nothing visible in it</source>
        <translation>{field} ішінде көрінетін ештеңе жоқ</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters</source>
        <translation>{field} {n} таңбадан ұзын</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} differs from what was written: it was altered or damaged on disk and is not written again</source>
        <translation>{seq} пакетінің жөнелтілетін көшірмесі жазылғанынан өзгеше: ол дискіде өзгертілген немесе зақымдалған, қайта жазылмайды</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} is missing from the vault&apos;s folder: it cannot be written again; restore the vault from a backup</source>
        <translation>{seq} пакетінің жөнелтілетін көшірмесі қойма қалтасында жоқ: оны қайта жазу мүмкін емес; қойманы сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} could not be read ({reason})</source>
        <translation>{seq} пакетінің жөнелтілетін көшірмесін оқу мүмкін болмады ({reason})</translation>
    </message>
    <message>
        <source>the acknowledgement confirms packets up to {through}, but this vault has sent only {sent}: it was restored from an older backup (or belongs to another installation); this ack does not name packet {through}&apos;s hash: ask HQ for a new acknowledgement and import it before exporting</source>
        <translation>растау {through} дейінгі пакеттерді қамтиды, бірақ бұл қойма тек {sent} жіберді: ол ескі сақтық көшірмеден қалпына келтірілген (немесе басқа орнатуға тиесілі); бұл растауда {through} пакетінің хеші жоқ: орталық органнан жаңа растау сұраңыз және жөнелту алдында оны импорттаңыз</translation>
    </message>
    <message>
        <source>the acknowledgement is about post {post}, not this one</source>
        <translation>растама осы бекет туралы емес, {post} бекеті туралы</translation>
    </message>
    <message>
        <source>record {id} names an attachment the packet does not carry</source>
        <translation>{id} жазбасы пакетте жоқ тіркемені атайды</translation>
    </message>
    <message>
        <source>the reference data is malformed [{reason}]</source>
        <translation>анықтамалық деректер бұзылған [{reason}]</translation>
    </message>
    <message>
        <source>the key file is larger than {n} bytes</source>
        <translation>кілт файлы {n} байттан үлкен</translation>
    </message>
    <message>
        <source>the key file&apos;s signature is not valid: it was altered</source>
        <translation>кілт файлының қолтаңбасы жарамсыз: ол өзгертілген</translation>
    </message>
    <message>
        <source>the rotation&apos;s {which} signature is not valid</source>
        <translation>ауыстырудың {which} қолтаңбасы жарамсыз</translation>
    </message>
    <message>
        <source>this file is not a Shekara packet</source>
        <translation>бұл файл Shekara пакеті емес</translation>
    </message>
    <message>
        <source>the packet&apos;s signature is not valid: the packet was altered after it was signed</source>
        <translation>пакеттің қолтаңбасы жарамсыз: пакет қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the packet&apos;s encrypted body does not match its signed hash: it was altered</source>
        <translation>пакеттің шифрланған мазмұны қол қойылған хэшке сәйкес келмейді: ол өзгертілген</translation>
    </message>
    <message>
        <source>the packet&apos;s body is {actual} bytes but its header says {expected}: it was cut short or bytes were added</source>
        <translation>пакет мазмұны {actual} байт, ал тақырыбында {expected} делінген: ол қысқартылған немесе байттар қосылған</translation>
    </message>
    <message>
        <source>record {index} of the packet does not match its content hash</source>
        <translation>пакеттің {index}-жазбасы мазмұн хэшіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>the packet&apos;s body could not be decrypted: it is damaged</source>
        <translation>пакет мазмұнын шифрдан шығару мүмкін болмады: ол зақымдалған</translation>
    </message>
    <message>
        <source>the file is empty: it is not a packet</source>
        <translation>файл бос: бұл пакет емес</translation>
    </message>
    <message>
        <source>the key file is empty</source>
        <translation>кілт файлы бос</translation>
    </message>
    <message>
        <source>a file named {name} is already in that folder: move it away or choose another folder</source>
        <translation>ол қалтада {name} деген файл бұрыннан бар: оны басқа жерге жылжытыңыз немесе басқа қалта таңдаңыз</translation>
    </message>
    <message>
        <source>the stick&apos;s file system cannot hold a file of {size} bytes; nothing was kept</source>
        <translation>флеш-жинақтауыштың файлдық жүйесі {size} байттық файлды сыйғыза алмайды; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the packet carries record {id}, which this HQ holds from elsewhere</source>
        <translation>пакетте {id} жазбасы бар, ал бұл орталық органда ол басқа жерден алынған</translation>
    </message>
    <message>
        <source>the packet header is larger than {limit} bytes</source>
        <translation>пакет тақырыбы {limit} байттан үлкен</translation>
    </message>
    <message>
        <source>record {index} of the packet breaks the data dictionary at {path} [{reason}]</source>
        <translation>пакеттің {index}-жазбасы {path} орнында деректер сөздігін бұзады [{reason}]</translation>
    </message>
    <message>
        <source>the packet would hold more than {limit} bytes of records: export fewer at a time</source>
        <translation>пакетте {limit} байттан көп жазба болар еді: бір жолы азырақ жөнелтіңіз</translation>
    </message>
    <message>
        <source>the folder to write the packet to does not exist (is the stick plugged in?)</source>
        <translation>пакетті жазатын қалта жоқ (флеш-жинақтауыш қосылған ба?)</translation>
    </message>
    <message>
        <source>the stick is full: the packet needs {size} bytes; free some space or use another stick; nothing was kept</source>
        <translation>флеш-жинақтауыш толы: пакетке {size} байт керек; орын босатыңыз немесе басқа флеш-жинақтауыш пайдаланыңыз; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the packet&apos;s body is not a binary age file</source>
        <translation>пакет мазмұны екілік age файлы емес</translation>
    </message>
    <message>
        <source>the packet is not encrypted to this installation&apos;s keys</source>
        <translation>пакет осы орнатудың кілттерімен шифрланбаған</translation>
    </message>
    <message>
        <source>the stick is read-only or the folder is not writable; nothing was kept</source>
        <translation>флеш-жинақтауыш тек оқуға арналған немесе қалтаға жазу мүмкін емес; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the packet is signed by a replaced key of {post} after its rotation (packet {seq}, the old key&apos;s last was {last})</source>
        <translation>пакетке {post} бекетінің ауыстырылған кілтімен ауыстырудан кейін қол қойылған ({seq} пакеті, ескі кілттің соңғысы {last} болған)</translation>
    </message>
    <message>
        <source>the packet read back from the stick differs from what was written: the stick may be faulty; nothing was kept</source>
        <translation>флеш-жинақтауыштан қайта оқылған пакет жазылғаннан өзгеше: флеш-жинақтауыш ақаулы болуы мүмкін; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the packet is signed by a revoked key ({fingerprint})</source>
        <translation>пакетке кері қайтарылған кілтпен қол қойылған ({fingerprint})</translation>
    </message>
    <message>
        <source>the rotation replaces a key this HQ has not enrolled</source>
        <translation>ауыстыру осы орталық орган тіркемеген кілтті алмастырады</translation>
    </message>
    <message>
        <source>the rotation replaces key {fingerprint}, which is not the key pinned for {code}</source>
        <translation>ауыстыру {fingerprint} кілтін алмастырады, бірақ бұл {code} үшін бекітілген кілт емес</translation>
    </message>
    <message>
        <source>the packet claims to come from {claimed} but is signed by the key of {signer}</source>
        <translation>пакет {claimed} жерінен келген деп мәлімдейді, бірақ оған {signer} кілтімен қол қойылған</translation>
    </message>
    <message>
        <source>the packet is not encrypted to its own sender&apos;s key, as every Shekara writer does: it is refused</source>
        <translation>пакет жіберушінің өз кілтіне шифрланбаған, ал Shekara-ның әр жазушысы солай істейді: ол қабылданбайды</translation>
    </message>
    <message>
        <source>packet {seq} is more than {limit} ahead of packet {last}, the last one imported from this post: it is not held</source>
        <translation>{seq} пакеті осы посттан соңғы импортталған {last} пакетінен {limit} артық озып кеткен: ол ұсталмайды</translation>
    </message>
    <message>
        <source>the file is larger than {limit} bytes: it is not accepted as a packet</source>
        <translation>файл {limit} байттан үлкен: ол пакет ретінде қабылданбайды</translation>
    </message>
    <message>
        <source>the packet would be larger than {limit} bytes: export fewer records or attachments at a time</source>
        <translation>пакет {limit} байттан үлкен болар еді: бір жолы азырақ жазба немесе тіркеме жөнелтіңіз</translation>
    </message>
    <message>
        <source>the packet is cut short ({size} bytes): was it copied completely?</source>
        <translation>пакет қысқартылған ({size} байт): ол толық көшірілді ме?</translation>
    </message>
    <message>
        <source>the packet is signed by an unknown or revoked key ({fingerprint})</source>
        <translation>пакетке белгісіз немесе кері қайтарылған кілтпен қол қойылған ({fingerprint})</translation>
    </message>
    <message>
        <source>packet format {major}.{minor} is not supported: this program reads format {supported}.x</source>
        <translation>{major}.{minor} пакет пішімі қолдау көрсетілмейді: бұл бағдарлама {supported}.x пішімін оқиды</translation>
    </message>
    <message>
        <source>the packet content cannot be written as JSON [{reason}]</source>
        <translation>пакет мазмұнын JSON түрінде жазу мүмкін емес [{reason}]</translation>
    </message>
    <message>
        <source>the packet read back differs from what was written; nothing was kept</source>
        <translation>қайта оқылған пакет жазылғаннан өзгеше; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the packet&apos;s content read back differs from what was meant; nothing was kept</source>
        <translation>қайта оқылған пакет мазмұны көзделгеннен өзгеше; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the packet carries version {version} of record {id} with content different from the one already imported</source>
        <translation>пакетте {id} жазбасының {version}-нұсқасы бар, бірақ оның мазмұны бұрын жүктелгеннен өзгеше</translation>
    </message>
    <message>
        <source>writing the packet failed ({reason}): was the stick removed? nothing was kept</source>
        <translation>пакетті жазу сәтсіз аяқталды ({reason}): флеш-жинақтауыш алынып қалды ма? ештеңе сақталмады</translation>
    </message>
    <message>
        <source>this is not a Shekara key file</source>
        <translation>бұл Shekara кілт файлы емес</translation>
    </message>
    <message>
        <source>this is not a {expected} file</source>
        <translation>бұл {expected} файлы емес</translation>
    </message>
    <message>
        <source>this is not an enrollment file or a rotation statement</source>
        <translation>бұл тіркеу файлы да, ауыстыру мәлімдемесі де емес</translation>
    </message>
    <message>
        <source>this is a {kind} packet, not a {expected} packet</source>
        <translation>бұл {expected} емес, {kind} пакеті</translation>
    </message>
    <message>
        <source>this packet is for {recipient}, not for {expected}</source>
        <translation>бұл пакет {expected} үшін емес, {recipient} үшін</translation>
    </message>
    <message>
        <source>a {kind} packet cannot be signed by a {role} key</source>
        <translation>{kind} пакетіне {role} кілтімен қол қоюға болмайды</translation>
    </message>
    <message>
        <source>partner key {fingerprint} is already trusted: to replace it (after comparing the new one on paper) use --replace</source>
        <translation>{fingerprint} серіктес кілті сенімді деп танылған: оны ауыстыру үшін (жаңасын қағазбен салыстырғаннан кейін) --replace пайдаланыңыз</translation>
    </message>
    <message>
        <source>the fingerprint compared on paper is not this file&apos;s ({fingerprint}): do not trust the file; ask the partner for its keys again</source>
        <translation>қағазбен салыстырылған цифрлық із осы файлдікі емес ({fingerprint}): файлға сенбеңіз; серіктестен кілттерін қайта сұраңыз</translation>
    </message>
    <message>
        <source>give the fingerprint compared with the partner&apos;s paper sheet (--fingerprint)</source>
        <translation>екінші Тараптың қағаз парағымен салыстырылған саусақ ізін көрсетіңіз (--fingerprint)</translation>
    </message>
    <message>
        <source>no partner key of {code} to revoke</source>
        <translation>{code} серіктесінің кері қайтаратын кілті жоқ</translation>
    </message>
    <message>
        <source>the rotation is signed by a key of {code} that is {state}: enroll the new key on paper instead</source>
        <translation>ауыстыру {code} кілтімен қол қойылған, оның күйі {state}: жаңа кілтті қағаз бойынша салыстырып тіркеңіз</translation>
    </message>
    <message>
        <source>the letter&apos;s rotation names a key of {code} that was {state} before: it is not trusted again</source>
        <translation>хаттағы кілт ауыстыру бұрын {state} күйінде болған {code} кілтін атайды: оған енді сенім жоқ</translation>
    </message>
    <message>
        <source>the rotation replaces a key that is not the partner&apos;s: enroll the partner&apos;s keys file on paper</source>
        <translation>ауыстыру екінші Тараптікі емес кілтке қатысты: екінші Тараптың кілттер файлын қағаз бойынша салыстырып тіркеңіз</translation>
    </message>
    <message>
        <source>these are the keys of a {party} installation: the partner is the other Party&apos;s central authority</source>
        <translation>бұл — {party} қондырғысының кілттері: серіктес — басқа Тараптың орталық органы</translation>
    </message>
    <message>
        <source>fact {id} version {version} was destroyed at the partner&apos;s request (Art. 10.3): nothing is left to print</source>
        <translation>{id} фактісінің {version} нұсқасы екінші Тараптың талабы бойынша жойылды (10-баптың 3-тармағы): басып шығаратын ештеңе жоқ</translation>
    </message>
    <message>
        <source>this HQ received no fact {id} (version {version})</source>
        <translation>бұл орталық орган {id} фактісін алмаған (нұсқасы {version})</translation>
    </message>
    <message>
        <source>a reason is plain text of at most {n} characters</source>
        <translation>себеп — {n} таңбадан аспайтын қарапайым мәтін</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a version you wrote</source>
        <translation>екі адам қағидаты: өзіңіз жазған нұсқаны бекіте алмайсыз</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a version you wrote (record {id})</source>
        <translation>екі адам қағидаты: өзіңіз жазған нұсқаны бекіте алмайсыз (жазба {id})</translation>
    </message>
    <message>
        <source>a correction cannot change the record&apos;s kind</source>
        <translation>түзету жазбаның түрін өзгерте алмайды</translation>
    </message>
    <message>
        <source>record {id} has no draft version {version}</source>
        <translation>{id} жазбасында {version} жоба нұсқасы жоқ</translation>
    </message>
    <message>
        <source>record {id} has no version {version}</source>
        <translation>{id} жазбасында {version}-нұсқа жоқ</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}, not a draft</source>
        <translation>{id} жазбасының {version}-нұсқасы жоба емес, {status}</translation>
    </message>
    <message>
        <source>no record {id}</source>
        <translation>{id} жазбасы жоқ</translation>
    </message>
    <message>
        <source>record {id} has no retention period yet (it was never approved)</source>
        <translation>{id} жазбасының әзірге сақтау мерзімі жоқ (ол ешқашан бекітілмеген)</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>себебі міндетті</translation>
    </message>
    <message>
        <source>a record is named twice</source>
        <translation>жазба екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the new date must be after {date}</source>
        <translation>жаңа күн {date} күнінен кейін болуы керек</translation>
    </message>
    <message>
        <source>only a supervisor may withdraw an approved record</source>
        <translation>бекітілген жазбаны тек ауысым бастығы кері қайтарып ала алады</translation>
    </message>
    <message>
        <source>record {id} is withdrawn</source>
        <translation>{id} жазбасы кері қайтарып алынған</translation>
    </message>
    <message>
        <source>the packet holds reference data version {version}; version {current} is already in force</source>
        <translation>пакетте анықтамалық деректердің {version}-нұсқасы бар; {current}-нұсқа бұрыннан күшінде</translation>
    </message>
    <message>
        <source>that reference data is version {version}; version {current} is in force</source>
        <translation>ол анықтамалық деректер — {version}-нұсқа; {current}-нұсқа күшінде</translation>
    </message>
    <message>
        <source>reference data is malformed: {what}</source>
        <translation>анықтамалық деректер бұзылған: {what}</translation>
    </message>
    <message>
        <source>no retention rule for {party} {kind}</source>
        <translation>{party} {kind} үшін сақтау ережесі жоқ</translation>
    </message>
    <message>
        <source>cannot read reference file {name}</source>
        <translation>{name} анықтамалық файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>no refusal {id}</source>
        <translation>{id} бас тартуы жоқ</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>кезең басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <source>not a Shekara QR text: {reason}</source>
        <translation>Shekara QR мәтіні емес: {reason}</translation>
    </message>
    <message>
        <source>a transmittal sheet is for a records packet; this is a {kind} packet</source>
        <translation>беру-қабылдау актісі жазбалар пакетіне арналған; бұл {kind} пакеті</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file name</source>
        <translation>{name} — файл атауы емес, қалта</translation>
    </message>
    <message>
        <source>{code} is not a crossing point in the reference data</source>
        <translation>{code} анықтамалық деректердегі өткізу пункті емес</translation>
    </message>
    <message>
        <source>unknown report language {lang}: use kk, lt, ru or en</source>
        <translation>{lang} — есептің белгісіз тілі: kk, lt, ru немесе en пайдаланыңыз</translation>
    </message>
    <message>
        <source>this recovery key does not open this vault: no sheet was printed</source>
        <translation>бұл қалпына келтіру кілті осы қойманы ашпайды: парақ басылмады</translation>
    </message>
    <message>
        <source>the partner&apos;s request {number} is already in the register as {id}: open it there</source>
        <translation>серіктестің {number} өтініші тізілімде {id} ретінде бар: соны ашыңыз</translation>
    </message>
    <message>
        <source>a follow-up question is text of 1 to {n} characters</source>
        <translation>қосымша сұрақ — 1-ден {n} таңбаға дейінгі мәтін</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a request you wrote</source>
        <translation>екі адам қағидаты: өзіңіз жазған өтінішті бекіте алмайсыз</translation>
    </message>
    <message>
        <source>requests between the Parties are made and answered by the central authority (HQ mode); this is a post vault</source>
        <translation>Тараптар арасындағы өтініштерді орталық орган жібереді және оларға жауап береді (HQ режимі); бұл — бекеттің қоймасы</translation>
    </message>
    <message>
        <source>this request seems to ask for {what}: legal assistance in criminal cases and extradition belong to the legal-assistance treaties, not to this Agreement (Art. 1.2); if it asks for neither, confirm and add it again</source>
        <translation>бұл өтініш {what} сұрайтын сияқты: қылмыстық істер бойынша құқықтық көмек пен ұстап беру осы Келісімге емес, құқықтық көмек туралы шарттарға жатады (Келісімнің 1-бабының 2-тармағы); егер олардың ешқайсысын сұрамаса, растап, қайта қосыңыз</translation>
    </message>
    <message>
        <source>request {id} is {status}: follow-up questions are for requests that were sent or received</source>
        <translation>{id} өтініші — {status}: қосымша сұрақтар жіберілген немесе алынған өтініштерге ғана қойылады</translation>
    </message>
    <message>
        <source>request {id} has not come in a letter yet (no request of the partner&apos;s in a letter has its number): answer it on paper</source>
        <translation>{id} өтініші әлі хатпен келген жоқ (серіктестің хатпен келген бірде-бір өтінішінде оның нөмірі жоқ): оған қағаз түрінде жауап беріңіз</translation>
    </message>
    <message>
        <source>no message {id} in a request&apos;s thread</source>
        <translation>өтініш хат-хабарында {id} хабары жоқ</translation>
    </message>
    <message>
        <source>request {id} has no version {version}</source>
        <translation>{id} өтінішінде {version}-нұсқа жоқ</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a request received from the other Party and not yet answered or refused can be answered</source>
        <translation>{id} өтініші — {status}: басқа Тараптан алынған, әлі жауап берілмеген не бас тартылмаған өтінішке ғана жауап беруге болады</translation>
    </message>
    <message>
        <source>request {id} is {status}: only our own draft requests are approved</source>
        <translation>{id} өтініші — {status}: тек өз өтініштеріміздің жобалары бекітіледі</translation>
    </message>
    <message>
        <source>no request {id}</source>
        <translation>{id} өтініші жоқ</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a paper copy not yet answered or refused in whole is closed this way</source>
        <translation>{id} өтінішінің күйі — {status}: осылай тек толық жауап берілмеген немесе толық бас тартылмаған қағаз данасы жабылады</translation>
    </message>
    <message>
        <source>request {id} was not typed in from paper: only the paper copy of a request received in a letter too is closed this way</source>
        <translation>{id} өтініші қағаздан енгізілмеген: осылай тек хатпен де келген өтініштің қағаз данасы жабылады</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a request received from the other Party and not yet answered or refused can be refused here</source>
        <translation>{id} өтініші — {status}: тек басқа Тараптан алынған, әлі жауап берілмеген не бас тартылмаған өтінішті орындаудан бас тартуға болады</translation>
    </message>
    <message>
        <source>request {id} is {status}: only our own requests not yet answered or refused can be withdrawn</source>
        <translation>{id} өтініші — {status}: жауап берілмеген не бас тартылмаған өз өтініштерімізді ғана кері қайтаруға болады</translation>
    </message>
    <message>
        <source>say why the request is withdrawn</source>
        <translation>өтініштің неге кері қайтарылғанын көрсетіңіз</translation>
    </message>
    <message>
        <source>the day it was received must be a date (YYYY-MM-DD), not in the future</source>
        <translation>алынған күні — болашақта емес күн (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>give the partner&apos;s registration number of the request (at most 64 characters)</source>
        <translation>серіктестің өтінішті тіркеу нөмірін көрсетіңіз (64 таңбадан аспайтын)</translation>
    </message>
    <message>
        <source>a comment is plain text of at most {n} characters</source>
        <translation>түсініктеме — {n} таңбадан аспайтын қарапайым мәтін</translation>
    </message>
    <message>
        <source>say what the author should change (a comment is required)</source>
        <translation>автор нені өзгертуі керек екенін айтыңыз (түсініктеме міндетті)</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}: only a draft can be sent back</source>
        <translation>{id} жазбасының {version}-нұсқасы {status}: тек жобаны қайтаруға болады</translation>
    </message>
    <message>
        <source>the number of sample records must be 0 to {max}</source>
        <translation>үлгі жазбалар саны 0-ден {max} дейін болуы керек</translation>
    </message>
    <message>
        <source>use a number of minutes from 1 to 240</source>
        <translation>1-ден 240-қа дейінгі минут санын көрсетіңіз</translation>
    </message>
    <message>
        <source>four-eyes rule: you added items to this notice, so another supervisor must approve it</source>
        <translation>екі адам қағидаты: бұл хатқа сіз жазбалар қостыңыз, сондықтан оны басқа ауысым бастығы бекітуі керек</translation>
    </message>
    <message>
        <source>persons can be included only in a fact, not in a correction</source>
        <translation>адамдарды тек фактіге қосуға болады, түзетуге емес</translation>
    </message>
    <message>
        <source>persons can be included for one record at a time</source>
        <translation>адамдарды бір уақытта тек бір жазбаға қосуға болады</translation>
    </message>
    <message>
        <source>say why person {index} must be sent (--reason)</source>
        <translation>{index} адамның неге жіберілуі керек екенін көрсетіңіз (--reason)</translation>
    </message>
    <message>
        <source>letter {seq} kept in the vault does not match its recorded SHA-256: it is not written</source>
        <translation>қоймада сақталған {seq} хаты тіркелген SHA-256 мәніне сәйкес келмейді: ол жазылмайды</translation>
    </message>
    <message>
        <source>no letter {seq} was sent</source>
        <translation>{seq} хаты жіберілмеген</translation>
    </message>
    <message>
        <source>no letter {number} was sent by this HQ</source>
        <translation>бұл орталық орган {number} хатын жібермеген</translation>
    </message>
    <message>
        <source>the other Party&apos;s central authority is not enrolled: run &apos;shekara partner enroll FILE --fingerprint FP&apos; first (in the window: Exchange &gt; Partner keys)</source>
        <translation>екінші Тараптың орталық органы тіркелмеген: алдымен &apos;shekara partner enroll FILE --fingerprint FP&apos; орындаңыз (терезеде: Алмасу &gt; Серіктестің кілттері)</translation>
    </message>
    <message>
        <source>a letter to the other Party names the official who approved it: set {login}&apos;s printed name and position first (&apos;shekara officer edit {login} --full-name … --position …&apos;; in the window: Admin &gt; Officers, Printed name)</source>
        <translation>екінші Тарапқа хатта оны бекіткен лауазымды адам көрсетіледі: алдымен {login} үшін басылатын аты-жөні мен лауазымын орнатыңыз (&apos;shekara officer edit {login} --full-name … --position …&apos;; терезеде: Әкімшілік &gt; Қызметкерлер, Басылатын аты-жөні)</translation>
    </message>
    <message>
        <source>the notice is not approved as it stands: a second supervisor runs &apos;shekara share approve&apos; after &apos;shekara share show&apos; (in the window: Exchange &gt; Share with the partner)</source>
        <translation>хат қазіргі күйінде бекітілмеген: екінші ауысым бастығы &apos;shekara share show&apos; кейін &apos;shekara share approve&apos; орындайды (терезеде: Алмасу &gt; Серіктеске беру)</translation>
    </message>
    <message>
        <source>the notice is empty: add candidates first (&apos;shekara share candidates&apos;, &apos;shekara share add ID&apos;; in the window: Exchange &gt; Share with the partner)</source>
        <translation>хат бос: алдымен үміткерлерді қосыңыз (&apos;shekara share candidates&apos;, &apos;shekara share add ID&apos;; терезеде: Алмасу &gt; Серіктеске беру)</translation>
    </message>
    <message>
        <source>another window or command is putting a new vault file in place (a new master key or a restore): try again when it has finished</source>
        <translation>басқа терезе не команда қойманың жаңа файлын орнына қойып жатыр (жаңа негізгі кілт не сақтық көшірмеден қалпына келтіру): ол аяқталған соң қайталап көріңіз</translation>
    </message>
    <message>
        <source>the vault file {name} is empty: it was damaged; restore the vault from a backup (shekara restore FILE; in the window: Restore from a backup… on the unlock screen)</source>
        <translation>{name} қойма файлы бос: ол зақымдалған; қойманы сақтық көшірмеден қалпына келтіріңіз (shekara restore FILE; терезеде: құлыпты ашу экранындағы «Сақтық көшірмеден қалпына келтіру…»)</translation>
    </message>
    <message>
        <source>the vault is open in another window or command: lock it or close it there, then try again</source>
        <translation>қойма басқа терезеде не командада ашық: сол жерде оны құлыптаңыз не жабыңыз, содан кейін қайталап көріңіз</translation>
    </message>
    <message>
        <source>the vault has a new master key since it was unlocked: lock it, unlock it and try again</source>
        <translation>қойма ашылғаннан бері оның негізгі кілті жаңарды: қойманы құлыптап, қайта ашыңыз да, қайталап көріңіз</translation>
    </message>
    <message>
        <source>the vault file was replaced since it was unlocked (a new master key or a restore in another window or command): nothing was written; lock it and unlock it again</source>
        <translation>қойма ашылғаннан бері оның файлы ауыстырылды (басқа терезеде не командада жаңа негізгі кілт не қалпына келтіру): ештеңе жазылған жоқ; қойманы құлыптап, қайта ашыңыз</translation>
    </message>
    <message>
        <source>the vault&apos;s request register is not one this program made; it was left unchanged</source>
        <translation>қоймадағы өтініштер тізілімін бұл бағдарлама жасамаған; ол өзгеріссіз қалдырылды</translation>
    </message>
    <message>
        <source>the citizenship filter&apos;s table</source>
        <translation>азаматтық сүзгісінің кестесі</translation>
    </message>
    <message>
        <source>the record list (status, version, date, crossing point, title, citizenships)</source>
        <translation>жазбалар тізімі (мәртебе, нұсқа, күні, өткізу пункті, тақырып, азаматтық)</translation>
    </message>
    <message>
        <source>which records qualify under the Agreement</source>
        <translation>қандай жазбалар Келісім бойынша алмасуға жатады</translation>
    </message>
    <message>
        <source>the search index of the information received from the other Party</source>
        <translation>екінші Тараптан алынған ақпараттың іздеу индексі</translation>
    </message>
    <message>
        <source>the record counts per kind and status</source>
        <translation>түрлері мен мәртебелері бойынша жазбалар саны</translation>
    </message>
    <message>
        <source>the extracts the period reports count</source>
        <translation>кезеңдік есептер санайтын үзінділер</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>іздеу индексі</translation>
    </message>
    <message>
        <source>Checking the derived data against the records</source>
        <translation>Туынды деректерді жазбалармен салыстыру</translation>
    </message>
    <message>
        <source>correction of {id} v{version}: no such fact was received</source>
        <translation>{id} түзетуі ({version}-нұсқа): мұндай факт алынбаған</translation>
    </message>
    <message>
        <source>{reason}; the keys are rotated: write the files again with &apos;shekara hq keys rotate --rewrite --out DIR&apos; (in the window: Admin &gt; Keys and fingerprints, Write the files again)</source>
        <translation>{reason}; кілттер ауыстырылды: файлдарды &apos;shekara hq keys rotate --rewrite --out DIR&apos; командасымен қайта жазыңыз (терезеде: Әкімшілік &gt; Кілттер және цифрлық іздер, Файлдарды қайта жазу)</translation>
    </message>
    <message>
        <source>{reason}; the keys are rotated: write the files again with &apos;shekara keys rotate --rewrite --out DIR&apos; (in the window: Admin &gt; Keys and fingerprints, Write the files again)</source>
        <translation>{reason}; кілттер ауыстырылды: файлдарды &apos;shekara keys rotate --rewrite --out DIR&apos; командасымен қайта жазыңыз (терезеде: Әкімшілік &gt; Кілттер және цифрлық іздер, Файлдарды қайта жазу)</translation>
    </message>
    <message>
        <source>the packet content</source>
        <translation>пакет мазмұны</translation>
    </message>
    <message>
        <source>the packet header</source>
        <translation>пакет тақырыбы</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>енгізілген деректер</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>кілт файлы</translation>
    </message>
    <message>
        <source>A check found the record list disagreeing with the records themselves: each record&apos;s line in the list, its counts and its citizenships are made again from the record.</source>
        <translation>Тексеру жазбалар тізімі жазбалардың өздерімен сәйкес келмейтінін анықтады: әр жазбаның тізімдегі жолы, оның сандары мен азаматтығы жазбаның өзінен қайта жасалады.</translation>
    </message>
    <message>
        <source>Making the record list again from the records</source>
        <translation>Жазбалар тізімін жазбалардан қайта жасау</translation>
    </message>
    <message>
        <source>This version changed the rule for which records qualify under the Agreement: it is applied again to every record.</source>
        <translation>Бұл нұсқада жазбаның Келісім бойынша алмасуға жататынын анықтайтын ереже өзгерді: ол әр жазбаға қайта қолданылады.</translation>
    </message>
    <message>
        <source>Checking which records qualify under the Agreement</source>
        <translation>Қандай жазбалар Келісім бойынша алмасуға жататынын тексеру</translation>
    </message>
    <message>
        <source>A check of this vault (Admin &gt; Check the vault; on the command line &apos;shekara check --derived&apos;) found derived data disagreeing with the records themselves: it is made again from every record.</source>
        <translation>Бұл қойманы тексеру (Әкімшілік &gt; Қойманы тексеру; командалық жолда &apos;shekara check --derived&apos;) туынды деректердің жазбалардың өздерімен сәйкес келмейтінін анықтады: олар әр жазбадан қайта жасалады.</translation>
    </message>
    <message>
        <source>This version makes the period summary and the statistics from a short extract of each record: it is made once for every record, and the reports stay correct meanwhile.</source>
        <translation>Бұл нұсқа кезеңдік жиынтық пен статистиканы әр жазбадан алынған қысқа үзіндіден жасайды: үзінді әр жазба үшін бір рет жасалады, ал осы уақытта есептер дұрыс болып қала береді.</translation>
    </message>
    <message>
        <source>Preparing the records for the period reports</source>
        <translation>Кезеңдік есептерге жазбаларды дайындау</translation>
    </message>
    <message>
        <source>This version searches records in a new way: the search index is made again from every record.</source>
        <translation>Бұл нұсқа жазбаларды жаңаша іздейді: іздеу индексі барлық жазбалар бойынша қайта жасалады.</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Іздеу индексін қайта құру</translation>
    </message>
    <message>
        <source>The reference data in force names some countries, crossing points or substances differently: the search index is made again from every record, so that records are found by the new names too.</source>
        <translation>Қолданыстағы анықтамалық деректер кейбір елдерді, өткізу пункттерін немесе заттарды басқаша атайды: жазбалар жаңа атаулармен де табылуы үшін іздеу индексі барлық жазбалар бойынша қайта жасалады.</translation>
    </message>
    <message>
        <source>record {id} has no person {index} (persons count from 0)</source>
        <translation>{id} жазбасында {index} адам жоқ (адамдар 0-ден бастап саналады)</translation>
    </message>
    <message>
        <source>no held or forked letter {id} (see &apos;shekara partner status&apos;; in the window: Exchange &gt; Held and quarantined letters)</source>
        <translation>{id} ұсталған немесе тармақталған хат жоқ (&apos;shekara partner status&apos; қараңыз; терезеде: Алмасу &gt; Ұсталған және карантиндегі хаттар)</translation>
    </message>
    <message>
        <source>a vault already exists at {path}; use --replace to put it aside (in the window: tick &apos;Put the vault that is there now aside&apos;)</source>
        <translation>{path} орнында қойма бұрыннан бар; оны бөлек қою үшін --replace пайдаланыңыз (терезеде: «Қазір тұрған қойманы бөлек қою» белгісін қойыңыз)</translation>
    </message>
    <message>
        <source>record {id} has nothing to send: it is not approved, or the partner has its current version</source>
        <translation>{id} жазбасынан жіберетін ештеңе жоқ: ол бекітілмеген немесе серіктесте оның ағымдағы нұсқасы бар</translation>
    </message>
    <message>
        <source>record {id} does not qualify for exchange under the Agreement: it is not sent</source>
        <translation>{id} жазбасы Келісім бойынша алмасуға жатпайды: ол жіберілмейді</translation>
    </message>
    <message>
        <source>record {id} is not on the notice</source>
        <translation>{id} жазбасы хатта жоқ</translation>
    </message>
    <message>
        <source>nothing to send: the notice is empty and the partner has our receipts</source>
        <translation>жіберетін ештеңе жоқ: хат бос, ал серіктесте біздің растамаларымыз бар</translation>
    </message>
    <message>
        <source>no folder was given</source>
        <translation>қалта көрсетілмеген</translation>
    </message>
    <message>
        <source>{option} needs a path; an empty one is not taken to mean the current folder</source>
        <translation>{option} жолды талап етеді; бос жол ағымдағы қалта деп есептелмейді</translation>
    </message>
    <message>
        <source>something named {name} is already there (a file, link, pipe or device): move it away or choose another name</source>
        <translation>онда {name} атты бірдеңе бар (файл, сілтеме, арна немесе құрылғы): оны алып тастаңыз немесе басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>the path to write to is a loop of symbolic links</source>
        <translation>жазу жолы — символдық сілтемелер тұзағы</translation>
    </message>
    <message>
        <source>the file name or path is too long for that file system: choose a shorter folder</source>
        <translation>файл атауы немесе жол бұл файлдық жүйе үшін тым ұзын: қысқарақ қалта таңдаңыз</translation>
    </message>
    <message>
        <source>a part of the path to write to is a file, not a folder</source>
        <translation>жазу жолының бір бөлігі қалта емес, файл</translation>
    </message>
    <message>
        <source>the place to write to is not a folder (a file, a device or a pipe is there)</source>
        <translation>жазу орны қалта емес (онда файл, құрылғы немесе арна бар)</translation>
    </message>
    <message>
        <source>this program may not write into that folder</source>
        <translation>бағдарлама бұл қалтаға жаза алмайды</translation>
    </message>
    <message>
        <source>the folder to write to is on a read-only file system (is the stick&apos;s lock switch on?)</source>
        <translation>жазу қалтасы тек оқуға арналған файлдық жүйеде (флеш-жинақтауыштағы қорғау қосқышы қосулы ма?)</translation>
    </message>
    <message>
        <source>the place to write to cannot be used ({reason})</source>
        <translation>жазу орнын пайдалану мүмкін емес ({reason})</translation>
    </message>
    <message>
        <source>mode must be post or hq</source>
        <translation>режим post немесе hq болуы керек</translation>
    </message>
    <message>
        <source>party must be KZ or LT</source>
        <translation>Тарап KZ немесе LT болуы керек</translation>
    </message>
    <message>
        <source>a post code is 2-32 characters: A-Z, digits or &apos;-&apos;</source>
        <translation>бекет коды — 2–32 таңба: A-Z, цифрлар немесе &apos;-&apos;</translation>
    </message>
    <message>
        <source>the vault cannot be opened: it is damaged or not a Shekara vault</source>
        <translation>қойманы ашу мүмкін емес: ол зақымдалған немесе Shekara қоймасы емес</translation>
    </message>
    <message>
        <source>a vault already exists at {path}</source>
        <translation>{path} орнында қойма бұрыннан бар</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>қойма құлыпталған</translation>
    </message>
    <message>
        <source>no vault at {path}</source>
        <translation>{path} орнында қойма жоқ</translation>
    </message>
    <message>
        <source>no key slots beside the vault ({name} missing)</source>
        <translation>қойманың жанында кілт ұялары жоқ ({name} жоқ)</translation>
    </message>
    <message>
        <source>a key slot&apos;s KDF parameters are out of range</source>
        <translation>кілт ұясының KDF параметрлері рұқсат етілген шектен тыс</translation>
    </message>
    <message>
        <source>key slot uses an unknown KDF</source>
        <translation>кілт ұясы белгісіз KDF пайдаланады</translation>
    </message>
    <message>
        <source>the vault&apos;s key slot file is damaged</source>
        <translation>қойманың кілт ұялары файлы зақымдалған</translation>
    </message>
    <message>
        <source>key slots were written by a newer Shekara; update the program</source>
        <translation>кілт ұяларын Shekara-ның жаңарақ нұсқасы жазған; бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <source>this vault was written by a newer Shekara (schema {found}, this program knows up to {latest}); install the newer version</source>
        <translation>бұл қойманы Shekara-ның жаңарақ нұсқасы жазған ({found} сызбасы, бұл бағдарлама {latest} дейін біледі); жаңа нұсқасын орнатыңыз</translation>
    </message>
    <message>
        <source>could not write to the vault: {reason}</source>
        <translation>қоймаға жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>could not write {name}: {reason}</source>
        <translation>{name} жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>this is {actual} vault; the command is for {mode} vaults</source>
        <translation>бұл — {actual} қоймасы; команда {mode} қоймаларына арналған</translation>
    </message>
    <message>
        <source>entry {entry} was altered</source>
        <translation>{entry} жазба өзгертілген</translation>
    </message>
    <message>
        <source>entry {entry} is missing</source>
        <translation>{entry} жазба жоқ</translation>
    </message>
    <message>
        <source>entry {entry} does not link to the one before it</source>
        <translation>{entry} жазба алдыңғысымен байланыспайды</translation>
    </message>
    <message>
        <source>audit chain break: the post&apos;s audit entry {entry} changed</source>
        <translation>аудит тізбегі үзілді: посттың {entry} аудит жазбасы өзгерген</translation>
    </message>
    <message>
        <source>audit chain break: the post&apos;s audit log went back from entry {before} to {after}</source>
        <translation>аудит тізбегі үзілді: посттың аудит журналы {before} жазбадан {after} жазбаға кері кетті</translation>
    </message>
    <message>
        <source>it does not follow packet {last}, the last one imported</source>
        <translation>ол соңғы импортталған {last} пакетінен кейін келмейді</translation>
    </message>
    <message>
        <source>a different packet with this sequence number was received before</source>
        <translation>осы реттік нөмірмен басқа пакет бұрын алынған</translation>
    </message>
    <message>
        <source>held packet {seq} is a fork ({reason}): quarantined</source>
        <translation>күтудегі {seq} пакеті тармақталу ({reason}): карантинге қойылды</translation>
    </message>
    <message>
        <source>held packet {seq} refused: {reason}</source>
        <translation>күтудегі {seq} пакеті қабылданбады: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…және тағы %n мәселе</numerusform>
            <numerusform>…және тағы %n мәселе</numerusform>
        </translation>
    </message>
    <message>
        <source>The record cannot be saved as it is:</source>
        <translation>Жазбаны бұл күйінде сақтау мүмкін емес:</translation>
    </message>
    <message>
        <source>The vault cannot be read or written: it may be damaged or the disk full.</source>
        <translation>Қойманы оқу немесе оған жазу мүмкін емес: ол зақымдалған немесе диск толы болуы мүмкін.</translation>
    </message>
    <message>
        <source>Shekara hit an internal error (%1). What was saved is safe in the vault; try again, and tell your supervisor if it happens again.</source>
        <translation>Shekara ішкі қатеге тап болды (%1). Сақталғандар қоймада аман; қайталап көріңіз, қате қайталанса, ауысым бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>The request cannot be saved as it is:</source>
        <translation>Өтінішті бұл күйінде сақтау мүмкін емес:</translation>
    </message>
    <message>
        <source>The answer cannot be saved as it is:</source>
        <translation>Жауапты бұл күйінде сақтау мүмкін емес:</translation>
    </message>
    <message>
        <source>The refusal cannot be saved as it is:</source>
        <translation>Бас тартуды бұл күйінде сақтау мүмкін емес:</translation>
    </message>
    <message>
        <source>Shekara: not done</source>
        <translation>Shekara: орындалмады</translation>
    </message>
    <message>
        <source>Shekara: internal error</source>
        <translation>Shekara: ішкі қате</translation>
    </message>
</context>
<context>
    <name>mrz</name>
    <message>
        <source>document number</source>
        <translation>құжат нөмірі</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>жеке нөмірі</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>жиынтық</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>берген мемлекет</translation>
    </message>
    <message>
        <source>document expiry date</source>
        <translation>құжаттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>document code</source>
        <translation>құжат коды</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>цифр</translation>
    </message>
    <message>
        <source>a document number</source>
        <translation>құжат нөмірі</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>бос орын</translation>
    </message>
    <message>
        <source>another character</source>
        <translation>басқа таңба</translation>
    </message>
    <message>
        <source>YYMMDD digits, with &lt;&lt; for an unknown day or month</source>
        <translation>YYMMDD цифрлары, белгісіз күн не ай үшін &lt;&lt;</translation>
    </message>
    <message>
        <source>{char} (U+{code})</source>
        <translation>{char} (U+{code})</translation>
    </message>
    <message>
        <source>a letter, then a letter or &lt;</source>
        <translation>әріп, одан кейін әріп немесе &lt;</translation>
    </message>
    <message>
        <source>a country code of letters</source>
        <translation>әріптерден тұратын ел коды</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} немесе {second}</translation>
    </message>
    <message>
        <source>YYMMDD digits, or &lt;&lt;&lt;&lt;&lt;&lt; when there is none</source>
        <translation>YYMMDD цифрлары, болмаса &lt;&lt;&lt;&lt;&lt;&lt;</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>{length} characters ({format})</source>
        <translation>{length} таңба ({format})</translation>
    </message>
    <message>
        <source>line count</source>
        <translation>жолдар саны</translation>
    </message>
    <message>
        <source>A-Z, 0-9 or &lt;</source>
        <translation>A-Z, 0-9 немесе &lt;</translation>
    </message>
    <message>
        <source>letters and &lt;</source>
        <translation>әріптер мен &lt;</translation>
    </message>
    <message>
        <source>only fillers</source>
        <translation>тек толтырғыштар (&lt;)</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>басқа таңбалар</translation>
    </message>
    <message>
        <source>M, F, X or &lt;</source>
        <translation>M, F, X немесе &lt;</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>the mrz field</source>
        <translation>MRZ өрісі</translation>
    </message>
    <message>
        <source>2 or 3</source>
        <translation>2 немесе 3</translation>
    </message>
    <message>
        <source>{where} ({field})</source>
        <translation>{where} ({field})</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line}-жол</translation>
    </message>
    <message>
        <source>line {line}, positions {start}-{end}</source>
        <translation>{line}-жол, {start}–{end} позициялар</translation>
    </message>
    <message>
        <source>line {line}, position {position}</source>
        <translation>{line}-жол, {position}-позиция</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is not a field of an answer</source>
        <translation>жауаптың өрісі емес</translation>
    </message>
    <message>
        <source>must be a list of record ids</source>
        <translation>жазба идентификаторларының тізімі болуы керек</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true немесе false болуы керек</translation>
    </message>
    <message>
        <source>must be {{&quot;ru&quot;: {{&quot;text&quot;: &quot;…&quot;}}}} (the Russian translation)</source>
        <translation>мынадай болуы керек: {{&quot;ru&quot;: {{&quot;text&quot;: &quot;…&quot;}}}} (орысша аударма)</translation>
    </message>
    <message>
        <source>must be a real date written {form}</source>
        <translation>{form} түрінде жазылған нақты күн болуы керек</translation>
    </message>
    <message>
        <source>must be a media type such as image/jpeg</source>
        <translation>image/jpeg сияқты медиатүр болуы керек</translation>
    </message>
    <message>
        <source>contains a character that reverses the direction of text</source>
        <translation>мәтіннің бағытын өзгертетін таңба бар</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>басқару таңбасы бар</translation>
    </message>
    <message>
        <source>is before {year}</source>
        <translation>{year} жылға дейін</translation>
    </message>
    <message>
        <source>is after {year}</source>
        <translation>{year} жылдан кейін</translation>
    </message>
    <message>
        <source>repeats an earlier entry</source>
        <translation>алдыңғы жазбаны қайталайды</translation>
    </message>
    <message>
        <source>is before the date of issue</source>
        <translation>берілген күнінен бұрын</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM немесе YYYY</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>болашақта</translation>
    </message>
    <message>
        <source>is before the date of the request</source>
        <translation>өтініш күнінен бұрын</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>YYYY-MM-DD түрінде жазылған нақты күн болуы керек</translation>
    </message>
    <message>
        <source>has already passed</source>
        <translation>мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <source>needs a linked record id, a description, or both</source>
        <translation>байланысты жазбаның идентификаторы, сипаттама немесе екеуі де қажет</translation>
    </message>
    <message>
        <source>contains an invisible character (such as a zero-width space)</source>
        <translation>көрінбейтін таңба бар (мысалы, нөлдік ендегі бос орын)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON объектісі болуы керек</translation>
    </message>
    <message>
        <source>must be a whole number greater than zero</source>
        <translation>нөлден үлкен бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>is set by the vault and cannot be given</source>
        <translation>қоймамен белгіленеді және берілмейді</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>is not a central competent authority in the reference data</source>
        <translation>анықтамалық деректерде орталық құзыретті орган ретінде жоқ</translation>
    </message>
    <message>
        <source>is not a field of a request</source>
        <translation>өтініштің өрісі емес</translation>
    </message>
    <message>
        <source>must be one of the Art. 9 grounds: {choices}</source>
        <translation>Келісімнің 9-бабындағы негіздердің бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <source>is not a record in this vault</source>
        <translation>бұл қоймада мұндай жазба жоқ</translation>
    </message>
    <message>
        <source>must be whole or part</source>
        <translation>whole (толық) немесе part (ішінара) болуы керек</translation>
    </message>
    <message>
        <source>must be an authority of {party}</source>
        <translation>{party} Тарапының органы болуы керек</translation>
    </message>
    <message>
        <source>needs both latitude and longitude, or neither</source>
        <translation>ендік пен бойлықтың екеуі де болуы керек немесе екеуі де болмауы керек</translation>
    </message>
    <message>
        <source>MRZ check digit of the {field} should be {expected} ({where})</source>
        <translation>{field} бойынша MRZ бақылау цифры {expected} болуы керек ({where})</translation>
    </message>
    <message>
        <source>The record&apos;s {field} differs from the MRZ</source>
        <translation>Жазбадағы {field} MRZ-дан өзгеше</translation>
    </message>
    <message>
        <source>MRZ {field} is not a possible date ({where})</source>
        <translation>MRZ-дағы {field} мүмкін күн емес ({where})</translation>
    </message>
    <message>
        <source>needs a surname, given names or Latin name (or an MRZ)</source>
        <translation>тегі, аты немесе латынша аты-жөні (не MRZ) керек</translation>
    </message>
    <message>
        <source>needs at least one person for this kind of record</source>
        <translation>жазбаның бұл түріне кемінде бір адам керек</translation>
    </message>
    <message>
        <source>needs at least one topic</source>
        <translation>кемінде бір тақырып керек</translation>
    </message>
    <message>
        <source>must give a UTC offset (such as +05:00) or be a date only</source>
        <translation>UTC ығысуы (мысалы, +05:00) көрсетілуі немесе тек күні болуы керек</translation>
    </message>
    <message>
        <source>has no visible character</source>
        <translation>бірде-бір көрінетін таңба жоқ</translation>
    </message>
    <message>
        <source>must be a JSON object (one record)</source>
        <translation>JSON нысаны (бір жазба) болуы керек</translation>
    </message>
    <message>
        <source>is not a country: choose one from the list (or type its three-letter code, such as KAZ)</source>
        <translation>ел емес: тізімнен таңдаңыз (немесе оның үш әріпті кодын теріңіз, мысалы KAZ)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>объект болуы керек</translation>
    </message>
    <message>
        <source>must be a plain file name, without folders</source>
        <translation>қалтасыз, жай файл атауы болуы керек</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>шектеулі сан болуы керек</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>нөлден үлкен болуы керек</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest (64 hexadecimal characters)</source>
        <translation>SHA-256 дайджесі (64 он алтылық таңба) болуы керек</translation>
    </message>
    <message>
        <source>Not an MRZ as documents print it: {where}: expected {expected}, found {found}</source>
        <translation>Құжаттарда басылатын MRZ емес: {where}: күтілгені {expected}, табылғаны {found}</translation>
    </message>
    <message>
        <source>is not a record id: one looks like 1b4e28ba-2fa1-41d2-883f-0016d3cca427</source>
        <translation>жазба идентификаторы емес: ол 1b4e28ba-2fa1-41d2-883f-0016d3cca427 сияқты болады</translation>
    </message>
    <message>
        <source>must not be larger than {limit}</source>
        <translation>{limit} санынан аспауы керек</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>{low} мен {high} аралығында болуы керек</translation>
    </message>
    <message>
        <source>is set by the vault and cannot be given when adding a record</source>
        <translation>қоймамен белгіленеді және жазба қосқанда берілмейді</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>{limit} таңбадан ұзын</translation>
    </message>
    <message>
        <source>has more than {limit} entries</source>
        <translation>{limit} жазбадан көп</translation>
    </message>
    <message>
        <source>needs one entry per entry of the record&apos;s list</source>
        <translation>жазба тізіміндегі әр жазбаға бір жазба керек</translation>
    </message>
    <message>
        <source>is not a free-text field of this record to translate</source>
        <translation>бұл жазбаның аударылатын еркін мәтін өрісі емес</translation>
    </message>
    <message>
        <source>holds only the Russian translation (key ru)</source>
        <translation>тек орыс тіліне аударманы қамтиды (ru кілті)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true немесе false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>is not a crossing point Shekara knows: choose one from the list</source>
        <translation>Shekara білмейтін өткізу пункті: тізімнен таңдаңыз</translation>
    </message>
    <message>
        <source>is not one of the choices: choose one from the list</source>
        <translation>ұсынылған нұсқалардың бірі емес: тізімнен таңдаңыз</translation>
    </message>
    <message>
        <source>is not a country Shekara knows: choose one from the list</source>
        <translation>Shekara білмейтін ел: тізімнен таңдаңыз</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>бұл жазбаның өрісі емес</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>{expected} болуы керек</translation>
    </message>
</context>
</TS>
