<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="30"/>
        <source>About Ryhmät</source>
        <translation>Om Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33"/>
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="38"/>
        <source>Plans the peer groups of family work, records attendance and publishes the groups&apos; calendars.</source>
        <translation>Planerar familjearbetets kamratgrupper, registrerar närvaro och publicerar gruppernas kalendrar.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="44"/>
        <source>Licence: %1</source>
        <translation>Licens: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="51"/>
        <source>None made by the app: back up a PostgreSQL database with pg_dump.</source>
        <translation>Programmet gör inga: säkerhetskopiera en PostgreSQL-databas med pg_dump.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="53"/>
        <source>Backups:</source>
        <translation>Säkerhetskopior:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="55"/>
        <source>Error log:</source>
        <translation>Fellogg:</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/team.py" line="128"/>
        <source>Add a person to the team</source>
        <translation>Lägg till en person i teamet</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="140"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="150"/>
        <source>&amp;Login:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="151"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="152"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="153"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="154"/>
        <source>&amp;Worker in the plan:</source>
        <translation>&amp;Anställd i planen:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="180"/>
        <source>Added to the team</source>
        <translation>Tillagd i teamet</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="181"/>
        <source>%1 signs in as %2 with this password, shown only now:</source>
        <translation>%1 loggar in som %2 med detta lösenord, som visas bara nu:</translation>
    </message>
</context>
<context>
    <name>AgeBoundField</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="128"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="129"/>
        <source>years</source>
        <translation>år</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="515"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="61"/>
        <source>Erased adult</source>
        <translation>Raderad vuxen</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="62"/>
        <source>Erased child</source>
        <translation>Raderat barn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="70"/>
        <source>adult</source>
        <translation>vuxen</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="73"/>
        <source>child</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="222"/>
        <source>This family&apos;s personal data was erased; the mark is kept as an anonymous count and cannot be changed.</source>
        <translation>Familjens personuppgifter har raderats; markeringen finns kvar som ett anonymt antal och kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="245"/>
        <source>Erased family</source>
        <translation>Raderad familj</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="247"/>
        <source>%1 (joins the group)</source>
        <translation>%1 (går med i gruppen)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="251"/>
        <source>%1 (guest)</source>
        <translation>%1 (gäst)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="269"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="270"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="271"/>
        <source>Role or age</source>
        <translation>Roll eller ålder</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="272"/>
        <source>Mark</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="273"/>
        <source>Photo permission</source>
        <translation>Fotolov</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="35"/>
        <source>P</source>
        <comment>key that marks present</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="36"/>
        <source>A</source>
        <comment>key that marks absent</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="37"/>
        <source>E</source>
        <comment>key that marks excused</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="153"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="154"/>
        <source>Save the marks, guests and headcount (Enter)</source>
        <translation>Spara markeringarna, gästerna och antalet besökare (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="208"/>
        <source>Mark all &amp;present</source>
        <translation>Markera alla som &amp;närvarande</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="209"/>
        <source>Ctrl+A in the list</source>
        <translation>Ctrl+A i listan</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="211"/>
        <source>Add &amp;guest family…</source>
        <translation>Lägg till &amp;gästfamilj…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="219"/>
        <source>Space changes the mark · 1 present · 2 absent · 3 excused · 0 clears · Enter saves · Ctrl+Z undoes</source>
        <translation>Mellanslag byter markering · 1 närvarande · 2 frånvarande · 3 anmält förhinder · 0 tömmer · Enter sparar · Ctrl+Z ångrar</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="251"/>
        <source>Add a &amp;family…</source>
        <translation>Lägg till en &amp;familj…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="265"/>
        <source>Nobody was enrolled in the group on %1.</source>
        <translation>Ingen var anmäld till gruppen %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sessions/attendance_view.py" line="313"/>
        <source>Show the families&apos; other members (%n)</source>
        <translation>
            <numerusform>Visa familjernas övriga medlemmar (%n)</numerusform>
            <numerusform>Visa familjernas övriga medlemmar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="315"/>
        <source>People of the same families whom the group is not for</source>
        <translation>Medlemmar i samma familjer som gruppen inte är avsedd för</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="344"/>
        <source>Cancelled: %1</source>
        <translation>Inställd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="346"/>
        <source>The session&apos;s leaders record it; you see it as it is recorded now.</source>
        <translation>Gruppträffens ledare registrerar den; du ser den så som den är registrerad nu.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="348"/>
        <source>Recorded earlier; saving replaces that record.</source>
        <translation>Registrerad tidigare; när du sparar ersätts den registreringen.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="412"/>
        <source>Clear the mark of %1</source>
        <translation>Töm markeringen för %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="414"/>
        <source>Mark %1 %2</source>
        <translation>Markera %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="429"/>
        <source>Mark all present</source>
        <translation>Markera alla som närvarande</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="442"/>
        <source>Add guest family %1</source>
        <translation>Lägg till gästfamiljen %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="452"/>
        <source>Present %1 of %2</source>
        <translation>Närvarande %1 av %2</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar/dates.py" line="58"/>
        <source>Week %1 · %2–%3</source>
        <translation>Vecka %1 · %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="69"/>
        <source>%1 · weeks %2–%3</source>
        <translation>%1 · veckorna %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="77"/>
        <source>Wk %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="97"/>
        <source>Double booked</source>
        <translation>Dubbelbokad</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="106"/>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="108"/>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="111"/>
        <source>Leaders: %1</source>
        <translation>Ledare: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="120"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="148"/>
        <source>+%1 more</source>
        <translation>+%1 till</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="100"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="112"/>
        <source>%1 (%2): closed for %3</source>
        <translation>%1 (%2): uppehåll för %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="115"/>
        <source>%1 (%2): no group meets</source>
        <translation>%1 (%2): ingen grupp träffas</translation>
    </message>
</context>
<context>
    <name>CalendarMove</name>
    <message>
        <location filename="../../ui/calendar/moving.py" line="45"/>
        <source>Move the session a day earlier</source>
        <translation>Flytta träffen en dag tidigare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="46"/>
        <source>Move the session a day later</source>
        <translation>Flytta träffen en dag senare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="49"/>
        <source>Move the session 15 minutes earlier (in the month: a week earlier)</source>
        <translation>Flytta träffen 15 minuter tidigare (i månadsvyn en vecka tidigare)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="55"/>
        <source>Move the session 15 minutes later (in the month: a week later)</source>
        <translation>Flytta träffen 15 minuter senare (i månadsvyn en vecka senare)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="70"/>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 kl. %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="81"/>
        <source>Move %1 %2 → %3?</source>
        <translation>Flytta %1 %2 → %3?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="90"/>
        <source>%1 is a public holiday: %2.</source>
        <translation>%1 är en helgdag: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="91"/>
        <source>On %1 the group is paused: %2.</source>
        <translation>Gruppen har paus %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="92"/>
        <source>%1 is %2, when the group does not meet.</source>
        <translation>%1 är %2, då gruppen inte träffas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="93"/>
        <source>The season leaves %1 out: %2.</source>
        <translation>%1 är utelämnad ur terminens program: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="108"/>
        <source>The move books someone or a place twice:</source>
        <translation>Flyttningen blir en dubbelbokning:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="152"/>
        <source>Move session</source>
        <translation>Flytta träff</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="160"/>
        <source>Move &amp;anyway</source>
        <translation>Flytta &amp;ändå</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="166"/>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="170"/>
        <source>&amp;Don&apos;t move</source>
        <translation>Flytta &amp;inte</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="191"/>
        <source>Move %1 session</source>
        <translation>Flytta träff: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="143"/>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="145"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="147"/>
        <source>Go to today (%1)</source>
        <translation>Gå till i dag (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="150"/>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="164"/>
        <source>&amp;Week</source>
        <translation>Vec&amp;ka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="165"/>
        <source>&amp;Month</source>
        <translation>&amp;Månad</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="166"/>
        <source>Show one week, a column per day</source>
        <translation>Visa en vecka, en kolumn per dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="167"/>
        <source>Show a month, a row per week</source>
        <translation>Visa en månad, en rad per vecka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="190"/>
        <location filename="../../ui/calendar/page.py" line="376"/>
        <source>&amp;Record attendance…</source>
        <translation>&amp;Registrera närvaro…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="302"/>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="302"/>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="304"/>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="304"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/page.py" line="334"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/page.py" line="336"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n inställd</numerusform>
            <numerusform>%n inställda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="374"/>
        <source>&amp;Open session…</source>
        <translation>Ö&amp;ppna träffen…</translation>
    </message>
</context>
<context>
    <name>ChangePersonDialog</name>
    <message>
        <location filename="../../ui/team.py" line="204"/>
        <source>%1 in the team</source>
        <translation>%1 i teamet</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="206"/>
        <source>Give a &amp;new password</source>
        <translation>Ge ett &amp;nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="209"/>
        <source>&amp;Remove from the team</source>
        <translation>&amp;Ta bort ur teamet</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="217"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="220"/>
        <source>A person removed can no longer sign in; their name stays in the list and in the change history.</source>
        <translation>En borttagen person kan inte längre logga in; namnet finns kvar i listan och i ändringshistoriken.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="249"/>
        <source>A new password</source>
        <translation>Ett nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="250"/>
        <source>%1 signs in as %2 with this password from now on, shown only now:</source>
        <translation>%1 loggar från och med nu in som %2 med detta lösenord, som visas bara nu:</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../ui/statistics/charts.py" line="107"/>
        <source>Adults</source>
        <translation>Vuxna</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="108"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="132"/>
        <source>Visits per month</source>
        <translation>Besök per månad</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="134"/>
        <source>Sessions held, cancelled and not recorded</source>
        <translation>Hållna, inställda och ej registrerade träffar</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="136"/>
        <source>Fathers reached per month</source>
        <translation>Nådda pappor per månad</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="142"/>
        <source>Save as PNG…</source>
        <translation>Spara som PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="232"/>
        <source>Save chart as PNG</source>
        <translation>Spara diagrammet som PNG</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="233"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli/commands.py" line="49"/>
        <source>Families erased after this copy of the database was made, erased again now: {count}</source>
        <translation>Familjer vars uppgifter raderades efter att den här kopian av databasen gjordes och som nu raderades igen: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="69"/>
        <source>Demo data created: {groups} groups, {sessions} sessions, {families} families, {attendance} attendance marks.</source>
        <translation>Exempeldata skapad: {groups} grupper, {sessions} träffar, {families} familjer, {attendance} närvaromarkeringar.</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="79"/>
        <source>{name} (archived)</source>
        <translation>{name} (arkiverad)</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="91"/>
        <location filename="../../cli/commands.py" line="114"/>
        <location filename="../../cli/commands.py" line="131"/>
        <location filename="../../cli/feeds.py" line="59"/>
        <location filename="../../cli/team.py" line="64"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="92"/>
        <location filename="../../cli/stats.py" line="249"/>
        <location filename="../../cli/stats.py" line="274"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="93"/>
        <source>Children&apos;s ages</source>
        <translation>Barnens ålder</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="94"/>
        <source>Organisers</source>
        <translation>Arrangörer</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="115"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="116"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="117"/>
        <location filename="../../cli/team.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="131"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="131"/>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="178"/>
        <location filename="../../cli/commands.py" line="203"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="179"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="180"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="181"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="182"/>
        <source>Leaders</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="188"/>
        <source>Skipped days:</source>
        <translation>Utelämnade dagar:</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="214"/>
        <source>No conflicts.</source>
        <translation>Inga krockar.</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="204"/>
        <source>Booked twice</source>
        <translation>Dubbelbokad</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="205"/>
        <source>First session</source>
        <translation>Första träffen</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="206"/>
        <source>Second session</source>
        <translation>Andra träffen</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="83"/>
        <source>give the seconds as a number from 0 to 86400</source>
        <translation>ange sekunderna som ett tal från 0 till 86400</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="94"/>
        <source>first day of the period (13.10.2026 or 2026-10-13)</source>
        <translation>periodens första dag (13.10.2026 eller 2026-10-13)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="101"/>
        <source>last day of the period</source>
        <translation>periodens sista dag</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="107"/>
        <source>write JSON for scripts</source>
        <translation>skriv JSON för skript</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="115"/>
        <source>also list the archived ones, marked as archived</source>
        <translation>lista även de arkiverade, märkta som arkiverade</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="121"/>
        <source>import data from files</source>
        <translation>importera data från filer</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="126"/>
        <source>import families from a roster (.xlsx or .csv) and enrol them in a group</source>
        <translation>importera familjer från en namnlista (.xlsx eller .csv) och anmäl dem till en grupp</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="131"/>
        <source>the roster: one row per person</source>
        <translation>namnlistan: en rad per person</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="134"/>
        <source>the group to enrol in</source>
        <translation>gruppen som de anmäls till</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="139"/>
        <source>import the families whose rows are all valid and leave out the rest (by default a file with any bad row imports nothing)</source>
        <translation>importera familjerna vars alla rader är giltiga och utelämna resten (som standard importeras ingenting från en fil med en felaktig rad)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="152"/>
        <source>write the attendance and statistics workbook (.xlsx) of a period</source>
        <translation>skriv periodens närvaro- och statistikarbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="155"/>
        <source>the .xlsx file to write</source>
        <translation>.xlsx-filen som skrivs</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="225"/>
        <location filename="../../cli/main.py" line="363"/>
        <location filename="../../cli/main.py" line="589"/>
        <source>only this group (repeat for several)</source>
        <translation>endast den här gruppen (upprepa för flera)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="230"/>
        <location filename="../../cli/main.py" line="599"/>
        <source>only the groups an organisation co-organises</source>
        <translation>endast grupperna som en organisation är med och ordnar</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="161"/>
        <source>show people and families by stable codes (P-0042, F-0012), not by name</source>
        <translation>visa personer och familjer med bestående koder (P-0042, F-0012) i stället för namn</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="168"/>
        <source>the language of the workbook (by default the app&apos;s)</source>
        <translation>arbetsbokens språk (som standard appens)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="238"/>
        <source>write everything held about one family as a PDF (for an access request)</source>
        <translation>skriv allt som finns sparat om en familj som PDF (för en begäran om insyn)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="243"/>
        <source>the family&apos;s name</source>
        <translation>familjens namn</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="182"/>
        <location filename="../../cli/main.py" line="203"/>
        <location filename="../../cli/main.py" line="246"/>
        <source>the .pdf file to write</source>
        <translation>.pdf-filen som skrivs</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="188"/>
        <location filename="../../cli/main.py" line="213"/>
        <location filename="../../cli/main.py" line="251"/>
        <source>the language of the PDF (by default the app&apos;s)</source>
        <translation>PDF:ens språk (som standard appens)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="197"/>
        <source>write a group&apos;s season programme for families (.pdf)</source>
        <translation>skriv gruppens terminsprogram för familjer (.pdf)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="208"/>
        <source>the season&apos;s name (by default the one going on, else the next one)</source>
        <translation>terminens namn (som standard den pågående, annars nästa)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="258"/>
        <source>copy the SQLite database to a file, safely even while the app is open (for PostgreSQL use pg_dump)</source>
        <translation>kopiera SQLite-databasen till en fil, säkert även när appen är öppen (för PostgreSQL använd pg_dump)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="268"/>
        <source>the backup file to write (readable by you only); an existing file is kept unless --force is given</source>
        <translation>säkerhetskopian som skrivs (läsbar bara för dig); en befintlig fil behålls om inte --force anges</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="277"/>
        <source>replace an existing FILE (the old one stays until the new copy is whole)</source>
        <translation>ersätt en befintlig FILE (den gamla finns kvar tills den nya kopian är hel)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="286"/>
        <source>show or set how many years the personal data of inactive families is kept, and erase the data of families inactive for longer</source>
        <translation>visa eller ange hur många år inaktiva familjers personuppgifter sparas, och radera uppgifterna om familjer som varit inaktiva längre</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="297"/>
        <source>keep personal data for N years after a family&apos;s last activity</source>
        <translation>spara personuppgifter i N år efter familjens senaste aktivitet</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="300"/>
        <source>erase nothing automatically</source>
        <translation>radera ingenting automatiskt</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="305"/>
        <source>erase now the personal data of families inactive for longer than the period (their visits stay in the statistics as anonymous counts)</source>
        <translation>radera nu personuppgifterna om familjer som varit inaktiva längre än lagringstiden (besöken finns kvar i statistiken som anonyma antal)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="316"/>
        <source>keep the usage log&apos;s entries for N years</source>
        <translation>behåll användningsloggens poster i N år</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="321"/>
        <source>keep the usage log&apos;s entries without a time limit</source>
        <translation>behåll användningsloggens poster utan tidsgräns</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="324"/>
        <source>count the period back from this day</source>
        <translation>räkna lagringstiden bakåt från den här dagen</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="331"/>
        <source>list the families to ask how they are doing (their work in a group ended the follow-up period ago), or set the period</source>
        <translation>lista familjerna att fråga hur de mår (arbetet i en grupp slutade för uppföljningstiden sedan), eller ställ in tiden</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="341"/>
        <source>set the team&apos;s follow-up period to N months</source>
        <translation>ställ in teamets uppföljningstid till N månader</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="344"/>
        <location filename="../../cli/main.py" line="376"/>
        <source>list what is due on this day</source>
        <translation>lista det som är aktuellt den här dagen</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="352"/>
        <source>the evaluations of the seasons of a period (default: this year so far): goals, the worker pair&apos;s answers and the feedback forms counted; or the seasons due</source>
        <translation>utvärderingarna av terminerna under en period (standard: i år hittills): mål, arbetsparets svar och antalet responsblanketter; eller terminerna som ska utvärderas</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="373"/>
        <source>list the seasons that have ended without an evaluation</source>
        <translation>lista avslutade terminer som inte har utvärderats</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="384"/>
        <source>show the usage log: who read a family&apos;s personal data, or whose data a person read, when and why</source>
        <translation>visa användningsloggen: vem som har läst en familjs personuppgifter, eller vems uppgifter en person har läst, när och varför</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="392"/>
        <source>the reads of this family&apos;s data</source>
        <translation>läsningarna av den här familjens uppgifter</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="397"/>
        <source>the reads by this person, as the log names them</source>
        <translation>den här personens läsningar, med det namn loggen ger</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="406"/>
        <source>manage the people of a team database on PostgreSQL and what their roles allow</source>
        <translation>hantera personerna i en teamdatabas på PostgreSQL och vad deras roller tillåter</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="414"/>
        <source>create the team&apos;s group roles and grant them their rights (the database&apos;s owner, allowed to create roles)</source>
        <translation>skapa teamets grupproller och ge dem deras rättigheter (databasens ägare, som får skapa roller)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="423"/>
        <source>add a person who signs in as LOGIN</source>
        <translation>lägg till en person som loggar in som LOGIN</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="426"/>
        <source>the person&apos;s full name</source>
        <translation>personens fullständiga namn</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="431"/>
        <source>the organisation the person works for</source>
        <translation>organisationen där personen arbetar</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="437"/>
        <source>the worker the person is in the plan: the groups they lead</source>
        <translation>den anställda som personen motsvarar i planen: grupperna hen leder</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="457"/>
        <source>give LOGIN a new password (printed once) when they have forgotten theirs</source>
        <translation>ge LOGIN ett nytt lösenord (skrivs ut en gång) när hen har glömt sitt</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="467"/>
        <source>change your own password (asked twice, or from standard input)</source>
        <translation>byt ditt eget lösenord (frågas två gånger, eller läses från standard in)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="472"/>
        <source>read the new password from standard input</source>
        <translation>läs det nya lösenordet från standard in</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="490"/>
        <source>read the password from standard input instead of making one up</source>
        <translation>läs lösenordet från standard in i stället för att hitta på ett</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="443"/>
        <source>list the people of the team, removed ones too</source>
        <translation>lista teamets personer, även borttagna</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="177"/>
        <source>write the one-page summary of a period for a board or a funder (.pdf)</source>
        <translation>skriv periodens sammandrag på en sida för en styrelse eller en finansiär (.pdf)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="449"/>
        <source>change the role of the person who signs in as LOGIN</source>
        <translation>byt rollen för personen som loggar in som LOGIN</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="478"/>
        <source>stop LOGIN from signing in (the person stays in the change history)</source>
        <translation>hindra LOGIN från att logga in (personen finns kvar i ändringshistoriken)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="497"/>
        <source>Ryhmät plans, records and publishes the groups of family work. With no command the desktop application starts.</source>
        <translation>Ryhmät planerar, registrerar och publicerar familjearbetets grupper. Utan kommando startar skrivbordsprogrammet.</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="507"/>
        <source>show the version number and exit</source>
        <translation>visa versionsnumret och avsluta</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="512"/>
        <source>SQLAlchemy database URL (default: RYHMAT_DATABASE_URL, else SQLite in the user data folder)</source>
        <translation>databasens SQLAlchemy-adress (standard: RYHMAT_DATABASE_URL, annars SQLite i användarens datamapp)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="522"/>
        <source>with no command: close the window after SECONDS and print its title and the view it shows (to check an installation)</source>
        <translation>utan kommando: stäng fönstret efter SECONDS sekunder och skriv ut dess titel och vyn som visas (för att kontrollera en installation)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="530"/>
        <source>fill an empty database with demo data</source>
        <translation>fyll en tom databas med exempeldata</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="535"/>
        <source>small: one school year; municipality: ten years (benchmarks)</source>
        <translation>small: ett verksamhetsår; municipality: tio år (för prestandamätning)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="538"/>
        <source>random seed (same seed, same data)</source>
        <translation>slumptalsfrö (samma frö, samma data)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="544"/>
        <source>the day the demo treats as today (default: today)</source>
        <translation>dagen som exempeldata räknar som i dag (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="548"/>
        <source>list the groups</source>
        <translation>lista grupperna</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="553"/>
        <source>list the workers</source>
        <translation>lista arbetstagarna</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="558"/>
        <source>list the places</source>
        <translation>lista platserna</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="564"/>
        <source>list a group&apos;s sessions and skipped days</source>
        <translation>lista gruppens träffar och utelämnade dagar</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="200"/>
        <location filename="../../cli/main.py" line="567"/>
        <source>the group&apos;s name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="574"/>
        <source>list workers and places booked twice at the same time</source>
        <translation>lista arbetstagare och lokaler som är dubbelbokade</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="582"/>
        <source>statistics of a period (default: this year so far)</source>
        <translation>statistik för en period (standard: året hittills)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="368"/>
        <location filename="../../cli/main.py" line="594"/>
        <source>only groups of this type, e.g. baby_group or vauvaryhmä</source>
        <translation>endast grupper av den här typen, t.ex. baby_group eller vauvaryhmä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="602"/>
        <source>only sessions at this place</source>
        <translation>endast träffar på den här platsen</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="605"/>
        <source>only sessions this worker leads</source>
        <translation>endast träffar som den här arbetstagaren leder</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="610"/>
        <source>list the calendar feeds</source>
        <translation>lista kalenderflödena</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="616"/>
        <source>publish calendar feeds to their folders and servers (for cron)</source>
        <translation>publicera kalenderflödena i mappar och på servrar (för schemalagda uppgifter)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="619"/>
        <source>the feed&apos;s name</source>
        <translation>flödets namn</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="620"/>
        <source>every feed</source>
        <translation>alla flöden</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="623"/>
        <source>export data to files</source>
        <translation>exportera data till filer</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="628"/>
        <source>write iCalendar feeds: one file, or a folder of every feed</source>
        <translation>skriv iCalendar-flöden: en fil eller en mapp med alla flöden</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="634"/>
        <source>a file (with a selector) or a folder (without one)</source>
        <translation>en fil (med ett urval) eller en mapp (utan)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="640"/>
        <source>the groups an organisation co-organises</source>
        <translation>grupperna som en organisation är med och ordnar</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="642"/>
        <source>one group</source>
        <translation>en grupp</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="644"/>
        <source>the sessions a worker leads</source>
        <translation>träffarna som en arbetstagare leder</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="59"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="59"/>
        <source>Published to</source>
        <translation>Publicerat till</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="111"/>
        <source>{url}: {created} new, {updated} changed, {deleted} removed</source>
        <translation>{url}: {created} nya, {updated} ändrade, {deleted} borttagna</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="39"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Rad {row}, {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="42"/>
        <source>Row {row}: {problem}</source>
        <translation>Rad {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="54"/>
        <source>Families created: {created}; recognised: {recognised}; members added: {members}; enrolments created: {enrolments}.</source>
        <translation>Nya familjer: {created}; kända: {recognised}; tillagda familjemedlemmar: {members}; nya anmälningar: {enrolments}.</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="68"/>
        <source>{count} families were added by someone else while this import waited its turn; they were recognised and nothing was added twice.</source>
        <translation>{count} familjer lades till av någon annan medan den här importen väntade på sin tur; de kändes igen och ingenting lades till två gånger.</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="77"/>
        <source>Families left out for their problems: {families}; rows: {rows}.</source>
        <translation>Familjer som lämnades bort på grund av fel: {families}; rader: {rows}.</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="32"/>
        <source>Nothing in the usage log.</source>
        <translation>Användningsloggen är tom.</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="26"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="27"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="28"/>
        <location filename="../../cli/follow_ups.py" line="53"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="29"/>
        <source>Whose data</source>
        <translation>Vems uppgifter</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="225"/>
        <source>Statistics {period}</source>
        <translation>Statistik {period}</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="229"/>
        <source>Sessions not recorded: {count}.</source>
        <translation>Ej registrerade träffar: {count}.</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="234"/>
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="234"/>
        <location filename="../../cli/stats.py" line="268"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="242"/>
        <source>By group</source>
        <translation>Per grupp</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="252"/>
        <source>By organiser</source>
        <translation>Per arrangör</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="46"/>
        <source>Follow-up period: {months} months</source>
        <translation>Uppföljningstid: {months} månader</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="51"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="50"/>
        <source>No season of the period and filter.</source>
        <translation>Inga terminer under perioden och med avgränsningarna.</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <location filename="../../cli/follow_ups.py" line="52"/>
        <location filename="../../cli/stats.py" line="244"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <source>Season</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="65"/>
        <source>No evaluations are due.</source>
        <translation>Inga terminer väntar på utvärdering.</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="54"/>
        <source>Since</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="55"/>
        <source>Due</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="58"/>
        <source>No follow-ups are due.</source>
        <translation>Inga uppföljningar att göra.</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="246"/>
        <source>By group type</source>
        <translation>Per grupptyp</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="67"/>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="22"/>
        <source>Backed up to {path} ({size}).</source>
        <translation>Säkerhetskopierat till {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="32"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="35"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="46"/>
        <source>Families whose personal data was erased: {count}</source>
        <translation>Familjer vars personuppgifter raderades: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="51"/>
        <source>Usage log entries deleted: {count}</source>
        <translation>Borttagna poster i användningsloggen: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="54"/>
        <source>Families due for erasure: {count} (erase their data with --erase)</source>
        <translation>Familjer som ska raderas: {count} (radera uppgifterna med --erase)</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="63"/>
        <source>No retention period is set: nothing is erased automatically.</source>
        <translation>Ingen lagringstid är angiven: ingenting raderas automatiskt.</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="64"/>
        <source>Retention period (years after a family&apos;s last activity): {years}</source>
        <translation>Lagringstid (år efter familjens senaste aktivitet): {years}</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="71"/>
        <source>The usage log is kept without a time limit.</source>
        <translation>Användningsloggen sparas utan tidsgräns.</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="72"/>
        <source>The usage log&apos;s entries are kept for {years} years.</source>
        <translation>Användningsloggens poster sparas i {years} år.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="31"/>
        <source>The team&apos;s roles and their rights are ready.</source>
        <translation>Teamets roller och deras rättigheter är klara.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="50"/>
        <source>{login} was added. Their password, shown only now: {password}</source>
        <translation>{login} lades till. Hens lösenord, som visas bara nu: {password}</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="55"/>
        <source>{login} was added.</source>
        <translation>{login} lades till.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="63"/>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="66"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="68"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="85"/>
        <source>The new password of {login}, shown only now: {password}</source>
        <translation>Det nya lösenordet för {login}, som visas bara nu: {password}</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="100"/>
        <source>New password: </source>
        <translation>Nytt lösenord: </translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="101"/>
        <source>The same again: </source>
        <translation>Samma igen: </translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="104"/>
        <source>Your password was changed.</source>
        <translation>Ditt lösenord har bytts.</translation>
    </message>
</context>
<context>
    <name>ClosureForm</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="244"/>
        <source>e.g. Syysloma 2026</source>
        <translation>t.ex. Höstlov 2026</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="251"/>
        <source>&amp;Save closure</source>
        <translation>&amp;Spara uppehållet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="260"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="261"/>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="262"/>
        <source>&amp;Last day:</source>
        <translation>Sis&amp;ta dag:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="271"/>
        <source>The groups of a closure do not meet during it: seasons planned after it skip its days, and the sessions already planned in them are cancelled once you have seen them. An organisation&apos;s closure pauses the groups it organises alone; choose a shared group by name.</source>
        <translation>Uppehållets grupper träffas inte under det: terminer som planeras efteråt utelämnar dess dagar, och träffar som redan planerats ställs in när du har sett dem. En organisations uppehåll gäller de grupper den ordnar ensam; välj en gemensam grupp med namn.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="330"/>
        <source>Save closure “%1”</source>
        <translation>Spara uppehåll: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="284"/>
        <location filename="../../ui/groups/closures.py" line="338"/>
        <source>Edit closure</source>
        <translation>Redigera uppehåll</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="284"/>
        <source>New closure</source>
        <translation>Nytt uppehåll</translation>
    </message>
</context>
<context>
    <name>ClosurePreviewDialog</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="494"/>
        <source>Sessions during %1</source>
        <translation>Träffar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="501"/>
        <source>Delete the closure “%1”? Sessions it cancelled that are still to come and that no other closure pauses are planned again. Edit → Undo takes it back.</source>
        <translation>Ta bort uppehållet ”%1”? Kommande träffar som det ställde in och som inget annat uppehåll gäller blir planerade igen. Redigera → Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="514"/>
        <source>Left as they are: held, recorded or edited by hand. Change them one by one if they should not be held.</source>
        <translation>Lämnas som de är: hållna, registrerade eller ändrade för hand. Ändra dem en i taget om de inte ska hållas.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="532"/>
        <source>&amp;Delete closure</source>
        <translation>&amp;Ta bort uppehållet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="534"/>
        <source>Save and &amp;cancel them</source>
        <translation>Spara och &amp;ställ in dem</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="536"/>
        <source>&amp;Save closure</source>
        <translation>&amp;Spara uppehållet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="560"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="561"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="562"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="563"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="588"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="590"/>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="595"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="599"/>
        <source>Pauses</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="605"/>
        <source>School &amp;holidays…</source>
        <translation>S&amp;kollov…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="607"/>
        <source>Add the school holidays of a school year as closures in one step</source>
        <translation>Lägg till ett läsårs skollov som uppehåll på en gång</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="633"/>
        <source>Groups of %1</source>
        <translation>%1 – egna grupper</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="674"/>
        <source>Delete closure “%1”</source>
        <translation>Ta bort uppehåll: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../ui/people/roster_import.py" line="67"/>
        <source>New families:</source>
        <translation>Nya familjer:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="68"/>
        <source>Families already in the database:</source>
        <translation>Familjer som redan finns i databasen:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="69"/>
        <source>Family members to add:</source>
        <translation>Familjemedlemmar att lägga till:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="70"/>
        <source>Enrolments in the group:</source>
        <translation>Anmälningar till gruppen:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="71"/>
        <source>Rows with problems:</source>
        <translation>Rader med fel:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="72"/>
        <source>Left out:</source>
        <translation>Utelämnades:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="82"/>
        <source>What the import will do in %1</source>
        <translation>Vad importen gör i %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="94"/>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="104"/>
        <source>%n families</source>
        <translation>
            <numerusform>%n familj</numerusform>
            <numerusform>%n familjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="106"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="113"/>
        <source>%n families were added by someone else while this import waited its turn; they were recognised and nothing was added twice.</source>
        <translation>
            <numerusform>%n familj lades till av någon annan medan importen väntade på sin tur; den kändes igen och ingenting lades till två gånger.</numerusform>
            <numerusform>%n familjer lades till av någon annan medan importen väntade på sin tur; de kändes igen och ingenting lades till två gånger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="123"/>
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124"/>
        <source>Something unexpected went wrong. Your saved work is safe; the action that failed was not completed.

The details were written to %1 — please send that file to your IT support.</source>
        <translation>Något oväntat gick fel. Det du har sparat är i tryggt förvar; åtgärden som misslyckades blev inte utförd.

Detaljerna skrevs till %1 – skicka den filen till er IT-support.</translation>
    </message>
</context>
<context>
    <name>DataProtectionSettings</name>
    <message>
        <location filename="../../ui/data_protection.py" line="54"/>
        <source>My login name (%1)</source>
        <translation>Mitt inloggningsnamn (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="58"/>
        <location filename="../../ui/data_protection.py" line="63"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="59"/>
        <location filename="../../ui/data_protection.py" line="64"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="68"/>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="69"/>
        <source>Show the usage &amp;log…</source>
        <translation>&amp;Visa användningsloggen…</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="76"/>
        <source>&amp;Name in the change history:</source>
        <translation>&amp;Namn i ändringshistoriken:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="80"/>
        <source>Changes to families&apos; details, enrolments and attendance made on this computer are recorded under this name.</source>
        <translation>Ändringar i familjers uppgifter, anmälningar och närvaro som görs på den här datorn registreras under det här namnet.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="85"/>
        <source>This is a team database: changes are recorded under the name you signed in with, which no one can choose.</source>
        <translation>Det här är en teamdatabas: ändringarna registreras under det användarnamn du loggade in med, och det kan ingen välja.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="90"/>
        <source>&amp;Erase families&apos; personal data after:</source>
        <translation>&amp;Lagringstid:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="94"/>
        <source>Families not seen in any group for this many years have their personal data erased when the app starts; their visits stay in the statistics as anonymous counts. The period applies to everyone using this database.</source>
        <translation>Personuppgifterna om familjer som inte setts i någon grupp på så många år raderas när appen startar; besöken finns kvar i statistiken som anonyma antal. Lagringstiden gäller alla som använder databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="99"/>
        <source>&amp;Delete usage log entries after:</source>
        <translation>&amp;Användningsloggens lagringstid:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="103"/>
        <source>Opening a family or an attendance view, printing or saving a sign-in sheet, exporting a workbook with names and importing a roster are logged: who, when, why and which families. Entries older than this are deleted when the app starts; nobody can change or delete a younger one.</source>
        <translation>Att öppna en familj eller en närvarovy, skriva ut eller spara en deltagarlista, exportera en arbetsbok med namn och importera en namnlista loggas: vem, när, varför och vilka familjer. Poster som är äldre än så raderas när appen startar; ingen kan ändra eller radera en yngre post.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="110"/>
        <source>&amp;Ask families how they are doing after:</source>
        <translation>&amp;Fråga familjer hur de mår efter:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="114"/>
        <source>A family that has left a group, or has not come for six weeks while the group met, is listed under Families → Follow-ups due this long after its last visit or its leaving. The period applies to everyone using this database.</source>
        <translation>En familj som har slutat i en grupp, eller inte har kommit på sex veckor medan gruppen har träffats, visas under Familjer → Uppföljningar att göra så här länge efter sitt senaste besök eller efter att den slutade. Tiden gäller alla som använder den här databasen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/fields.py" line="262"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Välj i kalendern (Alt+nedåtpil)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="267"/>
        <source>e.g. 6.1.2027</source>
        <translation>t.ex. 6.1.2027</translation>
    </message>
</context>
<context>
    <name>DoubleBooking</name>
    <message>
        <location filename="../../ui/double_booking.py" line="23"/>
        <source>The group already has a session on %1 %2 %3</source>
        <translation>Gruppen har redan en träff %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="31"/>
        <source>%1 (%2): %3, %4 %5 %6</source>
        <translation>%1 (%2): %3, %4 %5 %6</translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="54"/>
        <source>Double booking</source>
        <translation>Dubbelbokning</translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="59"/>
        <source>&amp;Go back</source>
        <translation>Gå &amp;tillbaka</translation>
    </message>
</context>
<context>
    <name>DueEvaluationsPanel</name>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="31"/>
        <source>Seasons that have ended without the worker pair&apos;s evaluation, for a year after their end.</source>
        <translation>Avslutade terminer som arbetsparet ännu inte har utvärderat (i ett år efter terminens slut).</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="39"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="40"/>
        <source>Season</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="42"/>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="53"/>
        <source>E&amp;valuate…</source>
        <translation>&amp;Utvärdera…</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/people/widgets.py" line="93"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>EnrolmentsPanel</name>
    <message>
        <location filename="../../ui/people/enrolments.py" line="80"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="82"/>
        <source>Enrolled on</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="83"/>
        <source>Left on</source>
        <translation>Slutat</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="102"/>
        <source>Enrolled &amp;on:</source>
        <translation>Anmäld &amp;den:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="108"/>
        <source>Ne&amp;w enrolment</source>
        <translation>N&amp;y anmälan</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="112"/>
        <source>Re&amp;move enrolment…</source>
        <translation>Ta b&amp;ort anmälan…</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="120"/>
        <source>Changes to enrolments are saved at once.</source>
        <translation>Ändringar i anmälningarna sparas direkt.</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="122"/>
        <source>The enrolments are saved together with the new family.</source>
        <translation>Anmälningarna sparas tillsammans med den nya familjen.</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="138"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="139"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="141"/>
        <source>&amp;Left on:</source>
        <translation>S&amp;lutat den:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="207"/>
        <source>En&amp;rol</source>
        <translation>&amp;Registrera anmälan</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="225"/>
        <source>Sa&amp;ve changes</source>
        <translation>Spara ändringa&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="244"/>
        <source>Choose a group.</source>
        <translation>Välj en grupp.</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="292"/>
        <source>Remove the enrolment in “%1”?</source>
        <translation>Ta bort anmälan till ”%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="293"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <location filename="../../ui/people/erasure.py" line="32"/>
        <source>&lt;b&gt;Erase this family&apos;s personal data?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Radera familjens personuppgifter?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="35"/>
        <source>The names, phone number, notes, birth dates and enrolments of the family and its members are deleted, and so is its change history. Past visits remain only as anonymous numbers in the statistics. This cannot be undone.</source>
        <translation>Familjens och medlemmarnas namn, telefonnummer, anteckningar, födelsedatum och anmälningar raderas, liksom familjens ändringshistorik. Tidigare besök finns kvar i statistiken endast som anonyma antal. Detta kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="43"/>
        <source>&amp;I understand that the personal data cannot be restored</source>
        <translation>&amp;Jag förstår att personuppgifterna inte kan återställas</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="46"/>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="50"/>
        <source>&amp;Keep the data</source>
        <translation>&amp;Behåll uppgifterna</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../demo/loading.py" line="24"/>
        <source>The database already has groups; demo data goes into an empty one.</source>
        <translation>Databasen har redan grupper; exempeldata läses bara in i en tom databas.</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="63"/>
        <source>{prog}: {message}</source>
        <translation>{prog}: {message}</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="82"/>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>Sluttiden {end} är inte efter starttiden {start}.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="95"/>
        <source>On {day} the clocks go forward an hour, so {time} never comes that night. Choose another time.</source>
        <translation>Den {day} ställs klockan fram en timme, så klockan {time} kommer aldrig den natten. Välj en annan tid.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="105"/>
        <source>On {day} the clocks go back an hour, so {time} comes twice that night. Choose another time.</source>
        <translation>Den {day} ställs klockan tillbaka en timme, så klockan {time} kommer två gånger den natten. Välj en annan tid.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="120"/>
        <source>The end date {last} is before the start date {first}.</source>
        <translation>Slutdatumet {last} är före startdatumet {first}.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="129"/>
        <source>A season can last at most three years.</source>
        <translation>En termin kan vara högst tre år.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="133"/>
        <source>Chosen dates need a start and an end time.</source>
        <translation>Valda datum behöver en start- och en sluttid.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="141"/>
        <source>The chosen date {day} is outside the season.</source>
        <translation>Det valda datumet {day} ligger utanför terminen.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="152"/>
        <source>Choose at least one weekday, or chosen dates.</source>
        <translation>Välj minst en veckodag eller enskilda datum.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="156"/>
        <source>The interval must be between 1 and 52 weeks.</source>
        <translation>Intervallet ska vara 1–52 veckor.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="161"/>
        <location filename="../../domain/scheduling.py" line="176"/>
        <source>A weekday must be between Monday and Sunday.</source>
        <translation>Veckodagen ska vara mellan måndag och söndag.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="170"/>
        <source>A monthly season meets on the first to fourth or the last weekday.</source>
        <translation>En månatlig termin träffas den första, andra, tredje, fjärde eller sista valda veckodagen i månaden.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="185"/>
        <source>A date is skipped twice.</source>
        <translation>Samma dag är utelämnad två gånger.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="190"/>
        <source>The season does not meet on {day}, so it cannot be skipped.</source>
        <translation>Terminen träffas inte {day}, så dagen kan inte utelämnas.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="54"/>
        <source>There is no group called “{name}”.</source>
        <translation>Det finns ingen grupp som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="51"/>
        <location filename="../../domain/usecases/groups.py" line="93"/>
        <source>group name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="61"/>
        <source>The {what} contains an invalid character at position {position}.</source>
        <translation>Fältet {what} innehåller ett ogiltigt tecken på position {position}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="132"/>
        <source>The date {day} is not between {first} and {last}.</source>
        <translation>Datumet {day} ligger inte mellan {first} och {last}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="154"/>
        <source>The planning and debrief time must be between 1 and {limit} minutes.</source>
        <translation>Tiden för planering och efterarbete ska vara mellan 1 och {limit} minuter.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="164"/>
        <source>A target age cannot be negative.</source>
        <translation>Målåldern kan inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="169"/>
        <source>A target age can be at most {limit} years.</source>
        <translation>Målåldern kan vara högst {limit} år.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="176"/>
        <source>From two years on, a target age is given in whole years.</source>
        <translation>Från två års ålder anges målåldern i hela år.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="180"/>
        <source>The upper target age is below the lower one.</source>
        <translation>Målålderns övre gräns är lägre än den undre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="74"/>
        <location filename="../../domain/validation.py" line="196"/>
        <source>The worker pair no longer exists.</source>
        <translation>Arbetsparet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="107"/>
        <source>A group called “{name}” already exists.</source>
        <translation>Det finns redan en grupp som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="111"/>
        <location filename="../../domain/usecases/removal.py" line="75"/>
        <location filename="../../domain/usecases/statistics.py" line="314"/>
        <location filename="../../domain/usecases/workers.py" line="96"/>
        <source>The organisation no longer exists.</source>
        <translation>Organisationen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="114"/>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/programme.py" line="130"/>
        <location filename="../../domain/usecases/series.py" line="38"/>
        <source>season name</source>
        <translation>terminens namn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/programme.py" line="135"/>
        <source>The group has no season called “{name}”.</source>
        <translation>Gruppen har ingen termin som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="41"/>
        <source>reason</source>
        <translation>orsak</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="49"/>
        <source>The series belongs to a group that does not exist.</source>
        <translation>Terminen hör till en grupp som inte finns.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="88"/>
        <source>The season has {count} conflicts; confirm them before saving.</source>
        <translation>Terminen har {count} krockar; bekräfta dem innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="105"/>
        <source>Fill in the field: {what}.</source>
        <translation>Fyll i fältet: {what}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="87"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>Fältet {what} är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="157"/>
        <source>Old backups in {folder} could not be removed: {reason}</source>
        <translation>Gamla säkerhetskopior i {folder} kunde inte tas bort: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="260"/>
        <source>The backup could not be restored, the data is unchanged: {reason}</source>
        <translation>Säkerhetskopian kunde inte återställas, uppgifterna är oförändrade: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="296"/>
        <source>Only an SQLite database file can be restored here; restore a PostgreSQL database with pg_restore.</source>
        <translation>Här kan endast en SQLite-databasfil återställas; återställ en PostgreSQL-databas med pg_restore.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="303"/>
        <source>{path} is not a file.</source>
        <translation>{path} är inte en fil.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="306"/>
        <source>{path} is the open database itself; choose a backup of it.</source>
        <translation>{path} är den öppna databasen själv; välj en säkerhetskopia av den.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="315"/>
        <source>{path} is a copy of another database, not of this one, and was not restored. Open it with File → Open database to see it.</source>
        <translation>{path} är en kopia av en annan databas, inte av den här, och återställdes inte. Öppna den med Arkiv → Öppna databas om du vill se den.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="355"/>
        <source>{path} is damaged and cannot be restored.</source>
        <translation>{path} är skadad och kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="360"/>
        <source>{path} is not a Ryhmät database.</source>
        <translation>{path} är inte en Ryhmät-databas.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="364"/>
        <source>{path} was made by a newer version of Ryhmät; update Ryhmät to restore it.</source>
        <translation>{path} har gjorts med en nyare version av Ryhmät; uppdatera Ryhmät för att återställa den.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="389"/>
        <source>{path} cannot be restored: {reason}</source>
        <translation>{path} kan inte återställas: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="422"/>
        <source>{path} is the database itself; write the backup to another file.</source>
        <translation>{path} är själva databasen; skriv säkerhetskopian till en annan fil.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="429"/>
        <source>There is no folder {path}.</source>
        <translation>Mappen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="433"/>
        <source>{path} exists already; give another name, or --force to replace it.</source>
        <translation>{path} finns redan; ange ett annat namn, eller --force för att ersätta den.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="445"/>
        <location filename="../../storage/database.py" line="570"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Databasen {url} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="451"/>
        <source>{url} is a PostgreSQL database: back it up with pg_dump (see “Backups” in the README).</source>
        <translation>{url} är en PostgreSQL-databas: säkerhetskopiera den med pg_dump (se ”Backups” i README).</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="464"/>
        <source>The database file {path} does not exist.</source>
        <translation>Databasfilen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="494"/>
        <source>The backup folder {folder} could not be made: {reason}</source>
        <translation>Mappen för säkerhetskopior {folder} kunde inte skapas: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="175"/>
        <source>A count cannot be negative.</source>
        <translation>Ett antal kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="177"/>
        <source>The headcount is implausibly large.</source>
        <translation>Antalet besökare är orimligt stort.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="180"/>
        <source>There are more first-time visitors than visitors.</source>
        <translation>Det finns fler förstagångsbesökare än besökare.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="213"/>
        <source>The session is cancelled; restore it before recording.</source>
        <translation>Träffen är inställd; återställ den innan du registrerar.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="217"/>
        <source>The session on {day} has not been held yet.</source>
        <translation>Träffen den {day} har inte hållits ännu.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="229"/>
        <source>Only a family added here can be enrolled here.</source>
        <translation>Här kan bara en familj som lagts till här anmälas till gruppen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="238"/>
        <source>Someone marked is not on the session&apos;s list.</source>
        <translation>Någon som har markerats finns inte på träffens lista.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="242"/>
        <source>The headcount is for another session.</source>
        <translation>Antalet besökare hör till en annan träff.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="311"/>
        <location filename="../../domain/usecases/attendance.py" line="319"/>
        <location filename="../../domain/usecases/families.py" line="121"/>
        <location filename="../../domain/usecases/merging.py" line="147"/>
        <source>The family no longer exists.</source>
        <translation>Familjen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="127"/>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="129"/>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="133"/>
        <source>Choose the role of {name}.</source>
        <translation>Välj roll för {name}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="141"/>
        <source>Give the birth year and month of {name}.</source>
        <translation>Ange födelseår och födelsemånad för {name}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="150"/>
        <source>The birth month {month}/{year} of {name} is not possible.</source>
        <translation>Födelsemånaden {month}/{year} för {name} är inte möjlig.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="160"/>
        <source>family name</source>
        <translation>familjens namn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="161"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="163"/>
        <location filename="../../domain/usecases/sessions.py" line="188"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="166"/>
        <source>A family needs at least one member.</source>
        <translation>En familj behöver minst en medlem.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="178"/>
        <source>The privacy notice cannot have been given on {day}, a day still to come.</source>
        <translation>Dagen {day} har inte kommit ännu. Ange den dag då dataskyddsbeskrivningen gavs.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="199"/>
        <source>The enrolment is of another family.</source>
        <translation>Anmälan gäller en annan familj.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="252"/>
        <location filename="../../domain/usecases/groups.py" line="124"/>
        <location filename="../../domain/usecases/programme.py" line="142"/>
        <location filename="../../domain/usecases/removal.py" line="69"/>
        <location filename="../../domain/usecases/roster_import.py" line="250"/>
        <location filename="../../domain/usecases/statistics.py" line="306"/>
        <source>The group no longer exists.</source>
        <translation>Gruppen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="232"/>
        <source>Give the day the family left.</source>
        <translation>Ange dagen då familjen slutade.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="236"/>
        <source>The family left before it was enrolled.</source>
        <translation>Familjen slutade före anmälningsdagen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="246"/>
        <source>The family is already enrolled or waiting in this group.</source>
        <translation>Familjen är redan anmäld till den här gruppen eller står i kö till den.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/naming.py" line="11"/>
        <source>The name “{name}” is already in use by an archived one. Restore that one (show the archived ones in the list), or choose another name.</source>
        <translation>Namnet ”{name}” används redan av en arkiverad. Återställ den (visa de arkiverade i listan) eller välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/naming.py" line="33"/>
        <source>The name “{name}” is already in use.</source>
        <translation>Namnet ”{name}” används redan.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="46"/>
        <location filename="../../domain/usecases/feeds.py" line="444"/>
        <location filename="../../domain/usecases/places.py" line="33"/>
        <location filename="../../domain/usecases/places.py" line="41"/>
        <location filename="../../domain/usecases/statistics.py" line="273"/>
        <location filename="../../domain/usecases/statistics.py" line="283"/>
        <location filename="../../domain/usecases/statistics.py" line="291"/>
        <location filename="../../domain/usecases/workers.py" line="86"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="58"/>
        <source>Choose the organisation whose groups the closure pauses.</source>
        <translation>Välj den organisation vars grupper uppehållet gäller.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="65"/>
        <source>Choose at least one group the closure pauses.</source>
        <translation>Välj minst en grupp som uppehållet gäller.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="102"/>
        <source>The calendar feed no longer exists.</source>
        <translation>Kalenderflödet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="111"/>
        <source>There is no calendar feed called “{name}”.</source>
        <translation>Det finns inget kalenderflöde som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="107"/>
        <location filename="../../domain/usecases/feeds.py" line="117"/>
        <source>feed name</source>
        <translation>flödets namn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="123"/>
        <source>Choose the organisation, group or worker of the feed.</source>
        <translation>Välj flödets organisation, grupp eller arbetstagare.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="127"/>
        <source>A feed can reach at most ten years back or ahead.</source>
        <translation>Ett flöde kan sträcka sig högst tio år bakåt eller framåt.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="131"/>
        <source>The refresh interval must be between 5 minutes and a week.</source>
        <translation>Uppdateringsintervallet ska vara mellan 5 minuter och en vecka.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="136"/>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="139"/>
        <location filename="../../domain/usecases/places.py" line="43"/>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="145"/>
        <source>user name</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="148"/>
        <source>calendar name</source>
        <translation>kalenderns namn</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="454"/>
        <source>“{name}” was not found.</source>
        <translation>”{name}” hittades inte.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="142"/>
        <source>The capacity must be between 1 and {limit}.</source>
        <translation>Kapaciteten ska vara 1–{limit}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="49"/>
        <source>A closure can last at most a year.</source>
        <translation>Ett uppehåll kan vara högst ett år.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="129"/>
        <location filename="../../storage/repositories/attendance.py" line="198"/>
        <source>The session no longer exists.</source>
        <translation>Träffen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="186"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="190"/>
        <source>reason for cancelling</source>
        <translation>orsak till inställandet</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="193"/>
        <source>Give a reason for cancelling.</source>
        <translation>Ange en orsak till inställandet.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="198"/>
        <source>A leader is listed twice.</source>
        <translation>Samma ledare finns två gånger på listan.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="260"/>
        <source>group type</source>
        <translation>grupptyp</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="266"/>
        <source>“{name}” is not a group type; choose one of: {choices}.</source>
        <translation>”{name}” är ingen grupptyp; välj en av: {choices}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="277"/>
        <source>There is no organisation called “{name}”.</source>
        <translation>Det finns ingen organisation som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="286"/>
        <source>There is no place called “{name}”.</source>
        <translation>Det finns ingen plats som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="295"/>
        <source>There is no worker called “{name}”.</source>
        <translation>Det finns ingen arbetstagare som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="136"/>
        <source>A feedback answer {value} is not on its scale.</source>
        <translation>Svaret {value} finns inte på frågans skala.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="156"/>
        <source>A feedback count must be between 0 and {most}.</source>
        <translation>Antalet svar ska vara 0–{most}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="261"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="262"/>
        <source>goal&apos;s outcome</source>
        <translation>målets utfall</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="263"/>
        <source>evaluation answer</source>
        <translation>utvärderingens svar</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="269"/>
        <location filename="../../domain/usecases/programme.py" line="100"/>
        <location filename="../../domain/usecases/removal.py" line="70"/>
        <location filename="../../domain/usecases/series.py" line="106"/>
        <source>The season no longer exists.</source>
        <translation>Terminen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="283"/>
        <source>A season can have at most {most} goals.</source>
        <translation>En termin kan ha högst {most} mål.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="71"/>
        <location filename="../../domain/usecases/statistics.py" line="319"/>
        <location filename="../../domain/validation.py" line="194"/>
        <source>The place no longer exists.</source>
        <translation>Platsen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="312"/>
        <location filename="../../domain/usecases/removal.py" line="72"/>
        <source>The closure no longer exists.</source>
        <translation>Uppehållet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="73"/>
        <location filename="../../domain/usecases/statistics.py" line="324"/>
        <location filename="../../domain/usecases/workers.py" line="81"/>
        <location filename="../../domain/validation.py" line="199"/>
        <source>The worker no longer exists.</source>
        <translation>Arbetstagaren finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="78"/>
        <source>The calendar feed “{feed}” publishes “{name}”, so it cannot be deleted. Delete the feed first, or archive “{name}” instead.</source>
        <translation>Kalenderflödet ”{feed}” publicerar ”{name}”, så det kan inte tas bort. Ta först bort flödet eller arkivera ”{name}” i stället.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="103"/>
        <source>“{name}” has held sessions or recorded attendance, so it cannot be deleted. Archive it instead: it is hidden from lists and choices, and its history and statistics are kept.</source>
        <translation>”{name}” har hållna träffar eller registrerad närvaro, så gruppen kan inte tas bort. Arkivera den i stället: den döljs i listor och val, och dess historik och statistik bevaras.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="120"/>
        <source>The season “{name}” has held sessions or recorded attendance, so it cannot be deleted. Change its last day instead: sessions with attendance are always kept.</source>
        <translation>Terminen ”{name}” har hållna träffar eller registrerad närvaro, så den kan inte tas bort. Ändra i stället dess sista dag: träffar med närvaro bevaras alltid.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="135"/>
        <source>“{name}” is used by the group “{group}”, so it cannot be deleted. Archive it instead: it is no longer offered, and the sessions there keep it.</source>
        <translation>”{name}” används av gruppen ”{group}”, så platsen kan inte tas bort. Arkivera den i stället: den erbjuds inte längre, och träffarna där behåller den.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="150"/>
        <source>“{name}” leads sessions of “{group}”, so the worker cannot be deleted. Archive the worker instead: no longer offered as a leader, the name stays in the sessions.</source>
        <translation>”{name}” leder träffar i ”{group}”, så arbetstagaren kan inte tas bort. Arkivera arbetstagaren i stället: hen erbjuds inte längre som ledare, och namnet står kvar i träffarna.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="161"/>
        <source>“{name}” is in a pair with “{other}”, so the worker cannot be deleted. Delete the pair first, or archive the worker instead.</source>
        <translation>”{name}” bildar arbetspar med ”{other}”, så arbetstagaren kan inte tas bort. Ta först bort paret eller arkivera arbetstagaren i stället.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="178"/>
        <source>“{name}” organises “{group}”, so it cannot be deleted. Archive it instead: it is no longer offered, and its groups keep it as their organiser.</source>
        <translation>”{name}” ordnar ”{group}”, så organisationen kan inte tas bort. Arkivera den i stället: den erbjuds inte längre, och dess grupper behåller den som arrangör.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="188"/>
        <source>“{worker}” works for “{name}”, so it cannot be deleted. Archive it instead, or change the worker&apos;s organisation first.</source>
        <translation>”{worker}” arbetar för ”{name}”, så organisationen kan inte tas bort. Arkivera den i stället eller byt först arbetstagarens organisation.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="206"/>
        <source>The pair “{name}” is the default leaders of “{group}”, so it cannot be deleted. Choose other default leaders for the group first.</source>
        <translation>Arbetsparet ”{name}” är standardledare för ”{group}”, så det kan inte tas bort. Välj först andra standardledare för gruppen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="87"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="89"/>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="93"/>
        <source>“{email}” is not an email address.</source>
        <translation>”{email}” är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="125"/>
        <source>A pair needs two different workers.</source>
        <translation>Ett arbetspar behöver två olika arbetstagare.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="130"/>
        <source>These two already are a pair.</source>
        <translation>De här två är redan ett arbetspar.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="472"/>
        <source>Only an SQLite database file can be backed up here; back up a PostgreSQL database with pg_dump.</source>
        <translation>Här kan bara en SQLite-databasfil säkerhetskopieras; säkerhetskopiera en PostgreSQL-databas med pg_dump.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="109"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Säkerhetskopian kunde inte skrivas till {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="86"/>
        <source>There are no calendar feeds yet.</source>
        <translation>Det finns inga kalenderflöden ännu.</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="148"/>
        <source>{path} is a file; give a folder, or choose one feed with --group, --organisation or --worker.</source>
        <translation>{path} är en fil; ange en mapp eller välj ett flöde med --group, --organisation eller --worker.</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="159"/>
        <source>The folder {path} cannot be created: {reason}</source>
        <translation>Mappen {path} kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="81"/>
        <location filename="../../storage/backup.py" line="418"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="86"/>
        <source>The folder of {path} does not exist.</source>
        <translation>Mappen för {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="90"/>
        <source>The folder of {path} cannot be written to.</source>
        <translation>Det går inte att skriva i mappen för {path}.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="123"/>
        <source>The password for {user} at {url} cannot be saved: this computer has no usable password store. Set RYHMAT_CALDAV_PASSWORD instead.</source>
        <translation>Lösenordet för {user} på {url} kan inte sparas: datorn har inget användbart lösenordsförråd. Ange RYHMAT_CALDAV_PASSWORD i stället.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="103"/>
        <source>No password for {user} at {url}: store it in the app, or set RYHMAT_CALDAV_PASSWORD with RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER.</source>
        <translation>Det finns inget lösenord för {user} på {url}: spara det i appen eller ange RYHMAT_CALDAV_PASSWORD tillsammans med RYHMAT_CALDAV_SERVER och RYHMAT_CALDAV_USER.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="108"/>
        <source>No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is sent nowhere unless RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER name the server and user it is for.</source>
        <translation>Det finns inget lösenord för {user} på {url}: RYHMAT_CALDAV_PASSWORD skickas ingenstans om inte RYHMAT_CALDAV_SERVER och RYHMAT_CALDAV_USER anger vilken server och användare det gäller.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="113"/>
        <source>No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is for {bound_user} at {bound_server}, so it is not sent to this server or user.</source>
        <translation>Det finns inget lösenord för {user} på {url}: RYHMAT_CALDAV_PASSWORD gäller {bound_user} på {bound_server} och skickas därför inte till den här servern eller användaren.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="118"/>
        <source>The calendar server {url} sent the request on to another server ({other}); the password is not sent there. Enter the calendar server&apos;s own address.</source>
        <translation>Kalenderservern {url} skickade vidare begäran till en annan server ({other}); lösenordet skickas inte dit. Ange kalenderserverns egen adress.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="128"/>
        <source>The calendar server {url} cannot be reached: {reason}</source>
        <translation>Kalenderservern {url} kan inte nås: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="129"/>
        <source>The calendar server {url} refused the user name or password.</source>
        <translation>Kalenderservern {url} godkände inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="132"/>
        <source>The calendar server {url} does not allow this user to publish there.</source>
        <translation>Kalenderservern {url} tillåter inte den här användaren att publicera där.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="135"/>
        <source>The calendar server {url} has no calendars at this address; check the address.</source>
        <translation>Kalenderservern {url} har inga kalendrar på den här adressen; kontrollera adressen.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="138"/>
        <source>The calendar server {url} had an error ({status}); try again later.</source>
        <translation>Kalenderservern {url} hade ett fel ({status}); försök igen senare.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="141"/>
        <source>The calendar server {url} gave an unexpected answer ({status}); check that the address is a CalDAV server.</source>
        <translation>Kalenderservern {url} gav ett oväntat svar ({status}); kontrollera att adressen är en CalDAV-server.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="146"/>
        <source>The calendar {calendar} on {url} changed while publishing; publish again.</source>
        <translation>Kalendern {calendar} på {url} ändrades under publiceringen; publicera igen.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="150"/>
        <source>the connection was refused</source>
        <translation>anslutningen nekades</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="151"/>
        <source>the server name was not found</source>
        <translation>servernamnet hittades inte</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="152"/>
        <source>it did not answer in time</source>
        <translation>den svarade inte i tid</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="153"/>
        <source>a secure connection could not be made</source>
        <translation>en säker anslutning kunde inte upprättas</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="154"/>
        <source>the connection failed</source>
        <translation>anslutningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../export/folder.py" line="141"/>
        <source>The feed could not be written to {folder}: {reason}</source>
        <translation>Flödet kunde inte skrivas till {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/publishing.py" line="106"/>
        <source>The feed “{name}” has no folder or calendar server to publish to.</source>
        <translation>Flödet ”{name}” har ingen mapp eller kalenderserver att publicera till.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/roster_import.py" line="255"/>
        <source>Rows with problems: {count}. Nothing was imported; correct the rows, or import only the valid rows.</source>
        <translation>Rader med fel: {count}. Ingenting importerades; rätta raderna eller importera endast de giltiga raderna.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/roster_import.py" line="405"/>
        <source>{name} is on row {row} already.</source>
        <translation>{name} finns redan på rad {row}.</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="408"/>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>Arbetsboken kunde inte skrivas till {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="165"/>
        <location filename="../../export/roster_file.py" line="378"/>
        <source>{file} is empty.</source>
        <translation>{file} är tom.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="174"/>
        <source>{file} is too large for a roster ({size} MB).</source>
        <translation>{file} är för stor för en namnlista ({size} MB).</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="181"/>
        <source>There is no file {path}.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="185"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} är en mapp; välj en fil.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="189"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="199"/>
        <source>{file} is an old-style or password-protected workbook; save it as .xlsx without a password, or as .csv.</source>
        <translation>{file} är en arbetsbok i gammalt format eller skyddad med lösenord; spara den som .xlsx utan lösenord eller som .csv.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="214"/>
        <source>{file} is not an Excel workbook (.xlsx) at all.</source>
        <translation>{file} är inte alls en Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="78"/>
        <source>{file} holds far more inside than a roster can. Copy the roster to a new workbook, or save it as .csv.</source>
        <translation>{file} innehåller mycket mer än någon namnlista. Kopiera namnlistan till en ny arbetsbok eller spara den som .csv.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="89"/>
        <source>{file} has more than {limit} rows, counting empty-looking ones. Delete the rows below the roster, or copy the roster to a new file.</source>
        <translation>{file} har fler än {limit} rader, när också rader som ser tomma ut räknas. Ta bort raderna under namnlistan eller kopiera namnlistan till en ny fil.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="101"/>
        <source>A cell in {file} holds more than {limit} characters; no roster cell is that long. Check that this is the right file.</source>
        <translation>En cell i {file} innehåller mer än {limit} tecken; ingen cell i en namnlista är så lång. Kontrollera att det är rätt fil.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="113"/>
        <source>{file} is damaged or incomplete and cannot be read as a workbook. Open it in Excel and save it again.</source>
        <translation>{file} är skadad eller ofullständig och kan inte läsas som arbetsbok. Öppna den i Excel och spara den igen.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="124"/>
        <source>{file} is packed or encrypted in a way spreadsheet programs do not save workbooks. Open it in Excel, remove any password and save it again as .xlsx.</source>
        <translation>{file} är packad eller krypterad på ett sätt som kalkylprogram inte sparar arbetsböcker. Öppna den i Excel, ta bort ett eventuellt lösenord och spara den igen som .xlsx.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="256"/>
        <source>Row {row} of {file} cannot be read as CSV.</source>
        <translation>Rad {row} i {file} kan inte läsas som CSV.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="283"/>
        <source>{file} is not a spreadsheet: save the roster as .xlsx or .csv.</source>
        <translation>{file} är inget kalkylblad: spara namnlistan som .xlsx eller .csv.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="342"/>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation>{file} har fler än {limit} rader; dela upp den i mindre filer.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="354"/>
        <source>{file} has no people under its header (row {row}).</source>
        <translation>{file} har inga personer under rubrikraden (rad {row}).</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="381"/>
        <source>{file} has no header row with the columns it needs. Missing: {missing}. Name the columns in the first row, e.g. Perhe, Etunimi, Rooli, Syntynyt.</source>
        <translation>{file} saknar en rubrikrad med de kolumner som behövs. Saknas: {missing}. Namnge kolumnerna på första raden, t.ex. Perhe, Etunimi, Rooli, Syntynyt.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="120"/>
        <source>Give the role: isä, äiti, muu huoltaja, isovanhempi or lapsi.</source>
        <translation>Ange rollen: isä, äiti, muu huoltaja, isovanhempi eller lapsi.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="487"/>
        <source>Give the child&apos;s birth month, e.g. 5/2023.</source>
        <translation>Ange barnets födelsemånad, t.ex. 5/2023.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="521"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>Texten är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="131"/>
        <source>Unknown role “{value}”: write isä, äiti, muu huoltaja, isovanhempi or lapsi.</source>
        <translation>Okänd roll ”{value}”: skriv isä, äiti, muu huoltaja, isovanhempi eller lapsi.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="123"/>
        <source>Give the role: pappa, mamma, vårdnadshavare, mor- eller farförälder or barn.</source>
        <translation>Ange rollen: pappa, mamma, vårdnadshavare, mor- eller farförälder eller barn.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="126"/>
        <source>Give the role: father, mother, other guardian, grandparent or child.</source>
        <translation>Ange rollen: father, mother, other guardian, grandparent eller child.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="135"/>
        <source>Unknown role “{value}”: write pappa, mamma, vårdnadshavare, mor- eller farförälder or barn.</source>
        <translation>Okänd roll ”{value}”: skriv pappa, mamma, vårdnadshavare, mor- eller farförälder eller barn.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="140"/>
        <source>Unknown role “{value}”: write father, mother, other guardian, grandparent or child.</source>
        <translation>Okänd roll ”{value}”: skriv father, mother, other guardian, grandparent eller child.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="147"/>
        <source>“{value}” is a father to some and a grandfather to others: write isä or isovanhempi.</source>
        <translation>”{value}” är pappa för vissa och morfar eller farfar för andra: skriv isä eller isovanhempi.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="151"/>
        <source>“{value}” is a father to some and a grandfather to others: write father or grandparent.</source>
        <translation>”{value}” är pappa för vissa och morfar eller farfar för andra: skriv father eller grandparent.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="547"/>
        <source>“{value}” is not a birth month; write e.g. 5/2023.</source>
        <translation>”{value}” är ingen födelsemånad; skriv t.ex. 5/2023.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="561"/>
        <source>“{value}” is not a year; write e.g. 2023.</source>
        <translation>”{value}” är inget år; skriv t.ex. 2023.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="567"/>
        <source>“{value}” is not a month; write 1–12.</source>
        <translation>”{value}” är ingen månad; skriv 1–12.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="583"/>
        <source>“{value}” is not a date; write e.g. 13.10.2026.</source>
        <translation>”{value}” är inget datum; skriv t.ex. 13.10.2026.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="596"/>
        <source>Unknown status “{value}”: write ilmoittautunut, jonossa or lopettanut.</source>
        <translation>Okänd status ”{value}”: skriv ilmoittautunut, jonossa eller lopettanut.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="614"/>
        <source>Unknown answer “{value}”: write kyllä, ei or ei kysytty.</source>
        <translation>Okänt svar ”{value}”: skriv ja, nej eller inte frågat.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_visits.py" line="87"/>
        <source>The number of weeks must be between {low} and {high}, not {weeks}.</source>
        <translation>Antalet veckor ska vara {low}–{high}, inte {weeks}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/erasure.py" line="86"/>
        <source>The retention period must be between 1 and {most} years.</source>
        <translation>Lagringstiden ska vara 1–{most} år.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="91"/>
        <source>The database URL is empty; give one or leave it out.</source>
        <translation>Databasadressen är tom; ange en eller utelämna den.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="322"/>
        <source>Cannot open the database {path}: the folder {folder} does not exist.</source>
        <translation>Databasen {path} kan inte öppnas: mappen {folder} finns inte.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="356"/>
        <source>Cannot open the database {path}: it is a folder, not a database file.</source>
        <translation>Databasen {path} kan inte öppnas: det är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="432"/>
        <source>Cannot open the database {path}: you do not have permission to read it.</source>
        <translation>Databasen {path} kan inte öppnas: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="517"/>
        <source>The database {name} was made by a newer version of Ryhmät. Update Ryhmät to open it; the database was not changed.</source>
        <translation>Databasen {name} har skapats med en nyare version av Ryhmät. Uppdatera Ryhmät för att öppna den; databasen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="528"/>
        <source>The database {name} cannot be opened read-only: it must first be set up or upgraded for this version of Ryhmät. Close the other Ryhmät window and open the database again; the database was not changed.</source>
        <translation>Databasen {name} kan inte öppnas skrivskyddad: den måste först tas i bruk eller uppdateras för den här versionen av Ryhmät. Stäng det andra Ryhmät-fönstret och öppna databasen igen. Databasen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="540"/>
        <source>The file {path} is not a Ryhmät database. The file was not changed.</source>
        <translation>Filen {path} är inte en Ryhmät-databas. Filen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="549"/>
        <source>The database file {path} is damaged and cannot be opened. The file was not changed; restore the database from a backup copy.</source>
        <translation>Databasfilen {path} är skadad och kan inte öppnas. Filen ändrades inte; återställ databasen från en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="80"/>
        <source>Someone else changed this group while you were editing it. Its saved state is shown now; make your change again if it is still needed.</source>
        <translation>Någon annan ändrade gruppen medan du redigerade den. Nu visas de sparade uppgifterna; gör din ändring igen om den fortfarande behövs.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="85"/>
        <source>Someone else removed this group while you were editing it.</source>
        <translation>Någon annan tog bort gruppen medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="103"/>
        <source>Someone else changed this session while you were editing it. Its saved state is shown now; make your change again if it is still needed.</source>
        <translation>Någon annan ändrade träffen medan du redigerade den. Nu visas de sparade uppgifterna; gör din ändring igen om den fortfarande behövs.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="251"/>
        <source>Someone else removed this session while you were editing it.</source>
        <translation>Någon annan tog bort träffen medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/people.py" line="63"/>
        <source>Someone else changed this family&apos;s details while you were editing them. The saved details are shown now; make your change again if it is still needed.</source>
        <translation>Någon annan ändrade familjens uppgifter medan du redigerade dem. Nu visas de sparade uppgifterna; gör din ändring igen om den fortfarande behövs.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/people.py" line="68"/>
        <source>Someone else removed this family while you were editing it.</source>
        <translation>Någon annan tog bort familjen medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/attendance.py" line="73"/>
        <source>Your role in the team lets you record the attendance of the sessions you lead only, and you do not lead this one. Nothing was saved.</source>
        <translation>Din roll i teamet låter dig registrera närvaron bara för de träffar du själv leder, och den här leder du inte. Ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/attendance.py" line="204"/>
        <source>Someone else recorded this session&apos;s attendance while you were entering it. The saved marks are shown now; enter your changes again if they are still needed.</source>
        <translation>Någon annan registrerade närvaron för träffen medan du fyllde i den. Nu visas de sparade markeringarna; gör dina ändringar igen om de fortfarande behövs.</translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="31"/>
        <source>“{text}” is not a date; write e.g. 6.1.2027.</source>
        <translation>”{text}” är inget datum; skriv t.ex. 6.1.2027.</translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="32"/>
        <source>“{text}” is not a date: month {month}/{year} has {days} days.</source>
        <translation>”{text}” är inget datum: månaden {month}/{year} har {days} dagar.</translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="35"/>
        <source>“{text}” is not a time; write e.g. 9.30 or 930.</source>
        <translation>”{text}” är ingen tid; skriv t.ex. 9.30 eller 930.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="105"/>
        <source>Someone else changed one of these families while you were merging them. Look at them again and merge if it is still needed.</source>
        <translation>Någon annan ändrade en av familjerna medan du höll på att slå ihop dem. Titta på dem igen och slå ihop om det fortfarande behövs.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="144"/>
        <source>A family cannot be merged with itself.</source>
        <translation>En familj kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="150"/>
        <source>A family whose personal data was erased cannot be merged.</source>
        <translation>En familj vars personuppgifter har raderats kan inte slås ihop.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/bookings.py" line="47"/>
        <source>The change books someone or a place twice; confirm it before saving.</source>
        <translation>Ändringen ger en dubbelbokning; bekräfta den innan du sparar.</translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="33"/>
        <source>The calendar server address {url} must start with https:// and name a server.</source>
        <translation>Kalenderserverns adress {url} måste börja med https:// och ange en server.</translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="36"/>
        <source>The calendar server address must not contain a user name or password: enter them in their own fields.</source>
        <translation>Kalenderserverns adress får inte innehålla användarnamn eller lösenord: skriv dem i sina egna fält.</translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="41"/>
        <source>The calendar server address {url} starts with http://, which would send the password unencrypted: use https:// (http:// is allowed only to this computer itself).</source>
        <translation>Kalenderserverns adress {url} börjar med http://, så lösenordet skulle skickas okrypterat: använd https:// (http:// tillåts bara till den här datorn själv).</translation>
    </message>
    <message>
        <location filename="../../storage/locations.py" line="48"/>
        <source>The database URL {url} has options in it. Give an SQLite database by its file&apos;s path alone, for example sqlite:////home/me/ryhmat.sqlite3.</source>
        <translation>Databasadressen {url} innehåller tilläggsinställningar. Ange en SQLite-databas enbart med filens sökväg, till exempel sqlite:////home/me/ryhmat.sqlite3.</translation>
    </message>
    <message>
        <location filename="../../storage/locations.py" line="60"/>
        <source>The database URL {url} has a NUL character (%00) in its file name. Give an SQLite database by its file&apos;s path alone.</source>
        <translation>Filnamnet i databasadressen {url} innehåller ett NUL-tecken (%00). Ange en SQLite-databas enbart med filens sökväg.</translation>
    </message>
    <message>
        <location filename="../../storage/postgresql_schema.py" line="157"/>
        <source>The database {name} holds triggers, functions, views or tables that Ryhmät did not make, so Ryhmät does not start on it. Ask the database&apos;s administrator to remove them.</source>
        <translation>Databasen {name} innehåller triggrar, funktioner, vyer eller tabeller som Ryhmät inte har skapat, så Ryhmät öppnar den inte. Be databasens administratör att ta bort dem.</translation>
    </message>
    <message>
        <location filename="../../storage/sqlite_schema.py" line="142"/>
        <source>The database {name} has been changed outside Ryhmät: it holds tables, triggers or other parts that Ryhmät did not make. It was not opened, and it was not changed.</source>
        <translation>Databasen {name} har ändrats utanför Ryhmät: den innehåller tabeller, triggrar eller andra delar som Ryhmät inte har skapat. Den öppnades inte och ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="329"/>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>PDF-filen kunde inte sparas till {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="26"/>
        <source>The database is busy: another user or program is saving at this moment. Nothing was saved; try again in a moment.</source>
        <translation>Databasen är upptagen: en annan användare eller ett annat program sparar just nu. Ingenting sparades; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="31"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken är full. Ingenting sparades; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="34"/>
        <source>The database could not be read or written (an input/output error). Nothing was saved; check the disk or the network drive and try again.</source>
        <translation>Databasen kunde inte läsas eller skrivas (ett in- eller utmatningsfel). Ingenting sparades; kontrollera disken eller nätverksenheten och försök igen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="39"/>
        <source>The database file could not be opened or written: it may be read-only, moved or deleted, or its drive may have been disconnected. Nothing was saved; check the file and its drive, then try again.</source>
        <translation>Databasfilen kunde inte öppnas eller skrivas: den kan vara skrivskyddad, flyttad eller raderad, eller så kan dess enhet ha kopplats bort. Ingenting sparades; kontrollera filen och dess enhet och försök igen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="45"/>
        <source>The database server cannot be reached: it may be restarting, or the network connection is down. Nothing was saved; try again in a moment.</source>
        <translation>Databasservern kan inte nås: den kan hålla på att starta om, eller så är nätverksanslutningen bruten. Ingenting sparades; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="50"/>
        <source>Your role in the team does not allow this. Nothing was saved; ask the team&apos;s admin if you need it.</source>
        <translation>Din roll i teamet tillåter inte detta. Ingenting sparades; fråga teamets administratör om du behöver det.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="55"/>
        <source>The database server did not accept the user name or password.</source>
        <translation>Databasservern godkände inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="32"/>
        <source>The database is open in another Ryhmät window, and this window is read-only. Nothing was saved; make the change in the other window.</source>
        <translation>Databasen är öppen i ett annat Ryhmät-fönster, och det här fönstret är skrivskyddat. Inget sparades; gör ändringen i det andra fönstret.</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="39"/>
        <source>The database is open in another Ryhmät window, and this window is read-only: it cannot log who reads families&apos; personal data, so it does not show them. Use the other window.</source>
        <translation>Databasen är öppen i ett annat Ryhmät-fönster och det här fönstret är skrivskyddat: det kan inte logga vem som läser familjers personuppgifter och visar dem därför inte. Använd det andra fönstret.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/usage_log.py" line="115"/>
        <source>No family is named {name}.</source>
        <translation>Det finns ingen familj som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/usage_log.py" line="147"/>
        <source>The usage log&apos;s retention period must be between 1 and {most} years.</source>
        <translation>Användningsloggens lagringstid ska vara 1–{most} år.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_record.py" line="75"/>
        <source>No family is named “{name}”.</source>
        <translation>Det finns ingen familj som heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_record.py" line="78"/>
        <source>{count} families are named “{name}”: save the one you mean from its window in the app.</source>
        <translation>{count} familjer heter ”{name}”: spara den rätta familjens uppgifter från dess fönster i appen.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="129"/>
        <source>No password was given on standard input.</source>
        <translation>Inget lösenord gavs på standard in.</translation>
    </message>
    <message>
        <location filename="../../domain/team.py" line="52"/>
        <source>“{login}” cannot be a login name: use 1–63 lower-case letters a–z, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter, and not starting with pg_ or ryhmat_.</source>
        <translation>”{login}” kan inte vara ett användarnamn: använd 1–63 små bokstäver a–z, siffror, &apos;_&apos;, &apos;.&apos; eller &apos;-&apos;, börja med en bokstav och inte med pg_ eller ryhmat_.</translation>
    </message>
    <message>
        <location filename="../../domain/team.py" line="65"/>
        <source>A password must be at least 12 characters long, on one line.</source>
        <translation>Ett lösenord måste vara minst 12 tecken långt, på en rad.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="67"/>
        <source>The person&apos;s full name is missing.</source>
        <translation>Personens fullständiga namn saknas.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="72"/>
        <source>The login “{login}” is already in the team.</source>
        <translation>Användarnamnet ”{login}” finns redan i teamet.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="77"/>
        <source>No organisation is named “{name}”.</source>
        <translation>Ingen organisation heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="83"/>
        <source>No worker is named “{name}”.</source>
        <translation>Ingen anställd heter ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="103"/>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte samma.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="126"/>
        <source>No one in the team signs in as “{login}”.</source>
        <translation>Ingen i teamet loggar in som ”{login}”.</translation>
    </message>
    <message>
        <location filename="../../storage/credentials.py" line="34"/>
        <source>The database server did not accept the password of {login}.</source>
        <translation>Databasservern godkände inte lösenordet för {login}.</translation>
    </message>
    <message>
        <location filename="../../storage/team.py" line="83"/>
        <source>Team accounts are for a shared PostgreSQL database; this database is a file on this computer for one person.</source>
        <translation>Teamkonton är för en gemensam PostgreSQL-databas; den här databasen är en fil på den här datorn för en person.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/follow_ups.py" line="46"/>
        <source>The follow-up period must be between 1 and {most} months.</source>
        <translation>Uppföljningstiden måste vara mellan 1 och {most} månader.</translation>
    </message>
    <message>
        <location filename="../../cli/programme.py" line="40"/>
        <source>The group “{name}” has no seasons yet.</source>
        <translation>Gruppen ”{name}” har inga terminer ännu.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="83"/>
        <source>Starting at {start}, the session would end after midnight.</source>
        <translation>Om träffen börjar kl. {start} skulle den sluta först efter midnatt.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="113"/>
        <source>This session has been held and its attendance recorded, so it stays where it was. Nothing was moved.</source>
        <translation>Träffen har redan hållits och närvaron är registrerad, så den stannar där den är. Ingenting flyttades.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="121"/>
        <source>A cancelled session is not moved. Restore it first in its own window if it will be held after all. Nothing was moved.</source>
        <translation>En inställd träff flyttas inte. Återställ den först i dess eget fönster om den ändå hålls. Ingenting flyttades.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="206"/>
        <source>Evaluation: %1</source>
        <translation>Utvärdering: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="213"/>
        <source>The season has not ended yet: the feedback forms can be counted in after each session, the evaluation written when it has ended.</source>
        <translation>Terminen har inte slutat ännu: responsblanketterna kan föras in efter varje träff, utvärderingen när terminen har slutat.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="223"/>
        <source>The answers and goals go to the reports and the summary for the board: write about the group, never a family&apos;s name.</source>
        <translation>Svaren och målen syns i rapporterna och i styrelsens sammandrag: skriv om gruppen, aldrig en familjs namn.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="250"/>
        <source>No goals were set for this season.</source>
        <translation>Inga mål sattes för terminen.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="251"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="252"/>
        <source>How it went</source>
        <translation>Hur det gick</translation>
    </message>
</context>
<context>
    <name>FamiliesOnRostersOnly</name>
    <message>
        <location filename="../../ui/people/roster_only.py" line="18"/>
        <source>As a volunteer you see the families of the sessions you lead on their attendance lists: open a session&apos;s attendance from the calendar (Ctrl+R) or from the list of sessions not recorded. The families&apos; other details are kept by the group&apos;s workers.</source>
        <translation>Som frivillig ser du familjerna på närvarolistorna för de träffar du leder: öppna en träffs närvaro från kalendern (Ctrl+R) eller från listan över träffar som inte är registrerade. Familjernas övriga uppgifter sköts av gruppens anställda.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../../ui/people/families_page.py" line="39"/>
        <source>Families</source>
        <translation>Familjer</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="42"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="45"/>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="49"/>
        <source>Adults</source>
        <translation>Vuxna</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="50"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="51"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="55"/>
        <source>&amp;New family…</source>
        <translation>&amp;Ny familj…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="57"/>
        <source>Edi&amp;t family…</source>
        <translation>Re&amp;digera familj…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="58"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importera namnlista…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="60"/>
        <source>&amp;Merge families…</source>
        <translation>&amp;Slå ihop familjer…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="61"/>
        <source>Merge a family recorded twice into the chosen one</source>
        <translation>Slå ihop en familj som registrerats två gånger med den valda</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="86"/>
        <source>not given</source>
        <translation>inte given</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="117"/>
        <source>Choose the family to keep first, then merge.</source>
        <translation>Välj först familjen som ska behållas och slå sedan ihop.</translation>
    </message>
</context>
<context>
    <name>FamiliesPanel</name>
    <message>
        <location filename="../../ui/statistics/families.py" line="60"/>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="62"/>
        <source>&amp;Not seen for:</source>
        <translation>I&amp;nte sedd på:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="80"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="81"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="83"/>
        <source>Attended / offered</source>
        <translation>Deltagit / erbjudits</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="88"/>
        <source>Rate</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="93"/>
        <source>Last seen</source>
        <translation>Senast sedd</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="100"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>FamilyEditor</name>
    <message>
        <location filename="../../ui/people/family_editor.py" line="61"/>
        <source>Edit family</source>
        <translation>Redigera familj</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="61"/>
        <source>New family</source>
        <translation>Ny familj</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="70"/>
        <source>The day the family was given the privacy notice; empty if not yet</source>
        <translation>Dagen då familjen fick dataskyddsbeskrivningen; tom om den inte har getts ännu</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="78"/>
        <source>No health or child-welfare details: only what the group work needs.</source>
        <translation>Inga uppgifter om hälsa eller barnskydd: bara det som gruppverksamheten behöver.</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="82"/>
        <source>Do not write health or child-welfare details here. The family may ask to see everything written about it.</source>
        <translation>Skriv inte uppgifter om hälsa eller barnskydd här. Familjen kan begära att få se allt som har skrivits om den.</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="96"/>
        <source>Family &amp;name:</source>
        <translation>Familjens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="97"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="98"/>
        <source>Privacy notice &amp;given:</source>
        <translation>&amp;Dataskyddsbeskrivning given:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="99"/>
        <source>Ph&amp;oto permission:</source>
        <translation>F&amp;otolov:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="100"/>
        <source>&amp;Contact permission:</source>
        <translation>Kontakt&amp;lov:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="101"/>
        <source>No&amp;tes:</source>
        <translation>Antec&amp;kningar:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="107"/>
        <source>&amp;Family and members</source>
        <translation>&amp;Familj och medlemmar</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="108"/>
        <source>&amp;Enrolments</source>
        <translation>&amp;Anmälningar</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="115"/>
        <source>Erase personal &amp;data…</source>
        <translation>Radera &amp;personuppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="122"/>
        <source>All data as PD&amp;F…</source>
        <translation>Alla uppgifter som PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="125"/>
        <source>Save everything recorded about the family as a PDF, for its access request</source>
        <translation>Spara allt som registrerats om familjen som PDF, för en begäran om insyn</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="133"/>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="135"/>
        <source>&amp;Usage log</source>
        <translation>Användnings&amp;logg</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="251"/>
        <source>Save the family&apos;s data as PDF</source>
        <translation>Spara familjens uppgifter som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="252"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FamilyMatchModel</name>
    <message>
        <location filename="../../ui/people/family_search.py" line="104"/>
        <source>New family: %1</source>
        <translation>Ny familj: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="110"/>
        <source>%1 (on the list already)</source>
        <translation>%1 (redan på listan)</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="122"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="123"/>
        <source>Adults</source>
        <translation>Vuxna</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="124"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="125"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
</context>
<context>
    <name>FamilyReport</name>
    <message>
        <location filename="../../ui/family_report.py" line="40"/>
        <source>not given</source>
        <translation>inte given</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="44"/>
        <source>Family name</source>
        <translation>Familjens namn</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="45"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="46"/>
        <source>Privacy notice given</source>
        <translation>Dataskyddsbeskrivning given</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="48"/>
        <source>Photo permission</source>
        <translation>Fotolov</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="52"/>
        <source>Contact permission</source>
        <translation>Kontaktlov</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="55"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="63"/>
        <source>child</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="65"/>
        <source>adult</source>
        <translation>vuxen</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="82"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="83"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="84"/>
        <source>Born (month/year)</source>
        <translation>Född (månad/år)</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="87"/>
        <source>No members.</source>
        <translation>Inga medlemmar.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="91"/>
        <location filename="../../ui/family_report.py" line="111"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="93"/>
        <source>Enrolled on</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="94"/>
        <source>Left on</source>
        <translation>Slutat</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="105"/>
        <source>No enrolments.</source>
        <translation>Inga anmälningar.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="107"/>
        <source>as a guest</source>
        <translation>som gäst</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="110"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="112"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="113"/>
        <source>Mark</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="124"/>
        <source>No attendance marks.</source>
        <translation>Inga närvaromarkeringar.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="129"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="130"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="131"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="144"/>
        <source>No changes recorded.</source>
        <translation>Inga ändringar har registrerats.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="146"/>
        <source>Everything recorded about the family %1</source>
        <translation>Allt som registrerats om familjen %1</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="147"/>
        <source>Made on %1 from the Ryhmät database, for the family&apos;s request to see its data.</source>
        <translation>Utskrivet %1 ur Ryhmät-databasen, på familjens begäran om insyn i sina uppgifter.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="152"/>
        <source>The family</source>
        <translation>Familjen</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="153"/>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="154"/>
        <source>Enrolments in groups</source>
        <translation>Anmälningar till grupper</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="155"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="156"/>
        <source>Change history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="169"/>
        <source>Data of the family</source>
        <translation>Uppgifter om familjen</translation>
    </message>
</context>
<context>
    <name>FamilySearch</name>
    <message>
        <location filename="../../ui/people/family_search.py" line="182"/>
        <source>Families found</source>
        <translation>Familjer som hittades</translation>
    </message>
</context>
<context>
    <name>FamilyUsagePanel</name>
    <message>
        <location filename="../../ui/usage_log.py" line="62"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="63"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="64"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="70"/>
        <source>Who has read this family&apos;s personal data, when and why, newest first.</source>
        <translation>Vem som har läst familjens personuppgifter, när och varför, nyaste först.</translation>
    </message>
</context>
<context>
    <name>FeedEditor</name>
    <message>
        <location filename="../../ui/feeds/editor.py" line="62"/>
        <source>Edit calendar feed</source>
        <translation>Redigera kalenderflöde</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="62"/>
        <source>New calendar feed</source>
        <translation>Nytt kalenderflöde</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="91"/>
        <source>What it contains</source>
        <translation>Vad det innehåller</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="102"/>
        <source>Show the &amp;leaders&apos; names and titles</source>
        <translation>Visa &amp;ledarnas namn och titlar</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="104"/>
        <source>&amp;Contains:</source>
        <translation>&amp;Innehåller:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="106"/>
        <source>Months &amp;back:</source>
        <translation>Månader &amp;bakåt:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="107"/>
        <source>Months &amp;ahead:</source>
        <translation>Månader &amp;framåt:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="112"/>
        <source>Publishing</source>
        <translation>Publicering</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="114"/>
        <source>A folder that a web server publishes</source>
        <translation>En mapp som en webbserver publicerar</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="115"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="126"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="128"/>
        <source>How often the partners&apos; calendars should fetch the feed again.</source>
        <translation>Hur ofta partnernas kalendrar ska hämta flödet på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="131"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="132"/>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Uppdatera var:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="136"/>
        <source>Calendar server (CalDAV), optional</source>
        <translation>Kalenderserver (CalDAV), valfri</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="141"/>
        <source>The feed&apos;s name</source>
        <translation>Flödets namn</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="146"/>
        <source>The password is kept in this computer&apos;s password store, never in the database.</source>
        <translation>Lösenordet förvaras i datorns lösenordsförråd, aldrig i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="152"/>
        <source>Ser&amp;ver address:</source>
        <translation>Ser&amp;verns adress:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="153"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="154"/>
        <source>Calendar na&amp;me:</source>
        <translation>Kalenderns na&amp;mn:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="155"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="177"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Lämna tomt för att behålla det sparade lösenordet</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="188"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="190"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="191"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Arbetstagare:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="206"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="225"/>
        <source>Folder of the published feed</source>
        <translation>Mapp för det publicerade flödet</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="267"/>
        <source>Enter the calendar server&apos;s address that the password is for.</source>
        <translation>Ange adressen till kalenderservern som lösenordet gäller.</translation>
    </message>
</context>
<context>
    <name>FeedTexts</name>
    <message>
        <location filename="../../ui/feeds/texts.py" line="21"/>
        <source>%1: no longer exists</source>
        <translation>%1: finns inte längre</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/texts.py" line="37"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>FeedbackGrid</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="109"/>
        <source>How many anonymous feedback forms gave each answer; nobody is named.</source>
        <translation>Hur många anonyma responsblanketter gav varje svar; ingen namnges.</translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <location filename="../../ui/feeds/page.py" line="66"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="67"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="69"/>
        <source>Last published</source>
        <translation>Senast publicerat</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="74"/>
        <source>Published to</source>
        <translation>Publicerat till</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="78"/>
        <source>&amp;New feed…</source>
        <translation>&amp;Nytt flöde…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="79"/>
        <source>E&amp;dit feed…</source>
        <translation>Re&amp;digera flöde…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="82"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="111"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="112"/>
        <source>Publish the chosen feed now.</source>
        <translation>Publicera det valda flödet nu.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="114"/>
        <source>Publish &amp;all</source>
        <translation>Publicera &amp;alla</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="117"/>
        <source>New &amp;secret address</source>
        <translation>Ny &amp;hemlig adress</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="118"/>
        <source>Click again: the old address &amp;stops working</source>
        <translation>Klicka igen: den gamla adressen &amp;slutar fungera</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="123"/>
        <source>Gives the chosen feed a new secret file name and publishes it there. The old address stops working: every partner needs the new one.</source>
        <translation>Ger det valda flödet ett nytt hemligt filnamn och publicerar det där. Den gamla adressen slutar fungera: alla partner behöver den nya.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="143"/>
        <source>Not published to a folder</source>
        <translation>Publiceras inte i en mapp</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="146"/>
        <source>Not published to a calendar server</source>
        <translation>Publiceras inte på en kalenderserver</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="148"/>
        <source>Pu&amp;blished file:</source>
        <translation>Publicerad &amp;fil:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="149"/>
        <source>Calendar server add&amp;ress:</source>
        <translation>Kalenderserverns a&amp;dress:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="216"/>
        <source>Delete the calendar feed “%1”? Its published file and its events on the calendar server are removed, so partners no longer see it. This cannot be undone.</source>
        <translation>Ta bort kalenderflödet ”%1”? Den publicerade filen och händelserna på kalenderservern tas bort, så partnerna ser det inte längre. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="219"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="224"/>
        <source>Deleting “%1”…</source>
        <translation>Tar bort ”%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="246"/>
        <source>“%1” is deleted.</source>
        <translation>”%1” är borttaget.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="271"/>
        <source>Making a new secret address…</source>
        <translation>Skapar en ny hemlig adress…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="271"/>
        <source>Publishing…</source>
        <translation>Publicerar…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="284"/>
        <source>“%1”: %2</source>
        <translation>”%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="308"/>
        <source>“%1” has a new secret address: %2. The old address no longer works.</source>
        <translation>”%1” har en ny hemlig adress: %2. Den gamla adressen fungerar inte längre.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="310"/>
        <source>“%1” published to %2</source>
        <translation>”%1” publicerat till %2</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="316"/>
        <source>“%1” on the calendar server: %2</source>
        <translation>”%1” på kalenderservern: %2</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="322"/>
        <source>“%1” has a new secret address.</source>
        <translation>”%1” har en ny hemlig adress.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="328"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="329"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="330"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n borttagen</numerusform>
            <numerusform>%n borttagna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/filters.py" line="50"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="51"/>
        <source>All workers</source>
        <translation>Alla arbetstagare</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="52"/>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="53"/>
        <source>All places</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="54"/>
        <source>&amp;Clear filters</source>
        <translation>Rensa fi&amp;lter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="55"/>
        <source>Show the sessions of every group again</source>
        <translation>Visa alla gruppers träffar igen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="62"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="63"/>
        <source>Wor&amp;ker:</source>
        <translation>Ar&amp;betstagare:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="64"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="65"/>
        <source>P&amp;lace:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="40"/>
        <source>left on %1</source>
        <translation>slutade %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="42"/>
        <source>stopped coming; last came on %1</source>
        <translation>slutat komma; kom senast %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="50"/>
        <source>Follow-up of %1 done</source>
        <translation>Uppföljning av %1 gjord</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="92"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="93"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="95"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="98"/>
        <source>Due since</source>
        <translation>Aktuell sedan</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="108"/>
        <source>&amp;Open family…</source>
        <translation>&amp;Öppna familj…</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="109"/>
        <source>Mark as &amp;done</source>
        <translation>Markera som &amp;gjord</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="147"/>
        <source>Ask these families how they are doing: their work in the group ended the follow-up period ago (they left, or have not come for six weeks while the group met). Only that it was done is recorded.</source>
        <translation>Fråga de här familjerna hur de mår: arbetet i gruppen slutade för uppföljningstiden sedan (de slutade, eller har inte kommit på sex veckor medan gruppen har träffats). Endast att det gjordes registreras.</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="172"/>
        <source>Choose the follow-up that was done first.</source>
        <translation>Välj först den uppföljning som gjordes.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="51"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverad)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="57"/>
        <source>Goals: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="60"/>
        <source>Set at the season&apos;s start: what the group works towards with the families. At the season&apos;s end the evaluation says how each went.</source>
        <translation>Sätts när terminen börjar: vad gruppen arbetar mot tillsammans med familjerna. I utvärderingen vid terminens slut berättas hur varje mål gick.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="81"/>
        <source>Goal %1</source>
        <translation>Mål %1</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="99"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="101"/>
        <source>Seasons</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="104"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="109"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="154"/>
        <source> min per session</source>
        <translation> min per träff</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="157"/>
        <source>Time the leaders spend planning and debriefing each session; the statistics count it for every leader apart from the session&apos;s own time.</source>
        <translation>Tid som ledarna lägger på att planera och gå igenom varje träff; statistiken räknar den för varje ledare skilt från träffens egen tid.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="147"/>
        <source>Capacity counts</source>
        <translation>Kapacitetens enhet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="165"/>
        <source>New o&amp;rganisation…</source>
        <translation>Ny arrang&amp;ör…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="167"/>
        <source>Ne&amp;w place…</source>
        <translation>N&amp;y plats…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="169"/>
        <source>New wor&amp;ker pair…</source>
        <translation>Nytt le&amp;darpar…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="181"/>
        <source>P&amp;ublic: shown in the calendar feed of all public groups</source>
        <translation>&amp;Offentlig: visas i kalenderflödet för alla offentliga grupper</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="194"/>
        <source>all children</source>
        <translation>alla barn</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="195"/>
        <source>the children of its ages on the day</source>
        <translation>barnen i gruppens åldrar den dagen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="196"/>
        <source>no children</source>
        <translation>inga barn</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="201"/>
        <source>Sign-in sheets, the attendance list and named workbooks list these members of the families; anyone already marked is listed too.</source>
        <translation>Deltagarlistor, närvarolistan och arbetsböcker med namn visar dessa medlemmar av familjerna; den som redan har markerats visas alltid.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="209"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="210"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="211"/>
        <source>&amp;Attendance:</source>
        <translation>När&amp;varo:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="212"/>
        <source>&amp;Organisers:</source>
        <translation>&amp;Arrangörer:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="213"/>
        <source>C&amp;hildren&apos;s age:</source>
        <translation>Barn&amp;ens ålder:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="216"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="219"/>
        <source>Planning and de&amp;brief:</source>
        <translation>Planering och e&amp;fterarbete:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="220"/>
        <source>Default &amp;place:</source>
        <translation>Standard&amp;plats:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="221"/>
        <source>Default &amp;leaders:</source>
        <translation>Standard&amp;ledare:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="223"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="224"/>
        <source>For the adults:</source>
        <translation>Vuxna på listan:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="227"/>
        <source>For the children:</source>
        <translation>Barn på listan:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="230"/>
        <source>Eves &amp;skipped:</source>
        <translation>Utel&amp;ämnade aftnar:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="235"/>
        <source>Season</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="237"/>
        <source>Dates</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="241"/>
        <source>Repeats</source>
        <translation>Upprepas</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="248"/>
        <source>Add s&amp;eason…</source>
        <translation>Lä&amp;gg till termin…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="249"/>
        <source>Ed&amp;it season…</source>
        <translation>&amp;Redigera termin…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="253"/>
        <source>Cop&amp;y to a new period…</source>
        <translation>Kop&amp;iera till en ny period…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="259"/>
        <source>Adding the first season saves the group.</source>
        <translation>När du lägger till den första terminen sparas gruppen.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="262"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Mål…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="264"/>
        <source>Feedback &amp;forms…</source>
        <translation>Respons&amp;blanketter…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="265"/>
        <source>Count a session&apos;s feedback forms into the season&apos;s</source>
        <translation>För in en träffs responsblanketter i terminens antal</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="267"/>
        <source>E&amp;valuation…</source>
        <translation>&amp;Utvärdering…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="275"/>
        <source>Print progra&amp;mme…</source>
        <translation>Programblad för famil&amp;jer…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="293"/>
        <location filename="../../ui/groups/group_editor.py" line="295"/>
        <source>none</source>
        <translation>ingen vald</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="305"/>
        <location filename="../../ui/groups/group_editor.py" line="331"/>
        <source>New group</source>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="316"/>
        <location filename="../../ui/groups/group_editor.py" line="433"/>
        <source>Group: %1</source>
        <translation>Grupp: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="324"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="361"/>
        <source>(shown as %1)</source>
        <translation>(visas som %1)</translation>
    </message>
</context>
<context>
    <name>GroupEves</name>
    <message>
        <location filename="../../ui/groups/eves.py" line="62"/>
        <source>as the whole team chooses</source>
        <translation>som hela teamet har valt</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="63"/>
        <source>chosen for this group:</source>
        <translation>valda för den här gruppen:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="64"/>
        <source>Eves skipped</source>
        <translation>Utelämnade aftnar</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups/page.py" line="157"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="158"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="159"/>
        <source>Closures</source>
        <translation>Uppehåll</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/groups/page.py" line="54"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="56"/>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="60"/>
        <source>Being planned: no season has started. Running: a season is on. To be evaluated: the last season has ended without an evaluation. Ended: evaluated, or archived.</source>
        <translation>Planeras: ingen termin har börjat. Pågår: en termin pågår. Ska utvärderas: den senaste terminen har slutat utan utvärdering. Avslutad: utvärderad eller arkiverad.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="65"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="66"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="67"/>
        <source>Organisers</source>
        <translation>Arrangörer</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="69"/>
        <source>Children&apos;s ages</source>
        <translation>Barnens ålder</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="74"/>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="79"/>
        <source>Default leaders</source>
        <translation>Standardledare</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="81"/>
        <source>Default place</source>
        <translation>Standardplats</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="85"/>
        <source>&amp;New group…</source>
        <translation>&amp;Ny grupp…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="86"/>
        <source>E&amp;dit group…</source>
        <translation>Redigera &amp;grupp…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="90"/>
        <source>Du&amp;plicate group…</source>
        <translation>Du&amp;plicera gruppen…</translation>
    </message>
</context>
<context>
    <name>GuestFamilyForm</name>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="122"/>
        <source>Guest family</source>
        <translation>Gästfamilj</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="129"/>
        <source>A family name or a person&apos;s first name</source>
        <translation>Familjens namn eller en persons förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="137"/>
        <source>Add a&amp;dult</source>
        <translation>Lägg till &amp;vuxen</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="139"/>
        <source>Add &amp;child</source>
        <translation>Lägg till &amp;barn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="141"/>
        <source>Add to the &amp;list</source>
        <translation>Lägg till i &amp;listan</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="143"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="149"/>
        <source>&amp;Find the family:</source>
        <translation>&amp;Sök familjen:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="150"/>
        <source>Family &amp;name</source>
        <translation>Fa&amp;miljens namn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="151"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="185"/>
        <source>&amp;Enrol the family in the group from %1</source>
        <translation>&amp;Anmäl familjen till gruppen från %1</translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="29"/>
        <source>Headcount</source>
        <translation>Antal besökare</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="37"/>
        <source>&lt;b&gt;Adults&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vuxna&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="41"/>
        <source>Fathers include stepfathers and foster fathers.</source>
        <translation>Till pappor räknas även styvfäder och fosterfäder.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="44"/>
        <source>&lt;b&gt;Children&lt;/b&gt;</source>
        <translation>&lt;b&gt;Barn&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="47"/>
        <source>&amp;First-time visitors</source>
        <translation>&amp;Förstagångsbesökare</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="75"/>
        <source>Adults %1, children %2, in all %3</source>
        <translation>Vuxna %1, barn %2, totalt %3</translation>
    </message>
</context>
<context>
    <name>HeldElsewhere</name>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="26"/>
        <source>The database %1 is already open in another Ryhmät window.</source>
        <translation>Databasen %1 är redan öppen i ett annat Ryhmät-fönster.</translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="33"/>
        <source>Only one window at a time can save changes to it. You can open it here read-only: you see everything, but cannot save changes.</source>
        <translation>Bara ett fönster åt gången kan spara ändringar i den. Du kan öppna den här skrivskyddad: du ser allt, men kan inte spara ändringar.</translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="40"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/people/history.py" line="42"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="43"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="44"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="54"/>
        <source>Changes to the family&apos;s details, members, enrolments and attendance marks, newest first.</source>
        <translation>Ändringar i familjens uppgifter, medlemmar, anmälningar och närvaromarkeringar, nyaste först.</translation>
    </message>
</context>
<context>
    <name>HistorySentences</name>
    <message>
        <location filename="../../ui/people/history.py" line="86"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="87"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="88"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="89"/>
        <source>privacy notice date</source>
        <translation>datum för dataskyddsbeskrivningen</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="90"/>
        <source>photo permission</source>
        <translation>fotolov</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="91"/>
        <source>contact permission</source>
        <translation>kontaktlov</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="92"/>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="93"/>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="94"/>
        <source>adult or child</source>
        <translation>vuxen eller barn</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="95"/>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="96"/>
        <source>birth year</source>
        <translation>födelseår</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="97"/>
        <source>birth month</source>
        <translation>födelsemånad</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="98"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="99"/>
        <source>enrolment date</source>
        <translation>anmälningsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="100"/>
        <source>leaving date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="107"/>
        <source>a removed member</source>
        <translation>en borttagen medlem</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="110"/>
        <source>a removed group</source>
        <translation>en borttagen grupp</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="118"/>
        <source>Added the family</source>
        <translation>Lade till familjen</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="120"/>
        <source>Changed the %1</source>
        <translation>Ändrade %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="122"/>
        <source>Added member %1</source>
        <translation>Lade till medlemmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="124"/>
        <source>Changed the %1 of %2</source>
        <translation>Ändrade %1 för %2</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="127"/>
        <source>Removed member %1</source>
        <translation>Tog bort medlemmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="129"/>
        <source>New enrolment in %1: %2</source>
        <translation>Ny anmälan till %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="132"/>
        <source>Changed the %1 of the enrolment in %2</source>
        <translation>Ändrade %1 för anmälan till %2</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="135"/>
        <source>Removed the enrolment in %1</source>
        <translation>Tog bort anmälan till %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/history.py" line="139"/>
        <source>Merged a duplicate of the family into it: %n person(s) moved</source>
        <translation>
            <numerusform>Slog ihop en dubblett av familjen med den: %n person flyttades</numerusform>
            <numerusform>Slog ihop en dubblett av familjen med den: %n personer flyttades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="141"/>
        <source>Erased the family&apos;s personal data</source>
        <translation>Raderade familjens personuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="145"/>
        <source>Cleared the mark of %1 at %3 on %4 (was %5)</source>
        <translation>Tog bort markeringen för %1 i %3 den %4 (var %5)</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="147"/>
        <source>Marked %1 %2 at %3 on %4 (was %5)</source>
        <translation>Markerade %1 som %2 i %3 den %4 (var %5)</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="149"/>
        <source>Marked %1 %2 at %3 on %4</source>
        <translation>Markerade %1 som %2 i %3 den %4</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="150"/>
        <source>an unknown day</source>
        <translation>okänt datum</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../labels.py" line="70"/>
        <source>father–child activity</source>
        <translation>pappa–barn-verksamhet</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="71"/>
        <source>open daycare</source>
        <translation>öppet daghem</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="72"/>
        <source>family café</source>
        <translation>familjecafé</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="73"/>
        <source>baby group</source>
        <translation>babygrupp</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="74"/>
        <source>peer group</source>
        <translation>kamratstödsgrupp</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="75"/>
        <source>parent group</source>
        <translation>föräldragrupp</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="76"/>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="77"/>
        <source>named roster</source>
        <translation>namnlista</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="78"/>
        <source>headcount</source>
        <translation>antal besökare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="79"/>
        <source>roster and headcount</source>
        <translation>namnlista och antal besökare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="80"/>
        <source>families</source>
        <translation>familjer</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="81"/>
        <source>persons</source>
        <translation>personer</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="82"/>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="83"/>
        <source>held</source>
        <translation>hållen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="84"/>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="85"/>
        <source>father</source>
        <translation>pappa</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="86"/>
        <source>mother</source>
        <translation>mamma</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="87"/>
        <source>other guardian</source>
        <translation>annan vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="88"/>
        <source>grandparent</source>
        <translation>mor- eller farförälder</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="89"/>
        <source>stepfather</source>
        <translation>styvfar</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="90"/>
        <source>foster father</source>
        <translation>fosterfar</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="91"/>
        <source>under 1 year</source>
        <translation>under 1 år</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="437"/>
        <location filename="../../labels.py" line="92"/>
        <source>1–2 years</source>
        <translation>1–2 år</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="438"/>
        <location filename="../../labels.py" line="93"/>
        <source>3–6 years</source>
        <translation>3–6 år</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="439"/>
        <location filename="../../labels.py" line="94"/>
        <source>7 years or older</source>
        <translation>7 år och äldre</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="95"/>
        <source>enrolled</source>
        <translation>anmäld</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="96"/>
        <source>on the waiting list</source>
        <translation>på väntelistan</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="97"/>
        <location filename="../../labels.py" line="163"/>
        <source>left</source>
        <translation>slutat</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="98"/>
        <source>not asked</source>
        <translation>inte frågat</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="99"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="100"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="101"/>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="102"/>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="103"/>
        <source>excused</source>
        <translation>anmält förhinder</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="104"/>
        <source>family work</source>
        <translation>familjearbete</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="105"/>
        <source>child health clinic</source>
        <translation>rådgivning</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="108"/>
        <source>early childhood education</source>
        <translation>småbarnspedagogik</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="111"/>
        <source>family counselling</source>
        <translation>familjerådgivning</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="114"/>
        <source>association</source>
        <translation>förening</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="115"/>
        <source>parish</source>
        <translation>församling</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="116"/>
        <source>library</source>
        <translation>bibliotek</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="117"/>
        <source>other organisation</source>
        <translation>annan organisation</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="118"/>
        <source>worker</source>
        <translation>arbetstagare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="119"/>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="120"/>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="121"/>
        <source>public holiday</source>
        <translation>helgdag</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="122"/>
        <source>closure</source>
        <translation>uppehåll</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="123"/>
        <source>the group does not meet on this eve</source>
        <translation>gruppen träffas inte på aftonen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="124"/>
        <source>the clocks change that night</source>
        <translation>klockan ställs om den natten</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="125"/>
        <source>left out this season</source>
        <translation>utelämnad denna termin</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="126"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="127"/>
        <location filename="../../labels.py" line="534"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="128"/>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="129"/>
        <source>All public groups</source>
        <translation>Alla offentliga grupper</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="130"/>
        <source>family added</source>
        <translation>familj tillagd</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="131"/>
        <source>family details changed</source>
        <translation>familjens uppgifter ändrade</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="134"/>
        <source>member added</source>
        <translation>medlem tillagd</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="135"/>
        <source>member changed</source>
        <translation>medlem ändrad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="136"/>
        <source>member removed</source>
        <translation>medlem borttagen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="137"/>
        <source>enrolment added</source>
        <translation>anmälan tillagd</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="138"/>
        <source>enrolment changed</source>
        <translation>anmälan ändrad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="139"/>
        <source>enrolment removed</source>
        <translation>anmälan borttagen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="140"/>
        <source>attendance mark changed</source>
        <translation>närvaromarkering ändrad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="141"/>
        <source>personal data erased</source>
        <translation>personuppgifter raderade</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="142"/>
        <source>families merged</source>
        <translation>familjer sammanslagna</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="143"/>
        <source>family opened</source>
        <translation>familjen öppnad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="144"/>
        <source>attendance view opened</source>
        <translation>närvarovyn öppnad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="147"/>
        <source>sign-in sheet printed</source>
        <translation>deltagarlistan utskriven</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="150"/>
        <source>sign-in sheet saved as PDF</source>
        <translation>deltagarlistan sparad som PDF</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="153"/>
        <source>workbook with names exported</source>
        <translation>arbetsbok med namn exporterad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="156"/>
        <source>roster imported</source>
        <translation>namnlista importerad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="157"/>
        <source>family&apos;s data report saved</source>
        <translation>familjens uppgiftsrapport sparad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="160"/>
        <source>follow-ups due listed</source>
        <translation>uppföljningar att göra visade</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="164"/>
        <source>stopped coming</source>
        <translation>slutat komma</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="165"/>
        <source>staff</source>
        <translation>anställd</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="166"/>
        <source>volunteer</source>
        <translation>frivillig</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="167"/>
        <source>student</source>
        <translation>studerande</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="169"/>
        <source>Autumn break</source>
        <translation>Höstlov</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="170"/>
        <source>Christmas break</source>
        <translation>Jullov</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="171"/>
        <source>Winter break</source>
        <translation>Sportlov</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="172"/>
        <source>Summer break</source>
        <translation>Sommaruppehåll</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="173"/>
        <source>The groups of one organisation</source>
        <translation>En organisations grupper</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="176"/>
        <source>Chosen groups</source>
        <translation>Valda grupper</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="177"/>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="178"/>
        <source>leader ill</source>
        <translation>ledaren sjuk</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="179"/>
        <source>closure or holiday</source>
        <translation>uppehåll eller helgdag</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="180"/>
        <source>too few coming</source>
        <translation>för få deltagare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="181"/>
        <source>place not available</source>
        <translation>lokalen inte tillgänglig</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="184"/>
        <source>weather or other force majeure</source>
        <translation>väder eller annat oöverstigligt hinder</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="187"/>
        <source>other reason</source>
        <translation>annan orsak</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="188"/>
        <source>being planned</source>
        <translation>planeras</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="189"/>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="190"/>
        <source>to be evaluated</source>
        <translation>ska utvärderas</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="191"/>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="192"/>
        <source>achieved</source>
        <translation>uppnått</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="193"/>
        <source>partly achieved</source>
        <translation>delvis uppnått</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="194"/>
        <source>not achieved</source>
        <translation>inte uppnått</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="196"/>
        <source>I enjoyed the group</source>
        <translation>Jag trivdes i gruppen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="199"/>
        <source>I got support in being a parent</source>
        <translation>Jag fick stöd i föräldraskapet</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="202"/>
        <source>I got peer support from other parents</source>
        <translation>Jag fick kamratstöd av andra föräldrar</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="205"/>
        <source>I will come again</source>
        <translation>Jag kommer igen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="208"/>
        <source>Child: Was it fun?</source>
        <translation>Barn: Var det roligt?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="211"/>
        <source>adults, 1 = not at all … 5 = fully</source>
        <translation>vuxna, 1 = inte alls … 5 = helt</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="214"/>
        <source>children, a sad, a neutral or a happy face</source>
        <translation>barn, ett ledset, ett neutralt eller ett glatt ansikte</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="228"/>
        <source>{months} mo</source>
        <translation>{months} mån</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="229"/>
        <source>{years} y</source>
        <translation>{years} år</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="230"/>
        <source>at least {age}</source>
        <translation>minst {age}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="231"/>
        <source>at most {age}</source>
        <translation>högst {age}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="168"/>
        <location filename="../../labels.py" line="270"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="278"/>
        <source>Group: {names}</source>
        <translation>Grupp: {names}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="279"/>
        <source>Groups: {names}</source>
        <translation>Grupper: {names}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="282"/>
        <source>Group type: {name}</source>
        <translation>Grupptyp: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="284"/>
        <location filename="../../labels.py" line="450"/>
        <source>Organiser: {name}</source>
        <translation>Arrangör: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="286"/>
        <source>Place: {name}</source>
        <translation>Plats: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="287"/>
        <source>Leader: {name}</source>
        <translation>Ledare: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="293"/>
        <source>Period {first}–{last}</source>
        <translation>Period {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="304"/>
        <source>Their attendance is not in the figures until it is recorded.</source>
        <translation>Deltagarna i dem syns inte i siffrorna förrän närvaron har registrerats.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="327"/>
        <source>Groups kept by headcount alone are left out of the family counts (families, fathers reached, new families, adults and children reached): a headcount names nobody.</source>
        <translation>Grupper som registreras enbart med antal besökare ingår inte i familjesiffrorna (familjer, nådda pappor, nya familjer, nådda vuxna och barn): ett antal besökare namnger ingen.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="336"/>
        <source>Sessions kept by headcount alone are left out of the fill rate where the group&apos;s capacity is in families: a headcount names no family.</source>
        <translation>Träffar som registreras enbart med antal besökare är utelämnade ur beläggningsgraden där gruppens kapacitet anges i familjer: ett antal besökare namnger ingen familj.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="344"/>
        <source>Groups kept by attendance list alone are left out of the first-time visitors, which only a headcount counts.</source>
        <translation>Grupper som registreras enbart med närvarolista ingår inte i förstagångsbesökarna, som bara antalet besökare räknar.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="417"/>
        <source>{rate} – over capacity</source>
        <translation>{rate} – överbeläggning</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="424"/>
        <source>Over capacity: more came than the capacity had room for. Sessions over capacity: {count}.</source>
        <translation>Överbeläggning: fler kom än kapaciteten gav plats för. Överbelagda träffar: {count}.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="434"/>
        <source>A fill rate over 100 % is shown as it is and marked over capacity. Sessions over capacity: {count}.</source>
        <translation>En beläggningsgrad över 100 % visas som den är och markeras som överbeläggning. Överbelagda träffar: {count}.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="441"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="458"/>
        <source>A group that several organisations organise counts under each of them, so the organisers&apos; rows do not add up to the total.</source>
        <translation>En grupp som flera organisationer ordnar tillsammans räknas under var och en av dem, så arrangörernas rader summeras inte till totalen.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="467"/>
        <source>Planning and debrief hours</source>
        <translation>Timmar för planering och efterarbete</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="468"/>
        <source>Hours in all</source>
        <translation>Timmar totalt</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="469"/>
        <source>Leaders</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="470"/>
        <source>Leader</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="471"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="472"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="473"/>
        <source>Leader hours by kind</source>
        <translation>Ledartimmar per typ</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="474"/>
        <source>Cancelled sessions by reason</source>
        <translation>Inställda träffar per orsak</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="476"/>
        <source>the length of each held session, for every leader of it</source>
        <translation>längden på varje hållen träff, för var och en av dess ledare</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="479"/>
        <source>the group&apos;s planning and debrief time for each held session, for every leader of it; not included in the leader hours</source>
        <translation>gruppens tid för planering och efterarbete för varje hållen träff, för var och en av dess ledare; ingår inte i ledartimmarna</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="484"/>
        <source>the hours of the staff, the volunteers and the students who led sessions</source>
        <translation>timmarna för de anställda, frivilliga och studerande som ledde träffar</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="487"/>
        <source>cancelled sessions by the kind of reason chosen when cancelling; those cancelled before reasons were grouped are “not given”</source>
        <translation>inställda träffar efter den typ av orsak som valdes vid inställandet; de som ställdes in innan orsakerna grupperades är ”inte angiven”</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="495"/>
        <source>Staff</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="496"/>
        <source>Volunteers</source>
        <translation>Frivilliga</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="497"/>
        <source>Students</source>
        <translation>Studerande</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="663"/>
        <source>the {ordinal} Monday of every month</source>
        <translation>{ordinal} måndagen i varje månad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="664"/>
        <source>the {ordinal} Tuesday of every month</source>
        <translation>{ordinal} tisdagen i varje månad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="665"/>
        <source>the {ordinal} Wednesday of every month</source>
        <translation>{ordinal} onsdagen i varje månad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="666"/>
        <source>the {ordinal} Thursday of every month</source>
        <translation>{ordinal} torsdagen i varje månad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="667"/>
        <source>the {ordinal} Friday of every month</source>
        <translation>{ordinal} fredagen i varje månad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="668"/>
        <source>the {ordinal} Saturday of every month</source>
        <translation>{ordinal} lördagen i varje månad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="669"/>
        <source>the {ordinal} Sunday of every month</source>
        <translation>{ordinal} söndagen i varje månad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="672"/>
        <source>the last Monday of the month</source>
        <translation>sista måndagen i månaden</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="673"/>
        <source>the last Tuesday of the month</source>
        <translation>sista tisdagen i månaden</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="674"/>
        <source>the last Wednesday of the month</source>
        <translation>sista onsdagen i månaden</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="675"/>
        <source>the last Thursday of the month</source>
        <translation>sista torsdagen i månaden</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="676"/>
        <source>the last Friday of the month</source>
        <translation>sista fredagen i månaden</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="677"/>
        <source>the last Saturday of the month</source>
        <translation>sista lördagen i månaden</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="678"/>
        <source>the last Sunday of the month</source>
        <translation>sista söndagen i månaden</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="681"/>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="682"/>
        <source>second</source>
        <translation>andra</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="683"/>
        <source>third</source>
        <translation>tredje</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="684"/>
        <source>fourth</source>
        <translation>fjärde</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="685"/>
        <source>last</source>
        <translation>sista</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="271"/>
        <source>Families</source>
        <translation>Familjer</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="280"/>
        <source>Fathers reached</source>
        <translation>Nådda pappor</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="281"/>
        <source>different fathers (stepfathers and foster fathers too) present at least once in the period, from the attendance lists</source>
        <translation>olika pappor (även styvfäder och fosterfäder) närvarande minst en gång under perioden, enligt närvarolistorna</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="289"/>
        <source>New families</source>
        <translation>Nya familjer</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="298"/>
        <source>Adults reached</source>
        <translation>Nådda vuxna</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="299"/>
        <source>different adults present at least once in the period, from the attendance lists</source>
        <translation>olika vuxna närvarande minst en gång under perioden, enligt närvarolistorna</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="306"/>
        <source>Children reached</source>
        <translation>Nådda barn</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="307"/>
        <source>different children present at least once in the period, from the attendance lists</source>
        <translation>olika barn närvarande minst en gång under perioden, enligt närvarolistorna</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="314"/>
        <source>First-time visitors</source>
        <translation>Förstagångsbesökare</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="272"/>
        <source>different families with someone present at least once in the period, from the attendance lists</source>
        <translation>olika familjer med någon närvarande minst en gång under perioden, enligt närvarolistorna</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="226"/>
        <source>Sessions held</source>
        <translation>Hållna träffar</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="227"/>
        <source>sessions of the period that were held</source>
        <translation>periodens träffar som hölls</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="231"/>
        <source>Sessions cancelled</source>
        <translation>Inställda träffar</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="232"/>
        <source>sessions of the period that were cancelled</source>
        <translation>periodens träffar som ställdes in</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="236"/>
        <source>Sessions not recorded</source>
        <translation>Ej registrerade träffar</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="237"/>
        <source>past sessions, not cancelled, with neither attendance marks nor a headcount: their visits are in no figure</source>
        <translation>tidigare träffar som inte ställts in och som saknar både närvaro och antal besökare: deras besök finns inte i någon siffra</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="245"/>
        <source>Visits, adults</source>
        <translation>Besök, vuxna</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="246"/>
        <source>adults present in held sessions: a headcount&apos;s adults, else the adults marked present on the list</source>
        <translation>vuxna närvarande vid hållna träffar: de vuxna i antalet besökare, annars de vuxna som markerats närvarande på listan</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="254"/>
        <source>Visits, children</source>
        <translation>Besök, barn</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="255"/>
        <source>children present in held sessions: a headcount&apos;s children, else the children marked present on the list</source>
        <translation>barn närvarande vid hållna träffar: barnen i antalet besökare, annars de barn som markerats närvarande på listan</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="263"/>
        <source>Visits in all</source>
        <translation>Besök totalt</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="264"/>
        <source>adults&apos; and children&apos;s visits together: someone who came ten times is ten visits</source>
        <translation>vuxnas och barns besök tillsammans: den som kommit tio gånger är tio besök</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="330"/>
        <source>how full the held sessions with a capacity were, like with like: the families present against a capacity in families, the visits against one in persons (a place&apos;s capacity is in persons); over 100 % is over capacity</source>
        <translation>hur fulla de hållna träffarna med en kapacitet var, lika mot lika: närvarande familjer mot en kapacitet i familjer, besök mot en kapacitet i personer (en lokals kapacitet anges i personer); över 100 % är överbeläggning</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="341"/>
        <source>Sessions over capacity</source>
        <translation>Överbelagda träffar</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="342"/>
        <source>held sessions that more came to than their capacity had room for</source>
        <translation>hållna träffar som fler kom till än kapaciteten gav plats för</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="346"/>
        <source>Attendance rate</source>
        <translation>Deltagandegrad</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="347"/>
        <source>of the families enrolled in a group on the day of each held session, the share present, over all its sessions (groups with an attendance list)</source>
        <translation>andelen närvarande av de familjer som var inskrivna i gruppen på dagen för varje hållen träff, över alla träffar (grupper med namnlista)</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="410"/>
        <source>Visits by role</source>
        <translation>Besök per roll</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="411"/>
        <source>adults&apos; visits by their role: in groups with an attendance list from the roles in the families&apos; records (stepfathers and foster fathers as fathers), in headcounts from the leaders&apos; count; not given: no role recorded</source>
        <translation>vuxnas besök efter roll: i grupper med närvarolista enligt rollen i familjernas uppgifter (styvfäder och fosterfäder som pappor), i antal besökare enligt ledarnas räkning; inte angiven: ingen roll antecknad</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="418"/>
        <source>Fathers</source>
        <translation>Pappor</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="419"/>
        <source>Mothers</source>
        <translation>Mammor</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="420"/>
        <source>Other guardians</source>
        <translation>Andra vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="421"/>
        <source>Grandparents</source>
        <translation>Mor- och farföräldrar</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="422"/>
        <location filename="../../domain/statistics.py" line="440"/>
        <source>Not given</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="428"/>
        <source>Visits by age band</source>
        <translation>Besök per åldersgrupp</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="429"/>
        <source>children&apos;s visits by their age on the day of the session: in groups with an attendance list from the birth dates in the families&apos; records, in headcounts from the leaders&apos; count; not given: no birth year recorded</source>
        <translation>barnens besök efter ålder på träffens dag: i grupper med närvarolista enligt födelsedatum i familjernas uppgifter, i antal besökare enligt ledarnas räkning; inte angiven: inget födelseår antecknat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="436"/>
        <source>Under 1 year</source>
        <translation>Under 1 år</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="290"/>
        <source>families whose first visit ever to these groups is in the period, from the attendance lists</source>
        <translation>familjer vars första besök någonsin i dessa grupper infaller under perioden, enligt närvarolistorna</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="315"/>
        <source>people the leaders counted on a headcount as there for the first time; nobody is named, so they are not counted as families</source>
        <translation>personer som ledarna räknat som nya i antalet besökare; ingen namnges, så de räknas inte som familjer</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="323"/>
        <source>Average attendance</source>
        <translation>Deltagare i medeltal</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="324"/>
        <source>visits per held session</source>
        <translation>besök per hållen träff</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="329"/>
        <source>Fill rate</source>
        <translation>Beläggningsgrad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="466"/>
        <source>Leader hours</source>
        <translation>Ledartimmar</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="526"/>
        <source>What works well?</source>
        <translation>Vad fungerar bra?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="527"/>
        <source>What could be improved?</source>
        <translation>Vad kan förbättras?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="528"/>
        <source>How do the good changes carry on?</source>
        <translation>Hur bärs de goda förändringarna vidare?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="529"/>
        <source>Evaluations</source>
        <translation>Utvärderingar</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="530"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="531"/>
        <source>Participants&apos; feedback</source>
        <translation>Deltagarnas respons</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="533"/>
        <source>Season</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="535"/>
        <source>First day</source>
        <translation>Började</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="536"/>
        <source>Last day</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="537"/>
        <source>Evaluated</source>
        <translation>Utvärderad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="538"/>
        <source>not evaluated</source>
        <translation>inte utvärderad</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="539"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="540"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="541"/>
        <source>Average</source>
        <translation>Medeltal</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="542"/>
        <source>Anonymous feedback forms counted: how many gave each answer. Adults answer from 1 (not at all) to 5 (fully); children point at a face, 1 sad, 2 neutral, 3 happy.</source>
        <translation>Anonyma responsblanketter räknade: hur många gav varje svar. Vuxna svarar från 1 (inte alls) till 5 (helt); barn pekar på ett ansikte, 1 ledset, 2 neutralt, 3 glatt.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="548"/>
        <source>sad</source>
        <translation>ledset</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="549"/>
        <source>neutral</source>
        <translation>neutralt</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="550"/>
        <source>happy</source>
        <translation>glatt</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="657"/>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Ryhmät (read-only)</source>
        <translation>Ryhmät (skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Read-only: the database is open in another window</source>
        <translation>Skrivskyddad: databasen är öppen i ett annat fönster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Workers and pairs</source>
        <translation>Arbetstagare och arbetspar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Families</source>
        <translation>Familjer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Calendar feeds</source>
        <translation>Kalenderflöden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Your account</source>
        <translation>Ditt konto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Load demo data</source>
        <translation>Läs in exempeldata</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Säkerhetskopiera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Only an SQLite database file is restored here; restore a PostgreSQL database with pg_restore (see the README).</source>
        <translation>Här återställs endast en SQLite-databasfil; återställ en PostgreSQL-databas med pg_restore (se README).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>&amp;Find in the list</source>
        <translation>&amp;Sök i listan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>&amp;New in this view…</source>
        <translation>&amp;Ny i den här vyn…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>&amp;Search everything…</source>
        <translation>Sök &amp;överallt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Find a group, a session, a family or a worker (%1)</source>
        <translation>Sök en grupp, en träff, en familj eller en arbetstagare (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Kortkommandon…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>&amp;About Ryhmät…</source>
        <translation>&amp;Om Ryhmät…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681"/>
        <source>Ryhmät databases (*.sqlite3 *.db)</source>
        <translation>Ryhmät-databaser (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Ryhmät backup %1</source>
        <translation>Ryhmät säkerhetskopia %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="717"/>
        <location filename="../../ui/main_window.py" line="745"/>
        <source>Backed up to %1</source>
        <translation>Säkerhetskopierad till %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The database is empty. You can start with demo data of a fictional municipality, or add your own groups.</source>
        <translation>Databasen är tom. Du kan börja med exempeldata från en fiktiv kommun eller lägga till egna grupper.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>The automatic backup was not made: %1</source>
        <translation>Den automatiska säkerhetskopian gjordes inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <location filename="../../ui/main_window.py" line="782"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>The current data will be replaced by the backup of %1.

A copy of the current data is saved first in the backups folder.</source>
        <translation>De nuvarande uppgifterna ersätts med säkerhetskopian från %1.

En kopia av de nuvarande uppgifterna sparas först i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802"/>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="817"/>
        <source>The backup is restored; the data it replaced is saved in %1</source>
        <translation>Säkerhetskopian är återställd; uppgifterna den ersatte har sparats i %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="835"/>
        <source>Creating demo data…</source>
        <translation>Skapar exempeldata…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="849"/>
        <source>Demo data created.</source>
        <translation>Exempeldata skapad.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="56"/>
        <source>Adult&apos;s first name</source>
        <translation>Den vuxnas förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="59"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="64"/>
        <source>Child&apos;s first name</source>
        <translation>Barnets förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="67"/>
        <source>birth year</source>
        <translation>födelseår</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="70"/>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="71"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="72"/>
        <source>Birth month</source>
        <translation>Födelsemånad</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="76"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="77"/>
        <source>Remove this person</source>
        <translation>Ta bort den här personen</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/people/members.py" line="77"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="78"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="79"/>
        <source>Adult or child</source>
        <translation>Vuxen eller barn</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="80"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="81"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="82"/>
        <source>Birth month</source>
        <translation>Födelsemånad</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="173"/>
        <source>adult</source>
        <translation>vuxen</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="173"/>
        <source>child</source>
        <translation>barn</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../ui/people/members.py" line="282"/>
        <source>Add &amp;adult</source>
        <translation>Lägg till &amp;vuxen</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="284"/>
        <source>Add &amp;child</source>
        <translation>Lägg till &amp;barn</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="286"/>
        <source>&amp;Remove member</source>
        <translation>Ta bort &amp;medlem</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="291"/>
        <source>Saving also removes the attendance marks of the removed members.</source>
        <translation>När du sparar tas också de borttagna medlemmarnas närvaromarkeringar bort.</translation>
    </message>
</context>
<context>
    <name>MergeFamiliesDialog</name>
    <message>
        <location filename="../../ui/people/merging.py" line="53"/>
        <location filename="../../ui/people/merging.py" line="153"/>
        <source>Merge families</source>
        <translation>Slå ihop familjer</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="59"/>
        <source>The duplicate&apos;s name or a person&apos;s name</source>
        <translation>Dubblettens namn eller en persons namn</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="68"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå ihop…</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="76"/>
        <source>Keep:</source>
        <translation>Familjen som behålls:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="77"/>
        <source>&amp;Duplicate:</source>
        <translation>&amp;Familjen som slås ihop:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="103"/>
        <source>The duplicate %1 moves into %2 and is then deleted.</source>
        <translation>Dubbletten %1 slås ihop med %2 och raderas sedan.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="106"/>
        <source>People: %1</source>
        <translation>Personer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="112"/>
        <source>Enrolment in %1: made one with %2&apos;s (%3)</source>
        <translation>Anmälan till %1: slås ihop med anmälan för %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="114"/>
        <source>Enrolment in %1: moves (%3)</source>
        <translation>Anmälan till %1: flyttas (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="117"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="129"/>
        <source>Attendance marks, headcounts and the change history are kept; the people keep their codes.</source>
        <translation>Närvaromarkeringar, antal besökare och ändringshistorik bevaras; personerna behåller sina koder.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="137"/>
        <source>child</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="139"/>
        <source>adult</source>
        <translation>vuxen</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="155"/>
        <source>Merge the family %1 into the family %2? %1 is deleted; its people, enrolments and history move to %2. This cannot be undone.</source>
        <translation>Slå ihop familjen %1 med familjen %2? %1 raderas; dess personer, anmälningar och historik flyttas till %2. Detta kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="163"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="164"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="25"/>
        <location filename="../../ui/messages.py" line="22"/>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="60"/>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app.py" line="49"/>
        <source>The database could not be opened.</source>
        <translation>Databasen kunde inte öppnas.</translation>
    </message>
</context>
<context>
    <name>OptionalSpinBox</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="38"/>
        <source>none</source>
        <translation>ingen gräns</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="218"/>
        <source>Edit organisation</source>
        <translation>Redigera organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="218"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="224"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="225"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>OwnAccount</name>
    <message>
        <location filename="../../ui/team.py" line="278"/>
        <source>You sign in to the team database as %1.</source>
        <translation>Du loggar in i teamets databas som %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation>Byt mitt &amp;lösenord…</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../ui/team.py" line="301"/>
        <source>Change my password</source>
        <translation>Byt mitt lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="315"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="316"/>
        <source>The &amp;same again:</source>
        <translation>&amp;Samma igen:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="320"/>
        <source>At least 12 characters: a few words of your own are easy to remember.</source>
        <translation>Minst 12 tecken: några egna ord är lätta att komma ihåg.</translation>
    </message>
</context>
<context>
    <name>PairEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="128"/>
        <source>Edit pair</source>
        <translation>Redigera arbetspar</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="128"/>
        <source>New pair</source>
        <translation>Nytt arbetspar</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="140"/>
        <source>For example a family worker and a public health nurse who lead together.</source>
        <translation>Till exempel en familjearbetare och en hälsovårdare som leder tillsammans.</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="144"/>
        <source>New &amp;worker…</source>
        <translation>&amp;Ny arbetstagare…</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="145"/>
        <source>A worker who is not in the lists yet</source>
        <translation>En arbetstagare som ännu inte finns i listorna</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="148"/>
        <source>&amp;First worker:</source>
        <translation>&amp;Första arbetstagare:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="149"/>
        <source>Se&amp;cond worker:</source>
        <translation>&amp;Andra arbetstagare:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="194"/>
        <source>Choose both workers.</source>
        <translation>Välj båda arbetstagarna.</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <location filename="../../ui/password.py" line="26"/>
        <source>Sign in to the team database</source>
        <translation>Logga in i teamets databas</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="27"/>
        <source>Password of %1 for the database %2:</source>
        <translation>Lösenord för %1 till databasen %2:</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="31"/>
        <source>The password was not accepted. Type it again.</source>
        <translation>Lösenordet godkändes inte. Skriv det igen.</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="35"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="36"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PersonUsageDialog</name>
    <message>
        <location filename="../../ui/usage_log.py" line="102"/>
        <source>Usage log</source>
        <translation>Användningslogg</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="108"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="109"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="110"/>
        <source>Families</source>
        <translation>Familjer</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="115"/>
        <source>Nothing has been logged yet.</source>
        <translation>Inget har loggats ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="119"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="25"/>
        <source>Edit place</source>
        <translation>Redigera plats</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="25"/>
        <source>New place</source>
        <translation>Ny plats</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="30"/>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="34"/>
        <source>The room&apos;s capacity, in persons. A group&apos;s own capacity, in families or persons, is set in the group and counts first.</source>
        <translation>Lokalens kapacitet, i personer. Gruppens egen kapacitet, i familjer eller personer, anges i gruppen och gäller i första hand.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="40"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="41"/>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="42"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <location filename="../../ui/groups/places.py" line="26"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="27"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="29"/>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="36"/>
        <source>&amp;New place…</source>
        <translation>&amp;Ny plats…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="37"/>
        <source>E&amp;dit place…</source>
        <translation>Re&amp;digera plats…</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="14"/>
        <source>%n chosen date(s)</source>
        <translation>
            <numerusform>%n valt datum</numerusform>
            <numerusform>%n valda datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="17"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>varje vecka</numerusform>
            <numerusform>med %n veckors mellanrum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="21"/>
        <source>Not recorded (%n)</source>
        <translation>
            <numerusform>Ej registrerad (%n)</numerusform>
            <numerusform>Ej registrerade (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="25"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Uppföljningar att göra (%n)</numerusform>
            <numerusform>Uppföljningar att göra (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="29"/>
        <source>Evaluations due (%n)</source>
        <translation>
            <numerusform>Ska utvärderas (%n)</numerusform>
            <numerusform>Ska utvärderas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="33"/>
        <source>%n planned session(s) fall on “%1” and will be cancelled:</source>
        <translation>
            <numerusform>%n planerad träff infaller under ”%1” och ställs in:</numerusform>
            <numerusform>%n planerade träffar infaller under ”%1” och ställs in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="37"/>
        <source>%n session(s) will be planned again:</source>
        <translation>
            <numerusform>%n träff blir planerad igen:</numerusform>
            <numerusform>%n träffar blir planerade igen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="40"/>
        <source>%n session(s) not recorded</source>
        <translation>
            <numerusform>%n träff ej registrerad</numerusform>
            <numerusform>%n träffar ej registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="44"/>
        <source>The personal data of %n family(-ies) inactive for the retention period was erased.</source>
        <translation>
            <numerusform>Personuppgifterna om %n familj som varit inaktiv längre än lagringstiden raderades.</numerusform>
            <numerusform>Personuppgifterna om %n familjer som varit inaktiva längre än lagringstiden raderades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="51"/>
        <source>%n families erased after this backup was taken were erased again.</source>
        <translation>
            <numerusform>%n familj vars uppgifter raderades efter att säkerhetskopian togs raderades igen.</numerusform>
            <numerusform>%n familjer vars uppgifter raderades efter att säkerhetskopian togs raderades igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="56"/>
        <source>%n families erased after this copy of the database was made were erased again.</source>
        <translation>
            <numerusform>%n familj vars uppgifter raderades efter att den här kopian av databasen gjordes raderades igen.</numerusform>
            <numerusform>%n familjer vars uppgifter raderades efter att den här kopian av databasen gjordes raderades igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="79"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="82"/>
        <source>Leaders:</source>
        <translation>Ledare:</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="126"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="127"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="128"/>
        <source>Role or age</source>
        <translation>Roll eller ålder</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="129"/>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="130"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="134"/>
        <source>Families not on the list</source>
        <translation>Övriga familjer</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="140"/>
        <location filename="../../ui/printing.py" line="447"/>
        <source>Sign-in sheet</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="155"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="181"/>
        <source>%1 (stepfathers and foster fathers too)</source>
        <translation>%1 (även styvfäder och fosterfäder)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="185"/>
        <source>Children: %1</source>
        <translation>Barn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="188"/>
        <source>First-time visitors</source>
        <translation>Förstagångsbesökare</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="193"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="194"/>
        <source>Tally</source>
        <translation>Streck</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="195"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="197"/>
        <location filename="../../ui/printing.py" line="454"/>
        <source>Headcount tally sheet</source>
        <translation>Blankett för antal besökare</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme_report.py" line="25"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="26"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="27"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="28"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="29"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="30"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="31"/>
        <source>Leaders</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="32"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="33"/>
        <source>No meeting</source>
        <translation>Ingen träff</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="34"/>
        <source>No sessions are planned for this period.</source>
        <translation>Inga träffar är planerade för den här perioden.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="55"/>
        <source>Programme for families</source>
        <translation>Program för familjer</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="77"/>
        <source>&amp;Season:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>Språ&amp;k:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="80"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="82"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="92"/>
        <source>The group has no seasons yet: plan one first.</source>
        <translation>Gruppen har inga terminer ännu: planera en först.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="129"/>
        <source>Save programme as PDF</source>
        <translation>Spara programmet som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="130"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../export/programme_page.py" line="49"/>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="50"/>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="51"/>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="52"/>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="53"/>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="54"/>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="55"/>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="57"/>
        <source>Groups&apos; programme</source>
        <translation>Gruppernas program</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="58"/>
        <source>The groups&apos; coming sessions, and links that add them to your calendar.</source>
        <translation>Gruppernas kommande träffar och länkar som lägger till dem i din kalender.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="61"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="62"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="63"/>
        <source>Add to my calendar</source>
        <translation>Lägg till i min kalender</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="64"/>
        <source>Add all groups to my calendar</source>
        <translation>Lägg till alla grupper i min kalender</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="65"/>
        <source>The link opens the sessions as a calendar file (.ics) in your calendar app. To see changes and cancellations there too, subscribe to the link&apos;s address in your calendar.</source>
        <translation>Länken öppnar träffarna som en kalenderfil (.ics) i din kalenderapp. För att även se ändringar och inställda träffar där, prenumerera på länkens adress i din kalender.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="71"/>
        <source>Upcoming sessions</source>
        <translation>Kommande träffar</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="72"/>
        <source>No upcoming sessions are planned yet.</source>
        <translation>Inga kommande träffar är planerade ännu.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="73"/>
        <source>No groups are published at the moment.</source>
        <translation>Inga grupper är publicerade just nu.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="74"/>
        <source>Next session:</source>
        <translation>Nästa träff:</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="75"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="76"/>
        <source>at %1–%2</source>
        <translation>kl. %1–%2</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="77"/>
        <source>Organisers:</source>
        <translation>Arrangörer:</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="78"/>
        <source>Children&apos;s ages: %1</source>
        <translation>Barnens ålder: %1</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="79"/>
        <source>Sessions up to %1.</source>
        <translation>Träffar till och med %1.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../i18n.py" line="40"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../i18n.py" line="38"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="39"/>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../i18n.py" line="37"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/records.py" line="181"/>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="200"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="202"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="69"/>
        <source>southern Finland</source>
        <translation>södra Finland</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="70"/>
        <source>central Finland</source>
        <translation>mellersta Finland</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="71"/>
        <source>northern Finland</source>
        <translation>norra Finland</translation>
    </message>
</context>
<context>
    <name>RemovalActions</name>
    <message>
        <location filename="../../ui/removal.py" line="98"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="100"/>
        <source>Arc&amp;hive…</source>
        <translation>Arki&amp;vera…</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="102"/>
        <source>Restor&amp;e</source>
        <translation>Åt&amp;erställ</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="104"/>
        <source>Show archi&amp;ved</source>
        <translation>V&amp;isa arkiverade</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="159"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="165"/>
        <source>Delete the group “%1” with its seasons and sessions? This cannot be undone.</source>
        <translation>Ta bort gruppen ”%1” med dess terminer och träffar? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="168"/>
        <source>Delete the season “%1” with its sessions? This cannot be undone.</source>
        <translation>Ta bort terminen ”%1” med dess träffar? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="170"/>
        <source>Delete the place “%1”? This cannot be undone.</source>
        <translation>Ta bort platsen ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="171"/>
        <source>Delete the worker “%1”? This cannot be undone.</source>
        <translation>Ta bort arbetstagaren ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="172"/>
        <source>Delete the pair “%1”? This cannot be undone.</source>
        <translation>Ta bort arbetsparet ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="173"/>
        <source>Delete the organisation “%1”? This cannot be undone.</source>
        <translation>Ta bort organisationen ”%1”? Det går inte att ångra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/removal.py" line="205"/>
        <source>“%1” has %n planned session(s) still to come, which partners&apos; calendars show. Archived, the group no longer meets: mark them cancelled (the calendars show them cancelled), or remove them (they disappear from the calendars).</source>
        <translation>
            <numerusform>”%1” har ännu %n planerad träff framför sig, som syns i partnernas kalendrar. Arkiverad träffas gruppen inte längre: markera träffen som inställd (kalendrarna visar den inställd) eller ta bort den (den försvinner ur kalendrarna).</numerusform>
            <numerusform>”%1” har ännu %n planerade träffar framför sig, som syns i partnernas kalendrar. Arkiverad träffas gruppen inte längre: markera träffarna som inställda (kalendrarna visar dem inställda) eller ta bort dem (de försvinner ur kalendrarna).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="216"/>
        <source>Mark them cancelled</source>
        <translation>Markera som inställda</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="219"/>
        <source>Remove them</source>
        <translation>Ta bort dem</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="226"/>
        <source>The group has ended</source>
        <translation>Gruppen har upphört</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/people/roster_import.py" line="140"/>
        <source>Import a roster</source>
        <translation>Importera en namnlista</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="143"/>
        <source>An .xlsx or .csv file, one row per person</source>
        <translation>En .xlsx- eller .csv-fil, en rad per person</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="144"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="147"/>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="154"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="155"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="163"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="164"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="165"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="180"/>
        <source>Import only the &amp;valid rows</source>
        <translation>Importera endast de &amp;giltiga raderna</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="182"/>
        <source>Families with a problem on any row are left out whole.</source>
        <translation>Familjer med ett problem på någon rad lämnas bort helt.</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="192"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="228"/>
        <location filename="../../ui/people/roster_import.py" line="248"/>
        <source>There are no groups yet: create a group first.</source>
        <translation>Det finns inga grupper ännu: skapa först en grupp.</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="231"/>
        <source>Choose a roster</source>
        <translation>Välj en namnlista</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="234"/>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>Namnlistor (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="234"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="245"/>
        <source>Choose the file to import.</source>
        <translation>Välj filen som ska importeras.</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="269"/>
        <source>Some rows have problems. Correct the file and check it again, or import only the valid rows.</source>
        <translation>Några rader har problem. Rätta filen och kontrollera den igen, eller importera endast de giltiga raderna.</translation>
    </message>
</context>
<context>
    <name>SchoolHolidaysDialog</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="353"/>
        <source>Add the school holidays of a school year</source>
        <translation>Lägg till ett läsårs skollov</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="365"/>
        <source>Week %1 (%2)</source>
        <translation>Vecka %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="368"/>
        <source>School &amp;year:</source>
        <translation>&amp;Läsår:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="369"/>
        <source>&amp;Winter break week:</source>
        <translation>S&amp;portlovsvecka:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Closure</source>
        <translation>Uppehåll</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Note</source>
        <translation>Obs.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="380"/>
        <source>&amp;Add closures</source>
        <translation>Lägg till &amp;uppehållen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="388"/>
        <source>These closures will be added:</source>
        <translation>Dessa uppehåll läggs till:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="392"/>
        <source>Easter needs no closure: its days are public holidays, which every season skips. Breaks added before for the same groups are left out.</source>
        <translation>Påsken behöver inget uppehåll: dess dagar är helgdagar, som varje termin utelämnar. Lov som redan lagts till för samma grupper läggs inte till igen.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="434"/>
        <source>added already</source>
        <translation>redan tillagt</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="463"/>
        <source>the school holidays %1</source>
        <translation>skollov %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="469"/>
        <source>Add the school holidays %1</source>
        <translation>Lägg till skollov %1</translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="198"/>
        <source>&amp;Pauses:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="199"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="200"/>
        <source>&amp;Groups:</source>
        <translation>G&amp;rupper:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search.py" line="138"/>
        <location filename="../../ui/search.py" line="144"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="142"/>
        <source>A group, a family, a worker, a theme or a date (6.1.)</source>
        <translation>En grupp, en familj, en arbetstagare, ett tema eller ett datum (6.1.)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="148"/>
        <source>Found</source>
        <translation>Hittade</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="180"/>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/search.py" line="44"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="45"/>
        <source>Sessions</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="46"/>
        <source>Families</source>
        <translation>Familjer</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="47"/>
        <source>Workers</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="62"/>
        <source>(cancelled)</source>
        <translation>(inställd)</translation>
    </message>
</context>
<context>
    <name>SeasonCopyDialog</name>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="41"/>
        <source>Copy season %1 to a new period</source>
        <translation>Kopiera terminen %1 till en ny period</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="45"/>
        <source>The new season repeats as %1 does, at the same times, with the same place and leaders; its dates move to the period typed here. It is saved only once you have seen its dates and saved it.</source>
        <translation>Den nya terminen upprepas som %1, på samma tider, med samma plats och ledare; dess datum flyttas till perioden som skrivs här. Den sparas först när du har sett dess datum och sparat den.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="53"/>
        <source>e.g. Kevätkausi 2027</source>
        <translation>t.ex. Vårtermin 2027</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="59"/>
        <source>&amp;Preview the copy…</source>
        <translation>Förhandsgranska &amp;kopian…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="62"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="68"/>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="69"/>
        <source>&amp;Last day:</source>
        <translation>Sis&amp;ta dag:</translation>
    </message>
</context>
<context>
    <name>SeriesEditor</name>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="90"/>
        <source>weekly: %1</source>
        <translation>varje vecka: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="180"/>
        <source>Edit season of %1</source>
        <translation>Redigera termin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="180"/>
        <source>New season of %1</source>
        <translation>Ny termin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="191"/>
        <location filename="../../ui/groups/series_editor.py" line="198"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="192"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="199"/>
        <location filename="../../ui/groups/series_editor.py" line="328"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="201"/>
        <source>Planned session</source>
        <translation>Planerad träff</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="208"/>
        <source>Who or where</source>
        <translation>Vem eller var</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="209"/>
        <source>Other group</source>
        <translation>Annan grupp</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="211"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="224"/>
        <source>&amp;Save season</source>
        <translation>&amp;Spara terminen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="228"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="244"/>
        <source>Season</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="246"/>
        <source>e.g. Syyskausi 2026</source>
        <translation>t.ex. Hösten 2026</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="252"/>
        <source>&amp;Weekly on chosen weekdays</source>
        <translation>&amp;Veckovis på valda veckodagar</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="253"/>
        <source>&amp;Every month on one weekday</source>
        <translation>Varje &amp;månad på en veckodag</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="254"/>
        <source>On c&amp;hosen dates</source>
        <translation>På valda &amp;datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="270"/>
        <location filename="../../ui/groups/series_editor.py" line="282"/>
        <source>Group&apos;s default: %1</source>
        <translation>Gruppens standard: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="272"/>
        <location filename="../../ui/groups/series_editor.py" line="284"/>
        <source>Group&apos;s default (none)</source>
        <translation>Gruppens standard (ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="288"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="289"/>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="290"/>
        <source>&amp;Last day:</source>
        <translation>Sis&amp;ta dag:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="296"/>
        <source>Repeats:</source>
        <translation>Upprepas:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="298"/>
        <source>Lea&amp;ve out:</source>
        <translation>&amp;Gruppen träffas inte:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="299"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="300"/>
        <source>Lea&amp;ders:</source>
        <translation>&amp;Ledare:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="301"/>
        <source>&amp;Other leaders:</source>
        <translation>&amp;Andra ledare:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="303"/>
        <source>Not copied, as archived: %1</source>
        <translation>Arkiverade togs inte med: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="329"/>
        <source>reason, e.g. työpari koulutuksessa</source>
        <translation>orsak, t.ex. arbetsparet på utbildning</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="330"/>
        <source>Skip the da&amp;y</source>
        <translation>&amp;Utelämna dagen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="333"/>
        <source>Dates left out</source>
        <translation>Utelämnade datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="335"/>
        <source>&amp;Undo skipping</source>
        <translation>&amp;Ångra utelämnandet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="354"/>
        <source>Workers who lead every session of the season besides the pair above.</source>
        <translation>Arbetstagare som leder varje träff under terminen utöver paret ovan.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="363"/>
        <source>every </source>
        <translation>med </translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="364"/>
        <source> week(s)</source>
        <translation> veckors mellanrum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="366"/>
        <source>every week</source>
        <translation>varje vecka</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="370"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="374"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="375"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="391"/>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="412"/>
        <source>Wee&amp;kday:</source>
        <translation>Vec&amp;kodag:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="432"/>
        <source>&amp;Add date</source>
        <translation>Lä&amp;gg till datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="436"/>
        <source>&amp;Remove date</source>
        <translation>Ta &amp;bort datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="453"/>
        <source>Da&amp;te:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="738"/>
        <source>, to cancel: %1</source>
        <translation>, ställs in %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="743"/>
        <source>, to plan again: %1</source>
        <translation>, planeras igen %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="755"/>
        <source>is cancelled</source>
        <translation>ställs in</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="761"/>
        <source>cancelled already</source>
        <translation>redan inställd</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="763"/>
        <source>held: left as it is</source>
        <translation>hållen: lämnas som den är</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="765"/>
        <source>edited by hand: left as it is</source>
        <translation>ändrad för sig: lämnas som den är</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="767"/>
        <source>recorded: left as it is</source>
        <translation>registrerad: lämnas som den är</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="413"/>
        <location filename="../../ui/groups/series_editor.py" line="456"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Klockslag:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="565"/>
        <source>Write the reason the families are told, e.g. työpari koulutuksessa.</source>
        <translation>Skriv orsaken som familjerna får veta, t.ex. arbetsparet på utbildning.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="651"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="660"/>
        <source>Save despite the &amp;conflicts</source>
        <translation>Spara trots kr&amp;ockarna</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="664"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="666"/>
        <source>Skipped days</source>
        <translation>Utelämnade dagar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/groups/series_editor.py" line="725"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>%n krock</numerusform>
            <numerusform>%n krockar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="725"/>
        <source>No conflicts.</source>
        <translation>Inga krockar.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="732"/>
        <source>Sessions to create: %1, to update: %2, to remove: %3, to keep: %4</source>
        <translation>Träffar: nya %1, ändras %2, tas bort %3, oförändrade %4</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="234"/>
        <source>Session</source>
        <translation>Träff</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="248"/>
        <source>Record &amp;attendance…</source>
        <translation>Registrera &amp;närvaro…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="295"/>
        <source>&amp;Ends</source>
        <translation>Sl&amp;utar</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="299"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="301"/>
        <source>S&amp;tarts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="304"/>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="305"/>
        <source>&amp;Leaders</source>
        <translation>&amp;Ledare</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="306"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="307"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="314"/>
        <source>&amp;Cancel session…</source>
        <translation>Ställ &amp;in träffen…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="316"/>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="323"/>
        <source>Why?</source>
        <translation>Varför?</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="330"/>
        <source>Reason for cancelling, e.g. the leader is ill</source>
        <translation>Orsak till inställandet, t.ex. ledaren är sjuk</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="332"/>
        <source>C&amp;onfirm cancellation</source>
        <translation>Be&amp;kräfta inställandet</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="334"/>
        <source>Keep the session</source>
        <translation>Ställ inte in</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="350"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="380"/>
        <source>No place</source>
        <translation>Ingen plats</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="404"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="416"/>
        <source>A public holiday: %1</source>
        <translation>Helgdag: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="464"/>
        <source>Cancel %1 session</source>
        <translation>Ställ in träff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="466"/>
        <source>Restore %1 session</source>
        <translation>Återställ träff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="468"/>
        <source>Move %1 session</source>
        <translation>Flytta träff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="470"/>
        <source>Edit %1 session</source>
        <translation>Redigera träff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="497"/>
        <source>Saving books someone or a place twice:</source>
        <translation>Om du sparar blir det en dubbelbokning:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="499"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Spara ändå</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="551"/>
        <source>Choose why the session is cancelled.</source>
        <translation>Välj varför träffen ställs in.</translation>
    </message>
</context>
<context>
    <name>SessionEditCommand</name>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="148"/>
        <source>Undoing “%1” books someone or a place twice:</source>
        <translation>Att ångra ”%1” ger en dubbelbokning:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="149"/>
        <source>&amp;Undo anyway</source>
        <translation>&amp;Ångra ändå</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="151"/>
        <source>Redoing “%1” books someone or a place twice:</source>
        <translation>Att göra om ”%1” ger en dubbelbokning:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="152"/>
        <source>&amp;Redo anyway</source>
        <translation>&amp;Gör om ändå</translation>
    </message>
</context>
<context>
    <name>SessionFormsDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="149"/>
        <source>Feedback forms: %1</source>
        <translation>Responsblanketter: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="152"/>
        <source>Count the forms of one session: the numbers are added to the season&apos;s (the evaluation shows the season&apos;s own).</source>
        <translation>För in blanketterna från en träff: talen läggs till terminens (utvärderingen visar hela terminens).</translation>
    </message>
</context>
<context>
    <name>SessionPrintButton</name>
    <message>
        <location filename="../../ui/printing.py" line="480"/>
        <source>P&amp;rint</source>
        <translation>Skriv &amp;ut</translation>
    </message>
</context>
<context>
    <name>SessionSheets</name>
    <message>
        <location filename="../../ui/printing.py" line="372"/>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Skriv ut &amp;deltagarlista…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="373"/>
        <source>Save sign-in sheet as &amp;PDF…</source>
        <translation>Spara deltagarlistan som PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="378"/>
        <source>&amp;Headcount tally sheet…</source>
        <translation>&amp;Blankett för antal besökare…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="379"/>
        <source>Save &amp;tally sheet as PDF…</source>
        <translation>Spara blanketten som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="446"/>
        <source>Save sign-in sheet as PDF</source>
        <translation>Spara deltagarlistan som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="453"/>
        <source>Save tally sheet as PDF</source>
        <translation>Spara blanketten som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="470"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="48"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>Error log:</source>
        <translation>Fellogg:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="74"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="77"/>
        <source>Automatic &amp;backups to keep:</source>
        <translation>Automatiska säkerhetskopior att &amp;behålla:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>At every start the app saves a copy of the database in %1 and removes the oldest copies beyond this number. 0 turns automatic backups off.</source>
        <translation>Vid varje start sparar appen en kopia av databasen i %1 och tar bort de äldsta kopiorna utöver detta antal. 0 stänger av automatiska säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Automatic backups are made of an SQLite database file only; back up a PostgreSQL database with pg_dump.</source>
        <translation>Automatiska säkerhetskopior görs endast av en SQLite-databasfil; säkerhetskopiera en PostgreSQL-databas med pg_dump.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="99"/>
        <source>Before a restore or an upgrade the app saves a copy of the database; the newest %n of each are kept.</source>
        <translation>
            <numerusform>Före en återställning eller uppgradering sparar appen en kopia av databasen; den nyaste %n av varje slag sparas.</numerusform>
            <numerusform>Före en återställning eller uppgradering sparar appen en kopia av databasen; de %n nyaste av varje slag sparas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>There are none now.</source>
        <translation>Det finns inga nu.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="112"/>
        <source>Safety copies:</source>
        <translation>Skyddskopior:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <location filename="../../ui/shortcuts.py" line="119"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="101"/>
        <source>Previous week or month</source>
        <translation>Föregående vecka eller månad</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="106"/>
        <source>Next week or month</source>
        <translation>Nästa vecka eller månad</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Go to today</source>
        <translation>Gå till i dag</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="146"/>
        <location filename="../../ui/shortcuts.py" line="158"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="149"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/statistics/page.py" line="120"/>
        <source>All group types</source>
        <translation>Alla grupptyper</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="147"/>
        <source>&amp;Figures</source>
        <translation>&amp;Tal</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="148"/>
        <source>C&amp;harts</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="149"/>
        <source>Fa&amp;milies</source>
        <translation>&amp;Familjer</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="150"/>
        <source>Lea&amp;ders and cancellations</source>
        <translation>Ledare och &amp;inställda</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="152"/>
        <source>&amp;Roles and ages</source>
        <translation>Roller oc&amp;h åldrar</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="153"/>
        <location filename="../../ui/statistics/page.py" line="365"/>
        <source>Not rec&amp;orded</source>
        <translation>Ej &amp;registrerade</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="155"/>
        <source>E&amp;valuations</source>
        <translation>&amp;Utvärderingar</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="162"/>
        <source>&amp;Pseudonymise names (for sending outside the team)</source>
        <translation>&amp;Ersätt namn med koder (för att skicka utanför teamet)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="163"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="165"/>
        <source>Save s&amp;ummary as PDF…</source>
        <translation>Spara sa&amp;mmandrag som PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="167"/>
        <source>One page for a board or a funder: the figures with their definitions</source>
        <translation>En sida för en styrelse eller en finansiär: siffrorna och vad de räknar</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="199"/>
        <source>Pre&amp;set:</source>
        <translation>&amp;Snabbval:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="204"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="207"/>
        <source>Group t&amp;ype:</source>
        <translation>Gruppt&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="239"/>
        <source>Days as typed</source>
        <translation>Inskrivna dagar</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="241"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="242"/>
        <source>Last year</source>
        <translation>I fjol</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="243"/>
        <source>This season</source>
        <translation>Denna termin</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="244"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="245"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="251"/>
        <source>The autumn season (1.8.–31.12.) or the spring season (1.1.–31.7.) of today</source>
        <translation>Hösttermin (1.8.–31.12.) eller vårtermin (1.1.–31.7.) som dagen hör till</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="289"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="337"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="386"/>
        <source>Statistics %1–%2</source>
        <translation>Statistik %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="389"/>
        <source>Summary %1–%2</source>
        <translation>Sammandrag %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="400"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="401"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="445"/>
        <source>Save summary as PDF</source>
        <translation>Spara sammandrag som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="446"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="489"/>
        <source>Saved %1</source>
        <translation>Sparat: %1</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../summary.py" line="145"/>
        <source>Group work at a glance</source>
        <translation>Gruppverksamheten i korthet</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="190"/>
        <source>By group type</source>
        <translation>Per grupptyp</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="192"/>
        <source>Group type</source>
        <translation>Grupptyp</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="219"/>
        <source>Roles and ages come from the families&apos; records in groups with an attendance list, from the leaders&apos; count in headcounts.</source>
        <translation>Roller och åldrar ur familjernas uppgifter (närvarolista) och ledarnas räkning (antal besökare).</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="225"/>
        <source>Visits by role and age band</source>
        <translation>Besök per roll och åldersgrupp</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="274"/>
        <source>Seasons evaluated</source>
        <translation>Utvärderade terminer</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="276"/>
        <source>Adults&apos; feedback (1–5)</source>
        <translation>Vuxnas respons (1–5)</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="277"/>
        <source>Children&apos;s feedback (faces 1–3)</source>
        <translation>Barnens respons (ansikten 1–3)</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="284"/>
        <source>{evaluated} of {seasons}</source>
        <translation>{evaluated} av {seasons}</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="315"/>
        <source>{goals} set</source>
        <translation>{goals} uppsatta</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="316"/>
        <source>{achieved} of {goals} achieved</source>
        <translation>{achieved} av {goals} uppnådda</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="320"/>
        <source>, {partly} partly</source>
        <translation>, {partly} delvis</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="331"/>
        <source>{average} (n = {answers})</source>
        <translation>{average} (n = {answers})</translation>
    </message>
    <message>
        <location filename="../../ui/summary_report.py" line="33"/>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_report.py" line="34"/>
        <source>Filters: {filters}</source>
        <translation>Avgränsningar: {filters}</translation>
    </message>
</context>
<context>
    <name>TargetAgesField</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="160"/>
        <location filename="../../ui/groups/widgets.py" line="162"/>
        <source>Youngest age</source>
        <translation>Lägsta ålder</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="161"/>
        <location filename="../../ui/groups/widgets.py" line="163"/>
        <source>Oldest age</source>
        <translation>Högsta ålder</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="164"/>
        <source>Unit of the youngest age</source>
        <translation>Enhet för lägsta ålder</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="165"/>
        <source>Unit of the oldest age</source>
        <translation>Enhet för högsta ålder</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../ui/team.py" line="47"/>
        <source>Admin</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="48"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="49"/>
        <source>Group leader</source>
        <translation>Gruppledare</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="50"/>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
</context>
<context>
    <name>TeamEvesBox</name>
    <message>
        <location filename="../../ui/groups/eves.py" line="92"/>
        <source>Eves on which groups do not meet</source>
        <translation>Aftnar då grupperna inte träffas</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="97"/>
        <source>Save &amp;eves</source>
        <translation>Spara &amp;aftnarna</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="101"/>
        <source>For the whole team: seasons planned from now on skip these eves and name them. A group may choose otherwise in its editor.</source>
        <translation>För hela teamet: terminer som planeras från och med nu utelämnar dessa aftnar och namnger dem. En grupp kan välja annorlunda i sitt redigeringsfönster.</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <location filename="../../ui/team.py" line="80"/>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="81"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="82"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="83"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="84"/>
        <source>Worker</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="86"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="95"/>
        <source>Add a person…</source>
        <translation>Lägg till en person…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="96"/>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/fields.py" line="355"/>
        <source>e.g. 9.30</source>
        <translation>t.ex. 9.30</translation>
    </message>
</context>
<context>
    <name>UnrecordedList</name>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="52"/>
        <source>Session</source>
        <translation>Träff</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="60"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="82"/>
        <source>Every past session is recorded.</source>
        <translation>Alla tidigare träffar är registrerade.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="110"/>
        <source>&amp;Record attendance…</source>
        <translation>Regi&amp;strera närvaro…</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../ui/unsaved.py" line="40"/>
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="41"/>
        <source>Save the changes?</source>
        <translation>Spara ändringarna?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="52"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Förkasta ändringarna</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="56"/>
        <source>&amp;Go back</source>
        <translation>&amp;Gå tillbaka</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../ui/statistics/visits.py" line="53"/>
        <source>Group type</source>
        <translation>Grupptyp</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/visits.py" line="67"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../export/excel.py" line="120"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="121"/>
        <source>Headcounts</source>
        <translation>Antal besökare</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="122"/>
        <source>By month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="123"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="126"/>
        <source>Fathers</source>
        <translation>Pappor</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="127"/>
        <source>Mothers</source>
        <translation>Mammor</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="128"/>
        <source>Other guardians</source>
        <translation>Andra vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="129"/>
        <source>Grandparents</source>
        <translation>Mor- och farföräldrar</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="132"/>
        <source>Children 0 y</source>
        <translation>Barn 0 år</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="133"/>
        <source>Children 1–2 y</source>
        <translation>Barn 1–2 år</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="134"/>
        <source>Children 3–6 y</source>
        <translation>Barn 3–6 år</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="135"/>
        <source>Children 7+ y</source>
        <translation>Barn 7+ år</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="259"/>
        <location filename="../../export/excel.py" line="554"/>
        <location filename="../../export/excel.py" line="769"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="477"/>
        <source>Figure</source>
        <translation>Siffra</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="478"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="479"/>
        <source>What it counts</source>
        <translation>Vad den räknar</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="525"/>
        <source>Statistics and attendance</source>
        <translation>Statistik och närvaro</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="468"/>
        <location filename="../../export/excel.py" line="527"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="119"/>
        <source>At a glance</source>
        <translation>Sammandrag</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="470"/>
        <location filename="../../export/excel.py" line="531"/>
        <source>Filters</source>
        <translation>Avgränsningar</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="538"/>
        <source>Not recorded</source>
        <translation>Ej registrerade</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="545"/>
        <source>Names</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="546"/>
        <source>pseudonymised (P- person, F- family)</source>
        <translation>pseudonymiserade (P- person, F- familj)</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="558"/>
        <source>Group type</source>
        <translation>Grupptyp</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="473"/>
        <location filename="../../export/excel.py" line="563"/>
        <location filename="../../export/excel.py" line="567"/>
        <source>Note</source>
        <translation>Obs.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="310"/>
        <source>1 past session whose attendance is not recorded: its visits are not in the figures.</source>
        <translation>1 tidigare träff vars närvaro inte är registrerad: dess besök finns inte i siffrorna.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="314"/>
        <source>{count} past sessions whose attendance is not recorded: their visits are not in the figures.</source>
        <translation>{count} tidigare träffar vars närvaro inte är registrerad: deras besök finns inte i siffrorna.</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="653"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="654"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="655"/>
        <source>Role / age</source>
        <translation>Roll / ålder</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="659"/>
        <source>(data erased)</source>
        <translation>(uppgifterna raderade)</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="665"/>
        <source>child</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="667"/>
        <source>child, {age} y</source>
        <translation>barn, {age} år</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="669"/>
        <source>adult</source>
        <translation>vuxen</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="670"/>
        <source>{who}, guest</source>
        <translation>{who}, gäst</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="770"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="826"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="38"/>
        <source>Edit worker</source>
        <translation>Redigera arbetstagare</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="38"/>
        <source>New worker</source>
        <translation>Ny arbetstagare</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="54"/>
        <source>Choose or type a title</source>
        <translation>Välj eller skriv en titel</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="59"/>
        <source>Leader hours are reported separately for staff, volunteers and students.</source>
        <translation>Ledartimmarna redovisas skilt för anställda, frivilliga och studerande.</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="65"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="73"/>
        <source>name@example.fi</source>
        <translation>namn@exempel.fi</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation>Ty&amp;p:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="78"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="79"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../ui/people/workers_page.py" line="39"/>
        <source>Workers and pairs</source>
        <translation>Arbetstagare och arbetspar</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="43"/>
        <location filename="../../ui/people/workers_page.py" line="64"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="44"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="47"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="54"/>
        <source>First worker</source>
        <translation>Första arbetstagare</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="57"/>
        <source>Second worker</source>
        <translation>Andra arbetstagare</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="45"/>
        <location filename="../../ui/people/workers_page.py" line="65"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="71"/>
        <source>&amp;New worker…</source>
        <translation>&amp;Ny arbetstagare…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="71"/>
        <source>E&amp;dit worker…</source>
        <translation>Re&amp;digera arbetstagare…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="72"/>
        <source>&amp;New pair…</source>
        <translation>&amp;Nytt arbetspar…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="72"/>
        <source>E&amp;dit pair…</source>
        <translation>Re&amp;digera arbetspar…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="73"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Ny organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="73"/>
        <source>E&amp;dit organisation…</source>
        <translation>Re&amp;digera organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="78"/>
        <source>&amp;Workers</source>
        <translation>Ar&amp;betstagare</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="79"/>
        <source>&amp;Pairs</source>
        <translation>Arbets&amp;par</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="80"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
</context>
</TS>
