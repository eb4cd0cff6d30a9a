"""The chair's pack, read back with pypdf: every part a chair hands out, on marked pages."""

from __future__ import annotations

import re

from pypdf.generic import BooleanObject
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str

from ocgboard.core import rag
from tests.conftest import TODAY
from tests.reports.conftest import (
    LA_ONLY_ACTION,
    SECRET_ALIAS,
    SECRET_MEMBER,
    SECRET_REF,
    SECRET_SUMMARY,
    UNICODE_MEMBERS,
)

MARKING = "OFFICIAL-SENSITIVE"


def marking_heights(page) -> list[float]:
    """Where on the page (y, in points) the marking is printed."""
    found = []

    def visit(text, cm, tm, font, size):
        if MARKING in text:
            found.append(cm[5] + tm[5] if cm[5] == 0 else cm[5])

    page.extract_text(visitor_text=visit)
    return found


def flat(text: str) -> str:
    """Text with its line breaks (table cells wrap) folded into single spaces."""
    return " ".join(text.split())


def page_of(printed, needle: str) -> int:
    """The first page (1-based) whose text contains `needle` (line breaks ignored)."""
    for number, text in enumerate(printed.pages, 1):
        if needle in flat(text):
            return number
    raise AssertionError(f"{needle!r} is on no page")


def pages_between(printed, first: str, after: str) -> str:
    """The flattened text from the page holding `first` up to the one holding `after`."""
    start = page_of(printed, first)
    end = page_of(printed, after)
    return flat("\n".join(printed.pages[start - 1:max(end - 1, start)]))


def heading(agenda_title: str) -> str:
    """'Threat review: OCG 05/00100 Brook Street crew' -> 'OCG 05/00100 · Brook Street crew'."""
    words = agenda_title.removeprefix("Threat review: ").split()
    return f"{words[0]} {words[1]} · {' '.join(words[2:])}"


def outline_titles(reader) -> list[tuple[int, str, int]]:
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def test_every_page_carries_the_marking_at_top_and_bottom(chair_pack):
    height = float(chair_pack.reader.pages[0].mediabox.height)
    for number, page in enumerate(chair_pack.reader.pages, 1):
        heights = marking_heights(page)
        assert any(h > height - 40 for h in heights), f"no marking at the top of page {number}"
        assert any(h < 40 for h in heights), f"no marking at the foot of page {number}"


def test_every_page_is_numbered_n_of_m(chair_pack):
    total = len(chair_pack.pages)
    assert total > 20
    for number, text in enumerate(chair_pack.pages, 1):
        assert f"Page {number} of {total}" in text


def test_the_outline_bookmarks_each_part_and_each_threat(chair_pack):
    outline = outline_titles(chair_pack.reader)
    top = [title for depth, title, _ in outline if depth == 0]
    assert top == ["Cover and document control", "Agenda", "Minutes of the last meeting",
                   "Action tracker", "Threat summary", "Threat reviews", "Agency tasking sheets",
                   "Strategic action plan", "Period statistics"]
    shown_as = {"Cover and document control": "Document control", "Threat reviews": " · ",
                "Agency tasking sheets": "Tasking sheet: "}
    parent = None
    for depth, title, page in outline:
        if depth == 0:
            parent = title
        expected = shown_as.get(title, title)
        if depth == 1 and parent == "Agency tasking sheets":
            expected = f"Tasking sheet: {title}"
        assert expected in chair_pack.pages[page - 1], f"bookmark {title!r} is not on page {page}"
    assert outline[0][2] == 1 and outline[1][2] == 2
    threats = [title for depth, title, _ in outline if depth == 1 and " · " in title]
    assert f"{SECRET_REF} · Harbour Lane network" in threats


def test_the_cover_has_document_control_handling_and_distribution(chair_pack):
    cover = chair_pack.pages[0]
    for words in ("Document control", "Pack version", "Protective marking", MARKING,
                  "Handling instructions", "Distribution list", "Thursday 3 Dec 2026",
                  "Chair's pack"):
        assert words in cover


def agenda_lines(printed) -> list[tuple[str, str]]:
    """(title, page printed) for each agenda row, read in layout order."""
    page = printed.reader.pages[page_of(printed, "Agenda") - 1]
    rows = []
    for line in page.extract_text(extraction_mode="layout").splitlines():
        found = re.match(r"\s*\d+\s+\d\d:\d\d–\d\d:\d\d\s+(.+?)\s{2,}.*\s(\d+|—)\s*$", line)
        if found:
            rows.append((found[1], found[2]))
    return rows


def test_the_agenda_gives_each_paper_its_page(chair_pack):
    rows = agenda_lines(chair_pack)
    assert len(rows) >= 10
    reviews = [(title, page) for title, page in rows if title.startswith("Threat review:")]
    assert reviews and all(page.isdigit() for _, page in reviews)
    for title, page in reviews:
        starts = page_of(chair_pack, heading(title))
        assert int(page) == starts, f"{title} printed as page {page}, starts on {starts}"
    tracker = dict(rows)["Action tracker review"]
    assert int(tracker) == page_of(chair_pack, "Open actions on the threats")
    assert dict(rows)["Any other business"] == "—"


def test_the_tracker_lists_overdue_actions_first_with_rag_in_words(chair_pack):
    text = pages_between(chair_pack, "Open actions on the threats", "The threats on this agenda")
    words = re.findall(r"Overdue by \d+ days?|On track|Due in \d+ days|Due today|No due date",
                       text)
    assert words and words[0].startswith("Overdue")
    last_overdue = max(i for i, w in enumerate(words) if w.startswith("Overdue"))
    assert all(not w.startswith("Overdue") for w in words[last_overdue + 1:])
    assert any(not w.startswith("Overdue") for w in words)


def test_rag_swatches_are_printed_in_colour(chair_pack):
    page = chair_pack.reader.pages[page_of(chair_pack, "Open actions on the threats") - 1]
    stream = page.get_contents().get_data().decode("latin-1")
    red = colors.HexColor(rag.COLOURS["red"])
    assert f"{fp_str(red.red, red.green, red.blue)} rg" in stream


def test_the_threat_summary_lists_every_threat_on_the_agenda(chair_pack):
    start = page_of(chair_pack, "The threats on this agenda")
    summary = flat("\n".join(chair_pack.pages[start - 1:start + 1]))  # it may run over
    reviews = [t for t, _ in agenda_lines(chair_pack) if t.startswith("Threat review:")]
    for title in reviews:
        assert " ".join(title.split()[2:4]) in summary
    for column in ("Open", "Overdue", "Pursue", "Protect", "Prepare", "Prevent", "Balance"):
        assert column in summary


def test_each_threat_section_has_its_profile_members_plan_trail_and_disruptions(chair_pack):
    start = page_of(chair_pack, f"{SECRET_REF} · Harbour Lane network")
    section = flat("\n".join(chair_pack.pages[start - 1:start + 3]))
    for words in ("OCGM band", "Management model", "LRO", "Members", "4P disruption plan",
                  "Pursue: 1 action", "Protect: 1 action", "Prepare: no actions",
                  "No Prepare actions in the plan.", "Progress since the last meeting",
                  "Disruptions since the last meeting", "Search warrant at"):
        assert words in section, words
    for column in ("Specific", "Measurable", "Achievable", "Relevant", "Timebound", "Owner"):
        assert column in section
    assert "Consider DVPN powers" in section and LA_ONLY_ACTION in section


def test_tasking_sheets_give_each_agency_its_open_actions(chair_pack):
    sheets = [t for t in chair_pack.pages if "Tasking sheet: " in t]
    agencies = {re.search(r"Tasking sheet: (.+)", t)[1] for t in sheets}
    assert {"Police", "Local Authority"} <= agencies
    police = flat("\n".join(t for t in sheets if "Tasking sheet: Police" in t))
    assert f"{SECRET_REF} · 1" in police and "Update for the board" in police


def test_period_statistics_come_with_charts(chair_pack):
    start = page_of(chair_pack, "Period statistics From")
    text = flat("\n".join(chair_pack.pages[start - 1:]))
    for words in ("Threats disrupted", "Threats dismantled", "Threats frustrated",
                  "Disruptions by level", "Actions by strand and status",
                  "Disruptions by agency", "Coverage: open actions by agency and strand",
                  "major", "moderate", "minor"):
        assert words in text, words
    assert re.search(r"\d+ of \d+ plans with open actions are Pursue only", text)


def test_unicode_names_print_and_copy_out_intact(chair_pack):
    for name in (*UNICODE_MEMBERS, "Łukasz", "Ștefan", "Đorđević", "Ó Súilleabháin"):
        assert name in flat(chair_pack.text)


def test_the_font_is_embedded(chair_pack):
    fonts = set()
    for page in chair_pack.reader.pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            fonts.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)


def test_the_chairs_pack_holds_everything(chair_pack):
    assert SECRET_MEMBER in chair_pack.text and SECRET_ALIAS in chair_pack.text
    assert SECRET_SUMMARY in flat(chair_pack.text)
    assert f"Visited {SECRET_MEMBER}" in flat(chair_pack.text)


def test_the_chair_sees_what_partners_will_not(chair_pack):
    text = flat(chair_pack.text)
    assert f"{SECRET_MEMBER} Not for dissemination" in text
    assert "Not for dissemination: the summary below is not shared with partners." in text
    for name in UNICODE_MEMBERS:
        assert f"{name} Not for dissemination" not in text


def test_a_table_running_over_pages_repeats_its_header(chair_pack):
    start = page_of(chair_pack, "Open actions on the threats")
    end = page_of(chair_pack, "The threats on this agenda")
    assert end - start >= 2, "the tracker should run over more than one page here"
    for text in chair_pack.pages[start - 1:end - 1]:
        assert "Threat · no." in text and "Action" in text and "RAG" in text


def test_the_pdfs_creation_date_is_the_boards_clock(chair_pack, period_report):
    for printed in (chair_pack, period_report):
        made = printed.reader.metadata.creation_date
        assert made.date() == TODAY, "reportlab would have asked the system clock"
        assert printed.reader.metadata.modification_date == made


def test_the_pdf_names_its_language_title_and_marking_for_readers_and_viewers(chair_pack,
                                                                              period_report):
    for printed in (chair_pack, period_report):
        root = printed.reader.trailer["/Root"]
        assert root["/Lang"] == "en-GB"  # screen readers speak it as English
        assert root["/ViewerPreferences"]["/DisplayDocTitle"] == BooleanObject(True)
        xmp = printed.reader.xmp_metadata
        assert xmp is not None, "no XMP metadata stream"
        title = printed.reader.metadata.title
        assert title and xmp.dc_title == {"x-default": title}
        assert xmp.dc_rights == {"x-default": MARKING}
        assert MARKING in root["/Metadata"].get_data().decode("utf-8")
        assert xmp.xmp_create_date.date() == TODAY


def test_the_agenda_s_page_numbers_link_to_their_pages(chair_pack):
    reader = chair_pack.reader
    agenda_page = reader.pages[page_of(chair_pack, "Agenda") - 1]
    page_numbers = {page.indirect_reference: n for n, page in enumerate(reader.pages, 1)}
    linked = []
    for annotation in agenda_page.get("/Annots", []):
        link = annotation.get_object()
        if link["/Subtype"] == "/Link":
            linked.append(page_numbers[link["/Dest"][0]])  # [page, /XYZ, left, top, zoom]
    printed = sorted(int(page) for _title, page in agenda_lines(chair_pack) if page.isdigit())
    assert len(printed) >= 5 and sorted(linked) == printed
