<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>App</name>
    <message>
        <location filename="../../ryhmat/app.py" line="26" />
        <source>Ryhmät</source>
        <translation>Grupper</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="48" />
        <source>Demo data created:</source>
        <translation>Exempeldata skapad:</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="60" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="60" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="60" />
        <source>Organisers</source>
        <translation>Arrangörer</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="99" />
        <location filename="../../ryhmat/cli/commands.py" line="127" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="100" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="101" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="102" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="103" />
        <source>Leaders</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="109" />
        <source>Skipped days:</source>
        <translation>Dagar som hoppas över:</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="122" />
        <source>No conflicts.</source>
        <translation>Inga krockar.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="128" />
        <source>Booked twice</source>
        <translation>Dubbelbokad</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="129" />
        <source>First session</source>
        <translation>Första träffen</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="130" />
        <source>Second session</source>
        <translation>Andra träffen</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="41" />
        <source>“{text}” is not a date; write e.g. 13.10.2026 or 2026-10-13</source>
        <translation>”{text}” är inget datum; skriv t.ex. 13.10.2026 eller 2026-10-13</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="53" />
        <source>first day of the period (13.10.2026 or 2026-10-13)</source>
        <translation>periodens första dag (13.10.2026 eller 2026-10-13)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="60" />
        <source>last day of the period</source>
        <translation>periodens sista dag</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="66" />
        <source>write JSON for scripts</source>
        <translation>skriv JSON för skript</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="75" />
        <source>Ryhmät plans, records and publishes the groups of family work. With no command the desktop application starts.</source>
        <translation>Grupper planerar, registrerar och publicerar familjearbetets grupper. Utan kommando startar skrivbordsprogrammet.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="85" />
        <source>SQLAlchemy database URL (default: RYHMAT_DATABASE_URL, else SQLite in the user data folder)</source>
        <translation>databasens SQLAlchemy-adress (standard: RYHMAT_DATABASE_URL, annars SQLite i användarens datamapp)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="93" />
        <source>fill an empty database with demo data</source>
        <translation>fyll en tom databas med exempeldata</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="98" />
        <source>small: one school year; municipality: ten years (benchmarks)</source>
        <translation>small: ett verksamhetsår; municipality: tio år (för prestandamätning)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="101" />
        <source>random seed (same seed, same data)</source>
        <translation>slumptalsfrö (samma frö, samma data)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="107" />
        <source>the day the demo treats as today (default: today)</source>
        <translation>dagen som exempeldata räknar som i dag (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="111" />
        <source>list the groups</source>
        <translation>lista grupperna</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="116" />
        <source>list a group's sessions and skipped days</source>
        <translation>lista gruppens träffar och dagar som hoppas över</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="119" />
        <source>the group's name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="126" />
        <source>list workers and places booked twice at the same time</source>
        <translation>lista arbetstagare och lokaler som är dubbelbokade</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="41" />
        <source>The database already has groups; demo data goes into an empty one.</source>
        <translation>Databasen har redan grupper; exempeldata läses bara in i en tom databas.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="27" />
        <source>{prog}: {message}</source>
        <translation>{prog}: {message}</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="74" />
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>Sluttiden {end} är inte efter starttiden {start}.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="83" />
        <source>The end date {last} is before the start date {first}.</source>
        <translation>Slutdatumet {last} är före startdatumet {first}.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="92" />
        <source>A season can last at most three years.</source>
        <translation>En säsong kan vara högst tre år.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="96" />
        <source>Chosen dates need a start and an end time.</source>
        <translation>Valda datum behöver en start- och en sluttid.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="104" />
        <source>The chosen date {day} is outside the season.</source>
        <translation>Det valda datumet {day} ligger utanför säsongen.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="110" />
        <source>Choose at least one weekday, or chosen dates.</source>
        <translation>Välj minst en veckodag eller enskilda datum.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="114" />
        <source>The interval must be between 1 and 52 weeks.</source>
        <translation>Intervallet ska vara 1–52 veckor.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="119" />
        <source>A weekday must be between Monday and Sunday.</source>
        <translation>Veckodagen ska vara mellan måndag och söndag.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="32" />
        <source>There is no group called “{name}”.</source>
        <translation>Det finns ingen grupp som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="61" />
        <source>group name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="63" />
        <source>The capacity must be at least 1.</source>
        <translation>Kapaciteten ska vara minst 1.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="66" />
        <source>A target age cannot be negative.</source>
        <translation>Målåldern kan inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="69" />
        <source>The upper target age is below the lower one.</source>
        <translation>Målålderns övre gräns är lägre än den undre.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="79" />
        <source>A group called “{name}” already exists.</source>
        <translation>Det finns redan en grupp som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/series.py" line="32" />
        <source>season name</source>
        <translation>säsongens namn</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/series.py" line="36" />
        <source>The series belongs to a group that does not exist.</source>
        <translation>Säsongen hör till en grupp som inte finns.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/series.py" line="69" />
        <source>The season has {count} conflicts; confirm them before saving.</source>
        <translation>Säsongen har {count} krockar; bekräfta dem innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/validation.py" line="23" />
        <source>Fill in the field: {what}.</source>
        <translation>Fyll i fältet: {what}.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/validation.py" line="26" />
        <location filename="../../ryhmat/domain/validation.py" line="37" />
        <source>The {what} is longer than {limit} characters.</source>
        <translation>Fältet {what} är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/storage/database.py" line="101" />
        <source>The database {url} was made by a newer version of Ryhmät: {reason}</source>
        <translation>Databasen {url} är skapad med en nyare version av Grupper: {reason}</translation>
    </message>
    <message>
        <location filename="../../ryhmat/storage/database.py" line="191" />
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Databasen {url} kan inte öppnas: {reason}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ryhmat/labels.py" line="25" />
        <source>father–child activity</source>
        <translation>pappa–barn-verksamhet</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="26" />
        <source>open daycare</source>
        <translation>öppen daghem</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="27" />
        <source>family café</source>
        <translation>familjecafé</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="28" />
        <source>baby group</source>
        <translation>babygrupp</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="29" />
        <source>peer group</source>
        <translation>kamratstödsgrupp</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="30" />
        <source>parent group</source>
        <translation>föräldragrupp</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="31" />
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="32" />
        <source>named roster</source>
        <translation>namnlista</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="33" />
        <source>headcount</source>
        <translation>besökarantal</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="34" />
        <source>roster and headcount</source>
        <translation>namnlista och besökarantal</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="35" />
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="36" />
        <source>held</source>
        <translation>hållen</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="37" />
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="38" />
        <source>father</source>
        <translation>pappa</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="39" />
        <source>mother</source>
        <translation>mamma</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="40" />
        <source>other guardian</source>
        <translation>annan vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="41" />
        <source>grandparent</source>
        <translation>mor- eller farförälder</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="42" />
        <source>under 1 year</source>
        <translation>under 1 år</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="43" />
        <source>1–2 years</source>
        <translation>1–2 år</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="44" />
        <source>3–6 years</source>
        <translation>3–6 år</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="45" />
        <source>7 years or older</source>
        <translation>7 år och äldre</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="46" />
        <source>enrolled</source>
        <translation>anmäld</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="47" />
        <source>on the waiting list</source>
        <translation>på väntelistan</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="48" />
        <source>left</source>
        <translation>slutat</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="49" />
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="50" />
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="51" />
        <source>excused</source>
        <translation>anmält förhinder</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="52" />
        <source>family work</source>
        <translation>familjearbete</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="53" />
        <source>child health clinic</source>
        <translation>rådgivning</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="54" />
        <source>early childhood education</source>
        <translation>småbarnspedagogik</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="57" />
        <source>family counselling</source>
        <translation>familjerådgivning</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="58" />
        <source>association</source>
        <translation>förening</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="59" />
        <source>parish</source>
        <translation>församling</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="60" />
        <source>library</source>
        <translation>bibliotek</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="61" />
        <source>other organisation</source>
        <translation>annan organisation</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="62" />
        <source>worker</source>
        <translation>arbetstagare</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="63" />
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="64" />
        <source>public holiday</source>
        <translation>helgdag</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="65" />
        <source>closure</source>
        <translation>uppehåll</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="53" />
        <source>Ryhmät</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="60" />
        <source>Load demo data</source>
        <translation>Läs in exempeldata</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="71" />
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="82" />
        <source>The database is empty. You can start with demo data of a fictional municipality, or add your own groups.</source>
        <translation>Databasen är tom. Du kan börja med exempeldata från en påhittad kommun eller lägga till egna grupper.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ryhmat/ui/main_window.py" line="87" />
        <source>The database has %n group(s).</source>
        <translation>
            <numerusform>Databasen har %n grupp.</numerusform><numerusform>Databasen har %n grupper.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="93" />
        <source>Creating demo data…</source>
        <translation>Skapar exempeldata…</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="114" />
        <source>Demo data created.</source>
        <translation>Exempeldata skapad.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="122" />
        <source>Demo data could not be created: %1</source>
        <translation>Exempeldata kunde inte skapas: %1</translation>
    </message>
</context>
</TS>
