<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AckImportDialog</name>
    <message numerus="yes">
        <source>%n record version(s) newly marked as acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n record(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet copy(ies) no longer needed were removed from the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n record version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait: run the export again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqImportDialog</name>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 duplicate, %3 held, %4 fork(s), %5 refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning (see Details).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder were not records packets and were left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcomeTableModel</name>
    <message numerus="yes">
        <source>%n record version(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It reports %n refused packet(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
