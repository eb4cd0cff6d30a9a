"""What the hub does with files: a board joined, the inbox taken, the laptops answered.

A board comes to the hub as a deputy's laptop would take it: its chair adds
the hub's card as a board laptop and sends it a full replica, which the hub
joins into a database of its own. From then on every file in the inbox goes
to the store of the board it names and is imported there, with every check a
laptop makes; a file for a board the hub does not serve, or one refused, goes
to refused/ with its reason beside it. Answering writes, for each board
laptop in each board's address book, what the hub holds that it has not been
sent.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ocgboard import clock, files
from ocgboard.core import board, setup
from ocgboard.errors import BoardError, InputError, StoreError
from ocgboard.hub.folder import Board, Hub, opened, slug
from ocgboard.store.log import Log
from ocgboard.store.raw import of as raw_of
from ocgboard.sync import contacts, export, importer, join, keys

OPERATOR = "ocgboard hub"


@dataclass(frozen=True)
class Taken:
    file: str
    board: str | None  # the board's name, where the file named one the hub serves
    refused: bool
    words: str  # what it changed, or why it was refused


@dataclass(frozen=True)
class Answer:
    board: str
    laptop: str
    path: Path
    records: int


def join_board(hub: Hub, path: Path, url: str, *, name: str,
               me: keys.DeviceKeys | None = None) -> tuple[Board, importer.ImportResult]:
    """Serve the board whose full replica `path` is, in the database at `url`."""
    me = me or keys.load()
    offer = join.read(path, me=me)
    if offer.kind != "full":
        raise InputError("a hub holds a board's full replica, not an agency's extract: ask "
                         "the board's chair for one (export --full --to the hub)")
    if hub.board(offer.board_id) is not None:
        raise InputError(f"the hub serves the board '{offer.board_name}' already: drop its "
                         "files in the inbox")
    served = Board(offer.board_id, offer.board_name, url)
    with opened(served) as store:
        with store.session(OPERATOR) as session:
            if _fresh(session, offer.board_id):
                join.introduce(session, offer, name, OPERATOR)
        result = importer.import_file(store, path, device_keys=me)
    hub.add(served)
    return served, result


def _fresh(session: Session, board_id: str) -> bool:
    """Whether the store is empty (True), or this board's half-joined by a join that
    failed (False); a store of anything else is refused."""
    held = board.get_local(session, "board_id")
    if board.current(session) is None and held in (None, board_id):
        return held is None
    raise InputError("that database holds a board already: give each board a database "
                     "of its own")


def take_inbox(hub: Hub, me: keys.DeviceKeys | None = None) -> list[Taken]:
    """Every file in the inbox imported into its board's store, oldest name first,
    and moved to taken/ or, with its reason, to refused/."""
    me = me or keys.load()
    done = []
    for path in sorted(p for p in hub.tray("inbox").iterdir()
                       if not p.name.startswith(".") and not p.is_dir()):
        served: Board | None = None
        try:
            if path.is_symlink() or not path.is_file():
                raise InputError("not a file but a link or a device: the hub takes only "
                                 "files dropped in its inbox")
            board_id, _name, _kind = join.board_of(path, me=me)
            served = hub.board(board_id)
            if served is None:
                raise BoardError("the file is for a board this hub does not serve: a board "
                                 "joins with its first full replica (ocgboard hub join)")
            words = _imported(served, path, me)
        except (BoardError, InputError, StoreError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            kept = _move(path, hub.tray("refused"))
            files.write_private(kept.with_name(kept.name + ".why"),
                                (reason + "\n").encode("utf-8"), "refusal note")
            done.append(Taken(path.name, served.name if served else None, True, reason))
        else:
            _move(path, hub.tray("taken"))
            done.append(Taken(path.name, served.name, False, words))
    return done


def _imported(served: Board, path: Path, me: keys.DeviceKeys) -> str:
    with opened(served) as store:
        return importer.import_file(store, path, device_keys=me).summary.headline()


def _move(path: Path, tray: Path) -> Path:
    """Into the tray under a name no earlier file there has."""
    stamp = clock.current().now().strftime("%Y%m%d-%H%M%S")
    target = tray / f"{stamp}-{path.name}"
    number = 1
    while target.exists():
        number += 1
        target = tray / f"{stamp}-{number}-{path.name}"
    os.replace(path, target)
    files.sync_folder(tray)
    return target


def answer(hub: Hub, me: keys.DeviceKeys | None = None) -> list[Answer]:
    """For each board laptop of each board served: what the hub holds that the laptop
    was not sent yet, in a file of its own in the board's outbox."""
    me = me or keys.load()
    written = []
    for served in hub.boards():
        with opened(served) as store, store.session(OPERATOR) as session:
            written += _answers(session, hub, served, me)
    return written


def _answers(session: Session, hub: Hub, served: Board, me: keys.DeviceKeys) -> list[Answer]:
    raw = raw_of(session.connection())
    top = Log(raw).size()
    stamp = clock.of(session).now().strftime("%Y%m%d-%H%M%S")
    made = []
    for contact in contacts.listing(session):
        if contact.role != "board" or contact.sent_upto >= top:
            continue
        if not _news_for(raw, contact.sent_upto, contact.device_uuid):
            contact.sent_upto = top  # all it has not been sent is its own work
            continue
        laptop = slug(contact.name) or "laptop"
        target = hub.outbox(served) / f"{laptop}-{contact.fingerprint[:8]}-{stamp}.ocgx"
        result = export.export(session, target, to=[contact.fingerprint], since_last=True,
                               device_keys=me)
        made.append(Answer(served.name, contact.name, result.path, result.records))
    return made


def _news_for(raw, sent_upto: int, device: str) -> bool:
    """Whether the log holds, past what the laptop was sent, a record it did not make
    (the library's seed aside: every laptop makes its own, and it never travels)."""
    return raw.execute("SELECT 1 FROM change c JOIN device d ON d.id = c.device_id "
                       "WHERE c.id > ? AND d.uuid NOT IN (?, ?) LIMIT 1",
                       (sent_upto, device, setup.SEED_DEVICE)).fetchone() is not None
