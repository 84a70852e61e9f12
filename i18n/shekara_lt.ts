<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Shekara</source>
        <translation>Apie Shekara</translation>
    </message>
    <message>
        <source>Shekara %1
Records under the Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Lithuania on cooperation in combating organized crime, illicit trafficking in narcotic drugs and psychotropic substances, terrorism and other types of crime.</source>
        <translation>Shekara %1
Įrašai pagal Lietuvos Respublikos Vyriausybės ir Kazachstano Respublikos Vyriausybės susitarimą dėl bendradarbiavimo kovojant su organizuotu nusikalstamumu, neteisėta narkotinių ir psichotropinių medžiagų apyvarta, terorizmu ir kitų rūšių nusikaltimais.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>kol kas nėra</translation>
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
        <translation>Saugyklos schema:</translation>
    </message>
    <message>
        <source>Reference data:</source>
        <translation>Žinyno duomenys:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Postas:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Saugyklos aplankas:</translation>
    </message>
    <message>
        <source>Our key:</source>
        <translation>Mūsų raktas:</translation>
    </message>
    <message>
        <source>HQ&apos;s key:</source>
        <translation>Centrinės institucijos raktas:</translation>
    </message>
</context>
<context>
    <name>AckImportDialog</name>
    <message>
        <source>Import HQ&apos;s acknowledgement</source>
        <translation>Centrinės institucijos gavimo patvirtinimo importas</translation>
    </message>
    <message>
        <source>HQ answers each stick with an acknowledgement file (shekara-…-ack-….shk). Importing it marks the records HQ has received as acknowledged. An older acknowledgement changes nothing.</source>
        <translation>Centrinė institucija į kiekvieną atmintinę atsako gavimo patvirtinimo failu (shekara-…-ack-….shk). Jį importavus, centrinės institucijos gauti įrašai pažymimi kaip patvirtinti. Senesnis patvirtinimas nieko nekeičia.</translation>
    </message>
    <message>
        <source>&amp;Choose the acknowledgement file…</source>
        <translation>&amp;Pasirinkti patvirtinimo failą…</translation>
    </message>
    <message>
        <source>&amp;Write the missing packets again…</source>
        <translation>Į&amp;rašyti trūkstamus paketus dar kartą…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Tai gali atlikti tik pamainos vadovas</translation>
    </message>
    <message>
        <source>HQ&apos;s acknowledgement</source>
        <translation>Centrinės institucijos gavimo patvirtinimas</translation>
    </message>
    <message>
        <source>Reading the acknowledgement…</source>
        <translation>Skaitomas patvirtinimas…</translation>
    </message>
    <message>
        <source>Only a supervisor can write packets again: ask a supervisor to write packet(s) %1 again (Post &gt; Packets in the outbox…).</source>
        <translation>Paketus dar kartą įrašyti gali tik pamainos vadovas: paprašykite pamainos vadovo dar kartą įrašyti paketą (-us) %1 (Postas &gt; Siunčiamieji paketai…).</translation>
    </message>
    <message>
        <source>Packet(s) %1 written again to %2 with their original contents. Send them to HQ with the next stick.</source>
        <translation>Paketai %1 dar kartą įrašyti į %2 su pradiniu turiniu. Išsiųskite juos centrinei institucijai su kita atmintine.</translation>
    </message>
    <message>
        <source>Packet(s) %1 not written again yet.</source>
        <translation>Paketai %1 kol kas dar kartą neįrašyti.</translation>
    </message>
    <message>
        <source>The acknowledgement was not taken.</source>
        <translation>Patvirtinimas nepriimtas.</translation>
    </message>
    <message>
        <source>Acknowledgement %1 from HQ is taken.</source>
        <translation>Centrinės institucijos patvirtinimas %1 priimtas.</translation>
    </message>
    <message>
        <source>Nothing new: this acknowledgement (number %1) is not newer than the last one taken (number %2). Nothing was changed.</source>
        <translation>Nieko naujo: šis patvirtinimas (Nr. %1) nėra naujesnis už paskutinį priimtą (Nr. %2). Niekas nepakeista.</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s) newly marked as acknowledged</source>
        <translation>
            <numerusform>%n įrašo versija naujai pažymėta kaip patvirtinta</numerusform>
            <numerusform>%n įrašo versijos naujai pažymėtos kaip patvirtintos</numerusform>
            <numerusform>%n įrašo versijų naujai pažymėta kaip patvirtintos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n record(s)).</source>
        <translation>
            <numerusform>(%n įraše).</numerusform>
            <numerusform>(%n įrašuose).</numerusform>
            <numerusform>(%n įrašuose).</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has imported every packet up to number %1.</source>
        <translation>Centrinė institucija importavo visus paketus iki Nr. %1.</translation>
    </message>
    <message>
        <source>HQ has not imported any packet from this post yet.</source>
        <translation>Centrinė institucija iš šio posto dar neimportavo nė vieno paketo.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet copy(ies) no longer needed were removed from the outbox.</source>
        <translation>
            <numerusform>Iš siunčiamųjų pašalinta %n nebereikalinga paketo kopija.</numerusform>
            <numerusform>Iš siunčiamųjų pašalintos %n nebereikalingos paketų kopijos.</numerusform>
            <numerusform>Iš siunčiamųjų pašalinta %n nebereikalingų paketų kopijų.</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ is missing packet(s) %1: write them again and send them with the next stick.</source>
        <translation>Centrinei institucijai trūksta paketo (-ų) %1: įrašykite juos dar kartą ir išsiųskite su kita atmintine.</translation>
    </message>
    <message>
        <source>HQ holds packet(s) %1 until the missing ones arrive.</source>
        <translation>Centrinė institucija sulaiko paketą (-us) %1, kol ateis trūkstami.</translation>
    </message>
    <message>
        <source>HQ refused packet %1: %2.</source>
        <translation>Centrinė institucija atmetė paketą %1: %2.</translation>
    </message>
    <message>
        <source>No gaps, held packets or refusals reported.</source>
        <translation>Nepranešta apie spragas, sulaikytus ar atmestus paketus.</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Pridėti pareigūną</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Prisijungimo vardas:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vaidmuo:</translation>
    </message>
    <message>
        <source>New officer&apos;s login</source>
        <translation>Naujo pareigūno prisijungimo vardas</translation>
    </message>
    <message>
        <source>New officer&apos;s role</source>
        <translation>Naujo pareigūno vaidmuo</translation>
    </message>
    <message>
        <source>A login is 2 to 32 small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Prisijungimo vardą sudaro 2–32 mažosios lotyniškos raidės, skaitmenys, „.“, „_“ arba „-“; pirmoji – raidė.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer to request %1</source>
        <translation>Atsakymas į prašymą %1</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Atsakymas:</translation>
    </message>
    <message>
        <source>&amp;Linked records:</source>
        <translation>&amp;Susieti įrašai:</translation>
    </message>
    <message>
        <source>record ids, separated by spaces (optional)</source>
        <translation>įrašų identifikatoriai, atskirti tarpais (neprivaloma)</translation>
    </message>
    <message>
        <source>&amp;Partial answer: more follows</source>
        <translation>&amp;Dalinis atsakymas: bus daugiau</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Saugykla sukurta</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Saugykla atrakinta</translation>
    </message>
    <message>
        <source>Unlock refused</source>
        <translation>Atrakinti neleista</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Atrakinta atkūrimo raktu</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Saugyklos raktas pakeistas</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Sukurtas naujas atkūrimo raktas</translation>
    </message>
    <message>
        <source>Derived data repaired</source>
        <translation>Išvestiniai duomenys pataisyti</translation>
    </message>
    <message>
        <source>Officer added</source>
        <translation>Pareigūnas pridėtas</translation>
    </message>
    <message>
        <source>Officer removed</source>
        <translation>Pareigūnas pašalintas</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Slaptafrazė pakeista</translation>
    </message>
    <message>
        <source>Officer&apos;s name, rank or position changed</source>
        <translation>Pakeistas pareigūno vardas, laipsnis ar pareigos</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Įrašas sukurtas</translation>
    </message>
    <message>
        <source>Draft changed</source>
        <translation>Juodraštis pakeistas</translation>
    </message>
    <message>
        <source>Record approved</source>
        <translation>Įrašas patvirtintas</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>Įrašas pataisytas</translation>
    </message>
    <message>
        <source>Record withdrawn</source>
        <translation>Įrašas atšauktas</translation>
    </message>
    <message>
        <source>Record viewed</source>
        <translation>Įrašas peržiūrėtas</translation>
    </message>
    <message>
        <source>Records searched</source>
        <translation>Ieškota įrašų</translation>
    </message>
    <message>
        <source>Retention reviewed</source>
        <translation>Saugojimo terminas peržiūrėtas</translation>
    </message>
    <message>
        <source>Packet exported</source>
        <translation>Paketas eksportuotas</translation>
    </message>
    <message>
        <source>Acknowledgement imported</source>
        <translation>Gavimo patvirtinimas importuotas</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Dokumentas išspausdintas</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>Įrašai sunaikinti</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Atsarginė kopija įrašyta</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Atsarginė kopija atkurta</translation>
    </message>
    <message>
        <source>HQ keys imported</source>
        <translation>Centrinės institucijos raktai importuoti</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Raktai pakeisti</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>Paketas importuotas</translation>
    </message>
    <message>
        <source>Acknowledgement written</source>
        <translation>Gavimo patvirtinimas parašytas</translation>
    </message>
    <message>
        <source>Post enrolled</source>
        <translation>Postas įregistruotas</translation>
    </message>
    <message>
        <source>Post keys revoked</source>
        <translation>Posto raktai atšaukti</translation>
    </message>
    <message>
        <source>Partner keys trusted</source>
        <translation>Partnerio raktai pripažinti patikimais</translation>
    </message>
    <message>
        <source>Partner keys revoked</source>
        <translation>Partnerio raktai atšaukti</translation>
    </message>
    <message>
        <source>Held packet discarded</source>
        <translation>Sulaikytas paketas atmestas</translation>
    </message>
    <message>
        <source>Reference data imported</source>
        <translation>Žinyno duomenys importuoti</translation>
    </message>
    <message>
        <source>Request created</source>
        <translation>Prašymas sukurtas</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Prašymas atmestas</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Prašymas patvirtintas</translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation>Į prašymą atsakyta</translation>
    </message>
    <message>
        <source>Follow-up question on a request</source>
        <translation>Papildomas klausimas dėl prašymo</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Prašymas atšauktas</translation>
    </message>
    <message>
        <source>Paper copy of a request closed</source>
        <translation>Prašymo popierinis egzempliorius uždarytas</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Nustatymas pakeistas</translation>
    </message>
    <message>
        <source>Partner&apos;s letter imported</source>
        <translation>Importuotas kitos Šalies raštas</translation>
    </message>
    <message>
        <source>Received information viewed</source>
        <translation>Peržiūrėta gauta informacija</translation>
    </message>
    <message>
        <source>Third-party consent recorded</source>
        <translation>Užregistruotas sutikimas perduoti trečiajai šaliai</translation>
    </message>
    <message>
        <source>Put on the notice to the partner</source>
        <translation>Įtraukta į raštą partneriui</translation>
    </message>
    <message>
        <source>Taken off the notice to the partner</source>
        <translation>Išbraukta iš rašto partneriui</translation>
    </message>
    <message>
        <source>Notice to the partner approved</source>
        <translation>Raštas partneriui patvirtintas</translation>
    </message>
    <message>
        <source>Letter sent to the partner</source>
        <translation>Raštas partneriui išsiųstas</translation>
    </message>
    <message>
        <source>Letter to the partner written</source>
        <translation>Raštas partneriui įrašytas</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Veiksmas:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>&amp;Pareigūnas:</translation>
    </message>
    <message>
        <source>&amp;Record id:</source>
        <translation>Į&amp;rašo ID:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Nuo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>R&amp;odyti</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Tikrinti grandinę</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Nau&amp;jausi įrašai</translation>
    </message>
    <message>
        <source>login</source>
        <translation>prisijungimo vardas</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Veiksmo filtras</translation>
    </message>
    <message>
        <source>Officer filter</source>
        <translation>Pareigūno filtras</translation>
    </message>
    <message>
        <source>Record id filter</source>
        <translation>Įrašo ID filtras</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audito įrašai</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>visi veiksmai</translation>
    </message>
    <message>
        <source>Checking every entry of the chain…</source>
        <translation>Tikrinamas kiekvienas grandinės įrašas…</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, the last is No. %2 (%3…).</source>
        <translation>Grandinė nepažeista: %1 įrašų, paskutinis Nr. %2 (%3…).</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry No. %1: %2</source>
        <translation>Grandinė NUTRAUKTA ties įrašu Nr. %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pareigūnas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sukurti saugyklos atsarginę kopiją</translation>
    </message>
    <message>
        <source>A backup is the vault as it is now, still encrypted: it opens only with a passphrase or the recovery key valid today. Keep it on a stick stored apart from this laptop. It is read back and checked after it is written.</source>
        <translation>Atsarginė kopija – tai saugykla, kokia ji yra dabar, vis dar šifruota: ji atidaroma tik šiandien galiojančia slaptafraze arba atkūrimo raktu. Laikykite ją atmintinėje, saugomoje atskirai nuo šio nešiojamojo kompiuterio. Įrašyta ji perskaitoma ir patikrinama.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Aplankas:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pasirinkti…</translation>
    </message>
    <message>
        <source>&amp;Write the backup</source>
        <translation>&amp;Įrašyti atsarginę kopiją</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Aplankas atsarginei kopijai</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Atsarginė kopija įrašoma ir tikrinama…</translation>
    </message>
    <message>
        <source>Backup written and checked: %1
%2 records, %3 MB, SHA-256 %4</source>
        <translation>Atsarginė kopija įrašyta ir patikrinta: %1
Įrašų: %2, %3 MB, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>CandidatesTableModel</name>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Straipsnis</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Siunčiama</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>On the notice</source>
        <translation>Pranešime</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Pakeisti mano slaptafrazę</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Dabartinė slaptafrazė:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Dabartinė slaptafrazė</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Keičiama slaptafrazė…</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Saugyklos patikra</translation>
    </message>
    <message>
        <source>Checks every page of the vault, then makes again from the records what the vault keeps beside them (the record list, the counts, the search index) and compares, and verifies the audit chain. It only reads. On a large vault it takes minutes; the window waits meanwhile.</source>
        <translation>Patikrina kiekvieną saugyklos puslapį, tada iš įrašų iš naujo apskaičiuoja tai, ką saugykla laiko greta jų (įrašų sąrašą, skaičius, paieškos indeksą), palygina ir patikrina audito grandinę. Tik skaito. Didelėje saugykloje tai užtrunka kelias minutes; langas tuo metu laukia.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Tikrinti &amp;dar kartą</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Pradėti patikrą</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Taisyti</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 iš %Ln įrašo</numerusform>
            <numerusform>%1 iš %Ln įrašų</numerusform>
            <numerusform>%1 iš %Ln įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Tikrinamas kiekvienas saugyklos puslapis…</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Patikra stabdoma…</translation>
    </message>
    <message>
        <source>The check was stopped before it ended. Nothing was changed.</source>
        <translation>Patikra sustabdyta nepasibaigusi. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The page check found: %1</source>
        <translation>Puslapių patikra rado: %1</translation>
    </message>
    <message>
        <source>The vault is damaged: some of its pages fail their check. This cannot be repaired here. Lock the vault and bring back the newest backup (%1 on the unlock screen, with &quot;%2&quot; ticked, so that this vault is kept).</source>
        <translation>Saugykla pažeista: kai kurie jos puslapiai neišlaiko patikros. Čia to pataisyti negalima. Užrakinkite saugyklą ir atkurkite naujausią atsarginę kopiją (%1 atrakinimo ekrane, pažymėję „%2“, kad ši saugykla būtų išsaugota).</translation>
    </message>
    <message>
        <source>The audit chain is broken. It cannot be repaired: it is evidence, and so is the rest of this vault as it is now. Do not change it; tell your supervisor. To compare, lock the vault and bring back the newest backup (%1 on the unlock screen, with &quot;%2&quot; ticked, so that this vault is kept).</source>
        <translation>Audito grandinė nutrūkusi. Jos pataisyti negalima: tai įrodymas, kaip ir visa ši saugykla tokia, kokia yra dabar. Jos nekeiskite; praneškite pamainos vadovui. Norėdami palyginti, užrakinkite saugyklą ir atkurkite naujausią atsarginę kopiją (%1 atrakinimo ekrane, pažymėję „%2“, kad ši saugykla būtų išsaugota).</translation>
    </message>
    <message>
        <source>Some derived data disagrees with the records. Repair makes it again from the records; it changes no record and no audit entry, and it is written in the audit log. It cannot be stopped part-way; then the vault is checked again.</source>
        <translation>Kai kurie išvestiniai duomenys nesutampa su įrašais. „Taisyti“ juos iš naujo sudaro pagal įrašus; nekeičiamas nei vienas įrašas, nei audito žurnalas, o pats taisymas įrašomas į audito žurnalą. Jo negalima sustabdyti pusiaukelėje; po to saugykla patikrinama dar kartą.</translation>
    </message>
    <message>
        <source>Everything agrees with the records, and the audit chain is intact.</source>
        <translation>Viskas sutampa su įrašais, audito grandinė nepažeista.</translation>
    </message>
    <message numerus="yes">
        <source>the audit chain: intact, %Ln entries</source>
        <translation>
            <numerusform>audito grandinė: nepažeista, %Ln įrašas</numerusform>
            <numerusform>audito grandinė: nepažeista, %Ln įrašai</numerusform>
            <numerusform>audito grandinė: nepažeista, %Ln įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit chain: broken at entry %1 (%2)</source>
        <translation>audito grandinė: nutrūkusi ties įrašu Nr. %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) checked against their newest versions:</source>
        <translation>
            <numerusform>%Ln įrašas palygintas su naujausia savo versija:</numerusform>
            <numerusform>%Ln įrašai palyginti su naujausiomis savo versijomis:</numerusform>
            <numerusform>%Ln įrašų palyginta su naujausiomis savo versijomis:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: agrees</source>
        <translation>%1: sutampa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) disagree</source>
        <translation>
            <numerusform>%Ln įrašas nesutampa</numerusform>
            <numerusform>%Ln įrašai nesutampa</numerusform>
            <numerusform>%Ln įrašų nesutampa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) of no record</source>
        <translation>
            <numerusform>%Ln elementas be įrašo</numerusform>
            <numerusform>%Ln elementai be įrašo</numerusform>
            <numerusform>%Ln elementų be įrašo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(for example %1)</source>
        <translation>(pavyzdžiui, %1)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Partner&apos;s consent for %1 (Art. 10.2)</source>
        <translation>Partnerio sutikimas dėl %1 (Susitarimo 10 str. 2 d.)</translation>
    </message>
    <message>
        <source>Information received from the partner goes to a third party only with its written consent. Record the consent letter as it came: its number, who may receive the fact and for what; the letter itself is kept, encrypted, in the vault.</source>
        <translation>Iš partnerio gauta informacija trečiajai šaliai perduodama tik su jo rašytiniu sutikimu. Užregistruokite sutikimo raštą tokį, koks gautas: jo numerį, kas ir kokiu tikslu gali gauti faktą; pats raštas saugomas šifruotas saugykloje.</translation>
    </message>
    <message>
        <source>Consent letter &amp;number:</source>
        <translation>Sutikimo rašto nu&amp;meris:</translation>
    </message>
    <message>
        <source>&amp;Third party:</source>
        <translation>&amp;Trečioji šalis:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Tiks&amp;las:</translation>
    </message>
    <message>
        <source>The &amp;letter (scan or text):</source>
        <translation>&amp;Raštas (skenuotas ar tekstas):</translation>
    </message>
    <message>
        <source>as printed on it, e.g. HQ-LT/2026/000012</source>
        <translation>kaip jame išspausdinta, pvz., HQ-LT/2026/000012</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Naršyti…</translation>
    </message>
    <message>
        <source>The partner&apos;s consent letter</source>
        <translation>Partnerio sutikimo raštas</translation>
    </message>
    <message>
        <source>Scans and texts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Skenuoti vaizdai ir tekstai (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Visi failai (*)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>What will go</source>
        <translation>Kas bus išsiųsta</translation>
    </message>
    <message>
        <source>Approved records, corrections and withdrawals not yet sent.</source>
        <translation>Dar neišsiųsti patvirtinti įrašai, pataisos ir atšaukimai.</translation>
    </message>
    <message>
        <source>&amp;Write packet</source>
        <translation>Į&amp;rašyti paketą</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Nauji įrašai:</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>Pataisos:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>Atšaukimai:</translation>
    </message>
    <message>
        <source>Removed at end of retention:</source>
        <translation>Pašalinti pasibaigus saugojimo terminui:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Priedai:</translation>
    </message>
    <message>
        <source>Packet number:</source>
        <translation>Paketo numeris:</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Įrašoma į:</translation>
    </message>
    <message>
        <source>Counting what waits to be sent…</source>
        <translation>Skaičiuojama, kas laukia išsiuntimo…</translation>
    </message>
    <message>
        <source>This packet will carry:</source>
        <translation>Šiame pakete bus:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n failas, %1</numerusform>
            <numerusform>%n failai, %1</numerusform>
            <numerusform>%n failų, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>An earlier export was interrupted: packet %1 is written first, with exactly the same contents. Run the export again afterwards for what is left.</source>
        <translation>Ankstesnis eksportas nutrūko: pirmiausia įrašomas paketas %1, lygiai to paties turinio. Likusiai daliai vėliau eksportuokite dar kartą.</translation>
    </message>
    <message>
        <source>Nothing to export: no approved record, correction or withdrawal waits to be sent.</source>
        <translation>Nėra ką eksportuoti: jokie patvirtinti įrašai, pataisos ar atšaukimai nelaukia išsiuntimo.</translation>
    </message>
    <message>
        <source>The stick may be too small: the attachments alone take %1 and it has %2 free.</source>
        <translation>Atmintinė gali būti per maža: vien priedai užima %1, o joje laisva %2.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>any country</source>
        <translation>bet kuri šalis</translation>
    </message>
</context>
<context>
    <name>DemoHqDialog</name>
    <message>
        <source>Demo HQ</source>
        <translation>Demonstracinė centrinė institucija</translation>
    </message>
    <message>
        <source>The folder with the post&apos;s packets</source>
        <translation>Aplankas su posto paketais</translation>
    </message>
</context>
<context>
    <name>DemoHqPanel</name>
    <message>
        <source>Demo: HQ&apos;s side</source>
        <translation>Demonstracija: centrinės institucijos pusė</translation>
    </message>
    <message>
        <source>This demo has an HQ (%1) whose keys this post trusts. It can take the packets in the folder as HQ would: check and import them, and write its signed acknowledgement into the same folder. Then import that acknowledgement here as from a stick that came back from HQ.</source>
        <translation>Šioje demonstracijoje yra centrinė institucija (%1), kurios raktais šis postas pasitiki. Ji gali priimti aplanko paketus kaip centrinė institucija: juos patikrinti ir importuoti, o pasirašytą gavimo patvirtinimą įrašyti į tą patį aplanką. Tada importuokite tą patvirtinimą čia, tarsi iš USB atmintinės, grįžusios iš centrinės institucijos.</translation>
    </message>
    <message>
        <source>Let the demo &amp;HQ acknowledge</source>
        <translation>Tegul demonstracinė &amp;centrinė institucija patvirtina</translation>
    </message>
    <message>
        <source>&amp;Import the acknowledgement…</source>
        <translation>&amp;Importuoti patvirtinimą…</translation>
    </message>
    <message>
        <source>The demo HQ is importing the packets…</source>
        <translation>Demonstracinė centrinė institucija importuoja paketus…</translation>
    </message>
    <message>
        <source>%1 (packet %2): %3 — %4</source>
        <translation>%1 (paketas %2): %3 — %4</translation>
    </message>
    <message>
        <source>The demo HQ wrote acknowledgement %1 to %2.</source>
        <translation>Demonstracinė centrinė institucija įrašė patvirtinimą %1 į %2.</translation>
    </message>
    <message>
        <source>Take it back as the post: Post &gt; Import acknowledgement.</source>
        <translation>Priimkite jį kaip postas: Postas &gt; Importuoti gavimo patvirtinimą.</translation>
    </message>
</context>
<context>
    <name>DestinationChooser</name>
    <message>
        <source>&amp;Removable drives (USB sticks):</source>
        <translation>&amp;Keičiamieji diskai (USB atmintinės):</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>Keičiamieji diskai</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;tnaujinti</translation>
    </message>
    <message>
        <source>Look for sticks again (after plugging one in)</source>
        <translation>Ieškoti atmintinių iš naujo (prijungus naują)</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Pasirinkti kitą &amp;aplanką…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Aplankas: %1</translation>
    </message>
    <message>
        <source>No stick found. Plug one in and press Refresh, or choose a folder.</source>
        <translation>Atmintinė nerasta. Prijunkite ją ir spauskite „Atnaujinti“ arba pasirinkite aplanką.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 free of %4</source>
        <translation>%1 (%2) — laisva %3 iš %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Pasirinkite aplanką</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where should the packet go?</source>
        <translation>Kur įrašyti paketą?</translation>
    </message>
    <message>
        <source>Choose the USB stick that goes to HQ, or any folder.</source>
        <translation>Pasirinkite USB atmintinę, kuri keliaus į centrinę instituciją, arba bet kurį aplanką.</translation>
    </message>
    <message>
        <source>The packet is one encrypted file that only HQ (and this post) can open. It is written, read back and checked before anything is marked as exported.</source>
        <translation>Paketas – vienas šifruotas failas, kurį atidaryti gali tik centrinė institucija (ir šis postas). Jis įrašomas, perskaitomas iš naujo ir patikrinamas, kol kas nors pažymima kaip eksportuota.</translation>
    </message>
</context>
<context>
    <name>DiscardPacketDialog</name>
    <message>
        <source>Discard a packet</source>
        <translation>Paketo atmetimas</translation>
    </message>
    <message>
        <source>Say why, in a few words (at most %1 characters): the reason is kept in the audit log with your name.</source>
        <translation>Keliais žodžiais nurodykite priežastį (ne daugiau kaip %1 simbolių): ji saugoma audito žurnale su jūsų vardu.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Priežastis:</translation>
    </message>
    <message>
        <source>e.g. the post&apos;s supervisor confirmed that a copied vault wrote it</source>
        <translation>pvz., posto pamainos vadovas patvirtino, kad jį parašė nukopijuota saugykla</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Atmesti…</translation>
    </message>
    <message>
        <source>Say why the packet is discarded: the reason is required.</source>
        <translation>Nurodykite, kodėl paketas atmetamas: priežastis privaloma.</translation>
    </message>
    <message>
        <source>Discard the packet</source>
        <translation>Paketo atmetimas</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Atmesti</translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>Disclosure register</source>
        <translation>Perduotos informacijos registras</translation>
    </message>
    <message>
        <source>Every record version and correction sent to the other Party (Art. 10): what Art. 10.2 consents and Art. 10.3 corrections stand on.</source>
        <translation>Kiekviena kitai Šaliai išsiųsta įrašo versija ir pataisa (Susitarimo 10 str.): tuo remiasi sutikimai pagal 10 str. 2 d. ir pataisos pagal 10 str. 3 d.</translation>
    </message>
    <message>
        <source>Sent &amp;from:</source>
        <translation>Išsiųsta &amp;nuo:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>i&amp;ki:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Į&amp;rašas:</translation>
    </message>
    <message>
        <source>registration number or id</source>
        <translation>registracijos numeris arba identifikatorius</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Perdavimai</translation>
    </message>
    <message>
        <source>&amp;Print the period…</source>
        <translation>&amp;Spausdinti laikotarpį…</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n perdavimas</numerusform>
            <numerusform>%n perdavimai</numerusform>
            <numerusform>%n perdavimų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Siunčiama</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Straipsnis</translation>
    </message>
    <message>
        <source>Persons sent</source>
        <translation>Perduoti asmenys</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Neperduota</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Raštas</translation>
    </message>
    <message>
        <source>Packet SHA-256</source>
        <translation>Paketo SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n pridėtas rankiniu būdu)</numerusform>
            <numerusform>(%n pridėti rankiniu būdu)</numerusform>
            <numerusform>(%n pridėtų rankiniu būdu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The packet is written</source>
        <translation>Paketas įrašytas</translation>
    </message>
    <message>
        <source>Print the transmittal sheet and hand it over with the stick.</source>
        <translation>Išspausdinkite paketo perdavimo ir priėmimo aktą ir perduokite jį kartu su atmintine.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Failas:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Read back:</source>
        <translation>Perskaityta:</translation>
    </message>
    <message>
        <source>Carries:</source>
        <translation>Turinys:</translation>
    </message>
    <message>
        <source>&amp;Print the transmittal sheet…</source>
        <translation>&amp;Spausdinti paketo perdavimo ir priėmimo aktą…</translation>
    </message>
    <message>
        <source>Packet %1 is on the stick and was checked.</source>
        <translation>Paketas %1 įrašytas į atmintinę ir patikrintas.</translation>
    </message>
    <message>
        <source>read again from the stick (%1): the signature verified, the contents decrypted and matched, the SHA-256 is the same</source>
        <translation>dar kartą perskaityta iš atmintinės (%1): parašas patikrintas, turinys iššifruotas ir sutampa, SHA-256 toks pat</translation>
    </message>
    <message>
        <source>verified while writing; the stick could not be read again just now</source>
        <translation>patikrinta įrašant; atmintinės ką tik dar kartą perskaityti nepavyko</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n įrašo versija</numerusform>
            <numerusform>%n įrašo versijos</numerusform>
            <numerusform>%n įrašo versijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n pašalintas įrašas</numerusform>
            <numerusform>%n pašalinti įrašai</numerusform>
            <numerusform>%n pašalintų įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheet. HQ&apos;s acknowledgement comes back the same way: import it from the Post menu.</source>
        <translation>Atmintinę perduokite kartu su išspausdintu paketo perdavimo ir priėmimo aktu. Centrinės institucijos gavimo patvirtinimas grįš tuo pačiu keliu: importuokite jį iš meniu „Postas“.</translation>
    </message>
    <message>
        <source>This packet went out after the restore without HQ&apos;s acknowledgement, on HQ&apos;s confirmation that it had nothing newer; the audit log records it. Until HQ&apos;s acknowledgement is imported, the next export asks again.</source>
        <translation>Šis paketas po atkūrimo eksportuotas be centrinės institucijos gavimo patvirtinimo – jai patvirtinus, kad nieko naujesnio negavo; tai įrašyta audito žurnale. Kol nebus importuotas centrinės institucijos gavimo patvirtinimas, kitas eksportas vėl to paklaus.</translation>
    </message>
    <message>
        <source>This finished an export that had been interrupted, with its original contents.</source>
        <translation>Taip užbaigtas nutrūkęs eksportas, su pradiniu turiniu.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait: run the export again.</source>
        <translation>
            <numerusform>Dar laukia %n elementas: eksportuokite dar kartą.</numerusform>
            <numerusform>Dar laukia %n elementai: eksportuokite dar kartą.</numerusform>
            <numerusform>Dar laukia %n elementų: eksportuokite dar kartą.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>New: %1</source>
        <translation>Naujas: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Keitimasis</translation>
    </message>
    <message>
        <source>&amp;Share with the partner…</source>
        <translation>&amp;Perduoti partneriui…</translation>
    </message>
    <message>
        <source>&amp;Received information…</source>
        <translation>&amp;Gauta informacija…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined letters…</source>
        <translation>&amp;Sulaikyti ir karantine esantys raštai…</translation>
    </message>
    <message>
        <source>Request re&amp;gister…</source>
        <translation>Prašymų &amp;registras…</translation>
    </message>
    <message>
        <source>&amp;Disclosure register…</source>
        <translation>Perduotos &amp;informacijos registras…</translation>
    </message>
    <message>
        <source>&amp;Partner keys…</source>
        <translation>Partnerio ra&amp;ktai…</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>qualifies under Art. %1 and was never sent</source>
        <translation>atitinka Susitarimo %1 str. ir dar nebuvo išsiųstas</translation>
    </message>
    <message>
        <source>version %2 replaces version %3 sent before (Art. 10.3)</source>
        <translation>%2 versija pakeičia anksčiau išsiųstą %3 versiją (Susitarimo 10 str. 3 d.)</translation>
    </message>
    <message>
        <source>withdrawn after version %3 was sent: the partner must withdraw it too</source>
        <translation>atšauktas po to, kai išsiųsta %3 versija: partneris taip pat turi jį atšaukti</translation>
    </message>
    <message>
        <source>purged after version %3 was sent: the partner must destroy it too</source>
        <translation>sunaikintas po to, kai išsiųsta %3 versija: partneris taip pat turi jį sunaikinti</translation>
    </message>
    <message>
        <source>version %2 no longer qualifies: version %3 sent before is withdrawn from the partner</source>
        <translation>%2 versija nebeatitinka: anksčiau išsiųsta %3 versija atšaukiama iš partnerio</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>faktas</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>atšaukimas</translation>
    </message>
    <message>
        <source>destruction</source>
        <translation>sunaikinimas</translation>
    </message>
    <message>
        <source>current</source>
        <translation>galiojantis</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>pakeistas</translation>
    </message>
    <message>
        <source>withdrawn by the partner</source>
        <translation>partneris atšaukė</translation>
    </message>
    <message>
        <source>destroyed at the partner&apos;s request</source>
        <translation>sunaikinta partnerio prašymu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projektas</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>patvirtintas</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>išsiųstas</translation>
    </message>
    <message>
        <source>received</source>
        <translation>gautas</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>atsakyta</translation>
    </message>
    <message>
        <source>partly answered</source>
        <translation>atsakyta iš dalies</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>atsisakyta</translation>
    </message>
    <message>
        <source>partly refused</source>
        <translation>iš dalies atsisakyta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>atšauktas</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dublikatas</translation>
    </message>
    <message>
        <source>ours to the partner</source>
        <translation>mūsų partneriui</translation>
    </message>
    <message>
        <source>the partner&apos;s to us</source>
        <translation>partnerio mums</translation>
    </message>
    <message>
        <source>follow-up question</source>
        <translation>papildomas klausimas</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>atsakymas</translation>
    </message>
    <message>
        <source>withdrawal of the request</source>
        <translation>prašymo atšaukimas</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export packet to HQ</source>
        <translation>Paketo eksportas į centrinę instituciją</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>all kinds</source>
        <translation>visos rūšys</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>visos būsenos</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Rūši&amp;s:</translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation>Pi&amp;lietybė:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Būsena:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Nuo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>Qualif&amp;ies under the Agreement</source>
        <translation>A&amp;titinka Susitarimą</translation>
    </message>
    <message>
        <source>Only records that qualify for exchange: a citizen of the other Party is involved</source>
        <translation>Tik keistis tinkami įrašai: susijęs kitos Šalies pilietis</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Išvalyti visus filtrus</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Rūšies filtras</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Būsenos filtras</translation>
    </message>
    <message>
        <source>Occurred on or after</source>
        <translation>Įvyko tą dieną ar vėliau</translation>
    </message>
    <message>
        <source>Occurred on or before</source>
        <translation>Įvyko tą dieną ar anksčiau</translation>
    </message>
    <message>
        <source>Citizenship filter</source>
        <translation>Pilietybės filtras</translation>
    </message>
</context>
<context>
    <name>FingerprintConfirmDialog</name>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Palyginkite atspaudą</translation>
    </message>
    <message>
        <source>Post %1 replaces its key. The statement is checked against the key HQ holds; confirm to accept the new key.</source>
        <translation>Postas %1 keičia savo raktą. Pareiškimas tikrinamas pagal centrinės institucijos turimą raktą; patvirtinkite, kad priimtumėte naują raktą.</translation>
    </message>
    <message>
        <source>%1 replaces its keys. The statement is checked against the partner key trusted now, which vouches for the new one: no paper is needed. Confirm to trust the new key.</source>
        <translation>%1 keičia savo raktus. Pareiškimas tikrinamas pagal dabar patikimu laikomą partnerio raktą, kuris laiduoja už naująjį: popieriaus nereikia. Patvirtinkite, kad pasitikėtumėte nauju raktu.</translation>
    </message>
    <message>
        <source>These are the public keys of %1. Compare the fingerprint below with the sheet HQ sent, group by group. Trust it only if every group is the same.</source>
        <translation>Tai %1 viešieji raktai. Palyginkite toliau pateiktą atspaudą su centrinės institucijos atsiųstu lapu grupė po grupės. Pasitikėkite juo tik tada, jei visos grupės sutampa.</translation>
    </message>
    <message>
        <source>This is the enrollment file of post %1. Compare the fingerprint below with the post&apos;s printed enrollment sheet, group by group. Enroll it only if every group is the same.</source>
        <translation>Tai posto %1 registravimo failas. Palyginkite toliau pateiktą atspaudą su išspausdintu posto registravimo lapu grupė po grupės. Registruokite tik tada, jei visos grupės sutampa.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kodas:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Šalis:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Atspaudas:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Naujas atspaudas:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Atspaudas</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Pakeičia:</translation>
    </message>
    <message>
        <source>This replaces the key trusted now: the old one is revoked and nothing signed with it is accepted any more. Do this only with a new sheet from HQ in hand.</source>
        <translation>Tai pakeičia dabar patikimu laikomą raktą: senasis atšaukiamas ir niekas, kas juo pasirašyta, nebepriimama. Darykite tai tik turėdami naują centrinės institucijos lapą.</translation>
    </message>
    <message>
        <source>Accept the partner&apos;s new key</source>
        <translation>Priimti naują partnerio raktą</translation>
    </message>
    <message>
        <source>I compared every group with the printed sheet: they are the same</source>
        <translation>Palyginau kiekvieną grupę su išspausdintu lapu: jos sutampa</translation>
    </message>
    <message>
        <source>Accept the new key of this post</source>
        <translation>Priimti naują šio posto raktą</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Pasitikėti šiuo raktu</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Registruoti</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Shekara — user guide</source>
        <translation>Shekara — naudotojo vadovas</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Naudotojo vadovas</translation>
    </message>
    <message>
        <source>Everyday work</source>
        <translation>Kasdienis darbas</translation>
    </message>
    <message>
        <source>Press Ctrl+N to record a new fact, choose its kind, and type. What you type is saved as a draft every few seconds: if the power goes, the draft is there when you unlock again.</source>
        <translation>Paspauskite Ctrl+N, kad užregistruotumėte naują faktą, pasirinkite jo rūšį ir rašykite. Kas parašyta, kas kelias sekundes išsaugoma kaip juodraštis: dingus elektrai, vėl atrakinus juodraštis bus vietoje.</translation>
    </message>
    <message>
        <source>A supervisor approves drafts. The person who wrote a version cannot approve it. A correction after approval is a new version with a reason; records are withdrawn, never deleted.</source>
        <translation>Juodraščius tvirtina pamainos vadovas. Versijos autorius jos patvirtinti negali. Pataisa po patvirtinimo yra nauja versija su priežastimi; įrašai atšaukiami, bet niekada neištrinami.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) finds names in Cyrillic or Latin letters, document numbers, places and substances, as you type. The filters narrow the list by kind, status, dates, citizenship and whether the record qualifies under the Agreement.</source>
        <translation>Paieška (Ctrl+F) jau rašant randa vardus kirilica ar lotyniškais rašmenimis, dokumentų numerius, vietas ir medžiagas. Filtrai siaurina sąrašą pagal rūšį, būseną, datas, pilietybę ir tai, ar įrašas atitinka Susitarimą.</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Saugyklos apsauga</translation>
    </message>
    <message>
        <source>Lock the vault with Ctrl+L when you leave the computer. It also locks by itself after some minutes without use and when the computer is locked.</source>
        <translation>Palikdami kompiuterį užrakinkite saugyklą klavišais Ctrl+L. Ji taip pat užsirakina pati po kelių neveiklumo minučių ir užrakinus kompiuterį.</translation>
    </message>
    <message>
        <source>Never write a passphrase where others can read it. The recovery sheet belongs in the post&apos;s safe.</source>
        <translation>Niekada neužrašykite slaptafrazės ten, kur kiti gali ją perskaityti. Atkūrimo lapas laikomas posto seife.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klavišai</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>naujas įrašas</translation>
    </message>
    <message>
        <source>save the record</source>
        <translation>išsaugoti įrašą</translation>
    </message>
    <message>
        <source>search</source>
        <translation>paieška</translation>
    </message>
    <message>
        <source>refresh the list</source>
        <translation>atnaujinti sąrašą</translation>
    </message>
    <message>
        <source>open the selected record</source>
        <translation>atidaryti pasirinktą įrašą</translation>
    </message>
    <message>
        <source>lock the vault</source>
        <translation>užrakinti saugyklą</translation>
    </message>
    <message>
        <source>print</source>
        <translation>spausdinti</translation>
    </message>
    <message>
        <source>larger or smaller text</source>
        <translation>didesnis ar mažesnis tekstas</translation>
    </message>
    <message>
        <source>this guide</source>
        <translation>šis vadovas</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>baigti darbą</translation>
    </message>
</context>
<context>
    <name>HqHeldDialog</name>
    <message>
        <source>Held and quarantined packets</source>
        <translation>Sulaikyti ir karantine esantys paketai</translation>
    </message>
    <message>
        <source>The posts&apos; packets HQ keeps without importing them. A held packet came before an earlier one that is still missing; it is imported by itself once the missing one arrives.</source>
        <translation>Postų paketai, kuriuos centrinė institucija laiko jų neimportavusi. Sulaikytas paketas atėjo anksčiau už ankstesnį, kurio vis dar trūksta; jis importuojamas savaime, kai trūkstamasis ateina.</translation>
    </message>
    <message>
        <source>A fork is a different packet with a number HQ already has, or one that does not follow the last imported: two writers for one post (a copied vault, an old backup). Nothing in it is imported, and it keeps its number taken until it is discarded.</source>
        <translation>Išsišakojimas – tai kitas paketas su numeriu, kurį centrinė institucija jau turi, arba paketas, kuris neina po paskutinio importuoto: du rašantieji vienam postui (nukopijuota saugykla, sena atsarginė kopija). Nieko iš jo neimportuojama, o jo numeris lieka užimtas, kol paketas atmetamas.</translation>
    </message>
    <message>
        <source>A supervisor may discard a packet: it is deleted and, unless a packet with that number is imported, the post&apos;s next acknowledgement tells the post to send it again. Each discard is kept in the audit log with its reason.</source>
        <translation>Pamainos vadovas gali paketą atmesti: jis ištrinamas ir, jei paketas tuo numeriu neimportuotas, kitas posto gavimo patvirtinimas paprašo postą jį atsiųsti dar kartą. Kiekvienas atmetimas su priežastimi saugomas audito žurnale.</translation>
    </message>
    <message>
        <source>&amp;Packets held or quarantined:</source>
        <translation>Sulaikyti ar karantine esantys &amp;paketai:</translation>
    </message>
    <message>
        <source>Packets held or quarantined</source>
        <translation>Sulaikyti ar karantine esantys paketai</translation>
    </message>
    <message>
        <source>Show &amp;every post</source>
        <translation>Rodyti &amp;visus postus</translation>
    </message>
    <message>
        <source>Only post %1 is shown.</source>
        <translation>Rodomas tik postas %1.</translation>
    </message>
    <message>
        <source>Discard packet %1 from post %2?</source>
        <translation>Atmesti paketą %1 iš posto %2?</translation>
    </message>
    <message>
        <source>The packet is deleted from HQ&apos;s vault for good; nothing in it is imported. Unless a packet with that number is imported, the post&apos;s next acknowledgement tells the post to send it again. The discard and your reason are kept in the audit log.</source>
        <translation>Paketas visam laikui ištrinamas iš centrinės institucijos saugyklos; nieko iš jo neimportuojama. Jei paketas tuo numeriu neimportuotas, kitas posto gavimo patvirtinimas paprašo postą jį atsiųsti dar kartą. Atmetimas ir jūsų priežastis saugomi audito žurnale.</translation>
    </message>
    <message>
        <source>Packet %1 from post %2 is discarded. Unless a packet with that number is imported, the post&apos;s next acknowledgement (HQ &gt; Write acknowledgement…) asks the post to send it again.</source>
        <translation>Paketas %1 iš posto %2 atmestas. Jei paketas tuo numeriu neimportuotas, kitas posto gavimo patvirtinimas (Centrinė institucija &gt; Parašyti gavimo patvirtinimą…) paprašys postą jį atsiųsti dar kartą.</translation>
    </message>
</context>
<context>
    <name>HqImportDialog</name>
    <message>
        <source>Import packets from posts</source>
        <translation>Paketų iš postų importas</translation>
    </message>
    <message>
        <source>Choose the packet files (shekara-&lt;post&gt;-records-&lt;number&gt;.shk) or a whole folder or stick. Each file is checked (signature first), then imported, recognised as a duplicate, held until the packets before it arrive, quarantined as a fork, or refused with the reason.</source>
        <translation>Pasirinkite paketų failus (shekara-&lt;postas&gt;-records-&lt;numeris&gt;.shk) arba visą aplanką ar atmintinę. Kiekvienas failas tikrinamas (pirmiausia parašas), tada importuojamas, atpažįstamas kaip dublikatas, sulaikomas, kol ateis ankstesni paketai, patalpinamas į karantiną kaip išsišakojimas arba atmetamas nurodant priežastį.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importuoti &amp;failus…</translation>
    </message>
    <message>
        <source>Import a whole f&amp;older or stick…</source>
        <translation>Importuoti visą &amp;aplanką ar atmintinę…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stabdyti</translation>
    </message>
    <message>
        <source>&amp;Check against the transmittal sheets…</source>
        <translation>&amp;Tikrinti pagal perdavimo ir priėmimo aktus…</translation>
    </message>
    <message>
        <source>&amp;Print the transmittal sheet…</source>
        <translation>Spa&amp;usdinti perdavimo ir priėmimo aktą…</translation>
    </message>
    <message>
        <source>Outcome per file</source>
        <translation>Kiekvieno failo rezultatas</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Paketų failai</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara paketai (*.shk);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Folder or stick with packets</source>
        <translation>Aplankas ar atmintinė su paketais</translation>
    </message>
    <message>
        <source>No records packet (…-records-….shk) in %1.</source>
        <translation>Aplanke %1 nėra įrašų paketų (…-records-….shk).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuojama…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importuojamas %1 (%2 iš %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n failas: importuota %1, dublikatų %2, sulaikyta %3, išsišakojimų %4, atmesta %5.</numerusform>
            <numerusform>%n failai: importuota %1, dublikatų %2, sulaikyta %3, išsišakojimų %4, atmesta %5.</numerusform>
            <numerusform>%n failų: importuota %1, dublikatų %2, sulaikyta %3, išsišakojimų %4, atmesta %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning (see Details).</source>
        <translation>
            <numerusform>%n su įspėjimu (žr. „Išsami informacija“).</numerusform>
            <numerusform>%n su įspėjimu (žr. „Išsami informacija“).</numerusform>
            <numerusform>%n su įspėjimu (žr. „Išsami informacija“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder were not records packets and were left alone.</source>
        <translation>
            <numerusform>Dar %n aplanko failas nėra įrašų paketas ir liko nepaliestas.</numerusform>
            <numerusform>Dar %n aplanko failai nėra įrašų paketai ir liko nepaliesti.</numerusform>
            <numerusform>Dar %n aplanko failų nėra įrašų paketai ir liko nepaliesti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Sustabdyta: %n failas neimportuotas.</numerusform>
            <numerusform>Sustabdyta: %n failai neimportuoti.</numerusform>
            <numerusform>Sustabdyta: %n failų neimportuota.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqKeysDialog</name>
    <message>
        <source>Keys at HQ</source>
        <translation>Raktai centrinėje institucijoje</translation>
    </message>
    <message>
        <source>HQ&apos;s keys (%1)</source>
        <translation>Centrinės institucijos raktai (%1)</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Atspaudas:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>kol kas nėra</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Centrinės institucijos atspaudas</translation>
    </message>
    <message>
        <source>&amp;Export HQ&apos;s keys file…</source>
        <translation>&amp;Eksportuoti centrinės institucijos raktų failą…</translation>
    </message>
    <message>
        <source>&amp;Print the keys sheet…</source>
        <translation>&amp;Spausdinti raktų lapą…</translation>
    </message>
    <message>
        <source>Posts&apos; keys</source>
        <translation>Postų raktai</translation>
    </message>
    <message>
        <source>E&amp;nroll a post…</source>
        <translation>&amp;Registruoti postą…</translation>
    </message>
    <message>
        <source>&amp;Revoke the post&apos;s keys…</source>
        <translation>&amp;Atšaukti posto raktus…</translation>
    </message>
    <message>
        <source>Export HQ&apos;s keys file</source>
        <translation>Centrinės institucijos raktų failo eksportas</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Raktų failai (*.json)</translation>
    </message>
    <message>
        <source>HQ&apos;s keys file is written: %1
Send it to the posts with the printed keys sheet.</source>
        <translation>Centrinės institucijos raktų failas įrašytas: %1
Išsiųskite jį postams kartu su išspausdintu raktų lapu.</translation>
    </message>
    <message>
        <source>A post&apos;s enrollment file or rotation statement</source>
        <translation>Posto registravimo failas arba rakto keitimo pareiškimas</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Raktų failai (*.json);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Post %1 is enrolled: its packets are accepted from now on.</source>
        <translation>Postas %1 užregistruotas: nuo šiol jo paketai priimami.</translation>
    </message>
    <message>
        <source>Post %1 has its new key: packets signed with the old one are accepted only up to the number the statement names.</source>
        <translation>Postas %1 turi naują raktą: senuoju pasirašyti paketai priimami tik iki pareiškime nurodyto numerio.</translation>
    </message>
    <message>
        <source>This key of post %1 was already enrolled: nothing changed.</source>
        <translation>Šis posto %1 raktas jau buvo užregistruotas: niekas nepakeista.</translation>
    </message>
    <message>
        <source>Revoke a post&apos;s keys</source>
        <translation>Posto raktų atšaukimas</translation>
    </message>
    <message>
        <source>Revoke every key of post %1?</source>
        <translation>Atšaukti visus posto %1 raktus?</translation>
    </message>
    <message>
        <source>Its packets are refused from now on, also those HQ holds waiting for a gap. Only a new enrollment, checked on paper, brings the post back.</source>
        <translation>Nuo šiol jo paketai atmetami, taip pat ir tie, kuriuos centrinė institucija sulaiko laukdama spragos užpildymo. Postą sugrąžinti gali tik nauja, popieriuje patikrinta registracija.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n key(s) of post %1.</source>
        <translation>
            <numerusform>Atšauktas %n posto %1 raktas.</numerusform>
            <numerusform>Atšaukti %n posto %1 raktai.</numerusform>
            <numerusform>Atšaukta %n posto %1 raktų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqKeysPage</name>
    <message>
        <source>HQ&apos;s public keys</source>
        <translation>Centrinės institucijos viešieji raktai</translation>
    </message>
    <message>
        <source>Packets for HQ are encrypted to its keys. You can import them now or later.</source>
        <translation>Paketai centrinei institucijai šifruojami jos raktais. Juos galite importuoti dabar arba vėliau.</translation>
    </message>
    <message>
        <source>HQ sends its public keys file with a printed sheet. Import the file, then compare the fingerprint shown here with the one on the sheet. If you do not have the file yet, press Finish: the post can record facts without it.</source>
        <translation>Centrinė institucija atsiunčia viešųjų raktų failą su atspausdintu lapu. Importuokite failą ir palyginkite čia rodomą atspaudą su nurodytu lape. Jei failo dar neturite, spauskite „Baigti“: postas gali registruoti faktus ir be jo.</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s keys file…</source>
        <translation>&amp;Importuoti centrinės institucijos raktų failą…</translation>
    </message>
    <message>
        <source>HQ&apos;s public keys file</source>
        <translation>Centrinės institucijos viešųjų raktų failas</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are imported. Fingerprint:
%1
Compare it with the sheet from HQ.</source>
        <translation>Centrinės institucijos raktai importuoti. Atspaudas:
%1
Palyginkite jį su centrinės institucijos lapu.</translation>
    </message>
</context>
<context>
    <name>HqRefdataDialog</name>
    <message>
        <source>Send reference data to the posts</source>
        <translation>Žinyno duomenų siuntimas postams</translation>
    </message>
    <message>
        <source>Crossing points, substances, authorities and retention periods go to each post as a signed packet that only it can read. Send the version in force, or a newer one from a folder of reference files: it then becomes this HQ&apos;s own too.</source>
        <translation>Kontrolės punktai, medžiagos, institucijos ir saugojimo terminai kiekvienam postui siunčiami pasirašytu paketu, kurį perskaityti gali tik jis. Siųskite galiojančią versiją arba naujesnę iš žinyno failų aplanko: tada ji tampa ir šios centrinės institucijos versija.</translation>
    </message>
    <message>
        <source>&amp;Newer version from a folder…</source>
        <translation>&amp;Naujesnė versija iš aplanko…</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Kam &amp;siųsti:</translation>
    </message>
    <message>
        <source>every enrolled post</source>
        <translation>visiems įregistruotiems postams</translation>
    </message>
    <message>
        <source>&amp;Write reference data</source>
        <translation>&amp;Rašyti žinyno duomenis</translation>
    </message>
    <message>
        <source>Folder of reference files</source>
        <translation>Žinyno failų aplankas</translation>
    </message>
    <message>
        <source>Version in force: %1.</source>
        <translation>Galiojanti versija: %1.</translation>
    </message>
    <message>
        <source>Version %1 from %2 (version %3 is in force).</source>
        <translation>Versija %1 iš %2 (galioja versija %3).</translation>
    </message>
    <message numerus="yes">
        <source>Reference data written and checked for %n post(s):</source>
        <translation>
            <numerusform>Žinyno duomenys įrašyti ir patikrinti %n postui:</numerusform>
            <numerusform>Žinyno duomenys įrašyti ir patikrinti %n postams:</numerusform>
            <numerusform>Žinyno duomenys įrašyti ir patikrinti %n postų:</numerusform>
        </translation>
    </message>
    <message>
        <source>This HQ checks the posts&apos; records by the new version from the next unlock: when you close this window the vault locks; unlock it to go on.</source>
        <translation>Ši centrinė institucija postų įrašus pagal naują versiją tikrina nuo kito atrakinimo: uždarius šį langą saugykla užrakinama; norėdami tęsti, ją atrakinkite.</translation>
    </message>
</context>
<context>
    <name>ImportOutcomeTableModel</name>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postas</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paketas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importuotas</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dublikatas</translation>
    </message>
    <message>
        <source>held</source>
        <translation>sulaikytas</translation>
    </message>
    <message>
        <source>fork quarantined</source>
        <translation>išsišakojimas, karantine</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>atmestas</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s) imported</source>
        <translation>
            <numerusform>importuota %n įrašo versija</numerusform>
            <numerusform>importuotos %n įrašo versijos</numerusform>
            <numerusform>importuota %n įrašo versijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already held</source>
        <translation>
            <numerusform>%n jau buvo</numerusform>
            <numerusform>%n jau buvo</numerusform>
            <numerusform>%n jau buvo</numerusform>
        </translation>
    </message>
    <message>
        <source>then held packet(s) %1 applied (%2 record versions)</source>
        <translation>tada pritaikyti sulaikyti paketai %1 (įrašo versijų: %2)</translation>
    </message>
    <message>
        <source>already received; nothing changed</source>
        <translation>jau gautas; niekas nepakeista</translation>
    </message>
    <message>
        <source>waits for the missing packet(s) %1</source>
        <translation>laukia trūkstamo (-ų) paketo (-ų) %1</translation>
    </message>
    <message>
        <source>another packet with this number, or one that does not follow the last imported: kept apart for checking</source>
        <translation>kitas paketas šiuo numeriu arba neinantis po paskutinio importuoto: laikomas atskirai patikrai</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>įspėjimas:</translation>
    </message>
</context>
<context>
    <name>IncludePersonDialog</name>
    <message>
        <source>Include a person</source>
        <translation>Įtraukti asmenį</translation>
    </message>
    <message>
        <source>The rule keeps this person home (a witness, or a citizen of our own State). Send them only when the partner needs them for the Agreement&apos;s purposes, and say why: the reason is kept in the disclosure register.</source>
        <translation>Pagal taisyklę šis asmuo neperduodamas (liudytojas arba mūsų valstybės pilietis). Perduokite jį tik tada, kai jo partneriui reikia Susitarimo tikslais, ir nurodykite priežastį: ji saugoma perduotos informacijos registre.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Asmuo:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Priežastis:</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>Į&amp;traukti</translation>
    </message>
</context>
<context>
    <name>InstallationPage</name>
    <message>
        <source>Will be stored as: %1</source>
        <translation>Bus išsaugota taip: %1</translation>
    </message>
    <message>
        <source>Not allowed in a post code: %1. Use Latin letters, digits and &apos;-&apos;.</source>
        <translation>Posto kode neleidžiama: %1. Naudokite lotyniškas raides, skaitmenis ir &apos;-&apos;.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>tarpas</translation>
    </message>
    <message>
        <source>A code starting with %1- is the other Party&apos;s: check the Party and the code HQ gave you.</source>
        <translation>Kodas, prasidedantis %1-, yra kitos Šalies: patikrinkite Šalį ir centrinės institucijos suteiktą kodą.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Šis įdiegimas</translation>
    </message>
    <message>
        <source>Shekara keeps its records in an encrypted vault on this computer. Tell it where it works.</source>
        <translation>Shekara įrašus laiko šiame kompiuteryje, šifruotoje saugykloje. Nurodykite, kur ji dirba.</translation>
    </message>
    <message>
        <source>A post records facts and sends them to HQ on a stick; HQ receives the packets of many posts. This cannot be changed later.</source>
        <translation>Postas registruoja faktus ir perduoda juos centrinei institucijai USB atmintine; centrinė institucija priima daugelio postų paketus. Vėliau to pakeisti negalima.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Režimas:</translation>
    </message>
    <message>
        <source>&amp;Post (border or customs post)</source>
        <translation>&amp;Postas (pasienio ar muitinės)</translation>
    </message>
    <message>
        <source>&amp;HQ (central competent authority)</source>
        <translation>&amp;Centrinė kompetentinga institucija</translation>
    </message>
    <message>
        <source>P&amp;arty:</source>
        <translation>Š&amp;alis:</translation>
    </message>
    <message>
        <source>Post &amp;code:</source>
        <translation>Posto k&amp;odas:</translation>
    </message>
    <message>
        <source>e.g. KZ-NUR-ZHOLY</source>
        <translation>pvz., LT-VIL-01</translation>
    </message>
    <message>
        <source>Capital Latin letters, digits and &apos;-&apos;, 2 to 32 characters, as HQ assigned it.</source>
        <translation>Kaip suteikė centrinė institucija: didžiosios lotyniškos raidės, skaitmenys ir „-“, 2–32 ženklai.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Posto kodas</translation>
    </message>
    <message>
        <source>The vault will be created in %1</source>
        <translation>Saugykla bus sukurta čia: %1</translation>
    </message>
</context>
<context>
    <name>KeepLongerDialog</name>
    <message>
        <source>Keep the record longer</source>
        <translation>Saugoti įrašą ilgiau</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Saugoti &amp;iki:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Priežastis:</translation>
    </message>
    <message>
        <source>why it is still needed, e.g. a case still open</source>
        <translation>kodėl dar reikia, pvz., byla dar nebaigta</translation>
    </message>
</context>
<context>
    <name>KeptPacketsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tnaujinti</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Atmesti…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Tai gali atlikti tik pamainos vadovas</translation>
    </message>
    <message>
        <source>Nothing is held or quarantined.</source>
        <translation>Nieko nesulaikyta ir nieko nėra karantine.</translation>
    </message>
</context>
<context>
    <name>KeptPacketsModel</name>
    <message>
        <source>Post</source>
        <translation>Postas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Įrašų versijos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Gauta</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (pradžia)</translation>
    </message>
    <message>
        <source>Why quarantined</source>
        <translation>Karantino priežastis</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>held</source>
        <translation>sulaikytas</translation>
    </message>
    <message>
        <source>fork, quarantined</source>
        <translation>išsišakojimas, karantine</translation>
    </message>
    <message>
        <source>An earlier packet is missing: this one is imported by itself once that one arrives.</source>
        <translation>Trūksta ankstesnio paketo: šis importuojamas savaime, kai tas ateina.</translation>
    </message>
    <message>
        <source>A different packet with a number already received, or one that does not follow the last imported: nothing in it is imported.</source>
        <translation>Kitas paketas su jau gautu numeriu arba paketas, kuris neina po paskutinio importuoto: nieko iš jo neimportuojama.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>New record</source>
        <translation>Naujas įrašas</translation>
    </message>
    <message>
        <source>&amp;What happened? Choose the kind of record:</source>
        <translation>&amp;Kas įvyko? Pasirinkite įrašo rūšį:</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Įrašo rūšis</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2 str.)</translation>
    </message>
</context>
<context>
    <name>LetterDestinationDialog</name>
    <message>
        <source>Write a letter again</source>
        <translation>Įrašyti raštą iš naujo</translation>
    </message>
    <message>
        <source>Letter %1 is written again, byte for byte the same, for the stick that was lost or damaged. Choose where.</source>
        <translation>Raštas %1 įrašomas iš naujo, baitas į baitą toks pat, vietoj pamestos ar sugadintos USB atmintinės. Pasirinkite kur.</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Įrašyti iš &amp;naujo</translation>
    </message>
    <message>
        <source>Send to the partner</source>
        <translation>Siųsti partneriui</translation>
    </message>
    <message>
        <source>The approved notice is sealed into one signed, encrypted letter for the partner, given its registration number and entered in the disclosure register. Choose the stick or folder it is written to.</source>
        <translation>Patvirtintas pranešimas užantspauduojamas į vieną pasirašytą, užšifruotą raštą partneriui, jam suteikiamas registracijos numeris ir jis įrašomas į perduotos informacijos registrą. Pasirinkite USB atmintinę arba aplanką, į kurį jis įrašomas.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Siųsti</translation>
    </message>
</context>
<context>
    <name>LetterImportDialog</name>
    <message>
        <source>Import the partner&apos;s letters</source>
        <translation>Importuoti partnerio raštus</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s letter files (shekara-&lt;partner&gt;-exchange-&lt;number&gt;.shk). Each is checked (signature first), then imported, recognised as a duplicate, held until the letters before it arrive, quarantined as a fork, or refused with the reason.</source>
        <translation>Pasirinkite partnerio raštų failus (shekara-&lt;partneris&gt;-exchange-&lt;numeris&gt;.shk). Kiekvienas tikrinamas (pirmiausia parašas), tada importuojamas, atpažįstamas kaip dublikatas, sulaikomas, kol ateis ankstesni raštai, patalpinamas į karantiną kaip išsišakojimas arba atmetamas nurodant priežastį.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importuoti &amp;failus…</translation>
    </message>
    <message>
        <source>Outcome per file</source>
        <translation>Kiekvieno failo rezultatas</translation>
    </message>
    <message>
        <source>The partner&apos;s letters</source>
        <translation>Partnerio raštai</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara paketai (*.shk);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuojama…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n failas: importuota %1, dublikatų %2, sulaikyta %3, išsišakojimų %4, atmesta %5.</numerusform>
            <numerusform>%n failai: importuota %1, dublikatų %2, sulaikyta %3, išsišakojimų %4, atmesta %5.</numerusform>
            <numerusform>%n failų: importuota %1, dublikatų %2, sulaikyta %3, išsišakojimų %4, atmesta %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterOutcomeTableModel</name>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Raštas</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paketas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n faktas</numerusform>
            <numerusform>%n faktai</numerusform>
            <numerusform>%n faktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n pataisa</numerusform>
            <numerusform>%n pataisos</numerusform>
            <numerusform>%n pataisų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n prašymas</numerusform>
            <numerusform>%n prašymai</numerusform>
            <numerusform>%n prašymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n atsakymas</numerusform>
            <numerusform>%n atsakymai</numerusform>
            <numerusform>%n atsakymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n atsisakymas</numerusform>
            <numerusform>%n atsisakymai</numerusform>
            <numerusform>%n atsisakymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n sutikimas</numerusform>
            <numerusform>%n sutikimai</numerusform>
            <numerusform>%n sutikimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n papildomas klausimas</numerusform>
            <numerusform>%n papildomi klausimai</numerusform>
            <numerusform>%n papildomų klausimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of their requests</source>
        <translation>
            <numerusform>%n jų prašymo atšaukimas</numerusform>
            <numerusform>%n jų prašymų atšaukimai</numerusform>
            <numerusform>%n jų prašymų atšaukimų</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts only</source>
        <translation>tik gavimo patvirtinimai</translation>
    </message>
    <message>
        <source>then held letter(s) %1 applied</source>
        <translation>po to pritaikyti sulaikyti raštai %1</translation>
    </message>
    <message>
        <source>already received; nothing changed</source>
        <translation>jau gautas; niekas nepakeista</translation>
    </message>
    <message>
        <source>waits for the missing letter(s) %1</source>
        <translation>laukia trūkstamų raštų %1</translation>
    </message>
    <message>
        <source>another letter with this number, or one that does not follow the last imported: kept apart for checking</source>
        <translation>kitas raštas tuo pačiu numeriu arba neinantis po paskutinio importuoto: laikomas atskirai patikrinti</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>įspėjimas:</translation>
    </message>
</context>
<context>
    <name>LettersTableModel</name>
    <message>
        <source>Registration number</source>
        <translation>Registracijos numeris</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paketas</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Išduota</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Patvirtino</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Išsiuntė</translation>
    </message>
    <message>
        <source>Written to the stick</source>
        <translation>Įrašyta į USB atmintinę</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>dar ne</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n faktas</numerusform>
            <numerusform>%n faktai</numerusform>
            <numerusform>%n faktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n pataisa</numerusform>
            <numerusform>%n pataisos</numerusform>
            <numerusform>%n pataisų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n prašymas</numerusform>
            <numerusform>%n prašymai</numerusform>
            <numerusform>%n prašymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n atsakymas</numerusform>
            <numerusform>%n atsakymai</numerusform>
            <numerusform>%n atsakymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n atsisakymas</numerusform>
            <numerusform>%n atsisakymai</numerusform>
            <numerusform>%n atsisakymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n papildomas klausimas</numerusform>
            <numerusform>%n papildomi klausimai</numerusform>
            <numerusform>%n papildomų klausimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of our requests</source>
        <translation>
            <numerusform>%n mūsų prašymo atšaukimas</numerusform>
            <numerusform>%n mūsų prašymų atšaukimai</numerusform>
            <numerusform>%n mūsų prašymų atšaukimų</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts only</source>
        <translation>tik gavimo patvirtinimai</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>[demo]</source>
        <translation>[demonstracinė]</translation>
    </message>
    <message>
        <source>Shekara — %1 — %2</source>
        <translation>Shekara — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>Į&amp;rašai</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Postas</translation>
    </message>
    <message>
        <source>H&amp;Q</source>
        <translation>&amp;Centrinė institucija</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Administravimas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>R&amp;odinys</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pa&amp;galba</translation>
    </message>
    <message>
        <source>De&amp;mo</source>
        <translation>De&amp;monstracija</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Naujas įrašas…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Pakeisti mano &amp;slaptafrazę…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Užrakinti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Atidaryti įrašą</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Ieškoti…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tnaujinti</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Išvalyti &amp;filtrus</translation>
    </message>
    <message>
        <source>Re&amp;view drafts…</source>
        <translation>Peržiūrėti &amp;juodraščius…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Patvirtinti</translation>
    </message>
    <message>
        <source>&amp;Export packet to a stick…</source>
        <translation>&amp;Eksportuoti paketą į USB atmintinę…</translation>
    </message>
    <message>
        <source>Packets in the &amp;outbox…</source>
        <translation>&amp;Siunčiamieji paketai…</translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation>&amp;Importuoti gavimo patvirtinimą…</translation>
    </message>
    <message>
        <source>Import &amp;reference data from HQ…</source>
        <translation>Importuoti &amp;žinyno duomenis iš centrinės institucijos…</translation>
    </message>
    <message>
        <source>&amp;Import packets…</source>
        <translation>&amp;Importuoti paketus…</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement…</source>
        <translation>Parašyti &amp;gavimo patvirtinimą…</translation>
    </message>
    <message>
        <source>&amp;Posts overview…</source>
        <translation>&amp;Postų apžvalga…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined packets…</source>
        <translation>&amp;Sulaikyti ir karantine esantys paketai…</translation>
    </message>
    <message>
        <source>Send &amp;reference data to the posts…</source>
        <translation>Siųsti žinyno &amp;duomenis postams…</translation>
    </message>
    <message>
        <source>Inspect a packet &amp;file…</source>
        <translation>Peržiūrėti paketo &amp;failą…</translation>
    </message>
    <message>
        <source>&amp;Keys and fingerprints…</source>
        <translation>&amp;Raktai ir atspaudai…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Pareigūnai…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nustatymai…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Saugyklos atsarginė kopija…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audito žurnalas…</translation>
    </message>
    <message>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Tikrinti saugyklą…</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>Sa&amp;ugojimo terminai…</translation>
    </message>
    <message>
        <source>New &amp;master key…</source>
        <translation>Naujas pa&amp;grindinis raktas…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Naujas at&amp;kūrimo raktas…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Pa&amp;didinti</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Su&amp;mažinti</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Į&amp;prastas dydis</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Naudotojo vadovas</translation>
    </message>
    <message>
        <source>&amp;About Shekara</source>
        <translation>&amp;Apie Shekara</translation>
    </message>
    <message>
        <source>Let the demo &amp;HQ acknowledge a folder…</source>
        <translation>Tegul demonstracinė &amp;centrinė institucija patvirtina aplanką…</translation>
    </message>
    <message>
        <source>Only a supervisor can open this</source>
        <translation>Tai gali atidaryti tik pamainos vadovas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <source>No records yet. Before the first shift: add the officers and a second supervisor (approval needs two), and import HQ&apos;s keys so that packets can be exported.</source>
        <translation>Įrašų dar nėra. Prieš pirmąją pamainą pridėkite pareigūnus ir antrą pamainos vadovą (tvirtinti reikia dviejų) ir importuokite centrinės institucijos raktus, kad būtų galima eksportuoti paketus.</translation>
    </message>
    <message>
        <source>Officers…</source>
        <translation>Pareigūnai…</translation>
    </message>
    <message>
        <source>Keys and fingerprints…</source>
        <translation>Raktai ir atspaudai…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Pai&amp;eška:</translation>
    </message>
    <message>
        <source>name in any script, document number, place, substance… (Ctrl+F)</source>
        <translation>vardas bet kuriais rašmenimis, dokumento numeris, vieta, medžiaga… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Ieškoti įrašų</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Įrašai</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 %4</source>
        <translation>%1 (%2) · %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>Rastas %n įrašas</numerusform>
            <numerusform>Rasti %n įrašai</numerusform>
            <numerusform>Rasta %n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>(the best %1 are shown)</source>
        <translation>(rodomi %1 tinkamiausių)</translation>
    </message>
    <message>
        <source>%1 records loaded, counting the rest…</source>
        <translation>Įkelta įrašų: %1, skaičiuojami likę…</translation>
    </message>
    <message>
        <source>%1 of %2 records loaded</source>
        <translation>Įkelta %1 iš %2 įrašų</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Pe&amp;ržiūrėti…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumentai</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Naujas atkūrimo raktas</translation>
    </message>
    <message>
        <source>Make a new recovery key when the recovery sheet is lost or destroyed, or when the recovery key of a new master key was not written down. The old recovery key and its sheet stop opening the vault at once. Nothing else changes: the vault is not encrypted again, and every officer keeps their passphrase.</source>
        <translation>Naują atkūrimo raktą sukurkite, kai atkūrimo lapas pamestas ar sunaikintas arba kai naujo pagrindinio rakto atkūrimo raktas nebuvo užrašytas. Senasis atkūrimo raktas ir jo lapas iškart nebeatidaro saugyklos. Daugiau niekas nesikeičia: saugykla iš naujo nešifruojama, ir kiekvienas pareigūnas išlaiko savo slaptafrazę.</translation>
    </message>
    <message>
        <source>If the old sheet may be in someone else&apos;s hands, make a new master key instead: backups made before still open with the old sheet.</source>
        <translation>Jei senasis lapas gali būti patekęs į kitų rankas, verčiau sukurkite naują pagrindinį raktą: anksčiau padarytos atsarginės kopijos vis dar atsidaro su senuoju lapu.</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Jūsų slaptafrazė:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Jūsų slaptafrazė</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key…</source>
        <translation>&amp;Sukurti naują atkūrimo raktą…</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>S&amp;pausdinti atkūrimo lapą…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <source>Print it or write it down now and put the paper in the safe; destroy the old sheet. It is shown only this once. If the vault locks before you have it on paper, unlock it and make a new recovery key again.</source>
        <translation>Atsispausdinkite arba užsirašykite jį dabar ir padėkite lapą į seifą; senąjį lapą sunaikinkite. Jis rodomas tik šį kartą. Jei saugykla užsirakintų anksčiau, nei raktą turėsite ant popieriaus, atrakinkite ją ir sukurkite naują atkūrimo raktą dar kartą.</translation>
    </message>
    <message>
        <source>Checking your passphrase and making the new recovery key…</source>
        <translation>Tikrinama jūsų slaptafrazė ir kuriamas naujas atkūrimo raktas…</translation>
    </message>
    <message>
        <source>That is not your passphrase. Nothing was changed.</source>
        <translation>Tai ne jūsų slaptafrazė. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The vault has a new recovery key; the old one opens nothing any more. This is the new key:</source>
        <translation>Saugykla turi naują atkūrimo raktą; senasis nebeatidaro nieko. Štai naujasis raktas:</translation>
    </message>
    <message>
        <source>Make a new recovery key now?</source>
        <translation>Sukurti naują atkūrimo raktą dabar?</translation>
    </message>
    <message>
        <source>The recovery key on the old sheet stops opening the vault at once. This cannot be undone.</source>
        <translation>Senajame lape esantis atkūrimo raktas iškart nebeatidarys saugyklos. To atšaukti negalima.</translation>
    </message>
    <message>
        <source>Make the new &amp;key</source>
        <translation>Sukurti &amp;naują raktą</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request to the partner (Art. 8)</source>
        <translation>Naujas prašymas partneriui (Susitarimo 8 str.)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kam:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Nuo:</translation>
    </message>
    <message>
        <source>Our &amp;reference:</source>
        <translation>Mūsų n&amp;uoroda:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>T&amp;erminas:</translation>
    </message>
    <message>
        <source>Ur&amp;gent:</source>
        <translation>&amp;Skubu:</translation>
    </message>
    <message>
        <source>&amp;Persons (one per line):</source>
        <translation>&amp;Asmenys (po vieną eilutėje):</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Pasirašo:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Parei&amp;gos:</translation>
    </message>
    <message>
        <source>Request received from the partner on paper (Art. 8)</source>
        <translation>Iš partnerio popieriuje gautas prašymas (Susitarimo 8 str.)</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>Siunt&amp;ėjo nuoroda:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;number:</source>
        <translation>Partneri&amp;o numeris:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Ga&amp;vimo data:</translation>
    </message>
    <message>
        <source>the registration number their letter gives the request</source>
        <translation>registracijos numeris, kurį prašymui suteikia partnerio raštas</translation>
    </message>
    <message>
        <source>answer by</source>
        <translation>atsakyti iki</translation>
    </message>
    <message>
        <source>mark the request urgent</source>
        <translation>pažymėti prašymą skubiu</translation>
    </message>
    <message>
        <source>who the request is about, as far as known</source>
        <translation>apie ką prašymas, kiek žinoma</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>F&amp;acts:</source>
        <translation>&amp;Faktai:</translation>
    </message>
    <message>
        <source>&amp;Objects and documents:</source>
        <translation>Daiktai &amp;ir dokumentai:</translation>
    </message>
    <message>
        <source>What is as&amp;ked:</source>
        <translation>Ko prašo&amp;ma:</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>P&amp;riežastys:</translation>
    </message>
    <message>
        <source>Outside this Agreement?</source>
        <translation>Ne šio Susitarimo dalykas?</translation>
    </message>
    <message>
        <source>This request seems to ask for legal assistance in a criminal case or for extradition. Those go by the legal-assistance treaties, not by this Agreement (Art. 1.2).

Save it only if it asks for neither.</source>
        <translation>Atrodo, šiuo prašymu prašoma teisinės pagalbos baudžiamojoje byloje arba išdavimo. Tai vykdoma pagal teisinės pagalbos sutartis, o ne pagal šį Susitarimą (Susitarimo 1 str. 2 d.).

Išsaugokite tik tuo atveju, jei neprašoma nei vieno, nei kito.</translation>
    </message>
    <message>
        <source>It asks for neither: &amp;save</source>
        <translation>Neprašoma nei vieno, nei kito: &amp;išsaugoti</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Withdraw request %1</source>
        <translation>Atšaukti prašymą %1</translation>
    </message>
    <message>
        <source>&amp;Why is our request withdrawn? The reason is kept in the register and the audit log.</source>
        <translation>&amp;Kodėl mūsų prašymas atšaukiamas? Priežastis saugoma registre ir audito žurnale.</translation>
    </message>
    <message>
        <source>Follow-up question on request %1</source>
        <translation>Papildomas klausimas dėl prašymo %1</translation>
    </message>
    <message>
        <source>&amp;Question (kept in the request&apos;s thread):</source>
        <translation>&amp;Klausimas (saugomas prašymo susirašinėjime):</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Straipsnis</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Siunčiama</translation>
    </message>
    <message>
        <source>Persons sent</source>
        <translation>Perduoti asmenys</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Neperduota</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Pridėjo</translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n pridėtas rankiniu būdu)</numerusform>
            <numerusform>(%n pridėti rankiniu būdu)</numerusform>
            <numerusform>(%n pridėtų rankiniu būdu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Login</source>
        <translation>Prisijungimo vardas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridėtas</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Kas pridėjo</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Officers</source>
        <translation>Pareigūnai</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Pridėti…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Pa&amp;šalinti…</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation>Pakeisti &amp;mano slaptafrazę…</translation>
    </message>
    <message>
        <source>Printed &amp;name…</source>
        <translation>Spausdinamas &amp;vardas…</translation>
    </message>
    <message>
        <source>The full name, rank and position documents print for the selected officer (a supervisor sets them)</source>
        <translation>Dokumentuose spausdinamas pasirinkto pareigūno vardas ir pavardė, laipsnis ir pareigos (nustato pamainos vadovas)</translation>
    </message>
    <message>
        <source>Adding the officer…</source>
        <translation>Pridedamas pareigūnas…</translation>
    </message>
    <message>
        <source>Officer %1 added.</source>
        <translation>Pareigūnas %1 pridėtas.</translation>
    </message>
    <message>
        <source>Remove officer %1? Their passphrase will no longer open the vault. What they recorded stays.</source>
        <translation>Pašalinti pareigūną %1? Jo slaptafrazė nebeatrakins saugyklos. Ką jis užregistravo, lieka.</translation>
    </message>
    <message>
        <source>Remove an officer</source>
        <translation>Pašalinti pareigūną</translation>
    </message>
    <message>
        <source>Officer %1 removed.</source>
        <translation>Pareigūnas %1 pašalintas.</translation>
    </message>
    <message>
        <source>Printed name of %1 saved.</source>
        <translation>%1 spausdinamas vardas išsaugotas.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox: packets not yet acknowledged by HQ</source>
        <translation>Siunčiamieji: paketai, kurių centrinė institucija dar nepatvirtino</translation>
    </message>
    <message>
        <source>Shekara keeps a copy of every packet it writes until HQ acknowledges it. If a stick was lost, or HQ says a packet is missing or arrived damaged, write it again here: the very same file, never a new packet.</source>
        <translation>Shekara saugo kiekvieno įrašyto paketo kopiją, kol centrinė institucija jį patvirtina. Jei atmintinė pamesta arba centrinė institucija praneša, kad paketo trūksta ar jis atėjo pažeistas, įrašykite jį dar kartą čia: įrašomas lygiai tas pats failas, niekada ne naujas paketas.</translation>
    </message>
    <message>
        <source>HQ says packet(s) %1 are missing: they are selected below. Choose the stick and press Write again: they are written one after another.</source>
        <translation>Centrinė institucija praneša, kad trūksta paketo (-ų) %1: jie pažymėti toliau. Pasirinkite atmintinę ir spauskite „Įrašyti dar kartą“: jie bus įrašyti vienas po kito.</translation>
    </message>
    <message>
        <source>&amp;Packets not yet acknowledged:</source>
        <translation>&amp;Nepatvirtinti paketai:</translation>
    </message>
    <message>
        <source>Packets not yet acknowledged</source>
        <translation>Nepatvirtinti paketai</translation>
    </message>
    <message>
        <source>Every packet written has been acknowledged by HQ: the outbox is empty and nothing waits to be written again.</source>
        <translation>Centrinė institucija patvirtino visus įrašytus paketus: siunčiamųjų sąrašas tuščias, nieko nereikia įrašyti dar kartą.</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n įrašo versija</numerusform>
            <numerusform>%n įrašo versijos</numerusform>
            <numerusform>%n įrašo versijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n pašalintas įrašas</numerusform>
            <numerusform>%n pašalinti įrašai</numerusform>
            <numerusform>%n pašalintų įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>Packet %1: %2 — %3.
SHA-256: %4</source>
        <translation>Paketas %1: %2 — %3.
SHA-256: %4</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Įrašyta</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Įrašų versijos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (pradžia)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Written again</source>
        <translation>Įrašyta dar kartą</translation>
    </message>
    <message>
        <source>on a stick, checked</source>
        <translation>atmintinėje, patikrintas</translation>
    </message>
    <message>
        <source>interrupted while writing</source>
        <translation>nutrūko įrašant</translation>
    </message>
    <message>
        <source>copy missing from the vault</source>
        <translation>saugykloje nėra kopijos</translation>
    </message>
    <message>
        <source>Written to a stick or folder, read back and verified; kept until HQ acknowledges it.</source>
        <translation>Įrašytas į atmintinę ar aplanką, perskaitytas ir patikrintas; laikomas, kol centrinė institucija jį patvirtins.</translation>
    </message>
    <message>
        <source>The export stopped before the packet was checked: Post &gt; Export packet to a stick writes it first, with the same contents.</source>
        <translation>Eksportas nutrūko prieš patikrinant paketą: Postas &gt; Eksportuoti paketą į USB atmintinę pirmiausia įrašo jį su tuo pačiu turiniu.</translation>
    </message>
    <message>
        <source>The copy kept beside the vault is gone: this packet cannot be written again. Restore the vault from a backup.</source>
        <translation>Šalia saugyklos laikomos kopijos nebėra: šio paketo dar kartą įrašyti negalima. Atkurkite saugyklą iš atsarginės kopijos.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n kartą, paskutinį %1</numerusform>
            <numerusform>%n kartus, paskutinį %1</numerusform>
            <numerusform>%n kartų, paskutinį %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n įrašo versija</numerusform>
            <numerusform>%n įrašo versijos</numerusform>
            <numerusform>%n įrašo versijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n pašalintas įrašas</numerusform>
            <numerusform>%n pašalinti įrašai</numerusform>
            <numerusform>%n pašalintų įrašų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketFileDialog</name>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara paketai (*.shk);;Visi failai (*)</translation>
    </message>
</context>
<context>
    <name>PacketInspectDialog</name>
    <message>
        <source>Inspect a packet file</source>
        <translation>Paketo failo peržiūra</translation>
    </message>
    <message>
        <source>Choose any Shekara packet file — a post&apos;s records, HQ&apos;s acknowledgement or reference data, a letter between the Parties&apos; HQs — to see what it says about itself. Nothing is imported, decrypted or written; the signature is checked against the keys this vault trusts.</source>
        <translation>Pasirinkite bet kurį Shekara paketo failą – posto įrašus, centrinės institucijos gavimo patvirtinimą ar žinyno duomenis, Šalių centrinių institucijų raštą – ir pamatysite, ką jis sako apie save. Niekas neimportuojama, neiššifruojama ir neįrašoma; parašas tikrinamas raktais, kuriais ši saugykla pasitiki.</translation>
    </message>
    <message>
        <source>&amp;Choose a packet file…</source>
        <translation>&amp;Pasirinkti paketo failą…</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stabdyti skaitymą</translation>
    </message>
    <message>
        <source>Cop&amp;y the command</source>
        <translation>&amp;Kopijuoti komandą</translation>
    </message>
    <message>
        <source>A packet file</source>
        <translation>Paketo failas</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Nukopijuota.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Skaitoma %1…</translation>
    </message>
    <message>
        <source>Reading %1 was stopped: nothing is shown.</source>
        <translation>%1 skaitymas sustabdytas: nieko nerodoma.</translation>
    </message>
    <message>
        <source>This file is not a packet that can be read.</source>
        <translation>Šis failas nėra paketas, kurį galima perskaityti.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Šio failo negalima perskaityti.</translation>
    </message>
    <message>
        <source>The file was not inspected.</source>
        <translation>Failas nebuvo peržiūrėtas.</translation>
    </message>
    <message>
        <source>Signature verified: signed by the key of %1, which this vault trusts.</source>
        <translation>Parašas patikrintas: pasirašyta %1 raktu, kuriuo ši saugykla pasitiki.</translation>
    </message>
    <message>
        <source>Not verified: the header as the file claims it.</source>
        <translation>Nepatikrinta: antraštė tokia, kokią nurodo pats failas.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Priežastis: %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rūšis:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Siuntėjas:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numeris:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Gavėjas:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Sukurta:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Formato versija:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dydis:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>Failo SHA-256:</translation>
    </message>
    <message>
        <source>Signing key&apos;s fingerprint:</source>
        <translation>Pasirašymo rakto atspaudas:</translation>
    </message>
    <message>
        <source>Encrypted body:</source>
        <translation>Užšifruotas turinys:</translation>
    </message>
    <message>
        <source>Decrypt with age:</source>
        <translation>Iššifruoti su age:</translation>
    </message>
    <message>
        <source>records packet (a post&apos;s records for HQ)</source>
        <translation>įrašų paketas (posto įrašai centrinei institucijai)</translation>
    </message>
    <message>
        <source>acknowledgement (HQ&apos;s answer to a post)</source>
        <translation>gavimo patvirtinimas (centrinės institucijos atsakymas postui)</translation>
    </message>
    <message>
        <source>reference data (from HQ to a post)</source>
        <translation>žinyno duomenys (iš centrinės institucijos postui)</translation>
    </message>
    <message>
        <source>letter between the Parties&apos; HQs (the exchange)</source>
        <translation>Šalių centrinių institucijų raštas (keitimasis)</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 baitų (%2)</translation>
    </message>
    <message>
        <source>from byte %1, %2 bytes</source>
        <translation>nuo %1 baito, %2 baitų</translation>
    </message>
</context>
<context>
    <name>PacketReasons</name>
    <message>
        <source>fork: a different packet with the same number</source>
        <translation>išsišakojimas: kitas paketas tuo pačiu numeriu</translation>
    </message>
    <message>
        <source>the signature is not valid (altered or damaged)</source>
        <translation>parašas negalioja (pakeistas ar sugadintas)</translation>
    </message>
    <message>
        <source>signed by a key HQ has not enrolled</source>
        <translation>pasirašyta raktu, kurio centrinė institucija neužregistravo</translation>
    </message>
    <message>
        <source>signed by a revoked key</source>
        <translation>pasirašyta atšauktu raktu</translation>
    </message>
    <message>
        <source>signed by a replaced key after its rotation</source>
        <translation>pasirašyta pakeistu raktu po jo pakeitimo</translation>
    </message>
    <message>
        <source>addressed to another HQ</source>
        <translation>skirta kitai centrinei institucijai</translation>
    </message>
    <message>
        <source>not encrypted to this HQ</source>
        <translation>užšifruota ne šiai centrinei institucijai</translation>
    </message>
    <message>
        <source>not a records packet</source>
        <translation>ne įrašų paketas</translation>
    </message>
    <message>
        <source>not signed by a post</source>
        <translation>pasirašyta ne posto</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>neįmanoma iššifruoti</translation>
    </message>
    <message>
        <source>a record in it does not pass the checks</source>
        <translation>jame esantis įrašas neatitinka patikros</translation>
    </message>
    <message>
        <source>a record&apos;s content does not match its hash</source>
        <translation>įrašo turinys neatitinka jo maišos</translation>
    </message>
    <message>
        <source>a record in it belongs to another post</source>
        <translation>jame esantis įrašas priklauso kitam postui</translation>
    </message>
    <message>
        <source>a record version conflicts with one HQ holds</source>
        <translation>įrašo versija prieštarauja centrinės institucijos turimai</translation>
    </message>
    <message>
        <source>an attachment is missing from it</source>
        <translation>jame trūksta priedo</translation>
    </message>
    <message>
        <source>not a Shekara packet</source>
        <translation>ne Shekara paketas</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>failas tuščias</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>failas sutrumpintas</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>failas per didelis</translation>
    </message>
    <message>
        <source>made by a newer Shekara: update this one</source>
        <translation>sukurta naujesne Shekara versija: atnaujinkite šią</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>jo antraštė sugadinta</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>jo turinys sugadintas</translation>
    </message>
    <message>
        <source>held or quarantined at HQ, then discarded by a supervisor</source>
        <translation>sulaikytas arba karantine centrinėje institucijoje, paskui pamainos vadovo atmestas</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>failo neįmanoma perskaityti</translation>
    </message>
</context>
<context>
    <name>PartnerHeldDialog</name>
    <message>
        <source>The partner&apos;s held and quarantined letters</source>
        <translation>Partnerio sulaikyti ir karantine esantys raštai</translation>
    </message>
    <message>
        <source>The partner&apos;s letters HQ keeps without importing them. A held letter came before an earlier one that is still missing; it is imported by itself once the missing one arrives.</source>
        <translation>Partnerio raštai, kuriuos centrinė institucija laiko jų neimportavusi. Sulaikytas raštas atėjo anksčiau už ankstesnį, kurio vis dar trūksta; jis importuojamas savaime, kai trūkstamasis ateina.</translation>
    </message>
    <message>
        <source>A fork is a different letter with a number already received, or one that does not follow the last imported: nothing in it is imported, and it keeps its number taken until it is discarded.</source>
        <translation>Išsišakojimas – tai kitas raštas su jau gautu numeriu arba raštas, kuris neina po paskutinio importuoto: nieko iš jo neimportuojama, o jo numeris lieka užimtas, kol raštas atmetamas.</translation>
    </message>
    <message>
        <source>A supervisor may discard a letter: it is deleted and, unless a letter with that number is imported, the receipts of our next letter name the number as missing, so that the partner sends it again. Each discard is kept in the audit log with its reason.</source>
        <translation>Pamainos vadovas gali raštą atmesti: jis ištrinamas ir, jei raštas tuo numeriu neimportuotas, mūsų kito rašto gavimo patvirtinimai nurodo tą numerį kaip trūkstamą, kad partneris jį atsiųstų dar kartą. Kiekvienas atmetimas su priežastimi saugomas audito žurnale.</translation>
    </message>
    <message>
        <source>&amp;Letters held or quarantined:</source>
        <translation>Sulaikyti ar karantine esantys &amp;raštai:</translation>
    </message>
    <message>
        <source>Letters held or quarantined</source>
        <translation>Sulaikyti ar karantine esantys raštai</translation>
    </message>
    <message>
        <source>Discard letter %1 from %2?</source>
        <translation>Atmesti raštą %1 iš %2?</translation>
    </message>
    <message>
        <source>The letter is deleted from HQ&apos;s vault for good; nothing in it is imported. Unless a letter with that number is imported, the receipts of our next letter to the partner name the number as missing, so that the partner sends it again. The discard and your reason are kept in the audit log.</source>
        <translation>Raštas visam laikui ištrinamas iš centrinės institucijos saugyklos; nieko iš jo neimportuojama. Jei raštas tuo numeriu neimportuotas, mūsų kito rašto partneriui gavimo patvirtinimai nurodo tą numerį kaip trūkstamą, kad partneris jį atsiųstų dar kartą. Atmetimas ir jūsų priežastis saugomi audito žurnale.</translation>
    </message>
    <message>
        <source>Letter %1 from %2 is discarded. Unless a letter with that number is imported, the receipts of our next letter ask the partner to send it again.</source>
        <translation>Raštas %1 iš %2 atmestas. Jei raštas tuo numeriu neimportuotas, mūsų kito rašto gavimo patvirtinimai paprašys partnerį jį atsiųsti dar kartą.</translation>
    </message>
</context>
<context>
    <name>PartnerKeysDialog</name>
    <message>
        <source>Partner keys</source>
        <translation>Partnerio raktai</translation>
    </message>
    <message>
        <source>The keys of the other Party&apos;s central authority. Its letters are accepted only when signed with an active key here, and our letters are encrypted to it.</source>
        <translation>Kitos Šalies centrinės kompetentingos institucijos raktai. Jos raštai priimami tik pasirašyti čia galiojančiu raktu, o mūsų raštai šifruojami jai.</translation>
    </message>
    <message>
        <source>E&amp;nroll the partner&apos;s keys…</source>
        <translation>Į&amp;registruoti partnerio raktus…</translation>
    </message>
    <message>
        <source>&amp;Revoke the partner&apos;s keys…</source>
        <translation>&amp;Atšaukti partnerio raktus…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Tai gali atlikti tik pamainos vadovas</translation>
    </message>
    <message>
        <source>The partner&apos;s keys file or rotation statement</source>
        <translation>Partnerio raktų failas arba rakto keitimo pareiškimas</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Raktų failai (*.json);;Visi failai (*)</translation>
    </message>
    <message>
        <source>%1 is trusted: its letters are accepted from now on.</source>
        <translation>%1 patikimas: jo raštai nuo šiol priimami.</translation>
    </message>
    <message>
        <source>%1 has its new key: the old one is revoked.</source>
        <translation>%1 turi naują raktą: senasis atšauktas.</translation>
    </message>
    <message>
        <source>%1 has its new key: letters signed with the old one are accepted only up to the number the statement names.</source>
        <translation>%1 turi naują raktą: senuoju pasirašyti raštai priimami tik iki pareiškime nurodyto numerio.</translation>
    </message>
    <message>
        <source>This key of %1 was already trusted: nothing changed.</source>
        <translation>Šis %1 raktas jau buvo patikimas: niekas nepakeista.</translation>
    </message>
    <message>
        <source>Revoke the partner&apos;s keys</source>
        <translation>Atšaukti partnerio raktus</translation>
    </message>
    <message>
        <source>Revoke every key of %1?</source>
        <translation>Atšaukti visus %1 raktus?</translation>
    </message>
    <message>
        <source>Its letters are refused from now on and nothing more can be sent to it. Only a new enrollment, checked on paper, brings the partner back.</source>
        <translation>Nuo šiol jo raštai atmetami ir jam nieko nebegalima siųsti. Partnerį sugrąžina tik nauja registracija, patikrinta pagal popierinį lapą.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n key(s) of %1.</source>
        <translation>
            <numerusform>Atšaukta: %n %1 raktas.</numerusform>
            <numerusform>Atšaukta: %n %1 raktai.</numerusform>
            <numerusform>Atšaukta: %n %1 raktų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerKeysTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Atspaudas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Patikimas nuo</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Slaptafrazė:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Pa&amp;kartokite:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stiprumas:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nauja slaptafrazė</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Pakartokite naują slaptafrazę</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Slaptafrazės stiprumas</translation>
    </message>
    <message>
        <source>a sentence only you know, 10 characters or more</source>
        <translation>sakinys, kurį žinote tik jūs, ne trumpesnis nei 10 ženklų</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Pasirinkite slaptafrazę.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Slaptafrazėje turi būti bent %n ženklas.</numerusform>
            <numerusform>Slaptafrazėje turi būti bent %n ženklai.</numerusform>
            <numerusform>Slaptafrazėje turi būti bent %n ženklų.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation>Slaptafrazę per lengva atspėti.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Abi slaptafrazės nesutampa.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>labai silpna</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>silpna</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>vidutinė</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stipri</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>labai stipri</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Naudokite bent %n ženklą.</numerusform>
            <numerusform>Naudokite bent %n ženklus.</numerusform>
            <numerusform>Naudokite bent %n ženklų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avoid common words and place names on their own.</source>
        <translation>Venkite vien įprastų žodžių ir vietovardžių.</translation>
    </message>
    <message>
        <source>Avoid keyboard rows such as qwerty.</source>
        <translation>Venkite klaviatūros eilių, pvz., qwerty.</translation>
    </message>
    <message>
        <source>Avoid runs such as abc or 1234.</source>
        <translation>Venkite sekų, pvz., abc ar 1234.</translation>
    </message>
    <message>
        <source>Avoid repeated characters.</source>
        <translation>Venkite pasikartojančių ženklų.</translation>
    </message>
    <message>
        <source>Avoid years and dates.</source>
        <translation>Venkite metų ir datų.</translation>
    </message>
    <message>
        <source>Longer is better: add words, digits or other characters.</source>
        <translation>Kuo ilgesnė, tuo geriau: pridėkite žodžių, skaitmenų ar kitų ženklų.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period summary</source>
        <translation>Laikotarpio suvestinė</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Nuo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>all crossing points</source>
        <translation>visi kontrolės punktai</translation>
    </message>
    <message>
        <source>Crossing &amp;point:</source>
        <translation>&amp;Kontrolės punktas:</translation>
    </message>
</context>
<context>
    <name>PostKeysDialog</name>
    <message>
        <source>Keys of this post</source>
        <translation>Šio posto raktai</translation>
    </message>
    <message>
        <source>This post&apos;s keys</source>
        <translation>Šio posto raktai</translation>
    </message>
    <message>
        <source>Post code:</source>
        <translation>Posto kodas:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Atspaudas:</translation>
    </message>
    <message>
        <source>This post&apos;s fingerprint</source>
        <translation>Šio posto atspaudas</translation>
    </message>
    <message>
        <source>&amp;Write the enrollment file…</source>
        <translation>Į&amp;rašyti registravimo failą…</translation>
    </message>
    <message>
        <source>&amp;Print the enrollment sheet…</source>
        <translation>&amp;Spausdinti registravimo lapą…</translation>
    </message>
    <message>
        <source>HQ&apos;s keys</source>
        <translation>Centrinės institucijos raktai</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Patikimas:</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Centrinės institucijos atspaudas</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s keys file…</source>
        <translation>&amp;Importuoti centrinės institucijos raktų failą…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>kol kas nėra</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>not imported yet: packets cannot be exported</source>
        <translation>dar neimportuoti: paketų eksportuoti negalima</translation>
    </message>
    <message>
        <source>Write the enrollment file</source>
        <translation>Įrašyti registravimo failą</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Raktų failai (*.json)</translation>
    </message>
    <message>
        <source>The enrollment file is written: %1
Give it to HQ together with the printed enrollment sheet.</source>
        <translation>Registravimo failas įrašytas: %1
Perduokite jį centrinei institucijai kartu su išspausdintu registravimo lapu.</translation>
    </message>
    <message>
        <source>HQ&apos;s public keys file</source>
        <translation>Centrinės institucijos viešųjų raktų failas</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Raktų failai (*.json);;Visi failai (*)</translation>
    </message>
    <message>
        <source>This key of HQ was already trusted: nothing changed.</source>
        <translation>Šiuo centrinės institucijos raktu jau buvo pasitikima: niekas nepakeista.</translation>
    </message>
    <message>
        <source>HQ&apos;s key is trusted now: packets can be exported to HQ.</source>
        <translation>Centrinės institucijos raktu dabar pasitikima: paketus galima eksportuoti į centrinę instituciją.</translation>
    </message>
</context>
<context>
    <name>PostKeysTableModel</name>
    <message>
        <source>Post</source>
        <translation>Postas</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Atspaudas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Signs packets up to</source>
        <translation>Pasirašo paketus iki</translation>
    </message>
</context>
<context>
    <name>PostPacketDialog</name>
    <message>
        <source>Writing…</source>
        <translation>Rašoma…</translation>
    </message>
</context>
<context>
    <name>PostsOverviewDialog</name>
    <message>
        <source>Posts overview</source>
        <translation>Postų apžvalga</translation>
    </message>
    <message>
        <source>&amp;Posts and their packets:</source>
        <translation>&amp;Postai ir jų paketai:</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postai</translation>
    </message>
    <message>
        <source>Details of the selected post</source>
        <translation>Pasirinkto posto išsami informacija</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tnaujinti</translation>
    </message>
    <message>
        <source>&amp;Import packets…</source>
        <translation>&amp;Importuoti paketus…</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement…</source>
        <translation>&amp;Rašyti gavimo patvirtinimą…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined packets…</source>
        <translation>&amp;Sulaikyti ir karantine esantys paketai…</translation>
    </message>
    <message>
        <source>No post is enrolled and no packet was imported yet. Enroll the posts first (Admin &gt; Keys and fingerprints), then import their packets.</source>
        <translation>Dar neužregistruotas nė vienas postas ir neimportuotas nė vienas paketas. Pirmiausia užregistruokite postus (Administravimas &gt; Raktai ir atspaudai), tada importuokite jų paketus.</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Postas %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from this post are held at HQ.</source>
        <translation>
            <numerusform>Centrinėje institucijoje saugomas %n šio posto įrašas.</numerusform>
            <numerusform>Centrinėje institucijoje saugomi %n šio posto įrašai.</numerusform>
            <numerusform>Centrinėje institucijoje saugoma %n šio posto įrašų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every packet up to number %1 is imported (last import %2).</source>
        <translation>Importuoti visi paketai iki Nr. %1 (paskutinis importas %2).</translation>
    </message>
    <message>
        <source>No packet imported yet.</source>
        <translation>Dar neimportuotas nė vienas paketas.</translation>
    </message>
    <message>
        <source>Missing packets (gaps): %1 — the next acknowledgement asks for them.</source>
        <translation>Trūkstami paketai (spragos): %1 – kitame gavimo patvirtinime jų bus paprašyta.</translation>
    </message>
    <message>
        <source>Held until the missing ones arrive: %1.</source>
        <translation>Sulaikyti, kol ateis trūkstami: %1.</translation>
    </message>
    <message>
        <source>Fork quarantined: packet %1 (%2). Two writers for one post? Check the post&apos;s laptop and backups.</source>
        <translation>Išsišakojimas karantine: paketas %1 (%2). Du rašantieji vienam postui? Patikrinkite posto nešiojamąjį kompiuterį ir atsargines kopijas.</translation>
    </message>
    <message>
        <source>made good by a later import</source>
        <translation>ištaisyta vėlesniu importu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>neišspręsta</translation>
    </message>
    <message>
        <source>Refused: packet %1 — %2 (%3, %4).</source>
        <translation>Atmesta: paketas %1 – %2 (%3, %4).</translation>
    </message>
    <message>
        <source>Audit chain break at packet %1: %2 (%3).</source>
        <translation>Audito grandinės trūkis ties paketu %1: %2 (%3).</translation>
    </message>
    <message>
        <source>No gaps, held packets, forks, refusals or audit breaks.</source>
        <translation>Nėra spragų, sulaikytų paketų, išsišakojimų, atmetimų ar audito trūkių.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Raktas: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(valid up to packet %1)</source>
        <translation>(galioja iki paketo %1)</translation>
    </message>
</context>
<context>
    <name>PostsTableModel</name>
    <message>
        <source>Post</source>
        <translation>Postas</translation>
    </message>
    <message>
        <source>Imported through</source>
        <translation>Importuota iki</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Įrašai</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Paskutinis importas</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Spragos</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Sulaikyti</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Išsišakojimai</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Atmetimai</translation>
    </message>
    <message>
        <source>Audit breaks</source>
        <translation>Audito trūkiai</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Raktas</translation>
    </message>
    <message>
        <source>active</source>
        <translation>galiojantis</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>pakeistas</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>atšauktas</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>neužregistruotas</translation>
    </message>
</context>
<context>
    <name>PrintedNamesBox</name>
    <message>
        <source>Names printed on documents</source>
        <translation>Dokumentuose spausdinami pavadinimai</translation>
    </message>
    <message>
        <source>The letterhead of the documents an official signs and sends: incident reports, requests, refusals, letters, summaries and statistics. A Russian form left empty prints the one above it.</source>
        <translation>Dokumentų, kuriuos pareigūnas pasirašo ir siunčia, antraštė: įvykių ataskaitos, prašymai, atsisakymai, raštai, suvestinės ir statistika. Jei rusiška forma palikta tuščia, spausdinama virš jos esanti.</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>kazachų kalba</translation>
    </message>
    <message>
        <source>in Lithuanian</source>
        <translation>lietuvių kalba</translation>
    </message>
    <message>
        <source>&amp;Authority (%1):</source>
        <translation>I&amp;nstitucija (%1):</translation>
    </message>
    <message>
        <source>Au&amp;thority (in Russian):</source>
        <translation>Institu&amp;cija (rusų kalba):</translation>
    </message>
    <message>
        <source>&amp;Unit (%1):</source>
        <translation>&amp;Padalinys (%1):</translation>
    </message>
    <message>
        <source>U&amp;nit (in Russian):</source>
        <translation>Pa&amp;dalinys (rusų kalba):</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print to a file?</source>
        <translation>Spausdinti į failą?</translation>
    </message>
    <message>
        <source>You chose to print to a file. The file would hold the recovery key unencrypted on this computer, where anyone who takes the laptop can read it. Print on paper instead unless you keep the file on an encrypted stick in the safe. Write the file anyway?</source>
        <translation>Pasirinkote spausdinti į failą. Faile atkūrimo raktas būtų laikomas šiame kompiuteryje nešifruotas, ir jį galėtų perskaityti kiekvienas, paėmęs kompiuterį. Verčiau spausdinkite ant popieriaus, nebent failą laikysite šifruotoje atmintinėje seife. Vis tiek įrašyti failą?</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Printed name of %1</source>
        <translation>%1 spausdinamas vardas</translation>
    </message>
    <message>
        <source>Documents print who signed them by name, rank and position, never by login. Write them as the documents should; the Russian column only where the Russian form differs.</source>
        <translation>Dokumentuose pasirašęs asmuo nurodomas vardu, pavarde, laipsniu ir pareigomis, niekada ne prisijungimo vardu. Rašykite taip, kaip turi būti dokumentuose; rusišką stulpelį pildykite tik tada, kai rusiška forma skiriasi.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Kaip parašyta</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>Rusų kalba</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vardas ir pavardė:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Laipsnis:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Pareigos:</translation>
    </message>
    <message>
        <source>%1 in Russian</source>
        <translation>%1 rusų kalba</translation>
    </message>
</context>
<context>
    <name>ProsePairs</name>
    <message>
        <source>As written</source>
        <translation>Kaip parašyta</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Vertimas į rusų kalbą (Susitarimo 14 str.)</translation>
    </message>
    <message>
        <source>%1 in Russian</source>
        <translation>%1 rusų kalba</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti veiksmą</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Pakartoti veiksmą</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Įk&amp;lijuoti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Rodyti išsamiau...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Slėpti išsamią informaciją...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pagalba</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Numatytosios reikšmės</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atgal</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Toliau &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Last change</source>
        <translation>Paskutinis pakeitimas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Persons or summary</source>
        <translation>Asmenys ar santrauka</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Autorius</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Laukia</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (pataisa)</translation>
    </message>
    <message>
        <source>its author (sent back by %1)</source>
        <translation>autoriaus (grąžino %1)</translation>
    </message>
    <message>
        <source>review</source>
        <translation>peržiūros</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Repairing the vault</source>
        <translation>Saugyklos taisymas</translation>
    </message>
    <message>
        <source>Shekara makes this data again from the records:</source>
        <translation>Shekara iš naujo sudaro šiuos duomenis pagal įrašus:</translation>
    </message>
    <message>
        <source>Updating the vault</source>
        <translation>Saugykla atnaujinama</translation>
    </message>
    <message>
        <source>This version of Shekara derives some data from the records in a new way. Before the vault opens, it brings that data up to date, once:</source>
        <translation>Ši Shekara versija kai kuriuos iš įrašų gaunamus duomenis apskaičiuoja nauju būdu. Prieš atidarydama saugyklą, ji vieną kartą tuos duomenis atnaujina:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln įrašas)</numerusform>
            <numerusform>%1 (%Ln įrašai)</numerusform>
            <numerusform>%1 (%Ln įrašų)</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be stopped part-way; on a large vault it takes several minutes. The records appear when it is done. If Shekara is closed before then, it runs again at the next unlock.</source>
        <translation>Sustabdyti pusiaukelėje negalima; didelėje saugykloje tai užtrunka kelias minutes. Įrašai pasirodys, kai bus baigta. Jei Shekara bus uždaryta anksčiau, tai vėl bus vykdoma kitą kartą atrakinus.</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (%2 žingsnis iš %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 iš %Ln įrašo</numerusform>
            <numerusform>%1 iš %Ln įrašų</numerusform>
            <numerusform>%1 iš %Ln įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>Time so far: %1</source>
        <translation>Praėjo: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Received information</source>
        <translation>Gauta informacija</translation>
    </message>
    <message>
        <source>Facts the other Party&apos;s central authority sent, under its handling restrictions. They are kept apart from our own records and are never sent on.</source>
        <translation>Kitos Šalies centrinės institucijos atsiųsti faktai su jos nustatytais naudojimo apribojimais. Jie laikomi atskirai nuo mūsų įrašų ir niekada neperduodami toliau.</translation>
    </message>
    <message>
        <source>Received facts</source>
        <translation>Gauti faktai</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atidaryti</translation>
    </message>
    <message>
        <source>&amp;Import letters…</source>
        <translation>&amp;Importuoti raštus…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tnaujinti</translation>
    </message>
    <message>
        <source>Only the newest %1 received facts are listed: search by a name or the partner&apos;s number to find older ones.</source>
        <translation>Rodoma tik %1 naujausių gautų faktų: senesnius rasite ieškodami pagal vardą arba partnerio numerį.</translation>
    </message>
    <message>
        <source>Nothing received from the partner yet.</source>
        <translation>Iš partnerio dar nieko negauta.</translation>
    </message>
    <message>
        <source>No received fact matches.</source>
        <translation>Neatitinka nė vienas gautas faktas.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Paieška:</translation>
    </message>
    <message>
        <source>name in any script, the partner&apos;s number… (Enter)</source>
        <translation>vardas bet kokiu raštu, partnerio numeris… (Enter)</translation>
    </message>
</context>
<context>
    <name>ReceivedFactDialog</name>
    <message>
        <source>Received from %1: %2</source>
        <translation>Gauta iš %1: %2</translation>
    </message>
    <message>
        <source>Information of %1 — handle as it says:</source>
        <translation>%1 informacija — naudokite, kaip nurodyta:</translation>
    </message>
    <message>
        <source>The partner&apos;s handling restrictions</source>
        <translation>Partnerio naudojimo apribojimai</translation>
    </message>
    <message>
        <source>The received fact</source>
        <translation>Gautas faktas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Užregistruoti sutikimą…</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Būsena: %1</translation>
    </message>
    <message>
        <source>Partner&apos;s registration number: %1</source>
        <translation>Partnerio registracijos numeris: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Straipsnis: %1</translation>
    </message>
    <message>
        <source>Letter %1 (packet %2), received %3</source>
        <translation>Raštas %1 (paketas %2), gautas %3</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versija %1 iš %2</translation>
    </message>
    <message>
        <source>Destroyed at the partner&apos;s request (Art. 10.3): only the trace that it was received is kept.</source>
        <translation>Sunaikinta partnerio prašymu (Susitarimo 10 str. 3 d.): saugomas tik pėdsakas, kad buvo gauta.</translation>
    </message>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Asmenys (%n):</numerusform>
            <numerusform>Asmenys (%n):</numerusform>
            <numerusform>Asmenys (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The partner withheld %n person(s); ask for them by a request when needed (Art. 8).</source>
        <translation>
            <numerusform>Partneris neperdavė %n asmens; prireikus paprašykite prašymu (Susitarimo 8 str.).</numerusform>
            <numerusform>Partneris neperdavė %n asmenų; prireikus paprašykite prašymu (Susitarimo 8 str.).</numerusform>
            <numerusform>Partneris neperdavė %n asmenų; prireikus paprašykite prašymu (Susitarimo 8 str.).</numerusform>
        </translation>
    </message>
    <message>
        <source>Written consents to pass it on (Art. 10.2):</source>
        <translation>Rašytiniai sutikimai perduoti toliau (Susitarimo 10 str. 2 d.):</translation>
    </message>
    <message>
        <source>%1 — to %2</source>
        <translation>%1 — kam: %2</translation>
    </message>
    <message>
        <source>Destroyed at the partner&apos;s request: there is nothing to pass on.</source>
        <translation>Sunaikinta partnerio prašymu: nėra ką perduoti.</translation>
    </message>
    <message>
        <source>Only a supervisor records a consent.</source>
        <translation>Sutikimą registruoja tik pamainos vadovas.</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Įvyko</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Straipsnis</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>Partnerio numeris</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Raštas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Gauta</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Patvirtinti</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>&amp;Grąžinti…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Atša&amp;ukti…</translation>
    </message>
    <message>
        <source>&amp;Print incident report…</source>
        <translation>&amp;Spausdinti įvykio ataskaitą…</translation>
    </message>
    <message>
        <source>Period &amp;summary…</source>
        <translation>&amp;Laikotarpio suvestinė…</translation>
    </message>
    <message>
        <source>&amp;Request (Art. 8)…</source>
        <translation>&amp;Prašymas (8 str.)…</translation>
    </message>
    <message>
        <source>Re&amp;fusal notice (Art. 9)…</source>
        <translation>Pranešimas apie &amp;atsisakymą (9 str.)…</translation>
    </message>
    <message>
        <source>&amp;Check a printed document…</source>
        <translation>&amp;Tikrinti atspausdintą dokumentą…</translation>
    </message>
    <message>
        <source>S&amp;tatistics (counts, no names)…</source>
        <translation>Stat&amp;istika (skaičiai, be vardų)…</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Įrašo istorija…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neišsaugoti pakeitimai</translation>
    </message>
    <message>
        <source>Save or discard the changes first: a decision is about the saved version.</source>
        <translation>Pirmiausia išsaugokite arba atmeskite pakeitimus: sprendimas priimamas dėl išsaugotos versijos.</translation>
    </message>
    <message>
        <source>Approve drafts</source>
        <translation>Juodraščių tvirtinimas</translation>
    </message>
    <message>
        <source>Approve the %1 drafts selected? All are approved together, or none if one of them may not be.</source>
        <translation>Patvirtinti pasirinktus juodraščius (%1)? Patvirtinami visi kartu arba nė vienas, jei bent vieno negalima.</translation>
    </message>
    <message>
        <source>There is nothing to print yet.</source>
        <translation>Kol kas nėra ką spausdinti.</translation>
    </message>
    <message>
        <source>Which request?</source>
        <translation>Kuris prašymas?</translation>
    </message>
    <message>
        <source>Which refusal?</source>
        <translation>Kuris atsisakymas?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove attachment</source>
        <translation>Pašalinti priedą</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>peržiūros nėra</translation>
    </message>
    <message>
        <source>+ Add photo or scan…</source>
        <translation>+ Pridėti nuotrauką ar skenuotą vaizdą…</translation>
    </message>
    <message>
        <source>Add photo or scan</source>
        <translation>Pridėti nuotrauką ar skenuotą vaizdą</translation>
    </message>
    <message>
        <source>Add photos or scans</source>
        <translation>Pridėti nuotraukų ar skenuotų vaizdų</translation>
    </message>
    <message>
        <source>Images and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Vaizdai ir skenuoti dokumentai (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Priedas %1</translation>
    </message>
    <message>
        <source>Autosaved typing</source>
        <translation>Automatiškai išsaugotas tekstas</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Pataisos priežastis</translation>
    </message>
    <message>
        <source>This record was approved: saving makes a new version. Why is it corrected? (required)</source>
        <translation>Šis įrašas patvirtintas: išsaugojus bus sukurta nauja versija. Kodėl jis taisomas? (privaloma)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neišsaugoti pakeitimai</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>Šiame įraše yra neišsaugotų pakeitimų.</translation>
    </message>
    <message>
        <source>Save them now?</source>
        <translation>Išsaugoti juos dabar?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>MMMM-MM-DD, MMMM-MM arba MMMM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>MMMM-MM-DD</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>vv:mm</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation>Laikas (neprivaloma)</translation>
    </message>
    <message>
        <source>Leave the time empty when it is not known</source>
        <translation>Jei laikas nežinomas, palikite tuščią</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Dabar</translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation>Nustatyti dabartinę datą ir laiką</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(privaloma)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Perkelti aukštyn</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Perkelti žemyn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation>Perkelti aukštyn (Alt+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation>Perkelti žemyn (Alt+Shift+Down)</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2 str.)</translation>
    </message>
    <message>
        <source>An MRZ has 2 or 3 lines; this has %1</source>
        <translation>MRZ turi 2 arba 3 eilutes; čia jų %1</translation>
    </message>
    <message>
        <source>Type, paste or scan the 2 or 3 lines at the bottom of the document</source>
        <translation>Įveskite, įklijuokite ar nuskenuokite 2 ar 3 eilutes dokumento apačioje</translation>
    </message>
    <message>
        <source>Filled from the MRZ: %1</source>
        <translation>Užpildyta iš MRZ: %1</translation>
    </message>
    <message>
        <source>The MRZ is valid; every field it holds was already filled</source>
        <translation>MRZ teisinga; visi jos laukai jau užpildyti</translation>
    </message>
    <message>
        <source>Line %1: %2 of %3 characters</source>
        <translation>%1 eilutė: %2 iš %3 ženklų</translation>
    </message>
    <message>
        <source>Line %1: %2 characters</source>
        <translation>%1 eilutė: %2 ženklai</translation>
    </message>
    <message>
        <source>Check digits agree</source>
        <translation>Kontroliniai skaitmenys sutampa</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* privaloma</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>New record: what happened?</source>
        <translation>Naujas įrašas: kas įvyko?</translation>
    </message>
    <message>
        <source>New record: %1 (Art. %2)</source>
        <translation>Naujas įrašas: %1 (%2 str.)</translation>
    </message>
    <message>
        <source>This record is withdrawn: it can be read, not changed.</source>
        <translation>Šis įrašas atšauktas: jį galima skaityti, bet ne keisti.</translation>
    </message>
    <message>
        <source>This record is approved. Saving makes a correction: a new version, with your reason; the approved version is kept.</source>
        <translation>Šis įrašas patvirtintas. Išsaugojus bus sukurta pataisa – nauja versija su jūsų priežastimi; patvirtinta versija išlieka.</translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation>Grąžino %1: %2</translation>
    </message>
    <message>
        <source>Photos and scans can be added once the record is saved (Ctrl+S).</source>
        <translation>Nuotraukas ir skenuotus vaizdus galima pridėti išsaugojus įrašą (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save the correction first; then add photos and scans to it.</source>
        <translation>Pirmiausia išsaugokite pataisą; tada pridėkite prie jos nuotraukų ir skenuotų vaizdų.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the record can be saved</source>
        <translation>
            <numerusform>Prieš išsaugant įrašą reikia ištaisyti %n problemą</numerusform>
            <numerusform>Prieš išsaugant įrašą reikia ištaisyti %n problemas</numerusform>
            <numerusform>Prieš išsaugant įrašą reikia ištaisyti %n problemų</numerusform>
        </translation>
    </message>
    <message>
        <source>Typing on this record was autosaved and not saved. Restore it?</source>
        <translation>Šio įrašo tekstas buvo išsaugotas automatiškai, bet įrašas neišsaugotas. Atkurti?</translation>
    </message>
    <message>
        <source>You have new records that were autosaved and not saved. Continue one?</source>
        <translation>Turite naujų įrašų, kurie išsaugoti automatiškai, bet neišsaugoti. Tęsti vieną iš jų?</translation>
    </message>
    <message>
        <source>The restored typing was made on version %1; the record is now at version %2. Check it before saving.</source>
        <translation>Atkurtas tekstas rašytas %1 versijoje; dabar įrašas yra %2 versijos. Patikrinkite prieš išsaugodami.</translation>
    </message>
    <message>
        <source>Saved: version %1 (draft).</source>
        <translation>Išsaugota: %1 versija (juodraštis).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Pridėti daiktą</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Daiktas %1</translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation>Atkarpa %1</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>išvykimo vieta</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>paskirties vieta</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Pridėti atkarpą</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Pridėti nuorodą</translation>
    </message>
    <message>
        <source>Linked record %1</source>
        <translation>Susietas įrašas %1</translation>
    </message>
    <message>
        <source>A listed substance by name in any language, or the name of a new one</source>
        <translation>Sąraše esančios medžiagos pavadinimas bet kuria kalba arba naujos medžiagos pavadinimas</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Veika</translation>
    </message>
    <message>
        <source>Add citizenship</source>
        <translation>Pridėti pilietybę</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Pridėti dokumentą</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Pridėti asmenį</translation>
    </message>
    <message>
        <source>Add substance</source>
        <translation>Pridėti medžiagą</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>Patvirtino %1, %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Gimimo data</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Gimimo vieta</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Bylos numeris</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanalas</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Pilietybė</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Slėpimas</translation>
    </message>
    <message>
        <source>Confidential (Art. 10.1)</source>
        <translation>Konfidencialu (Susitarimo 10 str. 1 d.)</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Transporto priemonė</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation>Sukūrė %1, %2</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Kontrolės punktas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Kas aptiko</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Aptikimas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokumentas %1</translation>
    </message>
    <message>
        <source>Document as it claims to be</source>
        <translation>Dokumentas, kuo jis dedasi esąs</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumento rūšis</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumentai</translation>
    </message>
    <message>
        <source>Does not qualify for exchange under the Agreement</source>
        <translation>Netinka keistis pagal Susitarimą</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Įranga</translation>
    </message>
    <message>
        <source>Equipment and technologies of clandestine manufacture</source>
        <translation>Slaptos gamybos įranga ir technologijos</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Vertinimas</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Galioja iki</translation>
    </message>
    <message>
        <source>Forgery</source>
        <translation>Klastojimas</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vardai</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tvarkymas</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>Tvarkymo pastaba</translation>
    </message>
    <message>
        <source>How the channel works: couriers, cover loads, payment</source>
        <translation>Kaip veikia kanalas: kurjeriai, priedangos kroviniai, atsiskaitymas</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacija</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Išduotas</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Išdavusi valstybė</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Daiktai</translation>
    </message>
    <message>
        <source>Kept until %1, next review %2</source>
        <translation>Saugoma iki %1, kita peržiūra %2</translation>
    </message>
    <message>
        <source>Latin name (as in the MRZ)</source>
        <translation>Vardas lotyniškai (kaip MRZ)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Platuma</translation>
    </message>
    <message>
        <source>Legal hold (never purged while set)</source>
        <translation>Draudžiama sunaikinti (kol nustatyta, nesunaikinama)</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Susieti įrašai</translation>
    </message>
    <message>
        <source>Logos on tablets, stamps on packages</source>
        <translation>Logotipai ant tablečių, žymės ant pakuočių</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Ilguma</translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Būdas</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Transporto rūšis</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Passing to third parties (Art. 10.2)</source>
        <translation>Perdavimas trečiosioms šalims (Susitarimo 10 str. 2 d.)</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Tėvavardis</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Asmuo %1</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Place description</source>
        <translation>Vietos aprašymas</translation>
    </message>
    <message>
        <source>Plate, train, flight or vessel</source>
        <translation>Valstybinis numeris, traukinys, skrydis ar laivas</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Savybės</translation>
    </message>
    <message>
        <source>Purity, %</source>
        <translation>Grynumas, %</translation>
    </message>
    <message>
        <source>Qualifies for exchange under the Agreement</source>
        <translation>Tinka keistis pagal Susitarimą</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kiekis</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Priežastis: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Įrašas %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Vertimas į rusų kalbą (Susitarimo 14 str.)</translation>
    </message>
    <message>
        <source>Route (origin first)</source>
        <translation>Maršrutas (pirmiausia išvykimo vieta)</translation>
    </message>
    <message>
        <source>Section of the border</source>
        <translation>Sienos ruožas</translation>
    </message>
    <message>
        <source>Serial number (weapons)</source>
        <translation>Serijos numeris (ginklai)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Lytis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Medžiaga</translation>
    </message>
    <message>
        <source>Substance %1</source>
        <translation>Medžiaga %1</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Medžiagos</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>The machine-readable zone: when its check digits agree, it fills the empty fields below</source>
        <translation>Mašininio nuskaitymo zona: kai kontroliniai skaitmenys sutampa, ji užpildo tuščius laukus žemiau</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temos</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transportas</translation>
    </message>
    <message>
        <source>Type part of the name or code; empty when it happened away from a crossing point</source>
        <translation>Įveskite pavadinimo ar kodo dalį; palikite tuščią, jei įvyko ne kontrolės punkte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Matavimo vienetas</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>%1 versija · %2</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Kas įvyko, savais žodžiais</translation>
    </message>
    <message>
        <source>What happened, when and where</source>
        <translation>Kas, kada ir kur įvyko</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>When a case was opened</source>
        <translation>Kai iškelta byla</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>XXX when unknown, XXA for a stateless person</source>
        <translation>XXX, jei nežinoma, XXA – asmeniui be pilietybės</translation>
    </message>
    <message>
        <source>e.g. 43.2567</source>
        <translation>pvz., 54,6872</translation>
    </message>
    <message>
        <source>e.g. 76.9286</source>
        <translation>pvz., 25,2797</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Istorija…</translation>
    </message>
    <message>
        <source>Every version of the record: who wrote and approved it, when and why, and what each changed</source>
        <translation>Kiekviena įrašo versija: kas ją parašė ir patvirtino, kada ir kodėl, ir ką kiekviena pakeitė</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2 str.)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Įrašas %1</translation>
    </message>
    <message>
        <source>The record has only this version: it has not been corrected.</source>
        <translation>Įrašas turi tik šią versiją: jis nebuvo taisytas.</translation>
    </message>
    <message>
        <source>Version %1 is the first: every field as it was written.</source>
        <translation>%1 versija – pirmoji: kiekvienas laukas toks, koks buvo įrašytas.</translation>
    </message>
    <message>
        <source>Version %1 changes no field of version %2.</source>
        <translation>%1 versija nekeičia nė vieno %2 versijos lauko.</translation>
    </message>
    <message>
        <source>Fields that differ between version %1 and version %2 are highlighted.</source>
        <translation>Laukai, kuriais %1 ir %2 versijos skiriasi, paryškinti.</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>Įrašo istorija</translation>
    </message>
    <message>
        <source>&amp;Versions (Up and Down compare each with the one before):</source>
        <translation>&amp;Versijos (rodyklės aukštyn ir žemyn lygina kiekvieną su ankstesne):</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Įrašo versijos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Autorius</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Patvirtino</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>Turinio maiša: %1</translation>
    </message>
    <message>
        <source>%1; last changed %2</source>
        <translation>%1; paskutinį kartą keista %2</translation>
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
        <translation>Įvyko</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Persons or summary</source>
        <translation>Asmenys ar santrauka</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Pilietybė</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Kontrolės punktas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Susitarimas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Autorius</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Paskutinis pakeitimas</translation>
    </message>
    <message>
        <source>Qualifies for exchange under the Agreement (Art. 6: a citizen of the other Party is involved)</source>
        <translation>Tinka keistis pagal Susitarimą (6 str.: susijęs kitos Šalies pilietis)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tuščia</translation>
    </message>
    <message>
        <source>%1 — sent back</source>
        <translation>%1 — grąžintas</translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>Grąžino %1 (%2): %3</translation>
    </message>
    <message>
        <source>Agreement, Article %1</source>
        <translation>Susitarimas, %1 straipsnis</translation>
    </message>
    <message>
        <source>%1 (approximate: the name is one letter off)</source>
        <translation>%1 (apytiksliai: varde skiriasi viena raidė)</translation>
    </message>
</context>
<context>
    <name>RecoverPassphraseDialog</name>
    <message>
        <source>Set a passphrase with the recovery key</source>
        <translation>Slaptafrazės nustatymas atkūrimo raktu</translation>
    </message>
    <message>
        <source>When a passphrase is forgotten and no supervisor can give a new one (Admin &gt; Officers…), the recovery key sets it. Take the recovery sheet from the post&apos;s safe and type its key. The change is written in the audit log. Afterwards seal the sheet in a new envelope.</source>
        <translation>Kai slaptafrazė pamiršta ir joks pamainos vadovas negali duoti naujos (Administravimas &gt; Pareigūnai…), ją nustato atkūrimo raktas. Paimkite atkūrimo lapą iš posto seifo ir įveskite jo raktą. Pakeitimas įrašomas į audito žurnalą. Po to užantspauduokite lapą naujame voke.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Pareigūnas:</translation>
    </message>
    <message>
        <source>the login whose passphrase is set</source>
        <translation>prisijungimo vardas, kurio slaptafrazė nustatoma</translation>
    </message>
    <message>
        <source>Officer login</source>
        <translation>Pareigūno prisijungimo vardas</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Atkūrimo &amp;raktas:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Atkūrimo raktas</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>&amp;Nustatyti slaptafrazę</translation>
    </message>
    <message>
        <source>The key is complete and every group checks out.</source>
        <translation>Raktas pilnas, visos grupės patikrintos.</translation>
    </message>
    <message>
        <source>13 groups of five letters and digits, as printed on the recovery sheet (%1 of 65 typed).</source>
        <translation>13 grupių po penkias raides ir skaitmenis, kaip atspausdinta atkūrimo lape (įvesta %1 iš 65).</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>Nustatoma slaptafrazė…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>I have printed it or &amp;written it down</source>
        <translation>Jį atsispausdinau arba užsi&amp;rašiau</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Naujas atkūrimo raktas</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Atkūrimo raktas</translation>
    </message>
    <message>
        <source>With it a supervisor can open the vault when every passphrase is forgotten.</source>
        <translation>Juo pamainos vadovas gali atrakinti saugyklą, kai visos slaptafrazės pamirštos.</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep the paper in the post&apos;s safe. It is shown only this once: Shekara does not keep it anywhere readable.</source>
        <translation>Užsirašykite arba atsispausdinkite jį dabar ir laikykite lapą posto seife. Jis rodomas tik šį kartą: Shekara jo niekur nelaiko įskaitomo.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Spausdinti atkūrimo lapą…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Bandyti dar kartą</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Jį &amp;užsirašiau arba atsispausdinau</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Atkūrimo raktas</translation>
    </message>
    <message>
        <source>Creating the vault and its keys…</source>
        <translation>Kuriama saugykla ir jos raktai…</translation>
    </message>
    <message>
        <source>The vault was not created: %1</source>
        <translation>Saugykla nesukurta: %1</translation>
    </message>
    <message>
        <source>The vault is ready. This is its recovery key:</source>
        <translation>Saugykla paruošta. Štai jos atkūrimo raktas:</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Atkūrimo lapas</translation>
    </message>
</context>
<context>
    <name>RefdataImportDialog</name>
    <message>
        <source>Import reference data from HQ</source>
        <translation>Centrinės institucijos žinyno duomenų importas</translation>
    </message>
    <message>
        <source>HQ sends new reference data (crossing points, substances, authorities, retention periods) as a file shekara-…-refdata-….shk. Only a version newer than the one in force is taken; a supervisor takes it.</source>
        <translation>Centrinė institucija naujus žinyno duomenis (kontrolės punktus, medžiagas, institucijas, saugojimo terminus) siunčia kaip failą shekara-…-refdata-….shk. Priimama tik naujesnė nei galiojanti versija; ją priima pamainos vadovas.</translation>
    </message>
    <message>
        <source>&amp;Choose the reference data file…</source>
        <translation>&amp;Pasirinkti žinyno duomenų failą…</translation>
    </message>
    <message>
        <source>HQ&apos;s reference data</source>
        <translation>Centrinės institucijos žinyno duomenys</translation>
    </message>
    <message>
        <source>Reading the reference data…</source>
        <translation>Skaitomi žinyno duomenys…</translation>
    </message>
    <message>
        <source>The reference data was not taken.</source>
        <translation>Žinyno duomenys nepriimti.</translation>
    </message>
    <message>
        <source>Reference data version %1 is taken (version %2 was in force).</source>
        <translation>Priimta žinyno duomenų versija %1 (galiojo versija %2).</translation>
    </message>
    <message>
        <source>It is used from the next unlock: when you close this window the vault locks; unlock it to go on.</source>
        <translation>Ji naudojama nuo kito atrakinimo: uždarius šį langą saugykla užrakinama; norėdami tęsti, ją atrakinkite.</translation>
    </message>
    <message>
        <source>Nothing new: version %1 is already in force. Nothing was changed.</source>
        <translation>Nieko naujo: versija %1 jau galioja. Niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse request %1 (Art. 9)</source>
        <translation>Atsisakyti vykdyti prašymą %1 (Susitarimo 9 str.)</translation>
    </message>
    <message>
        <source>&amp;Ground (Art. 9):</source>
        <translation>Pagr&amp;indas (9 str.):</translation>
    </message>
    <message>
        <source>&amp;Refused:</source>
        <translation>&amp;Atsisakyta:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Sprendimo data:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Pasirašo:</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>Parei&amp;gos:</translation>
    </message>
    <message>
        <source>the whole request</source>
        <translation>viso prašymo</translation>
    </message>
    <message>
        <source>part of the request</source>
        <translation>dalies prašymo</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>P&amp;riežastys:</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>New master key</source>
        <translation>Naujas pagrindinis raktas</translation>
    </message>
    <message>
        <source>Your passphrase stays as it is.</source>
        <translation>Jūsų slaptafrazė lieka tokia pati.</translation>
    </message>
    <message>
        <source>Every other officer needs a new passphrase, set with the new recovery key (&quot;%1&quot; on the unlock screen):</source>
        <translation>Kiekvienam kitam pareigūnui reikės naujos slaptafrazės, nustatomos su nauju atkūrimo raktu („%1“ atrakinimo ekrane):</translation>
    </message>
    <message>
        <source>No other officer has a passphrase in this vault.</source>
        <translation>Šioje saugykloje kitų pareigūnų slaptafrazių nėra.</translation>
    </message>
    <message>
        <source>The whole vault is encrypted again under the new key. On a large vault this takes a while, and the window waits. The vault in use stays as it is until the new one is complete: if the computer stops part-way, the vault opens with the old keys or with the new ones.</source>
        <translation>Visa saugykla iš naujo užšifruojama nauju raktu. Didelėje saugykloje tai užtrunka, ir langas tuo metu laukia. Naudojama saugykla lieka nepakeista, kol naujoji bus visiškai paruošta: jei kompiuteris sustotų pusiaukelėje, saugykla atsidarys senais arba naujais raktais.</translation>
    </message>
    <message>
        <source>A new recovery key is shown once. Print the new recovery sheet and put it in the safe: the old sheet opens nothing any more, destroy it.</source>
        <translation>Naujas atkūrimo raktas rodomas vieną kartą. Atsispausdinkite naują atkūrimo lapą ir padėkite jį į seifą: senasis lapas nebeatidaro nieko, sunaikinkite jį.</translation>
    </message>
    <message>
        <source>Make a new master key after a restore from a backup, or when a passphrase or the recovery key may be known to someone who should not have it. Then:</source>
        <translation>Naują pagrindinį raktą sukurkite atkūrę saugyklą iš atsarginės kopijos arba kai slaptafrazė ar atkūrimo raktas gali būti žinomi tam, kam neturėtų. Tada:</translation>
    </message>
    <message>
        <source>The vault locks at the end.</source>
        <translation>Pabaigoje saugykla užrakinama.</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Jūsų slaptafrazė:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Jūsų slaptafrazė</translation>
    </message>
    <message>
        <source>&amp;Make a new master key…</source>
        <translation>&amp;Sukurti naują pagrindinį raktą…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>C&amp;lose and lock</source>
        <translation>&amp;Uždaryti ir užrakinti</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>S&amp;pausdinti atkūrimo lapą…</translation>
    </message>
    <message>
        <source>Print it or write it down now and put the paper in the safe; destroy the old sheet. It is shown only this once. If the vault locks before you have it on paper, unlock it and make only a new recovery key (%1 &gt; %2): the master key is new already.</source>
        <translation>Atsispausdinkite arba užsirašykite jį dabar ir padėkite lapą į seifą; senąjį lapą sunaikinkite. Jis rodomas tik šį kartą. Jei saugykla užsirakintų anksčiau, nei raktą turėsite ant popieriaus, atrakinkite ją ir sukurkite tik naują atkūrimo raktą (%1 &gt; %2): pagrindinis raktas jau naujas.</translation>
    </message>
    <message>
        <source>These officers need a new passphrase: on the unlock screen, &quot;%1&quot; sets each with this recovery key.</source>
        <translation>Šiems pareigūnams reikia naujos slaptafrazės: atrakinimo ekrane „%1“ kiekvienam ją nustato su šiuo atkūrimo raktu.</translation>
    </message>
    <message>
        <source>No other officer needs a new passphrase.</source>
        <translation>Jokiam kitam pareigūnui naujos slaptafrazės nereikia.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Making the new master key and encrypting the vault again… Do not turn the computer off.</source>
        <translation>Kuriamas naujas pagrindinis raktas ir saugykla iš naujo šifruojama… Neišjunkite kompiuterio.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Nothing was changed.</source>
        <translation>Tai ne jūsų slaptafrazė. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The vault has a new master key. This is its new recovery key:</source>
        <translation>Saugykla turi naują pagrindinį raktą. Štai jos naujas atkūrimo raktas:</translation>
    </message>
    <message>
        <source>(The vault did not open again for the sheet: write the key down.)</source>
        <translation>(Lapui saugykla iš naujo neatsidarė: užsirašykite raktą.)</translation>
    </message>
    <message>
        <source>The new master key was not completed. The vault is locked; it opens with your passphrase. Unlock it and make a new master key again.</source>
        <translation>Naujas pagrindinis raktas nebaigtas kurti. Saugykla užrakinta; ji atsidaro jūsų slaptafraze. Atrakinkite ją ir sukurkite naują pagrindinį raktą dar kartą.</translation>
    </message>
    <message>
        <source>Make a new master key now?</source>
        <translation>Sukurti naują pagrindinį raktą dabar?</translation>
    </message>
    <message>
        <source>The old recovery key and every other officer&apos;s passphrase stop opening the vault. This cannot be undone.</source>
        <translation>Senasis atkūrimo raktas ir visų kitų pareigūnų slaptafrazės nebeatidarys saugyklos. To atšaukti negalima.</translation>
    </message>
    <message>
        <source>Make the new &amp;key</source>
        <translation>Sukurti &amp;naują raktą</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Iš&amp;saugoti kaip PDF…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Pa&amp;didinti</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Su&amp;mažinti</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Pritaikyti plotį</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Ataskaitos puslapiai</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 puslapis iš %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Spausdinama…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Spausdinti: %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Išsaugoti ataskaitą kaip PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTitles</name>
    <message>
        <source>Incident report</source>
        <translation>Įvykio ataskaita</translation>
    </message>
    <message>
        <source>Request (Art. 8)</source>
        <translation>Prašymas (8 str.)</translation>
    </message>
    <message>
        <source>Refusal notice (Art. 9)</source>
        <translation>Pranešimas apie atsisakymą (9 str.)</translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation>Laikotarpio suvestinė</translation>
    </message>
    <message>
        <source>Packet transmittal sheet</source>
        <translation>Paketo perdavimo ir priėmimo aktas</translation>
    </message>
    <message>
        <source>Enrollment sheet</source>
        <translation>Registravimo lapas</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Atkūrimo lapas</translation>
    </message>
    <message>
        <source>Covering letter to the partner</source>
        <translation>Lydraštis partneriui</translation>
    </message>
    <message>
        <source>Disclosure register (Art. 10)</source>
        <translation>Perduotos informacijos registras (Susitarimo 10 str.)</translation>
    </message>
    <message>
        <source>Information received from the partner</source>
        <translation>Iš partnerio gauta informacija</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Rengiama ataskaita…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request %1</source>
        <translation>Prašymas %1</translation>
    </message>
    <message>
        <source>%1 — %2 — due %3</source>
        <translation>%1 — %2 — terminas %3</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VĖLUOJA</translation>
    </message>
    <message>
        <source>The request and its thread</source>
        <translation>Prašymas ir jo susirašinėjimas</translation>
    </message>
    <message>
        <source>Close paper cop&amp;y…</source>
        <translation>Uždaryti popierinį e&amp;gzempliorių…</translation>
    </message>
    <message>
        <source>Close paper copy</source>
        <translation>Uždaryti popierinį egzempliorių</translation>
    </message>
    <message>
        <source>Close the paper copy of request %1 as a duplicate?</source>
        <translation>Uždaryti prašymo %1 popierinį egzempliorių kaip dublikatą?</translation>
    </message>
    <message>
        <source>It was typed in from paper, and the same request has since come in a letter. Its thread is kept; from now on answer the copy that came in the letter.</source>
        <translation>Jis buvo įvestas iš popieriaus, o tas pats prašymas vėliau gautas ir raštu. Jo susirašinėjimas išsaugomas; nuo šiol atsakykite į raštu gautą egzempliorių.</translation>
    </message>
    <message>
        <source>&amp;Close copy</source>
        <translation>&amp;Uždaryti egzempliorių</translation>
    </message>
    <message>
        <source>Our number: %1</source>
        <translation>Mūsų numeris: %1</translation>
    </message>
    <message>
        <source>Partner&apos;s number: %1</source>
        <translation>Partnerio numeris: %1</translation>
    </message>
    <message>
        <source>Received on paper: its answers, refusals and questions do not go in letters (the partner&apos;s system does not know this request); they go on paper.</source>
        <translation>Gautas popieriuje: atsakymai, atsisakymai ir klausimai į jį nesiunčiami raštais (partnerio sistema šio prašymo nežino); jie siunčiami popieriuje.</translation>
    </message>
    <message>
        <source>Received in a letter: its answers, refusals and questions go with the next letter.</source>
        <translation>Gautas raštu: atsakymai, atsisakymai ir klausimai į jį siunčiami su kitu raštu.</translation>
    </message>
    <message>
        <source>The same request was also registered from paper (%1): answer this copy, which the partner&apos;s system knows.</source>
        <translation>Tas pats prašymas buvo užregistruotas ir iš popieriaus (%1): atsakykite į šį egzempliorių, kurį žino partnerio sistema.</translation>
    </message>
    <message>
        <source>The same request also came in a letter (%1): answer that copy, so the answer can go in a letter.</source>
        <translation>Tas pats prašymas gautas ir raštu (%1): atsakykite į tą egzempliorių, kad atsakymas galėtų būti išsiųstas raštu.</translation>
    </message>
    <message>
        <source>From %1 to %2, reference %3, dated %4</source>
        <translation>Iš %1 kam %2, nuoroda %3, data %4</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Facts: %1</source>
        <translation>Faktai: %1</translation>
    </message>
    <message>
        <source>Objects and documents: %1</source>
        <translation>Daiktai ir dokumentai: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Priežastys: %1</translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation>Ko prašoma: %1</translation>
    </message>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Asmenys (%n):</numerusform>
            <numerusform>Asmenys (%n):</numerusform>
            <numerusform>Asmenys (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusal (%1): %2 — %3</source>
        <translation>Atsisakymas (%1): %2 — %3</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Susirašinėjimas:</translation>
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
        <translation>Prašymų registras</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Kryptis:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Būsena:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Tik &amp;vėluojantys</translation>
    </message>
    <message>
        <source>&amp;Approve our draft</source>
        <translation>&amp;Patvirtinti mūsų projektą</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Naujas prašymas…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Atidaryti</translation>
    </message>
    <message>
        <source>&amp;Ours, to the partner…</source>
        <translation>&amp;Mūsų, partneriui…</translation>
    </message>
    <message>
        <source>The partner&apos;s, received on &amp;paper…</source>
        <translation>Partnerio, gautas &amp;popieriuje…</translation>
    </message>
    <message>
        <source>An&amp;swer…</source>
        <translation>A&amp;tsakyti…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Atsi&amp;sakyti…</translation>
    </message>
    <message>
        <source>Follow-&amp;up question…</source>
        <translation>Papil&amp;domas klausimas…</translation>
    </message>
    <message>
        <source>&amp;Withdraw ours…</source>
        <translation>Atšaukti &amp;mūsų…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Prašymai</translation>
    </message>
    <message>
        <source>all</source>
        <translation>visi</translation>
    </message>
    <message>
        <source>Only our own draft requests are approved.</source>
        <translation>Tvirtinami tik mūsų pačių prašymų projektai.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve a request.</source>
        <translation>Prašymą gali patvirtinti tik pamainos vadovas.</translation>
    </message>
    <message>
        <source>You wrote this request: another supervisor must approve it (four-eyes rule).</source>
        <translation>Šį prašymą parašėte jūs: jį turi patvirtinti kitas pamainos vadovas (keturių akių taisyklė).</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Pirmiausia pasirinkite prašymą.</translation>
    </message>
    <message>
        <source>Only a request the partner sent us, not yet answered or refused, is answered or refused here.</source>
        <translation>Čia atsakoma arba atsisakoma tik į partnerio mums atsiųstą prašymą, į kurį dar neatsakyta ir kurio dar neatsisakyta.</translation>
    </message>
    <message>
        <source>Follow-up questions are for requests that were sent or received.</source>
        <translation>Papildomi klausimai užduodami dėl išsiųstų ar gautų prašymų.</translation>
    </message>
    <message>
        <source>Only our own request, not yet answered or refused, can be withdrawn.</source>
        <translation>Atšaukti galima tik mūsų prašymą, į kurį dar neatsakyta ir kurio dar neatsisakyta.</translation>
    </message>
    <message>
        <source>Only a supervisor can withdraw a request.</source>
        <translation>Prašymą gali atšaukti tik pamainos vadovas.</translation>
    </message>
    <message>
        <source>Saved as a draft: a second supervisor approves it, then it goes with the next letter to the partner.</source>
        <translation>Išsaugota kaip projektas: jį patvirtina antras pamainos vadovas, tada jis išsiunčiamas su kitu raštu partneriui.</translation>
    </message>
    <message>
        <source>Registered as received on paper: what answers it goes on paper too.</source>
        <translation>Užregistruotas kaip gautas popieriuje: kas į jį atsakoma, taip pat siunčiama popieriuje.</translation>
    </message>
    <message>
        <source>Answer saved. The request came on paper, so the answer does not go in a letter: send it to the partner on paper.</source>
        <translation>Atsakymas išsaugotas. Prašymas gautas popieriuje, todėl atsakymas nesiunčiamas raštu: nusiųskite jį partneriui popieriuje.</translation>
    </message>
    <message>
        <source>Answer saved: it goes with the next letter to the partner.</source>
        <translation>Atsakymas išsaugotas: jis bus išsiųstas su kitu raštu partneriui.</translation>
    </message>
    <message>
        <source>Refusal recorded with its number. The request came on paper, so the refusal does not go in a letter: print it (Documents &gt; Refusal notice) and send it on paper.</source>
        <translation>Atsisakymas užregistruotas su numeriu. Prašymas gautas popieriuje, todėl atsisakymas nesiunčiamas raštu: išspausdinkite jį (Dokumentai &gt; Pranešimas apie atsisakymą) ir nusiųskite popieriuje.</translation>
    </message>
    <message>
        <source>Refusal recorded with its number: it goes with the next letter to the partner; Documents &gt; Refusal notice prints it.</source>
        <translation>Atsisakymas užregistruotas su numeriu: jis bus išsiųstas su kitu raštu partneriui; Dokumentai &gt; Pranešimas apie atsisakymą jį išspausdina.</translation>
    </message>
    <message>
        <source>Question kept in the request&apos;s thread. The request came on paper, so the question does not go in a letter: ask it on paper.</source>
        <translation>Klausimas išsaugotas prašymo susirašinėjime. Prašymas gautas popieriuje, todėl klausimas nesiunčiamas raštu: užduokite jį popieriuje.</translation>
    </message>
    <message>
        <source>Question kept in the request&apos;s thread.</source>
        <translation>Klausimas išsaugotas prašymo susirašinėjime.</translation>
    </message>
    <message>
        <source>Our request is withdrawn.</source>
        <translation>Mūsų prašymas atšauktas.</translation>
    </message>
    <message>
        <source>The paper copy is closed as a duplicate: answer the copy that came in the letter.</source>
        <translation>Popierinis egzempliorius uždarytas kaip dublikatas: atsakykite į raštu gautą egzempliorių.</translation>
    </message>
    <message>
        <source>Approved: the request goes with the next letter to the partner.</source>
        <translation>Patvirtinta: prašymas bus išsiųstas su kitu raštu partneriui.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n prašymas</numerusform>
            <numerusform>%n prašymai</numerusform>
            <numerusform>%n prašymų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vėluoja</numerusform>
            <numerusform>%n vėluoja</numerusform>
            <numerusform>%n vėluoja</numerusform>
        </translation>
    </message>
    <message>
        <source>only the newest %1 are listed: filter by direction, status or overdue to find the others</source>
        <translation>rodomi tik %1 naujausių: kitus rasite filtruodami pagal kryptį, būseną arba pavėluotus</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Mūsų numeris</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>Partnerio numeris</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vėluoja</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VĖLUOJA</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>The backup comes back into %1. Give a login and passphrase that opened the vault on the day of the backup: they are checked before anything is moved. A vault already there is kept aside in that folder, never deleted, and only if you tick the box.</source>
        <translation>Atsarginė kopija grąžinama į %1. Nurodykite prisijungimo vardą ir slaptafrazę, kuriais saugykla buvo atidaroma atsarginės kopijos dieną: jie patikrinami prieš ką nors perkeliant. Ten jau esanti saugykla paliekama tame aplanke, niekada neištrinama, ir tik jei pažymėsite langelį.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Atsarginės kopijos &amp;failas:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Prisijungimo vardas:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Slaptafrazė:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Pasi&amp;rinkti…</translation>
    </message>
    <message>
        <source>Put the &amp;vault that is there now aside</source>
        <translation>&amp;Dabar ten esančią saugyklą padėti į šalį</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Atkurti</translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation>Atkuriama atsarginė kopija</translation>
    </message>
    <message>
        <source>Restored. Unlock with a passphrase of the backup. Its old passphrases and recovery key open it too: a supervisor makes a new master key (%1 &gt; %2, or &apos;shekara rekey&apos;).</source>
        <translation>Atkurta. Atrakinkite atsarginės kopijos slaptafraze. Ją atidaro ir senos slaptafrazės bei atkūrimo raktas: pamainos vadovas sukuria naują pagrindinį raktą (%1 &gt; %2 arba &apos;shekara rekey&apos;).</translation>
    </message>
    <message>
        <source>Before exporting, import HQ&apos;s newest acknowledgement (Post &gt; Import acknowledgement), so the next packet continues after the last one HQ has.</source>
        <translation>Prieš eksportuodami importuokite naujausią centrinės institucijos gavimo patvirtinimą (Postas &gt; Importuoti gavimo patvirtinimą), kad kitas paketas tęstų po paskutinio, kurį turi centrinė institucija.</translation>
    </message>
</context>
<context>
    <name>RestoredPanel</name>
    <message>
        <source>This vault was restored from a backup, and HQ&apos;s acknowledgement has not been imported since</source>
        <translation>Ši saugykla atkurta iš atsarginės kopijos, ir nuo to laiko centrinės institucijos gavimo patvirtinimas nebuvo importuotas</translation>
    </message>
    <message>
        <source>Packets exported after the backup are at HQ but not in this vault: the next packet would repeat their numbers, and HQ would set it aside as a fork instead of importing it.</source>
        <translation>Po atsarginės kopijos eksportuoti paketai yra centrinėje institucijoje, bet ne šioje saugykloje: kitas paketas pakartotų jų numerius, ir centrinė institucija, užuot jį importavusi, atidėtų jį kaip išsišakojimą.</translation>
    </message>
    <message>
        <source>The safe way: import HQ&apos;s newest acknowledgement (the button below, or Post &gt; Import acknowledgement… in the main window), then export.</source>
        <translation>Saugus būdas: importuokite naujausią centrinės institucijos gavimo patvirtinimą (mygtukas žemiau arba pagrindiniame lange Postas &gt; Importuoti gavimo patvirtinimą…), tada eksportuokite.</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s acknowledgement…</source>
        <translation>&amp;Importuoti gavimo patvirtinimą…</translation>
    </message>
    <message>
        <source>HQ has &amp;confirmed it received nothing newer — export anyway</source>
        <translation>Centrinė institucija &amp;patvirtino, kad nieko naujesnio negavo, – vis tiek eksportuoti</translation>
    </message>
    <message>
        <source>Off: the export waits for HQ&apos;s acknowledgement</source>
        <translation>Nepažymėta: eksportas laukia centrinės institucijos gavimo patvirtinimo</translation>
    </message>
    <message>
        <source>Restored on %1 from a backup made on %2.</source>
        <translation>Atkurta %1 iš atsarginės kopijos, padarytos %2.</translation>
    </message>
    <message>
        <source>Restored from a backup.</source>
        <translation>Atkurta iš atsarginės kopijos.</translation>
    </message>
    <message>
        <source>The last packet this vault knows it sent is number %1.</source>
        <translation>Paskutinis paketas, kurio išsiuntimą žino ši saugykla, – Nr. %1.</translation>
    </message>
    <message>
        <source>This vault knows of no packet sent from this post.</source>
        <translation>Šiai saugyklai nežinomas nė vienas iš šio posto išsiųstas paketas.</translation>
    </message>
    <message>
        <source>Tick only once HQ has confirmed, by telephone or in writing, that it has received no packet from this post after packet %1. The audit log records the tick with the export.</source>
        <translation>Pažymėkite tik tada, kai centrinė institucija telefonu arba raštu patvirtins, kad po paketo Nr. %1 iš šio posto negavo nė vieno paketo. Žymė įrašoma į audito žurnalą kartu su eksportu.</translation>
    </message>
    <message>
        <source>Tick only once HQ has confirmed, by telephone or in writing, that it has received no packet from this post. The audit log records the tick with the export.</source>
        <translation>Pažymėkite tik tada, kai centrinė institucija telefonu arba raštu patvirtins, kad iš šio posto negavo nė vieno paketo. Žymė įrašoma į audito žurnalą kartu su eksportu.</translation>
    </message>
    <message>
        <source>Only a supervisor may export or tick this: ask your post&apos;s shift supervisor.</source>
        <translation>Eksportuoti ar tai pažymėti gali tik pamainos vadovas: kreipkitės į savo posto pamainos vadovą.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Saugojimo terminai</translation>
    </message>
    <message>
        <source>Records whose next review has come or whose kept-until date has passed, as of today. At a review you may keep a record longer, with a reason. The purge removes for good the records past their time that HQ has acknowledged or that were withdrawn; a record on legal hold is never purged.</source>
        <translation>Įrašai, kurių kita peržiūra jau atėjo arba kurių saugojimo terminas šiandien jau pasibaigęs. Peržiūros metu įrašą galima saugoti ilgiau, nurodžius priežastį. Sunaikinimas visam laikui pašalina įrašus, kurių terminas pasibaigęs ir kuriuos centrinė institucija patvirtino arba kurie atšaukti; įrašas, kurį draudžiama sunaikinti, niekada nesunaikinamas.</translation>
    </message>
    <message>
        <source>Records due for review or purge</source>
        <translation>Peržiūrėtini arba sunaikintini įrašai</translation>
    </message>
    <message>
        <source>&amp;Keep longer…</source>
        <translation>Saugoti &amp;ilgiau…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge %n record(s)…</source>
        <translation>
            <numerusform>&amp;Sunaikinti %n įrašą…</numerusform>
            <numerusform>&amp;Sunaikinti %n įrašus…</numerusform>
            <numerusform>&amp;Sunaikinti %n įrašų…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due, %1 of them to be purged.</source>
        <translation>
            <numerusform>Terminas atėjo %n įrašui, iš jų sunaikintini: %1.</numerusform>
            <numerusform>Terminas atėjo %n įrašams, iš jų sunaikintini: %1.</numerusform>
            <numerusform>Terminas atėjo %n įrašų, iš jų sunaikintini: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for review or purge today.</source>
        <translation>Šiandien nėra ką peržiūrėti ar sunaikinti.</translation>
    </message>
    <message>
        <source>Kept longer: until %1.</source>
        <translation>Saugoma ilgiau: iki %1.</translation>
    </message>
    <message>
        <source>Purge records</source>
        <translation>Įrašų sunaikinimas</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n record(s) for good?</source>
        <translation>
            <numerusform>Sunaikinti %n įrašą visam laikui?</numerusform>
            <numerusform>Sunaikinti %n įrašus visam laikui?</numerusform>
            <numerusform>Sunaikinti %n įrašų visam laikui?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: every version of each record, its search entry and its attachments are removed and the freed space in the vault is overwritten. What stays is a note that the record existed and when it was purged (no name, no content), and an entry in the audit log. The note travels to HQ with the next export.</source>
        <translation>To atšaukti negalima: pašalinamos visos kiekvieno įrašo versijos, jo paieškos įrašas ir priedai, o saugykloje atsilaisvinusi vieta perrašoma. Lieka žymė, kad įrašas buvo ir kada jis sunaikintas (be vardų, be turinio), ir įrašas audito žurnale. Žymė nukeliauja centrinei institucijai su kitu eksportu.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Sunaikinti</translation>
    </message>
    <message>
        <source>Purging and overwriting the freed space in the vault… This can take a while; you may go on working.</source>
        <translation>Įrašai naikinami, saugykloje atsilaisvinusi vieta perrašoma… Tai gali užtrukti; galite dirbti toliau.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged. The notes that they existed go to HQ with the next export.</source>
        <translation>
            <numerusform>Sunaikintas %n įrašas. Žymės, kad jie buvo, nukeliaus centrinei institucijai su kitu eksportu.</numerusform>
            <numerusform>Sunaikinti %n įrašai. Žymės, kad jie buvo, nukeliaus centrinei institucijai su kitu eksportu.</numerusform>
            <numerusform>Sunaikinta %n įrašų. Žymės, kad jie buvo, nukeliaus centrinei institucijai su kitu eksportu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Įvyko</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Saugoma iki</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Kita peržiūra</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>to be purged</source>
        <translation>bus sunaikintas</translation>
    </message>
    <message>
        <source>past its time, waits for HQ&apos;s acknowledgement</source>
        <translation>terminas pasibaigęs, laukiama centrinės institucijos patvirtinimo</translation>
    </message>
    <message>
        <source>on legal hold</source>
        <translation>draudžiama sunaikinti</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>laikas peržiūrėti</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Send back to the author</source>
        <translation>Grąžinti autoriui</translation>
    </message>
    <message>
        <source>What should the author change? (required)</source>
        <translation>Ką autorius turėtų pakeisti? (privaloma)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>Atšaukti įrašą</translation>
    </message>
    <message>
        <source>Why is this record withdrawn? It is kept, marked withdrawn, and the withdrawal travels to HQ. (required)</source>
        <translation>Kodėl šis įrašas atšaukiamas? Jis išsaugomas, pažymimas kaip atšauktas, o atšaukimas perduodamas centrinei institucijai. (privaloma)</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>Pat&amp;virtinti</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>Grąži&amp;nti…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Atša&amp;ukti…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (%2 str.)</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>%1 versija · %2</translation>
    </message>
    <message>
        <source>written by %1, %2</source>
        <translation>parašė %1, %2</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>patvirtino %1</translation>
    </message>
    <message>
        <source>qualifies for exchange</source>
        <translation>tinka keistis</translation>
    </message>
    <message>
        <source>does not qualify for exchange</source>
        <translation>netinka keistis</translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>Grąžino %1 (%2): %3</translation>
    </message>
    <message>
        <source>A correction: the changes against the approved version are highlighted.</source>
        <translation>Pataisa: pakeitimai, palyginti su patvirtinta versija, paryškinti.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Approve se&amp;lected</source>
        <translation>Pa&amp;tvirtinti pažymėtus</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Atnau&amp;jinti</translation>
    </message>
    <message>
        <source>Drafts waiting for review</source>
        <translation>Peržiūros laukiantys juodraščiai</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting, newest change first</source>
        <translation>
            <numerusform>Laukia %n juodraštis, naujausi pakeitimai pirmiau</numerusform>
            <numerusform>Laukia %n juodraščiai, naujausi pakeitimai pirmiau</numerusform>
            <numerusform>Laukia %n juodraščių, naujausi pakeitimai pirmiau</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a draft on the left to review it.</source>
        <translation>Kairėje pasirinkite juodraštį, kurį norite peržiūrėti.</translation>
    </message>
    <message>
        <source>No draft is waiting for review.</source>
        <translation>Peržiūros nelaukia nė vienas juodraštis.</translation>
    </message>
</context>
<context>
    <name>RewritePanel</name>
    <message>
        <source>&amp;Stop writing</source>
        <translation>Sta&amp;bdyti įrašymą</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Į&amp;rašyti dar kartą</translation>
    </message>
    <message>
        <source>Progress of the writing</source>
        <translation>Įrašymo eiga</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Tai gali atlikti tik pamainos vadovas</translation>
    </message>
    <message>
        <source>Write the selected packet again</source>
        <translation>Įrašyti pasirinktą paketą dar kartą</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n selected packet(s) again, one after another</source>
        <translation>
            <numerusform>Įrašyti dar kartą %n pasirinktą paketą, vieną po kito</numerusform>
            <numerusform>Įrašyti dar kartą %n pasirinktus paketus, vieną po kito</numerusform>
            <numerusform>Įrašyti dar kartą %n pasirinktų paketų, vieną po kito</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the &amp;transmittal sheets…</source>
        <translation>&amp;Spausdinti perdavimo ir priėmimo aktus…</translation>
    </message>
    <message>
        <source>Print the &amp;transmittal sheet…</source>
        <translation>&amp;Spausdinti perdavimo ir priėmimo aktą…</translation>
    </message>
    <message>
        <source>The stick may be too small: packet %1 takes %2 and it has %3 free.</source>
        <translation>Atmintinė gali būti per maža: paketas %1 užima %2, o joje laisva %3.</translation>
    </message>
    <message>
        <source>The stick may be too small: packet(s) %1 take %2 together and it has %3 free.</source>
        <translation>Atmintinė gali būti per maža: paketai %1 kartu užima %2, o joje laisva %3.</translation>
    </message>
    <message>
        <source>Stopping… the stick is being cleaned up.</source>
        <translation>Stabdoma… atmintinė tvarkoma.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2</source>
        <translation>Įrašoma: %1 iš %2</translation>
    </message>
    <message>
        <source>Reading the packet back from the stick and checking it…</source>
        <translation>Paketas perskaitomas iš atmintinės ir tikrinamas…</translation>
    </message>
    <message>
        <source>Reading the copy of packet %1 kept in the vault…</source>
        <translation>Skaitoma saugykloje laikoma paketo %1 kopija…</translation>
    </message>
    <message>
        <source>Packet %1 (%2 of %3). %4</source>
        <translation>Paketas %1 (%2 iš %3). %4</translation>
    </message>
    <message>
        <source>Only a supervisor can write a packet again.</source>
        <translation>Paketą dar kartą įrašyti gali tik pamainos vadovas.</translation>
    </message>
    <message>
        <source>Packet %1 is written again to %2, with its original contents.</source>
        <translation>Paketas %1 dar kartą įrašytas į %2 su pradiniu turiniu.</translation>
    </message>
    <message>
        <source>Read again from the stick (%1): the signature verified, the contents decrypted, the SHA-256 is the same.</source>
        <translation>Dar kartą perskaityta iš atmintinės (%1): parašas patikrintas, turinys iššifruotas, SHA-256 toks pat.</translation>
    </message>
    <message>
        <source>Verified while writing; the stick could not be read again just now.</source>
        <translation>Patikrinta įrašant; atmintinės ką tik dar kartą perskaityti nepavyko.</translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheet.</source>
        <translation>Atmintinę perduokite kartu su išspausdintu perdavimo ir priėmimo aktu.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written again to %1, with their original contents.</source>
        <translation>
            <numerusform>%n paketas dar kartą įrašytas į %1 su pradiniu turiniu.</numerusform>
            <numerusform>%n paketai dar kartą įrašyti į %1 su pradiniu turiniu.</numerusform>
            <numerusform>%n paketų dar kartą įrašyta į %1 su pradiniu turiniu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheets, one for each packet.</source>
        <translation>Atmintinę perduokite kartu su išspausdintais perdavimo ir priėmimo aktais, po vieną kiekvienam paketui.</translation>
    </message>
    <message>
        <source>Writing was stopped.</source>
        <translation>Įrašymas sustabdytas.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 packets were written again to %3.</source>
        <translation>Tik %1 iš %2 paketų dar kartą įrašyti į %3.</translation>
    </message>
    <message>
        <source>No packet was written again.</source>
        <translation>Nė vienas paketas nebuvo įrašytas dar kartą.</translation>
    </message>
    <message>
        <source>Those written are on the stick and checked: hand them over with their transmittal sheets.</source>
        <translation>Įrašytieji yra atmintinėje ir patikrinti: perduokite juos kartu su jų perdavimo ir priėmimo aktais.</translation>
    </message>
    <message>
        <source>Packet %1: written again, read back from the stick and checked (%2).</source>
        <translation>Paketas %1: įrašytas dar kartą, perskaitytas iš atmintinės ir patikrintas (%2).</translation>
    </message>
    <message>
        <source>Packet %1: written again and verified while writing; the stick could not be read again just now.</source>
        <translation>Paketas %1: įrašytas dar kartą ir patikrintas įrašant; atmintinės ką tik dar kartą perskaityti nepavyko.</translation>
    </message>
    <message>
        <source>Packet %1: not written. %2</source>
        <translation>Paketas %1: neįrašytas. %2</translation>
    </message>
    <message>
        <source>Packet %1: not written: the writing was stopped before it.</source>
        <translation>Paketas %1: neįrašytas: įrašymas sustabdytas prieš jį.</translation>
    </message>
    <message>
        <source>Packet %1: not written: the writing ended at the refusal above.</source>
        <translation>Paketas %1: neįrašytas: įrašymas baigėsi ties aukščiau nurodytu atsisakymu.</translation>
    </message>
    <message>
        <source>Nothing changed in the vault: it keeps packet %1 until HQ acknowledges it.</source>
        <translation>Saugykloje niekas nepasikeitė: ji laiko paketą %1, kol centrinė institucija jį patvirtins.</translation>
    </message>
    <message>
        <source>Nothing changed in the vault for packet(s) %1: it keeps them until HQ acknowledges them.</source>
        <translation>Saugykloje niekas nepasikeitė dėl paketo (-ų) %1: ji laiko juos, kol centrinė institucija juos patvirtins.</translation>
    </message>
    <message>
        <source>Check the stick (plugged in, not locked, enough free space) and write again, or choose another one.</source>
        <translation>Patikrinkite atmintinę (ar prijungta, ar neužrakinta, ar pakanka vietos) ir įrašykite dar kartą arba pasirinkite kitą.</translation>
    </message>
    <message>
        <source>%1: packet %2 (%3 of %4)</source>
        <translation>%1: paketas %2 (%3 iš %4)</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Write the files again</source>
        <translation>Įrašyti failus dar kartą</translation>
    </message>
    <message>
        <source>The rotation statement and the new public keys file of the last key change are written again, the same as before: no new keys are made. Choose the stick or folder.</source>
        <translation>Paskutinio raktų keitimo pareiškimas ir naujas viešųjų raktų failas įrašomi dar kartą, tokie patys kaip anksčiau: nauji raktai nekuriami. Pasirinkite atmintinę arba aplanką.</translation>
    </message>
    <message>
        <source>&amp;Write the files again</source>
        <translation>Įrašyti failus &amp;dar kartą</translation>
    </message>
    <message>
        <source>Renew HQ&apos;s keys</source>
        <translation>Atnaujinti centrinės institucijos raktus</translation>
    </message>
    <message>
        <source>Re&amp;new HQ&apos;s keys</source>
        <translation>Atnaujinti centrinės institucijos &amp;raktus</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Sukurti naujus raktus</translation>
    </message>
    <message>
        <source>New keys replace HQ&apos;s keys. The old ones stay in the vault only to read what was sent to them; from now on acknowledgements, reference data and letters are signed with the new ones. Two files are written to the stick or folder you choose:</source>
        <translation>Nauji raktai pakeičia centrinės institucijos raktus. Senieji lieka saugykloje tik tam, kad būtų galima perskaityti tai, kas jiems buvo išsiųsta; nuo šiol patvirtinimai, informaciniai duomenys ir raštai pasirašomi naujaisiais. Į pasirinktą atmintinę ar aplanką įrašomi du failai:</translation>
    </message>
    <message>
        <source>• The rotation statement is for the partner&apos;s central authority: the old keys vouch for the new ones, so it needs no paper.</source>
        <translation>• Rakto keitimo pareiškimas skirtas partnerio centrinei institucijai: senieji raktai laiduoja už naujuosius, todėl popieriaus nereikia.</translation>
    </message>
    <message>
        <source>• The new keys file is for HQ&apos;s posts: each post takes it only after comparing the fingerprint with the printed keys sheet. Until then a post refuses what HQ signs with the new keys.</source>
        <translation>• Naujas raktų failas skirtas centrinės institucijos postams: kiekvienas postas jį priima tik palyginęs atspaudą su išspausdintu raktų lapu. Iki tol postas atmeta tai, ką centrinė institucija pasirašo naujais raktais.</translation>
    </message>
    <message>
        <source>If HQ&apos;s keys were stolen, the partner revokes the old ones and refuses the statement, on purpose: give it the new keys file and the printed keys sheet too, to compare on paper.</source>
        <translation>Jei centrinės institucijos raktai pavogti, partneris senuosius atšaukia ir pareiškimą atmeta tyčia: perduokite jam ir naują raktų failą su išspausdintu raktų lapu, kad palygintų popieriuje.</translation>
    </message>
    <message>
        <source>New keys replace this post&apos;s keys. The old ones stay in the vault only to read what was sent to them; from now on packets are signed with the new ones. Two files are written to the stick or folder you choose:</source>
        <translation>Nauji raktai pakeičia šio posto raktus. Senieji lieka saugykloje tik tam, kad būtų galima perskaityti tai, kas jiems buvo išsiųsta; nuo šiol paketai pasirašomi naujaisiais. Į pasirinktą atmintinę ar aplanką įrašomi du failai:</translation>
    </message>
    <message>
        <source>• A routine change: HQ takes the rotation statement. The old keys vouch for the new ones, so no paper is needed.</source>
        <translation>• Įprastas keitimas: centrinė institucija priima rakto keitimo pareiškimą. Senieji raktai laiduoja už naujuosius, todėl popieriaus nereikia.</translation>
    </message>
    <message>
        <source>• After the laptop or the keys were lost or stolen, HQ has revoked the old keys and refuses the rotation statement, on purpose: a thief could sign one too. HQ then needs the new enrollment file AND the printed enrollment sheet, and compares the fingerprint on paper.</source>
        <translation>• Jei nešiojamasis kompiuteris ar raktai buvo prarasti ar pavogti, centrinė institucija senuosius raktus jau atšaukė ir rakto keitimo pareiškimą atmeta tyčia: vagis irgi galėtų jį pasirašyti. Tada centrinei institucijai reikia naujo registravimo failo IR išspausdinto registravimo lapo, o atspaudą ji palygina popieriuje.</translation>
    </message>
    <message>
        <source>&amp;Make new keys</source>
        <translation>&amp;Sukurti naujus raktus</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Įrašyta į:</translation>
    </message>
    <message>
        <source>Rotation statement:</source>
        <translation>Rakto keitimo pareiškimas:</translation>
    </message>
    <message>
        <source>New keys file:</source>
        <translation>Naujas raktų failas:</translation>
    </message>
    <message>
        <source>New enrollment file:</source>
        <translation>Naujas registravimo failas:</translation>
    </message>
    <message>
        <source>Old fingerprint:</source>
        <translation>Senas atspaudas:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Naujas atspaudas:</translation>
    </message>
    <message>
        <source>Old fingerprint</source>
        <translation>Senas atspaudas</translation>
    </message>
    <message>
        <source>New fingerprint</source>
        <translation>Naujas atspaudas</translation>
    </message>
    <message>
        <source>Give the rotation statement to the partner&apos;s central authority: it takes it in Exchange &gt; Partner keys. Send the new keys file to HQ&apos;s posts with the printed keys sheet: each post imports it in Admin &gt; Keys and fingerprints after comparing the fingerprint on paper.</source>
        <translation>Rakto keitimo pareiškimą perduokite partnerio centrinei institucijai: ji jį priima per Keitimasis &gt; Partnerio raktai. Naują raktų failą su išspausdintu raktų lapu išsiųskite centrinės institucijos postams: kiekvienas postas, palyginęs atspaudą popieriuje, jį importuoja per Administravimas &gt; Raktai ir atspaudai.</translation>
    </message>
    <message>
        <source>A routine change: give HQ the rotation statement. If HQ has revoked the old keys: give HQ the new enrollment file and the printed enrollment sheet.</source>
        <translation>Įprastas keitimas: perduokite centrinei institucijai rakto keitimo pareiškimą. Jei centrinė institucija senuosius raktus atšaukė: perduokite jai naują registravimo failą ir išspausdintą registravimo lapą.</translation>
    </message>
    <message>
        <source>Print the &amp;keys sheet…</source>
        <translation>Spausdinti raktų &amp;lapą…</translation>
    </message>
    <message>
        <source>&amp;Print the enrollment sheet…</source>
        <translation>S&amp;pausdinti registravimo lapą…</translation>
    </message>
    <message>
        <source>Where the files are written</source>
        <translation>Kur įrašomi failai</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Įrašomi failai…</translation>
    </message>
    <message>
        <source>Making the new keys and writing the files…</source>
        <translation>Kuriami nauji raktai ir įrašomi failai…</translation>
    </message>
    <message>
        <source>The files are written again.</source>
        <translation>Failai įrašyti dar kartą.</translation>
    </message>
    <message>
        <source>The new keys are made and the files written.</source>
        <translation>Nauji raktai sukurti, failai įrašyti.</translation>
    </message>
    <message>
        <source>The new keys are made and the old ones retired, but the files were not written: %1
Choose another stick or folder and press Write the files again.</source>
        <translation>Nauji raktai sukurti, o senieji nebenaudojami, bet failai neįrašyti: %1
Pasirinkite kitą atmintinę arba aplanką ir spauskite „Įrašyti failus dar kartą“.</translation>
    </message>
    <message>
        <source>Nothing was changed: the keys are as they were.</source>
        <translation>Niekas nepakeista: raktai liko tokie patys.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Make new keys for HQ %1 now?</source>
        <translation>Sukurti naujus raktus centrinei institucijai %1 dabar?</translation>
    </message>
    <message>
        <source>Make new keys for post %1 now?</source>
        <translation>Sukurti naujus raktus postui %1 dabar?</translation>
    </message>
    <message>
        <source>The old keys are retired: this cannot be undone. The partner and the posts need the new files before they accept what HQ signs.</source>
        <translation>Senieji raktai nebenaudojami: to atšaukti negalima. Partneris ir postai turi gauti naujus failus, kad priimtų tai, ką pasirašo centrinė institucija.</translation>
    </message>
    <message>
        <source>The old keys are retired: this cannot be undone. HQ refuses new packets until it has the new files.</source>
        <translation>Senieji raktai nebenaudojami: to atšaukti negalima. Kol centrinė institucija negaus naujų failų, ji atmes naujus paketus.</translation>
    </message>
</context>
<context>
    <name>RotationButtons</name>
    <message>
        <source>Rene&amp;w HQ&apos;s keys…</source>
        <translation>A&amp;tnaujinti centrinės institucijos raktus…</translation>
    </message>
    <message>
        <source>Make new &amp;keys…</source>
        <translation>Sukurti &amp;naujus raktus…</translation>
    </message>
    <message>
        <source>Write the files &amp;again…</source>
        <translation>Įrašyti failus &amp;dar kartą…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Tai gali atlikti tik pamainos vadovas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>&amp;Užrakinti po neveiklumo:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Four-eyes approval:</source>
        <translation>Keturių akių &amp;tvirtinimas:</translation>
    </message>
    <message>
        <source>Switch four-eyes approval off?</source>
        <translation>Išjungti keturių akių tvirtinimą?</translation>
    </message>
    <message>
        <source>Switch four-eyes approval off for everyone using this vault?</source>
        <translation>Išjungti keturių akių tvirtinimą visiems šios saugyklos naudotojams?</translation>
    </message>
    <message>
        <source>Only where this vault truly has one supervisor: each supervisor may then approve what they wrote themselves. The change is written in the audit log. Switch it on again as soon as there is a second supervisor.</source>
        <translation>Tik jei šioje saugykloje iš tiesų yra vienas pamainos vadovas: tada kiekvienas pamainos vadovas galės tvirtinti tai, ką parašė pats. Pakeitimas įrašomas į audito žurnalą. Vėl įjunkite, kai tik atsiras antras pamainos vadovas.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Išjungti</translation>
    </message>
    <message>
        <source>on</source>
        <translation>įjungta</translation>
    </message>
    <message>
        <source>The language applies to this computer at once. The idle lock, four-eyes approval and the names printed on documents apply to everyone using this vault.</source>
        <translation>Kalba šiame kompiuteryje taikoma iš karto. Užrakinimas po neveiklumo, keturių akių tvirtinimas ir dokumentuose spausdinami pavadinimai taikomi visiems šios saugyklos naudotojams.</translation>
    </message>
    <message>
        <source>The language applies to this computer at once. Only a supervisor can change the idle lock, four-eyes approval and the names printed on documents.</source>
        <translation>Kalba šiame kompiuteryje taikoma iš karto. Užrakinimą po neveiklumo, keturių akių tvirtinimą ir dokumentuose spausdinamus pavadinimus gali keisti tik pamainos vadovas.</translation>
    </message>
    <message>
        <source>Four-eyes approval is on: a supervisor cannot approve a version they wrote.</source>
        <translation>Keturių akių tvirtinimas įjungtas: pamainos vadovas negali patvirtinti savo parašytos versijos.</translation>
    </message>
    <message>
        <source>Four-eyes approval is off: a supervisor may approve their own records.</source>
        <translation>Keturių akių tvirtinimas išjungtas: pamainos vadovas gali tvirtinti savo įrašus.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Neveiklumo minutės iki saugyklos užrakinimo</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Shekara — first start</source>
        <translation>Shekara — pirmasis paleidimas</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>Suk&amp;urti saugyklą</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Atk&amp;urti iš atsarginės kopijos…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with the partner</source>
        <translation>Perdavimas partneriui</translation>
    </message>
    <message>
        <source>Candidates and the notice</source>
        <translation>Kandidatai ir pranešimas</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Išsiųsti raštai</translation>
    </message>
    <message>
        <source>Candidates: qualify and not sent, or changed since sent</source>
        <translation>Kandidatai: atitinka ir neišsiųsti arba pasikeitę po išsiuntimo</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidatai</translation>
    </message>
    <message>
        <source>The notice being prepared</source>
        <translation>Rengiamas pranešimas</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <source>What leaves (the selected item)</source>
        <translation>Kas išsiunčiama (pasirinktas elementas)</translation>
    </message>
    <message>
        <source>What leaves</source>
        <translation>Kas išsiunčiama</translation>
    </message>
    <message>
        <source>&amp;Add to the notice</source>
        <translation>&amp;Įtraukti į pranešimą</translation>
    </message>
    <message>
        <source>Re&amp;move from the notice</source>
        <translation>&amp;Pašalinti iš pranešimo</translation>
    </message>
    <message>
        <source>&amp;Include a person…</source>
        <translation>Įtraukti &amp;asmenį…</translation>
    </message>
    <message>
        <source>A&amp;pprove the notice</source>
        <translation>Pat&amp;virtinti pranešimą</translation>
    </message>
    <message>
        <source>&amp;Send to a stick…</source>
        <translation>&amp;Siųsti į USB atmintinę…</translation>
    </message>
    <message>
        <source>&amp;Write again…</source>
        <translation>Įrašyti iš &amp;naujo…</translation>
    </message>
    <message>
        <source>&amp;Print the covering letter…</source>
        <translation>&amp;Spausdinti lydraštį…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Tai gali atlikti tik pamainos vadovas</translation>
    </message>
    <message>
        <source>The notice is empty: add candidates to it.</source>
        <translation>Pranešimas tuščias: įtraukite į jį kandidatų.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve the notice.</source>
        <translation>Pranešimą gali patvirtinti tik pamainos vadovas.</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>Pranešimas tuščias.</translation>
    </message>
    <message>
        <source>Approved by %1: ready to send.</source>
        <translation>Patvirtino %1: paruošta siųsti.</translation>
    </message>
    <message>
        <source>You added items to this notice: another supervisor must approve it (four-eyes rule).</source>
        <translation>Jūs įtraukėte elementų į šį pranešimą: jį turi patvirtinti kitas pamainos vadovas (keturių akių taisyklė).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the notice.</source>
        <translation>
            <numerusform>Pranešime %n elementas.</numerusform>
            <numerusform>Pranešime %n elementai.</numerusform>
            <numerusform>Pranešime %n elementų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n request(s), answer(s) or refusal(s) from the register.</source>
        <translation>
            <numerusform>Su %n prašymu, atsakymu ar atsisakymu iš registro.</numerusform>
            <numerusform>Su %n prašymais, atsakymais ar atsisakymais iš registro.</numerusform>
            <numerusform>Su %n prašymų, atsakymų ar atsisakymų iš registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n follow-up question(s) on requests.</source>
        <translation>
            <numerusform>Su %n papildomu klausimu dėl prašymų.</numerusform>
            <numerusform>Su %n papildomais klausimais dėl prašymų.</numerusform>
            <numerusform>Su %n papildomų klausimų dėl prašymų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n withdrawal(s) of our requests.</source>
        <translation>
            <numerusform>Su %n mūsų prašymo atšaukimu.</numerusform>
            <numerusform>Su %n mūsų prašymų atšaukimais.</numerusform>
            <numerusform>Su %n mūsų prašymų atšaukimų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Dar nepatvirtinta.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) put on the notice.</source>
        <translation>
            <numerusform>Į pranešimą įtrauktas %n įrašas.</numerusform>
            <numerusform>Į pranešimą įtraukti %n įrašai.</numerusform>
            <numerusform>Į pranešimą įtraukta %n įrašų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from the notice.</source>
        <translation>Pašalinta iš pranešimo.</translation>
    </message>
    <message>
        <source>The person is included; the reason is kept in the register.</source>
        <translation>Asmuo įtrauktas; priežastis saugoma registre.</translation>
    </message>
    <message>
        <source>The notice is approved: it can be sent.</source>
        <translation>Pranešimas patvirtintas: jį galima siųsti.</translation>
    </message>
    <message>
        <source>Letter %1 is written: %2</source>
        <translation>Raštas %1 įrašytas: %2</translation>
    </message>
    <message>
        <source>Written again: %1</source>
        <translation>Įrašyta iš naujo: %1</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>%1 (Art. 10.2)</source>
        <translation>%1 (Susitarimo 10 str. 2 d.)</translation>
    </message>
    <message>
        <source>%1 — %2, citizenship %3</source>
        <translation>%1 — %2, pilietybė %3</translation>
    </message>
    <message>
        <source>A correction: only the record&apos;s id, version and the reason leave. The partner must withdraw or destroy what it received.</source>
        <translation>Pataisa: išsiunčiami tik įrašo identifikatorius, versija ir priežastis. Partneris turi atšaukti arba sunaikinti tai, ką gavo.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL (Art. 10.1): for the Agreement&apos;s purposes only.</source>
        <translation>KONFIDENCIALU (Susitarimo 10 str. 1 d.): tik Susitarimo tikslais.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Rūšis: %1</translation>
    </message>
    <message>
        <source>Narrative: %1</source>
        <translation>Aprašymas: %1</translation>
    </message>
    <message>
        <source>Never leaves: who wrote or approved the record, attachments, links to records the partner never received, internal fields.</source>
        <translation>Niekada neišsiunčiama: kas įrašą parašė ar patvirtino, priedai, nuorodos į partnerio negautus įrašus, vidiniai laukai.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Pastaba: %1</translation>
    </message>
    <message>
        <source>Occurred: %1</source>
        <translation>Įvyko: %1</translation>
    </message>
    <message numerus="yes">
        <source>Persons sent (%n):</source>
        <translation>
            <numerusform>Perduodami asmenys (%n):</numerusform>
            <numerusform>Perduodami asmenys (%n):</numerusform>
            <numerusform>Perduodami asmenys (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Persons withheld — they stay home (%n):</source>
        <translation>
            <numerusform>Neperduodami asmenys — jie lieka pas mus (%n):</numerusform>
            <numerusform>Neperduodami asmenys — jie lieka pas mus (%n):</numerusform>
            <numerusform>Neperduodami asmenys — jie lieka pas mus (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Vieta: %1</translation>
    </message>
    <message>
        <source>Record %1, version %2 — Art. %3 — %4</source>
        <translation>Įrašas %1, versija %2 — Susitarimo %3 str. — %4</translation>
    </message>
    <message>
        <source>Under a legal hold: never purged while it is set.</source>
        <translation>Draudžiama sunaikinti: kol draudimas galioja, niekada nesunaikinama.</translation>
    </message>
    <message>
        <source>WHAT LEAVES FOR THE PARTNER</source>
        <translation>KAS IŠSIUNČIAMA PARTNERIUI</translation>
    </message>
    <message>
        <source>included by hand: %1</source>
        <translation>įtrauktas rankiniu būdu: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>none: the fact leaves without a person</source>
        <translation>nėra: faktas išsiunčiamas be asmenų</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
</context>
<context>
    <name>SheetCheckDialog</name>
    <message>
        <source>Check against the transmittal sheets</source>
        <translation>Tikrinimas pagal perdavimo ir priėmimo aktus</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Pridėti &amp;failus…</translation>
    </message>
    <message>
        <source>Add a whole f&amp;older or stick…</source>
        <translation>Pridėti visą &amp;aplanką ar atmintinę…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stabdyti</translation>
    </message>
    <message>
        <source>Packet files and their SHA-256</source>
        <translation>Paketų failai ir jų SHA-256</translation>
    </message>
    <message>
        <source>The SHA-256 of this file &amp;matches its sheet</source>
        <translation>Šio failo SHA-256 sutampa su &amp;jo aktu</translation>
    </message>
    <message>
        <source>Text of the &amp;QR code on the sheet:</source>
        <translation>Akto &amp;QR kodo tekstas:</translation>
    </message>
    <message>
        <source>Text of the QR code on the sheet</source>
        <translation>Akto QR kodo tekstas</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Tikrinti</translation>
    </message>
    <message>
        <source>&amp;Import the ticked files</source>
        <translation>&amp;Importuoti pažymėtus failus</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Paketų failai</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Shekara paketai (*.shk);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Folder or stick with packets</source>
        <translation>Aplankas ar atmintinė su paketais</translation>
    </message>
    <message>
        <source>No records packet (…-records-….shk) in %1.</source>
        <translation>Aplanke %1 nėra įrašų paketų (…-records-….shk).</translation>
    </message>
    <message>
        <source>This is the QR code of another document (%1), not of a Packet transmittal sheet.</source>
        <translation>Tai kito dokumento (%1) QR kodas, o ne „Paketo perdavimo ir priėmimo akto“.</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1…</source>
        <translation>Skaičiuojamas %1 SHA-256…</translation>
    </message>
    <message>
        <source>No file listed yet: add the packet files, or the whole stick.</source>
        <translation>Kol kas nėra nė vieno failo: pridėkite paketų failus arba visą atmintinę.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the SHA-256 of %n file(s) was not computed; add them again to compute it.</source>
        <translation>
            <numerusform>Sustabdyta: neapskaičiuotas %n failo SHA-256; norėdami jį apskaičiuoti, pridėkite failą dar kartą.</numerusform>
            <numerusform>Sustabdyta: neapskaičiuoti %n failų SHA-256; norėdami juos apskaičiuoti, pridėkite failus dar kartą.</numerusform>
            <numerusform>Sustabdyta: neapskaičiuoti %n failų SHA-256; norėdami juos apskaičiuoti, pridėkite failus dar kartą.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) ticked as matching their sheet.</source>
        <translation>
            <numerusform>Pažymėta kaip atitinkantys savo aktą: %1 iš %n failo.</numerusform>
            <numerusform>Pažymėta kaip atitinkantys savo aktą: %1 iš %n failų.</numerusform>
            <numerusform>Pažymėta kaip atitinkantys savo aktą: %1 iš %n failų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in the list to see its SHA-256 here in large type.</source>
        <translation>Pasirinkite failą sąraše, kad jo SHA-256 būtų parodytas čia stambiu šriftu.</translation>
    </message>
    <message>
        <source>SHA-256 of %1, as the sheet prints it:</source>
        <translation>%1 SHA-256, kaip išspausdinta akte:</translation>
    </message>
    <message>
        <source>Waiting for the SHA-256 of every file…</source>
        <translation>Laukiama visų failų SHA-256…</translation>
    </message>
    <message>
        <source>Add the packet files of the stick first.</source>
        <translation>Pirmiausia pridėkite atmintinės paketų failus.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 of each packet file with the post&apos;s signed Packet transmittal sheet, group by group, and tick the file when every group is the same; or scan the sheet&apos;s QR code, which finds and ticks its file.</source>
        <translation>Kiekvieno paketo failo SHA-256 grupė po grupės palyginkite su posto pasirašytu „Paketo perdavimo ir priėmimo aktu“ ir pažymėkite failą, kai visos grupės sutampa; arba nuskaitykite akto QR kodą – jis suras ir pažymės savo failą.</translation>
    </message>
    <message>
        <source>If a file does not match its sheet, do not accept the packet: sign nothing and ask the post to write it again.</source>
        <translation>Jei failas neatitinka savo akto, paketo nepriimkite: nieko nepasirašykite ir paprašykite posto įrašyti jį iš naujo.</translation>
    </message>
    <message>
        <source>Not every file&apos;s SHA-256 is computed: add the stopped files again.</source>
        <translation>Ne visų failų SHA-256 apskaičiuotas: sustabdytus failus pridėkite dar kartą.</translation>
    </message>
    <message>
        <source>The sheet matches %1.</source>
        <translation>Aktas atitinka %1.</translation>
    </message>
    <message>
        <source>Post %1, packet %2: the post, the number and the SHA-256 on the sheet are those of this file. It is ticked in the list.</source>
        <translation>Postas %1, paketas %2: akte nurodyti postas, numeris ir SHA-256 yra šio failo. Sąraše jis pažymėtas.</translation>
    </message>
    <message>
        <source>The sheet: post %1, packet %2.</source>
        <translation>Aktas: postas %1, paketas %2.</translation>
    </message>
    <message>
        <source>%1 is that packet, but its SHA-256 is not the one on the sheet: it was changed or damaged on the way.</source>
        <translation>%1 yra tas paketas, bet jo SHA-256 ne toks, kaip akte: pakeliui jis buvo pakeistas arba sugadintas.</translation>
    </message>
    <message>
        <source>%1 has this SHA-256, but not this post and number.</source>
        <translation>%1 turi šį SHA-256, bet ne šį postą ir numerį.</translation>
    </message>
    <message>
        <source>Do not accept the packet: sign nothing and ask the post to write it again.</source>
        <translation>Paketo nepriimkite: nieko nepasirašykite ir paprašykite posto įrašyti jį iš naujo.</translation>
    </message>
    <message>
        <source>No file here matches this sheet.</source>
        <translation>Nė vienas čia esantis failas neatitinka šio akto.</translation>
    </message>
</context>
<context>
    <name>SheetCheckTableModel</name>
    <message>
        <source>Matches the sheet</source>
        <translation>Atitinka aktą</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postas</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paketas</translation>
    </message>
    <message>
        <source>SHA-256, as on the sheet</source>
        <translation>SHA-256, kaip akte</translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation>skaičiuojama… %1 %</translation>
    </message>
    <message>
        <source>stopped: not computed</source>
        <translation>sustabdyta: neapskaičiuota</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>laukia</translation>
    </message>
    <message>
        <source>matches the sheet</source>
        <translation>atitinka aktą</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nepažymėta</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiniai duomenys</translation>
    </message>
    <message>
        <source>Counts of the records in force in a period, by kind, month, crossing point, citizenship, substance and outcome, with no names: the reference information of Art. 3.1.2, for the Joint Commission for example. Preview the PDF to print or save it, or save the counts as CSV for a spreadsheet.</source>
        <translation>Laikotarpio galiojančių įrašų skaičiai pagal rūšį, mėnesį, kontrolės punktą, pilietybę, medžiagą ir baigtį, be vardų: 3 straipsnio 1.2 punkto informacinė medžiaga, pavyzdžiui, Jungtinei komisijai. Peržiūrėkite PDF, kad jį atspausdintumėte ar išsaugotumėte, arba išsaugokite skaičius CSV formatu skaičiuoklei.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Nuo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Peržiūra…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Išsaugoti &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the statistics as CSV</source>
        <translation>Išsaugoti statistiką CSV formatu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <source>Counting and writing the CSV…</source>
        <translation>Skaičiuojama ir rašomas CSV…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Išsaugota: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>Pirmasis pamainos vadovas</translation>
    </message>
    <message>
        <source>The supervisor approves records, manages officers and keeps the vault&apos;s recovery key.</source>
        <translation>Pamainos vadovas tvirtina įrašus, tvarko pareigūnus ir saugo saugyklos atkūrimo raktą.</translation>
    </message>
    <message>
        <source>Choose a login (small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;) and a passphrase. A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Pasirinkite prisijungimo vardą (mažosios lotyniškos raidės, skaitmenys, „.“, „_“ arba „-“) ir slaptafrazę. Kelių žodžių sakinį lengva įsiminti ir sunku atspėti.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Prisijungimo vardas:</translation>
    </message>
    <message>
        <source>e.g. aigerim.s</source>
        <translation>pvz., rasa.p</translation>
    </message>
    <message>
        <source>Supervisor login</source>
        <translation>Pamainos vadovo prisijungimo vardas</translation>
    </message>
    <message>
        <source>Will be stored as: %1</source>
        <translation>Bus išsaugota taip: %1</translation>
    </message>
    <message>
        <source>Not allowed in a login: %1. Use small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Prisijungimo varde neleidžiama: %1. Naudokite mažąsias lotyniškas raides, skaitmenis, &apos;.&apos;, &apos;_&apos; arba &apos;-&apos;.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>tarpas</translation>
    </message>
    <message>
        <source>Choose a login of 2 to 32 characters, starting with a letter.</source>
        <translation>Pasirinkite 2–32 ženklų prisijungimo vardą, prasidedantį raide.</translation>
    </message>
</context>
<context>
    <name>TranslationColumns</name>
    <message numerus="yes">
        <source>A Russian translation is missing for %n field(s): the documents for the other Party will say so. A record written in Russian needs none.</source>
        <translation>
            <numerusform>Trūksta vertimo į rusų kalbą %n laukui: dokumentuose kitai Šaliai tai bus nurodyta. Rusiškai parašytam įrašui vertimo nereikia.</numerusform>
            <numerusform>Trūksta vertimo į rusų kalbą %n laukams: dokumentuose kitai Šaliai tai bus nurodyta. Rusiškai parašytam įrašui vertimo nereikia.</numerusform>
            <numerusform>Trūksta vertimo į rusų kalbą %n laukų: dokumentuose kitai Šaliai tai bus nurodyta. Rusiškai parašytam įrašui vertimo nereikia.</numerusform>
        </translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Kaip parašyta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanalas</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Slėpimas</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Įranga</translation>
    </message>
    <message>
        <source>Every free-text field has its Russian translation.</source>
        <translation>Kiekvienas laisvo teksto laukas turi vertimą į rusų kalbą.</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>Tvarkymo pastaba</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>Daiktas %1: aprašymas</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>No free text yet: its Russian translation is written here.</source>
        <translation>Laisvo teksto dar nėra: jo vertimas į rusų kalbą rašomas čia.</translation>
    </message>
    <message>
        <source>Place description</source>
        <translation>Vietos aprašymas</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Vertimas į rusų kalbą (Susitarimo 14 str.)</translation>
    </message>
    <message>
        <source>Substance %1: properties</source>
        <translation>Medžiaga %1: savybės</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Shekara — unlock</source>
        <translation>Shekara — atrakinimas</translation>
    </message>
    <message>
        <source>Border records vault. Unlock it to continue.</source>
        <translation>Pasienio įrašų saugykla. Norėdami tęsti, atrakinkite ją.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Saugyklos aplankas: %1</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Pareigūnas:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Slaptafrazė:</translation>
    </message>
    <message>
        <source>your login, e.g. aigerim.s</source>
        <translation>jūsų prisijungimo vardas, pvz., rasa.p</translation>
    </message>
    <message>
        <source>Officer login</source>
        <translation>Pareigūno prisijungimo vardas</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Slaptafrazė</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Atrakinti</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Atrakinti</translation>
    </message>
    <message>
        <source>Recovery &amp;key…</source>
        <translation>Atkūrimo &amp;raktas…</translation>
    </message>
    <message>
        <source>Set a forgotten passphrase with the recovery key from the post&apos;s safe</source>
        <translation>Nustatyti pamirštą slaptafrazę atkūrimo raktu iš posto seifo</translation>
    </message>
    <message>
        <source>The vault has a new master key: unlock it with your passphrase. Each officer listed on the new-key screen needs a new passphrase: set it with &quot;%1&quot; and the new recovery key.</source>
        <translation>Saugykla turi naują pagrindinį raktą: atrakinkite ją savo slaptafraze. Kiekvienam naujo rakto lange išvardytam pareigūnui reikia naujos slaptafrazės: nustatykite ją per „%1“ su nauju atkūrimo raktu.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Atk&amp;urti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Demo vault with sample records (post %1), in a temporary folder that is deleted when Shekara closes.
Officers: %2
Passphrase for all: %3</source>
        <translation>Demonstracinė saugykla su pavyzdiniais įrašais (postas %1) laikiname aplanke, kuris ištrinamas uždarius Shekara.
Pareigūnai: %2
Visų slaptafrazė: %3</translation>
    </message>
    <message>
        <source>Unlocking as soon as the demo vault is ready…</source>
        <translation>Bus atrakinta, kai tik demonstracinė saugykla bus paruošta…</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Ruošiama demonstracinė saugykla…</translation>
    </message>
    <message>
        <source>The passphrase of %1 was set. Unlock with it now.</source>
        <translation>%1 slaptafrazė nustatyta. Dabar atrakinkite ja.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>pamainos vadovas</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>pareigūnas</translation>
    </message>
    <message>
        <source>The vault was locked after a time without use.</source>
        <translation>Saugykla užrakinta po neveiklumo.</translation>
    </message>
    <message>
        <source>The vault was locked.</source>
        <translation>Saugykla užrakinta.</translation>
    </message>
    <message>
        <source>The vault was locked because the computer was locked.</source>
        <translation>Saugykla užrakinta, nes užrakintas kompiuteris.</translation>
    </message>
    <message>
        <source>The vault was locked so that the new reference data is used: unlock it to go on.</source>
        <translation>Saugykla užrakinta, kad būtų naudojami nauji žinyno duomenys: norėdami tęsti, ją atrakinkite.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Atrakinama…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Palaukite %n sekundę iki kito bandymo.</numerusform>
            <numerusform>Palaukite %n sekundes iki kito bandymo.</numerusform>
            <numerusform>Palaukite %n sekundžių iki kito bandymo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Check a printed document</source>
        <translation>Atspausdinto dokumento patikra</translation>
    </message>
    <message>
        <source>Every document Shekara prints has a QR code, with the text it holds printed beside it (it starts with SHK1:). Scan the code, or type the text, and press Check: the vault says whether the paper matches what it holds now.</source>
        <translation>Kiekviename Shekara spausdinamame dokumente yra QR kodas, o šalia jo atspausdintas tekstas, kurį kodas saugo (prasideda SHK1:). Nuskaitykite kodą arba įveskite tekstą ir spauskite „Tikrinti“: saugykla pasakys, ar popierius atitinka tai, ką ji saugo dabar.</translation>
    </message>
    <message>
        <source>&amp;Text of the QR code:</source>
        <translation>QR kodo &amp;tekstas:</translation>
    </message>
    <message>
        <source>Text of the QR code</source>
        <translation>QR kodo tekstas</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>T&amp;ikrinti</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tikrinama…</translation>
    </message>
    <message>
        <source>The paper matches the vault.</source>
        <translation>Popierius atitinka saugyklą.</translation>
    </message>
    <message>
        <source>The paper matches an earlier version, not the one in force.</source>
        <translation>Popierius atitinka ankstesnę versiją, o ne galiojančią.</translation>
    </message>
    <message>
        <source>Nothing in this vault matches the paper.</source>
        <translation>Šioje saugykloje niekas neatitinka popieriaus.</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokumentas: %1</translation>
    </message>
    <message>
        <source>%1, version %2 on the paper</source>
        <translation>%1, popieriuje versija %2</translation>
    </message>
    <message>
        <source>Packet %1 of post %2</source>
        <translation>Posto %2 paketas %1</translation>
    </message>
    <message>
        <source>Keys of %1</source>
        <translation>%1 raktai</translation>
    </message>
    <message>
        <source>It may be another vault&apos;s paper, a document changed after printing, or a forgery. Do not rely on it.</source>
        <translation>Tai gali būti kitos saugyklos popierius, po spausdinimo pakeistas dokumentas arba klastotė. Juo nesiremkite.</translation>
    </message>
    <message>
        <source>It is the version in force (%1).</source>
        <translation>Tai galiojanti versija (%1).</translation>
    </message>
    <message>
        <source>The version in force is %1 (%2): print it again.</source>
        <translation>Galiojanti versija yra %1 (%2): atspausdinkite ją iš naujo.</translation>
    </message>
    <message>
        <source>This vault holds nothing with this id.</source>
        <translation>Šioje saugykloje nėra nieko su šiuo identifikatoriumi.</translation>
    </message>
    <message>
        <source>This vault holds it, but no version with this content.</source>
        <translation>Ši saugykla jį turi, bet ne versiją su tokiu turiniu.</translation>
    </message>
    <message>
        <source>The refusal is recorded against the request as it stands.</source>
        <translation>Atsisakymas užregistruotas dabartiniam prašymui.</translation>
    </message>
    <message>
        <source>The refusal is recorded, but the request has changed since: it is at version %1.</source>
        <translation>Atsisakymas užregistruotas, bet prašymas nuo to laiko pasikeitė: dabar versija %1.</translation>
    </message>
    <message>
        <source>No refusal with this content is recorded in this vault.</source>
        <translation>Šioje saugykloje neužregistruota atsisakymo su tokiu turiniu.</translation>
    </message>
    <message>
        <source>The vault counts the same records for this period.</source>
        <translation>Saugykla už šį laikotarpį skaičiuoja tuos pačius įrašus.</translation>
    </message>
    <message>
        <source>The vault now counts other records for this period than the ones printed.</source>
        <translation>Saugykla dabar už šį laikotarpį skaičiuoja kitus įrašus nei atspausdinti.</translation>
    </message>
    <message>
        <source>This HQ received that packet, with this SHA-256.</source>
        <translation>Ši centrinė institucija gavo tą paketą su šiuo SHA-256.</translation>
    </message>
    <message>
        <source>This post exported that packet, with this SHA-256.</source>
        <translation>Šis postas eksportavo tą paketą su šiuo SHA-256.</translation>
    </message>
    <message>
        <source>This HQ received no such packet.</source>
        <translation>Ši centrinė institucija tokio paketo negavo.</translation>
    </message>
    <message>
        <source>This post exported no such packet.</source>
        <translation>Šis postas tokio paketo neeksportavo.</translation>
    </message>
    <message>
        <source>These are this installation&apos;s keys now.</source>
        <translation>Tai dabartiniai šios įdiegties raktai.</translation>
    </message>
    <message>
        <source>These keys were replaced: the sheet is no longer valid.</source>
        <translation>Šie raktai pakeisti: lapas nebegalioja.</translation>
    </message>
    <message>
        <source>These are not this installation&apos;s keys.</source>
        <translation>Tai ne šios įdiegties raktai.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prieš</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>pakeista</translation>
    </message>
    <message>
        <source>added</source>
        <translation>pridėta</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>pašalinta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nėra)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Lyginti versiją</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>su versija</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Senesnė versija</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Naujesnė versija</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Tik tai, kas pasikeitė</translation>
    </message>
    <message>
        <source>Fields of the two versions</source>
        <translation>Abiejų versijų laukai</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>%1 versija</translation>
    </message>
    <message>
        <source>Reason for version %1: %2</source>
        <translation>%1 versijos priežastis: %2</translation>
    </message>
</context>
<context>
    <name>WriteAckDialog</name>
    <message>
        <source>Write an acknowledgement</source>
        <translation>Gavimo patvirtinimo rašymas</translation>
    </message>
    <message>
        <source>The acknowledgement tells the post what HQ has received: every record version, the packets imported, and any gaps, held packets or refusals. The newest one says it all; it is signed by HQ and only the post can read it.</source>
        <translation>Gavimo patvirtinimas praneša postui, ką gavo centrinė institucija: kiekvieną įrašo versiją, importuotus paketus ir visas spragas, sulaikytus ar atmestus paketus. Naujausias pasako viską; jį pasirašo centrinė institucija ir perskaityti gali tik postas.</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Postas:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postas</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement</source>
        <translation>&amp;Rašyti gavimo patvirtinimą</translation>
    </message>
    <message>
        <source>no post is enrolled</source>
        <translation>neužregistruotas nė vienas postas</translation>
    </message>
    <message>
        <source>Acknowledgement %1 for %2 is written and checked:</source>
        <translation>Patvirtinimas %1 postui %2 įrašytas ir patikrintas:</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>It confirms %n record version(s)</source>
        <translation>
            <numerusform>Jis patvirtina %n įrašo versiją</numerusform>
            <numerusform>Jis patvirtina %n įrašo versijas</numerusform>
            <numerusform>Jis patvirtina %n įrašo versijų</numerusform>
        </translation>
    </message>
    <message>
        <source>and every packet up to number %1.</source>
        <translation>ir visus paketus iki Nr. %1.</translation>
    </message>
    <message>
        <source>It asks again for the missing packet(s) %1.</source>
        <translation>Jame vėl prašoma trūkstamo (-ų) paketo (-ų) %1.</translation>
    </message>
    <message>
        <source>It reports packet(s) %1 as held.</source>
        <translation>Jame paketai %1 nurodomi kaip sulaikyti.</translation>
    </message>
    <message numerus="yes">
        <source>It reports %n refused packet(s).</source>
        <translation>
            <numerusform>Jame nurodytas %n atmestas paketas.</numerusform>
            <numerusform>Jame nurodyti %n atmesti paketai.</numerusform>
            <numerusform>Jame nurodyta %n atmestų paketų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Writing the packet</source>
        <translation>Paketas įrašomas</translation>
    </message>
    <message>
        <source>Do not pull the stick out until this is done.</source>
        <translation>Neištraukite atmintinės, kol tai nebaigta.</translation>
    </message>
    <message>
        <source>&amp;Stop writing</source>
        <translation>&amp;Stabdyti įrašymą</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Bandyti dar kartą</translation>
    </message>
    <message>
        <source>Progress of the writing</source>
        <translation>Įrašymo eiga</translation>
    </message>
    <message>
        <source>Stopping… the stick is being cleaned up.</source>
        <translation>Stabdoma… atmintinė tvarkoma.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2</source>
        <translation>Įrašoma: %1 iš %2</translation>
    </message>
    <message>
        <source>Reading the packet back from the stick and checking it…</source>
        <translation>Paketas perskaitomas iš atmintinės ir tikrinamas…</translation>
    </message>
    <message>
        <source>Preparing the packet (signing and encrypting)…</source>
        <translation>Ruošiamas paketas (pasirašoma ir šifruojama)…</translation>
    </message>
    <message>
        <source>Writing was stopped.</source>
        <translation>Įrašymas sustabdytas.</translation>
    </message>
    <message>
        <source>The packet is kept in the vault: trying again writes exactly the same packet. Check the stick (plugged in, enough free space).</source>
        <translation>Paketas laikomas saugykloje: bandant dar kartą įrašomas lygiai tas pats paketas. Patikrinkite atmintinę (ar prijungta, ar pakanka vietos).</translation>
    </message>
    <message>
        <source>Nothing was marked as exported: the records wait for the next export. Check the stick (plugged in, enough free space) and try again, or go back and choose another one.</source>
        <translation>Niekas nepažymėta kaip eksportuota: įrašai laukia kito eksporto. Patikrinkite atmintinę (ar prijungta, ar pakanka vietos) ir bandykite dar kartą arba grįžkite ir pasirinkite kitą.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>that file is already attached to record {id}</source>
        <translation>šis failas jau pridėtas prie įrašo {id}</translation>
    </message>
    <message>
        <source>the media type must look like image/jpeg</source>
        <translation>medijos tipas turi būti panašus į image/jpeg</translation>
    </message>
    <message>
        <source>the attachment file is empty</source>
        <translation>priedo failas tuščias</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}: attachments are added to a draft (amend the record first)</source>
        <translation>įrašo {id} {version} versija yra {status}: priedai pridedami prie juodraščio (pirmiausia pataisykite įrašą)</translation>
    </message>
    <message>
        <source>an attachment is at most {n} bytes</source>
        <translation>priedas negali būti didesnis nei {n} baitų</translation>
    </message>
    <message>
        <source>wrong officer name or passphrase</source>
        <translation>neteisingas pareigūno vardas arba slaptafrazė</translation>
    </message>
    <message>
        <source>this vault has no recovery slot</source>
        <translation>šioje saugykloje nėra atkūrimo lizdo</translation>
    </message>
    <message>
        <source>officers can change only their own passphrase</source>
        <translation>pareigūnai gali keisti tik savo slaptafrazę</translation>
    </message>
    <message>
        <source>a recovery key is 13 groups of five letters and digits (older keys: of four)</source>
        <translation>atkūrimo raktas – 13 grupių po penkias raides ir skaitmenis (senesni raktai – po keturias)</translation>
    </message>
    <message>
        <source>group {n} of the recovery key is mistyped: check it against the sheet</source>
        <translation>atkūrimo rakto {n} grupė įvesta klaidingai: patikrinkite ją pagal lapą</translation>
    </message>
    <message>
        <source>only a supervisor may do this</source>
        <translation>tai gali daryti tik pamainos vadovas</translation>
    </message>
    <message>
        <source>no officer {login} in this vault</source>
        <translation>šioje saugykloje nėra pareigūno {login}</translation>
    </message>
    <message>
        <source>too many failed unlocks: try again in {n} s</source>
        <translation>per daug nesėkmingų atrakinimų: bandykite dar kartą po {n} s</translation>
    </message>
    <message>
        <source>wrong passphrase or recovery key</source>
        <translation>neteisinga slaptafrazė arba atkūrimo raktas</translation>
    </message>
    <message>
        <source>not a Shekara backup</source>
        <translation>tai ne Shekara atsarginė kopija</translation>
    </message>
    <message>
        <source>the backup file is damaged or not a backup</source>
        <translation>atsarginės kopijos failas pažeistas arba tai ne atsarginė kopija</translation>
    </message>
    <message>
        <source>no backup file {path}</source>
        <translation>nėra atsarginės kopijos failo {path}</translation>
    </message>
    <message>
        <source>no folder {path}</source>
        <translation>nėra aplanko {path}</translation>
    </message>
    <message>
        <source>this backup was written by a newer Shekara</source>
        <translation>šią atsarginę kopiją įrašė naujesnė Shekara versija</translation>
    </message>
    <message>
        <source>the backup did not read back the same</source>
        <translation>perskaityta atsarginė kopija nesutampa su įrašyta</translation>
    </message>
    <message>
        <source>the backup failed its integrity check</source>
        <translation>atsarginė kopija neišlaikė vientisumo patikros</translation>
    </message>
    <message>
        <source>could not write the backup: {reason}</source>
        <translation>nepavyko įrašyti atsarginės kopijos: {reason}</translation>
    </message>
    <message>
        <source>cannot read the attachment: {reason}</source>
        <translation>negalima perskaityti priedo: {reason}</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>negalima perskaityti {name}: {reason}</translation>
    </message>
    <message>
        <source>give the partner&apos;s registration number of the consent letter, as printed on it (e.g. HQ-LT/2026/000012)</source>
        <translation>nurodykite sutikimo rašto registracijos numerį, kaip jis išspausdintas rašte (pvz., HQ-LT/2026/000012)</translation>
    </message>
    <message>
        <source>fact {id} was destroyed at the partner&apos;s request (Art. 10.3): there is nothing left to pass on</source>
        <translation>faktas {id} sunaikintas kitos Šalies prašymu (10 str. 3 d.): nėra ką perduoti</translation>
    </message>
    <message>
        <source>the consent letter {name} is empty</source>
        <translation>sutikimo raštas {name} tuščias</translation>
    </message>
    <message>
        <source>the consent letter is at most {n} bytes</source>
        <translation>sutikimo raštas – ne daugiau kaip {n} baitų</translation>
    </message>
    <message>
        <source>cannot read the consent letter {name}</source>
        <translation>nepavyksta perskaityti sutikimo rašto {name}</translation>
    </message>
    <message>
        <source>name the third party the consent is for (at most {n} characters)</source>
        <translation>nurodykite trečiąją šalį, kuriai duotas sutikimas (ne daugiau kaip {n} simbolių)</translation>
    </message>
    <message>
        <source>unknown Party {party}: use KZ or LT</source>
        <translation>nežinoma Šalis {party}: naudokite KZ arba LT</translation>
    </message>
    <message>
        <source>cannot read the folder {name}: {reason}</source>
        <translation>nepavyksta perskaityti aplanko {name}: {reason}</translation>
    </message>
    <message>
        <source>the folder {name} holds no packet of post {post}: export one there first (Post &gt; Export packet to a stick)</source>
        <translation>aplanke {name} nėra posto {post} paketo: pirmiausia eksportuokite jį ten (Postas &gt; Eksportuoti paketą į USB atmintinę)</translation>
    </message>
    <message>
        <source>the draft is larger than {n} bytes</source>
        <translation>juodraštis didesnis nei {n} baitų</translation>
    </message>
    <message>
        <source>it does not follow packet {last}, the last one imported from {partner}</source>
        <translation>jis neina po paketo {last}, paskutinio importuoto iš {partner}</translation>
    </message>
    <message>
        <source>a different packet with sequence number {seq} was received from {partner} before</source>
        <translation>iš {partner} anksčiau jau gautas kitas paketas eilės numeriu {seq}</translation>
    </message>
    <message>
        <source>{what} {index} of the letter breaks the data dictionary at {path} [{reason}]</source>
        <translation>rašto elementas {what} {index} pažeidžia duomenų žodyną lauke {path} [{reason}]</translation>
    </message>
    <message>
        <source>the letter gives consent for {id}, which this HQ never received</source>
        <translation>raštas duoda sutikimą dėl {id}, kurio ši centrinė institucija negavo</translation>
    </message>
    <message>
        <source>the letter answers or refuses request {id}, which this HQ did not send</source>
        <translation>raštas atsako į prašymą {id} arba jį atmeta, bet ši centrinė institucija tokio prašymo nesiuntė</translation>
    </message>
    <message>
        <source>the letter says it goes from {sender} to {recipient}, but it is signed by {signer} and this is {own}</source>
        <translation>rašte nurodyta, kad jis siunčiamas iš {sender} į {recipient}, bet jį pasirašė {signer}, o čia {own}</translation>
    </message>
    <message>
        <source>this vault was restored from a backup made after packet {last}: if packets were exported after the backup, the next one would repeat their numbers (a fork at HQ). Import HQ&apos;s newest acknowledgement first (&apos;shekara ack import FILE&apos;; in the window: Post &gt; Import acknowledgement); if HQ has nothing after packet {last}, export with --after-restore (in the window: tick &apos;HQ has confirmed it received nothing newer — export anyway&apos;)</source>
        <translation>ši saugykla atkurta iš atsarginės kopijos, padarytos po paketo {last}: jei po kopijos buvo eksportuota paketų, kitas pakartotų jų numerius (išsišakojimas centrinėje institucijoje). Pirmiausia importuokite naujausią centrinės institucijos gavimo patvirtinimą („shekara ack import FILE“; lange: Postas &gt; Importuoti gavimo patvirtinimą); jei centrinė institucija neturi nieko po paketo {last}, eksportuokite su --after-restore (lange: pažymėkite „Centrinė institucija patvirtino, kad nieko naujesnio negavo, – vis tiek eksportuoti“)</translation>
    </message>
    <message>
        <source>an attachment named by a record is missing from the vault: the vault may be damaged</source>
        <translation>įraše nurodyto priedo saugykloje nėra: saugykla gali būti pažeista</translation>
    </message>
    <message>
        <source>packet {seq} is not in the outbox: it was acknowledged by HQ or never written</source>
        <translation>paketo {seq} nėra siunčiamųjų sąraše: centrinė institucija jį patvirtino arba jis niekada nebuvo įrašytas</translation>
    </message>
    <message>
        <source>nothing to export: no approved record, correction or withdrawal waits to be sent</source>
        <translation>nėra ką eksportuoti: nė vienas patvirtintas įrašas, pataisa ar atšaukimas nelaukia išsiuntimo</translation>
    </message>
    <message>
        <source>say why the packet is discarded (--reason, at most {limit} characters)</source>
        <translation>nurodykite, kodėl paketas atmetamas (--reason, ne daugiau kaip {limit} simbolių)</translation>
    </message>
    <message>
        <source>no post is enrolled yet</source>
        <translation>kol kas neįregistruotas nė vienas postas</translation>
    </message>
    <message>
        <source>HQ holds no packet {id}</source>
        <translation>centrinė institucija nelaiko paketo {id}</translation>
    </message>
    <message>
        <source>post {post} has no key to revoke</source>
        <translation>postas {post} neturi atšauktino rakto</translation>
    </message>
    <message>
        <source>post {post} is not enrolled (or its key is revoked)</source>
        <translation>postas {post} neįregistruotas (arba jo raktas atšauktas)</translation>
    </message>
    <message>
        <source>HQ knows no post {post}</source>
        <translation>centrinė institucija nežino posto {post}</translation>
    </message>
    <message>
        <source>an object names the same key twice</source>
        <translation>objekte tas pats raktas nurodytas du kartus</translation>
    </message>
    <message>
        <source>duplicate key &quot;{key}&quot; in {where}</source>
        <translation>{where} pasikartoja raktas „{key}“</translation>
    </message>
    <message>
        <source>the input holds no records</source>
        <translation>įvesties duomenyse nėra įrašų</translation>
    </message>
    <message>
        <source>a key in {where} is not valid Unicode</source>
        <translation>raktas {where} nėra tinkamas Unicode</translation>
    </message>
    <message>
        <source>a string is not valid Unicode</source>
        <translation>eilutė nėra tinkamas Unicode</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8 (byte {offset})</source>
        <translation>įvesties duomenys nėra tinkamas UTF-8 (baitas {offset})</translation>
    </message>
    <message>
        <source>the input is not valid Unicode text</source>
        <translation>įvesties duomenys nėra tinkamas Unicode tekstas</translation>
    </message>
    <message>
        <source>the string at {where} is not valid Unicode</source>
        <translation>eilutė {where} nėra tinkamas Unicode</translation>
    </message>
    <message>
        <source>an integer beyond ±{limit} is not allowed in JSON</source>
        <translation>JSON sveikasis skaičius negali viršyti ±{limit}</translation>
    </message>
    <message>
        <source>not valid JSON at line {line} column {column}: {reason}</source>
        <translation>netinkamas JSON {line} eilutės {column} stulpelyje: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: a value is out of range</source>
        <translation>netinkamas JSON: reikšmė už leistinų ribų</translation>
    </message>
    <message>
        <source>{where}: not valid JSON at column {column}: {reason}</source>
        <translation>{where}: netinkamas JSON {column} stulpelyje: {reason}</translation>
    </message>
    <message>
        <source>NaN and Infinity cannot be written as JSON</source>
        <translation>NaN ir Infinity negalima užrašyti JSON formatu</translation>
    </message>
    <message>
        <source>NaN, Infinity and numbers too large for a float are not allowed in JSON</source>
        <translation>JSON neleidžiami NaN, Infinity ir per dideli slankiojo kablelio skaičiai</translation>
    </message>
    <message>
        <source>the input must be one JSON object, a JSON array of objects, or JSON Lines (one object per line)</source>
        <translation>įvesties duomenys turi būti vienas JSON objektas, JSON objektų masyvas arba JSON Lines (po vieną objektą eilutėje)</translation>
    </message>
    <message>
        <source>nesting deeper than {max_depth} levels</source>
        <translation>įdėtis gilesnė nei {max_depth} lygių</translation>
    </message>
    <message>
        <source>nesting deeper than {max_depth} levels at line {line} column {column}</source>
        <translation>{line} eilutės {column} stulpelyje įdėtis gilesnė nei {max_depth} lygių</translation>
    </message>
    <message>
        <source>the input is larger than {limit} bytes</source>
        <translation>įvesties duomenys didesni nei {limit} baitų</translation>
    </message>
    <message>
        <source>the input holds more than {limit} records</source>
        <translation>įvesties duomenyse daugiau nei {limit} įrašų</translation>
    </message>
    <message>
        <source>this vault already has its packet keys</source>
        <translation>ši saugykla jau turi paketų raktus</translation>
    </message>
    <message>
        <source>{name} already exists: choose another name</source>
        <translation>{name} jau yra: pasirinkite kitą pavadinimą</translation>
    </message>
    <message>
        <source>the keys of this HQ were never rotated</source>
        <translation>šios centrinės institucijos raktai niekada nebuvo pakeisti</translation>
    </message>
    <message>
        <source>HQ key {fingerprint} is already pinned: to replace it (after checking the new one on paper) use --replace</source>
        <translation>centrinės institucijos raktas {fingerprint} jau įtvirtintas: norėdami jį pakeisti (patikrinę naująjį pagal popierinį lapą), naudokite --replace</translation>
    </message>
    <message>
        <source>the folder for {name} does not exist</source>
        <translation>aplanko failui {name} nėra</translation>
    </message>
    <message>
        <source>{what} is malformed: {reason}</source>
        <translation>{what}: netinkamos formos ({reason})</translation>
    </message>
    <message>
        <source>the letter withdraws request {id}, which is this HQ&apos;s own: a Party withdraws only the requests it made</source>
        <translation>raštas atšaukia prašymą {id}, bet tai šios centrinės institucijos prašymas: Šalis gali atšaukti tik savo pateiktus prašymus</translation>
    </message>
    <message>
        <source>the letter asks a follow-up question on request {id}, which this HQ neither sent nor received</source>
        <translation>raštas užduoda papildomą klausimą dėl prašymo {id}, kurio ši centrinė institucija nei siuntė, nei gavo</translation>
    </message>
    <message>
        <source>the letter withdraws request {id}, which this HQ never received</source>
        <translation>raštas atšaukia prašymą {id}, kurio ši centrinė institucija negavo</translation>
    </message>
    <message>
        <source>packet {seq} was interrupted while being written: run &apos;shekara export&apos; to finish it (in the window: Post &gt; Export packet to a stick)</source>
        <translation>paketo {seq} įrašymas nutrūko: jį užbaigsite komanda „shekara export“ (lange: Postas &gt; Eksportuoti paketą į USB atmintinę)</translation>
    </message>
    <message>
        <source>{id} is not an id from &apos;shekara hq held list&apos; (in the window: HQ &gt; Held and quarantined packets)</source>
        <translation>{id} nėra identifikatorius iš &apos;shekara hq held list&apos; (lange: Centrinė institucija &gt; Sulaikyti ir karantine esantys paketai)</translation>
    </message>
    <message>
        <source>an export was interrupted: run &apos;shekara export&apos; to finish it before rotating the keys (in the window: Post &gt; Export packet to a stick)</source>
        <translation>eksportas nutrūko: prieš keisdami raktus užbaikite jį komanda „shekara export“ (lange: Postas &gt; Eksportuoti paketą į USB atmintinę)</translation>
    </message>
    <message>
        <source>the folder for the rotation files does not exist</source>
        <translation>aplanko raktų keitimo failams nėra</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are not imported yet: run &apos;shekara keys import-hq FILE&apos; with the file from HQ (in the window: Admin &gt; Keys and fingerprints)</source>
        <translation>centrinės institucijos raktai dar neimportuoti: paleiskite „shekara keys import-hq FILE“ su centrinės institucijos failu (lange: Administravimas &gt; Raktai ir atspaudai)</translation>
    </message>
    <message>
        <source>the keys of this post were never rotated</source>
        <translation>šio posto raktai niekada nebuvo keisti</translation>
    </message>
    <message>
        <source>this vault has no packet keys yet: create them with &apos;shekara keys create&apos;</source>
        <translation>ši saugykla dar neturi paketų raktų: sukurkite juos komanda „shekara keys create“</translation>
    </message>
    <message>
        <source>post {post} already has key {fingerprint}: a new key needs a rotation statement signed by it, or revoke it first</source>
        <translation>postas {post} jau turi raktą {fingerprint}: naujam raktui reikia juo pasirašyto keitimo pareiškimo, arba pirmiausia jį atšaukite</translation>
    </message>
    <message>
        <source>a post cannot use this HQ&apos;s own code {code}</source>
        <translation>postas negali naudoti šios centrinės institucijos kodo {code}</translation>
    </message>
    <message>
        <source>the rotation is signed by a key of {post} that is {state}: enroll the new key on paper instead</source>
        <translation>keitimas pasirašytas posto {post} raktu, kurio būsena {state}: naująjį raktą užregistruokite popieriniu būdu</translation>
    </message>
    <message>
        <source>this key of {post} was {state}: it cannot be enrolled again</source>
        <translation>šis posto {post} raktas buvo {state}: jo vėl registruoti negalima</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>negalima įrašyti {name}: {reason}</translation>
    </message>
    <message>
        <source>post {post} belongs to {party}; this HQ enrolls posts of {own}</source>
        <translation>postas {post} priklauso {party}; ši centrinė institucija registruoja {own} postus</translation>
    </message>
    <message>
        <source>these are the keys of {party}&apos;s HQ; this post belongs to {own}</source>
        <translation>tai {party} centrinės institucijos raktai; šis postas priklauso {own}</translation>
    </message>
    <message>
        <source>an officer login is 2-32 characters: a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>pareigūno prisijungimo vardas – 2–32 ženklai: a-z, skaitmenys, „.“, „_“ arba „-“, pradedant raide</translation>
    </message>
    <message>
        <source>role must be officer or supervisor</source>
        <translation>vaidmuo turi būti officer arba supervisor</translation>
    </message>
    <message>
        <source>officer {login} already exists</source>
        <translation>pareigūnas {login} jau yra</translation>
    </message>
    <message>
        <source>the last supervisor cannot be removed</source>
        <translation>paskutinio pamainos vadovo pašalinti negalima</translation>
    </message>
    <message>
        <source>no officer {login}</source>
        <translation>pareigūno {login} nėra</translation>
    </message>
    <message>
        <source>a passphrase cannot hold control characters</source>
        <translation>slaptafrazėje negali būti valdymo ženklų</translation>
    </message>
    <message>
        <source>you cannot remove yourself</source>
        <translation>negalite pašalinti savęs</translation>
    </message>
    <message>
        <source>the login {login} is reserved</source>
        <translation>prisijungimo vardas {login} rezervuotas</translation>
    </message>
    <message>
        <source>a passphrase needs at least {n} characters</source>
        <translation>slaptafrazėje turi būti bent {n} ženklų</translation>
    </message>
    <message>
        <source>{field} holds a control or invisible character</source>
        <translation>{field} yra valdymo arba nematomas ženklas</translation>
    </message>
    <message>
        <source>{field} has nothing visible in it</source>
        <translation>{field} nėra nieko matomo</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters</source>
        <translation>{field} ilgesnis nei {n} ženklų</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} differs from what was written: it was altered or damaged on disk and is not written again</source>
        <translation>siunčiamoji paketo {seq} kopija skiriasi nuo įrašytosios: ji pakeista arba pažeista diske ir iš naujo nerašoma</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} is missing from the vault&apos;s folder: it cannot be written again; restore the vault from a backup</source>
        <translation>siunčiamosios paketo {seq} kopijos nėra saugyklos aplanke: jos iš naujo įrašyti negalima; atkurkite saugyklą iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} could not be read ({reason})</source>
        <translation>siunčiamosios paketo {seq} kopijos nepavyko perskaityti ({reason})</translation>
    </message>
    <message>
        <source>the acknowledgement confirms packets up to {through}, but this vault has sent only {sent}: it was restored from an older backup (or belongs to another installation); this ack does not name packet {through}&apos;s hash: ask HQ for a new acknowledgement and import it before exporting</source>
        <translation>patvirtinimas apima paketus iki {through}, bet ši saugykla išsiuntė tik {sent}: ji atkurta iš senesnės atsarginės kopijos (arba priklauso kitam įdiegimui); šiame patvirtinime nėra paketo {through} maišos reikšmės: paprašykite centrinės institucijos naujo patvirtinimo ir importuokite jį prieš eksportuodami</translation>
    </message>
    <message>
        <source>the acknowledgement is about post {post}, not this one</source>
        <translation>patvirtinimas skirtas postui {post}, o ne šiam</translation>
    </message>
    <message>
        <source>record {id} names an attachment the packet does not carry</source>
        <translation>įraše {id} nurodytas priedas, kurio pakete nėra</translation>
    </message>
    <message>
        <source>the reference data is malformed [{reason}]</source>
        <translation>žinyno duomenys netinkamos formos [{reason}]</translation>
    </message>
    <message>
        <source>the key file is larger than {n} bytes</source>
        <translation>rakto failas didesnis nei {n} baitų</translation>
    </message>
    <message>
        <source>the key file&apos;s signature is not valid: it was altered</source>
        <translation>rakto failo parašas negalioja: failas pakeistas</translation>
    </message>
    <message>
        <source>the rotation&apos;s {which} signature is not valid</source>
        <translation>keitimo parašas ({which}) negalioja</translation>
    </message>
    <message>
        <source>this file is not a Shekara packet</source>
        <translation>šis failas nėra Shekara paketas</translation>
    </message>
    <message>
        <source>the packet&apos;s signature is not valid: the packet was altered after it was signed</source>
        <translation>paketo parašas negalioja: paketas pakeistas jį pasirašius</translation>
    </message>
    <message>
        <source>the packet&apos;s encrypted body does not match its signed hash: it was altered</source>
        <translation>užšifruotas paketo turinys neatitinka pasirašytos maišos: jis pakeistas</translation>
    </message>
    <message>
        <source>the packet&apos;s body is {actual} bytes but its header says {expected}: it was cut short or bytes were added</source>
        <translation>paketo turinys – {actual} baitų, o antraštėje nurodyta {expected}: jis sutrumpintas arba pridėta baitų</translation>
    </message>
    <message>
        <source>record {index} of the packet does not match its content hash</source>
        <translation>paketo įrašas {index} neatitinka savo turinio maišos</translation>
    </message>
    <message>
        <source>the packet&apos;s body could not be decrypted: it is damaged</source>
        <translation>paketo turinio nepavyko iššifruoti: jis pažeistas</translation>
    </message>
    <message>
        <source>the file is empty: it is not a packet</source>
        <translation>failas tuščias: tai ne paketas</translation>
    </message>
    <message>
        <source>the key file is empty</source>
        <translation>rakto failas tuščias</translation>
    </message>
    <message>
        <source>a file named {name} is already in that folder: move it away or choose another folder</source>
        <translation>tame aplanke jau yra failas {name}: perkelkite jį arba pasirinkite kitą aplanką</translation>
    </message>
    <message>
        <source>the stick&apos;s file system cannot hold a file of {size} bytes; nothing was kept</source>
        <translation>USB atmintinės failų sistema negali talpinti {size} baitų failo; nieko neišsaugota</translation>
    </message>
    <message>
        <source>the packet carries record {id}, which this HQ holds from elsewhere</source>
        <translation>pakete yra įrašas {id}, kurį ši centrinė institucija turi iš kitur</translation>
    </message>
    <message>
        <source>the packet header is larger than {limit} bytes</source>
        <translation>paketo antraštė didesnė nei {limit} baitų</translation>
    </message>
    <message>
        <source>record {index} of the packet breaks the data dictionary at {path} [{reason}]</source>
        <translation>paketo įrašas {index} pažeidžia duomenų žodyną ties {path} [{reason}]</translation>
    </message>
    <message>
        <source>the packet would hold more than {limit} bytes of records: export fewer at a time</source>
        <translation>pakete būtų daugiau nei {limit} baitų įrašų: eksportuokite mažiau vienu kartu</translation>
    </message>
    <message>
        <source>the folder to write the packet to does not exist (is the stick plugged in?)</source>
        <translation>aplanko paketui įrašyti nėra (ar prijungta USB atmintinė?)</translation>
    </message>
    <message>
        <source>the stick is full: the packet needs {size} bytes; free some space or use another stick; nothing was kept</source>
        <translation>USB atmintinė pilna: paketui reikia {size} baitų; atlaisvinkite vietos arba naudokite kitą atmintinę; nieko neišsaugota</translation>
    </message>
    <message>
        <source>the packet&apos;s body is not a binary age file</source>
        <translation>paketo turinys nėra dvejetainis age failas</translation>
    </message>
    <message>
        <source>the packet is not encrypted to this installation&apos;s keys</source>
        <translation>paketas neužšifruotas šio įdiegimo raktais</translation>
    </message>
    <message>
        <source>the stick is read-only or the folder is not writable; nothing was kept</source>
        <translation>USB atmintinė skirta tik skaityti arba į aplanką rašyti negalima; nieko neišsaugota</translation>
    </message>
    <message>
        <source>the packet is signed by a replaced key of {post} after its rotation (packet {seq}, the old key&apos;s last was {last})</source>
        <translation>paketas pasirašytas pakeistu posto {post} raktu po keitimo (paketas {seq}, paskutinis senojo rakto buvo {last})</translation>
    </message>
    <message>
        <source>the packet read back from the stick differs from what was written: the stick may be faulty; nothing was kept</source>
        <translation>iš USB atmintinės perskaitytas paketas skiriasi nuo įrašyto: atmintinė gali būti sugedusi; nieko neišsaugota</translation>
    </message>
    <message>
        <source>the packet is signed by a revoked key ({fingerprint})</source>
        <translation>paketas pasirašytas atšauktu raktu ({fingerprint})</translation>
    </message>
    <message>
        <source>the rotation replaces a key this HQ has not enrolled</source>
        <translation>keitimas pakeičia raktą, kurio ši centrinė institucija neįregistravo</translation>
    </message>
    <message>
        <source>the rotation replaces key {fingerprint}, which is not the key pinned for {code}</source>
        <translation>keitimas pakeičia raktą {fingerprint}, kuris nėra įtvirtintas kodui {code}</translation>
    </message>
    <message>
        <source>the packet claims to come from {claimed} but is signed by the key of {signer}</source>
        <translation>paketas teigia esąs iš {claimed}, bet pasirašytas {signer} raktu</translation>
    </message>
    <message>
        <source>the packet is not encrypted to its own sender&apos;s key, as every Shekara writer does: it is refused</source>
        <translation>paketas neužšifruotas paties siuntėjo raktu, kaip tai daro kiekviena Shekara programa: jis atmetamas</translation>
    </message>
    <message>
        <source>packet {seq} is more than {limit} ahead of packet {last}, the last one imported from this post: it is not held</source>
        <translation>paketas {seq} daugiau nei {limit} lenkia paketą {last}, paskutinį importuotą iš šio posto: jis nesulaikomas</translation>
    </message>
    <message>
        <source>the file is larger than {limit} bytes: it is not accepted as a packet</source>
        <translation>failas didesnis nei {limit} baitų: jis nepriimamas kaip paketas</translation>
    </message>
    <message>
        <source>the packet would be larger than {limit} bytes: export fewer records or attachments at a time</source>
        <translation>paketas būtų didesnis nei {limit} baitų: eksportuokite mažiau įrašų ar priedų vienu kartu</translation>
    </message>
    <message>
        <source>the packet is cut short ({size} bytes): was it copied completely?</source>
        <translation>paketas sutrumpintas ({size} baitų): ar jis nukopijuotas visas?</translation>
    </message>
    <message>
        <source>the packet is signed by an unknown or revoked key ({fingerprint})</source>
        <translation>paketas pasirašytas nežinomu arba atšauktu raktu ({fingerprint})</translation>
    </message>
    <message>
        <source>packet format {major}.{minor} is not supported: this program reads format {supported}.x</source>
        <translation>paketo formatas {major}.{minor} nepalaikomas: ši programa skaito formatą {supported}.x</translation>
    </message>
    <message>
        <source>the packet content cannot be written as JSON [{reason}]</source>
        <translation>paketo turinio negalima užrašyti JSON formatu [{reason}]</translation>
    </message>
    <message>
        <source>the packet read back differs from what was written; nothing was kept</source>
        <translation>perskaitytas paketas skiriasi nuo įrašyto; nieko neišsaugota</translation>
    </message>
    <message>
        <source>the packet&apos;s content read back differs from what was meant; nothing was kept</source>
        <translation>perskaitytas paketo turinys skiriasi nuo numatyto; nieko neišsaugota</translation>
    </message>
    <message>
        <source>the packet carries version {version} of record {id} with content different from the one already imported</source>
        <translation>pakete yra įrašo {id} {version} versija, kurios turinys skiriasi nuo jau importuotos</translation>
    </message>
    <message>
        <source>writing the packet failed ({reason}): was the stick removed? nothing was kept</source>
        <translation>paketo įrašyti nepavyko ({reason}): ar buvo ištraukta USB atmintinė? nieko neišsaugota</translation>
    </message>
    <message>
        <source>this is not a Shekara key file</source>
        <translation>tai ne Shekara raktų failas</translation>
    </message>
    <message>
        <source>this is not a {expected} file</source>
        <translation>tai ne {expected} failas</translation>
    </message>
    <message>
        <source>this is not an enrollment file or a rotation statement</source>
        <translation>tai nėra nei registravimo failas, nei keitimo pareiškimas</translation>
    </message>
    <message>
        <source>this is a {kind} packet, not a {expected} packet</source>
        <translation>tai {kind} paketas, o ne {expected}</translation>
    </message>
    <message>
        <source>this packet is for {recipient}, not for {expected}</source>
        <translation>šis paketas skirtas {recipient}, o ne {expected}</translation>
    </message>
    <message>
        <source>a {kind} packet cannot be signed by a {role} key</source>
        <translation>{kind} paketas negali būti pasirašytas {role} raktu</translation>
    </message>
    <message>
        <source>partner key {fingerprint} is already trusted: to replace it (after comparing the new one on paper) use --replace</source>
        <translation>partnerio raktas {fingerprint} jau patikimas: norėdami jį pakeisti (palyginę naująjį su popieriniu lapu), naudokite --replace</translation>
    </message>
    <message>
        <source>the fingerprint compared on paper is not this file&apos;s ({fingerprint}): do not trust the file; ask the partner for its keys again</source>
        <translation>su popieriniu lapu palygintas atspaudas nėra šio failo ({fingerprint}): nepasitikėkite failu; paprašykite partnerio raktų dar kartą</translation>
    </message>
    <message>
        <source>give the fingerprint compared with the partner&apos;s paper sheet (--fingerprint)</source>
        <translation>nurodykite kontrolinį kodą, sutikrintą su kitos Šalies popieriniu lapu (--fingerprint)</translation>
    </message>
    <message>
        <source>no partner key of {code} to revoke</source>
        <translation>nėra {code} partnerio rakto, kurį būtų galima atšaukti</translation>
    </message>
    <message>
        <source>the rotation is signed by a key of {code} that is {state}: enroll the new key on paper instead</source>
        <translation>keitimas pasirašytas {code} raktu, kurio būsena {state}: naują raktą įregistruokite sutikrinę popieriuje</translation>
    </message>
    <message>
        <source>the letter&apos;s rotation names a key of {code} that was {state} before: it is not trusted again</source>
        <translation>rašte nurodytas raktų keitimas įvardija {code} raktą, kurio būsena anksčiau buvo {state}: juo daugiau nepasitikima</translation>
    </message>
    <message>
        <source>the rotation replaces a key that is not the partner&apos;s: enroll the partner&apos;s keys file on paper</source>
        <translation>keitimas skirtas raktui, kuris nėra kitos Šalies: įregistruokite kitos Šalies raktų failą sutikrinę popieriuje</translation>
    </message>
    <message>
        <source>these are the keys of a {party} installation: the partner is the other Party&apos;s central authority</source>
        <translation>tai {party} įrenginio raktai: partneris yra kitos Šalies centrinė institucija</translation>
    </message>
    <message>
        <source>fact {id} version {version} was destroyed at the partner&apos;s request (Art. 10.3): nothing is left to print</source>
        <translation>fakto {id} versija {version} sunaikinta kitos Šalies prašymu (10 str. 3 d.): nėra ką spausdinti</translation>
    </message>
    <message>
        <source>this HQ received no fact {id} (version {version})</source>
        <translation>ši centrinė institucija negavo fakto {id} (versija {version})</translation>
    </message>
    <message>
        <source>a reason is plain text of at most {n} characters</source>
        <translation>priežastis – paprastas tekstas, ne ilgesnis nei {n} ženklų</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a version you wrote</source>
        <translation>keturių akių taisyklė: negalite patvirtinti savo parašytos versijos</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a version you wrote (record {id})</source>
        <translation>keturių akių taisyklė: negalite patvirtinti savo parašytos versijos (įrašas {id})</translation>
    </message>
    <message>
        <source>a correction cannot change the record&apos;s kind</source>
        <translation>pataisa negali pakeisti įrašo rūšies</translation>
    </message>
    <message>
        <source>record {id} has no draft version {version}</source>
        <translation>įrašas {id} neturi juodraščio versijos {version}</translation>
    </message>
    <message>
        <source>record {id} has no version {version}</source>
        <translation>įrašas {id} neturi versijos {version}</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}, not a draft</source>
        <translation>įrašo {id} {version} versija yra {status}, o ne juodraštis</translation>
    </message>
    <message>
        <source>no record {id}</source>
        <translation>nėra įrašo {id}</translation>
    </message>
    <message>
        <source>record {id} has no retention period yet (it was never approved)</source>
        <translation>įrašas {id} dar neturi saugojimo termino (jis niekada nebuvo patvirtintas)</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>priežastis privaloma</translation>
    </message>
    <message>
        <source>a record is named twice</source>
        <translation>įrašas nurodytas du kartus</translation>
    </message>
    <message>
        <source>the new date must be after {date}</source>
        <translation>nauja data turi būti vėlesnė nei {date}</translation>
    </message>
    <message>
        <source>only a supervisor may withdraw an approved record</source>
        <translation>patvirtintą įrašą atšaukti gali tik pamainos vadovas</translation>
    </message>
    <message>
        <source>record {id} is withdrawn</source>
        <translation>įrašas {id} atšauktas</translation>
    </message>
    <message>
        <source>the packet holds reference data version {version}; version {current} is already in force</source>
        <translation>pakete yra žinyno duomenų versija {version}; jau galioja versija {current}</translation>
    </message>
    <message>
        <source>that reference data is version {version}; version {current} is in force</source>
        <translation>tie žinyno duomenys yra {version} versijos; galioja versija {current}</translation>
    </message>
    <message>
        <source>reference data is malformed: {what}</source>
        <translation>žinyno duomenys netinkamos formos: {what}</translation>
    </message>
    <message>
        <source>no retention rule for {party} {kind}</source>
        <translation>nėra saugojimo taisyklės {party} {kind}</translation>
    </message>
    <message>
        <source>cannot read reference file {name}</source>
        <translation>negalima perskaityti žinyno failo {name}</translation>
    </message>
    <message>
        <source>no refusal {id}</source>
        <translation>nėra atsisakymo {id}</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>laikotarpis baigiasi anksčiau nei prasideda</translation>
    </message>
    <message>
        <source>not a Shekara QR text: {reason}</source>
        <translation>tai ne Shekara QR tekstas: {reason}</translation>
    </message>
    <message>
        <source>a transmittal sheet is for a records packet; this is a {kind} packet</source>
        <translation>perdavimo ir priėmimo aktas skirtas įrašų paketui; tai {kind} paketas</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file name</source>
        <translation>{name} yra aplankas, o ne failo vardas</translation>
    </message>
    <message>
        <source>{code} is not a crossing point in the reference data</source>
        <translation>{code} nėra kontrolės punktas iš žinyno duomenų</translation>
    </message>
    <message>
        <source>unknown report language {lang}: use kk, lt, ru or en</source>
        <translation>nežinoma ataskaitos kalba {lang}: naudokite kk, lt, ru arba en</translation>
    </message>
    <message>
        <source>this recovery key does not open this vault: no sheet was printed</source>
        <translation>šis atkūrimo raktas neatrakina šios saugyklos: lapas neišspausdintas</translation>
    </message>
    <message>
        <source>the partner&apos;s request {number} is already in the register as {id}: open it there</source>
        <translation>partnerio prašymas {number} jau yra registre kaip {id}: atidarykite jį ten</translation>
    </message>
    <message>
        <source>a follow-up question is text of 1 to {n} characters</source>
        <translation>papildomas klausimas – tekstas nuo 1 iki {n} ženklų</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a request you wrote</source>
        <translation>keturių akių taisyklė: negalite patvirtinti savo parašyto prašymo</translation>
    </message>
    <message>
        <source>requests between the Parties are made and answered by the central authority (HQ mode); this is a post vault</source>
        <translation>prašymus tarp Šalių teikia ir į juos atsako centrinė institucija (HQ režimas); tai posto saugykla</translation>
    </message>
    <message>
        <source>this request seems to ask for {what}: legal assistance in criminal cases and extradition belong to the legal-assistance treaties, not to this Agreement (Art. 1.2); if it asks for neither, confirm and add it again</source>
        <translation>atrodo, kad šiuo prašymu prašoma: {what}; teisinė pagalba baudžiamosiose bylose ir išdavimas priklauso teisinės pagalbos sutartims, o ne šiam Susitarimui (Susitarimo 1 straipsnio 2 dalis); jei prašoma ne to, patvirtinkite ir pridėkite dar kartą</translation>
    </message>
    <message>
        <source>request {id} is {status}: follow-up questions are for requests that were sent or received</source>
        <translation>prašymas {id} yra {status}: papildomi klausimai užduodami tik dėl išsiųstų ar gautų prašymų</translation>
    </message>
    <message>
        <source>request {id} has not come in a letter yet (no request of the partner&apos;s in a letter has its number): answer it on paper</source>
        <translation>prašymas {id} dar negautas raštu (nė vienas raštu gautas partnerio prašymas neturi jo numerio): atsakykite į jį popieriuje</translation>
    </message>
    <message>
        <source>no message {id} in a request&apos;s thread</source>
        <translation>prašymo susirašinėjime nėra žinutės {id}</translation>
    </message>
    <message>
        <source>request {id} has no version {version}</source>
        <translation>prašymas {id} neturi versijos {version}</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a request received from the other Party and not yet answered or refused can be answered</source>
        <translation>prašymas {id} yra {status}: atsakyti galima tik į iš kitos Šalies gautą prašymą, į kurį dar neatsakyta ir kurio dar neatsisakyta</translation>
    </message>
    <message>
        <source>request {id} is {status}: only our own draft requests are approved</source>
        <translation>prašymas {id} yra {status}: tvirtinami tik mūsų pačių prašymų juodraščiai</translation>
    </message>
    <message>
        <source>no request {id}</source>
        <translation>nėra prašymo {id}</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a paper copy not yet answered or refused in whole is closed this way</source>
        <translation>prašymo {id} būsena — {status}: taip uždaromas tik popierinis egzempliorius, į kurį dar neatsakyta ir kurio dar neatsisakyta visiškai</translation>
    </message>
    <message>
        <source>request {id} was not typed in from paper: only the paper copy of a request received in a letter too is closed this way</source>
        <translation>prašymas {id} nebuvo įvestas iš popieriaus: taip uždaromas tik raštu taip pat gauto prašymo popierinis egzempliorius</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a request received from the other Party and not yet answered or refused can be refused here</source>
        <translation>prašymas {id} yra {status}: atsisakyti vykdyti galima tik iš kitos Šalies gautą prašymą, į kurį dar neatsakyta ir kurio dar neatsisakyta</translation>
    </message>
    <message>
        <source>request {id} is {status}: only our own requests not yet answered or refused can be withdrawn</source>
        <translation>prašymas {id} yra {status}: atšaukti galima tik mūsų pačių prašymus, į kuriuos dar neatsakyta ir kurių dar neatsisakyta</translation>
    </message>
    <message>
        <source>say why the request is withdrawn</source>
        <translation>nurodykite, kodėl prašymas atšaukiamas</translation>
    </message>
    <message>
        <source>the day it was received must be a date (YYYY-MM-DD), not in the future</source>
        <translation>gavimo diena turi būti data (MMMM-MM-DD), ne ateityje</translation>
    </message>
    <message>
        <source>give the partner&apos;s registration number of the request (at most 64 characters)</source>
        <translation>nurodykite partnerio prašymo registracijos numerį (ne daugiau kaip 64 ženklai)</translation>
    </message>
    <message>
        <source>a comment is plain text of at most {n} characters</source>
        <translation>komentaras – paprastas tekstas, ne ilgesnis nei {n} ženklų</translation>
    </message>
    <message>
        <source>say what the author should change (a comment is required)</source>
        <translation>nurodykite, ką autorius turėtų pakeisti (komentaras privalomas)</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}: only a draft can be sent back</source>
        <translation>įrašo {id} {version} versija yra {status}: grąžinti galima tik juodraštį</translation>
    </message>
    <message>
        <source>the number of sample records must be 0 to {max}</source>
        <translation>pavyzdinių įrašų skaičius turi būti nuo 0 iki {max}</translation>
    </message>
    <message>
        <source>use a number of minutes from 1 to 240</source>
        <translation>nurodykite minučių skaičių nuo 1 iki 240</translation>
    </message>
    <message>
        <source>four-eyes rule: you added items to this notice, so another supervisor must approve it</source>
        <translation>keturių akių taisyklė: į šį raštą įtraukėte įrašų, todėl jį turi patvirtinti kitas vadovas</translation>
    </message>
    <message>
        <source>persons can be included only in a fact, not in a correction</source>
        <translation>asmenis galima įtraukti tik į faktą, ne į pataisą</translation>
    </message>
    <message>
        <source>persons can be included for one record at a time</source>
        <translation>asmenis galima įtraukti tik į vieną įrašą vienu metu</translation>
    </message>
    <message>
        <source>say why person {index} must be sent (--reason)</source>
        <translation>nurodykite, kodėl reikia siųsti asmenį {index} (--reason)</translation>
    </message>
    <message>
        <source>letter {seq} kept in the vault does not match its recorded SHA-256: it is not written</source>
        <translation>saugykloje laikomas raštas {seq} neatitinka užregistruotos SHA-256 reikšmės: jis neįrašomas</translation>
    </message>
    <message>
        <source>no letter {seq} was sent</source>
        <translation>raštas {seq} nebuvo išsiųstas</translation>
    </message>
    <message>
        <source>no letter {number} was sent by this HQ</source>
        <translation>ši centrinė institucija rašto {number} nesiuntė</translation>
    </message>
    <message>
        <source>the other Party&apos;s central authority is not enrolled: run &apos;shekara partner enroll FILE --fingerprint FP&apos; first (in the window: Exchange &gt; Partner keys)</source>
        <translation>kitos Šalies centrinė institucija neužregistruota: pirmiausia paleiskite &apos;shekara partner enroll FILE --fingerprint FP&apos; (lange: Keitimasis &gt; Partnerio raktai)</translation>
    </message>
    <message>
        <source>a letter to the other Party names the official who approved it: set {login}&apos;s printed name and position first (&apos;shekara officer edit {login} --full-name … --position …&apos;; in the window: Admin &gt; Officers, Printed name)</source>
        <translation>rašte kitai Šaliai nurodomas jį patvirtinęs pareigūnas: pirmiausia nustatykite {login} spausdinamą vardą ir pareigas (&apos;shekara officer edit {login} --full-name … --position …&apos;; lange: Administravimas &gt; Pareigūnai, Spausdinamas vardas)</translation>
    </message>
    <message>
        <source>the notice is not approved as it stands: a second supervisor runs &apos;shekara share approve&apos; after &apos;shekara share show&apos; (in the window: Exchange &gt; Share with the partner)</source>
        <translation>raštas tokio, koks yra dabar, nepatvirtintas: antras vadovas po &apos;shekara share show&apos; paleidžia &apos;shekara share approve&apos; (lange: Keitimasis &gt; Perduoti partneriui)</translation>
    </message>
    <message>
        <source>the notice is empty: add candidates first (&apos;shekara share candidates&apos;, &apos;shekara share add ID&apos;; in the window: Exchange &gt; Share with the partner)</source>
        <translation>raštas tuščias: pirmiausia įtraukite kandidatus (&apos;shekara share candidates&apos;, &apos;shekara share add ID&apos;; lange: Keitimasis &gt; Perduoti partneriui)</translation>
    </message>
    <message>
        <source>another window or command is putting a new vault file in place (a new master key or a restore): try again when it has finished</source>
        <translation>kitas langas ar komanda keičia saugyklos failą nauju (naujas pagrindinis raktas arba atkūrimas iš atsarginės kopijos): bandykite dar kartą, kai tai baigsis</translation>
    </message>
    <message>
        <source>the vault file {name} is empty: it was damaged; restore the vault from a backup (shekara restore FILE; in the window: Restore from a backup… on the unlock screen)</source>
        <translation>saugyklos failas {name} tuščias: jis sugadintas; atkurkite saugyklą iš atsarginės kopijos (shekara restore FILE; lange: atrakinimo ekrane „Atkurti iš atsarginės kopijos…“)</translation>
    </message>
    <message>
        <source>the vault is open in another window or command: lock it or close it there, then try again</source>
        <translation>saugykla atidaryta kitame lange ar komandoje: ten ją užrakinkite arba uždarykite ir bandykite dar kartą</translation>
    </message>
    <message>
        <source>the vault has a new master key since it was unlocked: lock it, unlock it and try again</source>
        <translation>nuo atrakinimo saugykla gavo naują pagrindinį raktą: užrakinkite ją, atrakinkite ir bandykite dar kartą</translation>
    </message>
    <message>
        <source>the vault file was replaced since it was unlocked (a new master key or a restore in another window or command): nothing was written; lock it and unlock it again</source>
        <translation>nuo atrakinimo saugyklos failas buvo pakeistas (naujas pagrindinis raktas arba atkūrimas kitame lange ar komandoje): nieko neįrašyta; užrakinkite ją ir atrakinkite iš naujo</translation>
    </message>
    <message>
        <source>the vault&apos;s request register is not one this program made; it was left unchanged</source>
        <translation>saugyklos prašymų registras sukurtas ne šios programos; jis paliktas nepakeistas</translation>
    </message>
    <message>
        <source>the citizenship filter&apos;s table</source>
        <translation>pilietybės filtro lentelė</translation>
    </message>
    <message>
        <source>the record list (status, version, date, crossing point, title, citizenships)</source>
        <translation>įrašų sąrašas (būsena, versija, data, perėjimo punktas, pavadinimas, pilietybės)</translation>
    </message>
    <message>
        <source>which records qualify under the Agreement</source>
        <translation>kurie įrašai atitinka Susitarimą</translation>
    </message>
    <message>
        <source>the search index of the information received from the other Party</source>
        <translation>iš kitos Šalies gautos informacijos paieškos indeksas</translation>
    </message>
    <message>
        <source>the record counts per kind and status</source>
        <translation>įrašų skaičiai pagal rūšį ir būseną</translation>
    </message>
    <message>
        <source>the extracts the period reports count</source>
        <translation>ištraukos, kurias skaičiuoja laikotarpio ataskaitos</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>paieškos indeksas</translation>
    </message>
    <message>
        <source>Checking the derived data against the records</source>
        <translation>Išvestiniai duomenys tikrinami pagal įrašus</translation>
    </message>
    <message>
        <source>correction of {id} v{version}: no such fact was received</source>
        <translation>{id} pataisymas ({version} versija): toks faktas negautas</translation>
    </message>
    <message>
        <source>{reason}; the keys are rotated: write the files again with &apos;shekara hq keys rotate --rewrite --out DIR&apos; (in the window: Admin &gt; Keys and fingerprints, Write the files again)</source>
        <translation>{reason}; raktai jau pakeisti: įrašykite failus dar kartą komanda „shekara hq keys rotate --rewrite --out DIR“ (lange: Administravimas &gt; Raktai ir atspaudai, Įrašyti failus dar kartą)</translation>
    </message>
    <message>
        <source>{reason}; the keys are rotated: write the files again with &apos;shekara keys rotate --rewrite --out DIR&apos; (in the window: Admin &gt; Keys and fingerprints, Write the files again)</source>
        <translation>{reason}; raktai jau pakeisti: įrašykite failus dar kartą komanda „shekara keys rotate --rewrite --out DIR“ (lange: Administravimas &gt; Raktai ir atspaudai, Įrašyti failus dar kartą)</translation>
    </message>
    <message>
        <source>the packet content</source>
        <translation>paketo turinys</translation>
    </message>
    <message>
        <source>the packet header</source>
        <translation>paketo antraštė</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>įvesties duomenys</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>rakto failas</translation>
    </message>
    <message>
        <source>A check found the record list disagreeing with the records themselves: each record&apos;s line in the list, its counts and its citizenships are made again from the record.</source>
        <translation>Patikra rado, kad įrašų sąrašas nesutampa su pačiais įrašais: kiekvieno įrašo eilutė sąraše, jo skaičiai ir pilietybės sudaromi iš naujo pagal įrašą.</translation>
    </message>
    <message>
        <source>Making the record list again from the records</source>
        <translation>Įrašų sąrašas sudaromas iš naujo pagal įrašus</translation>
    </message>
    <message>
        <source>This version changed the rule for which records qualify under the Agreement: it is applied again to every record.</source>
        <translation>Šioje versijoje pasikeitė taisyklė, pagal kurią įrašas atitinka Susitarimą: ji iš naujo taikoma kiekvienam įrašui.</translation>
    </message>
    <message>
        <source>Checking which records qualify under the Agreement</source>
        <translation>Tikrinama, kurie įrašai atitinka Susitarimą</translation>
    </message>
    <message>
        <source>A check of this vault (Admin &gt; Check the vault; on the command line &apos;shekara check --derived&apos;) found derived data disagreeing with the records themselves: it is made again from every record.</source>
        <translation>Šios saugyklos patikra (Administravimas &gt; Tikrinti saugyklą; komandų eilutėje &apos;shekara check --derived&apos;) rado, kad išvestiniai duomenys nesutampa su pačiais įrašais: jie sudaromi iš naujo pagal kiekvieną įrašą.</translation>
    </message>
    <message>
        <source>This version makes the period summary and the statistics from a short extract of each record: it is made once for every record, and the reports stay correct meanwhile.</source>
        <translation>Ši versija laikotarpio suvestinę ir statistiką sudaro iš trumpos kiekvieno įrašo ištraukos: ji sudaroma vieną kartą kiekvienam įrašui, o ataskaitos tuo metu lieka teisingos.</translation>
    </message>
    <message>
        <source>Preparing the records for the period reports</source>
        <translation>Įrašų parengimas laikotarpio ataskaitoms</translation>
    </message>
    <message>
        <source>This version searches records in a new way: the search index is made again from every record.</source>
        <translation>Ši versija įrašų ieško nauju būdu: paieškos indeksas iš naujo sudaromas iš visų įrašų.</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Perkuriamas paieškos indeksas</translation>
    </message>
    <message>
        <source>The reference data in force names some countries, crossing points or substances differently: the search index is made again from every record, so that records are found by the new names too.</source>
        <translation>Galiojantys žinyno duomenys kai kurias valstybes, kontrolės punktus ar medžiagas vadina kitaip: paieškos indeksas iš naujo sudaromas iš visų įrašų, kad įrašai būtų randami ir naujais pavadinimais.</translation>
    </message>
    <message>
        <source>record {id} has no person {index} (persons count from 0)</source>
        <translation>įraše {id} nėra asmens {index} (asmenys skaičiuojami nuo 0)</translation>
    </message>
    <message>
        <source>no held or forked letter {id} (see &apos;shekara partner status&apos;; in the window: Exchange &gt; Held and quarantined letters)</source>
        <translation>nėra sulaikyto ar išsišakojusio rašto {id} (žr. &apos;shekara partner status&apos;; lange: Keitimasis &gt; Sulaikyti ir karantine esantys raštai)</translation>
    </message>
    <message>
        <source>a vault already exists at {path}; use --replace to put it aside (in the window: tick &apos;Put the vault that is there now aside&apos;)</source>
        <translation>vietoje {path} jau yra saugykla; norėdami ją padėti į šalį, naudokite --replace (lange: pažymėkite „Dabar ten esančią saugyklą padėti į šalį“)</translation>
    </message>
    <message>
        <source>record {id} has nothing to send: it is not approved, or the partner has its current version</source>
        <translation>įraše {id} nėra ką siųsti: jis nepatvirtintas arba partneris turi dabartinę jo versiją</translation>
    </message>
    <message>
        <source>record {id} does not qualify for exchange under the Agreement: it is not sent</source>
        <translation>įrašas {id} neatitinka Susitarimo keitimosi sąlygų: jis nesiunčiamas</translation>
    </message>
    <message>
        <source>record {id} is not on the notice</source>
        <translation>įrašo {id} rašte nėra</translation>
    </message>
    <message>
        <source>nothing to send: the notice is empty and the partner has our receipts</source>
        <translation>nėra ką siųsti: raštas tuščias, o partneris turi mūsų gavimo patvirtinimus</translation>
    </message>
    <message>
        <source>no folder was given</source>
        <translation>aplankas nenurodytas</translation>
    </message>
    <message>
        <source>{option} needs a path; an empty one is not taken to mean the current folder</source>
        <translation>{option} reikia kelio; tuščias nelaikomas dabartiniu aplanku</translation>
    </message>
    <message>
        <source>something named {name} is already there (a file, link, pipe or device): move it away or choose another name</source>
        <translation>ten jau yra kažkas pavadinimu {name} (failas, nuoroda, kanalas ar įrenginys): perkelkite jį arba pasirinkite kitą pavadinimą</translation>
    </message>
    <message>
        <source>the path to write to is a loop of symbolic links</source>
        <translation>rašymo kelias yra simbolinių nuorodų ciklas</translation>
    </message>
    <message>
        <source>the file name or path is too long for that file system: choose a shorter folder</source>
        <translation>failo pavadinimas ar kelias šiai failų sistemai per ilgas: pasirinkite trumpesnį aplanką</translation>
    </message>
    <message>
        <source>a part of the path to write to is a file, not a folder</source>
        <translation>dalis rašymo kelio yra failas, o ne aplankas</translation>
    </message>
    <message>
        <source>the place to write to is not a folder (a file, a device or a pipe is there)</source>
        <translation>rašymo vieta nėra aplankas (ten yra failas, įrenginys ar kanalas)</translation>
    </message>
    <message>
        <source>this program may not write into that folder</source>
        <translation>ši programa negali rašyti į tą aplanką</translation>
    </message>
    <message>
        <source>the folder to write to is on a read-only file system (is the stick&apos;s lock switch on?)</source>
        <translation>rašymo aplankas yra tik skaitymui skirtoje failų sistemoje (ar įjungtas atmintinės apsaugos jungiklis?)</translation>
    </message>
    <message>
        <source>the place to write to cannot be used ({reason})</source>
        <translation>rašymo vietos negalima naudoti ({reason})</translation>
    </message>
    <message>
        <source>mode must be post or hq</source>
        <translation>režimas turi būti post arba hq</translation>
    </message>
    <message>
        <source>party must be KZ or LT</source>
        <translation>Šalis turi būti KZ arba LT</translation>
    </message>
    <message>
        <source>a post code is 2-32 characters: A-Z, digits or &apos;-&apos;</source>
        <translation>posto kodas – 2–32 ženklai: A-Z, skaitmenys arba „-“</translation>
    </message>
    <message>
        <source>the vault cannot be opened: it is damaged or not a Shekara vault</source>
        <translation>saugyklos atrakinti negalima: ji pažeista arba tai ne Shekara saugykla</translation>
    </message>
    <message>
        <source>a vault already exists at {path}</source>
        <translation>vietoje {path} jau yra saugykla</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>saugykla užrakinta</translation>
    </message>
    <message>
        <source>no vault at {path}</source>
        <translation>vietoje {path} saugyklos nėra</translation>
    </message>
    <message>
        <source>no key slots beside the vault ({name} missing)</source>
        <translation>šalia saugyklos nėra raktų lizdų (trūksta {name})</translation>
    </message>
    <message>
        <source>a key slot&apos;s KDF parameters are out of range</source>
        <translation>rakto lizdo KDF parametrai už leistinų ribų</translation>
    </message>
    <message>
        <source>key slot uses an unknown KDF</source>
        <translation>rakto lizdas naudoja nežinomą KDF</translation>
    </message>
    <message>
        <source>the vault&apos;s key slot file is damaged</source>
        <translation>saugyklos raktų lizdų failas pažeistas</translation>
    </message>
    <message>
        <source>key slots were written by a newer Shekara; update the program</source>
        <translation>raktų lizdus įrašė naujesnė Shekara versija; atnaujinkite programą</translation>
    </message>
    <message>
        <source>this vault was written by a newer Shekara (schema {found}, this program knows up to {latest}); install the newer version</source>
        <translation>šią saugyklą įrašė naujesnė Shekara versija (schema {found}, ši programa žino iki {latest}); įdiekite naujesnę versiją</translation>
    </message>
    <message>
        <source>could not write to the vault: {reason}</source>
        <translation>nepavyko įrašyti į saugyklą: {reason}</translation>
    </message>
    <message>
        <source>could not write {name}: {reason}</source>
        <translation>nepavyko įrašyti {name}: {reason}</translation>
    </message>
    <message>
        <source>this is {actual} vault; the command is for {mode} vaults</source>
        <translation>tai {actual} saugykla; komanda skirta {mode} saugykloms</translation>
    </message>
    <message>
        <source>entry {entry} was altered</source>
        <translation>įrašas {entry} pakeistas</translation>
    </message>
    <message>
        <source>entry {entry} is missing</source>
        <translation>trūksta įrašo {entry}</translation>
    </message>
    <message>
        <source>entry {entry} does not link to the one before it</source>
        <translation>įrašas {entry} nesusietas su ankstesniu</translation>
    </message>
    <message>
        <source>audit chain break: the post&apos;s audit entry {entry} changed</source>
        <translation>audito grandinės trūkis: pakeistas posto audito įrašas {entry}</translation>
    </message>
    <message>
        <source>audit chain break: the post&apos;s audit log went back from entry {before} to {after}</source>
        <translation>audito grandinės trūkis: posto audito žurnalas grįžo nuo įrašo {before} iki {after}</translation>
    </message>
    <message>
        <source>it does not follow packet {last}, the last one imported</source>
        <translation>jis neina po paskutinio importuoto paketo {last}</translation>
    </message>
    <message>
        <source>a different packet with this sequence number was received before</source>
        <translation>kitas paketas tuo pačiu eilės numeriu jau gautas anksčiau</translation>
    </message>
    <message>
        <source>held packet {seq} is a fork ({reason}): quarantined</source>
        <translation>laukiantis paketas {seq} yra išsišakojimas ({reason}): perkeltas į karantiną</translation>
    </message>
    <message>
        <source>held packet {seq} refused: {reason}</source>
        <translation>laukiantis paketas {seq} atmestas: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…ir dar %n problema</numerusform>
            <numerusform>…ir dar %n problemos</numerusform>
            <numerusform>…ir dar %n problemų</numerusform>
        </translation>
    </message>
    <message>
        <source>The record cannot be saved as it is:</source>
        <translation>Tokio įrašo išsaugoti negalima:</translation>
    </message>
    <message>
        <source>The vault cannot be read or written: it may be damaged or the disk full.</source>
        <translation>Saugyklos negalima nei skaityti, nei į ją rašyti: ji gali būti pažeista arba diskas pilnas.</translation>
    </message>
    <message>
        <source>Shekara hit an internal error (%1). What was saved is safe in the vault; try again, and tell your supervisor if it happens again.</source>
        <translation>Shekara susidūrė su vidine klaida (%1). Kas išsaugota, saugykloje nepažeista; bandykite dar kartą, o jei pasikartos, praneškite pamainos vadovui.</translation>
    </message>
    <message>
        <source>The request cannot be saved as it is:</source>
        <translation>Tokio prašymo išsaugoti negalima:</translation>
    </message>
    <message>
        <source>The answer cannot be saved as it is:</source>
        <translation>Tokio atsakymo išsaugoti negalima:</translation>
    </message>
    <message>
        <source>The refusal cannot be saved as it is:</source>
        <translation>Tokio atsisakymo išsaugoti negalima:</translation>
    </message>
    <message>
        <source>Shekara: not done</source>
        <translation>Shekara: neatlikta</translation>
    </message>
    <message>
        <source>Shekara: internal error</source>
        <translation>Shekara: vidinė klaida</translation>
    </message>
</context>
<context>
    <name>mrz</name>
    <message>
        <source>document number</source>
        <translation>dokumento numeris</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>gimimo data</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>galiojimo pabaiga</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>asmens kodas</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>bendroji</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>pilietybė</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>lytis</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>išdavusi valstybė</translation>
    </message>
    <message>
        <source>document expiry date</source>
        <translation>dokumento galiojimo pabaiga</translation>
    </message>
    <message>
        <source>name</source>
        <translation>vardas</translation>
    </message>
    <message>
        <source>document code</source>
        <translation>dokumento kodas</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>skaitmuo</translation>
    </message>
    <message>
        <source>a document number</source>
        <translation>dokumento numeris</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>tarpas</translation>
    </message>
    <message>
        <source>another character</source>
        <translation>kitas simbolis</translation>
    </message>
    <message>
        <source>YYMMDD digits, with &lt;&lt; for an unknown day or month</source>
        <translation>YYMMDD skaitmenys, nežinoma diena ar mėnuo – &lt;&lt;</translation>
    </message>
    <message>
        <source>{char} (U+{code})</source>
        <translation>{char} (U+{code})</translation>
    </message>
    <message>
        <source>a letter, then a letter or &lt;</source>
        <translation>raidė, po jos raidė arba &lt;</translation>
    </message>
    <message>
        <source>a country code of letters</source>
        <translation>šalies kodas iš raidžių</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} arba {second}</translation>
    </message>
    <message>
        <source>YYMMDD digits, or &lt;&lt;&lt;&lt;&lt;&lt; when there is none</source>
        <translation>YYMMDD skaitmenys arba &lt;&lt;&lt;&lt;&lt;&lt;, jei datos nėra</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>pilietybė</translation>
    </message>
    <message>
        <source>{length} characters ({format})</source>
        <translation>simbolių: {length} ({format})</translation>
    </message>
    <message>
        <source>line count</source>
        <translation>eilučių skaičius</translation>
    </message>
    <message>
        <source>A-Z, 0-9 or &lt;</source>
        <translation>A-Z, 0-9 arba &lt;</translation>
    </message>
    <message>
        <source>letters and &lt;</source>
        <translation>raidės ir &lt;</translation>
    </message>
    <message>
        <source>only fillers</source>
        <translation>tik užpildai (&lt;)</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>kiti simboliai</translation>
    </message>
    <message>
        <source>M, F, X or &lt;</source>
        <translation>M, F, X arba &lt;</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekstas</translation>
    </message>
    <message>
        <source>the mrz field</source>
        <translation>MRZ laukas</translation>
    </message>
    <message>
        <source>2 or 3</source>
        <translation>2 arba 3</translation>
    </message>
    <message>
        <source>{where} ({field})</source>
        <translation>{where} ({field})</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} eilutė</translation>
    </message>
    <message>
        <source>line {line}, positions {start}-{end}</source>
        <translation>{line} eilutė, {start}–{end} pozicijos</translation>
    </message>
    <message>
        <source>line {line}, position {position}</source>
        <translation>{line} eilutė, {position} pozicija</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is not a field of an answer</source>
        <translation>tai ne atsakymo laukas</translation>
    </message>
    <message>
        <source>must be a list of record ids</source>
        <translation>turi būti įrašų identifikatorių sąrašas</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>turi būti true arba false</translation>
    </message>
    <message>
        <source>must be {{&quot;ru&quot;: {{&quot;text&quot;: &quot;…&quot;}}}} (the Russian translation)</source>
        <translation>turi būti {{&quot;ru&quot;: {{&quot;text&quot;: &quot;…&quot;}}}} (vertimas į rusų kalbą)</translation>
    </message>
    <message>
        <source>must be a real date written {form}</source>
        <translation>turi būti tikra data, užrašyta {form}</translation>
    </message>
    <message>
        <source>must be a media type such as image/jpeg</source>
        <translation>turi būti medijos tipas, pvz., image/jpeg</translation>
    </message>
    <message>
        <source>contains a character that reverses the direction of text</source>
        <translation>yra ženklas, keičiantis teksto kryptį</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>yra valdymo ženklas</translation>
    </message>
    <message>
        <source>is before {year}</source>
        <translation>yra ankstesnė nei {year}</translation>
    </message>
    <message>
        <source>is after {year}</source>
        <translation>vėliau nei {year} m.</translation>
    </message>
    <message>
        <source>repeats an earlier entry</source>
        <translation>kartoja ankstesnį įrašą</translation>
    </message>
    <message>
        <source>is before the date of issue</source>
        <translation>yra ankstesnė nei išdavimo data</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM arba YYYY</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>yra ateityje</translation>
    </message>
    <message>
        <source>is before the date of the request</source>
        <translation>yra ankstesnė nei prašymo data</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>turi būti tikra data, užrašyta YYYY-MM-DD</translation>
    </message>
    <message>
        <source>has already passed</source>
        <translation>jau praėjo</translation>
    </message>
    <message>
        <source>needs a linked record id, a description, or both</source>
        <translation>reikia susieto įrašo ID, aprašymo arba abiejų</translation>
    </message>
    <message>
        <source>contains an invisible character (such as a zero-width space)</source>
        <translation>yra nematomas ženklas (pvz., nulinio pločio tarpas)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>turi būti JSON objektas</translation>
    </message>
    <message>
        <source>must be a whole number greater than zero</source>
        <translation>turi būti sveikasis skaičius, didesnis už nulį</translation>
    </message>
    <message>
        <source>is set by the vault and cannot be given</source>
        <translation>nustatoma saugyklos ir negali būti nurodyta</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>is not a central competent authority in the reference data</source>
        <translation>žinyno duomenyse nėra tokios centrinės kompetentingos institucijos</translation>
    </message>
    <message>
        <source>is not a field of a request</source>
        <translation>tai ne prašymo laukas</translation>
    </message>
    <message>
        <source>must be one of the Art. 9 grounds: {choices}</source>
        <translation>turi būti vienas iš Susitarimo 9 str. pagrindų: {choices}</translation>
    </message>
    <message>
        <source>is not a record in this vault</source>
        <translation>tokio įrašo šioje saugykloje nėra</translation>
    </message>
    <message>
        <source>must be whole or part</source>
        <translation>turi būti whole (visiškai) arba part (iš dalies)</translation>
    </message>
    <message>
        <source>must be an authority of {party}</source>
        <translation>turi būti Šalies {party} institucija</translation>
    </message>
    <message>
        <source>needs both latitude and longitude, or neither</source>
        <translation>reikia abiejų – platumos ir ilgumos – arba nė vienos</translation>
    </message>
    <message>
        <source>MRZ check digit of the {field} should be {expected} ({where})</source>
        <translation>MRZ kontrolinis skaitmuo ({field}) turėtų būti {expected} ({where})</translation>
    </message>
    <message>
        <source>The record&apos;s {field} differs from the MRZ</source>
        <translation>Įrašo laukas „{field}“ skiriasi nuo MRZ</translation>
    </message>
    <message>
        <source>MRZ {field} is not a possible date ({where})</source>
        <translation>MRZ {field} nėra galima data ({where})</translation>
    </message>
    <message>
        <source>needs a surname, given names or Latin name (or an MRZ)</source>
        <translation>reikia pavardės, vardų ar vardo lotyniškai (arba MRZ)</translation>
    </message>
    <message>
        <source>needs at least one person for this kind of record</source>
        <translation>šios rūšies įrašui reikia bent vieno asmens</translation>
    </message>
    <message>
        <source>needs at least one topic</source>
        <translation>reikia bent vienos temos</translation>
    </message>
    <message>
        <source>must give a UTC offset (such as +05:00) or be a date only</source>
        <translation>turi būti nurodytas UTC poslinkis (pvz., +05:00) arba tik data</translation>
    </message>
    <message>
        <source>has no visible character</source>
        <translation>neturi nė vieno matomo ženklo</translation>
    </message>
    <message>
        <source>must be a JSON object (one record)</source>
        <translation>turi būti JSON objektas (vienas įrašas)</translation>
    </message>
    <message>
        <source>is not a country: choose one from the list (or type its three-letter code, such as KAZ)</source>
        <translation>tai ne šalis: pasirinkite iš sąrašo (arba įveskite jos trijų raidžių kodą, pvz., KAZ)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>turi būti objektas</translation>
    </message>
    <message>
        <source>must be a plain file name, without folders</source>
        <translation>turi būti paprastas failo vardas be aplankų</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>turi būti baigtinis skaičius</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>turi būti didesnis už nulį</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest (64 hexadecimal characters)</source>
        <translation>turi būti SHA-256 santrauka (64 šešioliktainiai ženklai)</translation>
    </message>
    <message>
        <source>Not an MRZ as documents print it: {where}: expected {expected}, found {found}</source>
        <translation>Ne toks MRZ, kokį spausdina dokumentai: {where}: tikėtasi {expected}, rasta {found}</translation>
    </message>
    <message>
        <source>is not a record id: one looks like 1b4e28ba-2fa1-41d2-883f-0016d3cca427</source>
        <translation>nėra įrašo ID: jis atrodo taip: 1b4e28ba-2fa1-41d2-883f-0016d3cca427</translation>
    </message>
    <message>
        <source>must not be larger than {limit}</source>
        <translation>turi būti ne didesnis nei {limit}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>turi būti nuo {low} iki {high}</translation>
    </message>
    <message>
        <source>is set by the vault and cannot be given when adding a record</source>
        <translation>nustatoma saugyklos ir negali būti nurodyta pridedant įrašą</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>privaloma</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>ilgesnis nei {limit} ženklų</translation>
    </message>
    <message>
        <source>has more than {limit} entries</source>
        <translation>turi daugiau nei {limit} įrašų</translation>
    </message>
    <message>
        <source>needs one entry per entry of the record&apos;s list</source>
        <translation>reikia po vieną įrašą kiekvienam įrašo sąrašo įrašui</translation>
    </message>
    <message>
        <source>is not a free-text field of this record to translate</source>
        <translation>nėra šio įrašo verčiamas laisvo teksto laukas</translation>
    </message>
    <message>
        <source>holds only the Russian translation (key ru)</source>
        <translation>skirta tik vertimui į rusų kalbą (raktas ru)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true arba false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>sąrašas</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>skaičius</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objektas</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekstas</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>sveikasis skaičius</translation>
    </message>
    <message>
        <source>is not a crossing point Shekara knows: choose one from the list</source>
        <translation>tokio kontrolės punkto Shekara nežino: pasirinkite iš sąrašo</translation>
    </message>
    <message>
        <source>is not one of the choices: choose one from the list</source>
        <translation>tai ne vienas iš galimų pasirinkimų: pasirinkite iš sąrašo</translation>
    </message>
    <message>
        <source>is not a country Shekara knows: choose one from the list</source>
        <translation>tokios šalies Shekara nežino: pasirinkite iš sąrašo</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>tai ne šio įrašo laukas</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>turi būti {expected}</translation>
    </message>
</context>
</TS>
