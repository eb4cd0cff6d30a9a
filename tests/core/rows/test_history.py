from ocgboard.core.rows import history as history_rows


def test_history_rows_name_records_and_ids_in_words(disrupted):
    store, tid, _ = disrupted
    with store.reader() as s:
        entries = history_rows.history_rows(s, tid)
    newest = entries[0]
    assert newest.author == "DS Ó Súilleabháin"
    assert newest.record == "disruption of 2026-11-01"
    lro = next(e for e in entries if e.field == "LRO")
    assert lro.now == "DI Đorđe Đorđević"  # ids read as names
    linked = next(e for e in entries if e.field == "action" and e.record.startswith("disr"))
    assert linked.now.startswith("action ")
    assert any(e.record.startswith("update of action ") for e in entries)
