"""Office papers in the shapes boards keep them, written by python-docx and openpyxl.

`word_plan` is the seed 003 template filled in by a board (a title naming the OCG,
a table of SMART columns under each strand, owners in the template's spellings,
a row split across a page break, merged cells); `action_tracker`,
`strategy_plan` and `recommendation_tracker` are the Excel shapes of an action
tracker, seed 000 and seed 004. The hostile builders make what an attacker
would send. The export helper's tests may use these too.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_BREAK

SMART = ("SPECIFIC", "MEASURABLE", "ACHIEVABLE", "RELEVANT", "TIMEBOUND", "OWNER")
MEASURED = "The success of this tactic will be measured through the Local OCG Partnership Board"
ACHIEVED = ("This tactic is achievable within the resources and legislative framework of "
            "the action owner.")
RELEVANT = ("This is a proportionate and relevant consideration to tackle the harm being "
            "caused by this OCG.")
TITLE = "DRAFT ACTION PLAN FOR PARTNERSHIP DISRUPTION OF OCG NUMBER {}"

# (specific, timebound, owner as the template spells it); None splits the row before it
# across a page break (its second half on the next page, with no owner).
PLAN = {
    "Pursue": [
        ("Consider powers under the Anti-Social Behaviour, Crime & Policing Act 2014 e.g. "
         "Criminal Behaviour Orders (CBOs), Civil Injunctions, Closure Powers and Community "
         "Protection Notices", "31/01/2027", "Local Authority ASB Co-ordinator"),
        ("Department of Work and Pensions to review the benefit claims of all subjects and "
         "their immediate family linked to OCG number ** with | a view to identifying "
         "disruption / prosecution opportunities", "28 Feb 2027", "DWP"),
        ("Consider possible breaches of health & safety being committed by OCG number ** "
         "subjects who are business owners", "By the March 2027 board", "HSE"),
        ("Consider powers under Section 165A of the Road Traffic Act 1988 to immediately seize "
         "uninsured vehicles from subjects of OCG number **, their associates and family "
         "members", "", "Police"),
        ("Consider harbouring notices and assisting an offender notices against associates "
         "and family members of OCG number ** subjects wanted for criminal offences", "",
         "Police"),
    ],
    "Protect": [
        ("Complex Dependency team to review information held upon the families subject of "
         "OCG number ** and to identify any activity required to protect vulnerable members "
         "of those families", "30/04/2027", "Complex Dependency team."),
        ("To brief frontline staff (wardens, help desk, CCTV) regarding the potential "
         "indicators of OCG activity", "", "Local Authority"),
    ],
    "Prepare": [
        ("To develop a partnership communication strategy which informs our local communities "
         "of the joint activity and positive outcomes achieved through targeting local OCG's",
         "", "Local Authority"),
    ],
    "Prevent": [
        ("Consider the powers available to the Immigration & Lifetime Management team in "
         "relation to the restrictions (residency and association) that can be placed on "
         "released offenders", "", "NOM's."),
        ("To identify schools based diversionary initiatives to guide vulnerable young people "
         "away from organised criminality", "", "Children's Services"),
        ("Street pastors to patrol the estate on Friday and Saturday nights", "",
         "Northshire Street Pastors"),
    ],
}


def _set_row(row, values) -> None:
    for cell, value in zip(row.cells, values, strict=False):
        cell.text = value


def _smart_row(specific: str, timebound: str, owner: str) -> list[str]:
    return [specific, MEASURED, ACHIEVED, RELEVANT, timebound, owner]


def _table(document, rows: list[list[str]], header: tuple[str, ...] | None = SMART):
    columns = len(header) if header else len(SMART)
    table = document.add_table(rows=0, cols=columns)
    if header:
        _set_row(table.add_row(), header)
    for values in rows:
        _set_row(table.add_row(), values)
    return table


def word_plan(path: Path, *, reference: str | None = "05/00283", plan: dict | None = None,
              split: bool = True, merge: bool = True, header: tuple[str, ...] = SMART) -> Path:
    """The seed 003 template as a board fills it in. `reference` None: 'OCG number **'
    left as it was; `split`: Pursue's second row broken across a page (the table
    goes on after a page break with the rest of that row, no owner); `merge`:
    Pursue's last two rows share one OWNER cell merged down, and a Protect row has
    MEASURABLE and ACHIEVABLE merged into one cell."""
    document = docx.Document()
    document.add_paragraph(TITLE.format(reference or "**"))
    document.add_paragraph("The attached action plan has been created to assist the local "
                           "partnership organised crime board ...")
    for strand, rows in (plan or PLAN).items():
        document.add_paragraph(f"{strand}:")
        document.add_paragraph(f"We will ... ({strand.lower()} strand of the plan)")
        values = [_smart_row(*row) for row in rows]
        if split and strand == "Pursue" and len(values) > 1:
            first, rest = values[1][0].split(" | ")
            values[1][0] = first
            _table(document, values[:2], header)
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            tail = [rest, "", "", "", "", ""]
            table = _table(document, [tail, *values[2:]], header=None)
        else:
            for v in values:
                v[0] = v[0].replace(" | ", " ")
            table = _table(document, values, header)
        if merge and strand == "Pursue" and len(table.rows) >= 3:
            last, before = table.rows[-1].cells[5], table.rows[-2].cells[5]
            before.merge(last).text = "Police"
        if merge and strand == "Protect":
            row = table.rows[1]
            row.cells[1].merge(row.cells[2]).text = MEASURED
    document.save(path)
    return path


TRACKER_HEADER = ("No.", "Strand", "Action", "Owner", "Due", "Status", "Latest update")


def action_tracker(path: Path, *, reference: str = "OCG 05/00283",
                   header: tuple[str, ...] = TRACKER_HEADER) -> Path:
    """An action tracker: a title row merged above the header, the strand merged down
    its rows, dates typed as dates and as text, statuses in the board's own words."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append([f"{reference} — action tracker"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append([])
    sheet.append(list(header))
    rows = [
        (1, "Pursue", "Visit the car wash on Hartley Road with HMRC and Immigration",
         "Police", dt.datetime(2027, 1, 31), "Complete",
         "12/10/2026 - Visit done; two workers referred to the NRM."),
        (2, None, "Review the benefit claims of the principal subjects", "DWP",
         "28 Feb 2027", "Not started", ""),
        (3, None, "Seize uninsured vehicles under s.165A", "Police", "By the March 2027 board",
         "Overdue", "Awaiting a list of vehicles from the ANPR team"),
        (4, "Protect", "Safeguarding referrals for the children of the principal subject",
         "MASH", dt.date(2027, 3, 31), "In progress", "3 Nov 2026: two referrals made"),
        (5, "Prevent", "Diversion offer to the younger associates", "Youth Offending Team",
         None, "Parked", None),
        (6, "Prevent", "Mentoring at the boxing club", "Hartley Boxing Club", None,
         "Not started", None),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("B4:B6")
    book.save(path)
    return path


def strategy_plan(path: Path) -> Path:
    """The board's strategic action plan, as seed 000 lays it out."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Strategic action plan 2024–27"])
    sheet.append(["Action No.", "Strategic Action", "Lead Partner", "Target Date",
                  "Deliverables"])
    sheet.append(["1.", "Publish a new Modern Slavery Strategy and action plan and review "
                  "delivery of this.", "DOJ's MSHT Branch", "Summer 2024",
                  "MSHT Strategy 2024-27 published."])
    sheet.append(["2.", "Deliver robust professional development to enhance capability of "
                  "financial investigators & forensic accountants.",
                  "NCA/NECC, with input from Criminal Finance Subgroup", "March 2025",
                  "Level of accreditations (new and ongoing)"])
    sheet.append(["3.", "Enhance joint operational capacity and capability to tackle "
                  "organised crime and reflect shared priorities", "LE Partners",
                  dt.datetime(2025, 3, 31), "Number of joint operations/investigations."])
    sheet.append(["4", "Consider what barriers to multi agency collaboration exist and how "
                  "best these may be resolved going forward.", "DoJ, All Partners", "Ongoing",
                  "Law enforcement partners to undertake a horizon scan"])
    book.save(path)
    return path


def recommendation_tracker(path: Path) -> Path:
    """Recommendations with a dated status trail, as seed 004 keeps them: the number and
    text merged down the rows of their trail."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Recommendation", "Text", "Date", "Status", "Comment"])
    text = ("Immediately, the responsibility for mapping organised crime groups should be "
            "transferred from individual police forces to regional organised crime units.")
    sheet.append(["Recommendation 5", text, "3rd March 2017", "awaiting-review", None])
    sheet.append([None, None, dt.datetime(2018, 4, 26), "being-progressed",
                  "As of Tuesday 3 April 2018, ROCTA will commence in the South West."])
    sheet.append([None, None, "19th June 2019", "complete", None])
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:B4")
    sheet.append(["Recommendation 6", "Forces should record disruptions consistently.",
                  "1 May 2018", "awaiting-review", None])
    book.save(path)
    return path


# -- hostile files --------------------------------------------------------------------


def rezip(source: Path, target: Path, *, add: dict[str, bytes] | None = None,
          replace: dict[str, bytes] | None = None) -> Path:
    """A copy of an Office file with parts added or replaced."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def encrypted(path: Path) -> Path:
    """What Word writes for a password-protected file: an OLE compound file."""
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4088)
    return path


def zip_bomb(path: Path, inflated: int = 300 * 1024 * 1024) -> Path:
    """A .docx-shaped zip one of whose parts inflates to `inflated` bytes of zeros."""
    zeros = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(inflated // len(zeros)):
                part.write(zeros)
    return path


def many_parts(path: Path, count: int = 20_000) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        for n in range(count):
            z.writestr(f"word/media/{n}.bin", b"")
    return path


LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
          b'main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')


def workbook_bytes(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- a board to import into ----------------------------------------------------------


def set_up_board(cli):
    """What tests/cli's `board_cli` holds: a board, a person, OCG 05/00283 with one
    action (PUR-03) on its plan. `cli` is a tests.cli.conftest.Runner."""
    assert cli("init", "--board", "Northshire Board", "--area", "Northshire")[0] == 0
    assert cli("person", "add", "DI Ayesha Khan", "--agency", "Police")[0] == 0
    assert cli("ocg", "add", "OCG 05/00283", "--name", "Hartley Road network",
               "--mapped", "2024-01-10", "--band", "2B", "--lro", "DI Ayesha Khan")[0] == 0
    assert cli("plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--due", "2027-01-31")[0] == 0
    return cli
