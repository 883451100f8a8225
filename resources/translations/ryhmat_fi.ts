<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>App</name>
    <message>
        <location filename="../../ryhmat/app.py" line="26" />
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="48" />
        <source>Demo data created:</source>
        <translation>Esimerkkiaineisto luotu:</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="60" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="60" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="60" />
        <source>Organisers</source>
        <translation>Järjestäjät</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="99" />
        <location filename="../../ryhmat/cli/commands.py" line="127" />
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="100" />
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="101" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="102" />
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="103" />
        <source>Leaders</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="109" />
        <source>Skipped days:</source>
        <translation>Väliin jäävät päivät:</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="122" />
        <source>No conflicts.</source>
        <translation>Ei päällekkäisyyksiä.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="128" />
        <source>Booked twice</source>
        <translation>Kahdesti varattu</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="129" />
        <source>First session</source>
        <translation>Ensimmäinen ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="130" />
        <source>Second session</source>
        <translation>Toinen ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="41" />
        <source>“{text}” is not a date; write e.g. 13.10.2026 or 2026-10-13</source>
        <translation>”{text}” ei ole päivämäärä; kirjoita esim. 13.10.2026 tai 2026-10-13</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="53" />
        <source>first day of the period (13.10.2026 or 2026-10-13)</source>
        <translation>jakson ensimmäinen päivä (13.10.2026 tai 2026-10-13)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="60" />
        <source>last day of the period</source>
        <translation>jakson viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="66" />
        <source>write JSON for scripts</source>
        <translation>tulosta JSON-muodossa skripteille</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="75" />
        <source>Ryhmät plans, records and publishes the groups of family work. With no command the desktop application starts.</source>
        <translation>Ryhmät suunnittelee, kirjaa ja julkaisee perhetyön ryhmät. Ilman komentoa käynnistyy työpöytäsovellus.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="85" />
        <source>SQLAlchemy database URL (default: RYHMAT_DATABASE_URL, else SQLite in the user data folder)</source>
        <translation>tietokannan SQLAlchemy-osoite (oletus: RYHMAT_DATABASE_URL, muuten SQLite käyttäjän datakansiossa)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="93" />
        <source>fill an empty database with demo data</source>
        <translation>täytä tyhjä tietokanta esimerkkiaineistolla</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="98" />
        <source>small: one school year; municipality: ten years (benchmarks)</source>
        <translation>small: yksi toimintavuosi; municipality: kymmenen vuotta (suorituskykymittauksiin)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="101" />
        <source>random seed (same seed, same data)</source>
        <translation>satunnaisluvun siemen (sama siemen, sama aineisto)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="107" />
        <source>the day the demo treats as today (default: today)</source>
        <translation>päivä, jota esimerkkiaineisto pitää tämänpäiväisenä (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="111" />
        <source>list the groups</source>
        <translation>listaa ryhmät</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="116" />
        <source>list a group's sessions and skipped days</source>
        <translation>listaa ryhmän kerrat ja väliin jäävät päivät</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="119" />
        <source>the group's name</source>
        <translation>ryhmän nimi</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="126" />
        <source>list workers and places booked twice at the same time</source>
        <translation>listaa samaan aikaan kahdesti varatut työntekijät ja tilat</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ryhmat/cli/commands.py" line="41" />
        <source>The database already has groups; demo data goes into an empty one.</source>
        <translation>Tietokannassa on jo ryhmiä; esimerkkiaineisto ladataan vain tyhjään tietokantaan.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/cli/main.py" line="27" />
        <source>{prog}: {message}</source>
        <translation>{prog}: {message}</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="74" />
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>Päättymisaika {end} ei ole alkamisajan {start} jälkeen.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="83" />
        <source>The end date {last} is before the start date {first}.</source>
        <translation>Päättymispäivä {last} on ennen alkamispäivää {first}.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="92" />
        <source>A season can last at most three years.</source>
        <translation>Kausi voi kestää enintään kolme vuotta.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="96" />
        <source>Chosen dates need a start and an end time.</source>
        <translation>Valituille päiville tarvitaan alkamis- ja päättymisaika.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="104" />
        <source>The chosen date {day} is outside the season.</source>
        <translation>Valittu päivä {day} on kauden ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="110" />
        <source>Choose at least one weekday, or chosen dates.</source>
        <translation>Valitse vähintään yksi viikonpäivä tai yksittäiset päivät.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="114" />
        <source>The interval must be between 1 and 52 weeks.</source>
        <translation>Toistovälin on oltava 1–52 viikkoa.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/scheduling.py" line="119" />
        <source>A weekday must be between Monday and Sunday.</source>
        <translation>Viikonpäivän on oltava maanantain ja sunnuntain väliltä.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="32" />
        <source>There is no group called “{name}”.</source>
        <translation>Ryhmää ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="61" />
        <source>group name</source>
        <translation>ryhmän nimi</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="63" />
        <source>The capacity must be at least 1.</source>
        <translation>Enimmäismäärän on oltava vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="66" />
        <source>A target age cannot be negative.</source>
        <translation>Kohdeikä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="69" />
        <source>The upper target age is below the lower one.</source>
        <translation>Kohdeiän yläraja on alarajaa pienempi.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/groups.py" line="79" />
        <source>A group called “{name}” already exists.</source>
        <translation>Ryhmä ”{name}” on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/series.py" line="32" />
        <source>season name</source>
        <translation>kauden nimi</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/series.py" line="36" />
        <source>The series belongs to a group that does not exist.</source>
        <translation>Kausi kuuluu ryhmään, jota ei ole.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/usecases/series.py" line="69" />
        <source>The season has {count} conflicts; confirm them before saving.</source>
        <translation>Kaudella on {count} päällekkäisyyttä; vahvista ne ennen tallentamista.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/validation.py" line="23" />
        <source>Fill in the field: {what}.</source>
        <translation>Täytä kenttä: {what}.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/domain/validation.py" line="26" />
        <location filename="../../ryhmat/domain/validation.py" line="37" />
        <source>The {what} is longer than {limit} characters.</source>
        <translation>Kenttä {what} on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/storage/database.py" line="101" />
        <source>The database {url} was made by a newer version of Ryhmät: {reason}</source>
        <translation>Tietokanta {url} on tehty Ryhmät-sovelluksen uudemmalla versiolla: {reason}</translation>
    </message>
    <message>
        <location filename="../../ryhmat/storage/database.py" line="191" />
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Tietokantaa {url} ei voi avata: {reason}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ryhmat/labels.py" line="25" />
        <source>father–child activity</source>
        <translation>isä–lapsi-toiminta</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="26" />
        <source>open daycare</source>
        <translation>avoin päiväkoti</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="27" />
        <source>family café</source>
        <translation>perhekahvila</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="28" />
        <source>baby group</source>
        <translation>vauvaryhmä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="29" />
        <source>peer group</source>
        <translation>vertaisryhmä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="30" />
        <source>parent group</source>
        <translation>vanhempainryhmä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="31" />
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="32" />
        <source>named roster</source>
        <translation>nimilista</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="33" />
        <source>headcount</source>
        <translation>kävijämäärä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="34" />
        <source>roster and headcount</source>
        <translation>nimilista ja kävijämäärä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="35" />
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="36" />
        <source>held</source>
        <translation>pidetty</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="37" />
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="38" />
        <source>father</source>
        <translation>isä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="39" />
        <source>mother</source>
        <translation>äiti</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="40" />
        <source>other guardian</source>
        <translation>muu huoltaja</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="41" />
        <source>grandparent</source>
        <translation>isovanhempi</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="42" />
        <source>under 1 year</source>
        <translation>alle 1-vuotiaat</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="43" />
        <source>1–2 years</source>
        <translation>1–2-vuotiaat</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="44" />
        <source>3–6 years</source>
        <translation>3–6-vuotiaat</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="45" />
        <source>7 years or older</source>
        <translation>7-vuotiaat ja vanhemmat</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="46" />
        <source>enrolled</source>
        <translation>ilmoittautunut</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="47" />
        <source>on the waiting list</source>
        <translation>jonossa</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="48" />
        <source>left</source>
        <translation>lopettanut</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="49" />
        <source>present</source>
        <translation>läsnä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="50" />
        <source>absent</source>
        <translation>poissa</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="51" />
        <source>excused</source>
        <translation>poissa (ilmoitettu)</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="52" />
        <source>family work</source>
        <translation>perhetyö</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="53" />
        <source>child health clinic</source>
        <translation>neuvola</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="54" />
        <source>early childhood education</source>
        <translation>varhaiskasvatus</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="57" />
        <source>family counselling</source>
        <translation>perheneuvola</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="58" />
        <source>association</source>
        <translation>yhdistys</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="59" />
        <source>parish</source>
        <translation>seurakunta</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="60" />
        <source>library</source>
        <translation>kirjasto</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="61" />
        <source>other organisation</source>
        <translation>muu organisaatio</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="62" />
        <source>worker</source>
        <translation>työntekijä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="63" />
        <source>place</source>
        <translation>paikka</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="64" />
        <source>public holiday</source>
        <translation>arkipyhä</translation>
    </message>
    <message>
        <location filename="../../ryhmat/labels.py" line="65" />
        <source>closure</source>
        <translation>tauko</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="53" />
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="60" />
        <source>Load demo data</source>
        <translation>Lataa esimerkkiaineisto</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="71" />
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="82" />
        <source>The database is empty. You can start with demo data of a fictional municipality, or add your own groups.</source>
        <translation>Tietokanta on tyhjä. Voit aloittaa kuvitteellisen kunnan esimerkkiaineistolla tai lisätä omat ryhmäsi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ryhmat/ui/main_window.py" line="87" />
        <source>The database has %n group(s).</source>
        <translation>
            <numerusform>Tietokannassa on %n ryhmä.</numerusform><numerusform>Tietokannassa on %n ryhmää.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="93" />
        <source>Creating demo data…</source>
        <translation>Luodaan esimerkkiaineistoa…</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="114" />
        <source>Demo data created.</source>
        <translation>Esimerkkiaineisto luotu.</translation>
    </message>
    <message>
        <location filename="../../ryhmat/ui/main_window.py" line="122" />
        <source>Demo data could not be created: %1</source>
        <translation>Esimerkkiaineistoa ei voitu luoda: %1</translation>
    </message>
</context>
</TS>
