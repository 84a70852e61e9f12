<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Shekara</source>
        <translation>О программе Shekara</translation>
    </message>
    <message>
        <source>Shekara %1
Records under the Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Lithuania on cooperation in combating organized crime, illicit trafficking in narcotic drugs and psychotropic substances, terrorism and other types of crime.</source>
        <translation>Shekara %1
Записи по Соглашению между Правительством Республики Казахстан и Правительством Литовской Республики о сотрудничестве в борьбе с организованной преступностью, незаконным оборотом наркотических средств и психотропных веществ, терроризмом и другими видами преступлений.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
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
        <translation>Схема хранилища:</translation>
    </message>
    <message>
        <source>Reference data:</source>
        <translation>Справочные данные:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Пост:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Папка хранилища:</translation>
    </message>
    <message>
        <source>Our key:</source>
        <translation>Наш ключ:</translation>
    </message>
    <message>
        <source>HQ&apos;s key:</source>
        <translation>Ключ центрального органа:</translation>
    </message>
</context>
<context>
    <name>AckImportDialog</name>
    <message>
        <source>Import HQ&apos;s acknowledgement</source>
        <translation>Загрузка подтверждения центрального органа</translation>
    </message>
    <message>
        <source>HQ answers each stick with an acknowledgement file (shekara-…-ack-….shk). Importing it marks the records HQ has received as acknowledged. An older acknowledgement changes nothing.</source>
        <translation>Центральный орган отвечает на каждый флеш-накопитель файлом подтверждения (shekara-…-ack-….shk). При его загрузке полученные центральным органом записи отмечаются как подтверждённые. Более старое подтверждение ничего не меняет.</translation>
    </message>
    <message>
        <source>&amp;Choose the acknowledgement file…</source>
        <translation>&amp;Выбрать файл подтверждения…</translation>
    </message>
    <message>
        <source>&amp;Write the missing packets again…</source>
        <translation>&amp;Записать недостающие пакеты заново…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Это может сделать только начальник смены</translation>
    </message>
    <message>
        <source>HQ&apos;s acknowledgement</source>
        <translation>Подтверждение центрального органа</translation>
    </message>
    <message>
        <source>Reading the acknowledgement…</source>
        <translation>Чтение подтверждения…</translation>
    </message>
    <message>
        <source>Only a supervisor can write packets again: ask a supervisor to write packet(s) %1 again (Post &gt; Packets in the outbox…).</source>
        <translation>Записать пакеты заново может только начальник смены: попросите начальника смены записать заново пакет(ы) %1 (Пост &gt; Исходящие пакеты…).</translation>
    </message>
    <message>
        <source>Packet(s) %1 written again to %2 with their original contents. Send them to HQ with the next stick.</source>
        <translation>Пакеты %1 записаны заново в %2 с исходным содержимым. Отправьте их в центральный орган со следующим флеш-накопителем.</translation>
    </message>
    <message>
        <source>Packet(s) %1 not written again yet.</source>
        <translation>Пакеты %1 ещё не записаны заново.</translation>
    </message>
    <message>
        <source>The acknowledgement was not taken.</source>
        <translation>Подтверждение не принято.</translation>
    </message>
    <message>
        <source>Acknowledgement %1 from HQ is taken.</source>
        <translation>Подтверждение %1 центрального органа принято.</translation>
    </message>
    <message>
        <source>Nothing new: this acknowledgement (number %1) is not newer than the last one taken (number %2). Nothing was changed.</source>
        <translation>Ничего нового: это подтверждение (номер %1) не новее последнего принятого (номер %2). Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s) newly marked as acknowledged</source>
        <translation>
            <numerusform>%n версия записи впервые отмечена как подтверждённая</numerusform>
            <numerusform>%n версии записей впервые отмечены как подтверждённые</numerusform>
            <numerusform>%n версий записей впервые отмечены как подтверждённые</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n record(s)).</source>
        <translation>
            <numerusform>(в %n записи).</numerusform>
            <numerusform>(в %n записях).</numerusform>
            <numerusform>(в %n записях).</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has imported every packet up to number %1.</source>
        <translation>Центральный орган загрузил все пакеты до номера %1.</translation>
    </message>
    <message>
        <source>HQ has not imported any packet from this post yet.</source>
        <translation>Центральный орган ещё не загрузил ни одного пакета этого поста.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet copy(ies) no longer needed were removed from the outbox.</source>
        <translation>
            <numerusform>Из исходящих удалена %n ненужная больше копия пакета.</numerusform>
            <numerusform>Из исходящих удалены %n ненужные больше копии пакетов.</numerusform>
            <numerusform>Из исходящих удалено %n ненужных больше копий пакетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ is missing packet(s) %1: write them again and send them with the next stick.</source>
        <translation>В центральном органе не хватает пакета(ов) %1: запишите их заново и отправьте со следующим флеш-накопителем.</translation>
    </message>
    <message>
        <source>HQ holds packet(s) %1 until the missing ones arrive.</source>
        <translation>Центральный орган держит пакет(ы) %1, пока не придут недостающие.</translation>
    </message>
    <message>
        <source>HQ refused packet %1: %2.</source>
        <translation>Центральный орган отклонил пакет %1: %2.</translation>
    </message>
    <message>
        <source>No gaps, held packets or refusals reported.</source>
        <translation>Пропусков, задержанных пакетов и отказов нет.</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>New officer&apos;s login</source>
        <translation>Логин нового сотрудника</translation>
    </message>
    <message>
        <source>New officer&apos;s role</source>
        <translation>Роль нового сотрудника</translation>
    </message>
    <message>
        <source>A login is 2 to 32 small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Логин — от 2 до 32 строчных латинских букв, цифр, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;, начиная с буквы.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer to request %1</source>
        <translation>Ответ на запрос %1</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <source>&amp;Linked records:</source>
        <translation>&amp;Связанные записи:</translation>
    </message>
    <message>
        <source>record ids, separated by spaces (optional)</source>
        <translation>идентификаторы записей через пробел (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Partial answer: more follows</source>
        <translation>&amp;Частичный ответ: будет продолжение</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Хранилище создано</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Хранилище открыто</translation>
    </message>
    <message>
        <source>Unlock refused</source>
        <translation>Отказ в открытии</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Открыто ключом восстановления</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Ключ хранилища заменён</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Создан новый ключ восстановления</translation>
    </message>
    <message>
        <source>Derived data repaired</source>
        <translation>Производные данные восстановлены</translation>
    </message>
    <message>
        <source>Officer added</source>
        <translation>Сотрудник добавлен</translation>
    </message>
    <message>
        <source>Officer removed</source>
        <translation>Сотрудник удалён</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>Officer&apos;s name, rank or position changed</source>
        <translation>Изменены ФИО, звание или должность сотрудника</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Запись создана</translation>
    </message>
    <message>
        <source>Draft changed</source>
        <translation>Черновик изменён</translation>
    </message>
    <message>
        <source>Record approved</source>
        <translation>Запись утверждена</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>Запись исправлена</translation>
    </message>
    <message>
        <source>Record withdrawn</source>
        <translation>Запись отозвана</translation>
    </message>
    <message>
        <source>Record viewed</source>
        <translation>Запись просмотрена</translation>
    </message>
    <message>
        <source>Records searched</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <source>Retention reviewed</source>
        <translation>Срок хранения пересмотрен</translation>
    </message>
    <message>
        <source>Packet exported</source>
        <translation>Пакет выгружен</translation>
    </message>
    <message>
        <source>Acknowledgement imported</source>
        <translation>Подтверждение загружено</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Документ напечатан</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>Записи удалены по сроку</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Резервная копия записана</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>HQ keys imported</source>
        <translation>Ключи центрального органа загружены</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Ключи заменены</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>Пакет загружен</translation>
    </message>
    <message>
        <source>Acknowledgement written</source>
        <translation>Подтверждение записано</translation>
    </message>
    <message>
        <source>Post enrolled</source>
        <translation>Пост зарегистрирован</translation>
    </message>
    <message>
        <source>Post keys revoked</source>
        <translation>Ключи поста отозваны</translation>
    </message>
    <message>
        <source>Partner keys trusted</source>
        <translation>Ключи партнёра признаны доверенными</translation>
    </message>
    <message>
        <source>Partner keys revoked</source>
        <translation>Ключи партнёра отозваны</translation>
    </message>
    <message>
        <source>Held packet discarded</source>
        <translation>Удержанный пакет отброшен</translation>
    </message>
    <message>
        <source>Reference data imported</source>
        <translation>Справочные данные загружены</translation>
    </message>
    <message>
        <source>Request created</source>
        <translation>Запрос создан</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>В запросе отказано</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Запрос утверждён</translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation>Дан ответ на запрос</translation>
    </message>
    <message>
        <source>Follow-up question on a request</source>
        <translation>Дополнительный вопрос по запросу</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Запрос отозван</translation>
    </message>
    <message>
        <source>Paper copy of a request closed</source>
        <translation>Бумажный экземпляр запроса закрыт</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Настройка изменена</translation>
    </message>
    <message>
        <source>Partner&apos;s letter imported</source>
        <translation>Импортировано письмо другой Стороны</translation>
    </message>
    <message>
        <source>Received information viewed</source>
        <translation>Просмотрена полученная информация</translation>
    </message>
    <message>
        <source>Third-party consent recorded</source>
        <translation>Зарегистрировано согласие на передачу третьей стороне</translation>
    </message>
    <message>
        <source>Put on the notice to the partner</source>
        <translation>Включено в письмо партнёру</translation>
    </message>
    <message>
        <source>Taken off the notice to the partner</source>
        <translation>Исключено из письма партнёру</translation>
    </message>
    <message>
        <source>Notice to the partner approved</source>
        <translation>Письмо партнёру утверждено</translation>
    </message>
    <message>
        <source>Letter sent to the partner</source>
        <translation>Письмо партнёру отправлено</translation>
    </message>
    <message>
        <source>Letter to the partner written</source>
        <translation>Письмо партнёру записано</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>Со&amp;трудник:</translation>
    </message>
    <message>
        <source>&amp;Record id:</source>
        <translation>&amp;Идентификатор записи:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>П&amp;роверить цепочку</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Последние &amp;записи</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Фильтр по действию</translation>
    </message>
    <message>
        <source>Officer filter</source>
        <translation>Фильтр по сотруднику</translation>
    </message>
    <message>
        <source>Record id filter</source>
        <translation>Фильтр по идентификатору записи</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>все действия</translation>
    </message>
    <message>
        <source>Checking every entry of the chain…</source>
        <translation>Проверяется каждая запись цепочки…</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, the last is No. %2 (%3…).</source>
        <translation>Цепочка цела: записей — %1, последняя № %2 (%3…).</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry No. %1: %2</source>
        <translation>Цепочка НАРУШЕНА на записи № %1: %2</translation>
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
        <translation>Когда</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <source>A backup is the vault as it is now, still encrypted: it opens only with a passphrase or the recovery key valid today. Keep it on a stick stored apart from this laptop. It is read back and checked after it is written.</source>
        <translation>Резервная копия — это хранилище в нынешнем виде, по-прежнему зашифрованное: оно открывается только действующей сегодня парольной фразой или ключом восстановления. Храните её на флеш-накопителе отдельно от этого ноутбука. После записи она считывается и проверяется.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Write the backup</source>
        <translation>&amp;Записать резервную копию</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Папка для резервной копии</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Резервная копия записывается и проверяется…</translation>
    </message>
    <message>
        <source>Backup written and checked: %1
%2 records, %3 MB, SHA-256 %4</source>
        <translation>Резервная копия записана и проверена: %1
записей: %2, %3 МБ, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>CandidatesTableModel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Передаётся</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>On the notice</source>
        <translation>В уведомлении</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Сменить мою парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Парольная фраза меняется…</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <source>Checks every page of the vault, then makes again from the records what the vault keeps beside them (the record list, the counts, the search index) and compares, and verifies the audit chain. It only reads. On a large vault it takes minutes; the window waits meanwhile.</source>
        <translation>Проверяет каждую страницу хранилища, затем заново вычисляет по записям то, что хранилище держит рядом с ними (список записей, счётчики, поисковый индекс), сравнивает и проверяет цепочку аудита. Только читает. На большом хранилище это занимает несколько минут; окно всё это время ждёт.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Начать проверку</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Исправить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 из %Ln записи</numerusform>
            <numerusform>%1 из %Ln записей</numerusform>
            <numerusform>%1 из %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Проверка каждой страницы хранилища…</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>Проверка останавливается…</translation>
    </message>
    <message>
        <source>The check was stopped before it ended. Nothing was changed.</source>
        <translation>Проверка остановлена до завершения. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The page check found: %1</source>
        <translation>Проверка страниц обнаружила: %1</translation>
    </message>
    <message>
        <source>The vault is damaged: some of its pages fail their check. This cannot be repaired here. Lock the vault and bring back the newest backup (%1 on the unlock screen, with &quot;%2&quot; ticked, so that this vault is kept).</source>
        <translation>Хранилище повреждено: часть его страниц не проходит проверку. Здесь это исправить нельзя. Заблокируйте хранилище и восстановите самую свежую резервную копию (%1 на экране разблокировки, с отметкой «%2», чтобы это хранилище сохранилось).</translation>
    </message>
    <message>
        <source>The audit chain is broken. It cannot be repaired: it is evidence, and so is the rest of this vault as it is now. Do not change it; tell your supervisor. To compare, lock the vault and bring back the newest backup (%1 on the unlock screen, with &quot;%2&quot; ticked, so that this vault is kept).</source>
        <translation>Цепочка аудита нарушена. Её нельзя исправить: это доказательство, как и всё хранилище в нынешнем виде. Не изменяйте его; сообщите начальнику смены. Для сравнения заблокируйте хранилище и восстановите самую свежую резервную копию (%1 на экране разблокировки, с отметкой «%2», чтобы это хранилище сохранилось).</translation>
    </message>
    <message>
        <source>Some derived data disagrees with the records. Repair makes it again from the records; it changes no record and no audit entry, and it is written in the audit log. It cannot be stopped part-way; then the vault is checked again.</source>
        <translation>Часть производных данных расходится с записями. «Исправить» составляет их заново по записям; ни записи, ни журнал аудита при этом не меняются, а само исправление заносится в журнал аудита. Его нельзя остановить на полпути; затем хранилище проверяется снова.</translation>
    </message>
    <message>
        <source>Everything agrees with the records, and the audit chain is intact.</source>
        <translation>Всё совпадает с записями, цепочка аудита цела.</translation>
    </message>
    <message numerus="yes">
        <source>the audit chain: intact, %Ln entries</source>
        <translation>
            <numerusform>цепочка аудита: цела, %Ln запись</numerusform>
            <numerusform>цепочка аудита: цела, %Ln записи</numerusform>
            <numerusform>цепочка аудита: цела, %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit chain: broken at entry %1 (%2)</source>
        <translation>цепочка аудита: нарушена на записи № %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) checked against their newest versions:</source>
        <translation>
            <numerusform>%Ln запись сверена со своей последней версией:</numerusform>
            <numerusform>%Ln записи сверены со своими последними версиями:</numerusform>
            <numerusform>%Ln записей сверено со своими последними версиями:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: agrees</source>
        <translation>%1: совпадает</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) disagree</source>
        <translation>
            <numerusform>%Ln запись расходится</numerusform>
            <numerusform>%Ln записи расходятся</numerusform>
            <numerusform>%Ln записей расходятся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) of no record</source>
        <translation>
            <numerusform>%Ln элемент без записи</numerusform>
            <numerusform>%Ln элемента без записи</numerusform>
            <numerusform>%Ln элементов без записи</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(for example %1)</source>
        <translation>(например, %1)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Partner&apos;s consent for %1 (Art. 10.2)</source>
        <translation>Согласие партнёра по %1 (п. 2 ст. 10 Соглашения)</translation>
    </message>
    <message>
        <source>Information received from the partner goes to a third party only with its written consent. Record the consent letter as it came: its number, who may receive the fact and for what; the letter itself is kept, encrypted, in the vault.</source>
        <translation>Информация, полученная от партнёра, передаётся третьей стороне только с его письменного согласия. Зарегистрируйте письмо о согласии в том виде, в каком оно пришло: его номер, кто и для чего может получить факт; само письмо хранится в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Consent letter &amp;number:</source>
        <translation>&amp;Номер письма о согласии:</translation>
    </message>
    <message>
        <source>&amp;Third party:</source>
        <translation>&amp;Третья сторона:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>The &amp;letter (scan or text):</source>
        <translation>&amp;Письмо (скан или текст):</translation>
    </message>
    <message>
        <source>as printed on it, e.g. HQ-LT/2026/000012</source>
        <translation>как напечатано в нём, например HQ-LT/2026/000012</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>The partner&apos;s consent letter</source>
        <translation>Письмо партнёра о согласии</translation>
    </message>
    <message>
        <source>Scans and texts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Сканы и тексты (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>What will go</source>
        <translation>Что будет отправлено</translation>
    </message>
    <message>
        <source>Approved records, corrections and withdrawals not yet sent.</source>
        <translation>Ещё не отправленные утверждённые записи, исправления и отзывы.</translation>
    </message>
    <message>
        <source>&amp;Write packet</source>
        <translation>&amp;Записать пакет</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Новые записи:</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>Исправления:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>Отзывы:</translation>
    </message>
    <message>
        <source>Removed at end of retention:</source>
        <translation>Удалены по истечении срока хранения:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>Packet number:</source>
        <translation>Номер пакета:</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Куда записывается:</translation>
    </message>
    <message>
        <source>Counting what waits to be sent…</source>
        <translation>Подсчитывается, что ждёт отправки…</translation>
    </message>
    <message>
        <source>This packet will carry:</source>
        <translation>В этом пакете будет:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n файл, %1</numerusform>
            <numerusform>%n файла, %1</numerusform>
            <numerusform>%n файлов, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>An earlier export was interrupted: packet %1 is written first, with exactly the same contents. Run the export again afterwards for what is left.</source>
        <translation>Предыдущая выгрузка была прервана: сначала записывается пакет %1 с точно тем же содержимым. Для остального затем выполните выгрузку ещё раз.</translation>
    </message>
    <message>
        <source>Nothing to export: no approved record, correction or withdrawal waits to be sent.</source>
        <translation>Выгружать нечего: нет утверждённых записей, исправлений или отзывов, ожидающих отправки.</translation>
    </message>
    <message>
        <source>The stick may be too small: the attachments alone take %1 and it has %2 free.</source>
        <translation>Флеш-накопителя может не хватить: одни вложения занимают %1, а на нём свободно %2.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>any country</source>
        <translation>любая страна</translation>
    </message>
</context>
<context>
    <name>DemoHqDialog</name>
    <message>
        <source>Demo HQ</source>
        <translation>Демонстрационный центральный орган</translation>
    </message>
    <message>
        <source>The folder with the post&apos;s packets</source>
        <translation>Папка с пакетами поста</translation>
    </message>
</context>
<context>
    <name>DemoHqPanel</name>
    <message>
        <source>Demo: HQ&apos;s side</source>
        <translation>Демо: сторона центрального органа</translation>
    </message>
    <message>
        <source>This demo has an HQ (%1) whose keys this post trusts. It can take the packets in the folder as HQ would: check and import them, and write its signed acknowledgement into the same folder. Then import that acknowledgement here as from a stick that came back from HQ.</source>
        <translation>В этой демонстрации есть центральный орган (%1), ключам которого доверяет этот пост. Он может принять пакеты из папки, как это сделал бы центральный орган: проверить и загрузить их и записать своё подписанное подтверждение в ту же папку. Затем загрузите это подтверждение здесь, как с флеш-накопителя, вернувшегося из центрального органа.</translation>
    </message>
    <message>
        <source>Let the demo &amp;HQ acknowledge</source>
        <translation>Пусть демо-&amp;центральный орган подтвердит</translation>
    </message>
    <message>
        <source>&amp;Import the acknowledgement…</source>
        <translation>&amp;Загрузить подтверждение…</translation>
    </message>
    <message>
        <source>The demo HQ is importing the packets…</source>
        <translation>Демо-центральный орган загружает пакеты…</translation>
    </message>
    <message>
        <source>%1 (packet %2): %3 — %4</source>
        <translation>%1 (пакет %2): %3 — %4</translation>
    </message>
    <message>
        <source>The demo HQ wrote acknowledgement %1 to %2.</source>
        <translation>Демо-центральный орган записал подтверждение %1 в %2.</translation>
    </message>
    <message>
        <source>Take it back as the post: Post &gt; Import acknowledgement.</source>
        <translation>Примите его как пост: Пост &gt; Загрузить подтверждение.</translation>
    </message>
</context>
<context>
    <name>DestinationChooser</name>
    <message>
        <source>&amp;Removable drives (USB sticks):</source>
        <translation>&amp;Съёмные диски (флеш-накопители):</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>Съёмные диски</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Look for sticks again (after plugging one in)</source>
        <translation>Снова поискать флеш-накопители (после подключения)</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Выбрать другую &amp;папку…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>No stick found. Plug one in and press Refresh, or choose a folder.</source>
        <translation>Флеш-накопитель не найден. Подключите его и нажмите «Обновить» или выберите папку.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 free of %4</source>
        <translation>%1 (%2) — свободно %3 из %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where should the packet go?</source>
        <translation>Куда записать пакет?</translation>
    </message>
    <message>
        <source>Choose the USB stick that goes to HQ, or any folder.</source>
        <translation>Выберите флеш-накопитель, который поедет в центральный орган, или любую папку.</translation>
    </message>
    <message>
        <source>The packet is one encrypted file that only HQ (and this post) can open. It is written, read back and checked before anything is marked as exported.</source>
        <translation>Пакет — один зашифрованный файл, который может открыть только центральный орган (и этот пост). Он записывается, считывается обратно и проверяется прежде, чем что-либо будет отмечено как выгруженное.</translation>
    </message>
</context>
<context>
    <name>DiscardPacketDialog</name>
    <message>
        <source>Discard a packet</source>
        <translation>Отбросить пакет</translation>
    </message>
    <message>
        <source>Say why, in a few words (at most %1 characters): the reason is kept in the audit log with your name.</source>
        <translation>Укажите причину в нескольких словах (не более %1 символов): она сохраняется в журнале аудита с вашим именем.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>e.g. the post&apos;s supervisor confirmed that a copied vault wrote it</source>
        <translation>например, начальник смены поста подтвердил, что его записало скопированное хранилище</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Отбросить…</translation>
    </message>
    <message>
        <source>Say why the packet is discarded: the reason is required.</source>
        <translation>Укажите, почему пакет отбрасывается: причина обязательна.</translation>
    </message>
    <message>
        <source>Discard the packet</source>
        <translation>Отбросить пакет</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>Disclosure register</source>
        <translation>Реестр переданной информации</translation>
    </message>
    <message>
        <source>Every record version and correction sent to the other Party (Art. 10): what Art. 10.2 consents and Art. 10.3 corrections stand on.</source>
        <translation>Каждая версия записи и исправление, переданные другой Стороне (ст. 10 Соглашения): на это опираются согласия по п. 2 ст. 10 и исправления по п. 3 ст. 10.</translation>
    </message>
    <message>
        <source>Sent &amp;from:</source>
        <translation>Передано &amp;с:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <source>registration number or id</source>
        <translation>регистрационный номер или идентификатор</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>&amp;Print the period…</source>
        <translation>&amp;Печать за период…</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n передача</numerusform>
            <numerusform>%n передачи</numerusform>
            <numerusform>%n передач</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Передаётся</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Persons sent</source>
        <translation>Переданные лица</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Не переданы</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Packet SHA-256</source>
        <translation>SHA-256 пакета</translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n добавлен вручную)</numerusform>
            <numerusform>(%n добавлены вручную)</numerusform>
            <numerusform>(%n добавлено вручную)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The packet is written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>Print the transmittal sheet and hand it over with the stick.</source>
        <translation>Напечатайте акт приёма-передачи пакета и передайте его вместе с флеш-накопителем.</translation>
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
        <translation>Считано:</translation>
    </message>
    <message>
        <source>Carries:</source>
        <translation>Содержит:</translation>
    </message>
    <message>
        <source>&amp;Print the transmittal sheet…</source>
        <translation>&amp;Напечатать акт приёма-передачи пакета…</translation>
    </message>
    <message>
        <source>Packet %1 is on the stick and was checked.</source>
        <translation>Пакет %1 записан на флеш-накопитель и проверен.</translation>
    </message>
    <message>
        <source>read again from the stick (%1): the signature verified, the contents decrypted and matched, the SHA-256 is the same</source>
        <translation>повторно считан с флеш-накопителя (%1): подпись проверена, содержимое расшифровано и совпало, SHA-256 тот же</translation>
    </message>
    <message>
        <source>verified while writing; the stick could not be read again just now</source>
        <translation>проверен при записи; повторно прочитать флеш-накопитель сейчас не удалось</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n версия записи</numerusform>
            <numerusform>%n версии записей</numerusform>
            <numerusform>%n версий записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n удалённая запись</numerusform>
            <numerusform>%n удалённые записи</numerusform>
            <numerusform>%n удалённых записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheet. HQ&apos;s acknowledgement comes back the same way: import it from the Post menu.</source>
        <translation>Передайте флеш-накопитель вместе с напечатанным актом приёма-передачи пакета. Подтверждение центрального органа вернётся тем же путём: загрузите его из меню «Пост».</translation>
    </message>
    <message>
        <source>This packet went out after the restore without HQ&apos;s acknowledgement, on HQ&apos;s confirmation that it had nothing newer; the audit log records it. Until HQ&apos;s acknowledgement is imported, the next export asks again.</source>
        <translation>Этот пакет выгружен после восстановления без подтверждения центрального органа — на основании его сообщения, что ничего более нового он не получал; это записано в журнале аудита. Пока подтверждение центрального органа не загружено, следующая выгрузка снова потребует этого решения.</translation>
    </message>
    <message>
        <source>This finished an export that had been interrupted, with its original contents.</source>
        <translation>Так завершена прерванная выгрузка, с её исходным содержимым.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait: run the export again.</source>
        <translation>
            <numerusform>Ещё ждёт %n элемент: выполните выгрузку ещё раз.</numerusform>
            <numerusform>Ещё ждут %n элемента: выполните выгрузку ещё раз.</numerusform>
            <numerusform>Ещё ждут %n элементов: выполните выгрузку ещё раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>New: %1</source>
        <translation>Новая: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>О&amp;бмен</translation>
    </message>
    <message>
        <source>&amp;Share with the partner…</source>
        <translation>&amp;Передать партнёру…</translation>
    </message>
    <message>
        <source>&amp;Received information…</source>
        <translation>Полученная &amp;информация…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined letters…</source>
        <translation>&amp;Задержанные и помещённые в карантин письма…</translation>
    </message>
    <message>
        <source>Request re&amp;gister…</source>
        <translation>&amp;Реестр запросов…</translation>
    </message>
    <message>
        <source>&amp;Disclosure register…</source>
        <translation>Реестр переданной и&amp;нформации…</translation>
    </message>
    <message>
        <source>&amp;Partner keys…</source>
        <translation>&amp;Ключи партнёра…</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>qualifies under Art. %1 and was never sent</source>
        <translation>подпадает под ст. %1 Соглашения и ещё не передавалась</translation>
    </message>
    <message>
        <source>version %2 replaces version %3 sent before (Art. 10.3)</source>
        <translation>версия %2 заменяет переданную ранее версию %3 (п. 3 ст. 10 Соглашения)</translation>
    </message>
    <message>
        <source>withdrawn after version %3 was sent: the partner must withdraw it too</source>
        <translation>отозвана после передачи версии %3: партнёр тоже должен её отозвать</translation>
    </message>
    <message>
        <source>purged after version %3 was sent: the partner must destroy it too</source>
        <translation>уничтожена после передачи версии %3: партнёр тоже должен её уничтожить</translation>
    </message>
    <message>
        <source>version %2 no longer qualifies: version %3 sent before is withdrawn from the partner</source>
        <translation>версия %2 больше не подпадает: переданная ранее версия %3 отзывается у партнёра</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <source>destruction</source>
        <translation>уничтожение</translation>
    </message>
    <message>
        <source>current</source>
        <translation>действующая</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменена</translation>
    </message>
    <message>
        <source>withdrawn by the partner</source>
        <translation>отозвана партнёром</translation>
    </message>
    <message>
        <source>destroyed at the partner&apos;s request</source>
        <translation>уничтожена по просьбе партнёра</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>направлен</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>дан ответ</translation>
    </message>
    <message>
        <source>partly answered</source>
        <translation>дан частичный ответ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>partly refused</source>
        <translation>частично отказано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>ours to the partner</source>
        <translation>наш партнёру</translation>
    </message>
    <message>
        <source>the partner&apos;s to us</source>
        <translation>партнёра нам</translation>
    </message>
    <message>
        <source>follow-up question</source>
        <translation>дополнительный вопрос</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>withdrawal of the request</source>
        <translation>отзыв запроса</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export packet to HQ</source>
        <translation>Выгрузка пакета для центрального органа</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>all kinds</source>
        <translation>все виды</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>все статусы</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Не ранее:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Не п&amp;озднее:</translation>
    </message>
    <message>
        <source>Qualif&amp;ies under the Agreement</source>
        <translation>Подпадает под Сог&amp;лашение</translation>
    </message>
    <message>
        <source>Only records that qualify for exchange: a citizen of the other Party is involved</source>
        <translation>Только записи, подлежащие обмену: причастен гражданин другой Стороны</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Occurred on or after</source>
        <translation>Произошло в этот день или позже</translation>
    </message>
    <message>
        <source>Occurred on or before</source>
        <translation>Произошло в этот день или раньше</translation>
    </message>
    <message>
        <source>Citizenship filter</source>
        <translation>Фильтр по гражданству</translation>
    </message>
</context>
<context>
    <name>FingerprintConfirmDialog</name>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Сравните отпечаток</translation>
    </message>
    <message>
        <source>Post %1 replaces its key. The statement is checked against the key HQ holds; confirm to accept the new key.</source>
        <translation>Пост %1 заменяет свой ключ. Заявление проверяется по ключу, который есть в центральном органе; подтвердите, чтобы принять новый ключ.</translation>
    </message>
    <message>
        <source>%1 replaces its keys. The statement is checked against the partner key trusted now, which vouches for the new one: no paper is needed. Confirm to trust the new key.</source>
        <translation>%1 заменяет свои ключи. Заявление проверяется по ключу партнёра, которому сейчас доверяют, и он ручается за новый: бумага не нужна. Подтвердите, чтобы доверять новому ключу.</translation>
    </message>
    <message>
        <source>These are the public keys of %1. Compare the fingerprint below with the sheet HQ sent, group by group. Trust it only if every group is the same.</source>
        <translation>Это открытые ключи %1. Сравните отпечаток ниже с листом, присланным центральным органом, группа за группой. Доверяйте ему, только если все группы совпадают.</translation>
    </message>
    <message>
        <source>This is the enrollment file of post %1. Compare the fingerprint below with the post&apos;s printed enrollment sheet, group by group. Enroll it only if every group is the same.</source>
        <translation>Это файл регистрации поста %1. Сравните отпечаток ниже с напечатанным листом регистрации поста, группа за группой. Регистрируйте, только если все группы совпадают.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Новый отпечаток:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Заменяет:</translation>
    </message>
    <message>
        <source>This replaces the key trusted now: the old one is revoked and nothing signed with it is accepted any more. Do this only with a new sheet from HQ in hand.</source>
        <translation>Это заменяет ключ, которому сейчас доверяют: старый отзывается, и ничто подписанное им больше не принимается. Делайте это только с новым листом центрального органа на руках.</translation>
    </message>
    <message>
        <source>Accept the partner&apos;s new key</source>
        <translation>Принять новый ключ партнёра</translation>
    </message>
    <message>
        <source>I compared every group with the printed sheet: they are the same</source>
        <translation>Я сравнил каждую группу с напечатанным листом: они совпадают</translation>
    </message>
    <message>
        <source>Accept the new key of this post</source>
        <translation>Принять новый ключ этого поста</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Доверять этому ключу</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Shekara — user guide</source>
        <translation>Shekara — руководство пользователя</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Everyday work</source>
        <translation>Повседневная работа</translation>
    </message>
    <message>
        <source>Press Ctrl+N to record a new fact, choose its kind, and type. What you type is saved as a draft every few seconds: if the power goes, the draft is there when you unlock again.</source>
        <translation>Нажмите Ctrl+N, чтобы зарегистрировать новый факт, выберите его вид и печатайте. Набранное каждые несколько секунд сохраняется как черновик: если пропадёт питание, черновик будет на месте, когда вы снова откроете хранилище.</translation>
    </message>
    <message>
        <source>A supervisor approves drafts. The person who wrote a version cannot approve it. A correction after approval is a new version with a reason; records are withdrawn, never deleted.</source>
        <translation>Черновики утверждает начальник смены. Автор версии не может её утвердить. Исправление после утверждения — новая версия с указанием причины; записи отзываются, но никогда не удаляются.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) finds names in Cyrillic or Latin letters, document numbers, places and substances, as you type. The filters narrow the list by kind, status, dates, citizenship and whether the record qualifies under the Agreement.</source>
        <translation>Поиск (Ctrl+F) прямо при наборе находит имена кириллицей или латиницей, номера документов, места и вещества. Фильтры сужают список по виду, статусу, датам, гражданству и по тому, подпадает ли запись под Соглашение.</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Безопасность хранилища</translation>
    </message>
    <message>
        <source>Lock the vault with Ctrl+L when you leave the computer. It also locks by itself after some minutes without use and when the computer is locked.</source>
        <translation>Уходя от компьютера, заблокируйте хранилище клавишами Ctrl+L. Оно также блокируется само после нескольких минут бездействия и при блокировке компьютера.</translation>
    </message>
    <message>
        <source>Never write a passphrase where others can read it. The recovery sheet belongs in the post&apos;s safe.</source>
        <translation>Никогда не записывайте парольную фразу там, где её могут прочесть другие. Лист восстановления хранится в сейфе поста.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>save the record</source>
        <translation>сохранить запись</translation>
    </message>
    <message>
        <source>search</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>refresh the list</source>
        <translation>обновить список</translation>
    </message>
    <message>
        <source>open the selected record</source>
        <translation>открыть выбранную запись</translation>
    </message>
    <message>
        <source>lock the vault</source>
        <translation>заблокировать хранилище</translation>
    </message>
    <message>
        <source>print</source>
        <translation>печать</translation>
    </message>
    <message>
        <source>larger or smaller text</source>
        <translation>крупнее или мельче текст</translation>
    </message>
    <message>
        <source>this guide</source>
        <translation>это руководство</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>выход</translation>
    </message>
</context>
<context>
    <name>HqHeldDialog</name>
    <message>
        <source>Held and quarantined packets</source>
        <translation>Задержанные и помещённые в карантин пакеты</translation>
    </message>
    <message>
        <source>The posts&apos; packets HQ keeps without importing them. A held packet came before an earlier one that is still missing; it is imported by itself once the missing one arrives.</source>
        <translation>Пакеты постов, которые центральный орган хранит, не загружая. Задержанный пакет пришёл раньше более раннего, которого всё ещё нет; он загрузится сам, когда недостающий придёт.</translation>
    </message>
    <message>
        <source>A fork is a different packet with a number HQ already has, or one that does not follow the last imported: two writers for one post (a copied vault, an old backup). Nothing in it is imported, and it keeps its number taken until it is discarded.</source>
        <translation>Развилка — это другой пакет с номером, который у центрального органа уже есть, или пакет, не следующий за последним загруженным: два источника для одного поста (скопированное хранилище, старая резервная копия). Ничего из него не загружается, а его номер остаётся занятым, пока пакет не отброшен.</translation>
    </message>
    <message>
        <source>A supervisor may discard a packet: it is deleted and, unless a packet with that number is imported, the post&apos;s next acknowledgement tells the post to send it again. Each discard is kept in the audit log with its reason.</source>
        <translation>Начальник смены может отбросить пакет: он удаляется, и, если пакет с этим номером не загружен, следующее подтверждение поста просит пост прислать его снова. Каждое отбрасывание сохраняется в журнале аудита вместе с причиной.</translation>
    </message>
    <message>
        <source>&amp;Packets held or quarantined:</source>
        <translation>&amp;Пакеты, задержанные или помещённые в карантин:</translation>
    </message>
    <message>
        <source>Packets held or quarantined</source>
        <translation>Пакеты, задержанные или помещённые в карантин</translation>
    </message>
    <message>
        <source>Show &amp;every post</source>
        <translation>Показать &amp;все посты</translation>
    </message>
    <message>
        <source>Only post %1 is shown.</source>
        <translation>Показан только пост %1.</translation>
    </message>
    <message>
        <source>Discard packet %1 from post %2?</source>
        <translation>Отбросить пакет %1 от поста %2?</translation>
    </message>
    <message>
        <source>The packet is deleted from HQ&apos;s vault for good; nothing in it is imported. Unless a packet with that number is imported, the post&apos;s next acknowledgement tells the post to send it again. The discard and your reason are kept in the audit log.</source>
        <translation>Пакет навсегда удаляется из хранилища центрального органа; ничего из него не загружается. Если пакет с этим номером не загружен, следующее подтверждение поста просит пост прислать его снова. Отбрасывание и ваша причина сохраняются в журнале аудита.</translation>
    </message>
    <message>
        <source>Packet %1 from post %2 is discarded. Unless a packet with that number is imported, the post&apos;s next acknowledgement (HQ &gt; Write acknowledgement…) asks the post to send it again.</source>
        <translation>Пакет %1 от поста %2 отброшен. Если пакет с этим номером не загружен, следующее подтверждение поста (Центральный орган &gt; Записать подтверждение…) попросит пост прислать его снова.</translation>
    </message>
</context>
<context>
    <name>HqImportDialog</name>
    <message>
        <source>Import packets from posts</source>
        <translation>Загрузка пакетов от постов</translation>
    </message>
    <message>
        <source>Choose the packet files (shekara-&lt;post&gt;-records-&lt;number&gt;.shk) or a whole folder or stick. Each file is checked (signature first), then imported, recognised as a duplicate, held until the packets before it arrive, quarantined as a fork, or refused with the reason.</source>
        <translation>Выберите файлы пакетов (shekara-&lt;пост&gt;-records-&lt;номер&gt;.shk) или целую папку либо флеш-накопитель. Каждый файл проверяется (сначала подпись), затем загружается, распознаётся как дубликат, задерживается до прихода предыдущих пакетов, помещается в карантин как развилка или отклоняется с указанием причины.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Загрузить &amp;файлы…</translation>
    </message>
    <message>
        <source>Import a whole f&amp;older or stick…</source>
        <translation>Загрузить всю &amp;папку или флеш-накопитель…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>&amp;Check against the transmittal sheets…</source>
        <translation>&amp;Сверить с актами приёма-передачи…</translation>
    </message>
    <message>
        <source>&amp;Print the transmittal sheet…</source>
        <translation>&amp;Напечатать акт приёма-передачи…</translation>
    </message>
    <message>
        <source>Outcome per file</source>
        <translation>Результат по каждому файлу</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Файлы пакетов</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Пакеты Shekara (*.shk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder or stick with packets</source>
        <translation>Папка или флеш-накопитель с пакетами</translation>
    </message>
    <message>
        <source>No records packet (…-records-….shk) in %1.</source>
        <translation>В %1 нет пакетов записей (…-records-….shk).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Загружается %1 (%2 из %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n файл: загружено %1, дубликатов %2, задержано %3, развилок %4, отклонено %5.</numerusform>
            <numerusform>%n файла: загружено %1, дубликатов %2, задержано %3, развилок %4, отклонено %5.</numerusform>
            <numerusform>%n файлов: загружено %1, дубликатов %2, задержано %3, развилок %4, отклонено %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning (see Details).</source>
        <translation>
            <numerusform>%n с предупреждением (см. «Подробности»).</numerusform>
            <numerusform>%n с предупреждением (см. «Подробности»).</numerusform>
            <numerusform>%n с предупреждением (см. «Подробности»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder were not records packets and were left alone.</source>
        <translation>
            <numerusform>Ещё %n файл в папке не является пакетом записей и не тронут.</numerusform>
            <numerusform>Ещё %n файла в папке не являются пакетами записей и не тронуты.</numerusform>
            <numerusform>Ещё %n файлов в папке не являются пакетами записей и не тронуты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Остановлено: %n файл не загружен.</numerusform>
            <numerusform>Остановлено: %n файла не загружены.</numerusform>
            <numerusform>Остановлено: %n файлов не загружено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqKeysDialog</name>
    <message>
        <source>Keys at HQ</source>
        <translation>Ключи в центральном органе</translation>
    </message>
    <message>
        <source>HQ&apos;s keys (%1)</source>
        <translation>Ключи центрального органа (%1)</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Отпечаток центрального органа</translation>
    </message>
    <message>
        <source>&amp;Export HQ&apos;s keys file…</source>
        <translation>&amp;Выгрузить файл ключей центрального органа…</translation>
    </message>
    <message>
        <source>&amp;Print the keys sheet…</source>
        <translation>&amp;Напечатать лист ключей…</translation>
    </message>
    <message>
        <source>Posts&apos; keys</source>
        <translation>Ключи постов</translation>
    </message>
    <message>
        <source>E&amp;nroll a post…</source>
        <translation>&amp;Зарегистрировать пост…</translation>
    </message>
    <message>
        <source>&amp;Revoke the post&apos;s keys…</source>
        <translation>&amp;Отозвать ключи поста…</translation>
    </message>
    <message>
        <source>Export HQ&apos;s keys file</source>
        <translation>Выгрузка файла ключей центрального органа</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Файлы ключей (*.json)</translation>
    </message>
    <message>
        <source>HQ&apos;s keys file is written: %1
Send it to the posts with the printed keys sheet.</source>
        <translation>Файл ключей центрального органа записан: %1
Отправьте его постам вместе с напечатанным листом ключей.</translation>
    </message>
    <message>
        <source>A post&apos;s enrollment file or rotation statement</source>
        <translation>Файл регистрации поста или заявление о замене ключа</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Файлы ключей (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Post %1 is enrolled: its packets are accepted from now on.</source>
        <translation>Пост %1 зарегистрирован: его пакеты теперь принимаются.</translation>
    </message>
    <message>
        <source>Post %1 has its new key: packets signed with the old one are accepted only up to the number the statement names.</source>
        <translation>У поста %1 новый ключ: пакеты, подписанные старым, принимаются только до номера, указанного в заявлении.</translation>
    </message>
    <message>
        <source>This key of post %1 was already enrolled: nothing changed.</source>
        <translation>Этот ключ поста %1 уже был зарегистрирован: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Revoke a post&apos;s keys</source>
        <translation>Отзыв ключей поста</translation>
    </message>
    <message>
        <source>Revoke every key of post %1?</source>
        <translation>Отозвать все ключи поста %1?</translation>
    </message>
    <message>
        <source>Its packets are refused from now on, also those HQ holds waiting for a gap. Only a new enrollment, checked on paper, brings the post back.</source>
        <translation>Его пакеты отныне отклоняются, в том числе те, что центральный орган держит в ожидании пропущенных. Вернуть пост может только новая регистрация, проверенная по бумаге.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n key(s) of post %1.</source>
        <translation>
            <numerusform>Отозван %n ключ поста %1.</numerusform>
            <numerusform>Отозваны %n ключа поста %1.</numerusform>
            <numerusform>Отозвано %n ключей поста %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqKeysPage</name>
    <message>
        <source>HQ&apos;s public keys</source>
        <translation>Открытые ключи центрального органа</translation>
    </message>
    <message>
        <source>Packets for HQ are encrypted to its keys. You can import them now or later.</source>
        <translation>Пакеты для центрального органа шифруются на его ключи. Их можно загрузить сейчас или позже.</translation>
    </message>
    <message>
        <source>HQ sends its public keys file with a printed sheet. Import the file, then compare the fingerprint shown here with the one on the sheet. If you do not have the file yet, press Finish: the post can record facts without it.</source>
        <translation>Центральный орган присылает файл открытых ключей вместе с распечатанным листом. Загрузите файл и сравните показанный здесь отпечаток с отпечатком на листе. Если файла ещё нет, нажмите «Готово»: пост может регистрировать факты и без него.</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s keys file…</source>
        <translation>За&amp;грузить файл ключей центрального органа…</translation>
    </message>
    <message>
        <source>HQ&apos;s public keys file</source>
        <translation>Файл открытых ключей центрального органа</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are imported. Fingerprint:
%1
Compare it with the sheet from HQ.</source>
        <translation>Ключи центрального органа загружены. Отпечаток:
%1
Сравните его с листом из центрального органа.</translation>
    </message>
</context>
<context>
    <name>HqRefdataDialog</name>
    <message>
        <source>Send reference data to the posts</source>
        <translation>Отправка справочных данных постам</translation>
    </message>
    <message>
        <source>Crossing points, substances, authorities and retention periods go to each post as a signed packet that only it can read. Send the version in force, or a newer one from a folder of reference files: it then becomes this HQ&apos;s own too.</source>
        <translation>Пункты пропуска, вещества, органы и сроки хранения уходят каждому посту подписанным пакетом, который может прочитать только он. Отправьте действующую версию или более новую из папки справочных файлов: тогда она становится и версией этого центрального органа.</translation>
    </message>
    <message>
        <source>&amp;Newer version from a folder…</source>
        <translation>&amp;Новая версия из папки…</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>every enrolled post</source>
        <translation>всем зарегистрированным постам</translation>
    </message>
    <message>
        <source>&amp;Write reference data</source>
        <translation>&amp;Записать справочные данные</translation>
    </message>
    <message>
        <source>Folder of reference files</source>
        <translation>Папка справочных файлов</translation>
    </message>
    <message>
        <source>Version in force: %1.</source>
        <translation>Действующая версия: %1.</translation>
    </message>
    <message>
        <source>Version %1 from %2 (version %3 is in force).</source>
        <translation>Версия %1 из %2 (действует версия %3).</translation>
    </message>
    <message numerus="yes">
        <source>Reference data written and checked for %n post(s):</source>
        <translation>
            <numerusform>Справочные данные записаны и проверены для %n поста:</numerusform>
            <numerusform>Справочные данные записаны и проверены для %n постов:</numerusform>
            <numerusform>Справочные данные записаны и проверены для %n постов:</numerusform>
        </translation>
    </message>
    <message>
        <source>This HQ checks the posts&apos; records by the new version from the next unlock: when you close this window the vault locks; unlock it to go on.</source>
        <translation>Этот центральный орган проверяет записи постов по новой версии со следующей разблокировки: когда вы закроете это окно, хранилище заблокируется; чтобы продолжить, разблокируйте его.</translation>
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
        <translation>Пост</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>загружен</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>held</source>
        <translation>задержан</translation>
    </message>
    <message>
        <source>fork quarantined</source>
        <translation>развилка, в карантине</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s) imported</source>
        <translation>
            <numerusform>загружена %n версия записи</numerusform>
            <numerusform>загружены %n версии записей</numerusform>
            <numerusform>загружено %n версий записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already held</source>
        <translation>
            <numerusform>%n уже была</numerusform>
            <numerusform>%n уже были</numerusform>
            <numerusform>%n уже были</numerusform>
        </translation>
    </message>
    <message>
        <source>then held packet(s) %1 applied (%2 record versions)</source>
        <translation>затем применены задержанные пакеты %1 (версий записей: %2)</translation>
    </message>
    <message>
        <source>already received; nothing changed</source>
        <translation>уже получен; ничего не изменилось</translation>
    </message>
    <message>
        <source>waits for the missing packet(s) %1</source>
        <translation>ждёт недостающих пакетов %1</translation>
    </message>
    <message>
        <source>another packet with this number, or one that does not follow the last imported: kept apart for checking</source>
        <translation>другой пакет с этим номером или не следующий за последним загруженным: отложен отдельно для проверки</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>предупреждение:</translation>
    </message>
</context>
<context>
    <name>IncludePersonDialog</name>
    <message>
        <source>Include a person</source>
        <translation>Включить лицо</translation>
    </message>
    <message>
        <source>The rule keeps this person home (a witness, or a citizen of our own State). Send them only when the partner needs them for the Agreement&apos;s purposes, and say why: the reason is kept in the disclosure register.</source>
        <translation>По правилу это лицо не передаётся (свидетель или гражданин нашего государства). Передавайте его, только когда оно нужно партнёру для целей Соглашения, и укажите причину: она хранится в реестре переданной информации.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Лицо:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>InstallationPage</name>
    <message>
        <source>Will be stored as: %1</source>
        <translation>Будет сохранено как: %1</translation>
    </message>
    <message>
        <source>Not allowed in a post code: %1. Use Latin letters, digits and &apos;-&apos;.</source>
        <translation>Недопустимо в коде поста: %1. Используйте латинские буквы, цифры и &apos;-&apos;.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>A code starting with %1- is the other Party&apos;s: check the Party and the code HQ gave you.</source>
        <translation>Код, начинающийся с %1-, принадлежит другой Стороне: проверьте Сторону и код, выданный центральным органом.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Эта установка</translation>
    </message>
    <message>
        <source>Shekara keeps its records in an encrypted vault on this computer. Tell it where it works.</source>
        <translation>Shekara хранит записи в зашифрованном хранилище на этом компьютере. Укажите, где она работает.</translation>
    </message>
    <message>
        <source>A post records facts and sends them to HQ on a stick; HQ receives the packets of many posts. This cannot be changed later.</source>
        <translation>Пост регистрирует факты и передаёт их в центральный орган на флеш-накопителе; центральный орган принимает пакеты многих постов. Позже это изменить нельзя.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>&amp;Post (border or customs post)</source>
        <translation>&amp;Пост (пограничный или таможенный)</translation>
    </message>
    <message>
        <source>&amp;HQ (central competent authority)</source>
        <translation>&amp;Центральный компетентный орган</translation>
    </message>
    <message>
        <source>P&amp;arty:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>Post &amp;code:</source>
        <translation>&amp;Код поста:</translation>
    </message>
    <message>
        <source>e.g. KZ-NUR-ZHOLY</source>
        <translation>например, KZ-NUR-ZHOLY</translation>
    </message>
    <message>
        <source>Capital Latin letters, digits and &apos;-&apos;, 2 to 32 characters, as HQ assigned it.</source>
        <translation>Как назначил центральный орган: заглавные латинские буквы, цифры и &apos;-&apos;, от 2 до 32 знаков.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Код поста</translation>
    </message>
    <message>
        <source>The vault will be created in %1</source>
        <translation>Хранилище будет создано в %1</translation>
    </message>
</context>
<context>
    <name>KeepLongerDialog</name>
    <message>
        <source>Keep the record longer</source>
        <translation>Хранить запись дольше</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Хранить &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>why it is still needed, e.g. a case still open</source>
        <translation>почему ещё нужна, например, дело ещё не закрыто</translation>
    </message>
</context>
<context>
    <name>KeptPacketsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>О&amp;тбросить…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Это может сделать только начальник смены</translation>
    </message>
    <message>
        <source>Nothing is held or quarantined.</source>
        <translation>Ничего не задержано и не помещено в карантин.</translation>
    </message>
</context>
<context>
    <name>KeptPacketsModel</name>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Версии записей</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (начало)</translation>
    </message>
    <message>
        <source>Why quarantined</source>
        <translation>Причина карантина</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>held</source>
        <translation>задержан</translation>
    </message>
    <message>
        <source>fork, quarantined</source>
        <translation>развилка, в карантине</translation>
    </message>
    <message>
        <source>An earlier packet is missing: this one is imported by itself once that one arrives.</source>
        <translation>Не хватает более раннего пакета: этот загрузится сам, когда тот придёт.</translation>
    </message>
    <message>
        <source>A different packet with a number already received, or one that does not follow the last imported: nothing in it is imported.</source>
        <translation>Другой пакет с уже полученным номером или пакет, не следующий за последним загруженным: ничего из него не загружается.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>&amp;What happened? Choose the kind of record:</source>
        <translation>&amp;Что произошло? Выберите вид записи:</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (ст. %2)</translation>
    </message>
</context>
<context>
    <name>LetterDestinationDialog</name>
    <message>
        <source>Write a letter again</source>
        <translation>Записать письмо заново</translation>
    </message>
    <message>
        <source>Letter %1 is written again, byte for byte the same, for the stick that was lost or damaged. Choose where.</source>
        <translation>Письмо %1 записывается заново, байт в байт такое же, взамен утерянного или повреждённого флеш-накопителя. Выберите, куда.</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>&amp;Записать заново</translation>
    </message>
    <message>
        <source>Send to the partner</source>
        <translation>Направить партнёру</translation>
    </message>
    <message>
        <source>The approved notice is sealed into one signed, encrypted letter for the partner, given its registration number and entered in the disclosure register. Choose the stick or folder it is written to.</source>
        <translation>Утверждённое уведомление запечатывается в одно подписанное зашифрованное письмо для партнёра, получает регистрационный номер и вносится в реестр переданной информации. Выберите флеш-накопитель или папку для записи.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Направить</translation>
    </message>
</context>
<context>
    <name>LetterImportDialog</name>
    <message>
        <source>Import the partner&apos;s letters</source>
        <translation>Загрузить письма партнёра</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s letter files (shekara-&lt;partner&gt;-exchange-&lt;number&gt;.shk). Each is checked (signature first), then imported, recognised as a duplicate, held until the letters before it arrive, quarantined as a fork, or refused with the reason.</source>
        <translation>Выберите файлы писем партнёра (shekara-&lt;партнёр&gt;-exchange-&lt;номер&gt;.shk). Каждый проверяется (сначала подпись), затем загружается, распознаётся как дубликат, задерживается до прихода предыдущих писем, помещается в карантин как развилка или отклоняется с указанием причины.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Загрузить &amp;файлы…</translation>
    </message>
    <message>
        <source>Outcome per file</source>
        <translation>Результат по каждому файлу</translation>
    </message>
    <message>
        <source>The partner&apos;s letters</source>
        <translation>Письма партнёра</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Пакеты Shekara (*.shk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n файл: загружено %1, дубликатов %2, задержано %3, развилок %4, отклонено %5.</numerusform>
            <numerusform>%n файла: загружено %1, дубликатов %2, задержано %3, развилок %4, отклонено %5.</numerusform>
            <numerusform>%n файлов: загружено %1, дубликатов %2, задержано %3, развилок %4, отклонено %5.</numerusform>
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
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n факт</numerusform>
            <numerusform>%n факта</numerusform>
            <numerusform>%n фактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n исправление</numerusform>
            <numerusform>%n исправления</numerusform>
            <numerusform>%n исправлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n отказ</numerusform>
            <numerusform>%n отказа</numerusform>
            <numerusform>%n отказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n согласие</numerusform>
            <numerusform>%n согласия</numerusform>
            <numerusform>%n согласий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n дополнительный вопрос</numerusform>
            <numerusform>%n дополнительных вопроса</numerusform>
            <numerusform>%n дополнительных вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of their requests</source>
        <translation>
            <numerusform>%n отзыв их запроса</numerusform>
            <numerusform>%n отзыва их запросов</numerusform>
            <numerusform>%n отзывов их запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts only</source>
        <translation>только подтверждения получения</translation>
    </message>
    <message>
        <source>then held letter(s) %1 applied</source>
        <translation>затем применены задержанные письма %1</translation>
    </message>
    <message>
        <source>already received; nothing changed</source>
        <translation>уже получен; ничего не изменилось</translation>
    </message>
    <message>
        <source>waits for the missing letter(s) %1</source>
        <translation>ждёт недостающих писем %1</translation>
    </message>
    <message>
        <source>another letter with this number, or one that does not follow the last imported: kept apart for checking</source>
        <translation>другое письмо с этим номером или не следующее за последним загруженным: хранится отдельно для проверки</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>предупреждение:</translation>
    </message>
</context>
<context>
    <name>LettersTableModel</name>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Оформлено</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Направил</translation>
    </message>
    <message>
        <source>Written to the stick</source>
        <translation>Записано на флеш-накопитель</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n факт</numerusform>
            <numerusform>%n факта</numerusform>
            <numerusform>%n фактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n исправление</numerusform>
            <numerusform>%n исправления</numerusform>
            <numerusform>%n исправлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n отказ</numerusform>
            <numerusform>%n отказа</numerusform>
            <numerusform>%n отказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n дополнительный вопрос</numerusform>
            <numerusform>%n дополнительных вопроса</numerusform>
            <numerusform>%n дополнительных вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of our requests</source>
        <translation>
            <numerusform>%n отзыв нашего запроса</numerusform>
            <numerusform>%n отзыва наших запросов</numerusform>
            <numerusform>%n отзывов наших запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>receipts only</source>
        <translation>только подтверждения получения</translation>
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
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Пост</translation>
    </message>
    <message>
        <source>H&amp;Q</source>
        <translation>&amp;Центральный орган</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>De&amp;mo</source>
        <translation>Д&amp;емо</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Новая запись…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Сменить мою &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Открыть запись</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Обнов&amp;ить</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Re&amp;view drafts…</source>
        <translation>Проверка &amp;черновиков…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>&amp;Export packet to a stick…</source>
        <translation>&amp;Выгрузить пакет на флеш-накопитель…</translation>
    </message>
    <message>
        <source>Packets in the &amp;outbox…</source>
        <translation>&amp;Исходящие пакеты…</translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation>&amp;Загрузить подтверждение…</translation>
    </message>
    <message>
        <source>Import &amp;reference data from HQ…</source>
        <translation>Загрузить &amp;справочные данные центрального органа…</translation>
    </message>
    <message>
        <source>&amp;Import packets…</source>
        <translation>&amp;Загрузить пакеты…</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement…</source>
        <translation>Записать по&amp;дтверждение…</translation>
    </message>
    <message>
        <source>&amp;Posts overview…</source>
        <translation>&amp;Обзор постов…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined packets…</source>
        <translation>Задержанные и помещённые в &amp;карантин пакеты…</translation>
    </message>
    <message>
        <source>Send &amp;reference data to the posts…</source>
        <translation>Отправить &amp;справочные данные постам…</translation>
    </message>
    <message>
        <source>Inspect a packet &amp;file…</source>
        <translation>Просмотреть &amp;файл пакета…</translation>
    </message>
    <message>
        <source>&amp;Keys and fingerprints…</source>
        <translation>&amp;Ключи и отпечатки…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Резервная копия хранилища…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Проверка хранилища…</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>Сроки &amp;хранения…</translation>
    </message>
    <message>
        <source>New &amp;master key…</source>
        <translation>Новый &amp;главный ключ…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Новый ключ &amp;восстановления…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About Shekara</source>
        <translation>&amp;О программе Shekara</translation>
    </message>
    <message>
        <source>Let the demo &amp;HQ acknowledge a folder…</source>
        <translation>Пусть демо-&amp;центральный орган подтвердит папку…</translation>
    </message>
    <message>
        <source>Only a supervisor can open this</source>
        <translation>Открыть может только начальник смены</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>No records yet. Before the first shift: add the officers and a second supervisor (approval needs two), and import HQ&apos;s keys so that packets can be exported.</source>
        <translation>Записей пока нет. Перед первой сменой добавьте сотрудников и второго начальника смены (для утверждения нужны двое) и загрузите ключи центрального органа, чтобы выгружать пакеты.</translation>
    </message>
    <message>
        <source>Officers…</source>
        <translation>Сотрудники…</translation>
    </message>
    <message>
        <source>Keys and fingerprints…</source>
        <translation>Ключи и отпечатки…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Поис&amp;к:</translation>
    </message>
    <message>
        <source>name in any script, document number, place, substance… (Ctrl+F)</source>
        <translation>имя любым алфавитом, номер документа, место, вещество… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 %4</source>
        <translation>%1 (%2) · %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>Найдена %n запись</numerusform>
            <numerusform>Найдено %n записи</numerusform>
            <numerusform>Найдено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>(the best %1 are shown)</source>
        <translation>(показаны %1 лучших)</translation>
    </message>
    <message>
        <source>%1 records loaded, counting the rest…</source>
        <translation>Загружено записей: %1, остальные подсчитываются…</translation>
    </message>
    <message>
        <source>%1 of %2 records loaded</source>
        <translation>Загружено %1 из %2 записей</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Прове&amp;рить…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <source>Make a new recovery key when the recovery sheet is lost or destroyed, or when the recovery key of a new master key was not written down. The old recovery key and its sheet stop opening the vault at once. Nothing else changes: the vault is not encrypted again, and every officer keeps their passphrase.</source>
        <translation>Создайте новый ключ восстановления, если лист восстановления утерян или уничтожен либо если ключ восстановления нового главного ключа не был записан. Старый ключ восстановления и его лист сразу перестают открывать хранилище. Больше ничего не меняется: хранилище заново не шифруется, и каждый сотрудник сохраняет свою парольную фразу.</translation>
    </message>
    <message>
        <source>If the old sheet may be in someone else&apos;s hands, make a new master key instead: backups made before still open with the old sheet.</source>
        <translation>Если старый лист может оказаться в чужих руках, вместо этого создайте новый главный ключ: резервные копии, сделанные раньше, по-прежнему открываются старым листом.</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Ваша парольная фраза:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key…</source>
        <translation>&amp;Создать новый ключ восстановления…</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Напечатать лист восстановления…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Print it or write it down now and put the paper in the safe; destroy the old sheet. It is shown only this once. If the vault locks before you have it on paper, unlock it and make a new recovery key again.</source>
        <translation>Напечатайте или запишите его сейчас и положите лист в сейф; старый лист уничтожьте. Он показывается только один раз. Если хранилище заблокируется раньше, чем ключ окажется на бумаге, разблокируйте его и создайте новый ключ восстановления ещё раз.</translation>
    </message>
    <message>
        <source>Checking your passphrase and making the new recovery key…</source>
        <translation>Проверяется ваша парольная фраза и создаётся новый ключ восстановления…</translation>
    </message>
    <message>
        <source>That is not your passphrase. Nothing was changed.</source>
        <translation>Это не ваша парольная фраза. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault has a new recovery key; the old one opens nothing any more. This is the new key:</source>
        <translation>У хранилища новый ключ восстановления; старый больше ничего не открывает. Вот новый ключ:</translation>
    </message>
    <message>
        <source>Make a new recovery key now?</source>
        <translation>Создать новый ключ восстановления сейчас?</translation>
    </message>
    <message>
        <source>The recovery key on the old sheet stops opening the vault at once. This cannot be undone.</source>
        <translation>Ключ восстановления на старом листе сразу перестанет открывать хранилище. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Make the new &amp;key</source>
        <translation>Создать новый &amp;ключ</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request to the partner (Art. 8)</source>
        <translation>Новый запрос партнёру (ст. 8 Соглашения)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От кого:</translation>
    </message>
    <message>
        <source>Our &amp;reference:</source>
        <translation>Наш &amp;исходящий номер:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Ur&amp;gent:</source>
        <translation>Сроч&amp;но:</translation>
    </message>
    <message>
        <source>&amp;Persons (one per line):</source>
        <translation>&amp;Лица (по одному в строке):</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Подписал:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>Request received from the partner on paper (Art. 8)</source>
        <translation>Запрос партнёра, полученный на бумаге (ст. 8 Соглашения)</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>Их ис&amp;ходящий номер:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;number:</source>
        <translation>Номер &amp;запроса у партнёра:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Пол&amp;учен:</translation>
    </message>
    <message>
        <source>the registration number their letter gives the request</source>
        <translation>регистрационный номер, который письмо партнёра даёт запросу</translation>
    </message>
    <message>
        <source>answer by</source>
        <translation>ответить до</translation>
    </message>
    <message>
        <source>mark the request urgent</source>
        <translation>отметить запрос как срочный</translation>
    </message>
    <message>
        <source>who the request is about, as far as known</source>
        <translation>о ком запрос, насколько известно</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Пред&amp;мет:</translation>
    </message>
    <message>
        <source>F&amp;acts:</source>
        <translation>Обс&amp;тоятельства:</translation>
    </message>
    <message>
        <source>&amp;Objects and documents:</source>
        <translation>П&amp;редметы и документы:</translation>
    </message>
    <message>
        <source>What is as&amp;ked:</source>
        <translation>&amp;Что запрашивается:</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>Основ&amp;ания:</translation>
    </message>
    <message>
        <source>Outside this Agreement?</source>
        <translation>Вне рамок Соглашения?</translation>
    </message>
    <message>
        <source>This request seems to ask for legal assistance in a criminal case or for extradition. Those go by the legal-assistance treaties, not by this Agreement (Art. 1.2).

Save it only if it asks for neither.</source>
        <translation>Похоже, этот запрос касается правовой помощи по уголовному делу или выдачи. Они осуществляются по договорам о правовой помощи, а не по настоящему Соглашению (п. 2 ст. 1 Соглашения).

Сохраняйте его, только если он не касается ни того, ни другого.</translation>
    </message>
    <message>
        <source>It asks for neither: &amp;save</source>
        <translation>Не касается ни того, ни другого: &amp;сохранить</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Withdraw request %1</source>
        <translation>Отозвать запрос %1</translation>
    </message>
    <message>
        <source>&amp;Why is our request withdrawn? The reason is kept in the register and the audit log.</source>
        <translation>&amp;Почему наш запрос отзывается? Причина сохраняется в реестре и журнале аудита.</translation>
    </message>
    <message>
        <source>Follow-up question on request %1</source>
        <translation>Дополнительный вопрос по запросу %1</translation>
    </message>
    <message>
        <source>&amp;Question (kept in the request&apos;s thread):</source>
        <translation>&amp;Вопрос (сохраняется в переписке по запросу):</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Передаётся</translation>
    </message>
    <message>
        <source>Persons sent</source>
        <translation>Переданные лица</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Не переданы</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Добавил</translation>
    </message>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n добавлен вручную)</numerusform>
            <numerusform>(%n добавлены вручную)</numerusform>
            <numerusform>(%n добавлено вручную)</numerusform>
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
        <translation>Роль</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлен</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Officers</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation>Сменить &amp;мою парольную фразу…</translation>
    </message>
    <message>
        <source>Printed &amp;name…</source>
        <translation>Печатаемое &amp;имя…</translation>
    </message>
    <message>
        <source>The full name, rank and position documents print for the selected officer (a supervisor sets them)</source>
        <translation>ФИО, звание и должность выбранного сотрудника, которые печатаются в документах (задаёт начальник смены)</translation>
    </message>
    <message>
        <source>Adding the officer…</source>
        <translation>Сотрудник добавляется…</translation>
    </message>
    <message>
        <source>Officer %1 added.</source>
        <translation>Сотрудник %1 добавлен.</translation>
    </message>
    <message>
        <source>Remove officer %1? Their passphrase will no longer open the vault. What they recorded stays.</source>
        <translation>Удалить сотрудника %1? Его парольная фраза больше не откроет хранилище. Записанное им сохранится.</translation>
    </message>
    <message>
        <source>Remove an officer</source>
        <translation>Удалить сотрудника</translation>
    </message>
    <message>
        <source>Officer %1 removed.</source>
        <translation>Сотрудник %1 удалён.</translation>
    </message>
    <message>
        <source>Printed name of %1 saved.</source>
        <translation>Печатаемое имя %1 сохранено.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox: packets not yet acknowledged by HQ</source>
        <translation>Исходящие: пакеты, ещё не подтверждённые центральным органом</translation>
    </message>
    <message>
        <source>Shekara keeps a copy of every packet it writes until HQ acknowledges it. If a stick was lost, or HQ says a packet is missing or arrived damaged, write it again here: the very same file, never a new packet.</source>
        <translation>Shekara хранит копию каждого записанного пакета, пока центральный орган не подтвердит его получение. Если флеш-накопитель потерян или центральный орган сообщает, что пакета не хватает или он пришёл повреждённым, запишите его здесь заново: записывается точно тот же файл, никогда не новый пакет.</translation>
    </message>
    <message>
        <source>HQ says packet(s) %1 are missing: they are selected below. Choose the stick and press Write again: they are written one after another.</source>
        <translation>Центральный орган сообщает, что не хватает пакета(ов) %1: они выбраны ниже. Выберите флеш-накопитель и нажмите «Записать заново»: они будут записаны один за другим.</translation>
    </message>
    <message>
        <source>&amp;Packets not yet acknowledged:</source>
        <translation>&amp;Неподтверждённые пакеты:</translation>
    </message>
    <message>
        <source>Packets not yet acknowledged</source>
        <translation>Неподтверждённые пакеты</translation>
    </message>
    <message>
        <source>Every packet written has been acknowledged by HQ: the outbox is empty and nothing waits to be written again.</source>
        <translation>Центральный орган подтвердил получение всех записанных пакетов: исходящих нет, записывать заново нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n версия записи</numerusform>
            <numerusform>%n версии записей</numerusform>
            <numerusform>%n версий записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n удалённая запись</numerusform>
            <numerusform>%n удалённые записи</numerusform>
            <numerusform>%n удалённых записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Packet %1: %2 — %3.
SHA-256: %4</source>
        <translation>Пакет %1: %2 — %3.
SHA-256: %4</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Record versions</source>
        <translation>Версии записей</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (начало)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Written again</source>
        <translation>Записан заново</translation>
    </message>
    <message>
        <source>on a stick, checked</source>
        <translation>на флеш-накопителе, проверен</translation>
    </message>
    <message>
        <source>interrupted while writing</source>
        <translation>запись прервана</translation>
    </message>
    <message>
        <source>copy missing from the vault</source>
        <translation>копии нет в хранилище</translation>
    </message>
    <message>
        <source>Written to a stick or folder, read back and verified; kept until HQ acknowledges it.</source>
        <translation>Записан на флеш-накопитель или в папку, считан и проверен; хранится, пока центральный орган не подтвердит получение.</translation>
    </message>
    <message>
        <source>The export stopped before the packet was checked: Post &gt; Export packet to a stick writes it first, with the same contents.</source>
        <translation>Выгрузка прервалась до проверки пакета: Пост &gt; Выгрузить пакет на флеш-накопитель сначала запишет его с тем же содержимым.</translation>
    </message>
    <message>
        <source>The copy kept beside the vault is gone: this packet cannot be written again. Restore the vault from a backup.</source>
        <translation>Копии рядом с хранилищем больше нет: этот пакет нельзя записать заново. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n раз, последний %1</numerusform>
            <numerusform>%n раза, последний %1</numerusform>
            <numerusform>%n раз, последний %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n версия записи</numerusform>
            <numerusform>%n версии записей</numerusform>
            <numerusform>%n версий записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n удалённая запись</numerusform>
            <numerusform>%n удалённые записи</numerusform>
            <numerusform>%n удалённых записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketFileDialog</name>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Пакеты Shekara (*.shk);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PacketInspectDialog</name>
    <message>
        <source>Inspect a packet file</source>
        <translation>Просмотр файла пакета</translation>
    </message>
    <message>
        <source>Choose any Shekara packet file — a post&apos;s records, HQ&apos;s acknowledgement or reference data, a letter between the Parties&apos; HQs — to see what it says about itself. Nothing is imported, decrypted or written; the signature is checked against the keys this vault trusts.</source>
        <translation>Выберите любой файл пакета Shekara — записи поста, подтверждение или справочные данные центрального органа, письмо между центральными органами Сторон, — чтобы увидеть, что он сообщает о себе. Ничего не загружается, не расшифровывается и не записывается; подпись проверяется ключами, которым доверяет это хранилище.</translation>
    </message>
    <message>
        <source>&amp;Choose a packet file…</source>
        <translation>&amp;Выбрать файл пакета…</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Остановить чтение</translation>
    </message>
    <message>
        <source>Cop&amp;y the command</source>
        <translation>&amp;Копировать команду</translation>
    </message>
    <message>
        <source>A packet file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Reading %1 was stopped: nothing is shown.</source>
        <translation>Чтение %1 остановлено: ничего не показано.</translation>
    </message>
    <message>
        <source>This file is not a packet that can be read.</source>
        <translation>Этот файл не является пакетом, который можно прочитать.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Этот файл невозможно прочитать.</translation>
    </message>
    <message>
        <source>The file was not inspected.</source>
        <translation>Файл не просмотрен.</translation>
    </message>
    <message>
        <source>Signature verified: signed by the key of %1, which this vault trusts.</source>
        <translation>Подпись проверена: подписано ключом %1, которому доверяет это хранилище.</translation>
    </message>
    <message>
        <source>Not verified: the header as the file claims it.</source>
        <translation>Не проверено: заголовок показан так, как его заявляет сам файл.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Версия формата:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 файла:</translation>
    </message>
    <message>
        <source>Signing key&apos;s fingerprint:</source>
        <translation>Отпечаток ключа подписи:</translation>
    </message>
    <message>
        <source>Encrypted body:</source>
        <translation>Зашифрованное содержимое:</translation>
    </message>
    <message>
        <source>Decrypt with age:</source>
        <translation>Расшифровка через age:</translation>
    </message>
    <message>
        <source>records packet (a post&apos;s records for HQ)</source>
        <translation>пакет записей (записи поста для центрального органа)</translation>
    </message>
    <message>
        <source>acknowledgement (HQ&apos;s answer to a post)</source>
        <translation>подтверждение (ответ центрального органа посту)</translation>
    </message>
    <message>
        <source>reference data (from HQ to a post)</source>
        <translation>справочные данные (от центрального органа посту)</translation>
    </message>
    <message>
        <source>letter between the Parties&apos; HQs (the exchange)</source>
        <translation>письмо между центральными органами Сторон (обмен)</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 байт (%2)</translation>
    </message>
    <message>
        <source>from byte %1, %2 bytes</source>
        <translation>с байта %1, %2 байт</translation>
    </message>
</context>
<context>
    <name>PacketReasons</name>
    <message>
        <source>fork: a different packet with the same number</source>
        <translation>развилка: другой пакет с тем же номером</translation>
    </message>
    <message>
        <source>the signature is not valid (altered or damaged)</source>
        <translation>подпись недействительна (изменён или повреждён)</translation>
    </message>
    <message>
        <source>signed by a key HQ has not enrolled</source>
        <translation>подписан ключом, который центральный орган не регистрировал</translation>
    </message>
    <message>
        <source>signed by a revoked key</source>
        <translation>подписан отозванным ключом</translation>
    </message>
    <message>
        <source>signed by a replaced key after its rotation</source>
        <translation>подписан заменённым ключом после его замены</translation>
    </message>
    <message>
        <source>addressed to another HQ</source>
        <translation>адресован другому центральному органу</translation>
    </message>
    <message>
        <source>not encrypted to this HQ</source>
        <translation>зашифрован не для этого центрального органа</translation>
    </message>
    <message>
        <source>not a records packet</source>
        <translation>не пакет записей</translation>
    </message>
    <message>
        <source>not signed by a post</source>
        <translation>подписан не постом</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>не удаётся расшифровать</translation>
    </message>
    <message>
        <source>a record in it does not pass the checks</source>
        <translation>запись в нём не проходит проверку</translation>
    </message>
    <message>
        <source>a record&apos;s content does not match its hash</source>
        <translation>содержимое записи не совпадает с её хешем</translation>
    </message>
    <message>
        <source>a record in it belongs to another post</source>
        <translation>запись в нём принадлежит другому посту</translation>
    </message>
    <message>
        <source>a record version conflicts with one HQ holds</source>
        <translation>версия записи противоречит имеющейся в центральном органе</translation>
    </message>
    <message>
        <source>an attachment is missing from it</source>
        <translation>в нём не хватает вложения</translation>
    </message>
    <message>
        <source>not a Shekara packet</source>
        <translation>не пакет Shekara</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>файл обрезан</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл слишком велик</translation>
    </message>
    <message>
        <source>made by a newer Shekara: update this one</source>
        <translation>создан более новой версией Shekara: обновите эту</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>его заголовок повреждён</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>его содержимое повреждено</translation>
    </message>
    <message>
        <source>held or quarantined at HQ, then discarded by a supervisor</source>
        <translation>задержан или помещён в карантин в центральном органе, затем отброшен начальником смены</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не удаётся прочитать</translation>
    </message>
</context>
<context>
    <name>PartnerHeldDialog</name>
    <message>
        <source>The partner&apos;s held and quarantined letters</source>
        <translation>Задержанные и помещённые в карантин письма партнёра</translation>
    </message>
    <message>
        <source>The partner&apos;s letters HQ keeps without importing them. A held letter came before an earlier one that is still missing; it is imported by itself once the missing one arrives.</source>
        <translation>Письма партнёра, которые центральный орган хранит, не загружая. Задержанное письмо пришло раньше более раннего, которого всё ещё нет; оно загрузится само, когда недостающее придёт.</translation>
    </message>
    <message>
        <source>A fork is a different letter with a number already received, or one that does not follow the last imported: nothing in it is imported, and it keeps its number taken until it is discarded.</source>
        <translation>Развилка — это другое письмо с уже полученным номером или письмо, не следующее за последним загруженным: ничего из него не загружается, а его номер остаётся занятым, пока письмо не отброшено.</translation>
    </message>
    <message>
        <source>A supervisor may discard a letter: it is deleted and, unless a letter with that number is imported, the receipts of our next letter name the number as missing, so that the partner sends it again. Each discard is kept in the audit log with its reason.</source>
        <translation>Начальник смены может отбросить письмо: оно удаляется, и, если письмо с этим номером не загружено, подтверждения получения в нашем следующем письме называют этот номер недостающим, чтобы партнёр прислал его снова. Каждое отбрасывание сохраняется в журнале аудита вместе с причиной.</translation>
    </message>
    <message>
        <source>&amp;Letters held or quarantined:</source>
        <translation>&amp;Письма, задержанные или помещённые в карантин:</translation>
    </message>
    <message>
        <source>Letters held or quarantined</source>
        <translation>Письма, задержанные или помещённые в карантин</translation>
    </message>
    <message>
        <source>Discard letter %1 from %2?</source>
        <translation>Отбросить письмо %1 от %2?</translation>
    </message>
    <message>
        <source>The letter is deleted from HQ&apos;s vault for good; nothing in it is imported. Unless a letter with that number is imported, the receipts of our next letter to the partner name the number as missing, so that the partner sends it again. The discard and your reason are kept in the audit log.</source>
        <translation>Письмо навсегда удаляется из хранилища центрального органа; ничего из него не загружается. Если письмо с этим номером не загружено, подтверждения получения в нашем следующем письме партнёру называют этот номер недостающим, чтобы партнёр прислал его снова. Отбрасывание и ваша причина сохраняются в журнале аудита.</translation>
    </message>
    <message>
        <source>Letter %1 from %2 is discarded. Unless a letter with that number is imported, the receipts of our next letter ask the partner to send it again.</source>
        <translation>Письмо %1 от %2 отброшено. Если письмо с этим номером не загружено, подтверждения получения в нашем следующем письме попросят партнёра прислать его снова.</translation>
    </message>
</context>
<context>
    <name>PartnerKeysDialog</name>
    <message>
        <source>Partner keys</source>
        <translation>Ключи партнёра</translation>
    </message>
    <message>
        <source>The keys of the other Party&apos;s central authority. Its letters are accepted only when signed with an active key here, and our letters are encrypted to it.</source>
        <translation>Ключи центрального компетентного органа другой Стороны. Его письма принимаются, только если подписаны действующим здесь ключом, а наши письма шифруются для него.</translation>
    </message>
    <message>
        <source>E&amp;nroll the partner&apos;s keys…</source>
        <translation>&amp;Зарегистрировать ключи партнёра…</translation>
    </message>
    <message>
        <source>&amp;Revoke the partner&apos;s keys…</source>
        <translation>&amp;Отозвать ключи партнёра…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Это может сделать только начальник смены</translation>
    </message>
    <message>
        <source>The partner&apos;s keys file or rotation statement</source>
        <translation>Файл ключей партнёра или заявление о замене ключа</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Файлы ключей (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is trusted: its letters are accepted from now on.</source>
        <translation>%1 признан доверенным: его письма теперь принимаются.</translation>
    </message>
    <message>
        <source>%1 has its new key: the old one is revoked.</source>
        <translation>У %1 новый ключ: старый отозван.</translation>
    </message>
    <message>
        <source>%1 has its new key: letters signed with the old one are accepted only up to the number the statement names.</source>
        <translation>У %1 новый ключ: письма, подписанные старым, принимаются только до номера, указанного в заявлении.</translation>
    </message>
    <message>
        <source>This key of %1 was already trusted: nothing changed.</source>
        <translation>Этот ключ %1 уже был доверенным: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Revoke the partner&apos;s keys</source>
        <translation>Отозвать ключи партнёра</translation>
    </message>
    <message>
        <source>Revoke every key of %1?</source>
        <translation>Отозвать все ключи %1?</translation>
    </message>
    <message>
        <source>Its letters are refused from now on and nothing more can be sent to it. Only a new enrollment, checked on paper, brings the partner back.</source>
        <translation>Отныне его письма отклоняются и ему ничего нельзя направить. Вернуть партнёра может только новая регистрация, сверенная с бумажным листом.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message numerus="yes">
        <source>Revoked: %n key(s) of %1.</source>
        <translation>
            <numerusform>Отозвано: %n ключ %1.</numerusform>
            <numerusform>Отозвано: %n ключа %1.</numerusform>
            <numerusform>Отозвано: %n ключей %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerKeysTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Доверен с</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>a sentence only you know, 10 characters or more</source>
        <translation>фраза, которую знаете только вы, от 10 знаков</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Выберите парольную фразу.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Парольная фраза должна содержать не менее %n знака.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n знаков.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n знаков.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation>Парольную фразу слишком легко угадать.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>очень надёжная</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Используйте не менее %n знака.</numerusform>
            <numerusform>Используйте не менее %n знаков.</numerusform>
            <numerusform>Используйте не менее %n знаков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avoid common words and place names on their own.</source>
        <translation>Избегайте одних лишь распространённых слов и названий мест.</translation>
    </message>
    <message>
        <source>Avoid keyboard rows such as qwerty.</source>
        <translation>Избегайте рядов клавиатуры вроде qwerty.</translation>
    </message>
    <message>
        <source>Avoid runs such as abc or 1234.</source>
        <translation>Избегайте последовательностей вроде abc или 1234.</translation>
    </message>
    <message>
        <source>Avoid repeated characters.</source>
        <translation>Избегайте повторяющихся знаков.</translation>
    </message>
    <message>
        <source>Avoid years and dates.</source>
        <translation>Избегайте годов и дат.</translation>
    </message>
    <message>
        <source>Longer is better: add words, digits or other characters.</source>
        <translation>Чем длиннее, тем лучше: добавьте слова, цифры или другие знаки.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period summary</source>
        <translation>Сводка за период</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>all crossing points</source>
        <translation>все пункты пропуска</translation>
    </message>
    <message>
        <source>Crossing &amp;point:</source>
        <translation>Пун&amp;кт пропуска:</translation>
    </message>
</context>
<context>
    <name>PostKeysDialog</name>
    <message>
        <source>Keys of this post</source>
        <translation>Ключи этого поста</translation>
    </message>
    <message>
        <source>This post&apos;s keys</source>
        <translation>Ключи этого поста</translation>
    </message>
    <message>
        <source>Post code:</source>
        <translation>Код поста:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>This post&apos;s fingerprint</source>
        <translation>Отпечаток этого поста</translation>
    </message>
    <message>
        <source>&amp;Write the enrollment file…</source>
        <translation>&amp;Записать файл регистрации…</translation>
    </message>
    <message>
        <source>&amp;Print the enrollment sheet…</source>
        <translation>&amp;Напечатать лист регистрации…</translation>
    </message>
    <message>
        <source>HQ&apos;s keys</source>
        <translation>Ключи центрального органа</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Доверенный:</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Отпечаток центрального органа</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s keys file…</source>
        <translation>За&amp;грузить файл ключей центрального органа…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>not imported yet: packets cannot be exported</source>
        <translation>ещё не загружены: выгружать пакеты нельзя</translation>
    </message>
    <message>
        <source>Write the enrollment file</source>
        <translation>Запись файла регистрации</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Файлы ключей (*.json)</translation>
    </message>
    <message>
        <source>The enrollment file is written: %1
Give it to HQ together with the printed enrollment sheet.</source>
        <translation>Файл регистрации записан: %1
Передайте его центральному органу вместе с напечатанным листом регистрации.</translation>
    </message>
    <message>
        <source>HQ&apos;s public keys file</source>
        <translation>Файл открытых ключей центрального органа</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Файлы ключей (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This key of HQ was already trusted: nothing changed.</source>
        <translation>Этому ключу центрального органа уже доверяли: ничего не изменилось.</translation>
    </message>
    <message>
        <source>HQ&apos;s key is trusted now: packets can be exported to HQ.</source>
        <translation>Ключу центрального органа теперь доверяют: пакеты можно выгружать для центрального органа.</translation>
    </message>
</context>
<context>
    <name>PostKeysTableModel</name>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Signs packets up to</source>
        <translation>Подписывает пакеты до</translation>
    </message>
</context>
<context>
    <name>PostPacketDialog</name>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
</context>
<context>
    <name>PostsOverviewDialog</name>
    <message>
        <source>Posts overview</source>
        <translation>Обзор постов</translation>
    </message>
    <message>
        <source>&amp;Posts and their packets:</source>
        <translation>&amp;Посты и их пакеты:</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Посты</translation>
    </message>
    <message>
        <source>Details of the selected post</source>
        <translation>Подробности о выбранном посте</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Import packets…</source>
        <translation>&amp;Загрузить пакеты…</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement…</source>
        <translation>Записать по&amp;дтверждение…</translation>
    </message>
    <message>
        <source>&amp;Held and quarantined packets…</source>
        <translation>Задержанные и помещённые в &amp;карантин пакеты…</translation>
    </message>
    <message>
        <source>No post is enrolled and no packet was imported yet. Enroll the posts first (Admin &gt; Keys and fingerprints), then import their packets.</source>
        <translation>Пока не зарегистрирован ни один пост и не загружен ни один пакет. Сначала зарегистрируйте посты (Администрирование &gt; Ключи и отпечатки), затем загрузите их пакеты.</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Пост %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from this post are held at HQ.</source>
        <translation>
            <numerusform>В центральном органе хранится %n запись этого поста.</numerusform>
            <numerusform>В центральном органе хранятся %n записи этого поста.</numerusform>
            <numerusform>В центральном органе хранится %n записей этого поста.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every packet up to number %1 is imported (last import %2).</source>
        <translation>Загружены все пакеты до номера %1 (последняя загрузка %2).</translation>
    </message>
    <message>
        <source>No packet imported yet.</source>
        <translation>Ещё не загружено ни одного пакета.</translation>
    </message>
    <message>
        <source>Missing packets (gaps): %1 — the next acknowledgement asks for them.</source>
        <translation>Недостающие пакеты (пропуски): %1 — следующее подтверждение запросит их.</translation>
    </message>
    <message>
        <source>Held until the missing ones arrive: %1.</source>
        <translation>Задержаны до прихода недостающих: %1.</translation>
    </message>
    <message>
        <source>Fork quarantined: packet %1 (%2). Two writers for one post? Check the post&apos;s laptop and backups.</source>
        <translation>Развилка в карантине: пакет %1 (%2). Два источника для одного поста? Проверьте ноутбук поста и резервные копии.</translation>
    </message>
    <message>
        <source>made good by a later import</source>
        <translation>исправлено последующей загрузкой</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>Refused: packet %1 — %2 (%3, %4).</source>
        <translation>Отклонён: пакет %1 — %2 (%3, %4).</translation>
    </message>
    <message>
        <source>Audit chain break at packet %1: %2 (%3).</source>
        <translation>Разрыв цепочки аудита на пакете %1: %2 (%3).</translation>
    </message>
    <message>
        <source>No gaps, held packets, forks, refusals or audit breaks.</source>
        <translation>Нет пропусков, задержанных пакетов, развилок, отказов и разрывов аудита.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Ключ: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(valid up to packet %1)</source>
        <translation>(действителен до пакета %1)</translation>
    </message>
</context>
<context>
    <name>PostsTableModel</name>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Imported through</source>
        <translation>Загружено до</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Последняя загрузка</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пропуски</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Задержаны</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Развилки</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Audit breaks</source>
        <translation>Разрывы аудита</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>заменён</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>не зарегистрирован</translation>
    </message>
</context>
<context>
    <name>PrintedNamesBox</name>
    <message>
        <source>Names printed on documents</source>
        <translation>Наименования на документах</translation>
    </message>
    <message>
        <source>The letterhead of the documents an official signs and sends: incident reports, requests, refusals, letters, summaries and statistics. A Russian form left empty prints the one above it.</source>
        <translation>Реквизиты бланка документов, которые должностное лицо подписывает и направляет: рапортов об инцидентах, запросов, отказов, писем, сводок и статистики. Если русская форма не заполнена, печатается указанная над ней.</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском</translation>
    </message>
    <message>
        <source>in Lithuanian</source>
        <translation>на литовском</translation>
    </message>
    <message>
        <source>&amp;Authority (%1):</source>
        <translation>&amp;Орган (%1):</translation>
    </message>
    <message>
        <source>Au&amp;thority (in Russian):</source>
        <translation>Ор&amp;ган (на русском):</translation>
    </message>
    <message>
        <source>&amp;Unit (%1):</source>
        <translation>&amp;Подразделение (%1):</translation>
    </message>
    <message>
        <source>U&amp;nit (in Russian):</source>
        <translation>По&amp;дразделение (на русском):</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print to a file?</source>
        <translation>Печатать в файл?</translation>
    </message>
    <message>
        <source>You chose to print to a file. The file would hold the recovery key unencrypted on this computer, where anyone who takes the laptop can read it. Print on paper instead unless you keep the file on an encrypted stick in the safe. Write the file anyway?</source>
        <translation>Вы выбрали печать в файл. Файл будет хранить ключ восстановления на этом компьютере в незашифрованном виде, и его сможет прочитать любой, кто возьмёт ноутбук. Лучше напечатайте на бумаге, если только вы не храните файл на зашифрованном флеш-накопителе в сейфе. Всё равно записать файл?</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Printed name of %1</source>
        <translation>Печатаемое имя %1</translation>
    </message>
    <message>
        <source>Documents print who signed them by name, rank and position, never by login. Write them as the documents should; the Russian column only where the Russian form differs.</source>
        <translation>В документах подписавший указывается по ФИО, званию и должности, а не по логину. Пишите их так, как должно быть в документах; русский столбец — только если русская форма отличается.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Как написано</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Звание:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>%1 in Russian</source>
        <translation>%1 на русском языке</translation>
    </message>
</context>
<context>
    <name>ProsePairs</name>
    <message>
        <source>As written</source>
        <translation>Как написано</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Перевод на русский язык (ст. 14 Соглашения)</translation>
    </message>
    <message>
        <source>%1 in Russian</source>
        <translation>%1 на русском языке</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Persons or summary</source>
        <translation>Лица или краткое содержание</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (исправление)</translation>
    </message>
    <message>
        <source>its author (sent back by %1)</source>
        <translation>автора (возвращено: %1)</translation>
    </message>
    <message>
        <source>review</source>
        <translation>проверки</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Repairing the vault</source>
        <translation>Исправление хранилища</translation>
    </message>
    <message>
        <source>Shekara makes this data again from the records:</source>
        <translation>Shekara заново составляет эти данные по записям:</translation>
    </message>
    <message>
        <source>Updating the vault</source>
        <translation>Обновление хранилища</translation>
    </message>
    <message>
        <source>This version of Shekara derives some data from the records in a new way. Before the vault opens, it brings that data up to date, once:</source>
        <translation>Эта версия Shekara по-новому вычисляет часть данных из записей. Прежде чем хранилище откроется, она один раз приводит эти данные в актуальное состояние:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln запись)</numerusform>
            <numerusform>%1 (%Ln записи)</numerusform>
            <numerusform>%1 (%Ln записей)</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be stopped part-way; on a large vault it takes several minutes. The records appear when it is done. If Shekara is closed before then, it runs again at the next unlock.</source>
        <translation>Прервать это на полпути нельзя; в большом хранилище это занимает несколько минут. Записи появятся, когда всё будет готово. Если закрыть Shekara раньше, это выполнится снова при следующем открытии.</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (шаг %2 из %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 из %Ln записи</numerusform>
            <numerusform>%1 из %Ln записей</numerusform>
            <numerusform>%1 из %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Time so far: %1</source>
        <translation>Прошло: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Received information</source>
        <translation>Полученная информация</translation>
    </message>
    <message>
        <source>Facts the other Party&apos;s central authority sent, under its handling restrictions. They are kept apart from our own records and are never sent on.</source>
        <translation>Факты, направленные центральным органом другой Стороны, с его ограничениями на использование. Они хранятся отдельно от наших записей и никогда не передаются дальше.</translation>
    </message>
    <message>
        <source>Received facts</source>
        <translation>Полученные факты</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Import letters…</source>
        <translation>&amp;Загрузить письма…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Обнов&amp;ить</translation>
    </message>
    <message>
        <source>Only the newest %1 received facts are listed: search by a name or the partner&apos;s number to find older ones.</source>
        <translation>Показаны только %1 самых новых полученных фактов: более старые ищите по имени или номеру партнёра.</translation>
    </message>
    <message>
        <source>Nothing received from the partner yet.</source>
        <translation>От партнёра пока ничего не получено.</translation>
    </message>
    <message>
        <source>No received fact matches.</source>
        <translation>Ни один полученный факт не подходит.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>name in any script, the partner&apos;s number… (Enter)</source>
        <translation>имя на любом алфавите, номер партнёра… (Enter)</translation>
    </message>
</context>
<context>
    <name>ReceivedFactDialog</name>
    <message>
        <source>Received from %1: %2</source>
        <translation>Получено от %1: %2</translation>
    </message>
    <message>
        <source>Information of %1 — handle as it says:</source>
        <translation>Информация %1 — обращайтесь с ней, как указано:</translation>
    </message>
    <message>
        <source>The partner&apos;s handling restrictions</source>
        <translation>Ограничения партнёра на использование</translation>
    </message>
    <message>
        <source>The received fact</source>
        <translation>Полученный факт</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Зарегистрировать &amp;согласие…</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Partner&apos;s registration number: %1</source>
        <translation>Регистрационный номер партнёра: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Статья: %1</translation>
    </message>
    <message>
        <source>Letter %1 (packet %2), received %3</source>
        <translation>Письмо %1 (пакет %2), получено %3</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Версия %1 из %2</translation>
    </message>
    <message>
        <source>Destroyed at the partner&apos;s request (Art. 10.3): only the trace that it was received is kept.</source>
        <translation>Уничтожено по просьбе партнёра (п. 3 ст. 10 Соглашения): хранится только след того, что оно было получено.</translation>
    </message>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Лица (%n):</numerusform>
            <numerusform>Лица (%n):</numerusform>
            <numerusform>Лица (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The partner withheld %n person(s); ask for them by a request when needed (Art. 8).</source>
        <translation>
            <numerusform>Партнёр не передал %n лицо; при необходимости запросите его (ст. 8 Соглашения).</numerusform>
            <numerusform>Партнёр не передал %n лица; при необходимости запросите их (ст. 8 Соглашения).</numerusform>
            <numerusform>Партнёр не передал %n лиц; при необходимости запросите их (ст. 8 Соглашения).</numerusform>
        </translation>
    </message>
    <message>
        <source>Written consents to pass it on (Art. 10.2):</source>
        <translation>Письменные согласия на передачу (п. 2 ст. 10 Соглашения):</translation>
    </message>
    <message>
        <source>%1 — to %2</source>
        <translation>%1 — кому: %2</translation>
    </message>
    <message>
        <source>Destroyed at the partner&apos;s request: there is nothing to pass on.</source>
        <translation>Уничтожено по просьбе партнёра: передавать нечего.</translation>
    </message>
    <message>
        <source>Only a supervisor records a consent.</source>
        <translation>Согласие регистрирует только начальник смены.</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>Номер партнёра</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>О&amp;тозвать…</translation>
    </message>
    <message>
        <source>&amp;Print incident report…</source>
        <translation>&amp;Печать рапорта об инциденте…</translation>
    </message>
    <message>
        <source>Period &amp;summary…</source>
        <translation>&amp;Сводка за период…</translation>
    </message>
    <message>
        <source>&amp;Request (Art. 8)…</source>
        <translation>&amp;Запрос (ст. 8)…</translation>
    </message>
    <message>
        <source>Re&amp;fusal notice (Art. 9)…</source>
        <translation>&amp;Уведомление об отказе (ст. 9)…</translation>
    </message>
    <message>
        <source>&amp;Check a printed document…</source>
        <translation>Проверить &amp;напечатанный документ…</translation>
    </message>
    <message>
        <source>S&amp;tatistics (counts, no names)…</source>
        <translation>С&amp;татистика (только числа, без имён)…</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>История &amp;записи…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save or discard the changes first: a decision is about the saved version.</source>
        <translation>Сначала сохраните или отмените изменения: решение принимается по сохранённой версии.</translation>
    </message>
    <message>
        <source>Approve drafts</source>
        <translation>Утверждение черновиков</translation>
    </message>
    <message>
        <source>Approve the %1 drafts selected? All are approved together, or none if one of them may not be.</source>
        <translation>Утвердить выбранные черновики (%1)? Утверждаются все вместе или ни один, если хотя бы один утвердить нельзя.</translation>
    </message>
    <message>
        <source>There is nothing to print yet.</source>
        <translation>Пока нечего печатать.</translation>
    </message>
    <message>
        <source>Which request?</source>
        <translation>Какой запрос?</translation>
    </message>
    <message>
        <source>Which refusal?</source>
        <translation>Какой отказ?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>нет предпросмотра</translation>
    </message>
    <message>
        <source>+ Add photo or scan…</source>
        <translation>+ Добавить фото или скан…</translation>
    </message>
    <message>
        <source>Add photo or scan</source>
        <translation>Добавить фото или скан</translation>
    </message>
    <message>
        <source>Add photos or scans</source>
        <translation>Добавить фото или сканы</translation>
    </message>
    <message>
        <source>Images and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Изображения и сканы (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Вложение %1</translation>
    </message>
    <message>
        <source>Autosaved typing</source>
        <translation>Автосохранённый ввод</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <source>This record was approved: saving makes a new version. Why is it corrected? (required)</source>
        <translation>Эта запись утверждена: при сохранении создаётся новая версия. Почему она исправляется? (обязательно)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>В этой записи есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them now?</source>
        <translation>Сохранить их сейчас?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation>Время (необязательно)</translation>
    </message>
    <message>
        <source>Leave the time empty when it is not known</source>
        <translation>Оставьте время пустым, если оно неизвестно</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation>Подставить текущие дату и время</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(обязательно)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation>Переместить вверх (Alt+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation>Переместить вниз (Alt+Shift+Down)</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (ст. %2)</translation>
    </message>
    <message>
        <source>An MRZ has 2 or 3 lines; this has %1</source>
        <translation>В MRZ 2 или 3 строки; здесь %1</translation>
    </message>
    <message>
        <source>Type, paste or scan the 2 or 3 lines at the bottom of the document</source>
        <translation>Введите, вставьте или отсканируйте 2 или 3 строки внизу документа</translation>
    </message>
    <message>
        <source>Filled from the MRZ: %1</source>
        <translation>Заполнено из MRZ: %1</translation>
    </message>
    <message>
        <source>The MRZ is valid; every field it holds was already filled</source>
        <translation>MRZ верна; все её поля уже были заполнены</translation>
    </message>
    <message>
        <source>Line %1: %2 of %3 characters</source>
        <translation>Строка %1: %2 из %3 знаков</translation>
    </message>
    <message>
        <source>Line %1: %2 characters</source>
        <translation>Строка %1: знаков — %2</translation>
    </message>
    <message>
        <source>Check digits agree</source>
        <translation>Контрольные цифры совпадают</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>New record: what happened?</source>
        <translation>Новая запись: что произошло?</translation>
    </message>
    <message>
        <source>New record: %1 (Art. %2)</source>
        <translation>Новая запись: %1 (ст. %2)</translation>
    </message>
    <message>
        <source>This record is withdrawn: it can be read, not changed.</source>
        <translation>Эта запись отозвана: её можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>This record is approved. Saving makes a correction: a new version, with your reason; the approved version is kept.</source>
        <translation>Эта запись утверждена. Сохранение создаст исправление — новую версию с вашей причиной; утверждённая версия сохраняется.</translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation>Возвращено %1: %2</translation>
    </message>
    <message>
        <source>Photos and scans can be added once the record is saved (Ctrl+S).</source>
        <translation>Фото и сканы можно добавить после сохранения записи (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save the correction first; then add photos and scans to it.</source>
        <translation>Сначала сохраните исправление, затем добавьте к нему фото и сканы.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the record can be saved</source>
        <translation>
            <numerusform>Чтобы сохранить запись, исправьте %n проблему</numerusform>
            <numerusform>Чтобы сохранить запись, исправьте %n проблемы</numerusform>
            <numerusform>Чтобы сохранить запись, исправьте %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Typing on this record was autosaved and not saved. Restore it?</source>
        <translation>Ввод в этой записи был автосохранён, но не сохранён. Восстановить?</translation>
    </message>
    <message>
        <source>You have new records that were autosaved and not saved. Continue one?</source>
        <translation>У вас есть новые записи, которые были автосохранены, но не сохранены. Продолжить одну из них?</translation>
    </message>
    <message>
        <source>The restored typing was made on version %1; the record is now at version %2. Check it before saving.</source>
        <translation>Восстановленный ввод сделан в версии %1; сейчас запись в версии %2. Проверьте перед сохранением.</translation>
    </message>
    <message>
        <source>Saved: version %1 (draft).</source>
        <translation>Сохранено: версия %1 (черновик).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить предмет</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Предмет %1</translation>
    </message>
    <message>
        <source>Leg %1</source>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>откуда</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>куда</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Добавить участок</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <source>Linked record %1</source>
        <translation>Связанная запись %1</translation>
    </message>
    <message>
        <source>A listed substance by name in any language, or the name of a new one</source>
        <translation>Вещество из перечня по названию на любом языке или название нового</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Деяние</translation>
    </message>
    <message>
        <source>Add citizenship</source>
        <translation>Добавить гражданство</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <source>Add substance</source>
        <translation>Добавить вещество</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>Утвердил %1, %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Сокрытие</translation>
    </message>
    <message>
        <source>Confidential (Art. 10.1)</source>
        <translation>Конфиденциально (п. 1 ст. 10 Соглашения)</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Транспортное средство</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation>Создал %1, %2</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Кем выявлено</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Способ обнаружения</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>Document as it claims to be</source>
        <translation>Документ, за который он себя выдаёт</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Does not qualify for exchange under the Agreement</source>
        <translation>Не подлежит обмену по Соглашению</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Equipment and technologies of clandestine manufacture</source>
        <translation>Оборудование и технологии подпольного изготовления</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Forgery</source>
        <translation>Способ подделки</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>Примечание об обращении</translation>
    </message>
    <message>
        <source>How the channel works: couriers, cover loads, payment</source>
        <translation>Как работает канал: курьеры, прикрывающие грузы, оплата</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Kept until %1, next review %2</source>
        <translation>Хранится до %1, следующий пересмотр %2</translation>
    </message>
    <message>
        <source>Latin name (as in the MRZ)</source>
        <translation>Имя латиницей (как в MRZ)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Legal hold (never purged while set)</source>
        <translation>Запрет на уничтожение (пока установлен, запись не уничтожается)</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <source>Logos on tablets, stamps on packages</source>
        <translation>Логотипы на таблетках, штампы на упаковках</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Вид транспорта</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Фабула</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Passing to third parties (Art. 10.2)</source>
        <translation>Передача третьей стороне (п. 2 ст. 10 Соглашения)</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Лицо %1</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Place description</source>
        <translation>Описание места</translation>
    </message>
    <message>
        <source>Plate, train, flight or vessel</source>
        <translation>Госномер, поезд, рейс или судно</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Purity, %</source>
        <translation>Чистота, %</translation>
    </message>
    <message>
        <source>Qualifies for exchange under the Agreement</source>
        <translation>Подлежит обмену по Соглашению</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Перевод на русский язык (ст. 14 Соглашения)</translation>
    </message>
    <message>
        <source>Route (origin first)</source>
        <translation>Маршрут (сначала откуда)</translation>
    </message>
    <message>
        <source>Section of the border</source>
        <translation>Участок границы</translation>
    </message>
    <message>
        <source>Serial number (weapons)</source>
        <translation>Серийный номер (оружие)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <source>Substance %1</source>
        <translation>Вещество %1</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Вещества</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>The machine-readable zone: when its check digits agree, it fills the empty fields below</source>
        <translation>Машиночитаемая зона: если контрольные цифры сходятся, она заполняет пустые поля ниже</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Type part of the name or code; empty when it happened away from a crossing point</source>
        <translation>Введите часть названия или кода; оставьте пустым, если произошло вне пункта пропуска</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Версия %1 · %2</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Что произошло, своими словами</translation>
    </message>
    <message>
        <source>What happened, when and where</source>
        <translation>Что, когда и где произошло</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>When a case was opened</source>
        <translation>Если возбуждено дело</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>XXX when unknown, XXA for a stateless person</source>
        <translation>XXX, если неизвестно, XXA — для лица без гражданства</translation>
    </message>
    <message>
        <source>e.g. 43.2567</source>
        <translation>например, 43,2567</translation>
    </message>
    <message>
        <source>e.g. 76.9286</source>
        <translation>например, 76,9286</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Every version of the record: who wrote and approved it, when and why, and what each changed</source>
        <translation>Каждая версия записи: кто написал и утвердил, когда и почему, и что изменила каждая</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (ст. %2)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>The record has only this version: it has not been corrected.</source>
        <translation>У записи только эта версия: она не исправлялась.</translation>
    </message>
    <message>
        <source>Version %1 is the first: every field as it was written.</source>
        <translation>Версия %1 — первая: каждое поле в том виде, в каком его записали.</translation>
    </message>
    <message>
        <source>Version %1 changes no field of version %2.</source>
        <translation>Версия %1 не меняет ни одного поля версии %2.</translation>
    </message>
    <message>
        <source>Fields that differ between version %1 and version %2 are highlighted.</source>
        <translation>Поля, которые различаются в версиях %1 и %2, выделены.</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>История записи</translation>
    </message>
    <message>
        <source>&amp;Versions (Up and Down compare each with the one before):</source>
        <translation>&amp;Версии (стрелки вверх и вниз сравнивают каждую с предыдущей):</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Версии записи</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>Хеш содержимого: %1</translation>
    </message>
    <message>
        <source>%1; last changed %2</source>
        <translation>%1; последнее изменение: %2</translation>
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
        <translation>Когда произошло</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Persons or summary</source>
        <translation>Лица или краткое содержание</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Crossing point</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Qualifies for exchange under the Agreement (Art. 6: a citizen of the other Party is involved)</source>
        <translation>Подлежит обмену по Соглашению (ст. 6: причастен гражданин другой Стороны)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>%1 — sent back</source>
        <translation>%1 — возвращён</translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>Возвращено %1 (%2): %3</translation>
    </message>
    <message>
        <source>Agreement, Article %1</source>
        <translation>Соглашение, статья %1</translation>
    </message>
    <message>
        <source>%1 (approximate: the name is one letter off)</source>
        <translation>%1 (приблизительно: в имени одна буква отличается)</translation>
    </message>
</context>
<context>
    <name>RecoverPassphraseDialog</name>
    <message>
        <source>Set a passphrase with the recovery key</source>
        <translation>Задать парольную фразу ключом восстановления</translation>
    </message>
    <message>
        <source>When a passphrase is forgotten and no supervisor can give a new one (Admin &gt; Officers…), the recovery key sets it. Take the recovery sheet from the post&apos;s safe and type its key. The change is written in the audit log. Afterwards seal the sheet in a new envelope.</source>
        <translation>Если парольная фраза забыта и ни один начальник смены не может задать новую (Администрирование &gt; Сотрудники…), её задаёт ключ восстановления. Возьмите лист восстановления из сейфа поста и введите его ключ. Изменение записывается в журнал аудита. После этого запечатайте лист в новый конверт.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>the login whose passphrase is set</source>
        <translation>логин, для которого задаётся фраза</translation>
    </message>
    <message>
        <source>Officer login</source>
        <translation>Логин сотрудника</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>&amp;Задать парольную фразу</translation>
    </message>
    <message>
        <source>The key is complete and every group checks out.</source>
        <translation>Ключ полный, все группы проверены.</translation>
    </message>
    <message>
        <source>13 groups of five letters and digits, as printed on the recovery sheet (%1 of 65 typed).</source>
        <translation>13 групп по пять букв и цифр, как напечатано на листе восстановления (введено %1 из 65).</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>Парольная фраза задаётся…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>I have printed it or &amp;written it down</source>
        <translation>Я &amp;распечатал или записал его</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>With it a supervisor can open the vault when every passphrase is forgotten.</source>
        <translation>С ним начальник смены сможет открыть хранилище, если все парольные фразы забыты.</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep the paper in the post&apos;s safe. It is shown only this once: Shekara does not keep it anywhere readable.</source>
        <translation>Запишите или распечатайте его сейчас и храните лист в сейфе поста. Он показывается только один раз: Shekara нигде не хранит его в читаемом виде.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Напечатать лист восстановления…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Я &amp;записал или распечатал его</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Creating the vault and its keys…</source>
        <translation>Создаются хранилище и его ключи…</translation>
    </message>
    <message>
        <source>The vault was not created: %1</source>
        <translation>Хранилище не создано: %1</translation>
    </message>
    <message>
        <source>The vault is ready. This is its recovery key:</source>
        <translation>Хранилище готово. Вот его ключ восстановления:</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Лист восстановления</translation>
    </message>
</context>
<context>
    <name>RefdataImportDialog</name>
    <message>
        <source>Import reference data from HQ</source>
        <translation>Загрузка справочных данных центрального органа</translation>
    </message>
    <message>
        <source>HQ sends new reference data (crossing points, substances, authorities, retention periods) as a file shekara-…-refdata-….shk. Only a version newer than the one in force is taken; a supervisor takes it.</source>
        <translation>Центральный орган присылает новые справочные данные (пункты пропуска, вещества, органы, сроки хранения) файлом shekara-…-refdata-….shk. Принимается только версия новее действующей; принимает её начальник смены.</translation>
    </message>
    <message>
        <source>&amp;Choose the reference data file…</source>
        <translation>&amp;Выбрать файл справочных данных…</translation>
    </message>
    <message>
        <source>HQ&apos;s reference data</source>
        <translation>Справочные данные центрального органа</translation>
    </message>
    <message>
        <source>Reading the reference data…</source>
        <translation>Чтение справочных данных…</translation>
    </message>
    <message>
        <source>The reference data was not taken.</source>
        <translation>Справочные данные не приняты.</translation>
    </message>
    <message>
        <source>Reference data version %1 is taken (version %2 was in force).</source>
        <translation>Приняты справочные данные версии %1 (действовала версия %2).</translation>
    </message>
    <message>
        <source>It is used from the next unlock: when you close this window the vault locks; unlock it to go on.</source>
        <translation>Она применяется со следующей разблокировки: когда вы закроете это окно, хранилище заблокируется; чтобы продолжить, разблокируйте его.</translation>
    </message>
    <message>
        <source>Nothing new: version %1 is already in force. Nothing was changed.</source>
        <translation>Ничего нового: версия %1 уже действует. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse request %1 (Art. 9)</source>
        <translation>Отказать в исполнении запроса %1 (ст. 9 Соглашения)</translation>
    </message>
    <message>
        <source>&amp;Ground (Art. 9):</source>
        <translation>&amp;Основание (ст. 9):</translation>
    </message>
    <message>
        <source>&amp;Refused:</source>
        <translation>Отка&amp;зано:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Подписал:</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>the whole request</source>
        <translation>в исполнении запроса полностью</translation>
    </message>
    <message>
        <source>part of the request</source>
        <translation>в исполнении части запроса</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>При&amp;чины:</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>New master key</source>
        <translation>Новый главный ключ</translation>
    </message>
    <message>
        <source>Your passphrase stays as it is.</source>
        <translation>Ваша парольная фраза остаётся прежней.</translation>
    </message>
    <message>
        <source>Every other officer needs a new passphrase, set with the new recovery key (&quot;%1&quot; on the unlock screen):</source>
        <translation>Каждому другому сотруднику нужна новая парольная фраза, которая задаётся новым ключом восстановления («%1» на экране разблокировки):</translation>
    </message>
    <message>
        <source>No other officer has a passphrase in this vault.</source>
        <translation>Других сотрудников с парольной фразой в этом хранилище нет.</translation>
    </message>
    <message>
        <source>The whole vault is encrypted again under the new key. On a large vault this takes a while, and the window waits. The vault in use stays as it is until the new one is complete: if the computer stops part-way, the vault opens with the old keys or with the new ones.</source>
        <translation>Всё хранилище заново шифруется новым ключом. На большом хранилище это занимает время, и окно ждёт. Используемое хранилище остаётся без изменений, пока новое не будет полностью готово: если компьютер остановится на полпути, хранилище откроется старыми ключами или новыми.</translation>
    </message>
    <message>
        <source>A new recovery key is shown once. Print the new recovery sheet and put it in the safe: the old sheet opens nothing any more, destroy it.</source>
        <translation>Новый ключ восстановления показывается один раз. Напечатайте новый лист восстановления и положите его в сейф: старый лист больше ничего не открывает, уничтожьте его.</translation>
    </message>
    <message>
        <source>Make a new master key after a restore from a backup, or when a passphrase or the recovery key may be known to someone who should not have it. Then:</source>
        <translation>Создавайте новый главный ключ после восстановления из резервной копии или когда парольная фраза либо ключ восстановления могут быть известны тому, кому не следует. Тогда:</translation>
    </message>
    <message>
        <source>The vault locks at the end.</source>
        <translation>В конце хранилище блокируется.</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Ваша парольная фраза:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Make a new master key…</source>
        <translation>&amp;Создать новый главный ключ…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>C&amp;lose and lock</source>
        <translation>&amp;Закрыть и заблокировать</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Напечатать лист восстановления…</translation>
    </message>
    <message>
        <source>Print it or write it down now and put the paper in the safe; destroy the old sheet. It is shown only this once. If the vault locks before you have it on paper, unlock it and make only a new recovery key (%1 &gt; %2): the master key is new already.</source>
        <translation>Напечатайте или запишите его сейчас и положите лист в сейф; старый лист уничтожьте. Он показывается только один раз. Если хранилище заблокируется раньше, чем ключ окажется на бумаге, разблокируйте его и создайте только новый ключ восстановления (%1 &gt; %2): главный ключ уже новый.</translation>
    </message>
    <message>
        <source>These officers need a new passphrase: on the unlock screen, &quot;%1&quot; sets each with this recovery key.</source>
        <translation>Этим сотрудникам нужна новая парольная фраза: на экране разблокировки «%1» задаёт её каждому с этим ключом восстановления.</translation>
    </message>
    <message>
        <source>No other officer needs a new passphrase.</source>
        <translation>Никому из других сотрудников новая парольная фраза не нужна.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Making the new master key and encrypting the vault again… Do not turn the computer off.</source>
        <translation>Создаётся новый главный ключ, хранилище шифруется заново… Не выключайте компьютер.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Nothing was changed.</source>
        <translation>Это не ваша парольная фраза. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault has a new master key. This is its new recovery key:</source>
        <translation>У хранилища новый главный ключ. Вот его новый ключ восстановления:</translation>
    </message>
    <message>
        <source>(The vault did not open again for the sheet: write the key down.)</source>
        <translation>(Для листа хранилище заново не открылось: запишите ключ.)</translation>
    </message>
    <message>
        <source>The new master key was not completed. The vault is locked; it opens with your passphrase. Unlock it and make a new master key again.</source>
        <translation>Новый главный ключ не был создан до конца. Хранилище заблокировано; оно открывается вашей парольной фразой. Разблокируйте его и создайте новый главный ключ ещё раз.</translation>
    </message>
    <message>
        <source>Make a new master key now?</source>
        <translation>Создать новый главный ключ сейчас?</translation>
    </message>
    <message>
        <source>The old recovery key and every other officer&apos;s passphrase stop opening the vault. This cannot be undone.</source>
        <translation>Старый ключ восстановления и парольные фразы всех других сотрудников перестанут открывать хранилище. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Make the new &amp;key</source>
        <translation>Создать новый &amp;ключ</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Страницы отчёта</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Сохранить отчёт как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTitles</name>
    <message>
        <source>Incident report</source>
        <translation>Рапорт об инциденте</translation>
    </message>
    <message>
        <source>Request (Art. 8)</source>
        <translation>Запрос (ст. 8)</translation>
    </message>
    <message>
        <source>Refusal notice (Art. 9)</source>
        <translation>Уведомление об отказе (ст. 9)</translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation>Сводка за период</translation>
    </message>
    <message>
        <source>Packet transmittal sheet</source>
        <translation>Акт приёма-передачи пакета</translation>
    </message>
    <message>
        <source>Enrollment sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Лист восстановления</translation>
    </message>
    <message>
        <source>Covering letter to the partner</source>
        <translation>Сопроводительное письмо партнёру</translation>
    </message>
    <message>
        <source>Disclosure register (Art. 10)</source>
        <translation>Реестр переданной информации (ст. 10 Соглашения)</translation>
    </message>
    <message>
        <source>Information received from the partner</source>
        <translation>Информация, полученная от партнёра</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request %1</source>
        <translation>Запрос %1</translation>
    </message>
    <message>
        <source>%1 — %2 — due %3</source>
        <translation>%1 — %2 — срок %3</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕН</translation>
    </message>
    <message>
        <source>The request and its thread</source>
        <translation>Запрос и переписка по нему</translation>
    </message>
    <message>
        <source>Close paper cop&amp;y…</source>
        <translation>Закрыть бумажный &amp;экземпляр…</translation>
    </message>
    <message>
        <source>Close paper copy</source>
        <translation>Закрыть бумажный экземпляр</translation>
    </message>
    <message>
        <source>Close the paper copy of request %1 as a duplicate?</source>
        <translation>Закрыть бумажный экземпляр запроса %1 как дубликат?</translation>
    </message>
    <message>
        <source>It was typed in from paper, and the same request has since come in a letter. Its thread is kept; from now on answer the copy that came in the letter.</source>
        <translation>Он был введён с бумаги, а тот же запрос затем пришёл и в письме. Его переписка сохраняется; теперь отвечайте на экземпляр, пришедший в письме.</translation>
    </message>
    <message>
        <source>&amp;Close copy</source>
        <translation>&amp;Закрыть экземпляр</translation>
    </message>
    <message>
        <source>Our number: %1</source>
        <translation>Наш номер: %1</translation>
    </message>
    <message>
        <source>Partner&apos;s number: %1</source>
        <translation>Номер партнёра: %1</translation>
    </message>
    <message>
        <source>Received on paper: its answers, refusals and questions do not go in letters (the partner&apos;s system does not know this request); they go on paper.</source>
        <translation>Получен на бумаге: ответы, отказы и вопросы по нему не уходят в письмах (система партнёра не знает этот запрос); они направляются на бумаге.</translation>
    </message>
    <message>
        <source>Received in a letter: its answers, refusals and questions go with the next letter.</source>
        <translation>Получен в письме: ответы, отказы и вопросы по нему уходят со следующим письмом.</translation>
    </message>
    <message>
        <source>The same request was also registered from paper (%1): answer this copy, which the partner&apos;s system knows.</source>
        <translation>Этот же запрос зарегистрирован и с бумаги (%1): отвечайте на этот экземпляр, который знает система партнёра.</translation>
    </message>
    <message>
        <source>The same request also came in a letter (%1): answer that copy, so the answer can go in a letter.</source>
        <translation>Этот же запрос пришёл и в письме (%1): отвечайте на тот экземпляр, чтобы ответ ушёл в письме.</translation>
    </message>
    <message>
        <source>From %1 to %2, reference %3, dated %4</source>
        <translation>От %1 в %2, исх. %3 от %4</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Предмет: %1</translation>
    </message>
    <message>
        <source>Facts: %1</source>
        <translation>Обстоятельства: %1</translation>
    </message>
    <message>
        <source>Objects and documents: %1</source>
        <translation>Предметы и документы: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Основания: %1</translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation>Что запрашивается: %1</translation>
    </message>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Лица (%n):</numerusform>
            <numerusform>Лица (%n):</numerusform>
            <numerusform>Лица (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusal (%1): %2 — %3</source>
        <translation>Отказ (%1): %2 — %3</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Переписка:</translation>
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
        <translation>Реестр запросов</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Нап&amp;равление:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Только &amp;просроченные</translation>
    </message>
    <message>
        <source>&amp;Approve our draft</source>
        <translation>&amp;Утвердить наш проект</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Новый запрос…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Ours, to the partner…</source>
        <translation>&amp;Наш, партнёру…</translation>
    </message>
    <message>
        <source>The partner&apos;s, received on &amp;paper…</source>
        <translation>Партнёра, полученный на &amp;бумаге…</translation>
    </message>
    <message>
        <source>An&amp;swer…</source>
        <translation>О&amp;тветить…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Отка&amp;зать…</translation>
    </message>
    <message>
        <source>Follow-&amp;up question…</source>
        <translation>Дополнительный &amp;вопрос…</translation>
    </message>
    <message>
        <source>&amp;Withdraw ours…</source>
        <translation>Отозвать на&amp;ш…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Only our own draft requests are approved.</source>
        <translation>Утверждаются только проекты наших собственных запросов.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve a request.</source>
        <translation>Утвердить запрос может только начальник смены.</translation>
    </message>
    <message>
        <source>You wrote this request: another supervisor must approve it (four-eyes rule).</source>
        <translation>Этот запрос составили вы: утвердить его должен другой начальник смены (правило двух ключей).</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Сначала выберите запрос.</translation>
    </message>
    <message>
        <source>Only a request the partner sent us, not yet answered or refused, is answered or refused here.</source>
        <translation>Здесь отвечают или отказывают только на запрос, присланный нам партнёром, на который ещё не ответили и в котором ещё не отказали.</translation>
    </message>
    <message>
        <source>Follow-up questions are for requests that were sent or received.</source>
        <translation>Дополнительные вопросы задаются по отправленным или полученным запросам.</translation>
    </message>
    <message>
        <source>Only our own request, not yet answered or refused, can be withdrawn.</source>
        <translation>Отозвать можно только наш собственный запрос, на который ещё не ответили и в котором не отказали.</translation>
    </message>
    <message>
        <source>Only a supervisor can withdraw a request.</source>
        <translation>Отозвать запрос может только начальник смены.</translation>
    </message>
    <message>
        <source>Saved as a draft: a second supervisor approves it, then it goes with the next letter to the partner.</source>
        <translation>Сохранено как проект: его утверждает второй начальник смены, затем он уходит со следующим письмом партнёру.</translation>
    </message>
    <message>
        <source>Registered as received on paper: what answers it goes on paper too.</source>
        <translation>Зарегистрирован как полученный на бумаге: ответы на него тоже направляются на бумаге.</translation>
    </message>
    <message>
        <source>Answer saved. The request came on paper, so the answer does not go in a letter: send it to the partner on paper.</source>
        <translation>Ответ сохранён. Запрос пришёл на бумаге, поэтому ответ не уходит в письме: направьте его партнёру на бумаге.</translation>
    </message>
    <message>
        <source>Answer saved: it goes with the next letter to the partner.</source>
        <translation>Ответ сохранён: он уйдёт со следующим письмом партнёру.</translation>
    </message>
    <message>
        <source>Refusal recorded with its number. The request came on paper, so the refusal does not go in a letter: print it (Documents &gt; Refusal notice) and send it on paper.</source>
        <translation>Отказ зарегистрирован с номером. Запрос пришёл на бумаге, поэтому отказ не уходит в письме: распечатайте его (Документы &gt; Уведомление об отказе) и направьте на бумаге.</translation>
    </message>
    <message>
        <source>Refusal recorded with its number: it goes with the next letter to the partner; Documents &gt; Refusal notice prints it.</source>
        <translation>Отказ зарегистрирован с номером: он уйдёт со следующим письмом партнёру; Документы &gt; Уведомление об отказе печатает его.</translation>
    </message>
    <message>
        <source>Question kept in the request&apos;s thread. The request came on paper, so the question does not go in a letter: ask it on paper.</source>
        <translation>Вопрос сохранён в переписке по запросу. Запрос пришёл на бумаге, поэтому вопрос не уходит в письме: задайте его на бумаге.</translation>
    </message>
    <message>
        <source>Question kept in the request&apos;s thread.</source>
        <translation>Вопрос сохранён в переписке по запросу.</translation>
    </message>
    <message>
        <source>Our request is withdrawn.</source>
        <translation>Наш запрос отозван.</translation>
    </message>
    <message>
        <source>The paper copy is closed as a duplicate: answer the copy that came in the letter.</source>
        <translation>Бумажный экземпляр закрыт как дубликат: отвечайте на экземпляр, пришедший в письме.</translation>
    </message>
    <message>
        <source>Approved: the request goes with the next letter to the partner.</source>
        <translation>Утверждено: запрос уйдёт со следующим письмом партнёру.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочен</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>only the newest %1 are listed: filter by direction, status or overdue to find the others</source>
        <translation>показаны только %1 самых новых: чтобы найти остальные, отфильтруйте по направлению, статусу или просрочке</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Наш номер</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>Номер партнёра</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Исх. номер</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕН</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>The backup comes back into %1. Give a login and passphrase that opened the vault on the day of the backup: they are checked before anything is moved. A vault already there is kept aside in that folder, never deleted, and only if you tick the box.</source>
        <translation>Резервная копия возвращается в %1. Укажите логин и парольную фразу, которыми хранилище открывалось в день копии: они проверяются прежде, чем что-либо перемещается. Уже находящееся там хранилище откладывается в той же папке, никогда не удаляется, и только если отметить флажок.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервной копии:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>П&amp;арольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Put the &amp;vault that is there now aside</source>
        <translation>&amp;Отложить находящееся там хранилище</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation>Восстанавливаемая резервная копия</translation>
    </message>
    <message>
        <source>Restored. Unlock with a passphrase of the backup. Its old passphrases and recovery key open it too: a supervisor makes a new master key (%1 &gt; %2, or &apos;shekara rekey&apos;).</source>
        <translation>Восстановлено. Разблокируйте парольной фразой резервной копии. Её открывают и старые парольные фразы и ключ восстановления: начальник смены создаёт новый главный ключ (%1 &gt; %2 или &apos;shekara rekey&apos;).</translation>
    </message>
    <message>
        <source>Before exporting, import HQ&apos;s newest acknowledgement (Post &gt; Import acknowledgement), so the next packet continues after the last one HQ has.</source>
        <translation>Перед экспортом загрузите последнее подтверждение центрального органа (Пост &gt; Загрузить подтверждение), чтобы следующий пакет продолжил нумерацию после последнего, имеющегося у центрального органа.</translation>
    </message>
</context>
<context>
    <name>RestoredPanel</name>
    <message>
        <source>This vault was restored from a backup, and HQ&apos;s acknowledgement has not been imported since</source>
        <translation>Это хранилище восстановлено из резервной копии, и с тех пор подтверждение центрального органа не загружалось</translation>
    </message>
    <message>
        <source>Packets exported after the backup are at HQ but not in this vault: the next packet would repeat their numbers, and HQ would set it aside as a fork instead of importing it.</source>
        <translation>Пакеты, выгруженные после создания резервной копии, есть у центрального органа, но отсутствуют в этом хранилище: следующий пакет повторил бы их номера, и центральный орган не загрузил бы его, а отложил как развилку.</translation>
    </message>
    <message>
        <source>The safe way: import HQ&apos;s newest acknowledgement (the button below, or Post &gt; Import acknowledgement… in the main window), then export.</source>
        <translation>Безопасный порядок: загрузите самое новое подтверждение центрального органа (кнопка ниже или Пост &gt; Загрузить подтверждение… в главном окне), затем выполните выгрузку.</translation>
    </message>
    <message>
        <source>&amp;Import HQ&apos;s acknowledgement…</source>
        <translation>Загрузить по&amp;дтверждение…</translation>
    </message>
    <message>
        <source>HQ has &amp;confirmed it received nothing newer — export anyway</source>
        <translation>Центральный орган &amp;подтвердил, что новых пакетов не получал, — выгрузить всё равно</translation>
    </message>
    <message>
        <source>Off: the export waits for HQ&apos;s acknowledgement</source>
        <translation>Не отмечено: выгрузка ожидает подтверждения центрального органа</translation>
    </message>
    <message>
        <source>Restored on %1 from a backup made on %2.</source>
        <translation>Восстановлено %1 из резервной копии, созданной %2.</translation>
    </message>
    <message>
        <source>Restored from a backup.</source>
        <translation>Восстановлено из резервной копии.</translation>
    </message>
    <message>
        <source>The last packet this vault knows it sent is number %1.</source>
        <translation>Последний пакет, об отправке которого известно этому хранилищу, — № %1.</translation>
    </message>
    <message>
        <source>This vault knows of no packet sent from this post.</source>
        <translation>Этому хранилищу не известно ни об одном пакете, отправленном с этого поста.</translation>
    </message>
    <message>
        <source>Tick only once HQ has confirmed, by telephone or in writing, that it has received no packet from this post after packet %1. The audit log records the tick with the export.</source>
        <translation>Отмечайте, только когда центральный орган подтвердит по телефону или письменно, что после пакета № %1 не получал от этого поста ни одного пакета. Отметка записывается в журнал аудита вместе с выгрузкой.</translation>
    </message>
    <message>
        <source>Tick only once HQ has confirmed, by telephone or in writing, that it has received no packet from this post. The audit log records the tick with the export.</source>
        <translation>Отмечайте, только когда центральный орган подтвердит по телефону или письменно, что не получал от этого поста ни одного пакета. Отметка записывается в журнал аудита вместе с выгрузкой.</translation>
    </message>
    <message>
        <source>Only a supervisor may export or tick this: ask your post&apos;s shift supervisor.</source>
        <translation>Выгружать пакеты и ставить эту отметку может только начальник смены: обратитесь к начальнику смены вашего поста.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <source>Records whose next review has come or whose kept-until date has passed, as of today. At a review you may keep a record longer, with a reason. The purge removes for good the records past their time that HQ has acknowledged or that were withdrawn; a record on legal hold is never purged.</source>
        <translation>Записи, у которых на сегодня наступил следующий пересмотр или истёк срок хранения. При пересмотре запись можно хранить дольше, указав причину. Уничтожение навсегда удаляет записи с истёкшим сроком, подтверждённые центральным органом или отозванные; запись под запретом на уничтожение не уничтожается никогда.</translation>
    </message>
    <message>
        <source>Records due for review or purge</source>
        <translation>Записи к пересмотру или уничтожению</translation>
    </message>
    <message>
        <source>&amp;Keep longer…</source>
        <translation>Хранить &amp;дольше…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge %n record(s)…</source>
        <translation>
            <numerusform>&amp;Уничтожить %n запись…</numerusform>
            <numerusform>&amp;Уничтожить %n записи…</numerusform>
            <numerusform>&amp;Уничтожить %n записей…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due, %1 of them to be purged.</source>
        <translation>
            <numerusform>Срок наступил у %n записи, из них к уничтожению: %1.</numerusform>
            <numerusform>Срок наступил у %n записей, из них к уничтожению: %1.</numerusform>
            <numerusform>Срок наступил у %n записей, из них к уничтожению: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for review or purge today.</source>
        <translation>Сегодня нечего пересматривать или уничтожать.</translation>
    </message>
    <message>
        <source>Kept longer: until %1.</source>
        <translation>Хранится дольше: до %1.</translation>
    </message>
    <message>
        <source>Purge records</source>
        <translation>Уничтожение записей</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n record(s) for good?</source>
        <translation>
            <numerusform>Уничтожить %n запись навсегда?</numerusform>
            <numerusform>Уничтожить %n записи навсегда?</numerusform>
            <numerusform>Уничтожить %n записей навсегда?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: every version of each record, its search entry and its attachments are removed and the freed space in the vault is overwritten. What stays is a note that the record existed and when it was purged (no name, no content), and an entry in the audit log. The note travels to HQ with the next export.</source>
        <translation>Это нельзя отменить: удаляются все версии каждой записи, её поисковая запись и вложения, а освободившееся место в хранилище перезаписывается. Остаются отметка о том, что запись существовала и когда она уничтожена (без имён и содержания), и запись в журнале аудита. Отметка уйдёт в центральный орган со следующей выгрузкой.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Уничтожить</translation>
    </message>
    <message>
        <source>Purging and overwriting the freed space in the vault… This can take a while; you may go on working.</source>
        <translation>Записи уничтожаются, освободившееся место в хранилище перезаписывается… Это может занять время; можно продолжать работу.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged. The notes that they existed go to HQ with the next export.</source>
        <translation>
            <numerusform>Уничтожена %n запись. Отметки о том, что они существовали, уйдут в центральный орган со следующей выгрузкой.</numerusform>
            <numerusform>Уничтожено %n записи. Отметки о том, что они существовали, уйдут в центральный орган со следующей выгрузкой.</numerusform>
            <numerusform>Уничтожено %n записей. Отметки о том, что они существовали, уйдут в центральный орган со следующей выгрузкой.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Когда произошло</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Хранится до</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>to be purged</source>
        <translation>к уничтожению</translation>
    </message>
    <message>
        <source>past its time, waits for HQ&apos;s acknowledgement</source>
        <translation>срок истёк, ждёт подтверждения центрального органа</translation>
    </message>
    <message>
        <source>on legal hold</source>
        <translation>запрет на уничтожение</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>пора пересмотреть</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Send back to the author</source>
        <translation>Вернуть автору</translation>
    </message>
    <message>
        <source>What should the author change? (required)</source>
        <translation>Что автор должен изменить? (обязательно)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>Отозвать запись</translation>
    </message>
    <message>
        <source>Why is this record withdrawn? It is kept, marked withdrawn, and the withdrawal travels to HQ. (required)</source>
        <translation>Почему эта запись отзывается? Она сохраняется с отметкой об отзыве, а отзыв передаётся в центральный орган. (обязательно)</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>Ве&amp;рнуть…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>О&amp;тозвать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 (Art. %2)</source>
        <translation>%1 (ст. %2)</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Версия %1 · %2</translation>
    </message>
    <message>
        <source>written by %1, %2</source>
        <translation>написал %1, %2</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>утвердил %1</translation>
    </message>
    <message>
        <source>qualifies for exchange</source>
        <translation>подлежит обмену</translation>
    </message>
    <message>
        <source>does not qualify for exchange</source>
        <translation>не подлежит обмену</translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>Возвращено %1 (%2): %3</translation>
    </message>
    <message>
        <source>A correction: the changes against the approved version are highlighted.</source>
        <translation>Исправление: изменения по сравнению с утверждённой версией выделены.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Approve se&amp;lected</source>
        <translation>Утвердить выбра&amp;нные</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Обнов&amp;ить</translation>
    </message>
    <message>
        <source>Drafts waiting for review</source>
        <translation>Черновики, ожидающие проверки</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting, newest change first</source>
        <translation>
            <numerusform>Ожидает %n черновик, сначала последние изменения</numerusform>
            <numerusform>Ожидают %n черновика, сначала последние изменения</numerusform>
            <numerusform>Ожидают %n черновиков, сначала последние изменения</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a draft on the left to review it.</source>
        <translation>Выберите черновик слева, чтобы проверить его.</translation>
    </message>
    <message>
        <source>No draft is waiting for review.</source>
        <translation>Нет черновиков, ожидающих проверки.</translation>
    </message>
</context>
<context>
    <name>RewritePanel</name>
    <message>
        <source>&amp;Stop writing</source>
        <translation>Пре&amp;рвать запись</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Записа&amp;ть заново</translation>
    </message>
    <message>
        <source>Progress of the writing</source>
        <translation>Ход записи</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Это может сделать только начальник смены</translation>
    </message>
    <message>
        <source>Write the selected packet again</source>
        <translation>Записать выбранный пакет заново</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n selected packet(s) again, one after another</source>
        <translation>
            <numerusform>Записать заново %n выбранный пакет, один за другим</numerusform>
            <numerusform>Записать заново %n выбранных пакета, один за другим</numerusform>
            <numerusform>Записать заново %n выбранных пакетов, один за другим</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the &amp;transmittal sheets…</source>
        <translation>Напечатать &amp;акты приёма-передачи…</translation>
    </message>
    <message>
        <source>Print the &amp;transmittal sheet…</source>
        <translation>Напечатать &amp;акт приёма-передачи…</translation>
    </message>
    <message>
        <source>The stick may be too small: packet %1 takes %2 and it has %3 free.</source>
        <translation>Флеш-накопителя может не хватить: пакет %1 занимает %2, а на нём свободно %3.</translation>
    </message>
    <message>
        <source>The stick may be too small: packet(s) %1 take %2 together and it has %3 free.</source>
        <translation>Флеш-накопителя может не хватить: пакеты %1 вместе занимают %2, а на нём свободно %3.</translation>
    </message>
    <message>
        <source>Stopping… the stick is being cleaned up.</source>
        <translation>Остановка… флеш-накопитель очищается.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2</source>
        <translation>Запись: %1 из %2</translation>
    </message>
    <message>
        <source>Reading the packet back from the stick and checking it…</source>
        <translation>Пакет считывается с флеш-накопителя и проверяется…</translation>
    </message>
    <message>
        <source>Reading the copy of packet %1 kept in the vault…</source>
        <translation>Читается копия пакета %1, хранящаяся в хранилище…</translation>
    </message>
    <message>
        <source>Packet %1 (%2 of %3). %4</source>
        <translation>Пакет %1 (%2 из %3). %4</translation>
    </message>
    <message>
        <source>Only a supervisor can write a packet again.</source>
        <translation>Записать пакет заново может только начальник смены.</translation>
    </message>
    <message>
        <source>Packet %1 is written again to %2, with its original contents.</source>
        <translation>Пакет %1 записан заново в %2 с исходным содержимым.</translation>
    </message>
    <message>
        <source>Read again from the stick (%1): the signature verified, the contents decrypted, the SHA-256 is the same.</source>
        <translation>Повторно считан с флеш-накопителя (%1): подпись проверена, содержимое расшифровано, SHA-256 тот же.</translation>
    </message>
    <message>
        <source>Verified while writing; the stick could not be read again just now.</source>
        <translation>Проверен при записи; повторно прочитать флеш-накопитель сейчас не удалось.</translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheet.</source>
        <translation>Передайте флеш-накопитель вместе с напечатанным актом приёма-передачи.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written again to %1, with their original contents.</source>
        <translation>
            <numerusform>%n пакет записан заново в %1 с исходным содержимым.</numerusform>
            <numerusform>%n пакета записаны заново в %1 с исходным содержимым.</numerusform>
            <numerusform>%n пакетов записано заново в %1 с исходным содержимым.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand the stick over with the printed transmittal sheets, one for each packet.</source>
        <translation>Передайте флеш-накопитель вместе с напечатанными актами приёма-передачи, по одному на каждый пакет.</translation>
    </message>
    <message>
        <source>Writing was stopped.</source>
        <translation>Запись остановлена.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 packets were written again to %3.</source>
        <translation>Только %1 из %2 пакетов записаны заново в %3.</translation>
    </message>
    <message>
        <source>No packet was written again.</source>
        <translation>Ни один пакет не был записан заново.</translation>
    </message>
    <message>
        <source>Those written are on the stick and checked: hand them over with their transmittal sheets.</source>
        <translation>Записанные пакеты находятся на флеш-накопителе и проверены: передайте их вместе с их актами приёма-передачи.</translation>
    </message>
    <message>
        <source>Packet %1: written again, read back from the stick and checked (%2).</source>
        <translation>Пакет %1: записан заново, считан с флеш-накопителя и проверен (%2).</translation>
    </message>
    <message>
        <source>Packet %1: written again and verified while writing; the stick could not be read again just now.</source>
        <translation>Пакет %1: записан заново и проверен при записи; повторно прочитать флеш-накопитель сейчас не удалось.</translation>
    </message>
    <message>
        <source>Packet %1: not written. %2</source>
        <translation>Пакет %1: не записан. %2</translation>
    </message>
    <message>
        <source>Packet %1: not written: the writing was stopped before it.</source>
        <translation>Пакет %1: не записан: запись остановлена до него.</translation>
    </message>
    <message>
        <source>Packet %1: not written: the writing ended at the refusal above.</source>
        <translation>Пакет %1: не записан: запись прекратилась на отказе выше.</translation>
    </message>
    <message>
        <source>Nothing changed in the vault: it keeps packet %1 until HQ acknowledges it.</source>
        <translation>В хранилище ничего не изменилось: пакет %1 хранится в нём, пока центральный орган не подтвердит получение.</translation>
    </message>
    <message>
        <source>Nothing changed in the vault for packet(s) %1: it keeps them until HQ acknowledges them.</source>
        <translation>В хранилище ничего не изменилось для пакета(ов) %1: они хранятся в нём, пока центральный орган не подтвердит получение.</translation>
    </message>
    <message>
        <source>Check the stick (plugged in, not locked, enough free space) and write again, or choose another one.</source>
        <translation>Проверьте флеш-накопитель (подключён ли, не защищён ли от записи, хватает ли места) и запишите заново или выберите другой.</translation>
    </message>
    <message>
        <source>%1: packet %2 (%3 of %4)</source>
        <translation>%1: пакет %2 (%3 из %4)</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Write the files again</source>
        <translation>Записать файлы заново</translation>
    </message>
    <message>
        <source>The rotation statement and the new public keys file of the last key change are written again, the same as before: no new keys are made. Choose the stick or folder.</source>
        <translation>Заявление о последней замене ключей и новый файл открытых ключей записываются заново, такими же, как раньше: новые ключи не создаются. Выберите флеш-накопитель или папку.</translation>
    </message>
    <message>
        <source>&amp;Write the files again</source>
        <translation>&amp;Записать файлы заново</translation>
    </message>
    <message>
        <source>Renew HQ&apos;s keys</source>
        <translation>Обновить ключи центрального органа</translation>
    </message>
    <message>
        <source>Re&amp;new HQ&apos;s keys</source>
        <translation>Обновить &amp;ключи центрального органа</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Создать новые ключи</translation>
    </message>
    <message>
        <source>New keys replace HQ&apos;s keys. The old ones stay in the vault only to read what was sent to them; from now on acknowledgements, reference data and letters are signed with the new ones. Two files are written to the stick or folder you choose:</source>
        <translation>Новые ключи заменяют ключи центрального органа. Старые остаются в хранилище только для того, чтобы читать отправленное на них; с этого момента подтверждения, справочные данные и письма подписываются новыми. На выбранный флеш-накопитель или в папку записываются два файла:</translation>
    </message>
    <message>
        <source>• The rotation statement is for the partner&apos;s central authority: the old keys vouch for the new ones, so it needs no paper.</source>
        <translation>• Заявление о замене ключа — для центрального органа партнёра: старые ключи ручаются за новые, поэтому бумага не нужна.</translation>
    </message>
    <message>
        <source>• The new keys file is for HQ&apos;s posts: each post takes it only after comparing the fingerprint with the printed keys sheet. Until then a post refuses what HQ signs with the new keys.</source>
        <translation>• Новый файл ключей — для постов центрального органа: каждый пост принимает его только после сверки отпечатка с напечатанным листом ключей. До этого пост отклоняет то, что центральный орган подписывает новыми ключами.</translation>
    </message>
    <message>
        <source>If HQ&apos;s keys were stolen, the partner revokes the old ones and refuses the statement, on purpose: give it the new keys file and the printed keys sheet too, to compare on paper.</source>
        <translation>Если ключи центрального органа похищены, партнёр отзывает старые и намеренно отклоняет заявление: передайте ему также новый файл ключей и напечатанный лист ключей для сверки на бумаге.</translation>
    </message>
    <message>
        <source>New keys replace this post&apos;s keys. The old ones stay in the vault only to read what was sent to them; from now on packets are signed with the new ones. Two files are written to the stick or folder you choose:</source>
        <translation>Новые ключи заменяют ключи этого поста. Старые остаются в хранилище только для того, чтобы читать отправленное на них; с этого момента пакеты подписываются новыми. На выбранный флеш-накопитель или в папку записываются два файла:</translation>
    </message>
    <message>
        <source>• A routine change: HQ takes the rotation statement. The old keys vouch for the new ones, so no paper is needed.</source>
        <translation>• Плановая замена: центральный орган принимает заявление о замене ключа. Старые ключи ручаются за новые, поэтому бумага не нужна.</translation>
    </message>
    <message>
        <source>• After the laptop or the keys were lost or stolen, HQ has revoked the old keys and refuses the rotation statement, on purpose: a thief could sign one too. HQ then needs the new enrollment file AND the printed enrollment sheet, and compares the fingerprint on paper.</source>
        <translation>• Если ноутбук или ключи утеряны или похищены, центральный орган уже отозвал старые ключи и намеренно отклоняет заявление о замене: вор тоже мог бы его подписать. Тогда центральному органу нужны новый файл регистрации И напечатанный лист регистрации, и он сверяет отпечаток на бумаге.</translation>
    </message>
    <message>
        <source>&amp;Make new keys</source>
        <translation>Создать &amp;новые ключи</translation>
    </message>
    <message>
        <source>Written to:</source>
        <translation>Записано в:</translation>
    </message>
    <message>
        <source>Rotation statement:</source>
        <translation>Заявление о замене ключа:</translation>
    </message>
    <message>
        <source>New keys file:</source>
        <translation>Новый файл ключей:</translation>
    </message>
    <message>
        <source>New enrollment file:</source>
        <translation>Новый файл регистрации:</translation>
    </message>
    <message>
        <source>Old fingerprint:</source>
        <translation>Старый отпечаток:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Новый отпечаток:</translation>
    </message>
    <message>
        <source>Old fingerprint</source>
        <translation>Старый отпечаток</translation>
    </message>
    <message>
        <source>New fingerprint</source>
        <translation>Новый отпечаток</translation>
    </message>
    <message>
        <source>Give the rotation statement to the partner&apos;s central authority: it takes it in Exchange &gt; Partner keys. Send the new keys file to HQ&apos;s posts with the printed keys sheet: each post imports it in Admin &gt; Keys and fingerprints after comparing the fingerprint on paper.</source>
        <translation>Передайте заявление о замене ключа центральному органу партнёра: он принимает его в Обмен &gt; Ключи партнёра. Отправьте новый файл ключей постам центрального органа вместе с напечатанным листом ключей: каждый пост загружает его в Администрирование &gt; Ключи и отпечатки после сверки отпечатка на бумаге.</translation>
    </message>
    <message>
        <source>A routine change: give HQ the rotation statement. If HQ has revoked the old keys: give HQ the new enrollment file and the printed enrollment sheet.</source>
        <translation>Плановая замена: передайте центральному органу заявление о замене ключа. Если центральный орган отозвал старые ключи: передайте ему новый файл регистрации и напечатанный лист регистрации.</translation>
    </message>
    <message>
        <source>Print the &amp;keys sheet…</source>
        <translation>На&amp;печатать лист ключей…</translation>
    </message>
    <message>
        <source>&amp;Print the enrollment sheet…</source>
        <translation>Напечатать &amp;лист регистрации…</translation>
    </message>
    <message>
        <source>Where the files are written</source>
        <translation>Куда записываются файлы</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Файлы записываются…</translation>
    </message>
    <message>
        <source>Making the new keys and writing the files…</source>
        <translation>Создаются новые ключи и записываются файлы…</translation>
    </message>
    <message>
        <source>The files are written again.</source>
        <translation>Файлы записаны заново.</translation>
    </message>
    <message>
        <source>The new keys are made and the files written.</source>
        <translation>Новые ключи созданы, файлы записаны.</translation>
    </message>
    <message>
        <source>The new keys are made and the old ones retired, but the files were not written: %1
Choose another stick or folder and press Write the files again.</source>
        <translation>Новые ключи созданы, а старые выведены из употребления, но файлы не записаны: %1
Выберите другой флеш-накопитель или папку и нажмите «Записать файлы заново».</translation>
    </message>
    <message>
        <source>Nothing was changed: the keys are as they were.</source>
        <translation>Ничего не изменено: ключи остались прежними.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Make new keys for HQ %1 now?</source>
        <translation>Создать новые ключи центрального органа %1 сейчас?</translation>
    </message>
    <message>
        <source>Make new keys for post %1 now?</source>
        <translation>Создать новые ключи поста %1 сейчас?</translation>
    </message>
    <message>
        <source>The old keys are retired: this cannot be undone. The partner and the posts need the new files before they accept what HQ signs.</source>
        <translation>Старые ключи выводятся из употребления: это нельзя отменить. Партнёру и постам нужны новые файлы, прежде чем они примут то, что подписывает центральный орган.</translation>
    </message>
    <message>
        <source>The old keys are retired: this cannot be undone. HQ refuses new packets until it has the new files.</source>
        <translation>Старые ключи выводятся из употребления: это нельзя отменить. Пока центральный орган не получит новые файлы, он отклоняет новые пакеты.</translation>
    </message>
</context>
<context>
    <name>RotationButtons</name>
    <message>
        <source>Rene&amp;w HQ&apos;s keys…</source>
        <translation>О&amp;бновить ключи центрального органа…</translation>
    </message>
    <message>
        <source>Make new &amp;keys…</source>
        <translation>&amp;Создать новые ключи…</translation>
    </message>
    <message>
        <source>Write the files &amp;again…</source>
        <translation>Записать &amp;файлы заново…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Это может сделать только начальник смены</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>&amp;Блокировать после бездействия:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Four-eyes approval:</source>
        <translation>&amp;Утверждение «четыре глаза»:</translation>
    </message>
    <message>
        <source>Switch four-eyes approval off?</source>
        <translation>Выключить утверждение «четыре глаза»?</translation>
    </message>
    <message>
        <source>Switch four-eyes approval off for everyone using this vault?</source>
        <translation>Выключить утверждение «четыре глаза» для всех, кто работает с этим хранилищем?</translation>
    </message>
    <message>
        <source>Only where this vault truly has one supervisor: each supervisor may then approve what they wrote themselves. The change is written in the audit log. Switch it on again as soon as there is a second supervisor.</source>
        <translation>Только если в этом хранилище действительно один начальник смены: тогда каждый начальник смены сможет утверждать то, что написал сам. Изменение записывается в журнал аудита. Включите снова, как только появится второй начальник смены.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Выключить</translation>
    </message>
    <message>
        <source>on</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>The language applies to this computer at once. The idle lock, four-eyes approval and the names printed on documents apply to everyone using this vault.</source>
        <translation>Язык применяется на этом компьютере сразу. Блокировка при бездействии, утверждение «четыре глаза» и наименования на документах действуют для всех, кто работает с этим хранилищем.</translation>
    </message>
    <message>
        <source>The language applies to this computer at once. Only a supervisor can change the idle lock, four-eyes approval and the names printed on documents.</source>
        <translation>Язык применяется на этом компьютере сразу. Блокировку при бездействии, утверждение «четыре глаза» и наименования на документах может изменить только начальник смены.</translation>
    </message>
    <message>
        <source>Four-eyes approval is on: a supervisor cannot approve a version they wrote.</source>
        <translation>Утверждение «четыре глаза» включено: начальник смены не может утвердить версию, которую написал сам.</translation>
    </message>
    <message>
        <source>Four-eyes approval is off: a supervisor may approve their own records.</source>
        <translation>Утверждение «четыре глаза» выключено: начальник смены может утверждать свои записи.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Минуты бездействия до блокировки хранилища</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Shekara — first start</source>
        <translation>Shekara — первый запуск</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with the partner</source>
        <translation>Передача партнёру</translation>
    </message>
    <message>
        <source>Candidates and the notice</source>
        <translation>Кандидаты и уведомление</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Направленные письма</translation>
    </message>
    <message>
        <source>Candidates: qualify and not sent, or changed since sent</source>
        <translation>Кандидаты: подпадают и не переданы или изменились после передачи</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>The notice being prepared</source>
        <translation>Готовящееся уведомление</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>What leaves (the selected item)</source>
        <translation>Что передаётся (выбранный элемент)</translation>
    </message>
    <message>
        <source>What leaves</source>
        <translation>Что передаётся</translation>
    </message>
    <message>
        <source>&amp;Add to the notice</source>
        <translation>&amp;Добавить в уведомление</translation>
    </message>
    <message>
        <source>Re&amp;move from the notice</source>
        <translation>&amp;Убрать из уведомления</translation>
    </message>
    <message>
        <source>&amp;Include a person…</source>
        <translation>&amp;Включить лицо…</translation>
    </message>
    <message>
        <source>A&amp;pprove the notice</source>
        <translation>У&amp;твердить уведомление</translation>
    </message>
    <message>
        <source>&amp;Send to a stick…</source>
        <translation>&amp;Записать на флеш-накопитель…</translation>
    </message>
    <message>
        <source>&amp;Write again…</source>
        <translation>Записать &amp;заново…</translation>
    </message>
    <message>
        <source>&amp;Print the covering letter…</source>
        <translation>&amp;Печать сопроводительного письма…</translation>
    </message>
    <message>
        <source>Only a supervisor can do this</source>
        <translation>Это может сделать только начальник смены</translation>
    </message>
    <message>
        <source>The notice is empty: add candidates to it.</source>
        <translation>Уведомление пустое: добавьте в него кандидатов.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve the notice.</source>
        <translation>Утвердить уведомление может только начальник смены.</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>Уведомление пустое.</translation>
    </message>
    <message>
        <source>Approved by %1: ready to send.</source>
        <translation>Утвердил %1: готово к передаче.</translation>
    </message>
    <message>
        <source>You added items to this notice: another supervisor must approve it (four-eyes rule).</source>
        <translation>Вы добавили элементы в это уведомление: утвердить его должен другой начальник смены (правило двух ключей).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the notice.</source>
        <translation>
            <numerusform>В уведомлении %n элемент.</numerusform>
            <numerusform>В уведомлении %n элемента.</numerusform>
            <numerusform>В уведомлении %n элементов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n request(s), answer(s) or refusal(s) from the register.</source>
        <translation>
            <numerusform>С %n запросом, ответом или отказом из реестра.</numerusform>
            <numerusform>С %n запросами, ответами или отказами из реестра.</numerusform>
            <numerusform>С %n запросами, ответами или отказами из реестра.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n follow-up question(s) on requests.</source>
        <translation>
            <numerusform>С %n дополнительным вопросом по запросам.</numerusform>
            <numerusform>С %n дополнительными вопросами по запросам.</numerusform>
            <numerusform>С %n дополнительными вопросами по запросам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n withdrawal(s) of our requests.</source>
        <translation>
            <numerusform>С %n отзывом нашего запроса.</numerusform>
            <numerusform>С %n отзывами наших запросов.</numerusform>
            <numerusform>С %n отзывами наших запросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Ещё не утверждено.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) put on the notice.</source>
        <translation>
            <numerusform>В уведомление добавлена %n запись.</numerusform>
            <numerusform>В уведомление добавлены %n записи.</numerusform>
            <numerusform>В уведомление добавлено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from the notice.</source>
        <translation>Убрано из уведомления.</translation>
    </message>
    <message>
        <source>The person is included; the reason is kept in the register.</source>
        <translation>Лицо включено; причина хранится в реестре.</translation>
    </message>
    <message>
        <source>The notice is approved: it can be sent.</source>
        <translation>Уведомление утверждено: его можно направить.</translation>
    </message>
    <message>
        <source>Letter %1 is written: %2</source>
        <translation>Письмо %1 записано: %2</translation>
    </message>
    <message>
        <source>Written again: %1</source>
        <translation>Записано заново: %1</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>%1 (Art. 10.2)</source>
        <translation>%1 (п. 2 ст. 10 Соглашения)</translation>
    </message>
    <message>
        <source>%1 — %2, citizenship %3</source>
        <translation>%1 — %2, гражданство %3</translation>
    </message>
    <message>
        <source>A correction: only the record&apos;s id, version and the reason leave. The partner must withdraw or destroy what it received.</source>
        <translation>Исправление: передаются только идентификатор записи, версия и причина. Партнёр должен отозвать или уничтожить полученное.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL (Art. 10.1): for the Agreement&apos;s purposes only.</source>
        <translation>КОНФИДЕНЦИАЛЬНО (п. 1 ст. 10 Соглашения): только для целей Соглашения.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Вид: %1</translation>
    </message>
    <message>
        <source>Narrative: %1</source>
        <translation>Описание: %1</translation>
    </message>
    <message>
        <source>Never leaves: who wrote or approved the record, attachments, links to records the partner never received, internal fields.</source>
        <translation>Никогда не передаётся: кто составил или утвердил запись, вложения, ссылки на записи, которых партнёр не получал, внутренние поля.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Occurred: %1</source>
        <translation>Дата события: %1</translation>
    </message>
    <message numerus="yes">
        <source>Persons sent (%n):</source>
        <translation>
            <numerusform>Передаваемые лица (%n):</numerusform>
            <numerusform>Передаваемые лица (%n):</numerusform>
            <numerusform>Передаваемые лица (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Persons withheld — they stay home (%n):</source>
        <translation>
            <numerusform>Непередаваемые лица — остаются у нас (%n):</numerusform>
            <numerusform>Непередаваемые лица — остаются у нас (%n):</numerusform>
            <numerusform>Непередаваемые лица — остаются у нас (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Record %1, version %2 — Art. %3 — %4</source>
        <translation>Запись %1, версия %2 — ст. %3 Соглашения — %4</translation>
    </message>
    <message>
        <source>Under a legal hold: never purged while it is set.</source>
        <translation>Запрет на уничтожение: пока он действует, не уничтожается.</translation>
    </message>
    <message>
        <source>WHAT LEAVES FOR THE PARTNER</source>
        <translation>ЧТО ПЕРЕДАЁТСЯ ПАРТНЁРУ</translation>
    </message>
    <message>
        <source>included by hand: %1</source>
        <translation>включено вручную: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>none: the fact leaves without a person</source>
        <translation>нет: факт передаётся без лиц</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>SheetCheckDialog</name>
    <message>
        <source>Check against the transmittal sheets</source>
        <translation>Сверка с актами приёма-передачи</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Add a whole f&amp;older or stick…</source>
        <translation>Добавить всю &amp;папку или флеш-накопитель…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Packet files and their SHA-256</source>
        <translation>Файлы пакетов и их SHA-256</translation>
    </message>
    <message>
        <source>The SHA-256 of this file &amp;matches its sheet</source>
        <translation>SHA-256 этого файла &amp;совпадает с его актом</translation>
    </message>
    <message>
        <source>Text of the &amp;QR code on the sheet:</source>
        <translation>Текст &amp;QR-кода на акте:</translation>
    </message>
    <message>
        <source>Text of the QR code on the sheet</source>
        <translation>Текст QR-кода на акте</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Пров&amp;ерить</translation>
    </message>
    <message>
        <source>&amp;Import the ticked files</source>
        <translation>&amp;Загрузить отмеченные файлы</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Файлы пакетов</translation>
    </message>
    <message>
        <source>Shekara packets (*.shk);;All files (*)</source>
        <translation>Пакеты Shekara (*.shk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder or stick with packets</source>
        <translation>Папка или флеш-накопитель с пакетами</translation>
    </message>
    <message>
        <source>No records packet (…-records-….shk) in %1.</source>
        <translation>В %1 нет пакетов записей (…-records-….shk).</translation>
    </message>
    <message>
        <source>This is the QR code of another document (%1), not of a Packet transmittal sheet.</source>
        <translation>Это QR-код другого документа (%1), а не «Акта приёма-передачи пакета».</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1…</source>
        <translation>Вычисляется SHA-256 файла %1…</translation>
    </message>
    <message>
        <source>No file listed yet: add the packet files, or the whole stick.</source>
        <translation>Файлов пока нет: добавьте файлы пакетов или весь флеш-накопитель.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the SHA-256 of %n file(s) was not computed; add them again to compute it.</source>
        <translation>
            <numerusform>Остановлено: SHA-256 %n файла не вычислен; добавьте его снова, чтобы вычислить.</numerusform>
            <numerusform>Остановлено: SHA-256 %n файлов не вычислены; добавьте их снова, чтобы вычислить.</numerusform>
            <numerusform>Остановлено: SHA-256 %n файлов не вычислены; добавьте их снова, чтобы вычислить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) ticked as matching their sheet.</source>
        <translation>
            <numerusform>Отмечено как совпадающие со своим актом: %1 из %n файла.</numerusform>
            <numerusform>Отмечено как совпадающие со своим актом: %1 из %n файлов.</numerusform>
            <numerusform>Отмечено как совпадающие со своим актом: %1 из %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in the list to see its SHA-256 here in large type.</source>
        <translation>Выберите файл в списке, чтобы увидеть здесь его SHA-256 крупным шрифтом.</translation>
    </message>
    <message>
        <source>SHA-256 of %1, as the sheet prints it:</source>
        <translation>SHA-256 файла %1, как он напечатан в акте:</translation>
    </message>
    <message>
        <source>Waiting for the SHA-256 of every file…</source>
        <translation>Ожидание SHA-256 всех файлов…</translation>
    </message>
    <message>
        <source>Add the packet files of the stick first.</source>
        <translation>Сначала добавьте файлы пакетов с флеш-накопителя.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 of each packet file with the post&apos;s signed Packet transmittal sheet, group by group, and tick the file when every group is the same; or scan the sheet&apos;s QR code, which finds and ticks its file.</source>
        <translation>Сверьте SHA-256 каждого файла пакета с подписанным постом «Актом приёма-передачи пакета» группа за группой и отметьте файл, когда все группы совпадают; или отсканируйте QR-код акта — он найдёт и отметит свой файл.</translation>
    </message>
    <message>
        <source>If a file does not match its sheet, do not accept the packet: sign nothing and ask the post to write it again.</source>
        <translation>Если файл не совпадает со своим актом, не принимайте пакет: ничего не подписывайте и попросите пост записать его заново.</translation>
    </message>
    <message>
        <source>Not every file&apos;s SHA-256 is computed: add the stopped files again.</source>
        <translation>SHA-256 вычислен не для всех файлов: добавьте остановленные файлы снова.</translation>
    </message>
    <message>
        <source>The sheet matches %1.</source>
        <translation>Акт совпадает с %1.</translation>
    </message>
    <message>
        <source>Post %1, packet %2: the post, the number and the SHA-256 on the sheet are those of this file. It is ticked in the list.</source>
        <translation>Пост %1, пакет %2: пост, номер и SHA-256 в акте — этого файла. Он отмечен в списке.</translation>
    </message>
    <message>
        <source>The sheet: post %1, packet %2.</source>
        <translation>Акт: пост %1, пакет %2.</translation>
    </message>
    <message>
        <source>%1 is that packet, but its SHA-256 is not the one on the sheet: it was changed or damaged on the way.</source>
        <translation>%1 — этот пакет, но его SHA-256 не тот, что в акте: файл изменён или повреждён в пути.</translation>
    </message>
    <message>
        <source>%1 has this SHA-256, but not this post and number.</source>
        <translation>У %1 этот SHA-256, но другие пост и номер.</translation>
    </message>
    <message>
        <source>Do not accept the packet: sign nothing and ask the post to write it again.</source>
        <translation>Не принимайте пакет: ничего не подписывайте и попросите пост записать его заново.</translation>
    </message>
    <message>
        <source>No file here matches this sheet.</source>
        <translation>Ни один файл здесь не совпадает с этим актом.</translation>
    </message>
</context>
<context>
    <name>SheetCheckTableModel</name>
    <message>
        <source>Matches the sheet</source>
        <translation>Совпадает с актом</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>SHA-256, as on the sheet</source>
        <translation>SHA-256, как в акте</translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation>вычисляется… %1 %</translation>
    </message>
    <message>
        <source>stopped: not computed</source>
        <translation>остановлено: не вычислен</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>matches the sheet</source>
        <translation>совпадает с актом</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>не отмечен</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Статистические сведения</translation>
    </message>
    <message>
        <source>Counts of the records in force in a period, by kind, month, crossing point, citizenship, substance and outcome, with no names: the reference information of Art. 3.1.2, for the Joint Commission for example. Preview the PDF to print or save it, or save the counts as CSV for a spreadsheet.</source>
        <translation>Число действующих записей за период по виду, месяцу, пункту пропуска, гражданству, веществу и исходу, без имён: справочная информация по подпункту 1.2 статьи 3, например для Совместной комиссии. Откройте PDF для печати или сохранения либо сохраните числа в CSV для электронной таблицы.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Прос&amp;мотр…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить в &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the statistics as CSV</source>
        <translation>Сохранить статистику в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Counting and writing the CSV…</source>
        <translation>Подсчёт и запись CSV…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>Первый начальник смены</translation>
    </message>
    <message>
        <source>The supervisor approves records, manages officers and keeps the vault&apos;s recovery key.</source>
        <translation>Начальник смены утверждает записи, управляет сотрудниками и хранит ключ восстановления хранилища.</translation>
    </message>
    <message>
        <source>Choose a login (small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;) and a passphrase. A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Выберите логин (строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;) и парольную фразу. Фразу из нескольких слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>e.g. aigerim.s</source>
        <translation>например, aigerim.s</translation>
    </message>
    <message>
        <source>Supervisor login</source>
        <translation>Логин начальника смены</translation>
    </message>
    <message>
        <source>Will be stored as: %1</source>
        <translation>Будет сохранено как: %1</translation>
    </message>
    <message>
        <source>Not allowed in a login: %1. Use small Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Недопустимо в логине: %1. Используйте строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>Choose a login of 2 to 32 characters, starting with a letter.</source>
        <translation>Выберите логин из 2–32 знаков, начинающийся с буквы.</translation>
    </message>
</context>
<context>
    <name>TranslationColumns</name>
    <message numerus="yes">
        <source>A Russian translation is missing for %n field(s): the documents for the other Party will say so. A record written in Russian needs none.</source>
        <translation>
            <numerusform>Нет перевода на русский язык для %n поля: документы для другой Стороны укажут это. Записи на русском языке перевод не нужен.</numerusform>
            <numerusform>Нет перевода на русский язык для %n полей: документы для другой Стороны укажут это. Записи на русском языке перевод не нужен.</numerusform>
            <numerusform>Нет перевода на русский язык для %n полей: документы для другой Стороны укажут это. Записи на русском языке перевод не нужен.</numerusform>
        </translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Как написано</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Сокрытие</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Every free-text field has its Russian translation.</source>
        <translation>У каждого поля свободного текста есть перевод на русский язык.</translation>
    </message>
    <message>
        <source>Handling note</source>
        <translation>Примечание об обращении</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>Предмет %1: описание</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Фабула</translation>
    </message>
    <message>
        <source>No free text yet: its Russian translation is written here.</source>
        <translation>Свободного текста пока нет: его перевод на русский язык пишется здесь.</translation>
    </message>
    <message>
        <source>Place description</source>
        <translation>Описание места</translation>
    </message>
    <message>
        <source>Russian translation (Art. 14)</source>
        <translation>Перевод на русский язык (ст. 14 Соглашения)</translation>
    </message>
    <message>
        <source>Substance %1: properties</source>
        <translation>Вещество %1: свойства</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Shekara — unlock</source>
        <translation>Shekara — открытие</translation>
    </message>
    <message>
        <source>Border records vault. Unlock it to continue.</source>
        <translation>Хранилище пограничных записей. Откройте его, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Папка хранилища: %1</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>your login, e.g. aigerim.s</source>
        <translation>ваш логин, например, aigerim.s</translation>
    </message>
    <message>
        <source>Officer login</source>
        <translation>Логин сотрудника</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Recovery &amp;key…</source>
        <translation>&amp;Ключ восстановления…</translation>
    </message>
    <message>
        <source>Set a forgotten passphrase with the recovery key from the post&apos;s safe</source>
        <translation>Задать забытую парольную фразу ключом восстановления из сейфа поста</translation>
    </message>
    <message>
        <source>The vault has a new master key: unlock it with your passphrase. Each officer listed on the new-key screen needs a new passphrase: set it with &quot;%1&quot; and the new recovery key.</source>
        <translation>У хранилища новый главный ключ: разблокируйте его своей парольной фразой. Каждому сотруднику из списка в окне нового ключа нужна новая парольная фраза: задайте её через «%1» новым ключом восстановления.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Demo vault with sample records (post %1), in a temporary folder that is deleted when Shekara closes.
Officers: %2
Passphrase for all: %3</source>
        <translation>Демонстрационное хранилище с образцами записей (пост %1) во временной папке, которая удаляется при закрытии Shekara.
Сотрудники: %2
Парольная фраза для всех: %3</translation>
    </message>
    <message>
        <source>Unlocking as soon as the demo vault is ready…</source>
        <translation>Откроется, как только демонстрационное хранилище будет готово…</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Готовится демонстрационное хранилище…</translation>
    </message>
    <message>
        <source>The passphrase of %1 was set. Unlock with it now.</source>
        <translation>Парольная фраза %1 задана. Теперь откройте хранилище с ней.</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>начальник смены</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>The vault was locked after a time without use.</source>
        <translation>Хранилище заблокировано после бездействия.</translation>
    </message>
    <message>
        <source>The vault was locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The vault was locked because the computer was locked.</source>
        <translation>Хранилище заблокировано, потому что заблокирован компьютер.</translation>
    </message>
    <message>
        <source>The vault was locked so that the new reference data is used: unlock it to go on.</source>
        <translation>Хранилище заблокировано, чтобы применялись новые справочные данные: чтобы продолжить, разблокируйте его.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Открывается…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Подождите %n секунду перед следующей попыткой.</numerusform>
            <numerusform>Подождите %n секунды перед следующей попыткой.</numerusform>
            <numerusform>Подождите %n секунд перед следующей попыткой.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Check a printed document</source>
        <translation>Проверка напечатанного документа</translation>
    </message>
    <message>
        <source>Every document Shekara prints has a QR code, with the text it holds printed beside it (it starts with SHK1:). Scan the code, or type the text, and press Check: the vault says whether the paper matches what it holds now.</source>
        <translation>На каждом документе, который печатает Shekara, есть QR-код, а рядом напечатан хранимый в нём текст (он начинается с SHK1:). Отсканируйте код или введите текст и нажмите «Проверить»: хранилище скажет, совпадает ли бумага с тем, что оно хранит сейчас.</translation>
    </message>
    <message>
        <source>&amp;Text of the QR code:</source>
        <translation>&amp;Текст QR-кода:</translation>
    </message>
    <message>
        <source>Text of the QR code</source>
        <translation>Текст QR-кода</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The paper matches the vault.</source>
        <translation>Бумага совпадает с хранилищем.</translation>
    </message>
    <message>
        <source>The paper matches an earlier version, not the one in force.</source>
        <translation>Бумага совпадает с прежней версией, а не с действующей.</translation>
    </message>
    <message>
        <source>Nothing in this vault matches the paper.</source>
        <translation>В этом хранилище ничто не совпадает с бумагой.</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>%1, version %2 on the paper</source>
        <translation>%1, на бумаге версия %2</translation>
    </message>
    <message>
        <source>Packet %1 of post %2</source>
        <translation>Пакет %1 поста %2</translation>
    </message>
    <message>
        <source>Keys of %1</source>
        <translation>Ключи %1</translation>
    </message>
    <message>
        <source>It may be another vault&apos;s paper, a document changed after printing, or a forgery. Do not rely on it.</source>
        <translation>Это может быть бумага другого хранилища, документ, изменённый после печати, или подделка. Не полагайтесь на неё.</translation>
    </message>
    <message>
        <source>It is the version in force (%1).</source>
        <translation>Это действующая версия (%1).</translation>
    </message>
    <message>
        <source>The version in force is %1 (%2): print it again.</source>
        <translation>Действующая версия — %1 (%2): распечатайте её заново.</translation>
    </message>
    <message>
        <source>This vault holds nothing with this id.</source>
        <translation>В этом хранилище нет ничего с этим идентификатором.</translation>
    </message>
    <message>
        <source>This vault holds it, but no version with this content.</source>
        <translation>Этот документ в хранилище есть, но версии с таким содержанием нет.</translation>
    </message>
    <message>
        <source>The refusal is recorded against the request as it stands.</source>
        <translation>Отказ записан по запросу в его нынешнем виде.</translation>
    </message>
    <message>
        <source>The refusal is recorded, but the request has changed since: it is at version %1.</source>
        <translation>Отказ записан, но запрос с тех пор изменился: сейчас версия %1.</translation>
    </message>
    <message>
        <source>No refusal with this content is recorded in this vault.</source>
        <translation>В этом хранилище не записан отказ с таким содержанием.</translation>
    </message>
    <message>
        <source>The vault counts the same records for this period.</source>
        <translation>Хранилище насчитывает за этот период те же записи.</translation>
    </message>
    <message>
        <source>The vault now counts other records for this period than the ones printed.</source>
        <translation>Хранилище сейчас насчитывает за этот период другие записи, чем напечатанные.</translation>
    </message>
    <message>
        <source>This HQ received that packet, with this SHA-256.</source>
        <translation>Этот центральный орган получил этот пакет с таким SHA-256.</translation>
    </message>
    <message>
        <source>This post exported that packet, with this SHA-256.</source>
        <translation>Этот пост выгрузил этот пакет с таким SHA-256.</translation>
    </message>
    <message>
        <source>This HQ received no such packet.</source>
        <translation>Этот центральный орган такого пакета не получал.</translation>
    </message>
    <message>
        <source>This post exported no such packet.</source>
        <translation>Этот пост такого пакета не выгружал.</translation>
    </message>
    <message>
        <source>These are this installation&apos;s keys now.</source>
        <translation>Это нынешние ключи этой установки.</translation>
    </message>
    <message>
        <source>These keys were replaced: the sheet is no longer valid.</source>
        <translation>Эти ключи заменены: лист больше не действителен.</translation>
    </message>
    <message>
        <source>These are not this installation&apos;s keys.</source>
        <translation>Это не ключи этой установки.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Сравнить версию</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>с версией</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Более старая версия</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Более новая версия</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Только изменения</translation>
    </message>
    <message>
        <source>Fields of the two versions</source>
        <translation>Поля двух версий</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Reason for version %1: %2</source>
        <translation>Причина версии %1: %2</translation>
    </message>
</context>
<context>
    <name>WriteAckDialog</name>
    <message>
        <source>Write an acknowledgement</source>
        <translation>Запись подтверждения</translation>
    </message>
    <message>
        <source>The acknowledgement tells the post what HQ has received: every record version, the packets imported, and any gaps, held packets or refusals. The newest one says it all; it is signed by HQ and only the post can read it.</source>
        <translation>Подтверждение сообщает посту, что получил центральный орган: каждую версию записи, загруженные пакеты и все пропуски, задержанные пакеты или отказы. Самое новое содержит всё; оно подписано центральным органом, и прочитать его может только пост.</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Пост:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>&amp;Write acknowledgement</source>
        <translation>&amp;Записать подтверждение</translation>
    </message>
    <message>
        <source>no post is enrolled</source>
        <translation>ни один пост не зарегистрирован</translation>
    </message>
    <message>
        <source>Acknowledgement %1 for %2 is written and checked:</source>
        <translation>Подтверждение %1 для %2 записано и проверено:</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>It confirms %n record version(s)</source>
        <translation>
            <numerusform>Оно подтверждает %n версию записи</numerusform>
            <numerusform>Оно подтверждает %n версии записей</numerusform>
            <numerusform>Оно подтверждает %n версий записей</numerusform>
        </translation>
    </message>
    <message>
        <source>and every packet up to number %1.</source>
        <translation>и все пакеты до номера %1.</translation>
    </message>
    <message>
        <source>It asks again for the missing packet(s) %1.</source>
        <translation>В нём снова запрошены недостающие пакеты %1.</translation>
    </message>
    <message>
        <source>It reports packet(s) %1 as held.</source>
        <translation>В нём пакеты %1 указаны как задержанные.</translation>
    </message>
    <message numerus="yes">
        <source>It reports %n refused packet(s).</source>
        <translation>
            <numerusform>В нём указан %n отклонённый пакет.</numerusform>
            <numerusform>В нём указаны %n отклонённых пакета.</numerusform>
            <numerusform>В нём указано %n отклонённых пакетов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Writing the packet</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <source>Do not pull the stick out until this is done.</source>
        <translation>Не извлекайте флеш-накопитель, пока запись не закончится.</translation>
    </message>
    <message>
        <source>&amp;Stop writing</source>
        <translation>&amp;Остановить запись</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Progress of the writing</source>
        <translation>Ход записи</translation>
    </message>
    <message>
        <source>Stopping… the stick is being cleaned up.</source>
        <translation>Остановка… флеш-накопитель очищается.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2</source>
        <translation>Запись: %1 из %2</translation>
    </message>
    <message>
        <source>Reading the packet back from the stick and checking it…</source>
        <translation>Пакет считывается с флеш-накопителя и проверяется…</translation>
    </message>
    <message>
        <source>Preparing the packet (signing and encrypting)…</source>
        <translation>Подготовка пакета (подпись и шифрование)…</translation>
    </message>
    <message>
        <source>Writing was stopped.</source>
        <translation>Запись остановлена.</translation>
    </message>
    <message>
        <source>The packet is kept in the vault: trying again writes exactly the same packet. Check the stick (plugged in, enough free space).</source>
        <translation>Пакет сохранён в хранилище: повторная попытка запишет точно тот же пакет. Проверьте флеш-накопитель (подключена ли, хватает ли места).</translation>
    </message>
    <message>
        <source>Nothing was marked as exported: the records wait for the next export. Check the stick (plugged in, enough free space) and try again, or go back and choose another one.</source>
        <translation>Ничего не отмечено как выгруженное: записи ждут следующей выгрузки. Проверьте флеш-накопитель (подключена ли, хватает ли места) и повторите или вернитесь и выберите другую.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>that file is already attached to record {id}</source>
        <translation>этот файл уже приложен к записи {id}</translation>
    </message>
    <message>
        <source>the media type must look like image/jpeg</source>
        <translation>тип данных должен выглядеть как image/jpeg</translation>
    </message>
    <message>
        <source>the attachment file is empty</source>
        <translation>файл вложения пуст</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}: attachments are added to a draft (amend the record first)</source>
        <translation>версия {version} записи {id} — {status}: вложения добавляются к черновику (сначала исправьте запись)</translation>
    </message>
    <message>
        <source>an attachment is at most {n} bytes</source>
        <translation>вложение — не более {n} байт</translation>
    </message>
    <message>
        <source>wrong officer name or passphrase</source>
        <translation>неверное имя сотрудника или парольная фраза</translation>
    </message>
    <message>
        <source>this vault has no recovery slot</source>
        <translation>в этом хранилище нет слота восстановления</translation>
    </message>
    <message>
        <source>officers can change only their own passphrase</source>
        <translation>сотрудники могут менять только свою парольную фразу</translation>
    </message>
    <message>
        <source>a recovery key is 13 groups of five letters and digits (older keys: of four)</source>
        <translation>ключ восстановления — 13 групп по пять букв и цифр (у старых ключей — по четыре)</translation>
    </message>
    <message>
        <source>group {n} of the recovery key is mistyped: check it against the sheet</source>
        <translation>группа {n} ключа восстановления набрана с ошибкой: сверьте её с листом</translation>
    </message>
    <message>
        <source>only a supervisor may do this</source>
        <translation>это может сделать только начальник смены</translation>
    </message>
    <message>
        <source>no officer {login} in this vault</source>
        <translation>в этом хранилище нет сотрудника {login}</translation>
    </message>
    <message>
        <source>too many failed unlocks: try again in {n} s</source>
        <translation>слишком много неудачных попыток: повторите через {n} с</translation>
    </message>
    <message>
        <source>wrong passphrase or recovery key</source>
        <translation>неверная парольная фраза или ключ восстановления</translation>
    </message>
    <message>
        <source>not a Shekara backup</source>
        <translation>это не резервная копия Shekara</translation>
    </message>
    <message>
        <source>the backup file is damaged or not a backup</source>
        <translation>файл резервной копии повреждён или не является резервной копией</translation>
    </message>
    <message>
        <source>no backup file {path}</source>
        <translation>нет файла резервной копии {path}</translation>
    </message>
    <message>
        <source>no folder {path}</source>
        <translation>нет папки {path}</translation>
    </message>
    <message>
        <source>this backup was written by a newer Shekara</source>
        <translation>эта резервная копия записана более новой версией Shekara</translation>
    </message>
    <message>
        <source>the backup did not read back the same</source>
        <translation>резервная копия при повторном чтении не совпала</translation>
    </message>
    <message>
        <source>the backup failed its integrity check</source>
        <translation>резервная копия не прошла проверку целостности</translation>
    </message>
    <message>
        <source>could not write the backup: {reason}</source>
        <translation>не удалось записать резервную копию: {reason}</translation>
    </message>
    <message>
        <source>cannot read the attachment: {reason}</source>
        <translation>не удаётся прочитать вложение: {reason}</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>не удаётся прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>give the partner&apos;s registration number of the consent letter, as printed on it (e.g. HQ-LT/2026/000012)</source>
        <translation>укажите регистрационный номер письма о согласии у другой Стороны, как он напечатан в письме (например, HQ-LT/2026/000012)</translation>
    </message>
    <message>
        <source>fact {id} was destroyed at the partner&apos;s request (Art. 10.3): there is nothing left to pass on</source>
        <translation>факт {id} уничтожен по требованию другой Стороны (п. 3 ст. 10): передавать нечего</translation>
    </message>
    <message>
        <source>the consent letter {name} is empty</source>
        <translation>письмо о согласии {name} пустое</translation>
    </message>
    <message>
        <source>the consent letter is at most {n} bytes</source>
        <translation>письмо о согласии — не более {n} байт</translation>
    </message>
    <message>
        <source>cannot read the consent letter {name}</source>
        <translation>не удаётся прочитать письмо о согласии {name}</translation>
    </message>
    <message>
        <source>name the third party the consent is for (at most {n} characters)</source>
        <translation>укажите третью сторону, которой дано согласие (не более {n} символов)</translation>
    </message>
    <message>
        <source>unknown Party {party}: use KZ or LT</source>
        <translation>неизвестная Сторона {party}: используйте KZ или LT</translation>
    </message>
    <message>
        <source>cannot read the folder {name}: {reason}</source>
        <translation>не удаётся прочитать папку {name}: {reason}</translation>
    </message>
    <message>
        <source>the folder {name} holds no packet of post {post}: export one there first (Post &gt; Export packet to a stick)</source>
        <translation>в папке {name} нет пакета поста {post}: сначала выгрузите его туда (Пост &gt; Выгрузить пакет на флеш-накопитель)</translation>
    </message>
    <message>
        <source>the draft is larger than {n} bytes</source>
        <translation>черновик больше {n} байт</translation>
    </message>
    <message>
        <source>it does not follow packet {last}, the last one imported from {partner}</source>
        <translation>он не следует за пакетом {last}, последним импортированным от {partner}</translation>
    </message>
    <message>
        <source>a different packet with sequence number {seq} was received from {partner} before</source>
        <translation>от {partner} уже был получен другой пакет с порядковым номером {seq}</translation>
    </message>
    <message>
        <source>{what} {index} of the letter breaks the data dictionary at {path} [{reason}]</source>
        <translation>элемент письма {what} {index} нарушает словарь данных в поле {path} [{reason}]</translation>
    </message>
    <message>
        <source>the letter gives consent for {id}, which this HQ never received</source>
        <translation>письмо даёт согласие на {id}, которого этот центральный орган не получал</translation>
    </message>
    <message>
        <source>the letter answers or refuses request {id}, which this HQ did not send</source>
        <translation>письмо отвечает на запрос {id} или отказывает в нём, но этот центральный орган такого запроса не направлял</translation>
    </message>
    <message>
        <source>the letter says it goes from {sender} to {recipient}, but it is signed by {signer} and this is {own}</source>
        <translation>в письме указано, что оно направлено от {sender} к {recipient}, но оно подписано {signer}, а здесь {own}</translation>
    </message>
    <message>
        <source>this vault was restored from a backup made after packet {last}: if packets were exported after the backup, the next one would repeat their numbers (a fork at HQ). Import HQ&apos;s newest acknowledgement first (&apos;shekara ack import FILE&apos;; in the window: Post &gt; Import acknowledgement); if HQ has nothing after packet {last}, export with --after-restore (in the window: tick &apos;HQ has confirmed it received nothing newer — export anyway&apos;)</source>
        <translation>это хранилище восстановлено из резервной копии, сделанной после пакета {last}: если после копии выгружались пакеты, следующий повторил бы их номера (развилка в центральном органе). Сначала загрузите самое новое подтверждение центрального органа (&apos;shekara ack import FILE&apos;; в окне: Пост &gt; Загрузить подтверждение); если у центрального органа нет ничего после пакета {last}, выгрузите с --after-restore (в окне: отметьте «Центральный орган подтвердил, что новых пакетов не получал, — выгрузить всё равно»)</translation>
    </message>
    <message>
        <source>an attachment named by a record is missing from the vault: the vault may be damaged</source>
        <translation>вложение, указанное в записи, отсутствует в хранилище: возможно, хранилище повреждено</translation>
    </message>
    <message>
        <source>packet {seq} is not in the outbox: it was acknowledged by HQ or never written</source>
        <translation>пакета {seq} нет среди исходящих: центральный орган подтвердил его получение или он не был записан</translation>
    </message>
    <message>
        <source>nothing to export: no approved record, correction or withdrawal waits to be sent</source>
        <translation>нечего выгружать: нет утверждённых записей, исправлений или отзывов, ожидающих отправки</translation>
    </message>
    <message>
        <source>say why the packet is discarded (--reason, at most {limit} characters)</source>
        <translation>укажите, почему пакет отбрасывается (--reason, не более {limit} символов)</translation>
    </message>
    <message>
        <source>no post is enrolled yet</source>
        <translation>ещё не зарегистрирован ни один пост</translation>
    </message>
    <message>
        <source>HQ holds no packet {id}</source>
        <translation>центральный орган не удерживает пакет {id}</translation>
    </message>
    <message>
        <source>post {post} has no key to revoke</source>
        <translation>у поста {post} нет ключа для отзыва</translation>
    </message>
    <message>
        <source>post {post} is not enrolled (or its key is revoked)</source>
        <translation>пост {post} не зарегистрирован (или его ключ отозван)</translation>
    </message>
    <message>
        <source>HQ knows no post {post}</source>
        <translation>центральному органу неизвестен пост {post}</translation>
    </message>
    <message>
        <source>an object names the same key twice</source>
        <translation>в объекте один и тот же ключ указан дважды</translation>
    </message>
    <message>
        <source>duplicate key &quot;{key}&quot; in {where}</source>
        <translation>повторяющийся ключ &quot;{key}&quot; в {where}</translation>
    </message>
    <message>
        <source>the input holds no records</source>
        <translation>во входных данных нет записей</translation>
    </message>
    <message>
        <source>a key in {where} is not valid Unicode</source>
        <translation>ключ в {where} — недопустимый Unicode</translation>
    </message>
    <message>
        <source>a string is not valid Unicode</source>
        <translation>строка — недопустимый Unicode</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8 (byte {offset})</source>
        <translation>входные данные — недопустимый UTF-8 (байт {offset})</translation>
    </message>
    <message>
        <source>the input is not valid Unicode text</source>
        <translation>входные данные — недопустимый текст Unicode</translation>
    </message>
    <message>
        <source>the string at {where} is not valid Unicode</source>
        <translation>строка в {where} — недопустимый Unicode</translation>
    </message>
    <message>
        <source>an integer beyond ±{limit} is not allowed in JSON</source>
        <translation>целое число больше ±{limit} в JSON недопустимо</translation>
    </message>
    <message>
        <source>not valid JSON at line {line} column {column}: {reason}</source>
        <translation>недопустимый JSON в строке {line}, столбце {column}: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: a value is out of range</source>
        <translation>недопустимый JSON: значение вне допустимого диапазона</translation>
    </message>
    <message>
        <source>{where}: not valid JSON at column {column}: {reason}</source>
        <translation>{where}: недопустимый JSON в столбце {column}: {reason}</translation>
    </message>
    <message>
        <source>NaN and Infinity cannot be written as JSON</source>
        <translation>NaN и Infinity нельзя записать в JSON</translation>
    </message>
    <message>
        <source>NaN, Infinity and numbers too large for a float are not allowed in JSON</source>
        <translation>в JSON не допускаются NaN, Infinity и числа, слишком большие для float</translation>
    </message>
    <message>
        <source>the input must be one JSON object, a JSON array of objects, or JSON Lines (one object per line)</source>
        <translation>входные данные должны быть одним объектом JSON, массивом объектов JSON или JSON Lines (по объекту в строке)</translation>
    </message>
    <message>
        <source>nesting deeper than {max_depth} levels</source>
        <translation>вложенность глубже {max_depth} уровней</translation>
    </message>
    <message>
        <source>nesting deeper than {max_depth} levels at line {line} column {column}</source>
        <translation>вложенность глубже {max_depth} уровней в строке {line}, столбце {column}</translation>
    </message>
    <message>
        <source>the input is larger than {limit} bytes</source>
        <translation>входные данные больше {limit} байт</translation>
    </message>
    <message>
        <source>the input holds more than {limit} records</source>
        <translation>во входных данных больше {limit} записей</translation>
    </message>
    <message>
        <source>this vault already has its packet keys</source>
        <translation>у этого хранилища уже есть ключи пакетов</translation>
    </message>
    <message>
        <source>{name} already exists: choose another name</source>
        <translation>{name} уже существует: выберите другое имя</translation>
    </message>
    <message>
        <source>the keys of this HQ were never rotated</source>
        <translation>ключи этого центрального органа ни разу не заменялись</translation>
    </message>
    <message>
        <source>HQ key {fingerprint} is already pinned: to replace it (after checking the new one on paper) use --replace</source>
        <translation>ключ центрального органа {fingerprint} уже закреплён: чтобы заменить его (проверив новый по бумаге), используйте --replace</translation>
    </message>
    <message>
        <source>the folder for {name} does not exist</source>
        <translation>папки для {name} не существует</translation>
    </message>
    <message>
        <source>{what} is malformed: {reason}</source>
        <translation>{what}: неверный формат ({reason})</translation>
    </message>
    <message>
        <source>the letter withdraws request {id}, which is this HQ&apos;s own: a Party withdraws only the requests it made</source>
        <translation>письмо отзывает запрос {id}, но это собственный запрос этого центрального органа: Сторона отзывает только свои запросы</translation>
    </message>
    <message>
        <source>the letter asks a follow-up question on request {id}, which this HQ neither sent nor received</source>
        <translation>письмо задаёт дополнительный вопрос по запросу {id}, который этот центральный орган не направлял и не получал</translation>
    </message>
    <message>
        <source>the letter withdraws request {id}, which this HQ never received</source>
        <translation>письмо отзывает запрос {id}, который этот центральный орган не получал</translation>
    </message>
    <message>
        <source>packet {seq} was interrupted while being written: run &apos;shekara export&apos; to finish it (in the window: Post &gt; Export packet to a stick)</source>
        <translation>запись пакета {seq} была прервана: выполните &apos;shekara export&apos;, чтобы её завершить (в окне: Пост &gt; Выгрузить пакет на флеш-накопитель)</translation>
    </message>
    <message>
        <source>{id} is not an id from &apos;shekara hq held list&apos; (in the window: HQ &gt; Held and quarantined packets)</source>
        <translation>{id} — не идентификатор из &apos;shekara hq held list&apos; (в окне: Центральный орган &gt; Задержанные и помещённые в карантин пакеты)</translation>
    </message>
    <message>
        <source>an export was interrupted: run &apos;shekara export&apos; to finish it before rotating the keys (in the window: Post &gt; Export packet to a stick)</source>
        <translation>выгрузка была прервана: перед заменой ключей завершите её командой &apos;shekara export&apos; (в окне: Пост &gt; Выгрузить пакет на флеш-накопитель)</translation>
    </message>
    <message>
        <source>the folder for the rotation files does not exist</source>
        <translation>папки для файлов замены ключей не существует</translation>
    </message>
    <message>
        <source>HQ&apos;s keys are not imported yet: run &apos;shekara keys import-hq FILE&apos; with the file from HQ (in the window: Admin &gt; Keys and fingerprints)</source>
        <translation>ключи центрального органа ещё не загружены: выполните &apos;shekara keys import-hq FILE&apos; с файлом из центрального органа (в окне: Администрирование &gt; Ключи и отпечатки)</translation>
    </message>
    <message>
        <source>the keys of this post were never rotated</source>
        <translation>ключи этого поста никогда не заменялись</translation>
    </message>
    <message>
        <source>this vault has no packet keys yet: create them with &apos;shekara keys create&apos;</source>
        <translation>у этого хранилища ещё нет ключей пакетов: создайте их командой &apos;shekara keys create&apos;</translation>
    </message>
    <message>
        <source>post {post} already has key {fingerprint}: a new key needs a rotation statement signed by it, or revoke it first</source>
        <translation>у поста {post} уже есть ключ {fingerprint}: для нового ключа нужно заявление о замене, подписанное им, либо сначала отзовите его</translation>
    </message>
    <message>
        <source>a post cannot use this HQ&apos;s own code {code}</source>
        <translation>пост не может использовать собственный код центрального органа {code}</translation>
    </message>
    <message>
        <source>the rotation is signed by a key of {post} that is {state}: enroll the new key on paper instead</source>
        <translation>замена подписана ключом поста {post} в состоянии {state}: зарегистрируйте новый ключ по бумаге</translation>
    </message>
    <message>
        <source>this key of {post} was {state}: it cannot be enrolled again</source>
        <translation>этот ключ поста {post} был {state}: его нельзя зарегистрировать снова</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>не удаётся записать {name}: {reason}</translation>
    </message>
    <message>
        <source>post {post} belongs to {party}; this HQ enrolls posts of {own}</source>
        <translation>пост {post} относится к {party}; этот центральный орган регистрирует посты {own}</translation>
    </message>
    <message>
        <source>these are the keys of {party}&apos;s HQ; this post belongs to {own}</source>
        <translation>это ключи центрального органа {party}; этот пост относится к {own}</translation>
    </message>
    <message>
        <source>an officer login is 2-32 characters: a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>логин сотрудника — от 2 до 32 знаков: a-z, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;, начиная с буквы</translation>
    </message>
    <message>
        <source>role must be officer or supervisor</source>
        <translation>роль должна быть officer или supervisor</translation>
    </message>
    <message>
        <source>officer {login} already exists</source>
        <translation>сотрудник {login} уже существует</translation>
    </message>
    <message>
        <source>the last supervisor cannot be removed</source>
        <translation>последнего начальника смены удалить нельзя</translation>
    </message>
    <message>
        <source>no officer {login}</source>
        <translation>нет сотрудника {login}</translation>
    </message>
    <message>
        <source>a passphrase cannot hold control characters</source>
        <translation>парольная фраза не может содержать управляющие символы</translation>
    </message>
    <message>
        <source>you cannot remove yourself</source>
        <translation>нельзя удалить самого себя</translation>
    </message>
    <message>
        <source>the login {login} is reserved</source>
        <translation>логин {login} зарезервирован</translation>
    </message>
    <message>
        <source>a passphrase needs at least {n} characters</source>
        <translation>парольная фраза должна содержать не менее {n} знаков</translation>
    </message>
    <message>
        <source>{field} holds a control or invisible character</source>
        <translation>{field} содержит управляющий или невидимый символ</translation>
    </message>
    <message>
        <source>{field} has nothing visible in it</source>
        <translation>{field} не содержит ничего видимого</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters</source>
        <translation>{field} длиннее {n} знаков</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} differs from what was written: it was altered or damaged on disk and is not written again</source>
        <translation>исходящая копия пакета {seq} отличается от записанной: она изменена или повреждена на диске и повторно не записывается</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} is missing from the vault&apos;s folder: it cannot be written again; restore the vault from a backup</source>
        <translation>исходящая копия пакета {seq} отсутствует в папке хранилища: записать её повторно нельзя; восстановите хранилище из резервной копии</translation>
    </message>
    <message>
        <source>the outbox copy of packet {seq} could not be read ({reason})</source>
        <translation>исходящую копию пакета {seq} не удалось прочитать ({reason})</translation>
    </message>
    <message>
        <source>the acknowledgement confirms packets up to {through}, but this vault has sent only {sent}: it was restored from an older backup (or belongs to another installation); this ack does not name packet {through}&apos;s hash: ask HQ for a new acknowledgement and import it before exporting</source>
        <translation>подтверждение охватывает пакеты до {through}, но это хранилище отправило только {sent}: оно восстановлено из более старой резервной копии (или относится к другой установке); в этом подтверждении нет хеша пакета {through}: запросите у центрального органа новое подтверждение и импортируйте его до выгрузки</translation>
    </message>
    <message>
        <source>the acknowledgement is about post {post}, not this one</source>
        <translation>подтверждение относится к посту {post}, а не к этому</translation>
    </message>
    <message>
        <source>record {id} names an attachment the packet does not carry</source>
        <translation>запись {id} ссылается на вложение, которого нет в пакете</translation>
    </message>
    <message>
        <source>the reference data is malformed [{reason}]</source>
        <translation>справочные данные повреждены [{reason}]</translation>
    </message>
    <message>
        <source>the key file is larger than {n} bytes</source>
        <translation>файл ключей больше {n} байт</translation>
    </message>
    <message>
        <source>the key file&apos;s signature is not valid: it was altered</source>
        <translation>подпись файла ключей недействительна: он был изменён</translation>
    </message>
    <message>
        <source>the rotation&apos;s {which} signature is not valid</source>
        <translation>подпись замены ({which}) недействительна</translation>
    </message>
    <message>
        <source>this file is not a Shekara packet</source>
        <translation>этот файл не является пакетом Shekara</translation>
    </message>
    <message>
        <source>the packet&apos;s signature is not valid: the packet was altered after it was signed</source>
        <translation>подпись пакета недействительна: пакет был изменён после подписания</translation>
    </message>
    <message>
        <source>the packet&apos;s encrypted body does not match its signed hash: it was altered</source>
        <translation>зашифрованное тело пакета не совпадает с подписанным хешем: оно было изменено</translation>
    </message>
    <message>
        <source>the packet&apos;s body is {actual} bytes but its header says {expected}: it was cut short or bytes were added</source>
        <translation>тело пакета — {actual} байт, а в заголовке указано {expected}: он обрезан или в него добавлены байты</translation>
    </message>
    <message>
        <source>record {index} of the packet does not match its content hash</source>
        <translation>запись {index} пакета не совпадает со своим хешем содержимого</translation>
    </message>
    <message>
        <source>the packet&apos;s body could not be decrypted: it is damaged</source>
        <translation>тело пакета не удалось расшифровать: оно повреждено</translation>
    </message>
    <message>
        <source>the file is empty: it is not a packet</source>
        <translation>файл пуст: это не пакет</translation>
    </message>
    <message>
        <source>the key file is empty</source>
        <translation>файл ключей пуст</translation>
    </message>
    <message>
        <source>a file named {name} is already in that folder: move it away or choose another folder</source>
        <translation>в этой папке уже есть файл {name}: переместите его или выберите другую папку</translation>
    </message>
    <message>
        <source>the stick&apos;s file system cannot hold a file of {size} bytes; nothing was kept</source>
        <translation>файловая система флеш-накопителя не может вместить файл размером {size} байт; ничего не сохранено</translation>
    </message>
    <message>
        <source>the packet carries record {id}, which this HQ holds from elsewhere</source>
        <translation>в пакете есть запись {id}, которую этот центральный орган получил из другого источника</translation>
    </message>
    <message>
        <source>the packet header is larger than {limit} bytes</source>
        <translation>заголовок пакета больше {limit} байт</translation>
    </message>
    <message>
        <source>record {index} of the packet breaks the data dictionary at {path} [{reason}]</source>
        <translation>запись {index} пакета нарушает словарь данных в {path} [{reason}]</translation>
    </message>
    <message>
        <source>the packet would hold more than {limit} bytes of records: export fewer at a time</source>
        <translation>в пакете было бы больше {limit} байт записей: выгружайте меньше за раз</translation>
    </message>
    <message>
        <source>the folder to write the packet to does not exist (is the stick plugged in?)</source>
        <translation>папки для записи пакета нет (вставлен ли флеш-накопитель?)</translation>
    </message>
    <message>
        <source>the stick is full: the packet needs {size} bytes; free some space or use another stick; nothing was kept</source>
        <translation>флеш-накопитель заполнен: пакету нужно {size} байт; освободите место или возьмите другой флеш-накопитель; ничего не сохранено</translation>
    </message>
    <message>
        <source>the packet&apos;s body is not a binary age file</source>
        <translation>тело пакета не является двоичным файлом age</translation>
    </message>
    <message>
        <source>the packet is not encrypted to this installation&apos;s keys</source>
        <translation>пакет не зашифрован на ключи этой установки</translation>
    </message>
    <message>
        <source>the stick is read-only or the folder is not writable; nothing was kept</source>
        <translation>флеш-накопитель только для чтения или в папку нельзя писать; ничего не сохранено</translation>
    </message>
    <message>
        <source>the packet is signed by a replaced key of {post} after its rotation (packet {seq}, the old key&apos;s last was {last})</source>
        <translation>пакет подписан заменённым ключом поста {post} после замены (пакет {seq}, последний для старого ключа — {last})</translation>
    </message>
    <message>
        <source>the packet read back from the stick differs from what was written: the stick may be faulty; nothing was kept</source>
        <translation>пакет, прочитанный с флеш-накопителя, отличается от записанного: флеш-накопитель может быть неисправен; ничего не сохранено</translation>
    </message>
    <message>
        <source>the packet is signed by a revoked key ({fingerprint})</source>
        <translation>пакет подписан отозванным ключом ({fingerprint})</translation>
    </message>
    <message>
        <source>the rotation replaces a key this HQ has not enrolled</source>
        <translation>замена относится к ключу, который этот центральный орган не регистрировал</translation>
    </message>
    <message>
        <source>the rotation replaces key {fingerprint}, which is not the key pinned for {code}</source>
        <translation>замена относится к ключу {fingerprint}, а он не закреплён для {code}</translation>
    </message>
    <message>
        <source>the packet claims to come from {claimed} but is signed by the key of {signer}</source>
        <translation>пакет заявлен как пришедший от {claimed}, но подписан ключом {signer}</translation>
    </message>
    <message>
        <source>the packet is not encrypted to its own sender&apos;s key, as every Shekara writer does: it is refused</source>
        <translation>пакет не зашифрован на собственный ключ отправителя, как это делает любой писатель Shekara: он отклонён</translation>
    </message>
    <message>
        <source>packet {seq} is more than {limit} ahead of packet {last}, the last one imported from this post: it is not held</source>
        <translation>пакет {seq} опережает пакет {last}, последний импортированный от этого поста, более чем на {limit}: он не удерживается</translation>
    </message>
    <message>
        <source>the file is larger than {limit} bytes: it is not accepted as a packet</source>
        <translation>файл больше {limit} байт: он не принимается как пакет</translation>
    </message>
    <message>
        <source>the packet would be larger than {limit} bytes: export fewer records or attachments at a time</source>
        <translation>пакет был бы больше {limit} байт: выгружайте меньше записей или вложений за раз</translation>
    </message>
    <message>
        <source>the packet is cut short ({size} bytes): was it copied completely?</source>
        <translation>пакет обрезан ({size} байт): он скопирован полностью?</translation>
    </message>
    <message>
        <source>the packet is signed by an unknown or revoked key ({fingerprint})</source>
        <translation>пакет подписан неизвестным или отозванным ключом ({fingerprint})</translation>
    </message>
    <message>
        <source>packet format {major}.{minor} is not supported: this program reads format {supported}.x</source>
        <translation>формат пакета {major}.{minor} не поддерживается: эта программа читает формат {supported}.x</translation>
    </message>
    <message>
        <source>the packet content cannot be written as JSON [{reason}]</source>
        <translation>содержимое пакета нельзя записать в JSON [{reason}]</translation>
    </message>
    <message>
        <source>the packet read back differs from what was written; nothing was kept</source>
        <translation>прочитанный пакет отличается от записанного; ничего не сохранено</translation>
    </message>
    <message>
        <source>the packet&apos;s content read back differs from what was meant; nothing was kept</source>
        <translation>прочитанное содержимое пакета отличается от задуманного; ничего не сохранено</translation>
    </message>
    <message>
        <source>the packet carries version {version} of record {id} with content different from the one already imported</source>
        <translation>в пакете версия {version} записи {id} с содержимым, отличным от уже загруженного</translation>
    </message>
    <message>
        <source>writing the packet failed ({reason}): was the stick removed? nothing was kept</source>
        <translation>запись пакета не удалась ({reason}): не извлекли ли флеш-накопитель? ничего не сохранено</translation>
    </message>
    <message>
        <source>this is not a Shekara key file</source>
        <translation>это не файл ключей Shekara</translation>
    </message>
    <message>
        <source>this is not a {expected} file</source>
        <translation>это не файл {expected}</translation>
    </message>
    <message>
        <source>this is not an enrollment file or a rotation statement</source>
        <translation>это не файл регистрации и не заявление о замене</translation>
    </message>
    <message>
        <source>this is a {kind} packet, not a {expected} packet</source>
        <translation>это пакет {kind}, а не {expected}</translation>
    </message>
    <message>
        <source>this packet is for {recipient}, not for {expected}</source>
        <translation>этот пакет предназначен для {recipient}, а не для {expected}</translation>
    </message>
    <message>
        <source>a {kind} packet cannot be signed by a {role} key</source>
        <translation>пакет {kind} не может быть подписан ключом {role}</translation>
    </message>
    <message>
        <source>partner key {fingerprint} is already trusted: to replace it (after comparing the new one on paper) use --replace</source>
        <translation>ключ партнёра {fingerprint} уже доверенный: чтобы заменить его (сверив новый с бумажным листом), используйте --replace</translation>
    </message>
    <message>
        <source>the fingerprint compared on paper is not this file&apos;s ({fingerprint}): do not trust the file; ask the partner for its keys again</source>
        <translation>сверенный по бумаге отпечаток не совпадает с отпечатком файла ({fingerprint}): не доверяйте файлу; запросите ключи у партнёра заново</translation>
    </message>
    <message>
        <source>give the fingerprint compared with the partner&apos;s paper sheet (--fingerprint)</source>
        <translation>укажите отпечаток, сверенный с бумажным листом другой Стороны (--fingerprint)</translation>
    </message>
    <message>
        <source>no partner key of {code} to revoke</source>
        <translation>нет ключа партнёра {code} для отзыва</translation>
    </message>
    <message>
        <source>the rotation is signed by a key of {code} that is {state}: enroll the new key on paper instead</source>
        <translation>замена подписана ключом {code}, который имеет состояние {state}: зарегистрируйте новый ключ со сверкой на бумаге</translation>
    </message>
    <message>
        <source>the letter&apos;s rotation names a key of {code} that was {state} before: it is not trusted again</source>
        <translation>замена ключа в письме называет ключ {code}, который ранее имел состояние {state}: ему больше не доверяют</translation>
    </message>
    <message>
        <source>the rotation replaces a key that is not the partner&apos;s: enroll the partner&apos;s keys file on paper</source>
        <translation>замена относится к ключу, который не принадлежит другой Стороне: зарегистрируйте файл ключей другой Стороны со сверкой на бумаге</translation>
    </message>
    <message>
        <source>these are the keys of a {party} installation: the partner is the other Party&apos;s central authority</source>
        <translation>это ключи установки {party}: партнёр — центральный орган другой Стороны</translation>
    </message>
    <message>
        <source>fact {id} version {version} was destroyed at the partner&apos;s request (Art. 10.3): nothing is left to print</source>
        <translation>факт {id}, версия {version}, уничтожен по требованию другой Стороны (п. 3 ст. 10): печатать нечего</translation>
    </message>
    <message>
        <source>this HQ received no fact {id} (version {version})</source>
        <translation>этот центральный орган не получал факта {id} (версия {version})</translation>
    </message>
    <message>
        <source>a reason is plain text of at most {n} characters</source>
        <translation>причина — простой текст не длиннее {n} знаков</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a version you wrote</source>
        <translation>правило «четыре глаза»: нельзя утвердить версию, которую вы написали</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a version you wrote (record {id})</source>
        <translation>правило «четыре глаза»: нельзя утвердить версию, которую вы написали (запись {id})</translation>
    </message>
    <message>
        <source>a correction cannot change the record&apos;s kind</source>
        <translation>исправление не может менять вид записи</translation>
    </message>
    <message>
        <source>record {id} has no draft version {version}</source>
        <translation>у записи {id} нет черновика версии {version}</translation>
    </message>
    <message>
        <source>record {id} has no version {version}</source>
        <translation>у записи {id} нет версии {version}</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}, not a draft</source>
        <translation>версия {version} записи {id} — {status}, а не черновик</translation>
    </message>
    <message>
        <source>no record {id}</source>
        <translation>нет записи {id}</translation>
    </message>
    <message>
        <source>record {id} has no retention period yet (it was never approved)</source>
        <translation>у записи {id} ещё нет срока хранения (она ни разу не утверждалась)</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>нужна причина</translation>
    </message>
    <message>
        <source>a record is named twice</source>
        <translation>запись указана дважды</translation>
    </message>
    <message>
        <source>the new date must be after {date}</source>
        <translation>новая дата должна быть позже {date}</translation>
    </message>
    <message>
        <source>only a supervisor may withdraw an approved record</source>
        <translation>отозвать утверждённую запись может только начальник смены</translation>
    </message>
    <message>
        <source>record {id} is withdrawn</source>
        <translation>запись {id} отозвана</translation>
    </message>
    <message>
        <source>the packet holds reference data version {version}; version {current} is already in force</source>
        <translation>в пакете справочные данные версии {version}; уже действует версия {current}</translation>
    </message>
    <message>
        <source>that reference data is version {version}; version {current} is in force</source>
        <translation>эти справочные данные — версия {version}; действует версия {current}</translation>
    </message>
    <message>
        <source>reference data is malformed: {what}</source>
        <translation>справочные данные повреждены: {what}</translation>
    </message>
    <message>
        <source>no retention rule for {party} {kind}</source>
        <translation>нет правила хранения для {party} {kind}</translation>
    </message>
    <message>
        <source>cannot read reference file {name}</source>
        <translation>не удаётся прочитать справочный файл {name}</translation>
    </message>
    <message>
        <source>no refusal {id}</source>
        <translation>нет отказа {id}</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>not a Shekara QR text: {reason}</source>
        <translation>это не QR-текст Shekara: {reason}</translation>
    </message>
    <message>
        <source>a transmittal sheet is for a records packet; this is a {kind} packet</source>
        <translation>акт приёма-передачи — для пакета записей; это пакет {kind}</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file name</source>
        <translation>{name} — папка, а не имя файла</translation>
    </message>
    <message>
        <source>{code} is not a crossing point in the reference data</source>
        <translation>{code} не является пунктом пропуска из справочных данных</translation>
    </message>
    <message>
        <source>unknown report language {lang}: use kk, lt, ru or en</source>
        <translation>неизвестный язык отчёта {lang}: используйте kk, lt, ru или en</translation>
    </message>
    <message>
        <source>this recovery key does not open this vault: no sheet was printed</source>
        <translation>этот ключ восстановления не открывает это хранилище: лист не напечатан</translation>
    </message>
    <message>
        <source>the partner&apos;s request {number} is already in the register as {id}: open it there</source>
        <translation>запрос партнёра {number} уже есть в реестре как {id}: откройте его там</translation>
    </message>
    <message>
        <source>a follow-up question is text of 1 to {n} characters</source>
        <translation>дополнительный вопрос — текст от 1 до {n} знаков</translation>
    </message>
    <message>
        <source>four-eyes rule: you cannot approve a request you wrote</source>
        <translation>правило «четыре глаза»: нельзя утвердить запрос, который вы написали</translation>
    </message>
    <message>
        <source>requests between the Parties are made and answered by the central authority (HQ mode); this is a post vault</source>
        <translation>запросы между Сторонами направляет и исполняет центральный орган (режим HQ); это хранилище поста</translation>
    </message>
    <message>
        <source>this request seems to ask for {what}: legal assistance in criminal cases and extradition belong to the legal-assistance treaties, not to this Agreement (Art. 1.2); if it asks for neither, confirm and add it again</source>
        <translation>похоже, запрос касается: {what}; правовая помощь по уголовным делам и выдача относятся к договорам о правовой помощи, а не к этому Соглашению (п. 2 ст. 1 Соглашения); если запрос не об этом, подтвердите и добавьте его снова</translation>
    </message>
    <message>
        <source>request {id} is {status}: follow-up questions are for requests that were sent or received</source>
        <translation>запрос {id} — {status}: дополнительные вопросы задаются только по отправленным или полученным запросам</translation>
    </message>
    <message>
        <source>request {id} has not come in a letter yet (no request of the partner&apos;s in a letter has its number): answer it on paper</source>
        <translation>запрос {id} ещё не пришёл в письме (ни у одного запроса партнёра из писем нет его номера): отвечайте на него на бумаге</translation>
    </message>
    <message>
        <source>no message {id} in a request&apos;s thread</source>
        <translation>в переписке по запросу нет сообщения {id}</translation>
    </message>
    <message>
        <source>request {id} has no version {version}</source>
        <translation>у запроса {id} нет версии {version}</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a request received from the other Party and not yet answered or refused can be answered</source>
        <translation>запрос {id} — {status}: ответить можно только на запрос, полученный от другой Стороны, на который ещё не ответили и в исполнении которого не отказали</translation>
    </message>
    <message>
        <source>request {id} is {status}: only our own draft requests are approved</source>
        <translation>запрос {id} — {status}: утверждаются только черновики наших собственных запросов</translation>
    </message>
    <message>
        <source>no request {id}</source>
        <translation>нет запроса {id}</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a paper copy not yet answered or refused in whole is closed this way</source>
        <translation>запрос {id} в состоянии {status}: так закрывается только бумажный экземпляр, на который ещё не дан полный ответ или полный отказ</translation>
    </message>
    <message>
        <source>request {id} was not typed in from paper: only the paper copy of a request received in a letter too is closed this way</source>
        <translation>запрос {id} не вводился с бумаги: так закрывается только бумажный экземпляр запроса, пришедшего также в письме</translation>
    </message>
    <message>
        <source>request {id} is {status}: only a request received from the other Party and not yet answered or refused can be refused here</source>
        <translation>запрос {id} — {status}: отказать можно только в исполнении запроса, полученного от другой Стороны, на который ещё не ответили и в котором ещё не отказали</translation>
    </message>
    <message>
        <source>request {id} is {status}: only our own requests not yet answered or refused can be withdrawn</source>
        <translation>запрос {id} — {status}: отозвать можно только наш собственный запрос, на который ещё не ответили и в исполнении которого не отказали</translation>
    </message>
    <message>
        <source>say why the request is withdrawn</source>
        <translation>укажите, почему запрос отзывается</translation>
    </message>
    <message>
        <source>the day it was received must be a date (YYYY-MM-DD), not in the future</source>
        <translation>день получения — дата (ГГГГ-ММ-ДД), не в будущем</translation>
    </message>
    <message>
        <source>give the partner&apos;s registration number of the request (at most 64 characters)</source>
        <translation>укажите регистрационный номер запроса у партнёра (не более 64 знаков)</translation>
    </message>
    <message>
        <source>a comment is plain text of at most {n} characters</source>
        <translation>комментарий — простой текст не длиннее {n} знаков</translation>
    </message>
    <message>
        <source>say what the author should change (a comment is required)</source>
        <translation>укажите, что автор должен изменить (комментарий обязателен)</translation>
    </message>
    <message>
        <source>record {id} version {version} is {status}: only a draft can be sent back</source>
        <translation>версия {version} записи {id} — {status}: вернуть можно только черновик</translation>
    </message>
    <message>
        <source>the number of sample records must be 0 to {max}</source>
        <translation>число образцов записей должно быть от 0 до {max}</translation>
    </message>
    <message>
        <source>use a number of minutes from 1 to 240</source>
        <translation>укажите число минут от 1 до 240</translation>
    </message>
    <message>
        <source>four-eyes rule: you added items to this notice, so another supervisor must approve it</source>
        <translation>правило двух лиц: вы добавили записи в это письмо, поэтому утвердить его должен другой руководитель</translation>
    </message>
    <message>
        <source>persons can be included only in a fact, not in a correction</source>
        <translation>лиц можно включить только в факт, а не в исправление</translation>
    </message>
    <message>
        <source>persons can be included for one record at a time</source>
        <translation>лиц можно включать только в одну запись за раз</translation>
    </message>
    <message>
        <source>say why person {index} must be sent (--reason)</source>
        <translation>укажите, почему нужно передать лицо {index} (--reason)</translation>
    </message>
    <message>
        <source>letter {seq} kept in the vault does not match its recorded SHA-256: it is not written</source>
        <translation>хранящееся в хранилище письмо {seq} не совпадает с записанным SHA-256: оно не записывается</translation>
    </message>
    <message>
        <source>no letter {seq} was sent</source>
        <translation>письмо {seq} не отправлялось</translation>
    </message>
    <message>
        <source>no letter {number} was sent by this HQ</source>
        <translation>этот центральный орган не отправлял письмо {number}</translation>
    </message>
    <message>
        <source>the other Party&apos;s central authority is not enrolled: run &apos;shekara partner enroll FILE --fingerprint FP&apos; first (in the window: Exchange &gt; Partner keys)</source>
        <translation>центральный орган другой Стороны не зарегистрирован: сначала выполните &apos;shekara partner enroll FILE --fingerprint FP&apos; (в окне: Обмен &gt; Ключи партнёра)</translation>
    </message>
    <message>
        <source>a letter to the other Party names the official who approved it: set {login}&apos;s printed name and position first (&apos;shekara officer edit {login} --full-name … --position …&apos;; in the window: Admin &gt; Officers, Printed name)</source>
        <translation>в письме другой Стороне указывается утвердившее его должностное лицо: сначала задайте печатаемые ФИО и должность {login} (&apos;shekara officer edit {login} --full-name … --position …&apos;; в окне: Администрирование &gt; Сотрудники, Печатаемое имя)</translation>
    </message>
    <message>
        <source>the notice is not approved as it stands: a second supervisor runs &apos;shekara share approve&apos; after &apos;shekara share show&apos; (in the window: Exchange &gt; Share with the partner)</source>
        <translation>письмо в нынешнем виде не утверждено: второй руководитель выполняет &apos;shekara share approve&apos; после &apos;shekara share show&apos; (в окне: Обмен &gt; Передать партнёру)</translation>
    </message>
    <message>
        <source>the notice is empty: add candidates first (&apos;shekara share candidates&apos;, &apos;shekara share add ID&apos;; in the window: Exchange &gt; Share with the partner)</source>
        <translation>письмо пустое: сначала добавьте кандидатов (&apos;shekara share candidates&apos;, &apos;shekara share add ID&apos;; в окне: Обмен &gt; Передать партнёру)</translation>
    </message>
    <message>
        <source>another window or command is putting a new vault file in place (a new master key or a restore): try again when it has finished</source>
        <translation>другое окно или команда подменяет файл хранилища новым (новый главный ключ или восстановление из резервной копии): попробуйте ещё раз, когда это закончится</translation>
    </message>
    <message>
        <source>the vault file {name} is empty: it was damaged; restore the vault from a backup (shekara restore FILE; in the window: Restore from a backup… on the unlock screen)</source>
        <translation>файл хранилища {name} пуст: он повреждён; восстановите хранилище из резервной копии (shekara restore FILE; в окне: «Восстановить из резервной копии…» на экране разблокировки)</translation>
    </message>
    <message>
        <source>the vault is open in another window or command: lock it or close it there, then try again</source>
        <translation>хранилище открыто в другом окне или команде: заблокируйте или закройте его там и попробуйте ещё раз</translation>
    </message>
    <message>
        <source>the vault has a new master key since it was unlocked: lock it, unlock it and try again</source>
        <translation>с момента разблокировки у хранилища появился новый главный ключ: заблокируйте его, разблокируйте и попробуйте ещё раз</translation>
    </message>
    <message>
        <source>the vault file was replaced since it was unlocked (a new master key or a restore in another window or command): nothing was written; lock it and unlock it again</source>
        <translation>с момента разблокировки файл хранилища был заменён (новый главный ключ или восстановление в другом окне или команде): ничего не записано; заблокируйте хранилище и разблокируйте снова</translation>
    </message>
    <message>
        <source>the vault&apos;s request register is not one this program made; it was left unchanged</source>
        <translation>реестр запросов в хранилище создан не этой программой; он оставлен без изменений</translation>
    </message>
    <message>
        <source>the citizenship filter&apos;s table</source>
        <translation>таблица фильтра по гражданству</translation>
    </message>
    <message>
        <source>the record list (status, version, date, crossing point, title, citizenships)</source>
        <translation>список записей (статус, версия, дата, пункт пропуска, заголовок, гражданство)</translation>
    </message>
    <message>
        <source>which records qualify under the Agreement</source>
        <translation>какие записи подпадают под Соглашение</translation>
    </message>
    <message>
        <source>the search index of the information received from the other Party</source>
        <translation>поисковый индекс информации, полученной от другой Стороны</translation>
    </message>
    <message>
        <source>the record counts per kind and status</source>
        <translation>число записей по видам и статусам</translation>
    </message>
    <message>
        <source>the extracts the period reports count</source>
        <translation>выдержки, по которым считаются отчёты за период</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>поисковый индекс</translation>
    </message>
    <message>
        <source>Checking the derived data against the records</source>
        <translation>Сверка производных данных с записями</translation>
    </message>
    <message>
        <source>correction of {id} v{version}: no such fact was received</source>
        <translation>исправление {id} (версия {version}): такой факт не поступал</translation>
    </message>
    <message>
        <source>{reason}; the keys are rotated: write the files again with &apos;shekara hq keys rotate --rewrite --out DIR&apos; (in the window: Admin &gt; Keys and fingerprints, Write the files again)</source>
        <translation>{reason}; ключи уже заменены: запишите файлы заново командой &apos;shekara hq keys rotate --rewrite --out DIR&apos; (в окне: Администрирование &gt; Ключи и отпечатки, Записать файлы заново)</translation>
    </message>
    <message>
        <source>{reason}; the keys are rotated: write the files again with &apos;shekara keys rotate --rewrite --out DIR&apos; (in the window: Admin &gt; Keys and fingerprints, Write the files again)</source>
        <translation>{reason}; ключи уже заменены: запишите файлы заново командой &apos;shekara keys rotate --rewrite --out DIR&apos; (в окне: Администрирование &gt; Ключи и отпечатки, Записать файлы заново)</translation>
    </message>
    <message>
        <source>the packet content</source>
        <translation>содержимое пакета</translation>
    </message>
    <message>
        <source>the packet header</source>
        <translation>заголовок пакета</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>входные данные</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>файл ключей</translation>
    </message>
    <message>
        <source>A check found the record list disagreeing with the records themselves: each record&apos;s line in the list, its counts and its citizenships are made again from the record.</source>
        <translation>Проверка обнаружила, что список записей расходится с самими записями: строка каждой записи в списке, счётчики и гражданство составляются заново по записи.</translation>
    </message>
    <message>
        <source>Making the record list again from the records</source>
        <translation>Список записей составляется заново по записям</translation>
    </message>
    <message>
        <source>This version changed the rule for which records qualify under the Agreement: it is applied again to every record.</source>
        <translation>В этой версии изменилось правило, по которому запись подпадает под Соглашение: оно заново применяется к каждой записи.</translation>
    </message>
    <message>
        <source>Checking which records qualify under the Agreement</source>
        <translation>Проверка, какие записи подпадают под Соглашение</translation>
    </message>
    <message>
        <source>A check of this vault (Admin &gt; Check the vault; on the command line &apos;shekara check --derived&apos;) found derived data disagreeing with the records themselves: it is made again from every record.</source>
        <translation>Проверка этого хранилища (Администрирование &gt; Проверка хранилища; в командной строке &apos;shekara check --derived&apos;) обнаружила, что производные данные расходятся с самими записями: они составляются заново по каждой записи.</translation>
    </message>
    <message>
        <source>This version makes the period summary and the statistics from a short extract of each record: it is made once for every record, and the reports stay correct meanwhile.</source>
        <translation>Эта версия составляет сводку за период и статистику по краткой выписке из каждой записи: выписка делается один раз для каждой записи, а отчёты тем временем остаются верными.</translation>
    </message>
    <message>
        <source>Preparing the records for the period reports</source>
        <translation>Подготовка записей для отчётов за период</translation>
    </message>
    <message>
        <source>This version searches records in a new way: the search index is made again from every record.</source>
        <translation>Эта версия ищет записи по-новому: поисковый индекс заново составляется по всем записям.</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Перестройка поискового индекса</translation>
    </message>
    <message>
        <source>The reference data in force names some countries, crossing points or substances differently: the search index is made again from every record, so that records are found by the new names too.</source>
        <translation>Действующие справочные данные называют некоторые страны, пункты пропуска или вещества иначе: поисковый индекс заново составляется по всем записям, чтобы записи находились и по новым названиям.</translation>
    </message>
    <message>
        <source>record {id} has no person {index} (persons count from 0)</source>
        <translation>в записи {id} нет лица {index} (лица нумеруются с 0)</translation>
    </message>
    <message>
        <source>no held or forked letter {id} (see &apos;shekara partner status&apos;; in the window: Exchange &gt; Held and quarantined letters)</source>
        <translation>нет задержанного или ответвлённого письма {id} (см. &apos;shekara partner status&apos;; в окне: Обмен &gt; Задержанные и помещённые в карантин письма)</translation>
    </message>
    <message>
        <source>a vault already exists at {path}; use --replace to put it aside (in the window: tick &apos;Put the vault that is there now aside&apos;)</source>
        <translation>в {path} уже есть хранилище; чтобы отложить его, используйте --replace (в окне: отметьте «Отложить находящееся там хранилище»)</translation>
    </message>
    <message>
        <source>record {id} has nothing to send: it is not approved, or the partner has its current version</source>
        <translation>по записи {id} нечего отправлять: она не утверждена или у партнёра есть её текущая версия</translation>
    </message>
    <message>
        <source>record {id} does not qualify for exchange under the Agreement: it is not sent</source>
        <translation>запись {id} не подлежит обмену по Соглашению: она не отправляется</translation>
    </message>
    <message>
        <source>record {id} is not on the notice</source>
        <translation>записи {id} нет в письме</translation>
    </message>
    <message>
        <source>nothing to send: the notice is empty and the partner has our receipts</source>
        <translation>нечего отправлять: письмо пустое, а у партнёра есть наши подтверждения получения</translation>
    </message>
    <message>
        <source>no folder was given</source>
        <translation>папка не указана</translation>
    </message>
    <message>
        <source>{option} needs a path; an empty one is not taken to mean the current folder</source>
        <translation>{option} требует путь; пустой не считается текущей папкой</translation>
    </message>
    <message>
        <source>something named {name} is already there (a file, link, pipe or device): move it away or choose another name</source>
        <translation>там уже есть что-то с именем {name} (файл, ссылка, канал или устройство): уберите его или выберите другое имя</translation>
    </message>
    <message>
        <source>the path to write to is a loop of symbolic links</source>
        <translation>путь для записи — петля символических ссылок</translation>
    </message>
    <message>
        <source>the file name or path is too long for that file system: choose a shorter folder</source>
        <translation>имя файла или путь слишком длинные для этой файловой системы: выберите папку с более коротким путём</translation>
    </message>
    <message>
        <source>a part of the path to write to is a file, not a folder</source>
        <translation>часть пути для записи — файл, а не папка</translation>
    </message>
    <message>
        <source>the place to write to is not a folder (a file, a device or a pipe is there)</source>
        <translation>место для записи — не папка (там файл, устройство или канал)</translation>
    </message>
    <message>
        <source>this program may not write into that folder</source>
        <translation>программе нельзя записывать в эту папку</translation>
    </message>
    <message>
        <source>the folder to write to is on a read-only file system (is the stick&apos;s lock switch on?)</source>
        <translation>папка для записи находится в файловой системе только для чтения (включён ли переключатель защиты на флеш-накопителе?)</translation>
    </message>
    <message>
        <source>the place to write to cannot be used ({reason})</source>
        <translation>место для записи нельзя использовать ({reason})</translation>
    </message>
    <message>
        <source>mode must be post or hq</source>
        <translation>режим должен быть post или hq</translation>
    </message>
    <message>
        <source>party must be KZ or LT</source>
        <translation>Сторона должна быть KZ или LT</translation>
    </message>
    <message>
        <source>a post code is 2-32 characters: A-Z, digits or &apos;-&apos;</source>
        <translation>код поста — от 2 до 32 знаков: A-Z, цифры или &apos;-&apos;</translation>
    </message>
    <message>
        <source>the vault cannot be opened: it is damaged or not a Shekara vault</source>
        <translation>хранилище не открывается: оно повреждено или это не хранилище Shekara</translation>
    </message>
    <message>
        <source>a vault already exists at {path}</source>
        <translation>в {path} уже есть хранилище</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>хранилище заблокировано</translation>
    </message>
    <message>
        <source>no vault at {path}</source>
        <translation>в {path} нет хранилища</translation>
    </message>
    <message>
        <source>no key slots beside the vault ({name} missing)</source>
        <translation>рядом с хранилищем нет слотов ключей (нет {name})</translation>
    </message>
    <message>
        <source>a key slot&apos;s KDF parameters are out of range</source>
        <translation>параметры KDF слота ключа вне допустимых пределов</translation>
    </message>
    <message>
        <source>key slot uses an unknown KDF</source>
        <translation>слот ключа использует неизвестную KDF</translation>
    </message>
    <message>
        <source>the vault&apos;s key slot file is damaged</source>
        <translation>файл слотов ключей хранилища повреждён</translation>
    </message>
    <message>
        <source>key slots were written by a newer Shekara; update the program</source>
        <translation>слоты ключей записаны более новой версией Shekara; обновите программу</translation>
    </message>
    <message>
        <source>this vault was written by a newer Shekara (schema {found}, this program knows up to {latest}); install the newer version</source>
        <translation>это хранилище записано более новой версией Shekara (схема {found}, эта программа знает до {latest}); установите новую версию</translation>
    </message>
    <message>
        <source>could not write to the vault: {reason}</source>
        <translation>не удалось записать в хранилище: {reason}</translation>
    </message>
    <message>
        <source>could not write {name}: {reason}</source>
        <translation>не удалось записать {name}: {reason}</translation>
    </message>
    <message>
        <source>this is {actual} vault; the command is for {mode} vaults</source>
        <translation>это хранилище {actual}; команда предназначена для хранилищ {mode}</translation>
    </message>
    <message>
        <source>entry {entry} was altered</source>
        <translation>запись {entry} изменена</translation>
    </message>
    <message>
        <source>entry {entry} is missing</source>
        <translation>запись {entry} отсутствует</translation>
    </message>
    <message>
        <source>entry {entry} does not link to the one before it</source>
        <translation>запись {entry} не связана с предыдущей</translation>
    </message>
    <message>
        <source>audit chain break: the post&apos;s audit entry {entry} changed</source>
        <translation>разрыв цепочки аудита: запись аудита поста {entry} изменена</translation>
    </message>
    <message>
        <source>audit chain break: the post&apos;s audit log went back from entry {before} to {after}</source>
        <translation>разрыв цепочки аудита: журнал аудита поста вернулся с записи {before} на {after}</translation>
    </message>
    <message>
        <source>it does not follow packet {last}, the last one imported</source>
        <translation>он не следует за пакетом {last}, последним импортированным</translation>
    </message>
    <message>
        <source>a different packet with this sequence number was received before</source>
        <translation>другой пакет с этим порядковым номером уже был получен</translation>
    </message>
    <message>
        <source>held packet {seq} is a fork ({reason}): quarantined</source>
        <translation>ожидавший пакет {seq} — развилка ({reason}): помещён в карантин</translation>
    </message>
    <message>
        <source>held packet {seq} refused: {reason}</source>
        <translation>ожидавший пакет {seq} отклонён: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…и ещё %n проблема</numerusform>
            <numerusform>…и ещё %n проблемы</numerusform>
            <numerusform>…и ещё %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>The record cannot be saved as it is:</source>
        <translation>Запись нельзя сохранить в таком виде:</translation>
    </message>
    <message>
        <source>The vault cannot be read or written: it may be damaged or the disk full.</source>
        <translation>Хранилище не читается или не записывается: возможно, оно повреждено или диск заполнен.</translation>
    </message>
    <message>
        <source>Shekara hit an internal error (%1). What was saved is safe in the vault; try again, and tell your supervisor if it happens again.</source>
        <translation>Shekara столкнулась с внутренней ошибкой (%1). Сохранённое в хранилище цело; попробуйте ещё раз, а если ошибка повторится, сообщите начальнику смены.</translation>
    </message>
    <message>
        <source>The request cannot be saved as it is:</source>
        <translation>Запрос нельзя сохранить в таком виде:</translation>
    </message>
    <message>
        <source>The answer cannot be saved as it is:</source>
        <translation>Ответ нельзя сохранить в таком виде:</translation>
    </message>
    <message>
        <source>The refusal cannot be saved as it is:</source>
        <translation>Отказ нельзя сохранить в таком виде:</translation>
    </message>
    <message>
        <source>Shekara: not done</source>
        <translation>Shekara: не выполнено</translation>
    </message>
    <message>
        <source>Shekara: internal error</source>
        <translation>Shekara: внутренняя ошибка</translation>
    </message>
</context>
<context>
    <name>mrz</name>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>общая</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>государство выдачи</translation>
    </message>
    <message>
        <source>document expiry date</source>
        <translation>срок действия документа</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>document code</source>
        <translation>код документа</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>цифра</translation>
    </message>
    <message>
        <source>a document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>another character</source>
        <translation>другой символ</translation>
    </message>
    <message>
        <source>YYMMDD digits, with &lt;&lt; for an unknown day or month</source>
        <translation>цифры YYMMDD, &lt;&lt; для неизвестного дня или месяца</translation>
    </message>
    <message>
        <source>{char} (U+{code})</source>
        <translation>{char} (U+{code})</translation>
    </message>
    <message>
        <source>a letter, then a letter or &lt;</source>
        <translation>буква, затем буква или &lt;</translation>
    </message>
    <message>
        <source>a country code of letters</source>
        <translation>код страны из букв</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>YYMMDD digits, or &lt;&lt;&lt;&lt;&lt;&lt; when there is none</source>
        <translation>цифры YYMMDD или &lt;&lt;&lt;&lt;&lt;&lt;, если даты нет</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>{length} characters ({format})</source>
        <translation>символов: {length} ({format})</translation>
    </message>
    <message>
        <source>line count</source>
        <translation>число строк</translation>
    </message>
    <message>
        <source>A-Z, 0-9 or &lt;</source>
        <translation>A-Z, 0-9 или &lt;</translation>
    </message>
    <message>
        <source>letters and &lt;</source>
        <translation>буквы и &lt;</translation>
    </message>
    <message>
        <source>only fillers</source>
        <translation>только заполнители (&lt;)</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>другие символы</translation>
    </message>
    <message>
        <source>M, F, X or &lt;</source>
        <translation>M, F, X или &lt;</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>the mrz field</source>
        <translation>поле MRZ</translation>
    </message>
    <message>
        <source>2 or 3</source>
        <translation>2 или 3</translation>
    </message>
    <message>
        <source>{where} ({field})</source>
        <translation>{where} ({field})</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <source>line {line}, positions {start}-{end}</source>
        <translation>строка {line}, позиции {start}-{end}</translation>
    </message>
    <message>
        <source>line {line}, position {position}</source>
        <translation>строка {line}, позиция {position}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is not a field of an answer</source>
        <translation>не является полем ответа</translation>
    </message>
    <message>
        <source>must be a list of record ids</source>
        <translation>должно быть списком идентификаторов записей</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be {{&quot;ru&quot;: {{&quot;text&quot;: &quot;…&quot;}}}} (the Russian translation)</source>
        <translation>должно быть {{&quot;ru&quot;: {{&quot;text&quot;: &quot;…&quot;}}}} (перевод на русский)</translation>
    </message>
    <message>
        <source>must be a real date written {form}</source>
        <translation>должно быть настоящей датой в виде {form}</translation>
    </message>
    <message>
        <source>must be a media type such as image/jpeg</source>
        <translation>должно быть типом данных вроде image/jpeg</translation>
    </message>
    <message>
        <source>contains a character that reverses the direction of text</source>
        <translation>содержит символ, меняющий направление текста</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>содержит управляющий символ</translation>
    </message>
    <message>
        <source>is before {year}</source>
        <translation>раньше {year} года</translation>
    </message>
    <message>
        <source>is after {year}</source>
        <translation>позже {year} года</translation>
    </message>
    <message>
        <source>repeats an earlier entry</source>
        <translation>повторяет предыдущую запись</translation>
    </message>
    <message>
        <source>is before the date of issue</source>
        <translation>раньше даты выдачи</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM или YYYY</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>в будущем</translation>
    </message>
    <message>
        <source>is before the date of the request</source>
        <translation>раньше даты запроса</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>должно быть настоящей датой в виде YYYY-MM-DD</translation>
    </message>
    <message>
        <source>has already passed</source>
        <translation>уже истёк</translation>
    </message>
    <message>
        <source>needs a linked record id, a description, or both</source>
        <translation>нужен идентификатор связанной записи, описание или и то и другое</translation>
    </message>
    <message>
        <source>contains an invisible character (such as a zero-width space)</source>
        <translation>содержит невидимый символ (например, пробел нулевой ширины)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>должно быть объектом JSON</translation>
    </message>
    <message>
        <source>must be a whole number greater than zero</source>
        <translation>должно быть целым числом больше нуля</translation>
    </message>
    <message>
        <source>is set by the vault and cannot be given</source>
        <translation>задаётся хранилищем и не может указываться</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>датой</translation>
    </message>
    <message>
        <source>is not a central competent authority in the reference data</source>
        <translation>не значится центральным компетентным органом в справочных данных</translation>
    </message>
    <message>
        <source>is not a field of a request</source>
        <translation>не является полем запроса</translation>
    </message>
    <message>
        <source>must be one of the Art. 9 grounds: {choices}</source>
        <translation>должно быть одним из оснований ст. 9 Соглашения: {choices}</translation>
    </message>
    <message>
        <source>is not a record in this vault</source>
        <translation>такой записи в этом хранилище нет</translation>
    </message>
    <message>
        <source>must be whole or part</source>
        <translation>должно быть whole (полностью) или part (частично)</translation>
    </message>
    <message>
        <source>must be an authority of {party}</source>
        <translation>должно быть органом Стороны {party}</translation>
    </message>
    <message>
        <source>needs both latitude and longitude, or neither</source>
        <translation>нужны и широта, и долгота, либо ни одна</translation>
    </message>
    <message>
        <source>MRZ check digit of the {field} should be {expected} ({where})</source>
        <translation>контрольная цифра MRZ ({field}) должна быть {expected} ({where})</translation>
    </message>
    <message>
        <source>The record&apos;s {field} differs from the MRZ</source>
        <translation>{field} в записи отличается от MRZ</translation>
    </message>
    <message>
        <source>MRZ {field} is not a possible date ({where})</source>
        <translation>{field} в MRZ — невозможная дата ({where})</translation>
    </message>
    <message>
        <source>needs a surname, given names or Latin name (or an MRZ)</source>
        <translation>нужны фамилия, имя или имя латиницей (либо MRZ)</translation>
    </message>
    <message>
        <source>needs at least one person for this kind of record</source>
        <translation>для записи этого вида нужно хотя бы одно лицо</translation>
    </message>
    <message>
        <source>needs at least one topic</source>
        <translation>нужна хотя бы одна тема</translation>
    </message>
    <message>
        <source>must give a UTC offset (such as +05:00) or be a date only</source>
        <translation>должно указывать смещение UTC (например, +05:00) или быть только датой</translation>
    </message>
    <message>
        <source>has no visible character</source>
        <translation>не содержит ни одного видимого символа</translation>
    </message>
    <message>
        <source>must be a JSON object (one record)</source>
        <translation>должно быть объектом JSON (одна запись)</translation>
    </message>
    <message>
        <source>is not a country: choose one from the list (or type its three-letter code, such as KAZ)</source>
        <translation>это не страна: выберите из списка (или введите её трёхбуквенный код, например KAZ)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be a plain file name, without folders</source>
        <translation>должно быть простым именем файла, без папок</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>должно быть конечным числом</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>должно быть больше нуля</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest (64 hexadecimal characters)</source>
        <translation>должно быть хешем SHA-256 (64 шестнадцатеричных знака)</translation>
    </message>
    <message>
        <source>Not an MRZ as documents print it: {where}: expected {expected}, found {found}</source>
        <translation>Не MRZ, какую печатают в документах: {where}: ожидалось {expected}, найдено {found}</translation>
    </message>
    <message>
        <source>is not a record id: one looks like 1b4e28ba-2fa1-41d2-883f-0016d3cca427</source>
        <translation>не идентификатор записи: он выглядит так: 1b4e28ba-2fa1-41d2-883f-0016d3cca427</translation>
    </message>
    <message>
        <source>must not be larger than {limit}</source>
        <translation>должно быть не больше {limit}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>должно быть от {low} до {high}</translation>
    </message>
    <message>
        <source>is set by the vault and cannot be given when adding a record</source>
        <translation>задаётся хранилищем и не может указываться при добавлении записи</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>длиннее {limit} знаков</translation>
    </message>
    <message>
        <source>has more than {limit} entries</source>
        <translation>содержит больше {limit} элементов</translation>
    </message>
    <message>
        <source>needs one entry per entry of the record&apos;s list</source>
        <translation>нужна одна запись на каждую запись списка</translation>
    </message>
    <message>
        <source>is not a free-text field of this record to translate</source>
        <translation>не является полем свободного текста этой записи для перевода</translation>
    </message>
    <message>
        <source>holds only the Russian translation (key ru)</source>
        <translation>содержит только перевод на русский язык (ключ ru)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>списком</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>is not a crossing point Shekara knows: choose one from the list</source>
        <translation>такого пункта пропуска Shekara не знает: выберите из списка</translation>
    </message>
    <message>
        <source>is not one of the choices: choose one from the list</source>
        <translation>не входит в предложенные варианты: выберите из списка</translation>
    </message>
    <message>
        <source>is not a country Shekara knows: choose one from the list</source>
        <translation>такой страны Shekara не знает: выберите из списка</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>не является полем этой записи</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>должно быть {expected}</translation>
    </message>
</context>
</TS>
