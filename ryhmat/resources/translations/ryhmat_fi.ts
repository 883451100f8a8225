<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="30"/>
        <source>About Ryhmät</source>
        <translation>Tietoja Ryhmät-sovelluksesta</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33"/>
        <source>Ryhmät</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="35"/>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="38"/>
        <source>Plans the peer groups of family work, records attendance and publishes the groups&apos; calendars.</source>
        <translation>Suunnittelee perhetyön vertaisryhmät, kirjaa läsnäolot ja julkaisee ryhmien kalenterit.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="44"/>
        <source>Licence: %1</source>
        <translation>Lisenssi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="51"/>
        <source>None made by the app: back up a PostgreSQL database with pg_dump.</source>
        <translation>Sovellus ei tee niitä: varmuuskopioi PostgreSQL-tietokanta pg_dump-ohjelmalla.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="53"/>
        <source>Backups:</source>
        <translation>Varmuuskopiot:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="55"/>
        <source>Error log:</source>
        <translation>Virheloki:</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/team.py" line="128"/>
        <source>Add a person to the team</source>
        <translation>Lisää henkilö tiimiin</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="140"/>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="150"/>
        <source>&amp;Login:</source>
        <translation>&amp;Tunnus:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="151"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Koko nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="152"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="153"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="154"/>
        <source>&amp;Worker in the plan:</source>
        <translation>&amp;Työntekijä suunnitelmassa:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="180"/>
        <source>Added to the team</source>
        <translation>Lisätty tiimiin</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="181"/>
        <source>%1 signs in as %2 with this password, shown only now:</source>
        <translation>%1 kirjautuu tunnuksella %2 tällä salasanalla, joka näytetään vain nyt:</translation>
    </message>
</context>
<context>
    <name>AgeBoundField</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="128"/>
        <source>months</source>
        <translation>kuukautta</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="129"/>
        <source>years</source>
        <translation>vuotta</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="515"/>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="61"/>
        <source>Erased adult</source>
        <translation>Poistettu aikuinen</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="62"/>
        <source>Erased child</source>
        <translation>Poistettu lapsi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="70"/>
        <source>adult</source>
        <translation>aikuinen</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="73"/>
        <source>child</source>
        <translation>lapsi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="222"/>
        <source>This family&apos;s personal data was erased; the mark is kept as an anonymous count and cannot be changed.</source>
        <translation>Perheen henkilötiedot on poistettu; merkintä säilyy nimettömänä lukuna eikä sitä voi muuttaa.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="245"/>
        <source>Erased family</source>
        <translation>Poistettu perhe</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="247"/>
        <source>%1 (joins the group)</source>
        <translation>%1 (liittyy ryhmään)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="251"/>
        <source>%1 (guest)</source>
        <translation>%1 (vieras)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="269"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="270"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="271"/>
        <source>Role or age</source>
        <translation>Rooli tai ikä</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="272"/>
        <source>Mark</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_model.py" line="273"/>
        <source>Photo permission</source>
        <translation>Valokuvauslupa</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="35"/>
        <source>P</source>
        <comment>key that marks present</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="36"/>
        <source>A</source>
        <comment>key that marks absent</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_table.py" line="37"/>
        <source>E</source>
        <comment>key that marks excused</comment>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="153"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="154"/>
        <source>Save the marks, guests and headcount (Enter)</source>
        <translation>Tallenna merkinnät, vieraat ja kävijämäärä (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="208"/>
        <source>Mark all &amp;present</source>
        <translation>Merkitse kaikki &amp;läsnä</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="209"/>
        <source>Ctrl+A in the list</source>
        <translation>Ctrl+A listassa</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="211"/>
        <source>Add &amp;guest family…</source>
        <translation>Lisää &amp;vierasperhe…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="219"/>
        <source>Space changes the mark · 1 present · 2 absent · 3 excused · 0 clears · Enter saves · Ctrl+Z undoes</source>
        <translation>Välilyönti vaihtaa merkinnän · 1 läsnä · 2 poissa · 3 poissa (ilmoitettu) · 0 tyhjentää · Enter tallentaa · Ctrl+Z kumoaa</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="251"/>
        <source>Add a &amp;family…</source>
        <translation>Lisää &amp;perhe…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="265"/>
        <source>Nobody was enrolled in the group on %1.</source>
        <translation>Kukaan ei ollut ilmoittautunut ryhmään %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sessions/attendance_view.py" line="313"/>
        <source>Show the families&apos; other members (%n)</source>
        <translation>
            <numerusform>Näytä perheiden muut jäsenet (%n)</numerusform>
            <numerusform>Näytä perheiden muut jäsenet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="315"/>
        <source>People of the same families whom the group is not for</source>
        <translation>Samojen perheiden jäsenet, joille ryhmä ei ole tarkoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="344"/>
        <source>Cancelled: %1</source>
        <translation>Peruttu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="346"/>
        <source>The session&apos;s leaders record it; you see it as it is recorded now.</source>
        <translation>Ryhmäkerran ohjaajat kirjaavat sen; näet sen sellaisena kuin se on nyt kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="348"/>
        <source>Recorded earlier; saving replaces that record.</source>
        <translation>Kirjattu jo aiemmin; tallentaminen korvaa aiemman kirjauksen.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="412"/>
        <source>Clear the mark of %1</source>
        <translation>Tyhjennä merkintä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="414"/>
        <source>Mark %1 %2</source>
        <translation>Merkitse %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="429"/>
        <source>Mark all present</source>
        <translation>Merkitse kaikki läsnä</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="442"/>
        <source>Add guest family %1</source>
        <translation>Lisää vierasperhe %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/attendance_view.py" line="452"/>
        <source>Present %1 of %2</source>
        <translation>Läsnä %1/%2</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar/dates.py" line="58"/>
        <source>Week %1 · %2–%3</source>
        <translation>Viikko %1 · %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="69"/>
        <source>%1 · weeks %2–%3</source>
        <translation>%1 · viikot %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="77"/>
        <source>Wk %1</source>
        <translation>vko %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="97"/>
        <source>Double booked</source>
        <translation>Päällekkäinen varaus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="106"/>
        <source>Theme: %1</source>
        <translation>Teema: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="108"/>
        <source>Place: %1</source>
        <translation>Paikka: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="111"/>
        <source>Leaders: %1</source>
        <translation>Ohjaajat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dates.py" line="120"/>
        <source>Status: %1</source>
        <translation>Tila: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="148"/>
        <source>+%1 more</source>
        <translation>+%1 muuta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="100"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="112"/>
        <source>%1 (%2): closed for %3</source>
        <translation>%1 (%2): tauolla %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="115"/>
        <source>%1 (%2): no group meets</source>
        <translation>%1 (%2): mikään ryhmä ei kokoonnu</translation>
    </message>
</context>
<context>
    <name>CalendarMove</name>
    <message>
        <location filename="../../ui/calendar/moving.py" line="45"/>
        <source>Move the session a day earlier</source>
        <translation>Siirrä ryhmäkertaa päivä aiemmaksi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="46"/>
        <source>Move the session a day later</source>
        <translation>Siirrä ryhmäkertaa päivä myöhemmäksi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="49"/>
        <source>Move the session 15 minutes earlier (in the month: a week earlier)</source>
        <translation>Siirrä ryhmäkertaa 15 minuuttia aiemmaksi (kuukausinäkymässä viikko aiemmaksi)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="55"/>
        <source>Move the session 15 minutes later (in the month: a week later)</source>
        <translation>Siirrä ryhmäkertaa 15 minuuttia myöhemmäksi (kuukausinäkymässä viikko myöhemmäksi)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="70"/>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 klo %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="81"/>
        <source>Move %1 %2 → %3?</source>
        <translation>Siirretäänkö %1 %2 → %3?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="90"/>
        <source>%1 is a public holiday: %2.</source>
        <translation>%1 on juhlapyhä: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="91"/>
        <source>On %1 the group is paused: %2.</source>
        <translation>Ryhmä on tauolla %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="92"/>
        <source>%1 is %2, when the group does not meet.</source>
        <translation>%1 on %2, jolloin ryhmä ei kokoonnu.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="93"/>
        <source>The season leaves %1 out: %2.</source>
        <translation>%1 on jätetty kauden ohjelmasta pois: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="108"/>
        <source>The move books someone or a place twice:</source>
        <translation>Siirto tekee päällekkäisen varauksen:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="152"/>
        <source>Move session</source>
        <translation>Siirrä ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="160"/>
        <source>Move &amp;anyway</source>
        <translation>Siirrä &amp;silti</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="166"/>
        <source>&amp;Move</source>
        <translation>&amp;Siirrä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="170"/>
        <source>&amp;Don&apos;t move</source>
        <translation>Ä&amp;lä siirrä</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/moving.py" line="191"/>
        <source>Move %1 session</source>
        <translation>Siirrä ryhmäkerta: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="143"/>
        <source>&amp;Previous</source>
        <translation>&amp;Edellinen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="145"/>
        <source>&amp;Today</source>
        <translation>T&amp;änään</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="147"/>
        <source>Go to today (%1)</source>
        <translation>Siirry tähän päivään (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="150"/>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="164"/>
        <source>&amp;Week</source>
        <translation>&amp;Viikko</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="165"/>
        <source>&amp;Month</source>
        <translation>&amp;Kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="166"/>
        <source>Show one week, a column per day</source>
        <translation>Näytä viikko, sarake kullekin päivälle</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="167"/>
        <source>Show a month, a row per week</source>
        <translation>Näytä kuukausi, rivi kullekin viikolle</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="190"/>
        <location filename="../../ui/calendar/page.py" line="376"/>
        <source>&amp;Record attendance…</source>
        <translation>&amp;Kirjaa läsnäolot…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="302"/>
        <source>Previous week</source>
        <translation>Edellinen viikko</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="302"/>
        <source>Next week</source>
        <translation>Seuraava viikko</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="304"/>
        <source>Previous month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="304"/>
        <source>Next month</source>
        <translation>Seuraava kuukausi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/page.py" line="334"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n ryhmäkerta</numerusform>
            <numerusform>%n ryhmäkertaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/page.py" line="336"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n peruttu</numerusform>
            <numerusform>%n peruttua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="374"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Avaa ryhmäkerta…</translation>
    </message>
</context>
<context>
    <name>ChangePersonDialog</name>
    <message>
        <location filename="../../ui/team.py" line="204"/>
        <source>%1 in the team</source>
        <translation>%1 tiimissä</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="206"/>
        <source>Give a &amp;new password</source>
        <translation>Anna &amp;uusi salasana</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="209"/>
        <source>&amp;Remove from the team</source>
        <translation>&amp;Poista tiimistä</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="217"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="220"/>
        <source>A person removed can no longer sign in; their name stays in the list and in the change history.</source>
        <translation>Poistettu henkilö ei voi enää kirjautua; hänen nimensä säilyy luettelossa ja muutoshistoriassa.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="249"/>
        <source>A new password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="250"/>
        <source>%1 signs in as %2 with this password from now on, shown only now:</source>
        <translation>%1 kirjautuu tunnuksella %2 tästä lähtien tällä salasanalla, joka näytetään vain nyt:</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../ui/statistics/charts.py" line="107"/>
        <source>Adults</source>
        <translation>Aikuiset</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="108"/>
        <source>Children</source>
        <translation>Lapset</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="132"/>
        <source>Visits per month</source>
        <translation>Käyntikerrat kuukausittain</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="134"/>
        <source>Sessions held, cancelled and not recorded</source>
        <translation>Pidetyt, perutut ja kirjaamattomat ryhmäkerrat</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="136"/>
        <source>Fathers reached per month</source>
        <translation>Tavoitetut isät kuukausittain</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="142"/>
        <source>Save as PNG…</source>
        <translation>Tallenna PNG-kuvana…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="232"/>
        <source>Save chart as PNG</source>
        <translation>Tallenna kaavio PNG-kuvana</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/charts.py" line="233"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli/commands.py" line="49"/>
        <source>Families erased after this copy of the database was made, erased again now: {count}</source>
        <translation>Perheitä, joiden tiedot poistettiin tämän tietokannan kopion ottamisen jälkeen ja poistettiin nyt uudelleen: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="69"/>
        <source>Demo data created: {groups} groups, {sessions} sessions, {families} families, {attendance} attendance marks.</source>
        <translation>Esimerkkiaineisto luotu: {groups} ryhmää, {sessions} ryhmäkertaa, {families} perhettä, {attendance} läsnäolomerkintää.</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="79"/>
        <source>{name} (archived)</source>
        <translation>{name} (arkistoitu)</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="91"/>
        <location filename="../../cli/commands.py" line="114"/>
        <location filename="../../cli/commands.py" line="131"/>
        <location filename="../../cli/feeds.py" line="59"/>
        <location filename="../../cli/team.py" line="64"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="92"/>
        <location filename="../../cli/stats.py" line="249"/>
        <location filename="../../cli/stats.py" line="274"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="93"/>
        <source>Children&apos;s ages</source>
        <translation>Lasten ikä</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="94"/>
        <source>Organisers</source>
        <translation>Järjestäjät</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="115"/>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="116"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="117"/>
        <location filename="../../cli/team.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="131"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="131"/>
        <source>Capacity</source>
        <translation>Enimmäismäärä</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="178"/>
        <location filename="../../cli/commands.py" line="203"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="179"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="180"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="181"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="182"/>
        <source>Leaders</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="188"/>
        <source>Skipped days:</source>
        <translation>Väliin jäävät päivät:</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="214"/>
        <source>No conflicts.</source>
        <translation>Ei päällekkäisyyksiä.</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="204"/>
        <source>Booked twice</source>
        <translation>Kahdesti varattu</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="205"/>
        <source>First session</source>
        <translation>Ensimmäinen ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../cli/commands.py" line="206"/>
        <source>Second session</source>
        <translation>Toinen ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="83"/>
        <source>give the seconds as a number from 0 to 86400</source>
        <translation>anna sekunnit lukuna 0–86400</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="94"/>
        <source>first day of the period (13.10.2026 or 2026-10-13)</source>
        <translation>jakson ensimmäinen päivä (13.10.2026 tai 2026-10-13)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="101"/>
        <source>last day of the period</source>
        <translation>jakson viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="107"/>
        <source>write JSON for scripts</source>
        <translation>tulosta JSON-muodossa skripteille</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="115"/>
        <source>also list the archived ones, marked as archived</source>
        <translation>listaa myös arkistoidut, arkistoiduiksi merkittyinä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="121"/>
        <source>import data from files</source>
        <translation>tuo tietoja tiedostoista</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="126"/>
        <source>import families from a roster (.xlsx or .csv) and enrol them in a group</source>
        <translation>tuo perheet nimilistasta (.xlsx tai .csv) ja ilmoita ne ryhmään</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="131"/>
        <source>the roster: one row per person</source>
        <translation>nimilista: yksi rivi henkilöä kohden</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="134"/>
        <source>the group to enrol in</source>
        <translation>ryhmä, johon ilmoitetaan</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="139"/>
        <source>import the families whose rows are all valid and leave out the rest (by default a file with any bad row imports nothing)</source>
        <translation>tuo perheet, joiden kaikki rivit ovat kunnossa, ja jätä muut pois (oletuksena tiedostosta ei tuoda mitään, jos yksikin rivi on virheellinen)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="152"/>
        <source>write the attendance and statistics workbook (.xlsx) of a period</source>
        <translation>kirjoita aikavälin läsnäolo- ja tilastotyökirja (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="155"/>
        <source>the .xlsx file to write</source>
        <translation>kirjoitettava .xlsx-tiedosto</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="225"/>
        <location filename="../../cli/main.py" line="363"/>
        <location filename="../../cli/main.py" line="589"/>
        <source>only this group (repeat for several)</source>
        <translation>vain tämä ryhmä (toista useammalle)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="230"/>
        <location filename="../../cli/main.py" line="599"/>
        <source>only the groups an organisation co-organises</source>
        <translation>vain ryhmät, joita organisaatio on mukana järjestämässä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="161"/>
        <source>show people and families by stable codes (P-0042, F-0012), not by name</source>
        <translation>näytä henkilöt ja perheet pysyvinä koodeina (P-0042, F-0012) nimien sijaan</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="168"/>
        <source>the language of the workbook (by default the app&apos;s)</source>
        <translation>työkirjan kieli (oletuksena sovelluksen)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="238"/>
        <source>write everything held about one family as a PDF (for an access request)</source>
        <translation>kirjoita kaikki perheestä tallennettu PDF-tiedostoksi (tiedonsaantipyyntöä varten)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="243"/>
        <source>the family&apos;s name</source>
        <translation>perheen nimi</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="182"/>
        <location filename="../../cli/main.py" line="203"/>
        <location filename="../../cli/main.py" line="246"/>
        <source>the .pdf file to write</source>
        <translation>kirjoitettava .pdf-tiedosto</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="188"/>
        <location filename="../../cli/main.py" line="213"/>
        <location filename="../../cli/main.py" line="251"/>
        <source>the language of the PDF (by default the app&apos;s)</source>
        <translation>PDF:n kieli (oletuksena sovelluksen kieli)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="197"/>
        <source>write a group&apos;s season programme for families (.pdf)</source>
        <translation>kirjoita ryhmän kauden ohjelma perheille (.pdf)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="208"/>
        <source>the season&apos;s name (by default the one going on, else the next one)</source>
        <translation>kauden nimi (oletuksena meneillään oleva, muuten seuraava)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="258"/>
        <source>copy the SQLite database to a file, safely even while the app is open (for PostgreSQL use pg_dump)</source>
        <translation>kopioi SQLite-tietokanta tiedostoon turvallisesti myös sovelluksen ollessa auki (PostgreSQL: käytä pg_dumpia)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="268"/>
        <source>the backup file to write (readable by you only); an existing file is kept unless --force is given</source>
        <translation>kirjoitettava varmuuskopiotiedosto (vain sinun luettavissasi); olemassa olevaa tiedostoa ei korvata ilman valitsinta --force</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="277"/>
        <source>replace an existing FILE (the old one stays until the new copy is whole)</source>
        <translation>korvaa olemassa oleva FILE (vanha säilyy, kunnes uusi kopio on valmis)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="286"/>
        <source>show or set how many years the personal data of inactive families is kept, and erase the data of families inactive for longer</source>
        <translation>näytä tai aseta, kuinka monta vuotta passiivisten perheiden henkilötiedot säilytetään, ja poista pidempään passiivisina olleiden perheiden tiedot</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="297"/>
        <source>keep personal data for N years after a family&apos;s last activity</source>
        <translation>säilytä henkilötiedot N vuotta perheen viimeisestä toiminnasta</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="300"/>
        <source>erase nothing automatically</source>
        <translation>älä poista mitään automaattisesti</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="305"/>
        <source>erase now the personal data of families inactive for longer than the period (their visits stay in the statistics as anonymous counts)</source>
        <translation>poista nyt säilytysaikaa pidempään passiivisina olleiden perheiden henkilötiedot (käynnit jäävät tilastoihin nimettöminä lukuina)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="316"/>
        <source>keep the usage log&apos;s entries for N years</source>
        <translation>säilytä käyttölokin merkinnät N vuotta</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="321"/>
        <source>keep the usage log&apos;s entries without a time limit</source>
        <translation>säilytä käyttölokin merkinnät ilman määräaikaa</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="324"/>
        <source>count the period back from this day</source>
        <translation>laske säilytysaika taaksepäin tästä päivästä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="331"/>
        <source>list the families to ask how they are doing (their work in a group ended the follow-up period ago), or set the period</source>
        <translation>listaa perheet, joiden kuulumiset kysytään (työskentely ryhmässä päättyi kuulumisten kysymisen ajan verran sitten), tai aseta aika</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="341"/>
        <source>set the team&apos;s follow-up period to N months</source>
        <translation>aseta tiimin kuulumisten kysymisen ajaksi N kuukautta</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="344"/>
        <location filename="../../cli/main.py" line="376"/>
        <source>list what is due on this day</source>
        <translation>listaa, mitä on kysyttävä tänä päivänä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="352"/>
        <source>the evaluations of the seasons of a period (default: this year so far): goals, the worker pair&apos;s answers and the feedback forms counted; or the seasons due</source>
        <translation>aikavälin kausien arvioinnit (oletus: kuluva vuosi tähän asti): tavoitteet, työparin vastaukset ja palautelomakkeiden määrät; tai arvioimatta olevat kaudet</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="373"/>
        <source>list the seasons that have ended without an evaluation</source>
        <translation>luettele päättyneet kaudet, joita ei ole arvioitu</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="384"/>
        <source>show the usage log: who read a family&apos;s personal data, or whose data a person read, when and why</source>
        <translation>näytä käyttöloki: kuka on katsonut perheen henkilötietoja tai kenen tietoja henkilö on katsonut, milloin ja miksi</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="392"/>
        <source>the reads of this family&apos;s data</source>
        <translation>tämän perheen tietojen katselut</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="397"/>
        <source>the reads by this person, as the log names them</source>
        <translation>tämän henkilön katselut, lokin käyttämällä nimellä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="406"/>
        <source>manage the people of a team database on PostgreSQL and what their roles allow</source>
        <translation>hallinnoi PostgreSQL-tiimitietokannan käyttäjiä ja sitä, mitä heidän roolinsa sallivat</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="414"/>
        <source>create the team&apos;s group roles and grant them their rights (the database&apos;s owner, allowed to create roles)</source>
        <translation>luo tiimin ryhmäroolit ja anna niille niiden oikeudet (tietokannan omistaja, jolla on oikeus luoda rooleja)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="423"/>
        <source>add a person who signs in as LOGIN</source>
        <translation>lisää henkilö, joka kirjautuu tunnuksella LOGIN</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="426"/>
        <source>the person&apos;s full name</source>
        <translation>henkilön koko nimi</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="431"/>
        <source>the organisation the person works for</source>
        <translation>organisaatio, jossa henkilö työskentelee</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="437"/>
        <source>the worker the person is in the plan: the groups they lead</source>
        <translation>työntekijä, jona henkilö on suunnitelmassa: hänen ohjaamansa ryhmät</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="457"/>
        <source>give LOGIN a new password (printed once) when they have forgotten theirs</source>
        <translation>anna tunnukselle LOGIN uusi salasana (tulostetaan kerran), kun oma on unohtunut</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="467"/>
        <source>change your own password (asked twice, or from standard input)</source>
        <translation>vaihda oma salasanasi (kysytään kahdesti tai luetaan vakiosyötteestä)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="472"/>
        <source>read the new password from standard input</source>
        <translation>lue uusi salasana vakiosyötteestä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="490"/>
        <source>read the password from standard input instead of making one up</source>
        <translation>lue salasana vakiosyötteestä uuden keksimisen sijaan</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="443"/>
        <source>list the people of the team, removed ones too</source>
        <translation>luettele tiimin henkilöt, myös poistetut</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="177"/>
        <source>write the one-page summary of a period for a board or a funder (.pdf)</source>
        <translation>kirjoita aikavälin yhden sivun tiivistelmä johtokunnalle tai rahoittajalle (.pdf)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="449"/>
        <source>change the role of the person who signs in as LOGIN</source>
        <translation>vaihda tunnuksella LOGIN kirjautuvan henkilön rooli</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="478"/>
        <source>stop LOGIN from signing in (the person stays in the change history)</source>
        <translation>estä tunnuksen LOGIN kirjautuminen (henkilö säilyy muutoshistoriassa)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="497"/>
        <source>Ryhmät plans, records and publishes the groups of family work. With no command the desktop application starts.</source>
        <translation>Ryhmät suunnittelee, kirjaa ja julkaisee perhetyön ryhmät. Ilman komentoa käynnistyy työpöytäsovellus.</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="507"/>
        <source>show the version number and exit</source>
        <translation>näytä versionumero ja lopeta</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="512"/>
        <source>SQLAlchemy database URL (default: RYHMAT_DATABASE_URL, else SQLite in the user data folder)</source>
        <translation>tietokannan SQLAlchemy-osoite (oletus: RYHMAT_DATABASE_URL, muuten SQLite käyttäjän datakansiossa)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="522"/>
        <source>with no command: close the window after SECONDS and print its title and the view it shows (to check an installation)</source>
        <translation>ilman komentoa: sulje ikkuna SECONDS sekunnin kuluttua ja tulosta sen otsikko ja näkymä, joka siinä on auki (asennuksen tarkistamiseen)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="530"/>
        <source>fill an empty database with demo data</source>
        <translation>täytä tyhjä tietokanta esimerkkiaineistolla</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="535"/>
        <source>small: one school year; municipality: ten years (benchmarks)</source>
        <translation>small: yksi toimintavuosi; municipality: kymmenen vuotta (suorituskykymittauksiin)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="538"/>
        <source>random seed (same seed, same data)</source>
        <translation>satunnaisluvun siemen (sama siemen, sama aineisto)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="544"/>
        <source>the day the demo treats as today (default: today)</source>
        <translation>päivä, jota esimerkkiaineisto pitää tämänpäiväisenä (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="548"/>
        <source>list the groups</source>
        <translation>listaa ryhmät</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="553"/>
        <source>list the workers</source>
        <translation>listaa työntekijät</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="558"/>
        <source>list the places</source>
        <translation>listaa paikat</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="564"/>
        <source>list a group&apos;s sessions and skipped days</source>
        <translation>listaa ryhmän kerrat ja väliin jäävät päivät</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="200"/>
        <location filename="../../cli/main.py" line="567"/>
        <source>the group&apos;s name</source>
        <translation>ryhmän nimi</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="574"/>
        <source>list workers and places booked twice at the same time</source>
        <translation>listaa samaan aikaan kahdesti varatut työntekijät ja tilat</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="582"/>
        <source>statistics of a period (default: this year so far)</source>
        <translation>aikavälin tilastot (oletus: kuluva vuosi tähän asti)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="368"/>
        <location filename="../../cli/main.py" line="594"/>
        <source>only groups of this type, e.g. baby_group or vauvaryhmä</source>
        <translation>vain tämäntyyppiset ryhmät, esim. baby_group tai vauvaryhmä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="602"/>
        <source>only sessions at this place</source>
        <translation>vain tässä paikassa pidetyt ryhmäkerrat</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="605"/>
        <source>only sessions this worker leads</source>
        <translation>vain ryhmäkerrat, joita tämä työntekijä ohjaa</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="610"/>
        <source>list the calendar feeds</source>
        <translation>listaa kalenterisyötteet</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="616"/>
        <source>publish calendar feeds to their folders and servers (for cron)</source>
        <translation>julkaise kalenterisyötteet kansioihin ja palvelimille (ajastettuun tehtävään)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="619"/>
        <source>the feed&apos;s name</source>
        <translation>syötteen nimi</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="620"/>
        <source>every feed</source>
        <translation>kaikki syötteet</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="623"/>
        <source>export data to files</source>
        <translation>vie tietoja tiedostoihin</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="628"/>
        <source>write iCalendar feeds: one file, or a folder of every feed</source>
        <translation>kirjoita iCalendar-syötteet: yksi tiedosto tai kansio kaikista syötteistä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="634"/>
        <source>a file (with a selector) or a folder (without one)</source>
        <translation>tiedosto (valinnan kanssa) tai kansio (ilman valintaa)</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="640"/>
        <source>the groups an organisation co-organises</source>
        <translation>ryhmät, joita organisaatio on mukana järjestämässä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="642"/>
        <source>one group</source>
        <translation>yksi ryhmä</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="644"/>
        <source>the sessions a worker leads</source>
        <translation>ryhmäkerrat, joita työntekijä ohjaa</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="59"/>
        <source>Contents</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="59"/>
        <source>Published to</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="111"/>
        <source>{url}: {created} new, {updated} changed, {deleted} removed</source>
        <translation>{url}: {created} uutta, {updated} muuttunutta, {deleted} poistettua</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="39"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Rivi {row}, {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="42"/>
        <source>Row {row}: {problem}</source>
        <translation>Rivi {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="54"/>
        <source>Families created: {created}; recognised: {recognised}; members added: {members}; enrolments created: {enrolments}.</source>
        <translation>Uusia perheitä: {created}; tunnistettuja: {recognised}; lisättyjä perheenjäseniä: {members}; uusia ilmoittautumisia: {enrolments}.</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="68"/>
        <source>{count} families were added by someone else while this import waited its turn; they were recognised and nothing was added twice.</source>
        <translation>{count} perhettä lisättiin tietokantaan toisaalla sillä aikaa, kun tämä tuonti odotti vuoroaan; ne tunnistettiin, eikä mitään lisätty kahdesti.</translation>
    </message>
    <message>
        <location filename="../../cli/roster.py" line="77"/>
        <source>Families left out for their problems: {families}; rows: {rows}.</source>
        <translation>Virheiden vuoksi pois jätettyjä perheitä: {families}; rivejä: {rows}.</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="32"/>
        <source>Nothing in the usage log.</source>
        <translation>Käyttölokissa ei ole mitään.</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="26"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="27"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="28"/>
        <location filename="../../cli/follow_ups.py" line="53"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location filename="../../cli/audit.py" line="29"/>
        <source>Whose data</source>
        <translation>Kenen tiedot</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="225"/>
        <source>Statistics {period}</source>
        <translation>Tilastot {period}</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="229"/>
        <source>Sessions not recorded: {count}.</source>
        <translation>Kirjaamattomia ryhmäkertoja: {count}.</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="234"/>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="234"/>
        <location filename="../../cli/stats.py" line="268"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="242"/>
        <source>By group</source>
        <translation>Ryhmittäin</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="252"/>
        <source>By organiser</source>
        <translation>Järjestäjittäin</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="46"/>
        <source>Follow-up period: {months} months</source>
        <translation>Kuulumisten kysymisen aika: {months} kuukautta</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="51"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="50"/>
        <source>No season of the period and filter.</source>
        <translation>Aikavälillä ja rajauksilla ei ole kausia.</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <location filename="../../cli/follow_ups.py" line="52"/>
        <location filename="../../cli/stats.py" line="244"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="63"/>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <location filename="../../cli/evaluations.py" line="65"/>
        <source>No evaluations are due.</source>
        <translation>Arvioimattomia kausia ei ole.</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="54"/>
        <source>Since</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="55"/>
        <source>Due</source>
        <translation>Kysyttävä</translation>
    </message>
    <message>
        <location filename="../../cli/follow_ups.py" line="58"/>
        <source>No follow-ups are due.</source>
        <translation>Kysymättömiä kuulumisia ei ole.</translation>
    </message>
    <message>
        <location filename="../../cli/stats.py" line="246"/>
        <source>By group type</source>
        <translation>Ryhmätyypeittäin</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="67"/>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="22"/>
        <source>Backed up to {path} ({size}).</source>
        <translation>Varmuuskopioitu tiedostoon {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="32"/>
        <source>{size} kB</source>
        <translation>{size} kt</translation>
    </message>
    <message>
        <location filename="../../cli/backup.py" line="35"/>
        <source>{size} MB</source>
        <translation>{size} Mt</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="46"/>
        <source>Families whose personal data was erased: {count}</source>
        <translation>Perheitä, joiden henkilötiedot poistettiin: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="51"/>
        <source>Usage log entries deleted: {count}</source>
        <translation>Käyttölokin merkintöjä poistettiin: {count}</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="54"/>
        <source>Families due for erasure: {count} (erase their data with --erase)</source>
        <translation>Poistettavia perheitä: {count} (poista tiedot valitsimella --erase)</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="63"/>
        <source>No retention period is set: nothing is erased automatically.</source>
        <translation>Säilytysaikaa ei ole asetettu: mitään ei poisteta automaattisesti.</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="64"/>
        <source>Retention period (years after a family&apos;s last activity): {years}</source>
        <translation>Säilytysaika (vuotta perheen viimeisestä toiminnasta): {years}</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="71"/>
        <source>The usage log is kept without a time limit.</source>
        <translation>Käyttöloki säilytetään ilman määräaikaa.</translation>
    </message>
    <message>
        <location filename="../../cli/retention.py" line="72"/>
        <source>The usage log&apos;s entries are kept for {years} years.</source>
        <translation>Käyttölokin merkinnät säilytetään {years} vuotta.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="31"/>
        <source>The team&apos;s roles and their rights are ready.</source>
        <translation>Tiimin roolit ja niiden oikeudet ovat valmiina.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="50"/>
        <source>{login} was added. Their password, shown only now: {password}</source>
        <translation>{login} lisättiin. Hänen salasanansa, joka näytetään vain nyt: {password}</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="55"/>
        <source>{login} was added.</source>
        <translation>{login} lisättiin.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="63"/>
        <source>Login</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="66"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="68"/>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="85"/>
        <source>The new password of {login}, shown only now: {password}</source>
        <translation>Tunnuksen {login} uusi salasana, joka näytetään vain nyt: {password}</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="100"/>
        <source>New password: </source>
        <translation>Uusi salasana: </translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="101"/>
        <source>The same again: </source>
        <translation>Sama uudelleen: </translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="104"/>
        <source>Your password was changed.</source>
        <translation>Salasanasi vaihdettiin.</translation>
    </message>
</context>
<context>
    <name>ClosureForm</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="244"/>
        <source>e.g. Syysloma 2026</source>
        <translation>esim. Syysloma 2026</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="251"/>
        <source>&amp;Save closure</source>
        <translation>Tallenna ta&amp;uko</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="260"/>
        <source>&amp;Name:</source>
        <translation>N&amp;imi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="261"/>
        <source>&amp;First day:</source>
        <translation>&amp;Ensimmäinen päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="262"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Viimeinen päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="271"/>
        <source>The groups of a closure do not meet during it: seasons planned after it skip its days, and the sessions already planned in them are cancelled once you have seen them. An organisation&apos;s closure pauses the groups it organises alone; choose a shared group by name.</source>
        <translation>Tauon ryhmät eivät kokoonnu tauon aikana: sen jälkeen suunnitellut kaudet jättävät sen päivät väliin, ja jo suunnitellut ryhmäkerrat perutaan, kun olet nähnyt ne. Organisaation tauko koskee ryhmiä, jotka se järjestää yksin; valitse yhteinen ryhmä nimeltä.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="330"/>
        <source>Save closure “%1”</source>
        <translation>Tallenna tauko: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="284"/>
        <location filename="../../ui/groups/closures.py" line="338"/>
        <source>Edit closure</source>
        <translation>Muokkaa taukoa</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="284"/>
        <source>New closure</source>
        <translation>Uusi tauko</translation>
    </message>
</context>
<context>
    <name>ClosurePreviewDialog</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="494"/>
        <source>Sessions during %1</source>
        <translation>Ryhmäkerrat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="501"/>
        <source>Delete the closure “%1”? Sessions it cancelled that are still to come and that no other closure pauses are planned again. Edit → Undo takes it back.</source>
        <translation>Poistetaanko tauko ”%1”? Sen perumat tulevat ryhmäkerrat, joita mikään muu tauko ei koske, palaavat suunnitelluiksi. Muokkaa → Kumoa palauttaa tauon.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="514"/>
        <source>Left as they are: held, recorded or edited by hand. Change them one by one if they should not be held.</source>
        <translation>Jätetään ennalleen: pidetyt, kirjatut tai käsin muokatut. Muuta niitä yksitellen, jos niitä ei pidetä.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="532"/>
        <source>&amp;Delete closure</source>
        <translation>Poista ta&amp;uko</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="534"/>
        <source>Save and &amp;cancel them</source>
        <translation>Tallenna ja &amp;peru ne</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="536"/>
        <source>&amp;Save closure</source>
        <translation>Tallenna ta&amp;uko</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="560"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="561"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="562"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="563"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="588"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="590"/>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="595"/>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="599"/>
        <source>Pauses</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="605"/>
        <source>School &amp;holidays…</source>
        <translation>Kou&amp;lulomat…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="607"/>
        <source>Add the school holidays of a school year as closures in one step</source>
        <translation>Lisää lukuvuoden koululomat tauoiksi kerralla</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="633"/>
        <source>Groups of %1</source>
        <translation>%1 – omat ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="674"/>
        <source>Delete closure “%1”</source>
        <translation>Poista tauko: %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../ui/people/roster_import.py" line="67"/>
        <source>New families:</source>
        <translation>Uusia perheitä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="68"/>
        <source>Families already in the database:</source>
        <translation>Jo tietokannassa olevia perheitä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="69"/>
        <source>Family members to add:</source>
        <translation>Lisättäviä perheenjäseniä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="70"/>
        <source>Enrolments in the group:</source>
        <translation>Ilmoittautumisia ryhmään:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="71"/>
        <source>Rows with problems:</source>
        <translation>Virheellisiä rivejä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="72"/>
        <source>Left out:</source>
        <translation>Jätettiin pois:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="82"/>
        <source>What the import will do in %1</source>
        <translation>Mitä tuonti tekee ryhmässä %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="94"/>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="104"/>
        <source>%n families</source>
        <translation>
            <numerusform>%n perhe</numerusform>
            <numerusform>%n perhettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="106"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/roster_import.py" line="113"/>
        <source>%n families were added by someone else while this import waited its turn; they were recognised and nothing was added twice.</source>
        <translation>
            <numerusform>%n perhe lisättiin tietokantaan toisaalla sillä aikaa, kun tuonti odotti vuoroaan; se tunnistettiin, eikä mitään lisätty kahdesti.</numerusform>
            <numerusform>%n perhettä lisättiin tietokantaan toisaalla sillä aikaa, kun tuonti odotti vuoroaan; ne tunnistettiin, eikä mitään lisätty kahdesti.</numerusform>
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
        <translation>Tapahtui odottamaton virhe. Tallentamasi tiedot ovat tallessa; toiminto, joka epäonnistui, jäi tekemättä.

Virheen tiedot kirjoitettiin tiedostoon %1 – lähetä tämä tiedosto IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>DataProtectionSettings</name>
    <message>
        <location filename="../../ui/data_protection.py" line="54"/>
        <source>My login name (%1)</source>
        <translation>Kirjautumisnimeni (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="58"/>
        <location filename="../../ui/data_protection.py" line="63"/>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="59"/>
        <location filename="../../ui/data_protection.py" line="64"/>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="68"/>
        <source> months</source>
        <translation> kuukautta</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="69"/>
        <source>Show the usage &amp;log…</source>
        <translation>Näytä käyttö&amp;loki…</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="76"/>
        <source>&amp;Name in the change history:</source>
        <translation>&amp;Nimi muutoshistoriassa:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="80"/>
        <source>Changes to families&apos; details, enrolments and attendance made on this computer are recorded under this name.</source>
        <translation>Tällä tietokoneella tehdyt muutokset perheiden tietoihin, ilmoittautumisiin ja läsnäoloihin kirjataan tällä nimellä.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="85"/>
        <source>This is a team database: changes are recorded under the name you signed in with, which no one can choose.</source>
        <translation>Tämä on tiimin tietokanta: muutokset kirjataan sillä tunnuksella, jolla kirjauduit sisään, eikä sitä voi valita.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="90"/>
        <source>&amp;Erase families&apos; personal data after:</source>
        <translation>&amp;Säilytysaika:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="94"/>
        <source>Families not seen in any group for this many years have their personal data erased when the app starts; their visits stay in the statistics as anonymous counts. The period applies to everyone using this database.</source>
        <translation>Niiden perheiden henkilötiedot, joita ei ole nähty missään ryhmässä näin moneen vuoteen, poistetaan sovelluksen käynnistyessä; käynnit jäävät tilastoihin nimettöminä lukuina. Säilytysaika koskee kaikkia tämän tietokannan käyttäjiä.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="99"/>
        <source>&amp;Delete usage log entries after:</source>
        <translation>&amp;Käyttölokin säilytysaika:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="103"/>
        <source>Opening a family or an attendance view, printing or saving a sign-in sheet, exporting a workbook with names and importing a roster are logged: who, when, why and which families. Entries older than this are deleted when the app starts; nobody can change or delete a younger one.</source>
        <translation>Perheen tai läsnäolonäkymän avaaminen, osallistujalistan tulostaminen tai tallentaminen, nimellisen työkirjan vienti ja nimilistan tuonti kirjataan käyttölokiin: kuka, milloin, miksi ja minkä perheiden tiedot. Tätä vanhemmat merkinnät poistetaan sovelluksen käynnistyessä; uudempia kukaan ei voi muuttaa eikä poistaa.</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="110"/>
        <source>&amp;Ask families how they are doing after:</source>
        <translation>&amp;Kuulumiset kysytään, kun on kulunut:</translation>
    </message>
    <message>
        <location filename="../../ui/data_protection.py" line="114"/>
        <source>A family that has left a group, or has not come for six weeks while the group met, is listed under Families → Follow-ups due this long after its last visit or its leaving. The period applies to everyone using this database.</source>
        <translation>Perhe, joka on lopettanut ryhmässä tai ei ole käynyt kuuteen viikkoon ryhmän kokoontuessa, näkyy kohdassa Perheet → Kuulumiset kysymättä, kun tämä aika on kulunut sen viimeisestä käynnistä tai lopettamisesta. Aika koskee kaikkia tämän tietokannan käyttäjiä.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/fields.py" line="262"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Valitse kalenterista (Alt+alanuoli)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="267"/>
        <source>e.g. 6.1.2027</source>
        <translation>esim. 6.1.2027</translation>
    </message>
</context>
<context>
    <name>DoubleBooking</name>
    <message>
        <location filename="../../ui/double_booking.py" line="23"/>
        <source>The group already has a session on %1 %2 %3</source>
        <translation>Ryhmällä on jo ryhmäkerta %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="31"/>
        <source>%1 (%2): %3, %4 %5 %6</source>
        <translation>%1 (%2): %3, %4 %5 %6</translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="54"/>
        <source>Double booking</source>
        <translation>Päällekkäinen varaus</translation>
    </message>
    <message>
        <location filename="../../ui/double_booking.py" line="59"/>
        <source>&amp;Go back</source>
        <translation>&amp;Palaa</translation>
    </message>
</context>
<context>
    <name>DueEvaluationsPanel</name>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="31"/>
        <source>Seasons that have ended without the worker pair&apos;s evaluation, for a year after their end.</source>
        <translation>Päättyneet kaudet, joita työpari ei ole vielä arvioinut (vuoden ajan kauden päättymisestä).</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="39"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="40"/>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="42"/>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/due_evaluations.py" line="53"/>
        <source>E&amp;valuate…</source>
        <translation>Arv&amp;ioi…</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/people/widgets.py" line="93"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
</context>
<context>
    <name>EnrolmentsPanel</name>
    <message>
        <location filename="../../ui/people/enrolments.py" line="80"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="81"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="82"/>
        <source>Enrolled on</source>
        <translation>Ilmoittautunut</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="83"/>
        <source>Left on</source>
        <translation>Lopettanut</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="102"/>
        <source>Enrolled &amp;on:</source>
        <translation>Ilm&amp;oittautunut:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="108"/>
        <source>Ne&amp;w enrolment</source>
        <translation>&amp;Uusi ilmoittautuminen</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="112"/>
        <source>Re&amp;move enrolment…</source>
        <translation>Poi&amp;sta ilmoittautuminen…</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="120"/>
        <source>Changes to enrolments are saved at once.</source>
        <translation>Ilmoittautumisten muutokset tallentuvat heti.</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="122"/>
        <source>The enrolments are saved together with the new family.</source>
        <translation>Ilmoittautumiset tallennetaan yhdessä uuden perheen kanssa.</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="138"/>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="139"/>
        <source>Stat&amp;us:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="141"/>
        <source>&amp;Left on:</source>
        <translation>Lop&amp;ettanut:</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="207"/>
        <source>En&amp;rol</source>
        <translation>Ilmoit&amp;a ryhmään</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="225"/>
        <source>Sa&amp;ve changes</source>
        <translation>Tallenna &amp;muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="244"/>
        <source>Choose a group.</source>
        <translation>Valitse ryhmä.</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="292"/>
        <source>Remove the enrolment in “%1”?</source>
        <translation>Poistetaanko ilmoittautuminen ryhmään ”%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/people/enrolments.py" line="293"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <location filename="../../ui/people/erasure.py" line="32"/>
        <source>&lt;b&gt;Erase this family&apos;s personal data?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Poistetaanko perheen henkilötiedot?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="35"/>
        <source>The names, phone number, notes, birth dates and enrolments of the family and its members are deleted, and so is its change history. Past visits remain only as anonymous numbers in the statistics. This cannot be undone.</source>
        <translation>Perheen ja sen jäsenten nimet, puhelinnumero, lisätiedot, syntymäajat ja ilmoittautumiset poistetaan, samoin perheen muutoshistoria. Aiemmat käynnit jäävät tilastoihin vain nimettöminä lukuina. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="43"/>
        <source>&amp;I understand that the personal data cannot be restored</source>
        <translation>&amp;Ymmärrän, ettei henkilötietoja voi palauttaa</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="46"/>
        <source>Erase personal data</source>
        <translation>Poista henkilötiedot</translation>
    </message>
    <message>
        <location filename="../../ui/people/erasure.py" line="50"/>
        <source>&amp;Keep the data</source>
        <translation>&amp;Säilytä tiedot</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../demo/loading.py" line="24"/>
        <source>The database already has groups; demo data goes into an empty one.</source>
        <translation>Tietokannassa on jo ryhmiä; esimerkkiaineisto ladataan vain tyhjään tietokantaan.</translation>
    </message>
    <message>
        <location filename="../../cli/main.py" line="63"/>
        <source>{prog}: {message}</source>
        <translation>{prog}: {message}</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="82"/>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>Päättymisaika {end} ei ole alkamisajan {start} jälkeen.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="95"/>
        <source>On {day} the clocks go forward an hour, so {time} never comes that night. Choose another time.</source>
        <translation>Kellot siirtyvät {day} tunnilla eteenpäin, joten kello {time} ei sinä yönä tule lainkaan. Valitse toinen aika.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="105"/>
        <source>On {day} the clocks go back an hour, so {time} comes twice that night. Choose another time.</source>
        <translation>Kellot siirtyvät {day} tunnilla taaksepäin, joten kello {time} tulee sinä yönä kahdesti. Valitse toinen aika.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="120"/>
        <source>The end date {last} is before the start date {first}.</source>
        <translation>Päättymispäivä {last} on ennen alkamispäivää {first}.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="129"/>
        <source>A season can last at most three years.</source>
        <translation>Kausi voi kestää enintään kolme vuotta.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="133"/>
        <source>Chosen dates need a start and an end time.</source>
        <translation>Valituille päiville tarvitaan alkamis- ja päättymisaika.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="141"/>
        <source>The chosen date {day} is outside the season.</source>
        <translation>Valittu päivä {day} on kauden ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="152"/>
        <source>Choose at least one weekday, or chosen dates.</source>
        <translation>Valitse vähintään yksi viikonpäivä tai yksittäiset päivät.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="156"/>
        <source>The interval must be between 1 and 52 weeks.</source>
        <translation>Toistovälin on oltava 1–52 viikkoa.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="161"/>
        <location filename="../../domain/scheduling.py" line="176"/>
        <source>A weekday must be between Monday and Sunday.</source>
        <translation>Viikonpäivän on oltava maanantain ja sunnuntain väliltä.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="170"/>
        <source>A monthly season meets on the first to fourth or the last weekday.</source>
        <translation>Kuukausittainen kausi kokoontuu kuukauden ensimmäisenä, toisena, kolmantena, neljäntenä tai viimeisenä valittuna viikonpäivänä.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="185"/>
        <source>A date is skipped twice.</source>
        <translation>Sama päivä on jätetty väliin kahdesti.</translation>
    </message>
    <message>
        <location filename="../../domain/scheduling.py" line="190"/>
        <source>The season does not meet on {day}, so it cannot be skipped.</source>
        <translation>Kausi ei kokoonnu {day}, joten päivää ei voi jättää väliin.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="54"/>
        <source>There is no group called “{name}”.</source>
        <translation>Ryhmää ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="51"/>
        <location filename="../../domain/usecases/groups.py" line="93"/>
        <source>group name</source>
        <translation>ryhmän nimi</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="61"/>
        <source>The {what} contains an invalid character at position {position}.</source>
        <translation>Kentässä {what} on virheellinen merkki kohdassa {position}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="132"/>
        <source>The date {day} is not between {first} and {last}.</source>
        <translation>Päivämäärä {day} ei ole välillä {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="154"/>
        <source>The planning and debrief time must be between 1 and {limit} minutes.</source>
        <translation>Suunnittelu- ja purkuajan on oltava 1–{limit} minuuttia.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="164"/>
        <source>A target age cannot be negative.</source>
        <translation>Kohdeikä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="169"/>
        <source>A target age can be at most {limit} years.</source>
        <translation>Kohdeikä voi olla enintään {limit} vuotta.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="176"/>
        <source>From two years on, a target age is given in whole years.</source>
        <translation>Kahdesta vuodesta alkaen ikä annetaan kokonaisina vuosina.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="180"/>
        <source>The upper target age is below the lower one.</source>
        <translation>Kohdeiän yläraja on alarajaa pienempi.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="74"/>
        <location filename="../../domain/validation.py" line="196"/>
        <source>The worker pair no longer exists.</source>
        <translation>Työparia ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="107"/>
        <source>A group called “{name}” already exists.</source>
        <translation>Ryhmä ”{name}” on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="111"/>
        <location filename="../../domain/usecases/removal.py" line="75"/>
        <location filename="../../domain/usecases/statistics.py" line="314"/>
        <location filename="../../domain/usecases/workers.py" line="96"/>
        <source>The organisation no longer exists.</source>
        <translation>Organisaatiota ei enää löydy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/groups.py" line="114"/>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/programme.py" line="130"/>
        <location filename="../../domain/usecases/series.py" line="38"/>
        <source>season name</source>
        <translation>kauden nimi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/programme.py" line="135"/>
        <source>The group has no season called “{name}”.</source>
        <translation>Ryhmällä ei ole kautta ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="41"/>
        <source>reason</source>
        <translation>syy</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="49"/>
        <source>The series belongs to a group that does not exist.</source>
        <translation>Kausi kuuluu ryhmään, jota ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/series.py" line="88"/>
        <source>The season has {count} conflicts; confirm them before saving.</source>
        <translation>Kaudella on {count} päällekkäisyyttä; vahvista ne ennen tallentamista.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="105"/>
        <source>Fill in the field: {what}.</source>
        <translation>Täytä kenttä: {what}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="87"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>Kenttä {what} on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="157"/>
        <source>Old backups in {folder} could not be removed: {reason}</source>
        <translation>Vanhoja varmuuskopioita kansiosta {folder} ei voitu poistaa: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="260"/>
        <source>The backup could not be restored, the data is unchanged: {reason}</source>
        <translation>Varmuuskopiota ei voitu palauttaa, tiedot ovat ennallaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="296"/>
        <source>Only an SQLite database file can be restored here; restore a PostgreSQL database with pg_restore.</source>
        <translation>Täällä voi palauttaa vain SQLite-tietokantatiedoston; palauta PostgreSQL-tietokanta pg_restorella.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="303"/>
        <source>{path} is not a file.</source>
        <translation>{path} ei ole tiedosto.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="306"/>
        <source>{path} is the open database itself; choose a backup of it.</source>
        <translation>{path} on avoin tietokanta itse; valitse sen varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="315"/>
        <source>{path} is a copy of another database, not of this one, and was not restored. Open it with File → Open database to see it.</source>
        <translation>{path} on toisen tietokannan kopio, ei tämän, eikä sitä palautettu. Avaa se valikosta Tiedosto → Avaa tietokanta, jos haluat katsoa sitä.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="355"/>
        <source>{path} is damaged and cannot be restored.</source>
        <translation>{path} on vioittunut eikä sitä voi palauttaa.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="360"/>
        <source>{path} is not a Ryhmät database.</source>
        <translation>{path} ei ole Ryhmät-tietokanta.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="364"/>
        <source>{path} was made by a newer version of Ryhmät; update Ryhmät to restore it.</source>
        <translation>{path} on tehty Ryhmät-sovelluksen uudemmalla versiolla; päivitä Ryhmät palauttaaksesi sen.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="389"/>
        <source>{path} cannot be restored: {reason}</source>
        <translation>Tiedostoa {path} ei voi palauttaa: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="422"/>
        <source>{path} is the database itself; write the backup to another file.</source>
        <translation>{path} on itse tietokanta; kirjoita varmuuskopio toiseen tiedostoon.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="429"/>
        <source>There is no folder {path}.</source>
        <translation>Kansiota {path} ei ole.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="433"/>
        <source>{path} exists already; give another name, or --force to replace it.</source>
        <translation>{path} on jo olemassa; anna toinen nimi tai korvaa se valitsimella --force.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="445"/>
        <location filename="../../storage/database.py" line="570"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Tietokantaa {url} ei voi avata: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="451"/>
        <source>{url} is a PostgreSQL database: back it up with pg_dump (see “Backups” in the README).</source>
        <translation>{url} on PostgreSQL-tietokanta: varmuuskopioi se pg_dumpilla (ks. README, ”Backups”).</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="464"/>
        <source>The database file {path} does not exist.</source>
        <translation>Tietokantatiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="494"/>
        <source>The backup folder {folder} could not be made: {reason}</source>
        <translation>Varmuuskopiokansiota {folder} ei voitu luoda: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="175"/>
        <source>A count cannot be negative.</source>
        <translation>Määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="177"/>
        <source>The headcount is implausibly large.</source>
        <translation>Kävijämäärä on epäuskottavan suuri.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="180"/>
        <source>There are more first-time visitors than visitors.</source>
        <translation>Ensimmäistä kertaa mukana olleita on enemmän kuin kävijöitä.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="213"/>
        <source>The session is cancelled; restore it before recording.</source>
        <translation>Ryhmäkerta on peruttu; palauta se ennen kirjaamista.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="217"/>
        <source>The session on {day} has not been held yet.</source>
        <translation>Ryhmäkertaa {day} ei ole vielä pidetty.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="229"/>
        <source>Only a family added here can be enrolled here.</source>
        <translation>Tässä voi ilmoittaa ryhmään vain tässä lisätyn perheen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="238"/>
        <source>Someone marked is not on the session&apos;s list.</source>
        <translation>Joku merkityistä ei ole ryhmäkerran listalla.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="242"/>
        <source>The headcount is for another session.</source>
        <translation>Kävijämäärä kuuluu toiseen ryhmäkertaan.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/attendance.py" line="311"/>
        <location filename="../../domain/usecases/attendance.py" line="319"/>
        <location filename="../../domain/usecases/families.py" line="121"/>
        <location filename="../../domain/usecases/merging.py" line="147"/>
        <source>The family no longer exists.</source>
        <translation>Perhettä ei enää löydy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="127"/>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="129"/>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="133"/>
        <source>Choose the role of {name}.</source>
        <translation>Valitse henkilön {name} rooli.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="141"/>
        <source>Give the birth year and month of {name}.</source>
        <translation>Anna henkilön {name} syntymävuosi ja -kuukausi.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="150"/>
        <source>The birth month {month}/{year} of {name} is not possible.</source>
        <translation>Henkilön {name} syntymäkuukausi {month}/{year} ei ole mahdollinen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="160"/>
        <source>family name</source>
        <translation>perheen nimi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="161"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="163"/>
        <location filename="../../domain/usecases/sessions.py" line="188"/>
        <source>notes</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="166"/>
        <source>A family needs at least one member.</source>
        <translation>Perheessä on oltava vähintään yksi jäsen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="178"/>
        <source>The privacy notice cannot have been given on {day}, a day still to come.</source>
        <translation>Tietosuojaselosteen antopäivä {day} on vasta tulossa. Kirjaa päivä, jona seloste annettiin.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="199"/>
        <source>The enrolment is of another family.</source>
        <translation>Ilmoittautuminen on toisen perheen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="252"/>
        <location filename="../../domain/usecases/groups.py" line="124"/>
        <location filename="../../domain/usecases/programme.py" line="142"/>
        <location filename="../../domain/usecases/removal.py" line="69"/>
        <location filename="../../domain/usecases/roster_import.py" line="250"/>
        <location filename="../../domain/usecases/statistics.py" line="306"/>
        <source>The group no longer exists.</source>
        <translation>Ryhmää ei enää löydy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="232"/>
        <source>Give the day the family left.</source>
        <translation>Anna päivä, jona perhe lopetti.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="236"/>
        <source>The family left before it was enrolled.</source>
        <translation>Lopettamispäivä on ennen ilmoittautumispäivää.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/families.py" line="246"/>
        <source>The family is already enrolled or waiting in this group.</source>
        <translation>Perhe on jo ilmoittautunut tähän ryhmään tai on sen jonossa.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/naming.py" line="11"/>
        <source>The name “{name}” is already in use by an archived one. Restore that one (show the archived ones in the list), or choose another name.</source>
        <translation>Nimi ”{name}” on jo arkistoidulla kohteella. Palauta se (näytä arkistoidut luettelossa) tai valitse toinen nimi.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/naming.py" line="33"/>
        <source>The name “{name}” is already in use.</source>
        <translation>Nimi ”{name}” on jo käytössä.</translation>
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
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="58"/>
        <source>Choose the organisation whose groups the closure pauses.</source>
        <translation>Valitse organisaatio, jonka ryhmiä tauko koskee.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="65"/>
        <source>Choose at least one group the closure pauses.</source>
        <translation>Valitse vähintään yksi ryhmä, jota tauko koskee.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="102"/>
        <source>The calendar feed no longer exists.</source>
        <translation>Kalenterisyötettä ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="111"/>
        <source>There is no calendar feed called “{name}”.</source>
        <translation>Kalenterisyötettä ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="107"/>
        <location filename="../../domain/usecases/feeds.py" line="117"/>
        <source>feed name</source>
        <translation>syötteen nimi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="123"/>
        <source>Choose the organisation, group or worker of the feed.</source>
        <translation>Valitse syötteen organisaatio, ryhmä tai työntekijä.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="127"/>
        <source>A feed can reach at most ten years back or ahead.</source>
        <translation>Syöte voi ulottua enintään kymmenen vuotta taaksepäin tai eteenpäin.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="131"/>
        <source>The refresh interval must be between 5 minutes and a week.</source>
        <translation>Päivitysvälin on oltava 5 minuutin ja viikon väliltä.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="136"/>
        <source>folder</source>
        <translation>kansio</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="139"/>
        <location filename="../../domain/usecases/places.py" line="43"/>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="145"/>
        <source>user name</source>
        <translation>käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="148"/>
        <source>calendar name</source>
        <translation>kalenterin nimi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/feeds.py" line="454"/>
        <source>“{name}” was not found.</source>
        <translation>”{name}” ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="142"/>
        <source>The capacity must be between 1 and {limit}.</source>
        <translation>Enimmäismäärän on oltava 1–{limit}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="49"/>
        <source>A closure can last at most a year.</source>
        <translation>Tauko voi kestää enintään vuoden.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="129"/>
        <location filename="../../storage/repositories/attendance.py" line="198"/>
        <source>The session no longer exists.</source>
        <translation>Ryhmäkertaa ei enää löydy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="186"/>
        <source>theme</source>
        <translation>teema</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="190"/>
        <source>reason for cancelling</source>
        <translation>perumisen syy</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="193"/>
        <source>Give a reason for cancelling.</source>
        <translation>Kirjoita perumisen syy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/sessions.py" line="198"/>
        <source>A leader is listed twice.</source>
        <translation>Sama ohjaaja on listalla kahdesti.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="260"/>
        <source>group type</source>
        <translation>ryhmätyyppi</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="266"/>
        <source>“{name}” is not a group type; choose one of: {choices}.</source>
        <translation>”{name}” ei ole ryhmätyyppi; valitse jokin näistä: {choices}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="277"/>
        <source>There is no organisation called “{name}”.</source>
        <translation>Organisaatiota ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="286"/>
        <source>There is no place called “{name}”.</source>
        <translation>Paikkaa ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/statistics.py" line="295"/>
        <source>There is no worker called “{name}”.</source>
        <translation>Työntekijää ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="136"/>
        <source>A feedback answer {value} is not on its scale.</source>
        <translation>Palautteen vastausta {value} ei ole kysymyksen asteikolla.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="156"/>
        <source>A feedback count must be between 0 and {most}.</source>
        <translation>Palautteiden määrän pitää olla 0–{most}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="261"/>
        <source>goal</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="262"/>
        <source>goal&apos;s outcome</source>
        <translation>tavoitteen toteutuminen</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="263"/>
        <source>evaluation answer</source>
        <translation>arvioinnin vastaus</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="269"/>
        <location filename="../../domain/usecases/programme.py" line="100"/>
        <location filename="../../domain/usecases/removal.py" line="70"/>
        <location filename="../../domain/usecases/series.py" line="106"/>
        <source>The season no longer exists.</source>
        <translation>Kautta ei enää löydy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/evaluations.py" line="283"/>
        <source>A season can have at most {most} goals.</source>
        <translation>Kaudella voi olla enintään {most} tavoitetta.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="71"/>
        <location filename="../../domain/usecases/statistics.py" line="319"/>
        <location filename="../../domain/validation.py" line="194"/>
        <source>The place no longer exists.</source>
        <translation>Paikkaa ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/closures.py" line="312"/>
        <location filename="../../domain/usecases/removal.py" line="72"/>
        <source>The closure no longer exists.</source>
        <translation>Taukoa ei enää löydy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="73"/>
        <location filename="../../domain/usecases/statistics.py" line="324"/>
        <location filename="../../domain/usecases/workers.py" line="81"/>
        <location filename="../../domain/validation.py" line="199"/>
        <source>The worker no longer exists.</source>
        <translation>Työntekijää ei enää löydy.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="78"/>
        <source>The calendar feed “{feed}” publishes “{name}”, so it cannot be deleted. Delete the feed first, or archive “{name}” instead.</source>
        <translation>Kalenterisyöte ”{feed}” julkaisee kohteen ”{name}”, joten sitä ei voi poistaa. Poista ensin syöte tai arkistoi ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="103"/>
        <source>“{name}” has held sessions or recorded attendance, so it cannot be deleted. Archive it instead: it is hidden from lists and choices, and its history and statistics are kept.</source>
        <translation>Ryhmällä ”{name}” on pidettyjä ryhmäkertoja tai kirjattua läsnäoloa, joten sitä ei voi poistaa. Arkistoi se: se piilotetaan luetteloista ja valinnoista, ja sen historia ja tilastot säilyvät.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="120"/>
        <source>The season “{name}” has held sessions or recorded attendance, so it cannot be deleted. Change its last day instead: sessions with attendance are always kept.</source>
        <translation>Kaudella ”{name}” on pidettyjä ryhmäkertoja tai kirjattua läsnäoloa, joten sitä ei voi poistaa. Muuta sen sijaan kauden viimeistä päivää: ryhmäkerrat, joilla on läsnäolomerkintöjä, säilyvät aina.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="135"/>
        <source>“{name}” is used by the group “{group}”, so it cannot be deleted. Archive it instead: it is no longer offered, and the sessions there keep it.</source>
        <translation>Paikkaa ”{name}” käyttää ryhmä ”{group}”, joten sitä ei voi poistaa. Arkistoi se: sitä ei enää tarjota valittavaksi, ja siellä pidetyt ryhmäkerrat säilyvät ennallaan.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="150"/>
        <source>“{name}” leads sessions of “{group}”, so the worker cannot be deleted. Archive the worker instead: no longer offered as a leader, the name stays in the sessions.</source>
        <translation>”{name}” ohjaa ryhmän ”{group}” ryhmäkertoja, joten työntekijää ei voi poistaa. Arkistoi työntekijä: häntä ei enää tarjota ohjaajaksi, ja nimi säilyy ryhmäkerroissa.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="161"/>
        <source>“{name}” is in a pair with “{other}”, so the worker cannot be deleted. Delete the pair first, or archive the worker instead.</source>
        <translation>”{name}” on työparina henkilön ”{other}” kanssa, joten työntekijää ei voi poistaa. Poista ensin työpari tai arkistoi työntekijä.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="178"/>
        <source>“{name}” organises “{group}”, so it cannot be deleted. Archive it instead: it is no longer offered, and its groups keep it as their organiser.</source>
        <translation>”{name}” on ryhmän ”{group}” järjestäjä, joten sitä ei voi poistaa. Arkistoi se: sitä ei enää tarjota valittavaksi, ja sen ryhmät säilyttävät sen järjestäjänään.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="188"/>
        <source>“{worker}” works for “{name}”, so it cannot be deleted. Archive it instead, or change the worker&apos;s organisation first.</source>
        <translation>”{worker}” työskentelee organisaatiossa ”{name}”, joten sitä ei voi poistaa. Arkistoi se tai vaihda ensin työntekijän organisaatio.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/removal.py" line="206"/>
        <source>The pair “{name}” is the default leaders of “{group}”, so it cannot be deleted. Choose other default leaders for the group first.</source>
        <translation>Työpari ”{name}” on ryhmän ”{group}” oletusohjaajat, joten sitä ei voi poistaa. Valitse ensin ryhmälle muut oletusohjaajat.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="87"/>
        <source>title</source>
        <translation>nimike</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="89"/>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="93"/>
        <source>“{email}” is not an email address.</source>
        <translation>”{email}” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="125"/>
        <source>A pair needs two different workers.</source>
        <translation>Työpariin tarvitaan kaksi eri työntekijää.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/workers.py" line="130"/>
        <source>These two already are a pair.</source>
        <translation>Nämä kaksi ovat jo työpari.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="472"/>
        <source>Only an SQLite database file can be backed up here; back up a PostgreSQL database with pg_dump.</source>
        <translation>Tässä voi varmuuskopioida vain SQLite-tietokantatiedoston; varmuuskopioi PostgreSQL-tietokanta pg_dump-ohjelmalla.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="109"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Varmuuskopiota ei voitu tallentaa kohteeseen {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="86"/>
        <source>There are no calendar feeds yet.</source>
        <translation>Kalenterisyötteitä ei ole vielä.</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="148"/>
        <source>{path} is a file; give a folder, or choose one feed with --group, --organisation or --worker.</source>
        <translation>{path} on tiedosto; anna kansio tai valitse yksi syöte valitsimella --group, --organisation tai --worker.</translation>
    </message>
    <message>
        <location filename="../../cli/feeds.py" line="159"/>
        <source>The folder {path} cannot be created: {reason}</source>
        <translation>Kansiota {path} ei voi luoda: {reason}</translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="81"/>
        <location filename="../../storage/backup.py" line="418"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} on kansio; anna tiedoston nimi.</translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="86"/>
        <source>The folder of {path} does not exist.</source>
        <translation>Tiedoston {path} kansiota ei ole.</translation>
    </message>
    <message>
        <location filename="../../cli/output.py" line="90"/>
        <source>The folder of {path} cannot be written to.</source>
        <translation>Tiedoston {path} kansioon ei voi kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="123"/>
        <source>The password for {user} at {url} cannot be saved: this computer has no usable password store. Set RYHMAT_CALDAV_PASSWORD instead.</source>
        <translation>Käyttäjän {user} salasanaa palvelimelle {url} ei voi tallentaa: tällä tietokoneella ei ole käytettävää salasanasäilöä. Aseta sen sijaan RYHMAT_CALDAV_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="103"/>
        <source>No password for {user} at {url}: store it in the app, or set RYHMAT_CALDAV_PASSWORD with RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER.</source>
        <translation>Käyttäjälle {user} palvelimella {url} ei ole salasanaa: tallenna se sovelluksessa tai aseta RYHMAT_CALDAV_PASSWORD sekä RYHMAT_CALDAV_SERVER ja RYHMAT_CALDAV_USER.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="108"/>
        <source>No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is sent nowhere unless RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER name the server and user it is for.</source>
        <translation>Käyttäjälle {user} palvelimella {url} ei ole salasanaa: RYHMAT_CALDAV_PASSWORD-salasanaa ei lähetetä minnekään, ellei RYHMAT_CALDAV_SERVER ja RYHMAT_CALDAV_USER kerro, mille palvelimelle ja käyttäjälle se kuuluu.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="113"/>
        <source>No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is for {bound_user} at {bound_server}, so it is not sent to this server or user.</source>
        <translation>Käyttäjälle {user} palvelimella {url} ei ole salasanaa: RYHMAT_CALDAV_PASSWORD kuuluu käyttäjälle {bound_user} palvelimella {bound_server}, joten sitä ei lähetetä tälle palvelimelle tai käyttäjälle.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="118"/>
        <source>The calendar server {url} sent the request on to another server ({other}); the password is not sent there. Enter the calendar server&apos;s own address.</source>
        <translation>Kalenteripalvelin {url} ohjasi pyynnön toiselle palvelimelle ({other}); salasanaa ei lähetetä sinne. Anna kalenteripalvelimen oma osoite.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="128"/>
        <source>The calendar server {url} cannot be reached: {reason}</source>
        <translation>Kalenteripalvelimeen {url} ei saada yhteyttä: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="129"/>
        <source>The calendar server {url} refused the user name or password.</source>
        <translation>Kalenteripalvelin {url} ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="132"/>
        <source>The calendar server {url} does not allow this user to publish there.</source>
        <translation>Kalenteripalvelin {url} ei salli tämän käyttäjän julkaista sinne.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="135"/>
        <source>The calendar server {url} has no calendars at this address; check the address.</source>
        <translation>Kalenteripalvelimella {url} ei ole kalentereita tässä osoitteessa; tarkista osoite.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="138"/>
        <source>The calendar server {url} had an error ({status}); try again later.</source>
        <translation>Kalenteripalvelimella {url} oli virhe ({status}); yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="141"/>
        <source>The calendar server {url} gave an unexpected answer ({status}); check that the address is a CalDAV server.</source>
        <translation>Kalenteripalvelin {url} vastasi odottamattomasti ({status}); tarkista, että osoite on CalDAV-palvelin.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="146"/>
        <source>The calendar {calendar} on {url} changed while publishing; publish again.</source>
        <translation>Kalenteri {calendar} palvelimella {url} muuttui julkaisun aikana; julkaise uudelleen.</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="150"/>
        <source>the connection was refused</source>
        <translation>yhteys torjuttiin</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="151"/>
        <source>the server name was not found</source>
        <translation>palvelimen nimeä ei löytynyt</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="152"/>
        <source>it did not answer in time</source>
        <translation>se ei vastannut ajoissa</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="153"/>
        <source>a secure connection could not be made</source>
        <translation>suojattua yhteyttä ei saatu muodostettua</translation>
    </message>
    <message>
        <location filename="../../export/caldav_publish.py" line="154"/>
        <source>the connection failed</source>
        <translation>yhteys epäonnistui</translation>
    </message>
    <message>
        <location filename="../../export/folder.py" line="141"/>
        <source>The feed could not be written to {folder}: {reason}</source>
        <translation>Syötettä ei voitu kirjoittaa kansioon {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/publishing.py" line="106"/>
        <source>The feed “{name}” has no folder or calendar server to publish to.</source>
        <translation>Syötteellä ”{name}” ei ole kansiota eikä kalenteripalvelinta, johon julkaista.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/roster_import.py" line="255"/>
        <source>Rows with problems: {count}. Nothing was imported; correct the rows, or import only the valid rows.</source>
        <translation>Virheellisiä rivejä: {count}. Mitään ei tuotu; korjaa rivit tai tuo vain kunnossa olevat rivit.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/roster_import.py" line="405"/>
        <source>{name} is on row {row} already.</source>
        <translation>{name} on jo rivillä {row}.</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="408"/>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>Työkirjaa ei voitu kirjoittaa kohteeseen {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="165"/>
        <location filename="../../export/roster_file.py" line="378"/>
        <source>{file} is empty.</source>
        <translation>{file} on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="174"/>
        <source>{file} is too large for a roster ({size} MB).</source>
        <translation>{file} on liian suuri nimilistaksi ({size} Mt).</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="181"/>
        <source>There is no file {path}.</source>
        <translation>Tiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="185"/>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} on kansio; valitse tiedosto.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="189"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>Tiedostoa {file} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="199"/>
        <source>{file} is an old-style or password-protected workbook; save it as .xlsx without a password, or as .csv.</source>
        <translation>{file} on vanhan mallinen tai salasanalla suojattu työkirja; tallenna se .xlsx-muodossa ilman salasanaa tai .csv-muodossa.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="214"/>
        <source>{file} is not an Excel workbook (.xlsx) at all.</source>
        <translation>{file} ei ole lainkaan Excel-työkirja (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="78"/>
        <source>{file} holds far more inside than a roster can. Copy the roster to a new workbook, or save it as .csv.</source>
        <translation>{file} sisältää paljon enemmän kuin yksikään nimilista. Kopioi nimilista uuteen työkirjaan tai tallenna se .csv-muodossa.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="89"/>
        <source>{file} has more than {limit} rows, counting empty-looking ones. Delete the rows below the roster, or copy the roster to a new file.</source>
        <translation>Tiedostossa {file} on yli {limit} riviä, kun tyhjiltä näyttävätkin rivit lasketaan. Poista nimilistan alapuolella olevat rivit tai kopioi nimilista uuteen tiedostoon.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="101"/>
        <source>A cell in {file} holds more than {limit} characters; no roster cell is that long. Check that this is the right file.</source>
        <translation>Tiedoston {file} solussa on yli {limit} merkkiä; yksikään nimilistan solu ei ole niin pitkä. Tarkista, että tiedosto on oikea.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="113"/>
        <source>{file} is damaged or incomplete and cannot be read as a workbook. Open it in Excel and save it again.</source>
        <translation>{file} on vioittunut tai keskeneräinen, eikä sitä voi lukea työkirjana. Avaa se Excelissä ja tallenna uudelleen.</translation>
    </message>
    <message>
        <location filename="../../export/roster_limits.py" line="124"/>
        <source>{file} is packed or encrypted in a way spreadsheet programs do not save workbooks. Open it in Excel, remove any password and save it again as .xlsx.</source>
        <translation>{file} on pakattu tai salattu tavalla, jolla taulukko-ohjelmat eivät tallenna työkirjoja. Avaa se Excelissä, poista mahdollinen salasana ja tallenna se uudelleen .xlsx-muodossa.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="256"/>
        <source>Row {row} of {file} cannot be read as CSV.</source>
        <translation>Tiedoston {file} riviä {row} ei voi lukea CSV-muodossa.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="283"/>
        <source>{file} is not a spreadsheet: save the roster as .xlsx or .csv.</source>
        <translation>{file} ei ole taulukko: tallenna nimilista .xlsx- tai .csv-muodossa.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="342"/>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation>Tiedostossa {file} on yli {limit} riviä; jaa se pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="354"/>
        <source>{file} has no people under its header (row {row}).</source>
        <translation>Tiedostossa {file} ei ole henkilöitä otsikkorivin (rivi {row}) alla.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="381"/>
        <source>{file} has no header row with the columns it needs. Missing: {missing}. Name the columns in the first row, e.g. Perhe, Etunimi, Rooli, Syntynyt.</source>
        <translation>Tiedostosta {file} puuttuu otsikkorivi tarvittavine sarakkeineen. Puuttuu: {missing}. Nimeä sarakkeet ensimmäiselle riville, esim. Perhe, Etunimi, Rooli, Syntynyt.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="120"/>
        <source>Give the role: isä, äiti, muu huoltaja, isovanhempi or lapsi.</source>
        <translation>Anna rooli: isä, äiti, muu huoltaja, isovanhempi tai lapsi.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="487"/>
        <source>Give the child&apos;s birth month, e.g. 5/2023.</source>
        <translation>Anna lapsen syntymäkuukausi, esim. 5/2023.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="521"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>Teksti on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="131"/>
        <source>Unknown role “{value}”: write isä, äiti, muu huoltaja, isovanhempi or lapsi.</source>
        <translation>Tuntematon rooli ”{value}”: kirjoita isä, äiti, muu huoltaja, isovanhempi tai lapsi.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="123"/>
        <source>Give the role: pappa, mamma, vårdnadshavare, mor- eller farförälder or barn.</source>
        <translation>Anna rooli: pappa, mamma, vårdnadshavare, mor- eller farförälder tai barn.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="126"/>
        <source>Give the role: father, mother, other guardian, grandparent or child.</source>
        <translation>Anna rooli: father, mother, other guardian, grandparent tai child.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="135"/>
        <source>Unknown role “{value}”: write pappa, mamma, vårdnadshavare, mor- eller farförälder or barn.</source>
        <translation>Tuntematon rooli ”{value}”: kirjoita pappa, mamma, vårdnadshavare, mor- eller farförälder tai barn.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="140"/>
        <source>Unknown role “{value}”: write father, mother, other guardian, grandparent or child.</source>
        <translation>Tuntematon rooli ”{value}”: kirjoita father, mother, other guardian, grandparent tai child.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="147"/>
        <source>“{value}” is a father to some and a grandfather to others: write isä or isovanhempi.</source>
        <translation>”{value}” tarkoittaa toisille isää ja toisille isoisää: kirjoita isä tai isovanhempi.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="151"/>
        <source>“{value}” is a father to some and a grandfather to others: write father or grandparent.</source>
        <translation>”{value}” tarkoittaa toisille isää ja toisille isoisää: kirjoita father tai grandparent.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="547"/>
        <source>“{value}” is not a birth month; write e.g. 5/2023.</source>
        <translation>”{value}” ei ole syntymäkuukausi; kirjoita esim. 5/2023.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="561"/>
        <source>“{value}” is not a year; write e.g. 2023.</source>
        <translation>”{value}” ei ole vuosi; kirjoita esim. 2023.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="567"/>
        <source>“{value}” is not a month; write 1–12.</source>
        <translation>”{value}” ei ole kuukausi; kirjoita 1–12.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="583"/>
        <source>“{value}” is not a date; write e.g. 13.10.2026.</source>
        <translation>”{value}” ei ole päivämäärä; kirjoita esim. 13.10.2026.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="596"/>
        <source>Unknown status “{value}”: write ilmoittautunut, jonossa or lopettanut.</source>
        <translation>Tuntematon tila ”{value}”: kirjoita ilmoittautunut, jonossa tai lopettanut.</translation>
    </message>
    <message>
        <location filename="../../export/roster_file.py" line="614"/>
        <source>Unknown answer “{value}”: write kyllä, ei or ei kysytty.</source>
        <translation>Tuntematon vastaus ”{value}”: kirjoita kyllä, ei tai ei kysytty.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_visits.py" line="87"/>
        <source>The number of weeks must be between {low} and {high}, not {weeks}.</source>
        <translation>Viikkojen määrän on oltava {low}–{high}, ei {weeks}.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/erasure.py" line="86"/>
        <source>The retention period must be between 1 and {most} years.</source>
        <translation>Säilytysajan on oltava 1–{most} vuotta.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="91"/>
        <source>The database URL is empty; give one or leave it out.</source>
        <translation>Tietokannan osoite on tyhjä; anna osoite tai jätä valitsin pois.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="322"/>
        <source>Cannot open the database {path}: the folder {folder} does not exist.</source>
        <translation>Tietokantaa {path} ei voi avata: kansiota {folder} ei ole.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="356"/>
        <source>Cannot open the database {path}: it is a folder, not a database file.</source>
        <translation>Tietokantaa {path} ei voi avata: se on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="432"/>
        <source>Cannot open the database {path}: you do not have permission to read it.</source>
        <translation>Tietokantaa {path} ei voi avata: sinulla ei ole oikeutta lukea sitä.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="517"/>
        <source>The database {name} was made by a newer version of Ryhmät. Update Ryhmät to open it; the database was not changed.</source>
        <translation>Tietokanta {name} on tehty Ryhmät-sovelluksen uudemmalla versiolla. Päivitä Ryhmät avataksesi sen; tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="528"/>
        <source>The database {name} cannot be opened read-only: it must first be set up or upgraded for this version of Ryhmät. Close the other Ryhmät window and open the database again; the database was not changed.</source>
        <translation>Tietokantaa {name} ei voi avata vain luku -tilassa: se pitää ensin ottaa käyttöön tai päivittää tälle Ryhmät-versiolle. Sulje toinen Ryhmät-ikkuna ja avaa tietokanta uudelleen. Tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="540"/>
        <source>The file {path} is not a Ryhmät database. The file was not changed.</source>
        <translation>Tiedosto {path} ei ole Ryhmät-tietokanta. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="549"/>
        <source>The database file {path} is damaged and cannot be opened. The file was not changed; restore the database from a backup copy.</source>
        <translation>Tietokantatiedosto {path} on vioittunut, eikä sitä voi avata. Tiedostoa ei muutettu; palauta tietokanta varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="80"/>
        <source>Someone else changed this group while you were editing it. Its saved state is shown now; make your change again if it is still needed.</source>
        <translation>Joku muu muutti tätä ryhmää, kun muokkasit sitä. Nyt näkyvät tallennetut tiedot; tee muutoksesi uudelleen, jos se on yhä tarpeen.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="85"/>
        <source>Someone else removed this group while you were editing it.</source>
        <translation>Joku muu poisti tämän ryhmän, kun muokkasit sitä.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="103"/>
        <source>Someone else changed this session while you were editing it. Its saved state is shown now; make your change again if it is still needed.</source>
        <translation>Joku muu muutti tätä ryhmäkertaa, kun muokkasit sitä. Nyt näkyvät tallennetut tiedot; tee muutoksesi uudelleen, jos se on yhä tarpeen.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/sessions.py" line="251"/>
        <source>Someone else removed this session while you were editing it.</source>
        <translation>Joku muu poisti tämän ryhmäkerran, kun muokkasit sitä.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/people.py" line="63"/>
        <source>Someone else changed this family&apos;s details while you were editing them. The saved details are shown now; make your change again if it is still needed.</source>
        <translation>Joku muu muutti perheen tietoja, kun muokkasit niitä. Nyt näkyvät tallennetut tiedot; tee muutoksesi uudelleen, jos se on yhä tarpeen.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/people.py" line="68"/>
        <source>Someone else removed this family while you were editing it.</source>
        <translation>Joku muu poisti tämän perheen, kun muokkasit sitä.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/attendance.py" line="73"/>
        <source>Your role in the team lets you record the attendance of the sessions you lead only, and you do not lead this one. Nothing was saved.</source>
        <translation>Roolisi tiimissä sallii kirjata läsnäolon vain ryhmäkerroille, joita itse ohjaat, etkä ohjaa tätä. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories/attendance.py" line="204"/>
        <source>Someone else recorded this session&apos;s attendance while you were entering it. The saved marks are shown now; enter your changes again if they are still needed.</source>
        <translation>Joku muu kirjasi tämän ryhmäkerran läsnäolot samaan aikaan kuin sinä. Nyt näkyvät tallennetut merkinnät; tee muutoksesi uudelleen, jos ne ovat yhä tarpeen.</translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="31"/>
        <source>“{text}” is not a date; write e.g. 6.1.2027.</source>
        <translation>”{text}” ei ole päivämäärä; kirjoita esim. 6.1.2027.</translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="32"/>
        <source>“{text}” is not a date: month {month}/{year} has {days} days.</source>
        <translation>”{text}” ei ole päivämäärä: kuussa {month}/{year} on {days} päivää.</translation>
    </message>
    <message>
        <location filename="../../domain/typed_values.py" line="35"/>
        <source>“{text}” is not a time; write e.g. 9.30 or 930.</source>
        <translation>”{text}” ei ole kellonaika; kirjoita esim. 9.30 tai 930.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="105"/>
        <source>Someone else changed one of these families while you were merging them. Look at them again and merge if it is still needed.</source>
        <translation>Joku muu muutti toista näistä perheistä, kun olit yhdistämässä niitä. Katso perheet uudelleen ja yhdistä, jos se on yhä tarpeen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="144"/>
        <source>A family cannot be merged with itself.</source>
        <translation>Perhettä ei voi yhdistää itseensä.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/merging.py" line="150"/>
        <source>A family whose personal data was erased cannot be merged.</source>
        <translation>Perhettä, jonka henkilötiedot on poistettu, ei voi yhdistää.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/bookings.py" line="47"/>
        <source>The change books someone or a place twice; confirm it before saving.</source>
        <translation>Muutos tekee päällekkäisen varauksen; vahvista se ennen tallentamista.</translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="33"/>
        <source>The calendar server address {url} must start with https:// and name a server.</source>
        <translation>Kalenteripalvelimen osoitteen {url} on alettava https:// ja nimettävä palvelin.</translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="36"/>
        <source>The calendar server address must not contain a user name or password: enter them in their own fields.</source>
        <translation>Kalenteripalvelimen osoitteessa ei saa olla käyttäjätunnusta eikä salasanaa: kirjoita ne niille varattuihin kenttiin.</translation>
    </message>
    <message>
        <location filename="../../domain/server_address.py" line="41"/>
        <source>The calendar server address {url} starts with http://, which would send the password unencrypted: use https:// (http:// is allowed only to this computer itself).</source>
        <translation>Kalenteripalvelimen osoite {url} alkaa http://, jolloin salasana lähtisi salaamattomana: käytä osoitetta, joka alkaa https:// (http:// käy vain tälle tietokoneelle itselleen).</translation>
    </message>
    <message>
        <location filename="../../storage/locations.py" line="48"/>
        <source>The database URL {url} has options in it. Give an SQLite database by its file&apos;s path alone, for example sqlite:////home/me/ryhmat.sqlite3.</source>
        <translation>Tietokannan osoitteessa {url} on lisäasetuksia. Anna SQLite-tietokanta pelkällä tiedostopolulla, esimerkiksi sqlite:////home/me/ryhmat.sqlite3.</translation>
    </message>
    <message>
        <location filename="../../storage/locations.py" line="60"/>
        <source>The database URL {url} has a NUL character (%00) in its file name. Give an SQLite database by its file&apos;s path alone.</source>
        <translation>Tietokannan osoitteen {url} tiedostonimessä on NUL-merkki (%00). Anna SQLite-tietokanta pelkällä tiedostopolulla.</translation>
    </message>
    <message>
        <location filename="../../storage/postgresql_schema.py" line="157"/>
        <source>The database {name} holds triggers, functions, views or tables that Ryhmät did not make, so Ryhmät does not start on it. Ask the database&apos;s administrator to remove them.</source>
        <translation>Tietokannassa {name} on liipaisimia, funktioita, näkymiä tai tauluja, joita Ryhmät ei ole tehnyt, joten Ryhmät ei avaa sitä. Pyydä tietokannan ylläpitäjää poistamaan ne.</translation>
    </message>
    <message>
        <location filename="../../storage/sqlite_schema.py" line="142"/>
        <source>The database {name} has been changed outside Ryhmät: it holds tables, triggers or other parts that Ryhmät did not make. It was not opened, and it was not changed.</source>
        <translation>Tietokantaa {name} on muutettu Ryhmät-sovelluksen ulkopuolella: siinä on tauluja, liipaisimia tai muita osia, joita Ryhmät ei ole tehnyt. Sitä ei avattu eikä muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="329"/>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>PDF-tiedostoa ei voitu tallentaa kohteeseen {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="26"/>
        <source>The database is busy: another user or program is saving at this moment. Nothing was saved; try again in a moment.</source>
        <translation>Tietokanta on varattu: toinen käyttäjä tai ohjelma tallentaa juuri nyt. Mitään ei tallennettu; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="31"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Levy on täynnä. Mitään ei tallennettu; vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="34"/>
        <source>The database could not be read or written (an input/output error). Nothing was saved; check the disk or the network drive and try again.</source>
        <translation>Tietokantaa ei voitu lukea tai siihen ei voitu kirjoittaa (luku- tai kirjoitusvirhe). Mitään ei tallennettu; tarkista levy tai verkkolevy ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="39"/>
        <source>The database file could not be opened or written: it may be read-only, moved or deleted, or its drive may have been disconnected. Nothing was saved; check the file and its drive, then try again.</source>
        <translation>Tietokantatiedostoa ei voitu avata tai siihen ei voitu kirjoittaa: se voi olla vain luku -tilassa, siirretty tai poistettu, tai sen asema on voinut irrota. Mitään ei tallennettu; tarkista tiedosto ja sen asema ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="45"/>
        <source>The database server cannot be reached: it may be restarting, or the network connection is down. Nothing was saved; try again in a moment.</source>
        <translation>Tietokantapalvelimeen ei saada yhteyttä: se voi olla käynnistymässä uudelleen, tai verkkoyhteys on katkennut. Mitään ei tallennettu; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="50"/>
        <source>Your role in the team does not allow this. Nothing was saved; ask the team&apos;s admin if you need it.</source>
        <translation>Roolisi tiimissä ei salli tätä. Mitään ei tallennettu; pyydä tiimin pääkäyttäjältä, jos tarvitset sitä.</translation>
    </message>
    <message>
        <location filename="../../storage/failures.py" line="55"/>
        <source>The database server did not accept the user name or password.</source>
        <translation>Tietokantapalvelin ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="32"/>
        <source>The database is open in another Ryhmät window, and this window is read-only. Nothing was saved; make the change in the other window.</source>
        <translation>Tietokanta on auki toisessa Ryhmät-ikkunassa, ja tämä ikkuna on vain luku -tilassa. Mitään ei tallennettu; tee muutos toisessa ikkunassa.</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="39"/>
        <source>The database is open in another Ryhmät window, and this window is read-only: it cannot log who reads families&apos; personal data, so it does not show them. Use the other window.</source>
        <translation>Tietokanta on auki toisessa Ryhmät-ikkunassa, ja tämä ikkuna on vain luku -tilassa: se ei voi kirjata käyttölokiin, kuka katsoo perheiden henkilötietoja, joten se ei näytä niitä. Käytä toista ikkunaa.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/usage_log.py" line="115"/>
        <source>No family is named {name}.</source>
        <translation>Perhettä nimeltä {name} ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/usage_log.py" line="147"/>
        <source>The usage log&apos;s retention period must be between 1 and {most} years.</source>
        <translation>Käyttölokin säilytysajan on oltava 1–{most} vuotta.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_record.py" line="75"/>
        <source>No family is named “{name}”.</source>
        <translation>Perhettä nimeltä ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/family_record.py" line="78"/>
        <source>{count} families are named “{name}”: save the one you mean from its window in the app.</source>
        <translation>Nimellä ”{name}” on {count} perhettä: tallenna oikean perheen tiedot sen omasta ikkunasta sovelluksessa.</translation>
    </message>
    <message>
        <location filename="../../cli/team.py" line="129"/>
        <source>No password was given on standard input.</source>
        <translation>Vakiosyötteestä ei saatu salasanaa.</translation>
    </message>
    <message>
        <location filename="../../domain/team.py" line="52"/>
        <source>“{login}” cannot be a login name: use 1–63 lower-case letters a–z, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter, and not starting with pg_ or ryhmat_.</source>
        <translation>”{login}” ei kelpaa tunnukseksi: käytä 1–63 pientä kirjainta a–z, numeroita, merkkejä &apos;_&apos;, &apos;.&apos; tai &apos;-&apos;; tunnuksen on alettava kirjaimella, eikä se saa alkaa pg_ tai ryhmat_.</translation>
    </message>
    <message>
        <location filename="../../domain/team.py" line="65"/>
        <source>A password must be at least 12 characters long, on one line.</source>
        <translation>Salasanan on oltava vähintään 12 merkkiä pitkä ja yhdellä rivillä.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="67"/>
        <source>The person&apos;s full name is missing.</source>
        <translation>Henkilön koko nimi puuttuu.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="72"/>
        <source>The login “{login}” is already in the team.</source>
        <translation>Tunnus ”{login}” on jo tiimissä.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="77"/>
        <source>No organisation is named “{name}”.</source>
        <translation>Organisaatiota ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="83"/>
        <source>No worker is named “{name}”.</source>
        <translation>Työntekijää ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="103"/>
        <source>The two passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/team.py" line="126"/>
        <source>No one in the team signs in as “{login}”.</source>
        <translation>Kukaan tiimissä ei kirjaudu tunnuksella ”{login}”.</translation>
    </message>
    <message>
        <location filename="../../storage/credentials.py" line="34"/>
        <source>The database server did not accept the password of {login}.</source>
        <translation>Tietokantapalvelin ei hyväksynyt käyttäjän {login} salasanaa.</translation>
    </message>
    <message>
        <location filename="../../storage/team.py" line="83"/>
        <source>Team accounts are for a shared PostgreSQL database; this database is a file on this computer for one person.</source>
        <translation>Tiimin käyttäjätunnukset ovat yhteistä PostgreSQL-tietokantaa varten; tämä tietokanta on tällä tietokoneella oleva yhden henkilön tiedosto.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/follow_ups.py" line="46"/>
        <source>The follow-up period must be between 1 and {most} months.</source>
        <translation>Kuulumisten kysymisen ajan on oltava 1–{most} kuukautta.</translation>
    </message>
    <message>
        <location filename="../../cli/programme.py" line="40"/>
        <source>The group “{name}” has no seasons yet.</source>
        <translation>Ryhmällä ”{name}” ei ole vielä kausia.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="83"/>
        <source>Starting at {start}, the session would end after midnight.</source>
        <translation>Jos ryhmäkerta alkaa klo {start}, se päättyisi vasta puolenyön jälkeen.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="113"/>
        <source>This session has been held and its attendance recorded, so it stays where it was. Nothing was moved.</source>
        <translation>Ryhmäkerta on jo pidetty ja sen osallistujat kirjattu, joten se pysyy paikallaan. Mitään ei siirretty.</translation>
    </message>
    <message>
        <location filename="../../domain/usecases/moving.py" line="121"/>
        <source>A cancelled session is not moved. Restore it first in its own window if it will be held after all. Nothing was moved.</source>
        <translation>Peruttua ryhmäkertaa ei siirretä. Jos se pidetäänkin, palauta se ensin sen omassa ikkunassa. Mitään ei siirretty.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="206"/>
        <source>Evaluation: %1</source>
        <translation>Arviointi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="213"/>
        <source>The season has not ended yet: the feedback forms can be counted in after each session, the evaluation written when it has ended.</source>
        <translation>Kausi ei ole vielä päättynyt: palautelomakkeet voi kirjata ryhmäkerran jälkeen, arvioinnin kauden päätyttyä.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="223"/>
        <source>The answers and goals go to the reports and the summary for the board: write about the group, never a family&apos;s name.</source>
        <translation>Vastaukset ja tavoitteet näkyvät raporteissa ja johtokunnan tiivistelmässä: kirjoita ryhmästä, älä koskaan perheen nimeä.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="250"/>
        <source>No goals were set for this season.</source>
        <translation>Kaudelle ei asetettu tavoitteita.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="251"/>
        <source>Outcome</source>
        <translation>Toteutuminen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="252"/>
        <source>How it went</source>
        <translation>Miten meni</translation>
    </message>
</context>
<context>
    <name>FamiliesOnRostersOnly</name>
    <message>
        <location filename="../../ui/people/roster_only.py" line="18"/>
        <source>As a volunteer you see the families of the sessions you lead on their attendance lists: open a session&apos;s attendance from the calendar (Ctrl+R) or from the list of sessions not recorded. The families&apos; other details are kept by the group&apos;s workers.</source>
        <translation>Vapaaehtoisena näet ohjaamiesi ryhmäkertojen perheet niiden läsnäololistoilla: avaa ryhmäkerran läsnäolo kalenterista (Ctrl+R) tai kirjaamattomien ryhmäkertojen listasta. Perheiden muista tiedoista huolehtivat ryhmän työntekijät.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../../ui/people/families_page.py" line="39"/>
        <source>Families</source>
        <translation>Perheet</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="42"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="45"/>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="49"/>
        <source>Adults</source>
        <translation>Aikuiset</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="50"/>
        <source>Children</source>
        <translation>Lapset</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="51"/>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="55"/>
        <source>&amp;New family…</source>
        <translation>&amp;Uusi perhe…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="57"/>
        <source>Edi&amp;t family…</source>
        <translation>Muokkaa &amp;perhettä…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="58"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Tuo nimilista…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="60"/>
        <source>&amp;Merge families…</source>
        <translation>&amp;Yhdistä perheet…</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="61"/>
        <source>Merge a family recorded twice into the chosen one</source>
        <translation>Yhdistä kahteen kertaan kirjattu perhe valittuun perheeseen</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="86"/>
        <source>not given</source>
        <translation>antamatta</translation>
    </message>
    <message>
        <location filename="../../ui/people/families_page.py" line="117"/>
        <source>Choose the family to keep first, then merge.</source>
        <translation>Valitse ensin säilytettävä perhe ja yhdistä sitten.</translation>
    </message>
</context>
<context>
    <name>FamiliesPanel</name>
    <message>
        <location filename="../../ui/statistics/families.py" line="60"/>
        <source> weeks</source>
        <translation> viikkoa</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="62"/>
        <source>&amp;Not seen for:</source>
        <translation>Ei näht&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="80"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="81"/>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="83"/>
        <source>Attended / offered</source>
        <translation>Käynyt / tarjolla</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="88"/>
        <source>Rate</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="93"/>
        <source>Last seen</source>
        <translation>Viimeksi nähty</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/families.py" line="100"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
</context>
<context>
    <name>FamilyEditor</name>
    <message>
        <location filename="../../ui/people/family_editor.py" line="61"/>
        <source>Edit family</source>
        <translation>Muokkaa perhettä</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="61"/>
        <source>New family</source>
        <translation>Uusi perhe</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="70"/>
        <source>The day the family was given the privacy notice; empty if not yet</source>
        <translation>Päivä, jona perheelle annettiin tietosuojaseloste; tyhjä, jos sitä ei ole vielä annettu</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="78"/>
        <source>No health or child-welfare details: only what the group work needs.</source>
        <translation>Ei terveys- eikä lastensuojelutietoja: vain se, mitä ryhmätoiminta tarvitsee.</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="82"/>
        <source>Do not write health or child-welfare details here. The family may ask to see everything written about it.</source>
        <translation>Älä kirjaa tähän terveyteen tai lastensuojeluun liittyviä tietoja. Perhe voi pyytää nähtäväkseen kaiken, mitä siitä on kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="96"/>
        <source>Family &amp;name:</source>
        <translation>Perheen &amp;nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="97"/>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="98"/>
        <source>Privacy notice &amp;given:</source>
        <translation>Tieto&amp;suojaseloste annettu:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="99"/>
        <source>Ph&amp;oto permission:</source>
        <translation>Valo&amp;kuvauslupa:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="100"/>
        <source>&amp;Contact permission:</source>
        <translation>&amp;Yhteydenottolupa:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="101"/>
        <source>No&amp;tes:</source>
        <translation>Lisätie&amp;dot:</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="107"/>
        <source>&amp;Family and members</source>
        <translation>&amp;Perhe ja jäsenet</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="108"/>
        <source>&amp;Enrolments</source>
        <translation>&amp;Ilmoittautumiset</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="115"/>
        <source>Erase personal &amp;data…</source>
        <translation>Poista henkilö&amp;tiedot…</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="122"/>
        <source>All data as PD&amp;F…</source>
        <translation>Kaikki tiedot PD&amp;F:ksi…</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="125"/>
        <source>Save everything recorded about the family as a PDF, for its access request</source>
        <translation>Tallenna kaikki perheestä kirjattu PDF-tiedostoksi tiedonsaantipyyntöä varten</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="133"/>
        <source>&amp;History</source>
        <translation>&amp;Muutoshistoria</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="135"/>
        <source>&amp;Usage log</source>
        <translation>&amp;Käyttöloki</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="251"/>
        <source>Save the family&apos;s data as PDF</source>
        <translation>Tallenna perheen tiedot PDF-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_editor.py" line="252"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FamilyMatchModel</name>
    <message>
        <location filename="../../ui/people/family_search.py" line="104"/>
        <source>New family: %1</source>
        <translation>Uusi perhe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="110"/>
        <source>%1 (on the list already)</source>
        <translation>%1 (jo listalla)</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="122"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="123"/>
        <source>Adults</source>
        <translation>Aikuiset</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="124"/>
        <source>Children</source>
        <translation>Lapset</translation>
    </message>
    <message>
        <location filename="../../ui/people/family_search.py" line="125"/>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
</context>
<context>
    <name>FamilyReport</name>
    <message>
        <location filename="../../ui/family_report.py" line="40"/>
        <source>not given</source>
        <translation>antamatta</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="44"/>
        <source>Family name</source>
        <translation>Perheen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="45"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="46"/>
        <source>Privacy notice given</source>
        <translation>Tietosuojaseloste annettu</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="48"/>
        <source>Photo permission</source>
        <translation>Valokuvauslupa</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="52"/>
        <source>Contact permission</source>
        <translation>Yhteydenottolupa</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="55"/>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="63"/>
        <source>child</source>
        <translation>lapsi</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="65"/>
        <source>adult</source>
        <translation>aikuinen</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="82"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="83"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="84"/>
        <source>Born (month/year)</source>
        <translation>Syntynyt (kk/vuosi)</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="87"/>
        <source>No members.</source>
        <translation>Ei jäseniä.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="91"/>
        <location filename="../../ui/family_report.py" line="111"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="92"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="93"/>
        <source>Enrolled on</source>
        <translation>Ilmoittautunut</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="94"/>
        <source>Left on</source>
        <translation>Lopettanut</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="105"/>
        <source>No enrolments.</source>
        <translation>Ei ilmoittautumisia.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="107"/>
        <source>as a guest</source>
        <translation>vieraana</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="110"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="112"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="113"/>
        <source>Mark</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="124"/>
        <source>No attendance marks.</source>
        <translation>Ei läsnäolomerkintöjä.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="129"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="130"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="131"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="144"/>
        <source>No changes recorded.</source>
        <translation>Muutoksia ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="146"/>
        <source>Everything recorded about the family %1</source>
        <translation>Kaikki perheestä %1 kirjatut tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="147"/>
        <source>Made on %1 from the Ryhmät database, for the family&apos;s request to see its data.</source>
        <translation>Tulostettu %1 Ryhmät-tietokannasta perheen tiedonsaantipyyntöä varten.</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="152"/>
        <source>The family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="153"/>
        <source>Members</source>
        <translation>Jäsenet</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="154"/>
        <source>Enrolments in groups</source>
        <translation>Ilmoittautumiset ryhmiin</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="155"/>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="156"/>
        <source>Change history</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <location filename="../../ui/family_report.py" line="169"/>
        <source>Data of the family</source>
        <translation>Tiedot perheestä</translation>
    </message>
</context>
<context>
    <name>FamilySearch</name>
    <message>
        <location filename="../../ui/people/family_search.py" line="182"/>
        <source>Families found</source>
        <translation>Löydetyt perheet</translation>
    </message>
</context>
<context>
    <name>FamilyUsagePanel</name>
    <message>
        <location filename="../../ui/usage_log.py" line="62"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="63"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="64"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="70"/>
        <source>Who has read this family&apos;s personal data, when and why, newest first.</source>
        <translation>Kuka on katsonut perheen henkilötietoja, milloin ja miksi; uusin ensin.</translation>
    </message>
</context>
<context>
    <name>FeedEditor</name>
    <message>
        <location filename="../../ui/feeds/editor.py" line="62"/>
        <source>Edit calendar feed</source>
        <translation>Muokkaa kalenterisyötettä</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="62"/>
        <source>New calendar feed</source>
        <translation>Uusi kalenterisyöte</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="91"/>
        <source>What it contains</source>
        <translation>Mitä se sisältää</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="102"/>
        <source>Show the &amp;leaders&apos; names and titles</source>
        <translation>Näytä &amp;ohjaajien nimet ja nimikkeet</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="104"/>
        <source>&amp;Contains:</source>
        <translation>&amp;Sisältää:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="106"/>
        <source>Months &amp;back:</source>
        <translation>Kuukautta &amp;taaksepäin:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="107"/>
        <source>Months &amp;ahead:</source>
        <translation>Kuukautta &amp;eteenpäin:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="112"/>
        <source>Publishing</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="114"/>
        <source>A folder that a web server publishes</source>
        <translation>Kansio, jonka verkkopalvelin julkaisee</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="115"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="126"/>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="128"/>
        <source>How often the partners&apos; calendars should fetch the feed again.</source>
        <translation>Kuinka usein kumppaneiden kalenterien tulee hakea syöte uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="131"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="132"/>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Päivitysväli:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="136"/>
        <source>Calendar server (CalDAV), optional</source>
        <translation>Kalenteripalvelin (CalDAV), valinnainen</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="141"/>
        <source>The feed&apos;s name</source>
        <translation>Syötteen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="146"/>
        <source>The password is kept in this computer&apos;s password store, never in the database.</source>
        <translation>Salasana säilytetään tämän tietokoneen salasanasäilössä, ei koskaan tietokannassa.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="152"/>
        <source>Ser&amp;ver address:</source>
        <translation>Palveli&amp;men osoite:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="153"/>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="154"/>
        <source>Calendar na&amp;me:</source>
        <translation>Kalenterin ni&amp;mi:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="155"/>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="177"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Jätä tyhjäksi, niin tallennettu salasana säilyy</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="188"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="190"/>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="191"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Työntekijä:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="206"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="225"/>
        <source>Folder of the published feed</source>
        <translation>Julkaistun syötteen kansio</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/editor.py" line="267"/>
        <source>Enter the calendar server&apos;s address that the password is for.</source>
        <translation>Anna sen kalenteripalvelimen osoite, jota salasana koskee.</translation>
    </message>
</context>
<context>
    <name>FeedTexts</name>
    <message>
        <location filename="../../ui/feeds/texts.py" line="21"/>
        <source>%1: no longer exists</source>
        <translation>%1: ei ole enää olemassa</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/texts.py" line="37"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
</context>
<context>
    <name>FeedbackGrid</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="109"/>
        <source>How many anonymous feedback forms gave each answer; nobody is named.</source>
        <translation>Kuinka monessa nimettömässä palautelomakkeessa oli kukin vastaus; ketään ei nimetä.</translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <location filename="../../ui/feeds/page.py" line="66"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="67"/>
        <source>Contents</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="69"/>
        <source>Last published</source>
        <translation>Julkaistu viimeksi</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="74"/>
        <source>Published to</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="78"/>
        <source>&amp;New feed…</source>
        <translation>&amp;Uusi syöte…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="79"/>
        <source>E&amp;dit feed…</source>
        <translation>&amp;Muokkaa syötettä…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="82"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="111"/>
        <source>&amp;Publish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="112"/>
        <source>Publish the chosen feed now.</source>
        <translation>Julkaise valittu syöte nyt.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="114"/>
        <source>Publish &amp;all</source>
        <translation>Julkaise &amp;kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="117"/>
        <source>New &amp;secret address</source>
        <translation>Uusi &amp;salainen osoite</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="118"/>
        <source>Click again: the old address &amp;stops working</source>
        <translation>Napsauta uudelleen: vanha osoite &amp;lakkaa toimimasta</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="123"/>
        <source>Gives the chosen feed a new secret file name and publishes it there. The old address stops working: every partner needs the new one.</source>
        <translation>Antaa valitulle syötteelle uuden salaisen tiedostonimen ja julkaisee sen siihen. Vanha osoite lakkaa toimimasta: jokainen kumppani tarvitsee uuden.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="143"/>
        <source>Not published to a folder</source>
        <translation>Ei julkaista kansioon</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="146"/>
        <source>Not published to a calendar server</source>
        <translation>Ei julkaista kalenteripalvelimelle</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="148"/>
        <source>Pu&amp;blished file:</source>
        <translation>Julkaistu &amp;tiedosto:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="149"/>
        <source>Calendar server add&amp;ress:</source>
        <translation>Kalenteripalvelimen &amp;osoite:</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="216"/>
        <source>Delete the calendar feed “%1”? Its published file and its events on the calendar server are removed, so partners no longer see it. This cannot be undone.</source>
        <translation>Poistetaanko kalenterisyöte ”%1”? Sen julkaistu tiedosto ja tapahtumat kalenteripalvelimella poistetaan, joten kumppanit eivät enää näe sitä. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="219"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="224"/>
        <source>Deleting “%1”…</source>
        <translation>Poistetaan ”%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="246"/>
        <source>“%1” is deleted.</source>
        <translation>”%1” on poistettu.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="271"/>
        <source>Making a new secret address…</source>
        <translation>Tehdään uutta salaista osoitetta…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="271"/>
        <source>Publishing…</source>
        <translation>Julkaistaan…</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="284"/>
        <source>“%1”: %2</source>
        <translation>”%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="308"/>
        <source>“%1” has a new secret address: %2. The old address no longer works.</source>
        <translation>Syötteellä ”%1” on uusi salainen osoite: %2. Vanha osoite ei enää toimi.</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="310"/>
        <source>“%1” published to %2</source>
        <translation>”%1” julkaistu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="316"/>
        <source>“%1” on the calendar server: %2</source>
        <translation>”%1” kalenteripalvelimella: %2</translation>
    </message>
    <message>
        <location filename="../../ui/feeds/page.py" line="322"/>
        <source>“%1” has a new secret address.</source>
        <translation>Syötteellä ”%1” on uusi salainen osoite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="328"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="329"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n muuttunut</numerusform>
            <numerusform>%n muuttunutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feeds/page.py" line="330"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n poistettu</numerusform>
            <numerusform>%n poistettua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/filters.py" line="50"/>
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="51"/>
        <source>All workers</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="52"/>
        <source>All organisations</source>
        <translation>Kaikki organisaatiot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="53"/>
        <source>All places</source>
        <translation>Kaikki paikat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="54"/>
        <source>&amp;Clear filters</source>
        <translation>Tyhjennä suo&amp;dattimet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="55"/>
        <source>Show the sessions of every group again</source>
        <translation>Näytä taas kaikkien ryhmien ryhmäkerrat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="62"/>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="63"/>
        <source>Wor&amp;ker:</source>
        <translation>Työnteki&amp;jä:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="64"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/filters.py" line="65"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Paikka:</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="40"/>
        <source>left on %1</source>
        <translation>lopettanut %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="42"/>
        <source>stopped coming; last came on %1</source>
        <translation>jäänyt pois; kävi viimeksi %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="50"/>
        <source>Follow-up of %1 done</source>
        <translation>Perheen %1 kuulumiset kysytty</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="92"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="93"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="95"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="98"/>
        <source>Due since</source>
        <translation>Kysyttävä alkaen</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="108"/>
        <source>&amp;Open family…</source>
        <translation>&amp;Avaa perhe…</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="109"/>
        <source>Mark as &amp;done</source>
        <translation>&amp;Kysytty</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="147"/>
        <source>Ask these families how they are doing: their work in the group ended the follow-up period ago (they left, or have not come for six weeks while the group met). Only that it was done is recorded.</source>
        <translation>Kysy näiden perheiden kuulumiset: työskentely ryhmässä päättyi kuulumisten kysymisen ajan verran sitten (perhe lopetti tai ei ole käynyt kuuteen viikkoon ryhmän kokoontuessa). Kirjaan tulee vain, että kuulumiset kysyttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/people/follow_ups.py" line="172"/>
        <source>Choose the follow-up that was done first.</source>
        <translation>Valitse ensin perhe, jonka kuulumiset kysyttiin.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="51"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkistoitu)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="57"/>
        <source>Goals: %1</source>
        <translation>Tavoitteet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="60"/>
        <source>Set at the season&apos;s start: what the group works towards with the families. At the season&apos;s end the evaluation says how each went.</source>
        <translation>Asetetaan kauden aloituksessa: mitä kohti ryhmä perheiden kanssa työskentelee. Kauden lopun arvioinnissa kerrotaan, miten kukin toteutui.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="81"/>
        <source>Goal %1</source>
        <translation>Tavoite %1</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="99"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="101"/>
        <source>Seasons</source>
        <translation>Kaudet</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="104"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="109"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="154"/>
        <source> min per session</source>
        <translation> min / ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="157"/>
        <source>Time the leaders spend planning and debriefing each session; the statistics count it for every leader apart from the session&apos;s own time.</source>
        <translation>Aika, jonka ohjaajat käyttävät kunkin ryhmäkerran suunnitteluun ja purkuun; tilastot laskevat sen jokaiselle ohjaajalle erikseen ryhmäkerran omasta ajasta.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="147"/>
        <source>Capacity counts</source>
        <translation>Enimmäismäärän yksikkö</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="165"/>
        <source>New o&amp;rganisation…</source>
        <translation>Uusi järjestäjäta&amp;ho…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="167"/>
        <source>Ne&amp;w place…</source>
        <translation>Lis&amp;ää paikka…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="169"/>
        <source>New wor&amp;ker pair…</source>
        <translation>Uusi ty&amp;öpari…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="181"/>
        <source>P&amp;ublic: shown in the calendar feed of all public groups</source>
        <translation>&amp;Julkinen: näkyy kaikkien julkisten ryhmien kalenterisyötteessä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="194"/>
        <source>all children</source>
        <translation>kaikki lapset</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="195"/>
        <source>the children of its ages on the day</source>
        <translation>ryhmän ikäiset lapset ryhmäkerran päivänä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="196"/>
        <source>no children</source>
        <translation>ei lapsia</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="201"/>
        <source>Sign-in sheets, the attendance list and named workbooks list these members of the families; anyone already marked is listed too.</source>
        <translation>Osallistujalistat, läsnäololista ja nimelliset työkirjat näyttävät perheistä nämä jäsenet; jo merkitty henkilö näkyy aina.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="209"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="210"/>
        <source>&amp;Type:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="211"/>
        <source>&amp;Attendance:</source>
        <translation>&amp;Läsnäolon kirjaus:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="212"/>
        <source>&amp;Organisers:</source>
        <translation>Jä&amp;rjestäjät:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="213"/>
        <source>C&amp;hildren&apos;s age:</source>
        <translation>Lasten &amp;ikä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="216"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Enimmäismäärä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="219"/>
        <source>Planning and de&amp;brief:</source>
        <translation>Suunnittelu ja p&amp;urku:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="220"/>
        <source>Default &amp;place:</source>
        <translation>Oletus&amp;paikka:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="221"/>
        <source>Default &amp;leaders:</source>
        <translation>&amp;Oletusohjaajat:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="223"/>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="224"/>
        <source>For the adults:</source>
        <translation>Aikuiset listalla:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="227"/>
        <source>For the children:</source>
        <translation>Lapset listalla:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="230"/>
        <source>Eves &amp;skipped:</source>
        <translation>&amp;Aatot väliin:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="235"/>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="237"/>
        <source>Dates</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="241"/>
        <source>Repeats</source>
        <translation>Toistuu</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="248"/>
        <source>Add s&amp;eason…</source>
        <translation>Li&amp;sää kausi…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="249"/>
        <source>Ed&amp;it season…</source>
        <translation>&amp;Muokkaa kautta…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="253"/>
        <source>Cop&amp;y to a new period…</source>
        <translation>Kopioi uu&amp;delle jaksolle…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="259"/>
        <source>Adding the first season saves the group.</source>
        <translation>Kun lisäät ensimmäisen kauden, ryhmä tallentuu.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="262"/>
        <source>&amp;Goals…</source>
        <translation>Ta&amp;voitteet…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="264"/>
        <source>Feedback &amp;forms…</source>
        <translation>Palautelomakkeet…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="265"/>
        <source>Count a session&apos;s feedback forms into the season&apos;s</source>
        <translation>Kirjaa ryhmäkerran palautelomakkeet kauden lukuihin</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="267"/>
        <source>E&amp;valuation…</source>
        <translation>Arvioi ka&amp;usi…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="275"/>
        <source>Print progra&amp;mme…</source>
        <translation>Tulosta ohjelma…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="293"/>
        <location filename="../../ui/groups/group_editor.py" line="295"/>
        <source>none</source>
        <translation>ei valittu</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="305"/>
        <location filename="../../ui/groups/group_editor.py" line="331"/>
        <source>New group</source>
        <translation>Uusi ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="316"/>
        <location filename="../../ui/groups/group_editor.py" line="433"/>
        <source>Group: %1</source>
        <translation>Ryhmä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="324"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_editor.py" line="361"/>
        <source>(shown as %1)</source>
        <translation>(näkyy muodossa %1)</translation>
    </message>
</context>
<context>
    <name>GroupEves</name>
    <message>
        <location filename="../../ui/groups/eves.py" line="62"/>
        <source>as the whole team chooses</source>
        <translation>kuten koko tiimi on valinnut</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="63"/>
        <source>chosen for this group:</source>
        <translation>valittu tälle ryhmälle:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="64"/>
        <source>Eves skipped</source>
        <translation>Väliin jäävät aatot</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups/page.py" line="157"/>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="158"/>
        <source>Places</source>
        <translation>Paikat</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="159"/>
        <source>Closures</source>
        <translation>Lomat ja tauot</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/groups/page.py" line="54"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="56"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="60"/>
        <source>Being planned: no season has started. Running: a season is on. To be evaluated: the last season has ended without an evaluation. Ended: evaluated, or archived.</source>
        <translation>Suunnitteilla: yksikään kausi ei ole alkanut. Käynnissä: kausi on meneillään. Arvioitavana: viimeisin kausi on päättynyt eikä sitä ole arvioitu. Päättynyt: arvioitu tai arkistoitu.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="65"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="66"/>
        <source>Attendance</source>
        <translation>Läsnäolon kirjaus</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="67"/>
        <source>Organisers</source>
        <translation>Järjestäjät</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="69"/>
        <source>Children&apos;s ages</source>
        <translation>Lasten ikä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="74"/>
        <source>Capacity</source>
        <translation>Enimmäismäärä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="79"/>
        <source>Default leaders</source>
        <translation>Oletusohjaajat</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="81"/>
        <source>Default place</source>
        <translation>Oletuspaikka</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="85"/>
        <source>&amp;New group…</source>
        <translation>&amp;Uusi ryhmä…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="86"/>
        <source>E&amp;dit group…</source>
        <translation>Muokkaa &amp;ryhmää…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/page.py" line="90"/>
        <source>Du&amp;plicate group…</source>
        <translation>&amp;Monista ryhmä…</translation>
    </message>
</context>
<context>
    <name>GuestFamilyForm</name>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="122"/>
        <source>Guest family</source>
        <translation>Vierasperhe</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="129"/>
        <source>A family name or a person&apos;s first name</source>
        <translation>Perheen nimi tai henkilön etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="137"/>
        <source>Add a&amp;dult</source>
        <translation>Lisää &amp;aikuinen</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="139"/>
        <source>Add &amp;child</source>
        <translation>Lisää la&amp;psi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="141"/>
        <source>Add to the &amp;list</source>
        <translation>Lisää li&amp;staan</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="143"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="149"/>
        <source>&amp;Find the family:</source>
        <translation>&amp;Etsi perhe:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="150"/>
        <source>Family &amp;name</source>
        <translation>Perheen &amp;nimi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="151"/>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="185"/>
        <source>&amp;Enrol the family in the group from %1</source>
        <translation>&amp;Ilmoita perhe ryhmään %1 alkaen</translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="29"/>
        <source>Headcount</source>
        <translation>Kävijämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="37"/>
        <source>&lt;b&gt;Adults&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aikuiset&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="41"/>
        <source>Fathers include stepfathers and foster fathers.</source>
        <translation>Isiin lasketaan myös isäpuolet ja sijaisisät.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="44"/>
        <source>&lt;b&gt;Children&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lapset&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="47"/>
        <source>&amp;First-time visitors</source>
        <translation>&amp;Ensimmäistä kertaa mukana</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/headcount.py" line="75"/>
        <source>Adults %1, children %2, in all %3</source>
        <translation>Aikuisia %1, lapsia %2, yhteensä %3</translation>
    </message>
</context>
<context>
    <name>HeldElsewhere</name>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="26"/>
        <source>The database %1 is already open in another Ryhmät window.</source>
        <translation>Tietokanta %1 on jo auki toisessa Ryhmät-ikkunassa.</translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="33"/>
        <source>Only one window at a time can save changes to it. You can open it here read-only: you see everything, but cannot save changes.</source>
        <translation>Vain yksi ikkuna kerrallaan voi tallentaa siihen muutoksia. Voit avata sen tässä vain luku -tilassa: näet kaiken, mutta et voi tallentaa muutoksia.</translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="40"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Avaa vain luku -tilassa</translation>
    </message>
    <message>
        <location filename="../../ui/held_elsewhere.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/people/history.py" line="42"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="43"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="44"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="54"/>
        <source>Changes to the family&apos;s details, members, enrolments and attendance marks, newest first.</source>
        <translation>Perheen tietojen, jäsenten, ilmoittautumisten ja läsnäolomerkintöjen muutokset, uusin ensin.</translation>
    </message>
</context>
<context>
    <name>HistorySentences</name>
    <message>
        <location filename="../../ui/people/history.py" line="86"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="87"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="88"/>
        <source>notes</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="89"/>
        <source>privacy notice date</source>
        <translation>tietosuojaselosteen antopäivä</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="90"/>
        <source>photo permission</source>
        <translation>valokuvauslupa</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="91"/>
        <source>contact permission</source>
        <translation>yhteydenottolupa</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="92"/>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="93"/>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="94"/>
        <source>adult or child</source>
        <translation>aikuinen tai lapsi</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="95"/>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="96"/>
        <source>birth year</source>
        <translation>syntymävuosi</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="97"/>
        <source>birth month</source>
        <translation>syntymäkuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="98"/>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="99"/>
        <source>enrolment date</source>
        <translation>ilmoittautumispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="100"/>
        <source>leaving date</source>
        <translation>lopetuspäivä</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="107"/>
        <source>a removed member</source>
        <translation>poistettu jäsen</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="110"/>
        <source>a removed group</source>
        <translation>poistettu ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="118"/>
        <source>Added the family</source>
        <translation>Lisäsi perheen</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="120"/>
        <source>Changed the %1</source>
        <translation>Muutti tietoja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="122"/>
        <source>Added member %1</source>
        <translation>Lisäsi jäsenen %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="124"/>
        <source>Changed the %1 of %2</source>
        <translation>Muutti jäsenen %2 tietoja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="127"/>
        <source>Removed member %1</source>
        <translation>Poisti jäsenen %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="129"/>
        <source>New enrolment in %1: %2</source>
        <translation>Uusi ilmoittautuminen ryhmään %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="132"/>
        <source>Changed the %1 of the enrolment in %2</source>
        <translation>Muutti ryhmän %2 ilmoittautumisen tietoja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="135"/>
        <source>Removed the enrolment in %1</source>
        <translation>Poisti ilmoittautumisen ryhmään %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/history.py" line="139"/>
        <source>Merged a duplicate of the family into it: %n person(s) moved</source>
        <translation>
            <numerusform>Yhdisti perheeseen sen kaksoiskirjauksen: %n henkilö siirtyi</numerusform>
            <numerusform>Yhdisti perheeseen sen kaksoiskirjauksen: %n henkilöä siirtyi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="141"/>
        <source>Erased the family&apos;s personal data</source>
        <translation>Poisti perheen henkilötiedot</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="145"/>
        <source>Cleared the mark of %1 at %3 on %4 (was %5)</source>
        <translation>Poisti henkilön %1 merkinnän – %3 %4 (oli %5)</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="147"/>
        <source>Marked %1 %2 at %3 on %4 (was %5)</source>
        <translation>Merkitsi %1: %2 – %3 %4 (oli %5)</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="149"/>
        <source>Marked %1 %2 at %3 on %4</source>
        <translation>Merkitsi %1: %2 – %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/people/history.py" line="150"/>
        <source>an unknown day</source>
        <translation>tuntematon päivä</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../labels.py" line="70"/>
        <source>father–child activity</source>
        <translation>isä–lapsi-toiminta</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="71"/>
        <source>open daycare</source>
        <translation>avoin päiväkoti</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="72"/>
        <source>family café</source>
        <translation>perhekahvila</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="73"/>
        <source>baby group</source>
        <translation>vauvaryhmä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="74"/>
        <source>peer group</source>
        <translation>vertaisryhmä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="75"/>
        <source>parent group</source>
        <translation>vanhempainryhmä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="76"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="77"/>
        <source>named roster</source>
        <translation>nimilista</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="78"/>
        <source>headcount</source>
        <translation>kävijämäärä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="79"/>
        <source>roster and headcount</source>
        <translation>nimilista ja kävijämäärä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="80"/>
        <source>families</source>
        <translation>perhettä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="81"/>
        <source>persons</source>
        <translation>henkeä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="82"/>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="83"/>
        <source>held</source>
        <translation>pidetty</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="84"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="85"/>
        <source>father</source>
        <translation>isä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="86"/>
        <source>mother</source>
        <translation>äiti</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="87"/>
        <source>other guardian</source>
        <translation>muu huoltaja</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="88"/>
        <source>grandparent</source>
        <translation>isovanhempi</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="89"/>
        <source>stepfather</source>
        <translation>isäpuoli</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="90"/>
        <source>foster father</source>
        <translation>sijaisisä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="91"/>
        <source>under 1 year</source>
        <translation>alle 1-vuotiaat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="437"/>
        <location filename="../../labels.py" line="92"/>
        <source>1–2 years</source>
        <translation>1–2-vuotiaat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="438"/>
        <location filename="../../labels.py" line="93"/>
        <source>3–6 years</source>
        <translation>3–6-vuotiaat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="439"/>
        <location filename="../../labels.py" line="94"/>
        <source>7 years or older</source>
        <translation>7-vuotiaat ja vanhemmat</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="95"/>
        <source>enrolled</source>
        <translation>ilmoittautunut</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="96"/>
        <source>on the waiting list</source>
        <translation>jonossa</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="97"/>
        <location filename="../../labels.py" line="163"/>
        <source>left</source>
        <translation>lopettanut</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="98"/>
        <source>not asked</source>
        <translation>ei kysytty</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="99"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="100"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="101"/>
        <source>present</source>
        <translation>läsnä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="102"/>
        <source>absent</source>
        <translation>poissa</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="103"/>
        <source>excused</source>
        <translation>poissa (ilmoitettu)</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="104"/>
        <source>family work</source>
        <translation>perhetyö</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="105"/>
        <source>child health clinic</source>
        <translation>neuvola</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="108"/>
        <source>early childhood education</source>
        <translation>varhaiskasvatus</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="111"/>
        <source>family counselling</source>
        <translation>perheneuvola</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="114"/>
        <source>association</source>
        <translation>yhdistys</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="115"/>
        <source>parish</source>
        <translation>seurakunta</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="116"/>
        <source>library</source>
        <translation>kirjasto</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="117"/>
        <source>other organisation</source>
        <translation>muu organisaatio</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="118"/>
        <source>worker</source>
        <translation>työntekijä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="119"/>
        <source>place</source>
        <translation>paikka</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="120"/>
        <source>group</source>
        <translation>ryhmä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="121"/>
        <source>public holiday</source>
        <translation>juhlapyhä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="122"/>
        <source>closure</source>
        <translation>tauko</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="123"/>
        <source>the group does not meet on this eve</source>
        <translation>ryhmä ei kokoonnu aattona</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="124"/>
        <source>the clocks change that night</source>
        <translation>kellot siirtyvät sinä yönä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="125"/>
        <source>left out this season</source>
        <translation>jätetty väliin</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="126"/>
        <source>Partner organisation</source>
        <translation>Kumppaniorganisaatio</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="127"/>
        <location filename="../../labels.py" line="534"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="128"/>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="129"/>
        <source>All public groups</source>
        <translation>Kaikki julkiset ryhmät</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="130"/>
        <source>family added</source>
        <translation>perhe lisätty</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="131"/>
        <source>family details changed</source>
        <translation>perheen tietoja muutettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="134"/>
        <source>member added</source>
        <translation>jäsen lisätty</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="135"/>
        <source>member changed</source>
        <translation>jäsenen tietoja muutettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="136"/>
        <source>member removed</source>
        <translation>jäsen poistettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="137"/>
        <source>enrolment added</source>
        <translation>ilmoittautuminen lisätty</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="138"/>
        <source>enrolment changed</source>
        <translation>ilmoittautumista muutettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="139"/>
        <source>enrolment removed</source>
        <translation>ilmoittautuminen poistettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="140"/>
        <source>attendance mark changed</source>
        <translation>läsnäolomerkintää muutettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="141"/>
        <source>personal data erased</source>
        <translation>henkilötiedot poistettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="142"/>
        <source>families merged</source>
        <translation>perheet yhdistetty</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="143"/>
        <source>family opened</source>
        <translation>perhe avattu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="144"/>
        <source>attendance view opened</source>
        <translation>läsnäolonäkymä avattu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="147"/>
        <source>sign-in sheet printed</source>
        <translation>osallistujalista tulostettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="150"/>
        <source>sign-in sheet saved as PDF</source>
        <translation>osallistujalista tallennettu PDF:nä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="153"/>
        <source>workbook with names exported</source>
        <translation>nimellinen työkirja viety</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="156"/>
        <source>roster imported</source>
        <translation>nimilista tuotu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="157"/>
        <source>family&apos;s data report saved</source>
        <translation>perheen tietoraportti tallennettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="160"/>
        <source>follow-ups due listed</source>
        <translation>kysymättömät kuulumiset näytetty</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="164"/>
        <source>stopped coming</source>
        <translation>jäänyt pois</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="165"/>
        <source>staff</source>
        <translation>työntekijä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="166"/>
        <source>volunteer</source>
        <translation>vapaaehtoinen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="167"/>
        <source>student</source>
        <translation>opiskelija</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="169"/>
        <source>Autumn break</source>
        <translation>Syysloma</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="170"/>
        <source>Christmas break</source>
        <translation>Joululoma</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="171"/>
        <source>Winter break</source>
        <translation>Hiihtoloma</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="172"/>
        <source>Summer break</source>
        <translation>Kesätauko</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="173"/>
        <source>The groups of one organisation</source>
        <translation>Yhden organisaation ryhmiä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="176"/>
        <source>Chosen groups</source>
        <translation>Valittuja ryhmiä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="177"/>
        <source>not given</source>
        <translation>ei kerrottu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="178"/>
        <source>leader ill</source>
        <translation>ohjaaja sairaana</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="179"/>
        <source>closure or holiday</source>
        <translation>tauko tai juhlapyhä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="180"/>
        <source>too few coming</source>
        <translation>liian vähän tulijoita</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="181"/>
        <source>place not available</source>
        <translation>tila ei käytettävissä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="184"/>
        <source>weather or other force majeure</source>
        <translation>sää tai muu ylivoimainen este</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="187"/>
        <source>other reason</source>
        <translation>muu syy</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="188"/>
        <source>being planned</source>
        <translation>suunnitteilla</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="189"/>
        <source>running</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="190"/>
        <source>to be evaluated</source>
        <translation>arvioitavana</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="191"/>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="192"/>
        <source>achieved</source>
        <translation>saavutettiin</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="193"/>
        <source>partly achieved</source>
        <translation>saavutettiin osittain</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="194"/>
        <source>not achieved</source>
        <translation>ei saavutettu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="196"/>
        <source>I enjoyed the group</source>
        <translation>Viihdyin ryhmässä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="199"/>
        <source>I got support in being a parent</source>
        <translation>Sain tukea vanhemmuuteen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="202"/>
        <source>I got peer support from other parents</source>
        <translation>Sain vertaistukea muilta vanhemmilta</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="205"/>
        <source>I will come again</source>
        <translation>Tulen uudelleen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="208"/>
        <source>Child: Was it fun?</source>
        <translation>Lapsi: Oliko kivaa?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="211"/>
        <source>adults, 1 = not at all … 5 = fully</source>
        <translation>aikuiset, 1 = ei lainkaan … 5 = täysin</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="214"/>
        <source>children, a sad, a neutral or a happy face</source>
        <translation>lapset, surullinen, neutraali tai iloinen kasvo</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="228"/>
        <source>{months} mo</source>
        <translation>{months} kk</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="229"/>
        <source>{years} y</source>
        <translation>{years} v</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="230"/>
        <source>at least {age}</source>
        <translation>vähintään {age}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="231"/>
        <source>at most {age}</source>
        <translation>enintään {age}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="168"/>
        <location filename="../../labels.py" line="270"/>
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="278"/>
        <source>Group: {names}</source>
        <translation>Ryhmä: {names}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="279"/>
        <source>Groups: {names}</source>
        <translation>Ryhmät: {names}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="282"/>
        <source>Group type: {name}</source>
        <translation>Ryhmätyyppi: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="284"/>
        <location filename="../../labels.py" line="450"/>
        <source>Organiser: {name}</source>
        <translation>Järjestäjä: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="286"/>
        <source>Place: {name}</source>
        <translation>Paikka: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="287"/>
        <source>Leader: {name}</source>
        <translation>Ohjaaja: {name}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="293"/>
        <source>Period {first}–{last}</source>
        <translation>Aikaväli {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="304"/>
        <source>Their attendance is not in the figures until it is recorded.</source>
        <translation>Niiden osallistujat eivät näy luvuissa ennen kuin läsnäolot kirjataan.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="327"/>
        <source>Groups kept by headcount alone are left out of the family counts (families, fathers reached, new families, adults and children reached): a headcount names nobody.</source>
        <translation>Vain kävijämäärin kirjattavat ryhmät eivät ole perhemäärissä (perheet, tavoitetut isät, uudet perheet, tavoitetut aikuiset ja lapset): kävijämäärä ei nimeä ketään.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="336"/>
        <source>Sessions kept by headcount alone are left out of the fill rate where the group&apos;s capacity is in families: a headcount names no family.</source>
        <translation>Vain kävijämäärin kirjatut ryhmäkerrat eivät ole täyttöasteessa, kun ryhmän enimmäismäärä on perheinä: kävijämäärä ei nimeä perheitä.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="344"/>
        <source>Groups kept by attendance list alone are left out of the first-time visitors, which only a headcount counts.</source>
        <translation>Vain läsnäololistoin kirjattavat ryhmät eivät ole ensikertalaisissa, jotka lasketaan vain kävijämääriin.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="417"/>
        <source>{rate} – over capacity</source>
        <translation>{rate} – ylitäyttö</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="424"/>
        <source>Over capacity: more came than the capacity had room for. Sessions over capacity: {count}.</source>
        <translation>Ylitäyttö: väkeä tuli enemmän kuin enimmäismäärään mahtui. Ylitäytettyjä kertoja: {count}.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="434"/>
        <source>A fill rate over 100 % is shown as it is and marked over capacity. Sessions over capacity: {count}.</source>
        <translation>Yli 100 %:n täyttöaste näytetään sellaisenaan ja merkitään ylitäytöksi. Ylitäytettyjä kertoja: {count}.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="441"/>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="458"/>
        <source>A group that several organisations organise counts under each of them, so the organisers&apos; rows do not add up to the total.</source>
        <translation>Usean organisaation yhdessä järjestämä ryhmä lasketaan jokaiselle järjestäjälleen, joten järjestäjien rivit eivät summaudu kokonaismäärään.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="467"/>
        <source>Planning and debrief hours</source>
        <translation>Suunnittelu- ja purkutunnit</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="468"/>
        <source>Hours in all</source>
        <translation>Tunnit yhteensä</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="469"/>
        <source>Leaders</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="470"/>
        <source>Leader</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="471"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="472"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="473"/>
        <source>Leader hours by kind</source>
        <translation>Ohjaustunnit ohjaajatyypeittäin</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="474"/>
        <source>Cancelled sessions by reason</source>
        <translation>Perutut kerrat syyn mukaan</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="476"/>
        <source>the length of each held session, for every leader of it</source>
        <translation>kunkin pidetyn ryhmäkerran kesto jokaiselle sen ohjaajalle</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="479"/>
        <source>the group&apos;s planning and debrief time for each held session, for every leader of it; not included in the leader hours</source>
        <translation>ryhmän suunnittelu- ja purkuaika kustakin pidetystä ryhmäkerrasta jokaiselle sen ohjaajalle; ei sisälly ohjaustunteihin</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="484"/>
        <source>the hours of the staff, the volunteers and the students who led sessions</source>
        <translation>ryhmäkertoja ohjanneiden työntekijöiden, vapaaehtoisten ja opiskelijoiden tunnit</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="487"/>
        <source>cancelled sessions by the kind of reason chosen when cancelling; those cancelled before reasons were grouped are “not given”</source>
        <translation>perutut ryhmäkerrat perumisen yhteydessä valitun syyn mukaan; ennen syiden ryhmittelyä perutut ovat ”ei kerrottu”</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="495"/>
        <source>Staff</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="496"/>
        <source>Volunteers</source>
        <translation>Vapaaehtoiset</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="497"/>
        <source>Students</source>
        <translation>Opiskelijat</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="663"/>
        <source>the {ordinal} Monday of every month</source>
        <translation>joka kuukauden {ordinal} maanantai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="664"/>
        <source>the {ordinal} Tuesday of every month</source>
        <translation>joka kuukauden {ordinal} tiistai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="665"/>
        <source>the {ordinal} Wednesday of every month</source>
        <translation>joka kuukauden {ordinal} keskiviikko</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="666"/>
        <source>the {ordinal} Thursday of every month</source>
        <translation>joka kuukauden {ordinal} torstai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="667"/>
        <source>the {ordinal} Friday of every month</source>
        <translation>joka kuukauden {ordinal} perjantai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="668"/>
        <source>the {ordinal} Saturday of every month</source>
        <translation>joka kuukauden {ordinal} lauantai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="669"/>
        <source>the {ordinal} Sunday of every month</source>
        <translation>joka kuukauden {ordinal} sunnuntai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="672"/>
        <source>the last Monday of the month</source>
        <translation>kuukauden viimeinen maanantai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="673"/>
        <source>the last Tuesday of the month</source>
        <translation>kuukauden viimeinen tiistai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="674"/>
        <source>the last Wednesday of the month</source>
        <translation>kuukauden viimeinen keskiviikko</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="675"/>
        <source>the last Thursday of the month</source>
        <translation>kuukauden viimeinen torstai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="676"/>
        <source>the last Friday of the month</source>
        <translation>kuukauden viimeinen perjantai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="677"/>
        <source>the last Saturday of the month</source>
        <translation>kuukauden viimeinen lauantai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="678"/>
        <source>the last Sunday of the month</source>
        <translation>kuukauden viimeinen sunnuntai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="681"/>
        <source>first</source>
        <translation>ensimmäinen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="682"/>
        <source>second</source>
        <translation>toinen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="683"/>
        <source>third</source>
        <translation>kolmas</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="684"/>
        <source>fourth</source>
        <translation>neljäs</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="685"/>
        <source>last</source>
        <translation>viimeinen</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="271"/>
        <source>Families</source>
        <translation>Perheet</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="280"/>
        <source>Fathers reached</source>
        <translation>Tavoitetut isät</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="281"/>
        <source>different fathers (stepfathers and foster fathers too) present at least once in the period, from the attendance lists</source>
        <translation>eri isät (myös isäpuolet ja sijaisisät), jotka ovat olleet paikalla ainakin kerran aikavälillä (läsnäololistoista)</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="289"/>
        <source>New families</source>
        <translation>Uudet perheet</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="298"/>
        <source>Adults reached</source>
        <translation>Tavoitetut aikuiset</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="299"/>
        <source>different adults present at least once in the period, from the attendance lists</source>
        <translation>eri aikuiset, jotka ovat olleet paikalla ainakin kerran aikavälillä (läsnäololistoista)</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="306"/>
        <source>Children reached</source>
        <translation>Tavoitetut lapset</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="307"/>
        <source>different children present at least once in the period, from the attendance lists</source>
        <translation>eri lapset, jotka ovat olleet paikalla ainakin kerran aikavälillä (läsnäololistoista)</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="314"/>
        <source>First-time visitors</source>
        <translation>Ensikertalaiset</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="272"/>
        <source>different families with someone present at least once in the period, from the attendance lists</source>
        <translation>eri perheet, joista joku on ollut paikalla ainakin kerran aikavälillä (läsnäololistoista)</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="226"/>
        <source>Sessions held</source>
        <translation>Pidetyt kerrat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="227"/>
        <source>sessions of the period that were held</source>
        <translation>aikavälin ryhmäkerrat, jotka pidettiin</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="231"/>
        <source>Sessions cancelled</source>
        <translation>Perutut kerrat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="232"/>
        <source>sessions of the period that were cancelled</source>
        <translation>aikavälin ryhmäkerrat, jotka peruttiin</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="236"/>
        <source>Sessions not recorded</source>
        <translation>Kirjaamattomat kerrat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="237"/>
        <source>past sessions, not cancelled, with neither attendance marks nor a headcount: their visits are in no figure</source>
        <translation>menneet ryhmäkerrat, joita ei ole peruttu ja joilta puuttuu sekä läsnäolo että kävijämäärä: niiden käyntejä ei ole missään luvussa</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="245"/>
        <source>Visits, adults</source>
        <translation>Käyntikerrat aikuiset</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="246"/>
        <source>adults present in held sessions: a headcount&apos;s adults, else the adults marked present on the list</source>
        <translation>pidetyillä kerroilla paikalla olleet aikuiset: kävijämäärän aikuiset, muuten listaan läsnä merkityt aikuiset</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="254"/>
        <source>Visits, children</source>
        <translation>Käyntikerrat lapset</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="255"/>
        <source>children present in held sessions: a headcount&apos;s children, else the children marked present on the list</source>
        <translation>pidetyillä kerroilla paikalla olleet lapset: kävijämäärän lapset, muuten listaan läsnä merkityt lapset</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="263"/>
        <source>Visits in all</source>
        <translation>Käyntikerrat yhteensä</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="264"/>
        <source>adults&apos; and children&apos;s visits together: someone who came ten times is ten visits</source>
        <translation>aikuisten ja lasten käyntikerrat yhteensä: kymmenen kertaa tullut on kymmenen käyntikertaa</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="330"/>
        <source>how full the held sessions with a capacity were, like with like: the families present against a capacity in families, the visits against one in persons (a place&apos;s capacity is in persons); over 100 % is over capacity</source>
        <translation>kuinka täysiä pidetyt ryhmäkerrat olivat enimmäismäärään nähden, samaa samaan verraten: paikalla olleet perheet, kun enimmäismäärä on perheinä, ja käyntikerrat, kun se on henkinä (paikan enimmäismäärä on henkinä); yli 100 % on ylitäyttöä</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="341"/>
        <source>Sessions over capacity</source>
        <translation>Ylitäytetyt kerrat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="342"/>
        <source>held sessions that more came to than their capacity had room for</source>
        <translation>pidetyt ryhmäkerrat, joille tuli enemmän väkeä kuin enimmäismäärään mahtui</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="346"/>
        <source>Attendance rate</source>
        <translation>Osallistumisaste</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="347"/>
        <source>of the families enrolled in a group on the day of each held session, the share present, over all its sessions (groups with an attendance list)</source>
        <translation>ryhmään kunkin pidetyn kerran päivänä ilmoittautuneista perheistä paikalla olleiden osuus kaikista kerroista yhteensä (läsnäololistoin kirjattavat ryhmät)</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="410"/>
        <source>Visits by role</source>
        <translation>Käyntikerrat rooleittain</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="411"/>
        <source>adults&apos; visits by their role: in groups with an attendance list from the roles in the families&apos; records (stepfathers and foster fathers as fathers), in headcounts from the leaders&apos; count; not given: no role recorded</source>
        <translation>aikuisten käyntikerrat roolin mukaan: läsnäololistan ryhmissä perheiden tiedoista kirjatun roolin mukaan (isäpuolet ja sijaisisät isinä), kävijämäärissä ohjaajien laskemina; ei tiedossa: roolia ei ole kirjattu</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="418"/>
        <source>Fathers</source>
        <translation>Isät</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="419"/>
        <source>Mothers</source>
        <translation>Äidit</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="420"/>
        <source>Other guardians</source>
        <translation>Muut huoltajat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="421"/>
        <source>Grandparents</source>
        <translation>Isovanhemmat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="422"/>
        <location filename="../../domain/statistics.py" line="440"/>
        <source>Not given</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="428"/>
        <source>Visits by age band</source>
        <translation>Käyntikerrat ikäryhmittäin</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="429"/>
        <source>children&apos;s visits by their age on the day of the session: in groups with an attendance list from the birth dates in the families&apos; records, in headcounts from the leaders&apos; count; not given: no birth year recorded</source>
        <translation>lasten käyntikerrat iän mukaan ryhmäkerran päivänä: läsnäololistan ryhmissä perheiden tiedoista kirjatun syntymäajan mukaan, kävijämäärissä ohjaajien laskemina; ei tiedossa: syntymävuotta ei ole kirjattu</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="436"/>
        <source>Under 1 year</source>
        <translation>Alle 1-vuotiaat</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="290"/>
        <source>families whose first visit ever to these groups is in the period, from the attendance lists</source>
        <translation>perheet, joiden ensimmäinen käynti näissä ryhmissä osuu aikavälille (läsnäololistoista)</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="315"/>
        <source>people the leaders counted on a headcount as there for the first time; nobody is named, so they are not counted as families</source>
        <translation>kävijämäärään ensimmäistä kertaa mukana olleiksi lasketut; ketään ei nimetä, joten heitä ei lasketa perheiksi</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="323"/>
        <source>Average attendance</source>
        <translation>Osallistujia keskimäärin</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="324"/>
        <source>visits per held session</source>
        <translation>käyntikertoja pidettyä ryhmäkertaa kohden</translation>
    </message>
    <message>
        <location filename="../../domain/statistics.py" line="329"/>
        <source>Fill rate</source>
        <translation>Täyttöaste</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="466"/>
        <source>Leader hours</source>
        <translation>Ohjaustunnit</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="526"/>
        <source>What works well?</source>
        <translation>Mikä toimii hyvin?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="527"/>
        <source>What could be improved?</source>
        <translation>Mitä parannettavaa?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="528"/>
        <source>How do the good changes carry on?</source>
        <translation>Miten hyvät muutokset kantavat?</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="529"/>
        <source>Evaluations</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="530"/>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="531"/>
        <source>Participants&apos; feedback</source>
        <translation>Osallistujien palaute</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="533"/>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="535"/>
        <source>First day</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="536"/>
        <source>Last day</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="537"/>
        <source>Evaluated</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="538"/>
        <source>not evaluated</source>
        <translation>arvioimatta</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="539"/>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="540"/>
        <source>Answers</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="541"/>
        <source>Average</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="542"/>
        <source>Anonymous feedback forms counted: how many gave each answer. Adults answer from 1 (not at all) to 5 (fully); children point at a face, 1 sad, 2 neutral, 3 happy.</source>
        <translation>Nimettömät palautelomakkeet laskettuina: kuinka monessa oli kukin vastaus. Aikuiset vastaavat asteikolla 1 (ei lainkaan) – 5 (täysin); lapset osoittavat kasvoja: 1 surullinen, 2 neutraali, 3 iloinen.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="548"/>
        <source>sad</source>
        <translation>surullinen</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="549"/>
        <source>neutral</source>
        <translation>neutraali</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="550"/>
        <source>happy</source>
        <translation>iloinen</translation>
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
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Ryhmät (read-only)</source>
        <translation>Ryhmät (vain luku)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Read-only: the database is open in another window</source>
        <translation>Vain luku: tietokanta on auki toisessa ikkunassa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Workers and pairs</source>
        <translation>Työntekijät ja työparit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Families</source>
        <translation>Perheet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Calendar feeds</source>
        <translation>Kalenterisyötteet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Your account</source>
        <translation>Oma tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Load demo data</source>
        <translation>Lataa esimerkkiaineisto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>&amp;New database…</source>
        <translation>&amp;Uusi tietokanta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Varmuuskopioi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Only an SQLite database file is restored here; restore a PostgreSQL database with pg_restore (see the README).</source>
        <translation>Täällä palautetaan vain SQLite-tietokantatiedosto; palauta PostgreSQL-tietokanta pg_restorella (ks. README).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>&amp;Find in the list</source>
        <translation>&amp;Etsi luettelosta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>&amp;New in this view…</source>
        <translation>&amp;Uusi tähän näkymään…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Hae kaikkialta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Find a group, a session, a family or a worker (%1)</source>
        <translation>Hae ryhmää, ryhmäkertaa, perhettä tai työntekijää (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Pikanäppäimet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>&amp;About Ryhmät…</source>
        <translation>&amp;Tietoja Ryhmät-sovelluksesta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681"/>
        <source>Ryhmät databases (*.sqlite3 *.db)</source>
        <translation>Ryhmät-tietokannat (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>New database</source>
        <translation>Uusi tietokanta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Open database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>Back up the database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>Ryhmät backup %1</source>
        <translation>Ryhmät-varmuuskopio %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="717"/>
        <location filename="../../ui/main_window.py" line="745"/>
        <source>Backed up to %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The database is empty. You can start with demo data of a fictional municipality, or add your own groups.</source>
        <translation>Tietokanta on tyhjä. Voit aloittaa kuvitteellisen kunnan esimerkkiaineistolla tai lisätä omat ryhmäsi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>The automatic backup was not made: %1</source>
        <translation>Automaattista varmuuskopiota ei tehty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <location filename="../../ui/main_window.py" line="782"/>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Checking the backup…</source>
        <translation>Tarkistetaan varmuuskopiota…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>The current data will be replaced by the backup of %1.

A copy of the current data is saved first in the backups folder.</source>
        <translation>Nykyiset tiedot korvataan varmuuskopiolla ajalta %1.

Nykyisistä tiedoista tallennetaan ensin kopio varmuuskopiokansioon.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="791"/>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802"/>
        <source>Restoring the backup…</source>
        <translation>Palautetaan varmuuskopiota…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="817"/>
        <source>The backup is restored; the data it replaced is saved in %1</source>
        <translation>Varmuuskopio on palautettu; korvatut tiedot on tallennettu tiedostoon %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="835"/>
        <source>Creating demo data…</source>
        <translation>Luodaan esimerkkiaineistoa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="849"/>
        <source>Demo data created.</source>
        <translation>Esimerkkiaineisto luotu.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="56"/>
        <source>Adult&apos;s first name</source>
        <translation>Aikuisen etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="59"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="64"/>
        <source>Child&apos;s first name</source>
        <translation>Lapsen etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="67"/>
        <source>birth year</source>
        <translation>syntymävuosi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="70"/>
        <source>month</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="71"/>
        <source>Birth year</source>
        <translation>Syntymävuosi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="72"/>
        <source>Birth month</source>
        <translation>Syntymäkuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="76"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/guest_form.py" line="77"/>
        <source>Remove this person</source>
        <translation>Poista tämä henkilö</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/people/members.py" line="77"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="78"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="79"/>
        <source>Adult or child</source>
        <translation>Aikuinen tai lapsi</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="80"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="81"/>
        <source>Birth year</source>
        <translation>Syntymävuosi</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="82"/>
        <source>Birth month</source>
        <translation>Syntymäkuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="173"/>
        <source>adult</source>
        <translation>aikuinen</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="173"/>
        <source>child</source>
        <translation>lapsi</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../ui/people/members.py" line="282"/>
        <source>Add &amp;adult</source>
        <translation>Lisää &amp;aikuinen</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="284"/>
        <source>Add &amp;child</source>
        <translation>Lisää &amp;lapsi</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="286"/>
        <source>&amp;Remove member</source>
        <translation>Poista &amp;jäsen</translation>
    </message>
    <message>
        <location filename="../../ui/people/members.py" line="291"/>
        <source>Saving also removes the attendance marks of the removed members.</source>
        <translation>Kun tallennat, myös poistettujen jäsenten läsnäolomerkinnät poistuvat.</translation>
    </message>
</context>
<context>
    <name>MergeFamiliesDialog</name>
    <message>
        <location filename="../../ui/people/merging.py" line="53"/>
        <location filename="../../ui/people/merging.py" line="153"/>
        <source>Merge families</source>
        <translation>Yhdistä perheet</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="59"/>
        <source>The duplicate&apos;s name or a person&apos;s name</source>
        <translation>Kaksoiskirjauksen nimi tai henkilön nimi</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="68"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Yhdistä…</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="76"/>
        <source>Keep:</source>
        <translation>Säilytettävä perhe:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="77"/>
        <source>&amp;Duplicate:</source>
        <translation>Yhdistettävä &amp;perhe:</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="103"/>
        <source>The duplicate %1 moves into %2 and is then deleted.</source>
        <translation>Kaksoiskirjaus %1 yhdistetään perheeseen %2 ja poistetaan sitten.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="106"/>
        <source>People: %1</source>
        <translation>Henkilöt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="112"/>
        <source>Enrolment in %1: made one with %2&apos;s (%3)</source>
        <translation>Ilmoittautuminen ryhmään %1: yhdistetään perheen %2 ilmoittautumiseen (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="114"/>
        <source>Enrolment in %1: moves (%3)</source>
        <translation>Ilmoittautuminen ryhmään %1: siirtyy (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="117"/>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="129"/>
        <source>Attendance marks, headcounts and the change history are kept; the people keep their codes.</source>
        <translation>Läsnäolomerkinnät, kävijämäärät ja muutoshistoria säilyvät; henkilöt säilyttävät koodinsa.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="137"/>
        <source>child</source>
        <translation>lapsi</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="139"/>
        <source>adult</source>
        <translation>aikuinen</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="155"/>
        <source>Merge the family %1 into the family %2? %1 is deleted; its people, enrolments and history move to %2. This cannot be undone.</source>
        <translation>Yhdistetäänkö perhe %1 perheeseen %2? Perhe %1 poistetaan; sen henkilöt, ilmoittautumiset ja historia siirtyvät perheelle %2. Tätä ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="163"/>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location filename="../../ui/people/merging.py" line="164"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
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
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../app.py" line="49"/>
        <source>The database could not be opened.</source>
        <translation>Tietokantaa ei voitu avata.</translation>
    </message>
</context>
<context>
    <name>OptionalSpinBox</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="38"/>
        <source>none</source>
        <translation>ei rajaa</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="218"/>
        <source>Edit organisation</source>
        <translation>Muokkaa organisaatiota</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="218"/>
        <source>New organisation</source>
        <translation>Uusi organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="224"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="225"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
</context>
<context>
    <name>OwnAccount</name>
    <message>
        <location filename="../../ui/team.py" line="278"/>
        <source>You sign in to the team database as %1.</source>
        <translation>Kirjaudut tiimin tietokantaan tunnuksella %1.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation>Vaihda &amp;salasanani…</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../ui/team.py" line="301"/>
        <source>Change my password</source>
        <translation>Vaihda salasanani</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="315"/>
        <source>&amp;New password:</source>
        <translation>&amp;Uusi salasana:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="316"/>
        <source>The &amp;same again:</source>
        <translation>&amp;Sama uudelleen:</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="320"/>
        <source>At least 12 characters: a few words of your own are easy to remember.</source>
        <translation>Vähintään 12 merkkiä: muutama oma sana on helppo muistaa.</translation>
    </message>
</context>
<context>
    <name>PairEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="128"/>
        <source>Edit pair</source>
        <translation>Muokkaa työparia</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="128"/>
        <source>New pair</source>
        <translation>Uusi työpari</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="140"/>
        <source>For example a family worker and a public health nurse who lead together.</source>
        <translation>Esimerkiksi perhetyöntekijä ja terveydenhoitaja, jotka ohjaavat yhdessä.</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="144"/>
        <source>New &amp;worker…</source>
        <translation>&amp;Uusi työntekijä…</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="145"/>
        <source>A worker who is not in the lists yet</source>
        <translation>Työntekijä, joka ei vielä ole listoilla</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="148"/>
        <source>&amp;First worker:</source>
        <translation>&amp;Ensimmäinen työntekijä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="149"/>
        <source>Se&amp;cond worker:</source>
        <translation>T&amp;oinen työntekijä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="194"/>
        <source>Choose both workers.</source>
        <translation>Valitse molemmat työntekijät.</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <location filename="../../ui/password.py" line="26"/>
        <source>Sign in to the team database</source>
        <translation>Kirjaudu tiimin tietokantaan</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="27"/>
        <source>Password of %1 for the database %2:</source>
        <translation>Käyttäjän %1 salasana tietokantaan %2:</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="31"/>
        <source>The password was not accepted. Type it again.</source>
        <translation>Salasanaa ei hyväksytty. Kirjoita se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="35"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="36"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>PersonUsageDialog</name>
    <message>
        <location filename="../../ui/usage_log.py" line="102"/>
        <source>Usage log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="108"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="109"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="110"/>
        <source>Families</source>
        <translation>Perheet</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="115"/>
        <source>Nothing has been logged yet.</source>
        <translation>Lokiin ei ole vielä kirjattu mitään.</translation>
    </message>
    <message>
        <location filename="../../ui/usage_log.py" line="119"/>
        <source>&amp;Person:</source>
        <translation>&amp;Henkilö:</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="25"/>
        <source>Edit place</source>
        <translation>Muokkaa paikkaa</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="25"/>
        <source>New place</source>
        <translation>Uusi paikka</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="30"/>
        <source> people</source>
        <translation> henkeä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="34"/>
        <source>The room&apos;s capacity, in persons. A group&apos;s own capacity, in families or persons, is set in the group and counts first.</source>
        <translation>Tilan enimmäismäärä henkinä. Ryhmän oma enimmäismäärä, perheinä tai henkinä, asetetaan ryhmälle, ja se on etusijalla.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="40"/>
        <source>&amp;Name:</source>
        <translation>N&amp;imi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="41"/>
        <source>Add&amp;ress:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/place_editor.py" line="42"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Enimmäismäärä:</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <location filename="../../ui/groups/places.py" line="26"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="27"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="29"/>
        <source>Capacity</source>
        <translation>Enimmäismäärä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="36"/>
        <source>&amp;New place…</source>
        <translation>&amp;Uusi paikka…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/places.py" line="37"/>
        <source>E&amp;dit place…</source>
        <translation>Muokkaa &amp;paikkaa…</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="14"/>
        <source>%n chosen date(s)</source>
        <translation>
            <numerusform>%n valittu päivä</numerusform>
            <numerusform>%n valittua päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="17"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>joka viikko</numerusform>
            <numerusform>%n viikon välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="21"/>
        <source>Not recorded (%n)</source>
        <translation>
            <numerusform>Kirjaamatta (%n)</numerusform>
            <numerusform>Kirjaamatta (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="25"/>
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Kuulumiset kysymättä (%n)</numerusform>
            <numerusform>Kuulumiset kysymättä (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="29"/>
        <source>Evaluations due (%n)</source>
        <translation>
            <numerusform>Arvioimatta (%n)</numerusform>
            <numerusform>Arvioimatta (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="33"/>
        <source>%n planned session(s) fall on “%1” and will be cancelled:</source>
        <translation>
            <numerusform>%n suunniteltu ryhmäkerta osuu tauolle ”%1” ja perutaan:</numerusform>
            <numerusform>%n suunniteltua ryhmäkertaa osuu tauolle ”%1” ja perutaan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="37"/>
        <source>%n session(s) will be planned again:</source>
        <translation>
            <numerusform>%n ryhmäkerta palaa suunnitelluksi:</numerusform>
            <numerusform>%n ryhmäkertaa palaa suunnitelluiksi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="40"/>
        <source>%n session(s) not recorded</source>
        <translation>
            <numerusform>%n ryhmäkerta kirjaamatta</numerusform>
            <numerusform>%n ryhmäkertaa kirjaamatta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="44"/>
        <source>The personal data of %n family(-ies) inactive for the retention period was erased.</source>
        <translation>
            <numerusform>Säilytysajan ylittäneen %n perheen henkilötiedot poistettiin.</numerusform>
            <numerusform>Säilytysajan ylittäneiden %n perheen henkilötiedot poistettiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="51"/>
        <source>%n families erased after this backup was taken were erased again.</source>
        <translation>
            <numerusform>%n perhe, jonka tiedot poistettiin tämän varmuuskopion ottamisen jälkeen, poistettiin uudelleen.</numerusform>
            <numerusform>%n perhettä, joiden tiedot poistettiin tämän varmuuskopion ottamisen jälkeen, poistettiin uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="56"/>
        <source>%n families erased after this copy of the database was made were erased again.</source>
        <translation>
            <numerusform>%n perhe, jonka tiedot poistettiin tämän tietokannan kopion ottamisen jälkeen, poistettiin uudelleen.</numerusform>
            <numerusform>%n perhettä, joiden tiedot poistettiin tämän tietokannan kopion ottamisen jälkeen, poistettiin uudelleen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="79"/>
        <source>Theme:</source>
        <translation>Teema:</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="82"/>
        <source>Leaders:</source>
        <translation>Ohjaajat:</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="126"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="127"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="128"/>
        <source>Role or age</source>
        <translation>Rooli tai ikä</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="129"/>
        <source>Here</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="130"/>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="134"/>
        <source>Families not on the list</source>
        <translation>Muut perheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="140"/>
        <location filename="../../ui/printing.py" line="447"/>
        <source>Sign-in sheet</source>
        <translation>Osallistujalista</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="155"/>
        <source>Page %1 of %2</source>
        <translation>Sivu %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="181"/>
        <source>%1 (stepfathers and foster fathers too)</source>
        <translation>%1 (myös isäpuolet ja sijaisisät)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="185"/>
        <source>Children: %1</source>
        <translation>Lapset: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="188"/>
        <source>First-time visitors</source>
        <translation>Ensikertalaiset</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="193"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="194"/>
        <source>Tally</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="195"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="197"/>
        <location filename="../../ui/printing.py" line="454"/>
        <source>Headcount tally sheet</source>
        <translation>Kävijämäärän laskentalomake</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme_report.py" line="25"/>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="26"/>
        <source>Page %1 of %2</source>
        <translation>Sivu %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="27"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="28"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="29"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="30"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="31"/>
        <source>Leaders</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="32"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="33"/>
        <source>No meeting</source>
        <translation>Ei kokoontumista</translation>
    </message>
    <message>
        <location filename="../../ui/programme_report.py" line="34"/>
        <source>No sessions are planned for this period.</source>
        <translation>Tälle ajalle ei ole suunniteltu ryhmäkertoja.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="55"/>
        <source>Programme for families</source>
        <translation>Ohjelma perheille</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="77"/>
        <source>&amp;Season:</source>
        <translation>&amp;Kausi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="80"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="82"/>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="92"/>
        <source>The group has no seasons yet: plan one first.</source>
        <translation>Ryhmällä ei ole vielä kausia: suunnittele ensin kausi.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="129"/>
        <source>Save programme as PDF</source>
        <translation>Tallenna ohjelma PDF:nä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/programme_dialog.py" line="130"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../export/programme_page.py" line="49"/>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="50"/>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="51"/>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="52"/>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="53"/>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="54"/>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="55"/>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="57"/>
        <source>Groups&apos; programme</source>
        <translation>Ryhmien ohjelma</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="58"/>
        <source>The groups&apos; coming sessions, and links that add them to your calendar.</source>
        <translation>Ryhmien tulevat kerrat ja linkit, joilla ne saa omaan kalenteriin.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="61"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="62"/>
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="63"/>
        <source>Add to my calendar</source>
        <translation>Lisää kalenteriini</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="64"/>
        <source>Add all groups to my calendar</source>
        <translation>Lisää kaikki ryhmät kalenteriini</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="65"/>
        <source>The link opens the sessions as a calendar file (.ics) in your calendar app. To see changes and cancellations there too, subscribe to the link&apos;s address in your calendar.</source>
        <translation>Linkki avaa ryhmäkerrat kalenteritiedostona (.ics) kalenterisovelluksessasi. Jotta muutokset ja peruutukset näkyvät siellä, tilaa linkin osoite kalenteriisi.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="71"/>
        <source>Upcoming sessions</source>
        <translation>Tulevat ryhmäkerrat</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="72"/>
        <source>No upcoming sessions are planned yet.</source>
        <translation>Tulevia ryhmäkertoja ei ole vielä suunniteltu.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="73"/>
        <source>No groups are published at the moment.</source>
        <translation>Ryhmiä ei ole juuri nyt julkaistu.</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="74"/>
        <source>Next session:</source>
        <translation>Seuraava kerta:</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="75"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="76"/>
        <source>at %1–%2</source>
        <translation>klo %1–%2</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="77"/>
        <source>Organisers:</source>
        <translation>Järjestäjät:</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="78"/>
        <source>Children&apos;s ages: %1</source>
        <translation>Lasten ikä: %1</translation>
    </message>
    <message>
        <location filename="../../export/programme_page.py" line="79"/>
        <source>Sessions up to %1.</source>
        <translation>Ryhmäkerrat %1 asti.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../i18n.py" line="40"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Kansio</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../i18n.py" line="38"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="39"/>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../i18n.py" line="37"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/records.py" line="181"/>
        <source>Search…</source>
        <translation>Hae…</translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="200"/>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/records.py" line="202"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="69"/>
        <source>southern Finland</source>
        <translation>Etelä-Suomi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="70"/>
        <source>central Finland</source>
        <translation>Keski-Suomi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="71"/>
        <source>northern Finland</source>
        <translation>Pohjois-Suomi</translation>
    </message>
</context>
<context>
    <name>RemovalActions</name>
    <message>
        <location filename="../../ui/removal.py" line="98"/>
        <source>De&amp;lete…</source>
        <translation>Poist&amp;a…</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="100"/>
        <source>Arc&amp;hive…</source>
        <translation>Arkis&amp;toi…</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="102"/>
        <source>Restor&amp;e</source>
        <translation>Pa&amp;lauta</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="104"/>
        <source>Show archi&amp;ved</source>
        <translation>&amp;Näytä arkistoidut</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="159"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="165"/>
        <source>Delete the group “%1” with its seasons and sessions? This cannot be undone.</source>
        <translation>Poistetaanko ryhmä ”%1” kausineen ja ryhmäkertoineen? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="168"/>
        <source>Delete the season “%1” with its sessions? This cannot be undone.</source>
        <translation>Poistetaanko kausi ”%1” ryhmäkertoineen? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="170"/>
        <source>Delete the place “%1”? This cannot be undone.</source>
        <translation>Poistetaanko paikka ”%1”? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="171"/>
        <source>Delete the worker “%1”? This cannot be undone.</source>
        <translation>Poistetaanko työntekijä ”%1”? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="172"/>
        <source>Delete the pair “%1”? This cannot be undone.</source>
        <translation>Poistetaanko työpari ”%1”? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="173"/>
        <source>Delete the organisation “%1”? This cannot be undone.</source>
        <translation>Poistetaanko organisaatio ”%1”? Poistoa ei voi perua.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/removal.py" line="205"/>
        <source>“%1” has %n planned session(s) still to come, which partners&apos; calendars show. Archived, the group no longer meets: mark them cancelled (the calendars show them cancelled), or remove them (they disappear from the calendars).</source>
        <translation>
            <numerusform>Ryhmällä ”%1” on vielä %n tuleva suunniteltu ryhmäkerta, joka näkyy kumppaneiden kalentereissa. Arkistoitu ryhmä ei enää kokoonnu: merkitse kerta perutuksi (kalenterit näyttävät sen peruttuna) tai poista se (se katoaa kalentereista).</numerusform>
            <numerusform>Ryhmällä ”%1” on vielä %n tulevaa suunniteltua ryhmäkertaa, jotka näkyvät kumppaneiden kalentereissa. Arkistoitu ryhmä ei enää kokoonnu: merkitse kerrat perutuiksi (kalenterit näyttävät ne peruttuina) tai poista ne (ne katoavat kalentereista).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="216"/>
        <source>Mark them cancelled</source>
        <translation>Merkitse perutuiksi</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="219"/>
        <source>Remove them</source>
        <translation>Poista ne</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="226"/>
        <source>The group has ended</source>
        <translation>Ryhmä on päättynyt</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/people/roster_import.py" line="140"/>
        <source>Import a roster</source>
        <translation>Tuo nimilista</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="143"/>
        <source>An .xlsx or .csv file, one row per person</source>
        <translation>.xlsx- tai .csv-tiedosto, yksi rivi henkilöä kohden</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="144"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="147"/>
        <source>&amp;Check</source>
        <translation>T&amp;arkista</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="154"/>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="155"/>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="163"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="164"/>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="165"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="180"/>
        <source>Import only the &amp;valid rows</source>
        <translation>Tuo vain &amp;kunnossa olevat rivit</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="182"/>
        <source>Families with a problem on any row are left out whole.</source>
        <translation>Perheet, joiden jollakin rivillä on ongelma, jätetään kokonaan pois.</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="192"/>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="228"/>
        <location filename="../../ui/people/roster_import.py" line="248"/>
        <source>There are no groups yet: create a group first.</source>
        <translation>Ryhmiä ei ole vielä: luo ensin ryhmä.</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="231"/>
        <source>Choose a roster</source>
        <translation>Valitse nimilista</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="234"/>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>Nimilistat (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="234"/>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="245"/>
        <source>Choose the file to import.</source>
        <translation>Valitse tuotava tiedosto.</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_import.py" line="269"/>
        <source>Some rows have problems. Correct the file and check it again, or import only the valid rows.</source>
        <translation>Joillakin riveillä on ongelmia. Korjaa tiedosto ja tarkista se uudelleen, tai tuo vain kunnossa olevat rivit.</translation>
    </message>
</context>
<context>
    <name>SchoolHolidaysDialog</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="353"/>
        <source>Add the school holidays of a school year</source>
        <translation>Lisää lukuvuoden koululomat</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="365"/>
        <source>Week %1 (%2)</source>
        <translation>Viikko %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="368"/>
        <source>School &amp;year:</source>
        <translation>&amp;Lukuvuosi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="369"/>
        <source>&amp;Winter break week:</source>
        <translation>&amp;Hiihtoloman viikko:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Closure</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="375"/>
        <source>Note</source>
        <translation>Huom.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="380"/>
        <source>&amp;Add closures</source>
        <translation>Lisää t&amp;auot</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="388"/>
        <source>These closures will be added:</source>
        <translation>Nämä tauot lisätään:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="392"/>
        <source>Easter needs no closure: its days are public holidays, which every season skips. Breaks added before for the same groups are left out.</source>
        <translation>Pääsiäinen ei tarvitse taukoa: sen päivät ovat juhlapyhiä, jotka jokainen kausi jättää väliin. Samoille ryhmille jo lisättyjä lomia ei lisätä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="434"/>
        <source>added already</source>
        <translation>lisätty jo</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="463"/>
        <source>the school holidays %1</source>
        <translation>koululomat %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="469"/>
        <source>Add the school holidays %1</source>
        <translation>Lisää koululomat %1</translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <location filename="../../ui/groups/closures.py" line="198"/>
        <source>&amp;Pauses:</source>
        <translation>&amp;Koskee:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="199"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/closures.py" line="200"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Ryhmät:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search.py" line="138"/>
        <location filename="../../ui/search.py" line="144"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="142"/>
        <source>A group, a family, a worker, a theme or a date (6.1.)</source>
        <translation>Ryhmä, perhe, työntekijä, teema tai päivä (6.1.)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="148"/>
        <source>Found</source>
        <translation>Löydetyt</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="180"/>
        <source>Nothing found.</source>
        <translation>Mitään ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/search.py" line="44"/>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="45"/>
        <source>Sessions</source>
        <translation>Ryhmäkerrat</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="46"/>
        <source>Families</source>
        <translation>Perheet</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="47"/>
        <source>Workers</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="62"/>
        <source>(cancelled)</source>
        <translation>(peruttu)</translation>
    </message>
</context>
<context>
    <name>SeasonCopyDialog</name>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="41"/>
        <source>Copy season %1 to a new period</source>
        <translation>Kopioi kausi %1 uudelle jaksolle</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="45"/>
        <source>The new season repeats as %1 does, at the same times, with the same place and leaders; its dates move to the period typed here. It is saved only once you have seen its dates and saved it.</source>
        <translation>Uusi kausi toistuu samoin kuin %1, samoihin aikoihin, samassa paikassa ja samoin ohjaajin; sen päivät siirtyvät tähän kirjoitetulle jaksolle. Kausi tallentuu vasta, kun olet nähnyt sen päivät ja tallentanut sen.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="53"/>
        <source>e.g. Kevätkausi 2027</source>
        <translation>esim. Kevätkausi 2027</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="59"/>
        <source>&amp;Preview the copy…</source>
        <translation>Esikatsele &amp;kopiota…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="62"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="68"/>
        <source>&amp;First day:</source>
        <translation>&amp;Ensimmäinen päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/season_copy.py" line="69"/>
        <source>&amp;Last day:</source>
        <translation>Vii&amp;meinen päivä:</translation>
    </message>
</context>
<context>
    <name>SeriesEditor</name>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="90"/>
        <source>weekly: %1</source>
        <translation>viikoittain: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="180"/>
        <source>Edit season of %1</source>
        <translation>Muokkaa kautta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="180"/>
        <source>New season of %1</source>
        <translation>Uusi kausi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="191"/>
        <location filename="../../ui/groups/series_editor.py" line="198"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="192"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="199"/>
        <location filename="../../ui/groups/series_editor.py" line="328"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="201"/>
        <source>Planned session</source>
        <translation>Suunniteltu ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="208"/>
        <source>Who or where</source>
        <translation>Kuka tai missä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="209"/>
        <source>Other group</source>
        <translation>Toinen ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="211"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="224"/>
        <source>&amp;Save season</source>
        <translation>&amp;Tallenna kausi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="228"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="244"/>
        <source>Season</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="246"/>
        <source>e.g. Syyskausi 2026</source>
        <translation>esim. Syyskausi 2026</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="252"/>
        <source>&amp;Weekly on chosen weekdays</source>
        <translation>&amp;Viikoittain valittuina viikonpäivinä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="253"/>
        <source>&amp;Every month on one weekday</source>
        <translation>&amp;Joka kuukausi samana viikonpäivänä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="254"/>
        <source>On c&amp;hosen dates</source>
        <translation>Valittuina &amp;päivinä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="270"/>
        <location filename="../../ui/groups/series_editor.py" line="282"/>
        <source>Group&apos;s default: %1</source>
        <translation>Ryhmän oletus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="272"/>
        <location filename="../../ui/groups/series_editor.py" line="284"/>
        <source>Group&apos;s default (none)</source>
        <translation>Ryhmän oletus (ei valittu)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="288"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="289"/>
        <source>&amp;First day:</source>
        <translation>&amp;Ensimmäinen päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="290"/>
        <source>&amp;Last day:</source>
        <translation>Vii&amp;meinen päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="296"/>
        <source>Repeats:</source>
        <translation>Toistuu:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="298"/>
        <source>Lea&amp;ve out:</source>
        <translation>R&amp;yhmä ei kokoonnu:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="299"/>
        <source>&amp;Place:</source>
        <translation>P&amp;aikka:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="300"/>
        <source>Lea&amp;ders:</source>
        <translation>&amp;Ohjaajat:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="301"/>
        <source>&amp;Other leaders:</source>
        <translation>M&amp;uut ohjaajat:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="303"/>
        <source>Not copied, as archived: %1</source>
        <translation>Arkistoituja ei otettu mukaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="329"/>
        <source>reason, e.g. työpari koulutuksessa</source>
        <translation>syy, esim. työpari koulutuksessa</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="330"/>
        <source>Skip the da&amp;y</source>
        <translation>J&amp;ätä väliin</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="333"/>
        <source>Dates left out</source>
        <translation>Väliin jätetyt päivät</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="335"/>
        <source>&amp;Undo skipping</source>
        <translation>Peru väliin jättäminen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="354"/>
        <source>Workers who lead every session of the season besides the pair above.</source>
        <translation>Työntekijät, jotka ohjaavat kauden jokaista ryhmäkertaa yllä valitun työparin lisäksi.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="363"/>
        <source>every </source>
        <translation>joka </translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="364"/>
        <source> week(s)</source>
        <translation>. viikko</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="366"/>
        <source>every week</source>
        <translation>joka viikko</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="370"/>
        <source>&amp;Interval:</source>
        <translation>Toi&amp;stoväli:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="374"/>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="375"/>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="391"/>
        <source>Weekday</source>
        <translation>Viikonpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="412"/>
        <source>Wee&amp;kday:</source>
        <translation>Kuukau&amp;den päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="432"/>
        <source>&amp;Add date</source>
        <translation>&amp;Lisää päivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="436"/>
        <source>&amp;Remove date</source>
        <translation>Poista pä&amp;ivä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="453"/>
        <source>Da&amp;te:</source>
        <translation>Päivämää&amp;rä:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="738"/>
        <source>, to cancel: %1</source>
        <translation>, peruuntuu %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="743"/>
        <source>, to plan again: %1</source>
        <translation>, suunnitellaan uudelleen %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="755"/>
        <source>is cancelled</source>
        <translation>perutaan</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="761"/>
        <source>cancelled already</source>
        <translation>peruttu jo</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="763"/>
        <source>held: left as it is</source>
        <translation>pidetty: jää ennalleen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="765"/>
        <source>edited by hand: left as it is</source>
        <translation>muokattu erikseen: jää ennalleen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="767"/>
        <source>recorded: left as it is</source>
        <translation>kirjattu: jää ennalleen</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="413"/>
        <location filename="../../ui/groups/series_editor.py" line="456"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Kellonaika:</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="565"/>
        <source>Write the reason the families are told, e.g. työpari koulutuksessa.</source>
        <translation>Kirjoita syy, joka kerrotaan perheille, esim. työpari koulutuksessa.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="651"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="660"/>
        <source>Save despite the &amp;conflicts</source>
        <translation>Tallenna päällekkäisyyksistä &amp;huolimatta</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="664"/>
        <source>Dates</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="666"/>
        <source>Skipped days</source>
        <translation>Väliin jäävät päivät</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/groups/series_editor.py" line="725"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>%n päällekkäisyys</numerusform>
            <numerusform>%n päällekkäisyyttä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="725"/>
        <source>No conflicts.</source>
        <translation>Ei päällekkäisyyksiä.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/series_editor.py" line="732"/>
        <source>Sessions to create: %1, to update: %2, to remove: %3, to keep: %4</source>
        <translation>Ryhmäkerrat: uusia %1, muuttuu %2, poistuu %3, ennallaan %4</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="234"/>
        <source>Session</source>
        <translation>Ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="248"/>
        <source>Record &amp;attendance…</source>
        <translation>Kirjaa &amp;läsnäolot…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="295"/>
        <source>&amp;Ends</source>
        <translation>&amp;Päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="299"/>
        <source>&amp;Date</source>
        <translation>Päivä&amp;määrä</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="301"/>
        <source>S&amp;tarts</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="304"/>
        <source>&amp;Place</source>
        <translation>Pai&amp;kka</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="305"/>
        <source>&amp;Leaders</source>
        <translation>&amp;Ohjaajat</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="306"/>
        <source>T&amp;heme</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="307"/>
        <source>&amp;Notes</source>
        <translation>L&amp;isätiedot</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="314"/>
        <source>&amp;Cancel session…</source>
        <translation>P&amp;eru ryhmäkerta…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="316"/>
        <source>&amp;Restore</source>
        <translation>Pala&amp;uta</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="323"/>
        <source>Why?</source>
        <translation>Miksi?</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="330"/>
        <source>Reason for cancelling, e.g. the leader is ill</source>
        <translation>Perumisen syy, esim. ohjaaja on sairas</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="332"/>
        <source>C&amp;onfirm cancellation</source>
        <translation>&amp;Vahvista peruminen</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="334"/>
        <source>Keep the session</source>
        <translation>Älä peru</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="350"/>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="380"/>
        <source>No place</source>
        <translation>Ei paikkaa</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="404"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="416"/>
        <source>A public holiday: %1</source>
        <translation>Juhlapyhä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="464"/>
        <source>Cancel %1 session</source>
        <translation>Peru ryhmäkerta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="466"/>
        <source>Restore %1 session</source>
        <translation>Palauta ryhmäkerta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="468"/>
        <source>Move %1 session</source>
        <translation>Siirrä ryhmäkerta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="470"/>
        <source>Edit %1 session</source>
        <translation>Muokkaa ryhmäkertaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="497"/>
        <source>Saving books someone or a place twice:</source>
        <translation>Tallentaminen tekee päällekkäisen varauksen:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="499"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Tallenna silti</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="551"/>
        <source>Choose why the session is cancelled.</source>
        <translation>Valitse, miksi ryhmäkerta perutaan.</translation>
    </message>
</context>
<context>
    <name>SessionEditCommand</name>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="148"/>
        <source>Undoing “%1” books someone or a place twice:</source>
        <translation>Toiminnon ”%1” kumoaminen tekee päällekkäisen varauksen:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="149"/>
        <source>&amp;Undo anyway</source>
        <translation>&amp;Kumoa silti</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="151"/>
        <source>Redoing “%1” books someone or a place twice:</source>
        <translation>Toiminnon ”%1” tekeminen uudelleen tekee päällekkäisen varauksen:</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_dialog.py" line="152"/>
        <source>&amp;Redo anyway</source>
        <translation>&amp;Tee uudelleen silti</translation>
    </message>
</context>
<context>
    <name>SessionFormsDialog</name>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="149"/>
        <source>Feedback forms: %1</source>
        <translation>Palautelomakkeet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/evaluation.py" line="152"/>
        <source>Count the forms of one session: the numbers are added to the season&apos;s (the evaluation shows the season&apos;s own).</source>
        <translation>Kirjaa yhden ryhmäkerran lomakkeet: luvut lisätään kauden lukuihin (arvioinnissa näkyvät koko kauden luvut).</translation>
    </message>
</context>
<context>
    <name>SessionPrintButton</name>
    <message>
        <location filename="../../ui/printing.py" line="480"/>
        <source>P&amp;rint</source>
        <translation>&amp;Tulosta</translation>
    </message>
</context>
<context>
    <name>SessionSheets</name>
    <message>
        <location filename="../../ui/printing.py" line="372"/>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Tulosta &amp;osallistujalista…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="373"/>
        <source>Save sign-in sheet as &amp;PDF…</source>
        <translation>Tallenna osallistujalista &amp;PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="378"/>
        <source>&amp;Headcount tally sheet…</source>
        <translation>&amp;Kävijämäärän laskentalomake…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="379"/>
        <source>Save &amp;tally sheet as PDF…</source>
        <translation>Tallenna &amp;laskentalomake PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="446"/>
        <source>Save sign-in sheet as PDF</source>
        <translation>Tallenna osallistujalista PDF:nä</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="453"/>
        <source>Save tally sheet as PDF</source>
        <translation>Tallenna laskentalomake PDF:nä</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="470"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="48"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>Error log:</source>
        <translation>Virheloki:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="74"/>
        <source>Off</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="77"/>
        <source>Automatic &amp;backups to keep:</source>
        <translation>Säilytettävät automaattiset &amp;varmuuskopiot:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>At every start the app saves a copy of the database in %1 and removes the oldest copies beyond this number. 0 turns automatic backups off.</source>
        <translation>Sovellus tallentaa joka käynnistyksellä kopion tietokannasta kansioon %1 ja poistaa tämän määrän ylittävät vanhimmat kopiot. 0 poistaa automaattiset varmuuskopiot käytöstä.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Automatic backups are made of an SQLite database file only; back up a PostgreSQL database with pg_dump.</source>
        <translation>Automaattiset varmuuskopiot tehdään vain SQLite-tietokantatiedostosta; varmuuskopioi PostgreSQL-tietokanta pg_dumpilla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="99"/>
        <source>Before a restore or an upgrade the app saves a copy of the database; the newest %n of each are kept.</source>
        <translation>
            <numerusform>Ennen palautusta ja päivitystä sovellus tallentaa tietokannasta varakopion; kummastakin säilytetään uusin %n.</numerusform>
            <numerusform>Ennen palautusta ja päivitystä sovellus tallentaa tietokannasta varakopion; kummastakin säilytetään uusimmat %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>There are none now.</source>
        <translation>Niitä ei ole nyt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="112"/>
        <source>Safety copies:</source>
        <translation>Varakopiot:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <location filename="../../ui/shortcuts.py" line="119"/>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="101"/>
        <source>Previous week or month</source>
        <translation>Edellinen viikko tai kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="106"/>
        <source>Next week or month</source>
        <translation>Seuraava viikko tai kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Go to today</source>
        <translation>Siirry tähän päivään</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="146"/>
        <location filename="../../ui/shortcuts.py" line="158"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="149"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="150"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/statistics/page.py" line="120"/>
        <source>All group types</source>
        <translation>Kaikki ryhmätyypit</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="147"/>
        <source>&amp;Figures</source>
        <translation>&amp;Luvut</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="148"/>
        <source>C&amp;harts</source>
        <translation>Kaa&amp;viot</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="149"/>
        <source>Fa&amp;milies</source>
        <translation>Per&amp;heet</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="150"/>
        <source>Lea&amp;ders and cancellations</source>
        <translation>Ohjaajat ja per&amp;umiset</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="152"/>
        <source>&amp;Roles and ages</source>
        <translation>Roolit ja i&amp;ät</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="153"/>
        <location filename="../../ui/statistics/page.py" line="365"/>
        <source>Not rec&amp;orded</source>
        <translation>Kirjaa&amp;matta</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="155"/>
        <source>E&amp;valuations</source>
        <translation>Arv&amp;ioinnit</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="162"/>
        <source>&amp;Pseudonymise names (for sending outside the team)</source>
        <translation>Korvaa &amp;nimet koodeilla (tiimin ulkopuolelle lähetettäväksi)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="163"/>
        <source>E&amp;xport to Excel…</source>
        <translation>Vie E&amp;xceliin…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="165"/>
        <source>Save s&amp;ummary as PDF…</source>
        <translation>Tall&amp;enna tiivistelmä PDF:ksi…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="167"/>
        <source>One page for a board or a funder: the figures with their definitions</source>
        <translation>Yksi sivu johtokunnalle tai rahoittajalle: luvut ja mitä ne laskevat</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="199"/>
        <source>Pre&amp;set:</source>
        <translation>Pi&amp;kavalinta:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="204"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Aikaväli:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="207"/>
        <source>Group t&amp;ype:</source>
        <translation>Ryhmä&amp;tyyppi:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="239"/>
        <source>Days as typed</source>
        <translation>Kirjoitetut päivät</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="241"/>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="242"/>
        <source>Last year</source>
        <translation>Viime vuosi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="243"/>
        <source>This season</source>
        <translation>Tämä kausi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="244"/>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="245"/>
        <source>Last month</source>
        <translation>Viime kuukausi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="251"/>
        <source>The autumn season (1.8.–31.12.) or the spring season (1.1.–31.7.) of today</source>
        <translation>Syyskausi (1.8.–31.12.) tai kevätkausi (1.1.–31.7.), jolla tämä päivä on</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="289"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="337"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="386"/>
        <source>Statistics %1–%2</source>
        <translation>Tilastot %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="389"/>
        <source>Summary %1–%2</source>
        <translation>Tiivistelmä %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="400"/>
        <source>Export to Excel</source>
        <translation>Vie Exceliin</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="401"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="445"/>
        <source>Save summary as PDF</source>
        <translation>Tallenna tiivistelmä PDF:ksi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="446"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="489"/>
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../summary.py" line="145"/>
        <source>Group work at a glance</source>
        <translation>Ryhmätoiminta lyhyesti</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="190"/>
        <source>By group type</source>
        <translation>Ryhmätyypeittäin</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="192"/>
        <source>Group type</source>
        <translation>Ryhmätyyppi</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="219"/>
        <source>Roles and ages come from the families&apos; records in groups with an attendance list, from the leaders&apos; count in headcounts.</source>
        <translation>Roolit ja iät ovat läsnäololistan ryhmissä perheiden tiedoista, kävijämäärissä ohjaajien laskemia.</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="225"/>
        <source>Visits by role and age band</source>
        <translation>Käyntikerrat rooleittain ja ikäryhmittäin</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="274"/>
        <source>Seasons evaluated</source>
        <translation>Arvioidut kaudet</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="276"/>
        <source>Adults&apos; feedback (1–5)</source>
        <translation>Aikuisten palaute (1–5)</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="277"/>
        <source>Children&apos;s feedback (faces 1–3)</source>
        <translation>Lasten palaute (kasvot 1–3)</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="284"/>
        <source>{evaluated} of {seasons}</source>
        <translation>{evaluated}/{seasons}</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="315"/>
        <source>{goals} set</source>
        <translation>{goals} asetettu</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="316"/>
        <source>{achieved} of {goals} achieved</source>
        <translation>{achieved}/{goals} saavutettu</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="320"/>
        <source>, {partly} partly</source>
        <translation>, {partly} osittain</translation>
    </message>
    <message>
        <location filename="../../summary.py" line="331"/>
        <source>{average} (n = {answers})</source>
        <translation>{average} (n = {answers})</translation>
    </message>
    <message>
        <location filename="../../ui/summary_report.py" line="33"/>
        <source>Period: {period}</source>
        <translation>Aikaväli: {period}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_report.py" line="34"/>
        <source>Filters: {filters}</source>
        <translation>Rajaukset: {filters}</translation>
    </message>
</context>
<context>
    <name>TargetAgesField</name>
    <message>
        <location filename="../../ui/groups/widgets.py" line="160"/>
        <location filename="../../ui/groups/widgets.py" line="162"/>
        <source>Youngest age</source>
        <translation>Nuorin ikä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="161"/>
        <location filename="../../ui/groups/widgets.py" line="163"/>
        <source>Oldest age</source>
        <translation>Vanhin ikä</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="164"/>
        <source>Unit of the youngest age</source>
        <translation>Nuorimman iän yksikkö</translation>
    </message>
    <message>
        <location filename="../../ui/groups/widgets.py" line="165"/>
        <source>Unit of the oldest age</source>
        <translation>Vanhimman iän yksikkö</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../ui/team.py" line="47"/>
        <source>Admin</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="48"/>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="49"/>
        <source>Group leader</source>
        <translation>Ryhmänohjaaja</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="50"/>
        <source>Volunteer</source>
        <translation>Vapaaehtoinen</translation>
    </message>
</context>
<context>
    <name>TeamEvesBox</name>
    <message>
        <location filename="../../ui/groups/eves.py" line="92"/>
        <source>Eves on which groups do not meet</source>
        <translation>Aatot, joina ryhmät eivät kokoonnu</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="97"/>
        <source>Save &amp;eves</source>
        <translation>Tallenna aa&amp;tot</translation>
    </message>
    <message>
        <location filename="../../ui/groups/eves.py" line="101"/>
        <source>For the whole team: seasons planned from now on skip these eves and name them. A group may choose otherwise in its editor.</source>
        <translation>Koko tiimille: tästä lähtien suunnitellut kaudet jättävät nämä aatot väliin ja nimeävät ne. Ryhmä voi valita toisin omassa muokkausikkunassaan.</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <location filename="../../ui/team.py" line="80"/>
        <source>Login</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="81"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="82"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="83"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="84"/>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="86"/>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="95"/>
        <source>Add a person…</source>
        <translation>Lisää henkilö…</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="96"/>
        <source>Change…</source>
        <translation>Muuta…</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/fields.py" line="355"/>
        <source>e.g. 9.30</source>
        <translation>esim. 9.30</translation>
    </message>
</context>
<context>
    <name>UnrecordedList</name>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="52"/>
        <source>Session</source>
        <translation>Ryhmäkerta</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="60"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="82"/>
        <source>Every past session is recorded.</source>
        <translation>Kaikki menneet ryhmäkerrat on kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/unrecorded.py" line="110"/>
        <source>&amp;Record attendance…</source>
        <translation>Kirjaa &amp;läsnäolot…</translation>
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
        <translation>Tallennetaanko muutokset?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="52"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Hylkää muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="56"/>
        <source>&amp;Go back</source>
        <translation>&amp;Palaa muokkaamaan</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../ui/statistics/visits.py" line="53"/>
        <source>Group type</source>
        <translation>Ryhmätyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/visits.py" line="67"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../export/excel.py" line="120"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="121"/>
        <source>Headcounts</source>
        <translation>Kävijämäärät</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="122"/>
        <source>By month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="123"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="126"/>
        <source>Fathers</source>
        <translation>Isät</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="127"/>
        <source>Mothers</source>
        <translation>Äidit</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="128"/>
        <source>Other guardians</source>
        <translation>Muut huoltajat</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="129"/>
        <source>Grandparents</source>
        <translation>Isovanhemmat</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="132"/>
        <source>Children 0 y</source>
        <translation>Lapset 0 v</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="133"/>
        <source>Children 1–2 y</source>
        <translation>Lapset 1–2 v</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="134"/>
        <source>Children 3–6 y</source>
        <translation>Lapset 3–6 v</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="135"/>
        <source>Children 7+ y</source>
        <translation>Lapset 7+ v</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="259"/>
        <location filename="../../export/excel.py" line="554"/>
        <location filename="../../export/excel.py" line="769"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="477"/>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="478"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="479"/>
        <source>What it counts</source>
        <translation>Mitä se laskee</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="525"/>
        <source>Statistics and attendance</source>
        <translation>Tilastot ja läsnäolot</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="468"/>
        <location filename="../../export/excel.py" line="527"/>
        <source>Period</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="119"/>
        <source>At a glance</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="470"/>
        <location filename="../../export/excel.py" line="531"/>
        <source>Filters</source>
        <translation>Rajaukset</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="538"/>
        <source>Not recorded</source>
        <translation>Kirjaamatta</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="545"/>
        <source>Names</source>
        <translation>Nimet</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="546"/>
        <source>pseudonymised (P- person, F- family)</source>
        <translation>pseudonymisoitu (P- henkilö, F- perhe)</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="558"/>
        <source>Group type</source>
        <translation>Ryhmätyyppi</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="473"/>
        <location filename="../../export/excel.py" line="563"/>
        <location filename="../../export/excel.py" line="567"/>
        <source>Note</source>
        <translation>Huom.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="310"/>
        <source>1 past session whose attendance is not recorded: its visits are not in the figures.</source>
        <translation>1 mennyt ryhmäkerta, jonka läsnäoloa ei ole kirjattu: sen käyntikerrat eivät ole luvuissa.</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="314"/>
        <source>{count} past sessions whose attendance is not recorded: their visits are not in the figures.</source>
        <translation>{count} mennyttä ryhmäkertaa, joiden läsnäoloa ei ole kirjattu: niiden käyntikerrat eivät ole luvuissa.</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="653"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="654"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="655"/>
        <source>Role / age</source>
        <translation>Rooli / ikä</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="659"/>
        <source>(data erased)</source>
        <translation>(tiedot poistettu)</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="665"/>
        <source>child</source>
        <translation>lapsi</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="667"/>
        <source>child, {age} y</source>
        <translation>lapsi, {age} v</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="669"/>
        <source>adult</source>
        <translation>aikuinen</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="670"/>
        <source>{who}, guest</source>
        <translation>{who}, vieras</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="770"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../export/excel.py" line="826"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="38"/>
        <source>Edit worker</source>
        <translation>Muokkaa työntekijää</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="38"/>
        <source>New worker</source>
        <translation>Uusi työntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="54"/>
        <source>Choose or type a title</source>
        <translation>Valitse tai kirjoita nimike</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="59"/>
        <source>Leader hours are reported separately for staff, volunteers and students.</source>
        <translation>Ohjaustunnit raportoidaan erikseen työntekijöille, vapaaehtoisille ja opiskelijoille.</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="65"/>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="73"/>
        <source>name@example.fi</source>
        <translation>nimi@esimerkki.fi</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="76"/>
        <source>&amp;Title:</source>
        <translation>Nim&amp;ike:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="78"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../../ui/people/worker_editors.py" line="79"/>
        <source>&amp;Email:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../ui/people/workers_page.py" line="39"/>
        <source>Workers and pairs</source>
        <translation>Työntekijät ja työparit</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="43"/>
        <location filename="../../ui/people/workers_page.py" line="64"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="44"/>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="47"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="54"/>
        <source>First worker</source>
        <translation>Ensimmäinen työntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="57"/>
        <source>Second worker</source>
        <translation>Toinen työntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="45"/>
        <location filename="../../ui/people/workers_page.py" line="65"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="71"/>
        <source>&amp;New worker…</source>
        <translation>&amp;Uusi työntekijä…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="71"/>
        <source>E&amp;dit worker…</source>
        <translation>Muokkaa työntek&amp;ijää…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="72"/>
        <source>&amp;New pair…</source>
        <translation>&amp;Uusi työpari…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="72"/>
        <source>E&amp;dit pair…</source>
        <translation>Muokkaa työpar&amp;ia…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="73"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Uusi organisaatio…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="73"/>
        <source>E&amp;dit organisation…</source>
        <translation>Muokkaa organisaat&amp;iota…</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="78"/>
        <source>&amp;Workers</source>
        <translation>Työnte&amp;kijät</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="79"/>
        <source>&amp;Pairs</source>
        <translation>Työ&amp;parit</translation>
    </message>
    <message>
        <location filename="../../ui/people/workers_page.py" line="80"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaatiot</translation>
    </message>
</context>
</TS>
