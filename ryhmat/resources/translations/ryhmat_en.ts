<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="30"/>
        <source>About Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="35"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="38"/>
        <source>Plans the peer groups of family work, records attendance and publishes the groups&apos; calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="44"/>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="51"/>
        <source>None made by the app: back up a PostgreSQL database with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="53"/>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="55"/>
        <source>Error log:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/team.py" line="128"/>
        <source>Add a person to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="140"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="150"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="151"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="152"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="153"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="154"/>
        <source>&amp;Worker in the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="180"/>
        <source>Added to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="181"/>
        <source>%1 signs in as %2 with this password, shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeBoundField</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="128"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="129"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="515"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="61"/>
        <source>Erased adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="62"/>
        <source>Erased child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="70"/>
        <source>adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="73"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="222"/>
        <source>This family&apos;s personal data was erased; the mark is kept as an anonymous count and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="245"/>
        <source>Erased family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="247"/>
        <source>%1 (joins the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="251"/>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="269"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="270"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="271"/>
        <source>Role or age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="272"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="273"/>
        <source>Photo permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="35"/>
        <source>P</source>
        <comment>key that marks present</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="36"/>
        <source>A</source>
        <comment>key that marks absent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="37"/>
        <source>E</source>
        <comment>key that marks excused</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="153"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="154"/>
        <source>Save the marks, guests and headcount (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="208"/>
        <source>Mark all &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="209"/>
        <source>Ctrl+A in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="211"/>
        <source>Add &amp;guest family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="219"/>
        <source>Space changes the mark · 1 present · 2 absent · 3 excused · 0 clears · Enter saves · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="251"/>
        <source>Add a &amp;family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="265"/>
        <source>Nobody was enrolled in the group on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sessions/attendance_view.py" line="313"/>
        <source>Show the families&apos; other members (%n)</source>
        <translation>
            <numerusform>Show the families&apos; other members (%n)</numerusform>
            <numerusform>Show the families&apos; other members (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="315"/>
        <source>People of the same families whom the group is not for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="344"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="346"/>
        <source>The session&apos;s leaders record it; you see it as it is recorded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="348"/>
        <source>Recorded earlier; saving replaces that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="412"/>
        <source>Clear the mark of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="414"/>
        <source>Mark %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="429"/>
        <source>Mark all present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="442"/>
        <source>Add guest family %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="452"/>
        <source>Present %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar/dates.py" line="58"/>
        <source>Week %1 · %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="69"/>
        <source>%1 · weeks %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="77"/>
        <source>Wk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="97"/>
        <source>Double booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="106"/>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="108"/>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="111"/>
        <source>Leaders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="116"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="120"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="148"/>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="100"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="112"/>
        <source>%1 (%2): closed for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="115"/>
        <source>%1 (%2): no group meets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarMove</name>
    <message>
        <location filename="../../ui/calendar/moving.py" line="45"/>
        <source>Move the session a day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="46"/>
        <source>Move the session a day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="49"/>
        <source>Move the session 15 minutes earlier (in the month: a week earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="55"/>
        <source>Move the session 15 minutes later (in the month: a week later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="70"/>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="81"/>
        <source>Move %1 %2 → %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="90"/>
        <source>%1 is a public holiday: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="91"/>
        <source>On %1 the group is paused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="92"/>
        <source>%1 is %2, when the group does not meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="93"/>
        <source>The season leaves %1 out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="108"/>
        <source>The move books someone or a place twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="152"/>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="160"/>
        <source>Move &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="166"/>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="170"/>
        <source>&amp;Don&apos;t move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="191"/>
        <source>Move %1 session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="143"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="145"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="147"/>
        <source>Go to today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="150"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="164"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="165"/>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="166"/>
        <source>Show one week, a column per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="167"/>
        <source>Show a month, a row per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="190"/>
        <location filename="../../ui/calendar/page.py" line="376"/>
        <source>&amp;Record attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="302"/>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="302"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="304"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="304"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/page.py" line="334"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/page.py" line="336"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="374"/>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePersonDialog</name>
    <message>
        <location filename="../../ui/team.py" line="204"/>
        <source>%1 in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="206"/>
        <source>Give a &amp;new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="209"/>
        <source>&amp;Remove from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="217"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="220"/>
        <source>A person removed can no longer sign in; their name stays in the list and in the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="249"/>
        <source>A new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="250"/>
        <source>%1 signs in as %2 with this password from now on, shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../ui/statistics/charts.py" line="107"/>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="108"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="132"/>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="134"/>
        <source>Sessions held, cancelled and not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="136"/>
        <source>Fathers reached per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="142"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="232"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="233"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli/commands.py" line="49"/>
        <source>Families erased after this copy of the database was made, erased again now: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="69"/>
        <source>Demo data created: {groups} groups, {sessions} sessions, {families} families, {attendance} attendance marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="79"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="91"/>
        <location filename="../../cli/commands.py" line="114"/>
        <location filename="../../cli/commands.py" line="131"/>
        <location filename="../../cli/feeds.py" line="59"/>
        <location filename="../../cli/team.py" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="92"/>
        <location filename="../../cli/stats.py" line="249"/>
        <location filename="../../cli/stats.py" line="274"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="93"/>
        <source>Children&apos;s ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="94"/>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="115"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="116"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="117"/>
        <location filename="../../cli/team.py" line="65"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="131"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="131"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="178"/>
        <location filename="../../cli/commands.py" line="203"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="179"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="180"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="181"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="182"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="188"/>
        <source>Skipped days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="214"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="204"/>
        <source>Booked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="205"/>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="206"/>
        <source>Second session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="83"/>
        <source>give the seconds as a number from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="94"/>
        <source>first day of the period (13.10.2026 or 2026-10-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="101"/>
        <source>last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="107"/>
        <source>write JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="115"/>
        <source>also list the archived ones, marked as archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="121"/>
        <source>import data from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="126"/>
        <source>import families from a roster (.xlsx or .csv) and enrol them in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="131"/>
        <source>the roster: one row per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="134"/>
        <source>the group to enrol in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="139"/>
        <source>import the families whose rows are all valid and leave out the rest (by default a file with any bad row imports nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="152"/>
        <source>write the attendance and statistics workbook (.xlsx) of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="155"/>
        <source>the .xlsx file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="225"/>
        <location filename="../../cli/main.py" line="363"/>
        <location filename="../../cli/main.py" line="589"/>
        <source>only this group (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="230"/>
        <location filename="../../cli/main.py" line="599"/>
        <source>only the groups an organisation co-organises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="161"/>
        <source>show people and families by stable codes (P-0042, F-0012), not by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="168"/>
        <source>the language of the workbook (by default the app&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="238"/>
        <source>write everything held about one family as a PDF (for an access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="243"/>
        <source>the family&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="182"/>
        <location filename="../../cli/main.py" line="203"/>
        <location filename="../../cli/main.py" line="246"/>
        <source>the .pdf file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="188"/>
        <location filename="../../cli/main.py" line="213"/>
        <location filename="../../cli/main.py" line="251"/>
        <source>the language of the PDF (by default the app&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="197"/>
        <source>write a group&apos;s season programme for families (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="208"/>
        <source>the season&apos;s name (by default the one going on, else the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="258"/>
        <source>copy the SQLite database to a file, safely even while the app is open (for PostgreSQL use pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="268"/>
        <source>the backup file to write (readable by you only); an existing file is kept unless --force is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="277"/>
        <source>replace an existing FILE (the old one stays until the new copy is whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="286"/>
        <source>show or set how many years the personal data of inactive families is kept, and erase the data of families inactive for longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="297"/>
        <source>keep personal data for N years after a family&apos;s last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="300"/>
        <source>erase nothing automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="305"/>
        <source>erase now the personal data of families inactive for longer than the period (their visits stay in the statistics as anonymous counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="316"/>
        <source>keep the usage log&apos;s entries for N years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="321"/>
        <source>keep the usage log&apos;s entries without a time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="324"/>
        <source>count the period back from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="331"/>
        <source>list the families to ask how they are doing (their work in a group ended the follow-up period ago), or set the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="341"/>
        <source>set the team&apos;s follow-up period to N months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="344"/>
        <location filename="../../cli/main.py" line="376"/>
        <source>list what is due on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="352"/>
        <source>the evaluations of the seasons of a period (default: this year so far): goals, the worker pair&apos;s answers and the feedback forms counted; or the seasons due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="373"/>
        <source>list the seasons that have ended without an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="384"/>
        <source>show the usage log: who read a family&apos;s personal data, or whose data a person read, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="392"/>
        <source>the reads of this family&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="397"/>
        <source>the reads by this person, as the log names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="406"/>
        <source>manage the people of a team database on PostgreSQL and what their roles allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="414"/>
        <source>create the team&apos;s group roles and grant them their rights (the database&apos;s owner, allowed to create roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="423"/>
        <source>add a person who signs in as LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="426"/>
        <source>the person&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="431"/>
        <source>the organisation the person works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="437"/>
        <source>the worker the person is in the plan: the groups they lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="457"/>
        <source>give LOGIN a new password (printed once) when they have forgotten theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="467"/>
        <source>change your own password (asked twice, or from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="472"/>
        <source>read the new password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="490"/>
        <source>read the password from standard input instead of making one up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="443"/>
        <source>list the people of the team, removed ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="177"/>
        <source>write the one-page summary of a period for a board or a funder (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="449"/>
        <source>change the role of the person who signs in as LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="478"/>
        <source>stop LOGIN from signing in (the person stays in the change history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="497"/>
        <source>Ryhmät plans, records and publishes the groups of family work. With no command the desktop application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="507"/>
        <source>show the version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="512"/>
        <source>SQLAlchemy database URL (default: RYHMAT_DATABASE_URL, else SQLite in the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="522"/>
        <source>with no command: close the window after SECONDS and print its title and the view it shows (to check an installation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="530"/>
        <source>fill an empty database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="535"/>
        <source>small: one school year; municipality: ten years (benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="538"/>
        <source>random seed (same seed, same data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="544"/>
        <source>the day the demo treats as today (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="548"/>
        <source>list the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="553"/>
        <source>list the workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="558"/>
        <source>list the places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="564"/>
        <source>list a group&apos;s sessions and skipped days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="200"/>
        <location filename="../../cli/main.py" line="567"/>
        <source>the group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="574"/>
        <source>list workers and places booked twice at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="582"/>
        <source>statistics of a period (default: this year so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="368"/>
        <location filename="../../cli/main.py" line="594"/>
        <source>only groups of this type, e.g. baby_group or vauvaryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="602"/>
        <source>only sessions at this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="605"/>
        <source>only sessions this worker leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="610"/>
        <source>list the calendar feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="616"/>
        <source>publish calendar feeds to their folders and servers (for cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="619"/>
        <source>the feed&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="620"/>
        <source>every feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="623"/>
        <source>export data to files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="628"/>
        <source>write iCalendar feeds: one file, or a folder of every feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="634"/>
        <source>a file (with a selector) or a folder (without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="640"/>
        <source>the groups an organisation co-organises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="642"/>
        <source>one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="644"/>
        <source>the sessions a worker leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="59"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="59"/>
        <source>Published to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="111"/>
        <source>{url}: {created} new, {updated} changed, {deleted} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="39"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="42"/>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="54"/>
        <source>Families created: {created}; recognised: {recognised}; members added: {members}; enrolments created: {enrolments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="68"/>
        <source>{count} families were added by someone else while this import waited its turn; they were recognised and nothing was added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="77"/>
        <source>Families left out for their problems: {families}; rows: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="32"/>
        <source>Nothing in the usage log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="26"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="27"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="28"/>
        <location filename="../../cli/follow_ups.py" line="53"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="29"/>
        <source>Whose data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="225"/>
        <source>Statistics {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="229"/>
        <source>Sessions not recorded: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="234"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="234"/>
        <location filename="../../cli/stats.py" line="268"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="242"/>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="252"/>
        <source>By organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="46"/>
        <source>Follow-up period: {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="51"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="50"/>
        <source>No season of the period and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <location filename="../../cli/follow_ups.py" line="52"/>
        <location filename="../../cli/stats.py" line="244"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="65"/>
        <source>No evaluations are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="54"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="55"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="58"/>
        <source>No follow-ups are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="246"/>
        <source>By group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="67"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="22"/>
        <source>Backed up to {path} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="32"/>
        <source>{size} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="35"/>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="46"/>
        <source>Families whose personal data was erased: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="51"/>
        <source>Usage log entries deleted: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="54"/>
        <source>Families due for erasure: {count} (erase their data with --erase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="63"/>
        <source>No retention period is set: nothing is erased automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="64"/>
        <source>Retention period (years after a family&apos;s last activity): {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="71"/>
        <source>The usage log is kept without a time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="72"/>
        <source>The usage log&apos;s entries are kept for {years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="31"/>
        <source>The team&apos;s roles and their rights are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="50"/>
        <source>{login} was added. Their password, shown only now: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="55"/>
        <source>{login} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="63"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="66"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="68"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="85"/>
        <source>The new password of {login}, shown only now: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="100"/>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="101"/>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="104"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureForm</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="244"/>
        <source>e.g. Syysloma 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="251"/>
        <source>&amp;Save closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="260"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="261"/>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="262"/>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="271"/>
        <source>The groups of a closure do not meet during it: seasons planned after it skip its days, and the sessions already planned in them are cancelled once you have seen them. An organisation&apos;s closure pauses the groups it organises alone; choose a shared group by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="330"/>
        <source>Save closure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="284"/>
        <location filename="../../ui/groups/closures.py" line="338"/>
        <source>Edit closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="284"/>
        <source>New closure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosurePreviewDialog</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="494"/>
        <source>Sessions during %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="501"/>
        <source>Delete the closure “%1”? Sessions it cancelled that are still to come and that no other closure pauses are planned again. Edit → Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="514"/>
        <source>Left as they are: held, recorded or edited by hand. Change them one by one if they should not be held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="532"/>
        <source>&amp;Delete closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="534"/>
        <source>Save and &amp;cancel them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="536"/>
        <source>&amp;Save closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="560"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="561"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="562"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="563"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="588"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="590"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="595"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="599"/>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="605"/>
        <source>School &amp;holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="607"/>
        <source>Add the school holidays of a school year as closures in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="633"/>
        <source>Groups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="674"/>
        <source>Delete closure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../ui/people/roster_import.py" line="67"/>
        <source>New families:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="68"/>
        <source>Families already in the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="69"/>
        <source>Family members to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="70"/>
        <source>Enrolments in the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="71"/>
        <source>Rows with problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="72"/>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="82"/>
        <source>What the import will do in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="94"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="104"/>
        <source>%n families</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="106"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="113"/>
        <source>%n families were added by someone else while this import waited its turn; they were recognised and nothing was added twice.</source>
        <translation>
            <numerusform>%n family was added by someone else while this import waited its turn; it was recognised and nothing was added twice.</numerusform>
            <numerusform>%n families were added by someone else while this import waited its turn; they were recognised and nothing was added twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="123"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124"/>
        <source>Something unexpected went wrong. Your saved work is safe; the action that failed was not completed.

The details were written to %1 — please send that file to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProtectionSettings</name>
    <message>
        <location filename="../../ui/data_protection.py" line="54"/>
        <source>My login name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="58"/>
        <location filename="../../ui/data_protection.py" line="63"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="59"/>
        <location filename="../../ui/data_protection.py" line="64"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="68"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="69"/>
        <source>Show the usage &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="76"/>
        <source>&amp;Name in the change history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="80"/>
        <source>Changes to families&apos; details, enrolments and attendance made on this computer are recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="85"/>
        <source>This is a team database: changes are recorded under the name you signed in with, which no one can choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="90"/>
        <source>&amp;Erase families&apos; personal data after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="94"/>
        <source>Families not seen in any group for this many years have their personal data erased when the app starts; their visits stay in the statistics as anonymous counts. The period applies to everyone using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="99"/>
        <source>&amp;Delete usage log entries after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="103"/>
        <source>Opening a family or an attendance view, printing or saving a sign-in sheet, exporting a workbook with names and importing a roster are logged: who, when, why and which families. Entries older than this are deleted when the app starts; nobody can change or delete a younger one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="110"/>
        <source>&amp;Ask families how they are doing after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="114"/>
        <source>A family that has left a group, or has not come for six weeks while the group met, is listed under Families → Follow-ups due this long after its last visit or its leaving. The period applies to everyone using this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/fields.py" line="262"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="267"/>
        <source>e.g. 6.1.2027</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubleBooking</name>
    <message>
        <location filename="../../ui/double_booking.py" line="23"/>
        <source>The group already has a session on %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="31"/>
        <source>%1 (%2): %3, %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="54"/>
        <source>Double booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="59"/>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueEvaluationsPanel</name>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="31"/>
        <source>Seasons that have ended without the worker pair&apos;s evaluation, for a year after their end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="39"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="40"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="42"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="53"/>
        <source>E&amp;valuate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/people/widgets.py" line="93"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentsPanel</name>
    <message>
        <location filename="../../ui/people/enrolments.py" line="80"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="82"/>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="83"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="102"/>
        <source>Enrolled &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="108"/>
        <source>Ne&amp;w enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="112"/>
        <source>Re&amp;move enrolment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="120"/>
        <source>Changes to enrolments are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="122"/>
        <source>The enrolments are saved together with the new family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="138"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="139"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="141"/>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="207"/>
        <source>En&amp;rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="225"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="244"/>
        <source>Choose a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="292"/>
        <source>Remove the enrolment in “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="293"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <location filename="../../ui/people/erasure.py" line="32"/>
        <source>&lt;b&gt;Erase this family&apos;s personal data?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="35"/>
        <source>The names, phone number, notes, birth dates and enrolments of the family and its members are deleted, and so is its change history. Past visits remain only as anonymous numbers in the statistics. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="43"/>
        <source>&amp;I understand that the personal data cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="46"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="50"/>
        <source>&amp;Keep the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../demo/loading.py" line="24"/>
        <source>The database already has groups; demo data goes into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="63"/>
        <source>{prog}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="82"/>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="95"/>
        <source>On {day} the clocks go forward an hour, so {time} never comes that night. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="105"/>
        <source>On {day} the clocks go back an hour, so {time} comes twice that night. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="120"/>
        <source>The end date {last} is before the start date {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="129"/>
        <source>A season can last at most three years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="133"/>
        <source>Chosen dates need a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="141"/>
        <source>The chosen date {day} is outside the season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="152"/>
        <source>Choose at least one weekday, or chosen dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="156"/>
        <source>The interval must be between 1 and 52 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="161"/>
        <location filename="../../domain/scheduling.py" line="176"/>
        <source>A weekday must be between Monday and Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="170"/>
        <source>A monthly season meets on the first to fourth or the last weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="185"/>
        <source>A date is skipped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="190"/>
        <source>The season does not meet on {day}, so it cannot be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="175"/>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="177"/>
        <source>The headcount is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="180"/>
        <source>There are more first-time visitors than visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="213"/>
        <source>The session is cancelled; restore it before recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="217"/>
        <source>The session on {day} has not been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="229"/>
        <source>Only a family added here can be enrolled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="238"/>
        <source>Someone marked is not on the session&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="242"/>
        <source>The headcount is for another session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="311"/>
        <location filename="../../domain/usecases/attendance.py" line="319"/>
        <location filename="../../domain/usecases/families.py" line="121"/>
        <location filename="../../domain/usecases/merging.py" line="147"/>
        <source>The family no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="127"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="129"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="133"/>
        <source>Choose the role of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="141"/>
        <source>Give the birth year and month of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="150"/>
        <source>The birth month {month}/{year} of {name} is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="160"/>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="161"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="163"/>
        <location filename="../../domain/usecases/sessions.py" line="188"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="166"/>
        <source>A family needs at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="178"/>
        <source>The privacy notice cannot have been given on {day}, a day still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="199"/>
        <source>The enrolment is of another family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="252"/>
        <location filename="../../domain/usecases/groups.py" line="124"/>
        <location filename="../../domain/usecases/programme.py" line="142"/>
        <location filename="../../domain/usecases/removal.py" line="69"/>
        <location filename="../../domain/usecases/roster_import.py" line="250"/>
        <location filename="../../domain/usecases/statistics.py" line="306"/>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="232"/>
        <source>Give the day the family left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="236"/>
        <source>The family left before it was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="246"/>
        <source>The family is already enrolled or waiting in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="54"/>
        <source>There is no group called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="51"/>
        <location filename="../../domain/usecases/groups.py" line="93"/>
        <source>group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="61"/>
        <source>The {what} contains an invalid character at position {position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="132"/>
        <source>The date {day} is not between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="154"/>
        <source>The planning and debrief time must be between 1 and {limit} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="164"/>
        <source>A target age cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="169"/>
        <source>A target age can be at most {limit} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="176"/>
        <source>From two years on, a target age is given in whole years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="180"/>
        <source>The upper target age is below the lower one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="74"/>
        <location filename="../../domain/validation.py" line="196"/>
        <source>The worker pair no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="107"/>
        <source>A group called “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="111"/>
        <location filename="../../domain/usecases/removal.py" line="75"/>
        <location filename="../../domain/usecases/statistics.py" line="314"/>
        <location filename="../../domain/usecases/workers.py" line="96"/>
        <source>The organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="114"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/naming.py" line="11"/>
        <source>The name “{name}” is already in use by an archived one. Restore that one (show the archived ones in the list), or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/naming.py" line="33"/>
        <source>The name “{name}” is already in use.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="58"/>
        <source>Choose the organisation whose groups the closure pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="65"/>
        <source>Choose at least one group the closure pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="102"/>
        <source>The calendar feed no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="111"/>
        <source>There is no calendar feed called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="107"/>
        <location filename="../../domain/usecases/feeds.py" line="117"/>
        <source>feed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="123"/>
        <source>Choose the organisation, group or worker of the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="127"/>
        <source>A feed can reach at most ten years back or ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="131"/>
        <source>The refresh interval must be between 5 minutes and a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="136"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="139"/>
        <location filename="../../domain/usecases/places.py" line="43"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="145"/>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="148"/>
        <source>calendar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="454"/>
        <source>“{name}” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="142"/>
        <source>The capacity must be between 1 and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="49"/>
        <source>A closure can last at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/programme.py" line="130"/>
        <location filename="../../domain/usecases/series.py" line="38"/>
        <source>season name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/programme.py" line="135"/>
        <source>The group has no season called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="41"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="49"/>
        <source>The series belongs to a group that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="88"/>
        <source>The season has {count} conflicts; confirm them before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="129"/>
        <location filename="../../storage/repositories/attendance.py" line="198"/>
        <source>The session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="186"/>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="190"/>
        <source>reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="193"/>
        <source>Give a reason for cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="198"/>
        <source>A leader is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="260"/>
        <source>group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="266"/>
        <source>“{name}” is not a group type; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="277"/>
        <source>There is no organisation called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="286"/>
        <source>There is no place called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="295"/>
        <source>There is no worker called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="136"/>
        <source>A feedback answer {value} is not on its scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="156"/>
        <source>A feedback count must be between 0 and {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="261"/>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="262"/>
        <source>goal&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="263"/>
        <source>evaluation answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="269"/>
        <location filename="../../domain/usecases/programme.py" line="100"/>
        <location filename="../../domain/usecases/removal.py" line="70"/>
        <location filename="../../domain/usecases/series.py" line="106"/>
        <source>The season no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="283"/>
        <source>A season can have at most {most} goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="71"/>
        <location filename="../../domain/usecases/statistics.py" line="319"/>
        <location filename="../../domain/validation.py" line="194"/>
        <source>The place no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="312"/>
        <location filename="../../domain/usecases/removal.py" line="72"/>
        <source>The closure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="73"/>
        <location filename="../../domain/usecases/statistics.py" line="324"/>
        <location filename="../../domain/usecases/workers.py" line="81"/>
        <location filename="../../domain/validation.py" line="199"/>
        <source>The worker no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="78"/>
        <source>The calendar feed “{feed}” publishes “{name}”, so it cannot be deleted. Delete the feed first, or archive “{name}” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="103"/>
        <source>“{name}” has held sessions or recorded attendance, so it cannot be deleted. Archive it instead: it is hidden from lists and choices, and its history and statistics are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="120"/>
        <source>The season “{name}” has held sessions or recorded attendance, so it cannot be deleted. Change its last day instead: sessions with attendance are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="135"/>
        <source>“{name}” is used by the group “{group}”, so it cannot be deleted. Archive it instead: it is no longer offered, and the sessions there keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="150"/>
        <source>“{name}” leads sessions of “{group}”, so the worker cannot be deleted. Archive the worker instead: no longer offered as a leader, the name stays in the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="161"/>
        <source>“{name}” is in a pair with “{other}”, so the worker cannot be deleted. Delete the pair first, or archive the worker instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="178"/>
        <source>“{name}” organises “{group}”, so it cannot be deleted. Archive it instead: it is no longer offered, and its groups keep it as their organiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="188"/>
        <source>“{worker}” works for “{name}”, so it cannot be deleted. Archive it instead, or change the worker&apos;s organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="206"/>
        <source>The pair “{name}” is the default leaders of “{group}”, so it cannot be deleted. Choose other default leaders for the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="87"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="89"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="93"/>
        <source>“{email}” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="125"/>
        <source>A pair needs two different workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="130"/>
        <source>These two already are a pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="105"/>
        <source>Fill in the field: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="87"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="157"/>
        <source>Old backups in {folder} could not be removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="260"/>
        <source>The backup could not be restored, the data is unchanged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="296"/>
        <source>Only an SQLite database file can be restored here; restore a PostgreSQL database with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="303"/>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="306"/>
        <source>{path} is the open database itself; choose a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="315"/>
        <source>{path} is a copy of another database, not of this one, and was not restored. Open it with File → Open database to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="355"/>
        <source>{path} is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="360"/>
        <source>{path} is not a Ryhmät database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="364"/>
        <source>{path} was made by a newer version of Ryhmät; update Ryhmät to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="389"/>
        <source>{path} cannot be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="422"/>
        <source>{path} is the database itself; write the backup to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="429"/>
        <source>There is no folder {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="433"/>
        <source>{path} exists already; give another name, or --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="451"/>
        <source>{url} is a PostgreSQL database: back it up with pg_dump (see “Backups” in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="464"/>
        <source>The database file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="472"/>
        <source>Only an SQLite database file can be backed up here; back up a PostgreSQL database with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="494"/>
        <source>The backup folder {folder} could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="109"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="445"/>
        <location filename="../../storage/database.py" line="570"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="86"/>
        <source>There are no calendar feeds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="148"/>
        <source>{path} is a file; give a folder, or choose one feed with --group, --organisation or --worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="159"/>
        <source>The folder {path} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="81"/>
        <location filename="../../storage/backup.py" line="418"/>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="86"/>
        <source>The folder of {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="90"/>
        <source>The folder of {path} cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="123"/>
        <source>The password for {user} at {url} cannot be saved: this computer has no usable password store. Set RYHMAT_CALDAV_PASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="103"/>
        <source>No password for {user} at {url}: store it in the app, or set RYHMAT_CALDAV_PASSWORD with RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="108"/>
        <source>No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is sent nowhere unless RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER name the server and user it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="113"/>
        <source>No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is for {bound_user} at {bound_server}, so it is not sent to this server or user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="118"/>
        <source>The calendar server {url} sent the request on to another server ({other}); the password is not sent there. Enter the calendar server&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="128"/>
        <source>The calendar server {url} cannot be reached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="129"/>
        <source>The calendar server {url} refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="132"/>
        <source>The calendar server {url} does not allow this user to publish there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="135"/>
        <source>The calendar server {url} has no calendars at this address; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="138"/>
        <source>The calendar server {url} had an error ({status}); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="141"/>
        <source>The calendar server {url} gave an unexpected answer ({status}); check that the address is a CalDAV server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="146"/>
        <source>The calendar {calendar} on {url} changed while publishing; publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="150"/>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="151"/>
        <source>the server name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="152"/>
        <source>it did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="153"/>
        <source>a secure connection could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="154"/>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/folder.py" line="141"/>
        <source>The feed could not be written to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/publishing.py" line="106"/>
        <source>The feed “{name}” has no folder or calendar server to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/roster_import.py" line="255"/>
        <source>Rows with problems: {count}. Nothing was imported; correct the rows, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/roster_import.py" line="405"/>
        <source>{name} is on row {row} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="408"/>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="165"/>
        <location filename="../../export/roster_file.py" line="378"/>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="174"/>
        <source>{file} is too large for a roster ({size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="181"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="185"/>
        <source>{path} is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="189"/>
        <source>{file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="199"/>
        <source>{file} is an old-style or password-protected workbook; save it as .xlsx without a password, or as .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="214"/>
        <source>{file} is not an Excel workbook (.xlsx) at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="78"/>
        <source>{file} holds far more inside than a roster can. Copy the roster to a new workbook, or save it as .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="89"/>
        <source>{file} has more than {limit} rows, counting empty-looking ones. Delete the rows below the roster, or copy the roster to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="101"/>
        <source>A cell in {file} holds more than {limit} characters; no roster cell is that long. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="113"/>
        <source>{file} is damaged or incomplete and cannot be read as a workbook. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="124"/>
        <source>{file} is packed or encrypted in a way spreadsheet programs do not save workbooks. Open it in Excel, remove any password and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="256"/>
        <source>Row {row} of {file} cannot be read as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="283"/>
        <source>{file} is not a spreadsheet: save the roster as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="342"/>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="354"/>
        <source>{file} has no people under its header (row {row}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="381"/>
        <source>{file} has no header row with the columns it needs. Missing: {missing}. Name the columns in the first row, e.g. Perhe, Etunimi, Rooli, Syntynyt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="120"/>
        <source>Give the role: isä, äiti, muu huoltaja, isovanhempi or lapsi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="487"/>
        <source>Give the child&apos;s birth month, e.g. 5/2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="521"/>
        <source>The text is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="131"/>
        <source>Unknown role “{value}”: write isä, äiti, muu huoltaja, isovanhempi or lapsi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="123"/>
        <source>Give the role: pappa, mamma, vårdnadshavare, mor- eller farförälder or barn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="126"/>
        <source>Give the role: father, mother, other guardian, grandparent or child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="135"/>
        <source>Unknown role “{value}”: write pappa, mamma, vårdnadshavare, mor- eller farförälder or barn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="140"/>
        <source>Unknown role “{value}”: write father, mother, other guardian, grandparent or child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="147"/>
        <source>“{value}” is a father to some and a grandfather to others: write isä or isovanhempi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="151"/>
        <source>“{value}” is a father to some and a grandfather to others: write father or grandparent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="547"/>
        <source>“{value}” is not a birth month; write e.g. 5/2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="561"/>
        <source>“{value}” is not a year; write e.g. 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="567"/>
        <source>“{value}” is not a month; write 1–12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="583"/>
        <source>“{value}” is not a date; write e.g. 13.10.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="596"/>
        <source>Unknown status “{value}”: write ilmoittautunut, jonossa or lopettanut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="614"/>
        <source>Unknown answer “{value}”: write kyllä, ei or ei kysytty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_visits.py" line="87"/>
        <source>The number of weeks must be between {low} and {high}, not {weeks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/erasure.py" line="86"/>
        <source>The retention period must be between 1 and {most} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="91"/>
        <source>The database URL is empty; give one or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="322"/>
        <source>Cannot open the database {path}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="356"/>
        <source>Cannot open the database {path}: it is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="432"/>
        <source>Cannot open the database {path}: you do not have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="517"/>
        <source>The database {name} was made by a newer version of Ryhmät. Update Ryhmät to open it; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="528"/>
        <source>The database {name} cannot be opened read-only: it must first be set up or upgraded for this version of Ryhmät. Close the other Ryhmät window and open the database again; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="540"/>
        <source>The file {path} is not a Ryhmät database. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="549"/>
        <source>The database file {path} is damaged and cannot be opened. The file was not changed; restore the database from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="80"/>
        <source>Someone else changed this group while you were editing it. Its saved state is shown now; make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="85"/>
        <source>Someone else removed this group while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="103"/>
        <source>Someone else changed this session while you were editing it. Its saved state is shown now; make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="251"/>
        <source>Someone else removed this session while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/repositories/people.py" line="63"/>
        <source>Someone else changed this family&apos;s details while you were editing them. The saved details are shown now; make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/repositories/people.py" line="68"/>
        <source>Someone else removed this family while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/repositories/attendance.py" line="73"/>
        <source>Your role in the team lets you record the attendance of the sessions you lead only, and you do not lead this one. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/repositories/attendance.py" line="204"/>
        <source>Someone else recorded this session&apos;s attendance while you were entering it. The saved marks are shown now; enter your changes again if they are still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="31"/>
        <source>“{text}” is not a date; write e.g. 6.1.2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="32"/>
        <source>“{text}” is not a date: month {month}/{year} has {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="35"/>
        <source>“{text}” is not a time; write e.g. 9.30 or 930.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="105"/>
        <source>Someone else changed one of these families while you were merging them. Look at them again and merge if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="144"/>
        <source>A family cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="150"/>
        <source>A family whose personal data was erased cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/bookings.py" line="47"/>
        <source>The change books someone or a place twice; confirm it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="33"/>
        <source>The calendar server address {url} must start with https:// and name a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="36"/>
        <source>The calendar server address must not contain a user name or password: enter them in their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="41"/>
        <source>The calendar server address {url} starts with http://, which would send the password unencrypted: use https:// (http:// is allowed only to this computer itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/locations.py" line="48"/>
        <source>The database URL {url} has options in it. Give an SQLite database by its file&apos;s path alone, for example sqlite:////home/me/ryhmat.sqlite3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/locations.py" line="60"/>
        <source>The database URL {url} has a NUL character (%00) in its file name. Give an SQLite database by its file&apos;s path alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/postgresql_schema.py" line="157"/>
        <source>The database {name} holds triggers, functions, views or tables that Ryhmät did not make, so Ryhmät does not start on it. Ask the database&apos;s administrator to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/sqlite_schema.py" line="142"/>
        <source>The database {name} has been changed outside Ryhmät: it holds tables, triggers or other parts that Ryhmät did not make. It was not opened, and it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="329"/>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="26"/>
        <source>The database is busy: another user or program is saving at this moment. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="31"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="34"/>
        <source>The database could not be read or written (an input/output error). Nothing was saved; check the disk or the network drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="39"/>
        <source>The database file could not be opened or written: it may be read-only, moved or deleted, or its drive may have been disconnected. Nothing was saved; check the file and its drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="45"/>
        <source>The database server cannot be reached: it may be restarting, or the network connection is down. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="50"/>
        <source>Your role in the team does not allow this. Nothing was saved; ask the team&apos;s admin if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="55"/>
        <source>The database server did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="32"/>
        <source>The database is open in another Ryhmät window, and this window is read-only. Nothing was saved; make the change in the other window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="39"/>
        <source>The database is open in another Ryhmät window, and this window is read-only: it cannot log who reads families&apos; personal data, so it does not show them. Use the other window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/usage_log.py" line="115"/>
        <source>No family is named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/usage_log.py" line="147"/>
        <source>The usage log&apos;s retention period must be between 1 and {most} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_record.py" line="75"/>
        <source>No family is named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_record.py" line="78"/>
        <source>{count} families are named “{name}”: save the one you mean from its window in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="129"/>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/team.py" line="52"/>
        <source>“{login}” cannot be a login name: use 1–63 lower-case letters a–z, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter, and not starting with pg_ or ryhmat_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/team.py" line="65"/>
        <source>A password must be at least 12 characters long, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="67"/>
        <source>The person&apos;s full name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="72"/>
        <source>The login “{login}” is already in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="77"/>
        <source>No organisation is named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="83"/>
        <source>No worker is named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="103"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="126"/>
        <source>No one in the team signs in as “{login}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/credentials.py" line="34"/>
        <source>The database server did not accept the password of {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/team.py" line="83"/>
        <source>Team accounts are for a shared PostgreSQL database; this database is a file on this computer for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/follow_ups.py" line="46"/>
        <source>The follow-up period must be between 1 and {most} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli/programme.py" line="40"/>
        <source>The group “{name}” has no seasons yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="83"/>
        <source>Starting at {start}, the session would end after midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="113"/>
        <source>This session has been held and its attendance recorded, so it stays where it was. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="121"/>
        <source>A cancelled session is not moved. Restore it first in its own window if it will be held after all. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="206"/>
        <source>Evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="213"/>
        <source>The season has not ended yet: the feedback forms can be counted in after each session, the evaluation written when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="223"/>
        <source>The answers and goals go to the reports and the summary for the board: write about the group, never a family&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="250"/>
        <source>No goals were set for this season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="251"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="252"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesOnRostersOnly</name>
    <message>
        <location filename="../../ui/people/roster_only.py" line="18"/>
        <source>As a volunteer you see the families of the sessions you lead on their attendance lists: open a session&apos;s attendance from the calendar (Ctrl+R) or from the list of sessions not recorded. The families&apos; other details are kept by the group&apos;s workers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../../ui/people/families_page.py" line="39"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="42"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="45"/>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="49"/>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="50"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="51"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="55"/>
        <source>&amp;New family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="57"/>
        <source>Edi&amp;t family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="58"/>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="60"/>
        <source>&amp;Merge families…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="61"/>
        <source>Merge a family recorded twice into the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="86"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="117"/>
        <source>Choose the family to keep first, then merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesPanel</name>
    <message>
        <location filename="../../ui/statistics/families.py" line="60"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="62"/>
        <source>&amp;Not seen for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="80"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="81"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="83"/>
        <source>Attended / offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="88"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="93"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="100"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyEditor</name>
    <message>
        <location filename="../../ui/people/family_editor.py" line="61"/>
        <source>Edit family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="61"/>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="70"/>
        <source>The day the family was given the privacy notice; empty if not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="78"/>
        <source>No health or child-welfare details: only what the group work needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="82"/>
        <source>Do not write health or child-welfare details here. The family may ask to see everything written about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="96"/>
        <source>Family &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="97"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="98"/>
        <source>Privacy notice &amp;given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="99"/>
        <source>Ph&amp;oto permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="100"/>
        <source>&amp;Contact permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="101"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="107"/>
        <source>&amp;Family and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="108"/>
        <source>&amp;Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="115"/>
        <source>Erase personal &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="122"/>
        <source>All data as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="125"/>
        <source>Save everything recorded about the family as a PDF, for its access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="133"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="135"/>
        <source>&amp;Usage log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="251"/>
        <source>Save the family&apos;s data as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="252"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyMatchModel</name>
    <message>
        <location filename="../../ui/people/family_search.py" line="104"/>
        <source>New family: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="110"/>
        <source>%1 (on the list already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="122"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="123"/>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="124"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="125"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyReport</name>
    <message>
        <location filename="../../ui/family_report.py" line="40"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="44"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="45"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="46"/>
        <source>Privacy notice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="48"/>
        <source>Photo permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="52"/>
        <source>Contact permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="55"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="63"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="65"/>
        <source>adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="83"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="84"/>
        <source>Born (month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="87"/>
        <source>No members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="91"/>
        <location filename="../../ui/family_report.py" line="111"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="93"/>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="94"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="105"/>
        <source>No enrolments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="107"/>
        <source>as a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="110"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="112"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="113"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="124"/>
        <source>No attendance marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="129"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="130"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="131"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="144"/>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="146"/>
        <source>Everything recorded about the family %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="147"/>
        <source>Made on %1 from the Ryhmät database, for the family&apos;s request to see its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="152"/>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="153"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="154"/>
        <source>Enrolments in groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="155"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="156"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="169"/>
        <source>Data of the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilySearch</name>
    <message>
        <location filename="../../ui/people/family_search.py" line="182"/>
        <source>Families found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyUsagePanel</name>
    <message>
        <location filename="../../ui/usage_log.py" line="62"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="63"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="64"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="70"/>
        <source>Who has read this family&apos;s personal data, when and why, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedEditor</name>
    <message>
        <location filename="../../ui/feeds/editor.py" line="62"/>
        <source>Edit calendar feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="62"/>
        <source>New calendar feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="77"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="91"/>
        <source>What it contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="102"/>
        <source>Show the &amp;leaders&apos; names and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="104"/>
        <source>&amp;Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="106"/>
        <source>Months &amp;back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="107"/>
        <source>Months &amp;ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="112"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="114"/>
        <source>A folder that a web server publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="115"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="126"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="128"/>
        <source>How often the partners&apos; calendars should fetch the feed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="131"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="132"/>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="136"/>
        <source>Calendar server (CalDAV), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="141"/>
        <source>The feed&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="146"/>
        <source>The password is kept in this computer&apos;s password store, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="152"/>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="153"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="154"/>
        <source>Calendar na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="155"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="177"/>
        <source>Leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="188"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="190"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="191"/>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="206"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="225"/>
        <source>Folder of the published feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="267"/>
        <source>Enter the calendar server&apos;s address that the password is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedTexts</name>
    <message>
        <location filename="../../ui/feeds/texts.py" line="21"/>
        <source>%1: no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/texts.py" line="37"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackGrid</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="109"/>
        <source>How many anonymous feedback forms gave each answer; nobody is named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <location filename="../../ui/feeds/page.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="67"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="69"/>
        <source>Last published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="74"/>
        <source>Published to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="78"/>
        <source>&amp;New feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="79"/>
        <source>E&amp;dit feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="82"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="111"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="112"/>
        <source>Publish the chosen feed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="114"/>
        <source>Publish &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="117"/>
        <source>New &amp;secret address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="118"/>
        <source>Click again: the old address &amp;stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="123"/>
        <source>Gives the chosen feed a new secret file name and publishes it there. The old address stops working: every partner needs the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="143"/>
        <source>Not published to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="146"/>
        <source>Not published to a calendar server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="148"/>
        <source>Pu&amp;blished file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="149"/>
        <source>Calendar server add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="216"/>
        <source>Delete the calendar feed “%1”? Its published file and its events on the calendar server are removed, so partners no longer see it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="219"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="224"/>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="246"/>
        <source>“%1” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="271"/>
        <source>Making a new secret address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="271"/>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="284"/>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="308"/>
        <source>“%1” has a new secret address: %2. The old address no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="310"/>
        <source>“%1” published to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="316"/>
        <source>“%1” on the calendar server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="322"/>
        <source>“%1” has a new secret address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="328"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="329"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="330"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/filters.py" line="50"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="51"/>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="52"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="53"/>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="54"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="55"/>
        <source>Show the sessions of every group again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="62"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="63"/>
        <source>Wor&amp;ker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="64"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="65"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="40"/>
        <source>left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="42"/>
        <source>stopped coming; last came on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="50"/>
        <source>Follow-up of %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="92"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="93"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="95"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="98"/>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="108"/>
        <source>&amp;Open family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="109"/>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="147"/>
        <source>Ask these families how they are doing: their work in the group ended the follow-up period ago (they left, or have not come for six weeks while the group met). Only that it was done is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="172"/>
        <source>Choose the follow-up that was done first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="51"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="57"/>
        <source>Goals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="60"/>
        <source>Set at the season&apos;s start: what the group works towards with the families. At the season&apos;s end the evaluation says how each went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="81"/>
        <source>Goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="99"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="101"/>
        <source>Seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="104"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="154"/>
        <source> min per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="157"/>
        <source>Time the leaders spend planning and debriefing each session; the statistics count it for every leader apart from the session&apos;s own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="147"/>
        <source>Capacity counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="165"/>
        <source>New o&amp;rganisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="167"/>
        <source>Ne&amp;w place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="169"/>
        <source>New wor&amp;ker pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="181"/>
        <source>P&amp;ublic: shown in the calendar feed of all public groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="194"/>
        <source>all children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="195"/>
        <source>the children of its ages on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="196"/>
        <source>no children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="201"/>
        <source>Sign-in sheets, the attendance list and named workbooks list these members of the families; anyone already marked is listed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="209"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="210"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="211"/>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="212"/>
        <source>&amp;Organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="213"/>
        <source>C&amp;hildren&apos;s age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="216"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="219"/>
        <source>Planning and de&amp;brief:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="220"/>
        <source>Default &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="221"/>
        <source>Default &amp;leaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="223"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="224"/>
        <source>For the adults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="227"/>
        <source>For the children:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="230"/>
        <source>Eves &amp;skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="235"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="237"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="241"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="248"/>
        <source>Add s&amp;eason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="249"/>
        <source>Ed&amp;it season…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="253"/>
        <source>Cop&amp;y to a new period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="259"/>
        <source>Adding the first season saves the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="262"/>
        <source>&amp;Goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="264"/>
        <source>Feedback &amp;forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="265"/>
        <source>Count a session&apos;s feedback forms into the season&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="267"/>
        <source>E&amp;valuation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="275"/>
        <source>Print progra&amp;mme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="293"/>
        <location filename="../../ui/groups/group_editor.py" line="295"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="305"/>
        <location filename="../../ui/groups/group_editor.py" line="331"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="316"/>
        <location filename="../../ui/groups/group_editor.py" line="433"/>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="324"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="361"/>
        <source>(shown as %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEves</name>
    <message>
        <location filename="../../ui/groups/eves.py" line="62"/>
        <source>as the whole team chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="63"/>
        <source>chosen for this group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="64"/>
        <source>Eves skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups/page.py" line="157"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="158"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="159"/>
        <source>Closures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/groups/page.py" line="54"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="56"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="60"/>
        <source>Being planned: no season has started. Running: a season is on. To be evaluated: the last season has ended without an evaluation. Ended: evaluated, or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="65"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="66"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="67"/>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="69"/>
        <source>Children&apos;s ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="74"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="79"/>
        <source>Default leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="81"/>
        <source>Default place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="85"/>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="86"/>
        <source>E&amp;dit group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="90"/>
        <source>Du&amp;plicate group…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestFamilyForm</name>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="122"/>
        <source>Guest family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="129"/>
        <source>A family name or a person&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="137"/>
        <source>Add a&amp;dult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="139"/>
        <source>Add &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="141"/>
        <source>Add to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="143"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="149"/>
        <source>&amp;Find the family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="150"/>
        <source>Family &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="151"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="185"/>
        <source>&amp;Enrol the family in the group from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="29"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="37"/>
        <source>&lt;b&gt;Adults&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="41"/>
        <source>Fathers include stepfathers and foster fathers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="44"/>
        <source>&lt;b&gt;Children&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="47"/>
        <source>&amp;First-time visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="75"/>
        <source>Adults %1, children %2, in all %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldElsewhere</name>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="26"/>
        <source>The database %1 is already open in another Ryhmät window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="33"/>
        <source>Only one window at a time can save changes to it. You can open it here read-only: you see everything, but cannot save changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="40"/>
        <source>&amp;Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="56"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/people/history.py" line="42"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="43"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="44"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="54"/>
        <source>Changes to the family&apos;s details, members, enrolments and attendance marks, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySentences</name>
    <message>
        <location filename="../../ui/people/history.py" line="86"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="87"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="88"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="89"/>
        <source>privacy notice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="90"/>
        <source>photo permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="91"/>
        <source>contact permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="92"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="93"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="94"/>
        <source>adult or child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="95"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="96"/>
        <source>birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="97"/>
        <source>birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="98"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="99"/>
        <source>enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="100"/>
        <source>leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="107"/>
        <source>a removed member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="110"/>
        <source>a removed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="118"/>
        <source>Added the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="120"/>
        <source>Changed the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="122"/>
        <source>Added member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="124"/>
        <source>Changed the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="127"/>
        <source>Removed member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="129"/>
        <source>New enrolment in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="132"/>
        <source>Changed the %1 of the enrolment in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="135"/>
        <source>Removed the enrolment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/history.py" line="139"/>
        <source>Merged a duplicate of the family into it: %n person(s) moved</source>
        <translation>
            <numerusform>Merged a duplicate of the family into it: %n person moved</numerusform>
            <numerusform>Merged a duplicate of the family into it: %n people moved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="141"/>
        <source>Erased the family&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="145"/>
        <source>Cleared the mark of %1 at %3 on %4 (was %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="147"/>
        <source>Marked %1 %2 at %3 on %4 (was %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="149"/>
        <source>Marked %1 %2 at %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="150"/>
        <source>an unknown day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../labels.py" line="70"/>
        <source>father–child activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="71"/>
        <source>open daycare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="72"/>
        <source>family café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="73"/>
        <source>baby group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="74"/>
        <source>peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="75"/>
        <source>parent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="76"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="77"/>
        <source>named roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="78"/>
        <source>headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="79"/>
        <source>roster and headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="80"/>
        <source>families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="81"/>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="82"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="83"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="84"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="85"/>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="86"/>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="87"/>
        <source>other guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="88"/>
        <source>grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="89"/>
        <source>stepfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="90"/>
        <source>foster father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="91"/>
        <source>under 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="437"/>
        <location filename="../../labels.py" line="92"/>
        <source>1–2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="438"/>
        <location filename="../../labels.py" line="93"/>
        <source>3–6 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="439"/>
        <location filename="../../labels.py" line="94"/>
        <source>7 years or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="95"/>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="96"/>
        <source>on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="97"/>
        <location filename="../../labels.py" line="163"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="98"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="99"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="100"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="101"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="102"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="103"/>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="104"/>
        <source>family work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="105"/>
        <source>child health clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="108"/>
        <source>early childhood education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="111"/>
        <source>family counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="114"/>
        <source>association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="115"/>
        <source>parish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="116"/>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="117"/>
        <source>other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="118"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="119"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="120"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="121"/>
        <source>public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="122"/>
        <source>closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="123"/>
        <source>the group does not meet on this eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="124"/>
        <source>the clocks change that night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="125"/>
        <source>left out this season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="126"/>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="127"/>
        <location filename="../../labels.py" line="534"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="128"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="129"/>
        <source>All public groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="130"/>
        <source>family added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="131"/>
        <source>family details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="134"/>
        <source>member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="135"/>
        <source>member changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="136"/>
        <source>member removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="137"/>
        <source>enrolment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="138"/>
        <source>enrolment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="139"/>
        <source>enrolment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="140"/>
        <source>attendance mark changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="141"/>
        <source>personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="142"/>
        <source>families merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="143"/>
        <source>family opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="144"/>
        <source>attendance view opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="147"/>
        <source>sign-in sheet printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="150"/>
        <source>sign-in sheet saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="153"/>
        <source>workbook with names exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="156"/>
        <source>roster imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="157"/>
        <source>family&apos;s data report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="160"/>
        <source>follow-ups due listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="164"/>
        <source>stopped coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="165"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="166"/>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="167"/>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="169"/>
        <source>Autumn break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="170"/>
        <source>Christmas break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="171"/>
        <source>Winter break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="172"/>
        <source>Summer break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="173"/>
        <source>The groups of one organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="176"/>
        <source>Chosen groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="177"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="178"/>
        <source>leader ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="179"/>
        <source>closure or holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="180"/>
        <source>too few coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="181"/>
        <source>place not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="184"/>
        <source>weather or other force majeure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="187"/>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="188"/>
        <source>being planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="189"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="190"/>
        <source>to be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="191"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="192"/>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="193"/>
        <source>partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="194"/>
        <source>not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="196"/>
        <source>I enjoyed the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="199"/>
        <source>I got support in being a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="202"/>
        <source>I got peer support from other parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="205"/>
        <source>I will come again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="208"/>
        <source>Child: Was it fun?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="211"/>
        <source>adults, 1 = not at all … 5 = fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="214"/>
        <source>children, a sad, a neutral or a happy face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="228"/>
        <source>{months} mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="229"/>
        <source>{years} y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="230"/>
        <source>at least {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="231"/>
        <source>at most {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="168"/>
        <location filename="../../labels.py" line="270"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="278"/>
        <source>Group: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="279"/>
        <source>Groups: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="282"/>
        <source>Group type: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="284"/>
        <location filename="../../labels.py" line="450"/>
        <source>Organiser: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="286"/>
        <source>Place: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="287"/>
        <source>Leader: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="293"/>
        <source>Period {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="304"/>
        <source>Their attendance is not in the figures until it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="327"/>
        <source>Groups kept by headcount alone are left out of the family counts (families, fathers reached, new families, adults and children reached): a headcount names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="336"/>
        <source>Sessions kept by headcount alone are left out of the fill rate where the group&apos;s capacity is in families: a headcount names no family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="344"/>
        <source>Groups kept by attendance list alone are left out of the first-time visitors, which only a headcount counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="417"/>
        <source>{rate} – over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="424"/>
        <source>Over capacity: more came than the capacity had room for. Sessions over capacity: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="434"/>
        <source>A fill rate over 100 % is shown as it is and marked over capacity. Sessions over capacity: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="441"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="458"/>
        <source>A group that several organisations organise counts under each of them, so the organisers&apos; rows do not add up to the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="467"/>
        <source>Planning and debrief hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="468"/>
        <source>Hours in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="469"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="470"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="471"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="472"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="473"/>
        <source>Leader hours by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="474"/>
        <source>Cancelled sessions by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="476"/>
        <source>the length of each held session, for every leader of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="479"/>
        <source>the group&apos;s planning and debrief time for each held session, for every leader of it; not included in the leader hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="484"/>
        <source>the hours of the staff, the volunteers and the students who led sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="487"/>
        <source>cancelled sessions by the kind of reason chosen when cancelling; those cancelled before reasons were grouped are “not given”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="495"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="496"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="497"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="663"/>
        <source>the {ordinal} Monday of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="664"/>
        <source>the {ordinal} Tuesday of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="665"/>
        <source>the {ordinal} Wednesday of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="666"/>
        <source>the {ordinal} Thursday of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="667"/>
        <source>the {ordinal} Friday of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="668"/>
        <source>the {ordinal} Saturday of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="669"/>
        <source>the {ordinal} Sunday of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="672"/>
        <source>the last Monday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="673"/>
        <source>the last Tuesday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="674"/>
        <source>the last Wednesday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="675"/>
        <source>the last Thursday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="676"/>
        <source>the last Friday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="677"/>
        <source>the last Saturday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="678"/>
        <source>the last Sunday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="681"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="682"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="683"/>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="684"/>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="685"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="271"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="280"/>
        <source>Fathers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="281"/>
        <source>different fathers (stepfathers and foster fathers too) present at least once in the period, from the attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="289"/>
        <source>New families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="298"/>
        <source>Adults reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="299"/>
        <source>different adults present at least once in the period, from the attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="306"/>
        <source>Children reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="307"/>
        <source>different children present at least once in the period, from the attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="314"/>
        <source>First-time visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="272"/>
        <source>different families with someone present at least once in the period, from the attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="226"/>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="227"/>
        <source>sessions of the period that were held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="231"/>
        <source>Sessions cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="232"/>
        <source>sessions of the period that were cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="236"/>
        <source>Sessions not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="237"/>
        <source>past sessions, not cancelled, with neither attendance marks nor a headcount: their visits are in no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="245"/>
        <source>Visits, adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="246"/>
        <source>adults present in held sessions: a headcount&apos;s adults, else the adults marked present on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="254"/>
        <source>Visits, children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="255"/>
        <source>children present in held sessions: a headcount&apos;s children, else the children marked present on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="263"/>
        <source>Visits in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="264"/>
        <source>adults&apos; and children&apos;s visits together: someone who came ten times is ten visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="330"/>
        <source>how full the held sessions with a capacity were, like with like: the families present against a capacity in families, the visits against one in persons (a place&apos;s capacity is in persons); over 100 % is over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="341"/>
        <source>Sessions over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="342"/>
        <source>held sessions that more came to than their capacity had room for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="346"/>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="347"/>
        <source>of the families enrolled in a group on the day of each held session, the share present, over all its sessions (groups with an attendance list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="410"/>
        <source>Visits by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="411"/>
        <source>adults&apos; visits by their role: in groups with an attendance list from the roles in the families&apos; records (stepfathers and foster fathers as fathers), in headcounts from the leaders&apos; count; not given: no role recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="418"/>
        <source>Fathers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="419"/>
        <source>Mothers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="420"/>
        <source>Other guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="421"/>
        <source>Grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="422"/>
        <location filename="../../domain/statistics.py" line="440"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="428"/>
        <source>Visits by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="429"/>
        <source>children&apos;s visits by their age on the day of the session: in groups with an attendance list from the birth dates in the families&apos; records, in headcounts from the leaders&apos; count; not given: no birth year recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="436"/>
        <source>Under 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="290"/>
        <source>families whose first visit ever to these groups is in the period, from the attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="315"/>
        <source>people the leaders counted on a headcount as there for the first time; nobody is named, so they are not counted as families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="323"/>
        <source>Average attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="324"/>
        <source>visits per held session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="329"/>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="466"/>
        <source>Leader hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="526"/>
        <source>What works well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="527"/>
        <source>What could be improved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="528"/>
        <source>How do the good changes carry on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="529"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="530"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="531"/>
        <source>Participants&apos; feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="533"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="535"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="536"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="537"/>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="538"/>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="539"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="540"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="541"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="542"/>
        <source>Anonymous feedback forms counted: how many gave each answer. Adults answer from 1 (not at all) to 5 (fully); children point at a face, 1 sad, 2 neutral, 3 happy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="548"/>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="549"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="550"/>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="657"/>
        <source>{number}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Ryhmät (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Read-only: the database is open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Workers and pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Calendar feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The database is empty. You can start with demo data of a fictional municipality, or add your own groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Only an SQLite database file is restored here; restore a PostgreSQL database with pg_restore (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>&amp;Find in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>&amp;New in this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Find a group, a session, a family or a worker (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>&amp;About Ryhmät…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681"/>
        <source>Ryhmät databases (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Ryhmät backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="717"/>
        <location filename="../../ui/main_window.py" line="745"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>The automatic backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <location filename="../../ui/main_window.py" line="782"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>The current data will be replaced by the backup of %1.

A copy of the current data is saved first in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="817"/>
        <source>The backup is restored; the data it replaced is saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="835"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="849"/>
        <source>Demo data created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="56"/>
        <source>Adult&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="59"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="64"/>
        <source>Child&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="67"/>
        <source>birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="70"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="71"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="72"/>
        <source>Birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="77"/>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/people/members.py" line="77"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="78"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="79"/>
        <source>Adult or child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="80"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="81"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="82"/>
        <source>Birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="173"/>
        <source>adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="173"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../ui/people/members.py" line="282"/>
        <source>Add &amp;adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="284"/>
        <source>Add &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="286"/>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="291"/>
        <source>Saving also removes the attendance marks of the removed members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFamiliesDialog</name>
    <message>
        <location filename="../../ui/people/merging.py" line="53"/>
        <location filename="../../ui/people/merging.py" line="153"/>
        <source>Merge families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="59"/>
        <source>The duplicate&apos;s name or a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="68"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="76"/>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="77"/>
        <source>&amp;Duplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="103"/>
        <source>The duplicate %1 moves into %2 and is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="106"/>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="112"/>
        <source>Enrolment in %1: made one with %2&apos;s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="114"/>
        <source>Enrolment in %1: moves (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="117"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="129"/>
        <source>Attendance marks, headcounts and the change history are kept; the people keep their codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="137"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="139"/>
        <source>adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="155"/>
        <source>Merge the family %1 into the family %2? %1 is deleted; its people, enrolments and history move to %2. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="163"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="164"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="25"/>
        <location filename="../../ui/messages.py" line="22"/>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="60"/>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="49"/>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalSpinBox</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="38"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="218"/>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="218"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="224"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="225"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnAccount</name>
    <message>
        <location filename="../../ui/team.py" line="278"/>
        <source>You sign in to the team database as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../ui/team.py" line="301"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="315"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="316"/>
        <source>The &amp;same again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="320"/>
        <source>At least 12 characters: a few words of your own are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="128"/>
        <source>Edit pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="128"/>
        <source>New pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="140"/>
        <source>For example a family worker and a public health nurse who lead together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="144"/>
        <source>New &amp;worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="145"/>
        <source>A worker who is not in the lists yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="148"/>
        <source>&amp;First worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="149"/>
        <source>Se&amp;cond worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="194"/>
        <source>Choose both workers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <location filename="../../ui/password.py" line="26"/>
        <source>Sign in to the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="27"/>
        <source>Password of %1 for the database %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="31"/>
        <source>The password was not accepted. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="35"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonUsageDialog</name>
    <message>
        <location filename="../../ui/usage_log.py" line="102"/>
        <source>Usage log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="108"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="109"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="110"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="115"/>
        <source>Nothing has been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="119"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="25"/>
        <source>Edit place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="25"/>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="30"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="34"/>
        <source>The room&apos;s capacity, in persons. A group&apos;s own capacity, in families or persons, is set in the group and counts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="40"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="41"/>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="42"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <location filename="../../ui/groups/places.py" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="27"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="29"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="36"/>
        <source>&amp;New place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="37"/>
        <source>E&amp;dit place…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="14"/>
        <source>%n chosen date(s)</source>
        <translation>
            <numerusform>%n chosen date</numerusform>
            <numerusform>%n chosen dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="17"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="21"/>
        <source>Not recorded (%n)</source>
        <translation>
            <numerusform>Not recorded (%n)</numerusform>
            <numerusform>Not recorded (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="25"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Follow-up due (%n)</numerusform>
            <numerusform>Follow-ups due (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="29"/>
        <source>Evaluations due (%n)</source>
        <translation>
            <numerusform>Evaluation due (%n)</numerusform>
            <numerusform>Evaluations due (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="33"/>
        <source>%n planned session(s) fall on “%1” and will be cancelled:</source>
        <translation>
            <numerusform>%n planned session falls on “%1” and will be cancelled:</numerusform>
            <numerusform>%n planned sessions fall on “%1” and will be cancelled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="37"/>
        <source>%n session(s) will be planned again:</source>
        <translation>
            <numerusform>%n session will be planned again:</numerusform>
            <numerusform>%n sessions will be planned again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="40"/>
        <source>%n session(s) not recorded</source>
        <translation>
            <numerusform>%n session not recorded</numerusform>
            <numerusform>%n sessions not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="44"/>
        <source>The personal data of %n family(-ies) inactive for the retention period was erased.</source>
        <translation>
            <numerusform>The personal data of %n family inactive for the retention period was erased.</numerusform>
            <numerusform>The personal data of %n families inactive for the retention period was erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="51"/>
        <source>%n families erased after this backup was taken were erased again.</source>
        <translation>
            <numerusform>%n family erased after this backup was taken was erased again.</numerusform>
            <numerusform>%n families erased after this backup was taken were erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="56"/>
        <source>%n families erased after this copy of the database was made were erased again.</source>
        <translation>
            <numerusform>%n family erased after this copy of the database was made was erased again.</numerusform>
            <numerusform>%n families erased after this copy of the database was made were erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="79"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="82"/>
        <source>Leaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="126"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="128"/>
        <source>Role or age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="129"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="130"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="134"/>
        <source>Families not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="140"/>
        <location filename="../../ui/printing.py" line="447"/>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="155"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="181"/>
        <source>%1 (stepfathers and foster fathers too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="185"/>
        <source>Children: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="188"/>
        <source>First-time visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="193"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="194"/>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="195"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="197"/>
        <location filename="../../ui/printing.py" line="454"/>
        <source>Headcount tally sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme_report.py" line="25"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="26"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="27"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="28"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="29"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="30"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="31"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="32"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="33"/>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="34"/>
        <source>No sessions are planned for this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="55"/>
        <source>Programme for families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="77"/>
        <source>&amp;Season:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="80"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="82"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="92"/>
        <source>The group has no seasons yet: plan one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="129"/>
        <source>Save programme as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="130"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../export/programme_page.py" line="49"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="50"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="51"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="52"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="53"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="54"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="55"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="57"/>
        <source>Groups&apos; programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="58"/>
        <source>The groups&apos; coming sessions, and links that add them to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="61"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="62"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="63"/>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="64"/>
        <source>Add all groups to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="65"/>
        <source>The link opens the sessions as a calendar file (.ics) in your calendar app. To see changes and cancellations there too, subscribe to the link&apos;s address in your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="71"/>
        <source>Upcoming sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="72"/>
        <source>No upcoming sessions are planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="73"/>
        <source>No groups are published at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="74"/>
        <source>Next session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="75"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="76"/>
        <source>at %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="77"/>
        <source>Organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="78"/>
        <source>Children&apos;s ages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="79"/>
        <source>Sessions up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../i18n.py" line="40"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../i18n.py" line="38"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="39"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../i18n.py" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/records.py" line="181"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="200"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="202"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="69"/>
        <source>southern Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="70"/>
        <source>central Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="71"/>
        <source>northern Finland</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalActions</name>
    <message>
        <location filename="../../ui/removal.py" line="98"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="100"/>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="102"/>
        <source>Restor&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="104"/>
        <source>Show archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="159"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="165"/>
        <source>Delete the group “%1” with its seasons and sessions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="168"/>
        <source>Delete the season “%1” with its sessions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="170"/>
        <source>Delete the place “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="171"/>
        <source>Delete the worker “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="172"/>
        <source>Delete the pair “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="173"/>
        <source>Delete the organisation “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/removal.py" line="205"/>
        <source>“%1” has %n planned session(s) still to come, which partners&apos; calendars show. Archived, the group no longer meets: mark them cancelled (the calendars show them cancelled), or remove them (they disappear from the calendars).</source>
        <translation>
            <numerusform>“%1” has %n planned session still to come, which partners&apos; calendars show. Archived, the group no longer meets: mark it cancelled (the calendars show it cancelled), or remove it (it disappears from the calendars).</numerusform>
            <numerusform>“%1” has %n planned sessions still to come, which partners&apos; calendars show. Archived, the group no longer meets: mark them cancelled (the calendars show them cancelled), or remove them (they disappear from the calendars).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="216"/>
        <source>Mark them cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="219"/>
        <source>Remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="226"/>
        <source>The group has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/people/roster_import.py" line="140"/>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="143"/>
        <source>An .xlsx or .csv file, one row per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="144"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="147"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="154"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="155"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="163"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="164"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="165"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="180"/>
        <source>Import only the &amp;valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="182"/>
        <source>Families with a problem on any row are left out whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="192"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="228"/>
        <location filename="../../ui/people/roster_import.py" line="248"/>
        <source>There are no groups yet: create a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="231"/>
        <source>Choose a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="234"/>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="234"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="245"/>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="269"/>
        <source>Some rows have problems. Correct the file and check it again, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolHolidaysDialog</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="353"/>
        <source>Add the school holidays of a school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="365"/>
        <source>Week %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="368"/>
        <source>School &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="369"/>
        <source>&amp;Winter break week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="380"/>
        <source>&amp;Add closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="388"/>
        <source>These closures will be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="392"/>
        <source>Easter needs no closure: its days are public holidays, which every season skips. Breaks added before for the same groups are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="434"/>
        <source>added already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="463"/>
        <source>the school holidays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="469"/>
        <source>Add the school holidays %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="198"/>
        <source>&amp;Pauses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="199"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="200"/>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search.py" line="138"/>
        <location filename="../../ui/search.py" line="144"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="142"/>
        <source>A group, a family, a worker, a theme or a date (6.1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="148"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="180"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/search.py" line="44"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="45"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="46"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="47"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="62"/>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonCopyDialog</name>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="41"/>
        <source>Copy season %1 to a new period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="45"/>
        <source>The new season repeats as %1 does, at the same times, with the same place and leaders; its dates move to the period typed here. It is saved only once you have seen its dates and saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="53"/>
        <source>e.g. Kevätkausi 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="59"/>
        <source>&amp;Preview the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="67"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="68"/>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="69"/>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesEditor</name>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="90"/>
        <source>weekly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="180"/>
        <source>Edit season of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="180"/>
        <source>New season of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="191"/>
        <location filename="../../ui/groups/series_editor.py" line="198"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="192"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="199"/>
        <location filename="../../ui/groups/series_editor.py" line="328"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="201"/>
        <source>Planned session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="208"/>
        <source>Who or where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="209"/>
        <source>Other group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="211"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="224"/>
        <source>&amp;Save season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="228"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="244"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="246"/>
        <source>e.g. Syyskausi 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="252"/>
        <source>&amp;Weekly on chosen weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="253"/>
        <source>&amp;Every month on one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="254"/>
        <source>On c&amp;hosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="270"/>
        <location filename="../../ui/groups/series_editor.py" line="282"/>
        <source>Group&apos;s default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="272"/>
        <location filename="../../ui/groups/series_editor.py" line="284"/>
        <source>Group&apos;s default (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="288"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="289"/>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="290"/>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="296"/>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="298"/>
        <source>Lea&amp;ve out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="299"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="300"/>
        <source>Lea&amp;ders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="301"/>
        <source>&amp;Other leaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="303"/>
        <source>Not copied, as archived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="329"/>
        <source>reason, e.g. työpari koulutuksessa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="330"/>
        <source>Skip the da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="333"/>
        <source>Dates left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="335"/>
        <source>&amp;Undo skipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="354"/>
        <source>Workers who lead every session of the season besides the pair above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="363"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="364"/>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="366"/>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="370"/>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="374"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="375"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="391"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="412"/>
        <source>Wee&amp;kday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="432"/>
        <source>&amp;Add date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="436"/>
        <source>&amp;Remove date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="453"/>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="738"/>
        <source>, to cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="743"/>
        <source>, to plan again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="755"/>
        <source>is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="761"/>
        <source>cancelled already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="763"/>
        <source>held: left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="765"/>
        <source>edited by hand: left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="767"/>
        <source>recorded: left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="413"/>
        <location filename="../../ui/groups/series_editor.py" line="456"/>
        <source>Ti&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="565"/>
        <source>Write the reason the families are told, e.g. työpari koulutuksessa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="651"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="660"/>
        <source>Save despite the &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="664"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="666"/>
        <source>Skipped days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/groups/series_editor.py" line="725"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflicts: %n</numerusform>
            <numerusform>Conflicts: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="725"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="732"/>
        <source>Sessions to create: %1, to update: %2, to remove: %3, to keep: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="234"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="248"/>
        <source>Record &amp;attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="295"/>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="299"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="301"/>
        <source>S&amp;tarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="304"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="305"/>
        <source>&amp;Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="306"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="307"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="314"/>
        <source>&amp;Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="316"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="323"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="330"/>
        <source>Reason for cancelling, e.g. the leader is ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="332"/>
        <source>C&amp;onfirm cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="334"/>
        <source>Keep the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="350"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="380"/>
        <source>No place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="404"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="416"/>
        <source>A public holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="464"/>
        <source>Cancel %1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="466"/>
        <source>Restore %1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="468"/>
        <source>Move %1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="470"/>
        <source>Edit %1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="497"/>
        <source>Saving books someone or a place twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="499"/>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="551"/>
        <source>Choose why the session is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditCommand</name>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="148"/>
        <source>Undoing “%1” books someone or a place twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="149"/>
        <source>&amp;Undo anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="151"/>
        <source>Redoing “%1” books someone or a place twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="152"/>
        <source>&amp;Redo anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFormsDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="149"/>
        <source>Feedback forms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="152"/>
        <source>Count the forms of one session: the numbers are added to the season&apos;s (the evaluation shows the season&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPrintButton</name>
    <message>
        <location filename="../../ui/printing.py" line="480"/>
        <source>P&amp;rint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSheets</name>
    <message>
        <location filename="../../ui/printing.py" line="372"/>
        <source>Print &amp;sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="373"/>
        <source>Save sign-in sheet as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="378"/>
        <source>&amp;Headcount tally sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="379"/>
        <source>Save &amp;tally sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="446"/>
        <source>Save sign-in sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="453"/>
        <source>Save tally sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="470"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="48"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>Error log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="74"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="77"/>
        <source>Automatic &amp;backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>At every start the app saves a copy of the database in %1 and removes the oldest copies beyond this number. 0 turns automatic backups off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Automatic backups are made of an SQLite database file only; back up a PostgreSQL database with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="99"/>
        <source>Before a restore or an upgrade the app saves a copy of the database; the newest %n of each are kept.</source>
        <translation>
            <numerusform>Before a restore or an upgrade the app saves a copy of the database; the newest %n of each is kept.</numerusform>
            <numerusform>Before a restore or an upgrade the app saves a copy of the database; the newest %n of each are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>There are none now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="112"/>
        <source>Safety copies:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <location filename="../../ui/shortcuts.py" line="119"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="101"/>
        <source>Previous week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="106"/>
        <source>Next week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="146"/>
        <location filename="../../ui/shortcuts.py" line="158"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="149"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/statistics/page.py" line="120"/>
        <source>All group types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="147"/>
        <source>&amp;Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="148"/>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="149"/>
        <source>Fa&amp;milies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="150"/>
        <source>Lea&amp;ders and cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="152"/>
        <source>&amp;Roles and ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="153"/>
        <location filename="../../ui/statistics/page.py" line="365"/>
        <source>Not rec&amp;orded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="155"/>
        <source>E&amp;valuations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="162"/>
        <source>&amp;Pseudonymise names (for sending outside the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="163"/>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="165"/>
        <source>Save s&amp;ummary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="167"/>
        <source>One page for a board or a funder: the figures with their definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="199"/>
        <source>Pre&amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="204"/>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="207"/>
        <source>Group t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="239"/>
        <source>Days as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="241"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="242"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="243"/>
        <source>This season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="244"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="245"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="251"/>
        <source>The autumn season (1.8.–31.12.) or the spring season (1.1.–31.7.) of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="289"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="337"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="386"/>
        <source>Statistics %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="389"/>
        <source>Summary %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="400"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="401"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="445"/>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="446"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="489"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../summary.py" line="145"/>
        <source>Group work at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="190"/>
        <source>By group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="192"/>
        <source>Group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="219"/>
        <source>Roles and ages come from the families&apos; records in groups with an attendance list, from the leaders&apos; count in headcounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="225"/>
        <source>Visits by role and age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="274"/>
        <source>Seasons evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="276"/>
        <source>Adults&apos; feedback (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="277"/>
        <source>Children&apos;s feedback (faces 1–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="284"/>
        <source>{evaluated} of {seasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="315"/>
        <source>{goals} set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="316"/>
        <source>{achieved} of {goals} achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="320"/>
        <source>, {partly} partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../summary.py" line="331"/>
        <source>{average} (n = {answers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_report.py" line="33"/>
        <source>Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_report.py" line="34"/>
        <source>Filters: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetAgesField</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="160"/>
        <location filename="../../ui/groups/widgets.py" line="162"/>
        <source>Youngest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="161"/>
        <location filename="../../ui/groups/widgets.py" line="163"/>
        <source>Oldest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="164"/>
        <source>Unit of the youngest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="165"/>
        <source>Unit of the oldest age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../ui/team.py" line="47"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="48"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="49"/>
        <source>Group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="50"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEvesBox</name>
    <message>
        <location filename="../../ui/groups/eves.py" line="92"/>
        <source>Eves on which groups do not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="97"/>
        <source>Save &amp;eves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="101"/>
        <source>For the whole team: seasons planned from now on skip these eves and name them. A group may choose otherwise in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <location filename="../../ui/team.py" line="80"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="82"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="83"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="84"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="86"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="95"/>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="96"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/fields.py" line="355"/>
        <source>e.g. 9.30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnrecordedList</name>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="52"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="60"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="82"/>
        <source>Every past session is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="110"/>
        <source>&amp;Record attendance…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../ui/unsaved.py" line="40"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="41"/>
        <source>Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="49"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="52"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="56"/>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../ui/statistics/visits.py" line="53"/>
        <source>Group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/visits.py" line="67"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../export/excel.py" line="120"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="121"/>
        <source>Headcounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="122"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="123"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="126"/>
        <source>Fathers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="127"/>
        <source>Mothers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="128"/>
        <source>Other guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="129"/>
        <source>Grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="132"/>
        <source>Children 0 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="133"/>
        <source>Children 1–2 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="134"/>
        <source>Children 3–6 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="135"/>
        <source>Children 7+ y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="259"/>
        <location filename="../../export/excel.py" line="554"/>
        <location filename="../../export/excel.py" line="769"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="477"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="478"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="479"/>
        <source>What it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="525"/>
        <source>Statistics and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="468"/>
        <location filename="../../export/excel.py" line="527"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="119"/>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="470"/>
        <location filename="../../export/excel.py" line="531"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="538"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="545"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="546"/>
        <source>pseudonymised (P- person, F- family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="558"/>
        <source>Group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="473"/>
        <location filename="../../export/excel.py" line="563"/>
        <location filename="../../export/excel.py" line="567"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="310"/>
        <source>1 past session whose attendance is not recorded: its visits are not in the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../labels.py" line="314"/>
        <source>{count} past sessions whose attendance is not recorded: their visits are not in the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="653"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="654"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="655"/>
        <source>Role / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="659"/>
        <source>(data erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="665"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="667"/>
        <source>child, {age} y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="669"/>
        <source>adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="670"/>
        <source>{who}, guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="770"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="826"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="38"/>
        <source>Edit worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="38"/>
        <source>New worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="54"/>
        <source>Choose or type a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="59"/>
        <source>Leader hours are reported separately for staff, volunteers and students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="65"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="73"/>
        <source>name@example.fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="75"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="76"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="78"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="79"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../ui/people/workers_page.py" line="39"/>
        <source>Workers and pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="43"/>
        <location filename="../../ui/people/workers_page.py" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="44"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="46"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="47"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="54"/>
        <source>First worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="57"/>
        <source>Second worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="45"/>
        <location filename="../../ui/people/workers_page.py" line="65"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="71"/>
        <source>&amp;New worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="71"/>
        <source>E&amp;dit worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="72"/>
        <source>&amp;New pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="72"/>
        <source>E&amp;dit pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="73"/>
        <source>&amp;New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="73"/>
        <source>E&amp;dit organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="78"/>
        <source>&amp;Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="79"/>
        <source>&amp;Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="80"/>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
