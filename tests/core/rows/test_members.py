
from ocgboard.core import members
from ocgboard.core.rows import common
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows import register as rows
from tests.conftest import TODAY


def test_members_add_edit_remove_and_restore(register_board):
    with register_board.reader() as s:
        tid = rows.threat_id(s, "OCG 05/00283")
    with register_board.session("Chair") as s:
        mid = member_rows.add_member(s, tid, "Milan Đorđević", aliases="Mile, Đoka",
                                     standing="principal subject", today=TODAY)
        member_rows.edit_member(s, mid, roles="courier", today=TODAY)
    with register_board.reader() as s:
        (member,) = member_rows.member_rows(s, tid)
        assert member_rows.member_threat(s, mid) == (tid, "OCG 05/00283")
    assert member.aliases == ("Mile", "Đoka") and member.roles == "courier"
    assert member.fields()["standing"] == "Principal Subject"
    with register_board.session("Chair") as s:
        member_rows.remove_member(s, mid)
    with register_board.reader() as s:
        assert member_rows.member_rows(s, tid) == []
    with register_board.session("Chair") as s:
        common.set_deleted(s, "member", mid, False)
    with register_board.reader() as s:
        assert [m.name for m in members.listing(s)] == ["Milan Đorđević"]
