<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>terrain::ChasePanel</name>
    <message numerus="yes">
        <source>%Ln people written to %1.</source>
        <translation>
            <numerusform>%Ln person written to %1.</numerusform><numerusform>%Ln people written to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people to call: list %1, ready in the phone bank.</source>
        <translation>
            <numerusform>%Ln person to call: list %1, ready in the phone bank.</numerusform><numerusform>%Ln people to call: list %1, ready in the phone bank.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people to visit: walk list(s) %1.</source>
        <translation>
            <numerusform>%Ln person to visit: walk list %1.</numerusform><numerusform>%Ln people to visit: walk lists %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>terrain::DistrictsPage</name>
    <message numerus="yes">
        <source>People of %1 (%Ln voters)</source>
        <translation>
            <numerusform>People of %1 (%Ln voter)</numerusform>
            <numerusform>People of %1 (%Ln voters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln street(s) selected: %1 doors, %2 voters (both sides).</source>
        <translation>
            <numerusform>%Ln street selected: %1 doors, %2 voters (both sides).</numerusform><numerusform>%Ln streets selected: %1 doors, %2 voters (both sides).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk lists made, %1 people.</source>
        <translation>
            <numerusform>%Ln walk list made, %1 people.</numerusform><numerusform>%Ln walk lists made, %1 people.</numerusform></translation>
    </message>
</context>
<context>
    <name>terrain::EntryFile</name>
    <message numerus="yes">
        <source>%n bad line(s), nothing entered:</source>
        <translation>
            <numerusform>%n bad line, nothing entered:</numerusform>
            <numerusform>%n bad lines, nothing entered:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::EntryPage</name>
    <message numerus="yes">
        <source>%n row(s) read from the file. Check the grid, then finish the list.</source>
        <translation>
            <numerusform>%n row read from the file. Check the grid, then finish the list.</numerusform>
            <numerusform>%n rows read from the file. Check the grid, then finish the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::EntrySession</name>
    <message numerus="yes">
        <source>The list has %n door(s).</source>
        <translation>
            <numerusform>The list has %n door.</numerusform>
            <numerusform>The list has %n doors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Door %1 has %n person(s).</source>
        <translation>
            <numerusform>Door %1 has %n person.</numerusform>
            <numerusform>Door %1 has %n persons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::ExportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;List %1&lt;/b&gt; — %2: %Ln people, in the list's order.</source>
        <translation>
            <numerusform>&lt;b&gt;List %1&lt;/b&gt; — %2: %Ln person, in the list's order.</numerusform><numerusform>&lt;b&gt;List %1&lt;/b&gt; — %2: %Ln people, in the list's order.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to %1</source>
        <translation>
            <numerusform>%Ln person exported to %1</numerusform><numerusform>%Ln people exported to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported.</source>
        <translation>
            <numerusform>%Ln person exported.</numerusform><numerusform>%Ln people exported.</numerusform></translation>
    </message>
</context>
<context>
    <name>terrain::ExportLogDialog</name>
    <message numerus="yes">
        <source>%Ln exports, %1 rows in all. Every export from this laptop is listed here.</source>
        <translation>
            <numerusform>%Ln export, %1 rows in all. Every export from this laptop is listed here.</numerusform><numerusform>%Ln exports, %1 rows in all. Every export from this laptop is listed here.</numerusform></translation>
    </message>
</context>
<context>
    <name>terrain::ImportFormatPage</name>
    <message numerus="yes">
        <source>%1 of %Ln columns recognised by this profile.</source>
        <translation>
            <numerusform>%1 of %Ln column recognised by this profile.</numerusform>
            <numerusform>%1 of %Ln columns recognised by this profile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::ImportPreviewPage</name>
    <message numerus="yes">
        <source>The first %Ln rows of the file:</source>
        <translation>
            <numerusform>The first row of the file:</numerusform>
            <numerusform>The first %Ln rows of the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will not be imported.</source>
        <translation>
            <numerusform>%Ln will not be imported.</numerusform>
            <numerusform>%Ln will not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::ListsPage</name>
    <message numerus="yes">
        <source>%Ln lists, %1 people; %2 out with volunteers.</source>
        <translation>
            <numerusform>%Ln list, %1 people; %2 out with volunteers.</numerusform>
            <numerusform>%Ln lists, %1 people; %2 out with volunteers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::MainWindow</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln households</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a phone</source>
        <translation>
            <numerusform>%Ln with a phone</numerusform>
            <numerusform>%Ln with a phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supporters</source>
        <translation>
            <numerusform>%Ln supporter</numerusform>
            <numerusform>%Ln supporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to %1</source>
        <translation>
            <numerusform>%Ln person exported to %1</numerusform>
            <numerusform>%Ln people exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::MarkingPanel</name>
    <message numerus="yes">
        <source>%Ln mark(s) from the signature list deleted.</source>
        <translation>
            <numerusform>%Ln mark from the signature list deleted.</numerusform><numerusform>%Ln marks from the signature list deleted.</numerusform></translation>
    </message>
</context>
<context>
    <name>terrain::PeoplePage</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ people</source>
        <translation>
            <numerusform>%Ln+ person</numerusform>
            <numerusform>%Ln+ people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::PersonPanel</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::PhoneBankPage</name>
    <message numerus="yes">
        <source>%1 (%2) — %Ln people</source>
        <translation>
            <numerusform>%1 (%2) — %Ln person</numerusform>
            <numerusform>%1 (%2) — %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::SegmentsPage</name>
    <message numerus="yes">
        <source>%Ln people match</source>
        <translation>
            <numerusform>%Ln person matches</numerusform>
            <numerusform>%Ln people match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk lists made, %1 people.</source>
        <translation>
            <numerusform>%Ln walk list made, %1 people.</numerusform>
            <numerusform>%Ln walk lists made, %1 people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call lists made, %1 people.</source>
        <translation>
            <numerusform>%Ln call list made, %1 people.</numerusform>
            <numerusform>%Ln call lists made, %1 people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::SyncIndicator</name>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
</context>
</TS>