"""The roster import dialog: check a file, see its problems, import all or the valid rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import AdultRole, EnrolmentStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.families import family_enrolments, list_families
from ryhmat.i18n import load_language
from ryhmat.ui.context import AppContext
from ryhmat.ui.people import FamiliesPage
from ryhmat.ui.people.roster_import import RosterImportDialog
from tests import hostile_rosters as hostile
from tests.gui.person import set_choice, tick
from tests.gui.records import shown
from tests.roster_files import FINNISH_HEADER, write_csv, write_xlsx

GROUP = "Vauvaryhmä Pikkuiset"

# Names the demo data does not use, so that nothing is recognised by chance.
GOOD: list[list[object]] = [
    FINNISH_HEADER,
    ["Åström", "Sören", "isä", "", "1.9.2026", ""],
    ["Åström", "Märta", "lapsi", "5.2026", "", ""],
    ["Öhman-Ylä", "Ääpä", "äiti", "", "", "jonossa"],
    ["Öhman-Ylä", "Ööpe", "lapsi", "2026-02", "", "jonossa"],
]
BAD: list[list[object]] = [
    *GOOD,
    ["Zyskowicz", "Zeno", "setä", "", "", ""],
    ["Zyskowicz", "Zoe", "lapsi", "", "", ""],
]


def make_dialog(
    qtbot: QtBot, context: AppContext, windows: list[QWidget] | None = None
) -> RosterImportDialog:
    dialog = RosterImportDialog(context)
    if windows is None:
        qtbot.addWidget(dialog)
    else:
        windows.append(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def check(qtbot: QtBot, dialog: RosterImportDialog, path: Path, group: str = GROUP) -> None:
    dialog.path.setText(str(path))
    set_choice(dialog.group, group)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


def import_(qtbot: QtBot, dialog: RosterImportDialog, context: AppContext) -> None:
    with (
        qtbot.waitSignal(dialog.imported, timeout=10_000),
        qtbot.waitSignal(context.data_changed, timeout=10_000),
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def counts(dialog: RosterImportDialog) -> list[str]:
    c = dialog.counts
    return [w.text() for w in (c.created, c.recognised, c.members, c.enrolments, c.bad_rows)]


def members_of(context: AppContext) -> dict[str, list[str]]:
    return {f.name: f.adults + f.children for f in context.read(list_families)}


def statuses(context: AppContext) -> dict[str, EnrolmentStatus]:
    def read(uow: UnitOfWork) -> dict[str, EnrolmentStatus]:
        return {
            f.name: e.status
            for f in list_families(uow)
            for e in family_enrolments(uow, f.id)
            if e.group == GROUP
        }

    return context.read(read)


def test_a_finnish_excel_csv_is_checked_then_imported(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    families_before = len(members_of(demo_context))
    dialog = make_dialog(qtbot, demo_context)
    assert not dialog.import_button.isEnabled()
    check(qtbot, dialog, write_csv(tmp_path / "nimilista.csv", GOOD))
    assert dialog.counts.title() == f"What the import will do in {GROUP}"
    assert counts(dialog) == ["2", "0", "4", "2", "0"]
    assert dialog.problems.isHidden()
    assert not dialog.valid_only.isEnabled()
    assert dialog.import_button.isEnabled()
    assert len(members_of(demo_context)) == families_before  # a check writes nothing

    import_(qtbot, dialog, demo_context)
    assert dialog.counts.title() == "Imported"
    assert counts(dialog) == ["2", "0", "4", "2", "0"]
    assert not dialog.import_button.isEnabled()  # the same plan is not imported twice
    families = members_of(demo_context)
    assert len(families) == families_before + 2
    assert families["Åström"] == ["Sören Åström", "Märta Åström"]
    assert families["Öhman-Ylä"] == ["Ääpä Öhman-Ylä", "Ööpe Öhman-Ylä"]
    enrolled = statuses(demo_context)
    assert (enrolled["Åström"], enrolled["Öhman-Ylä"]) == (
        EnrolmentStatus.ENROLLED,
        EnrolmentStatus.WAITING,
    )


def test_checking_the_same_workbook_again_finds_the_families(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "nimilista.xlsx", GOOD)
    dialog = make_dialog(qtbot, demo_context)
    check(qtbot, dialog, path)
    import_(qtbot, dialog, demo_context)
    families = len(members_of(demo_context))
    check(qtbot, dialog, path)
    assert counts(dialog) == ["0", "2", "0", "0", "0"]
    import_(qtbot, dialog, demo_context)
    assert len(members_of(demo_context)) == families


def test_problems_are_listed_and_only_valid_families_are_imported(
    qtbot: QtBot,
    model_tester: ModelTester,
    windows: list[QWidget],
    demo_context: AppContext,
    tmp_path: Path,
) -> None:
    # Kept in ``windows``: the model tester needs the dialog's model until it is done.
    dialog = make_dialog(qtbot, demo_context, windows)
    check(qtbot, dialog, write_xlsx(tmp_path / "r.xlsx", BAD))
    model = dialog.problems_model
    model_tester.check(model, force_py=True)
    assert [
        [model.index(row, column).data() for column in range(3)] for row in range(model.rowCount())
    ] == [
        ["6", "Rooli", "Unknown role “setä”: write isä, äiti, muu huoltaja, isovanhempi or lapsi."],
        ["7", "Syntynyt", "Give the child's birth month, e.g. 5/2023."],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Row",
        "Column",
        "Problem",
    ]
    assert dialog.problems.isVisible()
    assert counts(dialog) == ["2", "0", "4", "2", "2"]
    assert dialog.error.isVisible()
    assert not dialog.import_button.isEnabled()  # all or nothing unless asked
    assert dialog.valid_only.isEnabled()

    dialog.valid_only.click()
    assert dialog.import_button.isEnabled()
    import_(qtbot, dialog, demo_context)
    families = members_of(demo_context)
    assert "Åström" in families
    assert "Zyskowicz" not in families
    assert counts(dialog)[4] == "2"


def test_a_swedish_roster_in_the_swedish_ui_and_a_finnish_pappa_to_decide(
    qtbot: QtBot,
    windows: list[QWidget],
    demo_context: AppContext,
    tmp_path: Path,
) -> None:
    load_language("sv")  # the english_ui fixture brings English back afterwards
    swedish = [
        ["Familj", "Förnamn", "Roll", "Född"],
        ["Åström", "Sören", "pappa", ""],
        ["Åström", "Märta", "barn", "5.2026"],
    ]
    dialog = make_dialog(qtbot, demo_context, windows)
    check(qtbot, dialog, write_csv(tmp_path / "namnlista.csv", swedish, encoding="utf-8-sig"))
    assert dialog.problems.isHidden()
    import_(qtbot, dialog, demo_context)
    (father,) = [
        member
        for family in demo_context.read(lambda uow: uow.families.list())
        if family.name == "Åström"
        for member in family.members
        if member.first_name == "Sören"
    ]
    assert father.role is AdultRole.FATHER

    finnish = [["Perhe", "Etunimi", "Rooli"], ["Öhman", "Pentti", "Pappa"]]
    check(qtbot, dialog, write_xlsx(tmp_path / "nimilista.xlsx", finnish))
    model = dialog.problems_model
    assert [model.index(0, column).data() for column in range(3)] == [
        "2",
        "Rooli",
        "”Pappa” är pappa för vissa och morfar eller farfar för andra: "
        "skriv isä eller isovanhempi.",
    ]
    assert not dialog.import_button.isEnabled()


# Zeno's row has two problems (a role and a status nobody knows): it is one bad row.
TWICE_WRONG: list[list[object]] = [
    *GOOD,
    ["Zyskowicz", "Zeno", "setä", "", "", "ehkä"],
    ["Zyskowicz", "Zoe", "lapsi", "", "", ""],
]


def listed_rows(dialog: RosterImportDialog) -> list[str]:
    model = dialog.problems_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_count_of_bad_rows_is_the_rows_listed_before_and_after_the_import(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, demo_context)
    check(qtbot, dialog, write_xlsx(tmp_path / "r.xlsx", TWICE_WRONG))
    assert listed_rows(dialog) == ["6", "7"]
    assert counts(dialog)[4] == "2"
    model = dialog.problems_model
    assert model.index(0, 1).data() == "Rooli, Tila"
    assert "setä" in model.index(0, 2).data()
    assert "ehkä" in model.index(0, 2).data()
    assert not dialog.counts.left_out.isVisible()

    tick(qtbot, dialog.valid_only)
    assert dialog.valid_only.isChecked()
    import_(qtbot, dialog, demo_context)
    assert listed_rows(dialog) == ["6", "7"]
    assert counts(dialog)[4] == "2"
    # Zyskowicz was left out whole: its two rows, both bad here.
    assert dialog.counts.left_out.isVisible()
    assert dialog.counts.left_out.text() == "1 family (2 rows)"
    assert "Zyskowicz" not in members_of(demo_context)


def test_a_picture_renamed_xlsx_changes_nothing(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    before = members_of(demo_context)
    path = tmp_path / "kuva.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    dialog = make_dialog(qtbot, demo_context)
    dialog.path.setText(str(path))
    set_choice(dialog.group, GROUP)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.check_button.click()
    assert dialog.error.text() == "kuva.xlsx is not an Excel workbook (.xlsx) at all."
    assert dialog.plan is None
    assert not dialog.import_button.isEnabled()
    assert dialog.check_button.isEnabled()  # the person can choose another file
    assert members_of(demo_context) == before


def test_a_workbook_of_300000_blank_looking_rows_is_refused_inline(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    before = members_of(demo_context)
    path = hostile.blank_rows(tmp_path / "nimilista.xlsx", 300_000)
    dialog = make_dialog(qtbot, demo_context)
    dialog.path.setText(str(path))
    set_choice(dialog.group, GROUP)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.check_button.click()
    assert dialog.error.text() == (
        "nimilista.xlsx has more than 50\u00a0000 rows, counting empty-looking ones. Delete the "
        "rows below the roster, or copy the roster to a new file."
    )
    assert dialog.plan is None
    assert not dialog.import_button.isEnabled()
    assert members_of(demo_context) == before


def test_an_empty_path_is_an_inline_error(qtbot: QtBot, demo_context: AppContext) -> None:
    dialog = make_dialog(qtbot, demo_context)
    dialog.check_button.click()
    assert dialog.error.text() == "Choose the file to import."
    assert dialog.plan is None


def test_changing_the_group_after_a_check_asks_for_a_new_check(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, demo_context)
    check(qtbot, dialog, write_csv(tmp_path / "r.csv", GOOD))
    assert dialog.import_button.isEnabled()
    set_choice(dialog.group, "Perhekahvila Kohtaamo")
    assert dialog.plan is None
    assert not dialog.import_button.isEnabled()
    assert dialog.counts.isHidden()


def test_without_groups_the_dialog_says_so(qtbot: QtBot, empty_context: AppContext) -> None:
    dialog = make_dialog(qtbot, empty_context)
    assert dialog.group.count() == 0
    assert dialog.error.text() == "There are no groups yet: create a group first."


def test_choose_opens_a_file_dialog_that_fills_in_the_path(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, demo_context)
    dialog.choose_button.click()
    (files,) = dialog.findChildren(QFileDialog)
    files.fileSelected.emit(str(tmp_path / "nimilista.xlsx"))
    files.reject()
    assert dialog.path.text() == str(tmp_path / "nimilista.xlsx")


def test_the_families_page_opens_the_import_and_shows_its_families(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    page = FamiliesPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    page.import_button.click()
    dialog = page.importer
    assert isinstance(dialog, RosterImportDialog)
    qtbot.waitExposed(dialog)
    check(qtbot, dialog, write_csv(tmp_path / "r.csv", GOOD))
    import_(qtbot, dialog, demo_context)
    assert {"Åström", "Öhman-Ylä"} <= set(shown(page.families))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_families_another_program_imported_after_the_check_are_recognised_and_told(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "nimilista.csv", GOOD)
    dialog = make_dialog(qtbot, demo_context)
    check(qtbot, dialog, path)
    assert counts(dialog) == ["2", "0", "4", "2", "0"]
    assert dialog.counts.meanwhile.isHidden()
    # A colleague imports the same list with the command line, between check and import.
    database = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    command = ["--database", database, "import", "roster", str(path), "--group", GROUP]
    colleague = subprocess.run(
        [sys.executable, "-m", "ryhmat", *command],
        env={**os.environ, "RYHMAT_LANGUAGE": "en"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert colleague.stdout.startswith("Families created: 2;")
    families_before = len(members_of(demo_context))

    import_(qtbot, dialog, demo_context)

    assert counts(dialog) == ["0", "2", "0", "0", "0"]
    assert len(members_of(demo_context)) == families_before
    assert not dialog.counts.meanwhile.isHidden()
    assert dialog.counts.meanwhile.text() == (
        "2 families were added by someone else while this import waited its turn; "
        "they were recognised and nothing was added twice."
    )
