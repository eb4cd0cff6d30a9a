import datetime as dt
import uuid

from ocgboard.core.rows import exchange as exchange_rows
from ocgboard.store.models import Contact, ExchangeLog
from tests.helpers import make_action, make_threat


def test_a_record_is_named_in_the_boards_words(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat)
        ids = threat.id.hex, action.id.hex
    with store.reader() as s:
        threat_label = exchange_rows.record_label(s, "threat", ids[0])
        action_label = exchange_rows.record_label(s, "action", ids[1])
        missing = exchange_rows.record_label(s, "member", uuid.uuid4().hex)
        foreign = exchange_rows.record_label(s, "no_such_table", "zz")
    assert threat_label == "Threat OCG 05/00283 (Hartley Road network)"
    assert action_label.startswith("Action OCG 05/00283 · 1: ")
    assert len(action_label) < 120
    assert missing.endswith("(not held on this laptop)") and missing.startswith("Member ")
    assert foreign.startswith("No such table zz")


def test_field_labels():
    assert exchange_rows.field_label("next_review_on") == "Next review on"
    assert exchange_rows.field_label("owner_agency_id") == "Owner agency"


def test_exchange_log_newest_first_with_contact_names(store, clock):
    with store.session("Chair") as s:
        contact = Contact(name="Deputy", role="board", device_uuid="d" * 32,
                          age_recipient="age1x", signing_key="k", key_id="0" * 16,
                          fingerprint="AAAA-BBBB-CCCC-DDDD", removed=False, sent_upto=0,
                          added_at=clock.stamp())
        s.add(contact)
        s.flush()
        s.add(ExchangeLog(direction="import", export_id="b", contact_id=None,
                          scope="agency extract for DWP from Chair", file_name="",
                          records=3, at=clock.stamp() + dt.timedelta(minutes=5)))
        s.add(ExchangeLog(direction="export", export_id="a", contact_id=contact.id,
                          scope="full replica", file_name="one.ocgx", records=10,
                          at=clock.stamp()))
    with store.reader() as s:
        rows = exchange_rows.exchange_log(s)
    assert [(r.direction, r.contact, r.records) for r in rows] == [
        ("import", None, 3), ("export", "Deputy", 10)]
