<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AckImportDialog</name>
    <message numerus="yes">
        <source>%n record version(s) newly marked as acknowledged</source>
        <translation>
            <numerusform>%n record version newly marked as acknowledged</numerusform>
            <numerusform>%n record versions newly marked as acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n record(s)).</source>
        <translation>
            <numerusform>(in %n record).</numerusform>
            <numerusform>(in %n records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet copy(ies) no longer needed were removed from the outbox.</source>
        <translation>
            <numerusform>%n packet copy no longer needed was removed from the outbox.</numerusform>
            <numerusform>%n packet copies no longer needed were removed from the outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 of %Ln record</numerusform>
            <numerusform>%1 of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit chain: intact, %Ln entries</source>
        <translation>
            <numerusform>the audit chain: intact, %Ln entry</numerusform>
            <numerusform>the audit chain: intact, %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) checked against their newest versions:</source>
        <translation>
            <numerusform>%Ln record checked against its newest version:</numerusform>
            <numerusform>%Ln records checked against their newest versions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) disagree</source>
        <translation>
            <numerusform>%Ln record disagrees</numerusform>
            <numerusform>%Ln records disagree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) of no record</source>
        <translation>
            <numerusform>%Ln entry of no record</numerusform>
            <numerusform>%Ln entries of no record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n disclosure</numerusform>
            <numerusform>%n disclosures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresTableModel</name>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n by hand)</numerusform>
            <numerusform>(%n by hand)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n record version</numerusform>
            <numerusform>%n record versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n removed record</numerusform>
            <numerusform>%n removed records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait: run the export again.</source>
        <translation>
            <numerusform>%n item still waits: run the export again.</numerusform>
            <numerusform>%n items still wait: run the export again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqImportDialog</name>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n file: %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</numerusform>
            <numerusform>%n files: %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning (see Details).</source>
        <translation>
            <numerusform>%n with a warning (see Details).</numerusform>
            <numerusform>%n with a warning (see Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder were not records packets and were left alone.</source>
        <translation>
            <numerusform>%n other file in the folder was not a records packet and was left alone.</numerusform>
            <numerusform>%n other files in the folder were not records packets and were left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Stopped: %n file was not imported.</numerusform>
            <numerusform>Stopped: %n files were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqKeysDialog</name>
    <message numerus="yes">
        <source>Revoked: %n key(s) of post %1.</source>
        <translation>
            <numerusform>Revoked: %n key of post %1.</numerusform>
            <numerusform>Revoked: %n keys of post %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqRefdataDialog</name>
    <message numerus="yes">
        <source>Reference data written and checked for %n post(s):</source>
        <translation>
            <numerusform>Reference data written and checked for %n post:</numerusform>
            <numerusform>Reference data written and checked for %n posts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcomeTableModel</name>
    <message numerus="yes">
        <source>%n record version(s) imported</source>
        <translation>
            <numerusform>%n record version imported</numerusform>
            <numerusform>%n record versions imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already held</source>
        <translation>
            <numerusform>%n already held</numerusform>
            <numerusform>%n already held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterImportDialog</name>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation>
            <numerusform>%n file: %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</numerusform>
            <numerusform>%n files: %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterOutcomeTableModel</name>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n refusal</numerusform>
            <numerusform>%n refusals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n follow-up question</numerusform>
            <numerusform>%n follow-up questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of their requests</source>
        <translation>
            <numerusform>%n withdrawal of their request</numerusform>
            <numerusform>%n withdrawals of their requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersTableModel</name>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n refusal</numerusform>
            <numerusform>%n refusals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up question(s)</source>
        <translation>
            <numerusform>%n follow-up question</numerusform>
            <numerusform>%n follow-up questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) of our requests</source>
        <translation>
            <numerusform>%n withdrawal of our request</numerusform>
            <numerusform>%n withdrawals of our requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message numerus="yes">
        <source>(%n by hand)</source>
        <translation>
            <numerusform>(%n by hand)</numerusform>
            <numerusform>(%n by hand)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n record version</numerusform>
            <numerusform>%n record versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n removed record</numerusform>
            <numerusform>%n removed records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n time, last %1</numerusform>
            <numerusform>%n times, last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation>
            <numerusform>%n record version</numerusform>
            <numerusform>%n record versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation>
            <numerusform>%n removed record</numerusform>
            <numerusform>%n removed records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerKeysDialog</name>
    <message numerus="yes">
        <source>Revoked: %n key(s) of %1.</source>
        <translation>
            <numerusform>Revoked: %n key of %1.</numerusform>
            <numerusform>Revoked: %n keys of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostsOverviewDialog</name>
    <message numerus="yes">
        <source>%n record(s) from this post are held at HQ.</source>
        <translation>
            <numerusform>%n record from this post is held at HQ.</numerusform>
            <numerusform>%n records from this post are held at HQ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln record)</numerusform>
            <numerusform>%1 (%Ln records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 of %Ln record</numerusform>
            <numerusform>%1 of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedFactDialog</name>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Persons (%n):</numerusform>
            <numerusform>Persons (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The partner withheld %n person(s); ask for them by a request when needed (Art. 8).</source>
        <translation>
            <numerusform>The partner withheld %n person; ask for them by a request when needed (Art. 8).</numerusform>
            <numerusform>The partner withheld %n persons; ask for them by a request when needed (Art. 8).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before the record can be saved</source>
        <translation>
            <numerusform>%n problem to fix before the record can be saved</numerusform>
            <numerusform>%n problems to fix before the record can be saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message numerus="yes">
        <source>Persons (%n):</source>
        <translation>
            <numerusform>Persons (%n):</numerusform>
            <numerusform>Persons (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestRegisterDialog</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>&amp;Purge %n record(s)…</source>
        <translation>
            <numerusform>&amp;Purge %n record…</numerusform>
            <numerusform>&amp;Purge %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due, %1 of them to be purged.</source>
        <translation>
            <numerusform>%n record due, %1 of them to be purged.</numerusform>
            <numerusform>%n records due, %1 of them to be purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n record(s) for good?</source>
        <translation>
            <numerusform>Purge %n record for good?</numerusform>
            <numerusform>Purge %n records for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged. The notes that they existed go to HQ with the next export.</source>
        <translation>
            <numerusform>%n record purged. The note that it existed goes to HQ with the next export.</numerusform>
            <numerusform>%n records purged. The notes that they existed go to HQ with the next export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message numerus="yes">
        <source>%n draft(s) waiting, newest change first</source>
        <translation>
            <numerusform>%n draft waiting, newest change first</numerusform>
            <numerusform>%n drafts waiting, newest change first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewritePanel</name>
    <message numerus="yes">
        <source>Write the %n selected packet(s) again, one after another</source>
        <translation>
            <numerusform>Write the %n selected packet again, one after another</numerusform>
            <numerusform>Write the %n selected packets again, one after another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written again to %1, with their original contents.</source>
        <translation>
            <numerusform>%n packet written again to %1, with its original contents.</numerusform>
            <numerusform>%n packets written again to %1, with their original contents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>%n item(s) on the notice.</source>
        <translation>
            <numerusform>%n item on the notice.</numerusform>
            <numerusform>%n items on the notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n request(s), answer(s) or refusal(s) from the register.</source>
        <translation>
            <numerusform>With %n request, answer or refusal from the register.</numerusform>
            <numerusform>With %n requests, answers or refusals from the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n follow-up question(s) on requests.</source>
        <translation>
            <numerusform>With %n follow-up question on requests.</numerusform>
            <numerusform>With %n follow-up questions on requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n withdrawal(s) of our requests.</source>
        <translation>
            <numerusform>With %n withdrawal of our requests.</numerusform>
            <numerusform>With %n withdrawals of our requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) put on the notice.</source>
        <translation>
            <numerusform>%n record put on the notice.</numerusform>
            <numerusform>%n records put on the notice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message numerus="yes">
        <source>Persons sent (%n):</source>
        <translation>
            <numerusform>Persons sent (%n):</numerusform>
            <numerusform>Persons sent (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Persons withheld — they stay home (%n):</source>
        <translation>
            <numerusform>Persons withheld — they stay home (%n):</numerusform>
            <numerusform>Persons withheld — they stay home (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCheckDialog</name>
    <message numerus="yes">
        <source>Stopped: the SHA-256 of %n file(s) was not computed; add them again to compute it.</source>
        <translation>
            <numerusform>Stopped: the SHA-256 of %n file was not computed; add it again to compute it.</numerusform>
            <numerusform>Stopped: the SHA-256 of %n files was not computed; add them again to compute it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) ticked as matching their sheet.</source>
        <translation>
            <numerusform>%1 of %n file ticked as matching its sheet.</numerusform>
            <numerusform>%1 of %n files ticked as matching their sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationColumns</name>
    <message numerus="yes">
        <source>A Russian translation is missing for %n field(s): the documents for the other Party will say so. A record written in Russian needs none.</source>
        <translation>
            <numerusform>A Russian translation is missing for %n field: the documents for the other Party will say so. A record written in Russian needs none.</numerusform>
            <numerusform>A Russian translation is missing for %n fields: the documents for the other Party will say so. A record written in Russian needs none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wait %n second before the next try.</numerusform>
            <numerusform>Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteAckDialog</name>
    <message numerus="yes">
        <source>It confirms %n record version(s)</source>
        <translation>
            <numerusform>It confirms %n record version</numerusform>
            <numerusform>It confirms %n record versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It reports %n refused packet(s).</source>
        <translation>
            <numerusform>It reports %n refused packet.</numerusform>
            <numerusform>It reports %n refused packets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…and %n more problem</numerusform>
            <numerusform>…and %n more problems</numerusform>
        </translation>
    </message>
</context>
</TS>
