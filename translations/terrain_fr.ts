<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>terrain</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market stall sign-up sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo voter file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo voter file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bldg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;. Use excel-fr, csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (France)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column mapping must read COLUMN=FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to a last name: map one before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bât %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person or record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who is not on the electoral list: a supporter met at the market, a volunteer, a donor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 bis rue de la Paix, Bât A, Apt 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::CsvReader</name>
    <message>
        <source>This character cannot separate the fields of a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the record is longer than %3 characters; a closing quote is probably missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field starts here but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::Database</name>
    <message>
        <source>The campaign file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the campaign file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the campaign file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Terrain campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign was saved by a newer version of Terrain. Please update Terrain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the campaign file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::Database::Transaction</name>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::DemoJob</name>
    <message>
        <source>Preparing a demo campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::DistrictModel</name>
    <message>
        <source>%1 supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the voters have a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the voters reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last canvass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active voters: people on the list who have not moved or died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with at least one voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People the campaign has spoken with (door or phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support breakdown, from strong support (green) to strong against (red); grey: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest door-to-door visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::DistrictTree</name>
    <message>
        <source>Cannot read the district figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This district no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A district needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A district name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a bureau has a polling place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polling place has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected turnout is a share between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::DistrictsPage</name>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. École Jules Ferry, 3 rue des Écoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polling place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected turnout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a district to see its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>People of %1 (%Ln voters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a commune or a bureau to rename it or set its polling place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets and doors come from the voter file; only communes and bureaux are edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ExportJob</name>
    <message>
        <source>Exporting people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::HouseholdDialog</name>
    <message>
        <source>The door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportField</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau / precinct number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau / precinct name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address complement 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address complement 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu-dit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportFilePage</name>
    <message>
        <source>Choose the voter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The electoral list from the town hall, a newer extract of it, or any table of people saved as CSV (separated by semicolons, commas or tabs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing again a newer extract of the same list updates the people already known, adds the new ones and marks those who left the list, without losing what the campaign knows about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportFormatPage</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrain has read the start of the file. Change what looks wrong: accents shown as odd characters mean another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain ASCII so far: read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln columns recognised by this profile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of Terrain, or is ignored. Place and country of birth and nationality are never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time, a file with these columns maps the same way by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: the next page shows the first rows as they will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportPreviewPage</name>
    <message>
        <source>Check the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how they will be stored. Rows in red will not be imported: the reason is given, and they will be written to a file you can correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of these communes who are not in this file have left the list (a full, newer extract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows of the file:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will not be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>terrain::ImportProfile</name>
    <message>
        <source>The saved profile names an unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France: liste électorale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France: extract with one address column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic voter file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can cancel: the campaign then stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read · %2 rows a second · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportReportPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the file of rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values kept but flagged (phones, emails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Done in %1 s.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1. Correct them and import that file again.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportSession</name>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ImportWizard</name>
    <message>
        <source>Import a voter file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::Importer</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is busy with another task; try the import again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::Labels</name>
    <message>
        <source>Strong support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door-to-door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a voter file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Terrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the campaign %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln households</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a phone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supporters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Terrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrain campaigns (*.terrain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it with Open campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrain campaigns (*.terrain);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time Terrain starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Terrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Terrain %1&lt;/h3&gt;&lt;p&gt;Voter file, door-to-door, phone bank and election day for local campaign teams.&lt;/p&gt;&lt;p&gt;Works without a connection: every laptop keeps its own copy of the campaign.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::MergeDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record kept takes what the other one knows and the other one is deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::MoveHouseholdDialog</name>
    <message>
        <source>Move to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will live with the person you choose (same address and unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address or phone of someone in that household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no household: choose someone with an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::PeopleModel</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor, apartment: what tells the households of one building apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::PeoplePage</name>
    <message>
        <source>Search a name, an address or a phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not on the electoral list (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two records of one person in the table (Ctrl+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters (1–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“On the list”: everyone except those who left the electoral list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bureau %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two records of one person in the table (Ctrl+click), then Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to another household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::PeopleQuery</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::PersonPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the table to see everything about them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole door…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong or disconnected number is never dialled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>bureau %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the electoral list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked bad: never dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked bad: never written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a phone of %1 good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a phone of %1 bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an email to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an email of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an email of %1 good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an email of %1 bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an email of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did %1 give their consent? (a form at the market, an email…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the consent (%1) of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the consent (%1) of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::PersonService</name>
    <message>
        <source>The campaign file is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid sex (M or F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date (DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support level must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag cannot be given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This district no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::ProfileStore</name>
    <message>
        <source>No import profile has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::Repository</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::RowNormalizer</name>
    <message>
        <source>Line %1: %2 fields where the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a sex (M or F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: phone “%2” is not valid; kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: email “%2” is not valid; kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: nothing identifies this person (no number on the list, voter id, birth date, email or phone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::TableWriter</name>
    <message>
        <source>The header must be written once, before any row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export needs at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row does not match the columns of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is already finished or was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the folder may be read-only or the disk full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;; an existing file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::XlsxTableWriter</name>
    <message>
        <source>Cannot start the spreadsheet &quot;%1&quot;: no room for temporary files in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 rows. Export to CSV instead, or export fewer people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is longer than the %1 characters a spreadsheet cell can hold (row %2, column %3). Export to CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::cli</name>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an empty campaign file (or upgrades an existing one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many voters (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bureaux (default: one per 1000 voters, at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the electoral list: no campaign history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills a new campaign with a generated, plausible French commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--voters takes a number from 1 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bureaux takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign already holds people: the demo goes into a new campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo campaign “%1”: %2 voters in %3 bureaux (%4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the campaign&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People:          %1 (active %2, left the list %3, moved %4, deceased %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:       %1 in %2 streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts:       %1 communes, %2 bureaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a phone:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an email:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds people by name, address or phone (accents and case ignored, words as prefixes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excel-fr (;, BOM, CRLF; the default), csv (standard) or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also export people who left the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the campaign&apos;s people. Cells that a spreadsheet would run as a formula are neutralised. Every export is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the campaign&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people to CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;terrain-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the file&apos;s encoding: utf-8, utf-16le, utf-16be, windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import profile (id or name; see &apos;terrain-cli profiles&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column (header or number) to a field, e.g. --map &quot;Tel=phone&quot;. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the parsed records as one JSON array of arrays of strings (header included), nothing mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows to show (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how a voter file would be read and mapped, without importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:  %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:   %1 (%2 of %3 columns recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows as they will be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECTED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the import profiles: built-in ones and those saved in the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields a column can map to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and check everything, report, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the rows not imported (default: beside the campaign, in rejects/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region (default FR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not the full list: do not mark absent people as having left the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping used as a profile of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a voter file (electoral list, voter file, supporters...) into the campaign. All or nothing: on error or Ctrl+C, nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1 (%2 of %3 columns recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% - %2 rows - %3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left list:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:   %1 (of which duplicates: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:       %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how a file would be read and mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List import profiles and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a voter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: terrain-cli COMMAND [options]

Terrain&apos;s campaign database from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;terrain-cli COMMAND --help&apos; describes a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terrain-cli: unknown command &apos;%1&apos;.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terrain::main</name>
    <message>
        <source>Terrain: campaign voter file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the campaign file PATH (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo campaign (generated the first time, at PATH when --campaign is given).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
