"""The exchange bundle (`.council`): a meeting with everything it names, for another office's copy.

A ZIP file (see docs/bundle-format.md): `manifest.json` (format version, exporting
organisation, creation time, SHA-256 and size of every other entry), `meeting.json` (the
records, by table, following `SCHEMA`) and the files: presentations' files and the signed
protocols' PDFs and stored data.  Files are streamed in and out in chunks, never read whole.

Reading is suspicious: `open_bundle` refuses, before anything is read into the database,
entries that would leave the bundle, links, duplicate names, more entries or more bytes than
sane, packing ratios of a zip bomb, entries missing from or absent in the manifest, a newer
format version and JSON that does not follow the schema; `Bundle.open` checks each file's
size and SHA-256 as it streams.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, LargeBinary, String, Text, Time

from ..domain import models, rules
from ..domain.entities import MeetingEntity, NamedEntity, PersonEntity
from ..domain.errors import CouncilError, RuleViolation
from ..store import streams

FORMAT = "council-bundle"
FORMAT_VERSION = 1  # of the container and of meeting.json's schema; a reader refuses a newer one
# what was added to version 1 since, each addition a minor version: a reader reads every minor version
# up to its own (what an older one lacks is empty) and refuses a newer one
FORMAT_MINOR = 1
MANIFEST = "manifest.json"
MEETING = "meeting.json"
CHUNK = 1 << 20

# what a bundle may hold; past these it is refused as a zip bomb or not a bundle at all
MAX_ENTRIES = 10_000
MAX_ENTRY_BYTES = 2 << 30  # one file
MAX_TOTAL_BYTES = 8 << 30  # all files unpacked
MAX_JSON_BYTES = 64 << 20  # manifest.json, meeting.json, a signed protocol's data
MAX_RATIO = 200  # unpacked / packed, for entries over RATIO_FLOOR
RATIO_FLOOR = 1 << 20

# meeting.json: the tables in the order they are imported (what a row refers to comes first),
# with the columns each row carries.  A reference holds the UUID of the row it names.
SCHEMA: dict[str, tuple[type, tuple[str, ...]]] = {
    "organization": (models.Organization, (
        "uuid", "name_kk", "name_ru", "name_en", "short_name", "short_name_kk", "short_name_en", "kind",
        "created_at", "updated_at")),
    "person": (models.Person, (
        "uuid", "surname", "given_name", "patronymic", "surname_kk", "given_name_kk", "patronymic_kk",
        "surname_en", "given_name_en", "patronymic_en", "degree", "degree_kk", "degree_en", "title", "title_kk",
        "title_en", "position", "position_kk", "position_en", "organization_id", "email", "phone",
        "created_at", "updated_at")),
    "council_body": (models.CouncilBody, (
        "uuid", "name_kk", "name_ru", "name_en", "short_name", "short_name_kk", "short_name_en", "organization_id",
        "quorum_rule", "quorum_fixed", "majority_rule", "created_at", "updated_at")),
    "membership": (models.Membership, (
        "uuid", "person_id", "body_id", "role", "start_date", "end_date", "basis", "created_at", "updated_at")),
    "project": (models.Project, (
        "uuid", "title_kk", "title_ru", "title_en", "organization_id", "lead_id", "field", "summary", "status",
        "created_at", "updated_at")),
    "meeting": (models.Meeting, (
        "uuid", "date", "start_time", "end_time", "place_kk", "place_ru", "place_en", "city_kk", "city_ru",
        "city_en", "format", "kind", "status", "chair_id", "secretary_id", "restriction", "protocol_version",
        "amendment_reason", "created_at", "updated_at")),
    "meeting_body": (models.MeetingBody, (
        "uuid", "meeting_id", "body_id", "position", "year", "number", "signing_chair_id", "signing_secretary_id",
        "created_at", "updated_at")),
    "attendance": (models.Attendance, (
        "uuid", "meeting_id", "person_id", "status", "is_guest", "substitute_for_id", "note",
        "created_at", "updated_at")),
    "presence_event": (models.PresenceEvent, (
        "uuid", "meeting_id", "person_id", "arrived", "at", "created_at", "updated_at")),
    "agenda_item": (models.AgendaItem, (
        "uuid", "meeting_id", "position", "title_kk", "title_ru", "title_en", "planned_minutes", "notes",
        "heard_kk", "heard_ru", "heard_en", "started_at", "ended_at", "created_at", "updated_at")),
    "agenda_rapporteur": (models.AgendaRapporteur, (
        "uuid", "item_id", "person_id", "role", "position", "created_at", "updated_at")),
    "speaker_request": (models.SpeakerRequest, (
        "uuid", "item_id", "person_id", "position", "created_at", "updated_at")),
    "presentation": (models.Presentation, (
        "uuid", "item_id", "project_id", "presenter_id", "organization_id", "position", "created_at",
        "updated_at")),
    "presentation_file": (models.PresentationFile, (
        "uuid", "presentation_id", "file_name", "media_type", "size", "sha256", "content", "created_at",
        "updated_at")),
    "speech": (models.Speech, (
        "uuid", "item_id", "person_id", "position", "gist_kk", "gist_ru", "gist_en", "started_at",
        "duration_seconds", "created_at", "updated_at")),
    "resolution": (models.Resolution, (
        "uuid", "item_id", "position", "text_kk", "text_ru", "text_en", "unanimous", "votes_for",
        "votes_against", "votes_abstained", "adopted_override", "override_reason", "voted_at", "roll_call",
        "created_at", "updated_at")),
    "vote_participant": (models.VoteParticipant, (
        "uuid", "resolution_id", "person_id", "choice", "created_at", "updated_at")),
    "resolution_body_vote": (models.ResolutionBodyVote, (
        "uuid", "resolution_id", "body_id", "votes_for", "votes_against", "votes_abstained", "created_at",
        "updated_at")),
    "assignment": (models.Assignment, (
        "uuid", "resolution_id", "position", "task_kk", "task_ru", "task_en", "responsible_person_id",
        "responsible_org_id", "deadline", "status", "done_on", "checked_meeting_id", "report",
        "created_at", "updated_at")),
    "protocol_issue": (models.ProtocolIssue, (
        "uuid", "meeting_id", "revision", "language", "issued_at", "issued_by", "sha256", "content_sha256",
        "pdf", "reason", "content", "letterhead", "restriction", "created_at", "updated_at")),
}
# the columns added by a minor version (1.1: who signs for each body of a joint meeting), by table;
# a row of an older bundle has none of them, read as null
ADDED: dict[str, dict[str, int]] = {"meeting_body": {"signing_chair_id": 1, "signing_secretary_id": 1}}
# columns a row never carries: the local key and edit counter, what is derived from other columns, and
# the digest of a signed meeting's records as this copy stores them (made again on import)
LOCAL_COLUMNS = ("id", "version", "search_key", "minutes_sha256")
# references that may name a record outside the bundle (a later meeting that checked an assignment)
LOOSE_REFERENCES = {("assignment", "checked_meeting_id")}
# bookkeeping: not compared when telling whether a record changed
TIMESTAMPS = ("created_at", "updated_at")

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DRIVE = re.compile(r"^[A-Za-z]:")
# a ZIP entry's local header: signature, version, flags, method, time, date, CRC, sizes, name and extra lengths
_LOCAL_HEADER = struct.Struct("<4s2sH18xHH")
_ENTRY = re.compile(r"^(files|protocols)/[0-9a-f-]{36}(\.pdf|\.json)?$")


def refused(code: str, path, **params) -> CouncilError:
    return CouncilError(code, path=str(path), **params)


# --- the columns' kinds, from the models ---------------------------------------------------------
@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # str | int | bool | date | time | datetime | enum | ref | file
    nullable: bool
    length: int | None = None
    values: tuple[str, ...] = ()
    table: str | None = None  # what a ref names
    enum: type | None = None  # what an enum's value is as the model holds it


def columns(table: str) -> list[Column]:
    model, names = SCHEMA[table]
    out = []
    for name in names:
        c = model.__table__.c.get(name)
        if c is None:  # a presentation file's content: kept in a table of its own (store/attachments.py)
            out.append(Column(name, "file", False))
            continue
        fks = list(c.foreign_keys)
        t = c.type
        if fks:
            out.append(Column(name, "ref", True, table=fks[0].column.table.name))
        elif isinstance(t, LargeBinary) or (table == "protocol_issue" and name == "content"):
            out.append(Column(name, "file", c.nullable or False))
        elif isinstance(t, Enum):
            out.append(Column(name, "enum", bool(c.nullable), values=tuple(t.enums), enum=t.enum_class))
        elif isinstance(t, Boolean):
            out.append(Column(name, "bool", bool(c.nullable)))
        elif isinstance(t, Integer):
            out.append(Column(name, "int", bool(c.nullable)))
        elif isinstance(t, DateTime):
            out.append(Column(name, "datetime", bool(c.nullable)))
        elif isinstance(t, Date):
            out.append(Column(name, "date", bool(c.nullable)))
        elif isinstance(t, Time):
            out.append(Column(name, "time", bool(c.nullable)))
        elif isinstance(t, (String, Text)):
            out.append(Column(name, "str", name != "uuid" and bool(c.nullable),
                              length=getattr(t, "length", None)))
        else:  # pragma: no cover - a new column type needs a kind here
            raise TypeError(f"{table}.{name}: {t!r}")
    return out


COLUMNS: dict[str, list[Column]] = {table: columns(table) for table in SCHEMA}


def plain(value) -> Any:
    """A column's value as JSON holds it."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (int, str, bool)):
        return value.value
    return value


def typed(col: Column, value) -> Any:
    """A value from meeting.json as the model's column takes it (after `validate`)."""
    if value is None:
        return None
    if col.kind == "enum":
        return col.enum(value)
    if col.kind == "date":
        return dt.date.fromisoformat(value)
    if col.kind == "time":
        return dt.time.fromisoformat(value)
    if col.kind == "datetime":
        return dt.datetime.fromisoformat(value)
    return value


# --- validation of meeting.json ------------------------------------------------------------------
_NOT_A = {"date": "not a date", "time": "not a time", "datetime": "not a date and time"}


def _check_value(col: Column, value) -> str | None:
    """Why a value does not fit its column (words domain.errors.NAMES has in each language); None when
    it does."""
    if value is None:
        return None if col.nullable or col.kind in ("ref", "file") else "empty"
    k = col.kind
    if k in ("str", "enum"):
        if not isinstance(value, str):
            return "not a text"
        if k == "enum" and value not in col.values:
            return "not one of the format's values"
        if col.length is not None and len(value) > col.length:
            return "longer than the format allows"
        if "\x00" in value:
            return "a NUL character"
        if col.name == "uuid" and not _UUID.match(value):
            return "not a UUID"
        if col.name == "email" and value and not rules.is_email(value):  # a line break would end a mail header
            return "not an e-mail address"
        return None
    if k == "int":
        ok = isinstance(value, int) and not isinstance(value, bool) and -(2**31) <= value < 2**31
        return None if ok else "not a whole number"
    if k == "bool":
        return None if isinstance(value, bool) else "not true or false"
    if k in ("date", "time", "datetime"):
        try:
            typed(col, value if isinstance(value, str) else None)
        except ValueError:
            return _NOT_A[k]
        return None if isinstance(value, str) else _NOT_A[k]
    if k == "ref":
        return None if isinstance(value, str) and _UUID.match(value) else "not a UUID"
    if k == "file":
        return None if isinstance(value, str) and _ENTRY.match(value) else "not a file of this bundle"
    raise AssertionError(f"no check for a column of kind {k}")  # pragma: no cover


def validate(doc: Any, path) -> dict[str, list[dict]]:
    """meeting.json's tables after checking every row against the schema; refused otherwise."""
    def bad(where: str, problem: str) -> CouncilError:
        return refused("bundle_schema", path, entry=MEETING, where=where, problem=problem)

    if not isinstance(doc, dict):
        raise bad("/", "not an object")
    if doc.get("format_version") != FORMAT_VERSION:
        raise bad("format_version", repr(doc.get("format_version")))
    minor = doc.get("format_minor", 0)
    if not _is_int(minor) or not 0 <= minor <= FORMAT_MINOR:
        raise bad("format_minor", repr(minor))
    tables = doc.get("tables")
    if not isinstance(tables, dict) or set(tables) != set(SCHEMA):
        raise bad("tables", "not the format's tables")
    if not isinstance(doc.get("meeting"), str) or not _UUID.match(doc["meeting"]):
        raise bad("meeting", "not a UUID")
    office = doc.get("office")
    if not isinstance(office, dict) or any(not isinstance(office.get(k), str)
                                           for k in ("letterhead_kk", "letterhead_ru", "letterhead_en",
                                                     "logo_png_base64")):
        raise bad("office", "not the letterhead texts")
    seen: dict[str, str] = {}
    for table, rows in tables.items():
        added = ADDED.get(table, {})
        cols = [c for c in COLUMNS[table] if added.get(c.name, 0) <= minor]
        names = {c.name for c in cols}
        if not isinstance(rows, list):
            raise bad(table, "not a list")
        for n, row in enumerate(rows):
            where = f"{table}[{n}]"
            if not isinstance(row, dict):
                raise bad(where, "not an object")
            if set(row) != names:
                extra, missing = sorted(set(row) - names), sorted(names - set(row))
                raise bad(f"{where}.{extra[0]}", "a field the format does not have") if extra \
                    else bad(f"{where}.{missing[0]}", "missing")
            for col in cols:
                problem = _check_value(col, row[col.name])
                if problem:
                    raise bad(f"{where}.{col.name}", problem)
            if row["uuid"] in seen:
                raise bad(f"{where}.uuid", "the UUID of another record")
            seen[row["uuid"]] = table
            for name in added:  # what an older minor version did not carry
                row.setdefault(name, None)
    for table, rows in tables.items():  # every reference names a row of the right table in the bundle
        for n, row in enumerate(rows):
            for col in COLUMNS[table]:
                value = row[col.name]
                if col.kind == "ref" and value is not None and seen.get(value) != col.table \
                        and (table, col.name) not in LOOSE_REFERENCES:
                    raise bad(f"{table}[{n}].{col.name}", "names no record of the bundle")
    meetings = [r["uuid"] for r in tables["meeting"]]
    if doc["meeting"] not in meetings:
        raise bad("meeting", "names no meeting of the bundle")
    for meeting in bundle_meetings(tables):  # who signs for each body: as this copy's services hold it
        try:
            rules.check_signatories(meeting)
        except RuleViolation as exc:
            raise refused(f"bundle_{exc.code}", path, number=meeting.number_label, date=meeting.date.isoformat(),
                          **{k: v for k, v in exc.params.items() if k != "ident"}) from None
    return tables


class _Record:
    """A bundle's row as the domain's rules read a record: its columns as attributes, typed, its UUID as its id."""

    def __init__(self, table: str, row: dict, **links):
        self.__dict__.update({c.name: typed(c, row[c.name]) if c.kind != "ref" else row[c.name]
                              for c in COLUMNS[table]}, id=row["uuid"], **links)


class _Person(_Record, PersonEntity):
    pass


class _Body(_Record, NamedEntity):
    pass


class _Meeting(_Record, MeetingEntity):
    pass


def bundle_person(row: dict) -> PersonEntity:
    """A person's row of the bundle (after `validate`) as a message names them: `full_name(lang)`."""
    return _Person("person", row)


def bundle_meetings(tables: dict[str, list[dict]]) -> list[_Meeting]:
    """The bundle's meetings (after `validate`) as `domain.rules` reads one, as store.snapshot gives it: its
    chair and secretary, its bodies in order with who is chosen to sign for each, each body's terms."""
    # a row whose reference is null is left out here: the database refuses it when it is written
    people = {r["uuid"]: _Person("person", r) for r in tables["person"]}
    bodies = {r["uuid"]: _Body("council_body", r, memberships=[]) for r in tables["council_body"]}
    for r in tables["membership"]:
        if r["body_id"] in bodies and r["person_id"] in people:
            bodies[r["body_id"]].memberships.append(_Record("membership", r, person=people[r["person_id"]]))
    meetings = {r["uuid"]: _Meeting("meeting", r, bodies=[], chair=people.get(r["chair_id"]),
                                    secretary=people.get(r["secretary_id"])) for r in tables["meeting"]}
    # in order of position, then as exported (by id)
    for r in sorted(tables["meeting_body"], key=lambda r: (r["position"] is None, r["position"] or 0)):
        if r["meeting_id"] in meetings and r["body_id"] in bodies:
            meetings[r["meeting_id"]].bodies.append(_Record(
                "meeting_body", r, body=bodies[r["body_id"]], signing_chair=people.get(r["signing_chair_id"]),
                signing_secretary=people.get(r["signing_secretary_id"])))
    return [m for m in meetings.values() if m.date is not None]


# --- writing ---------------------------------------------------------------------------------------
Opener = Callable[[], Iterator[bytes]]  # yields a file's content in chunks


@dataclass
class BundleContent:
    meeting: dict  # meeting.json
    files: dict[str, Opener] = field(default_factory=dict)  # entry name -> its chunks
    # entry name -> the SHA-256 its record states, checked when the file came into the copy (a
    # presentation's file): the manifest says it without hashing the file again, and a file damaged
    # since then is refused where it arrives, its bytes no longer being what the record says
    stated: dict[str, str] = field(default_factory=dict)


def write_bundle(out: BinaryIO, content: BundleContent, organisation: dict[str, str],
                 created_at: dt.datetime) -> dict:
    """Write the bundle to an open binary file; returns the manifest.  Files are stored (they are
    mostly compressed already), the JSON deflated; each is hashed as it streams through, but for a
    file whose SHA-256 its record states (`content.stated`): the manifest states that one."""
    listed: list[dict] = []
    stamp = created_at.timetuple()[:6]
    with zipfile.ZipFile(out, "w", allowZip64=True) as z:
        # compact: the C encoder (an indent would take the pure-Python one, several times slower)
        data = json.dumps(content.meeting, ensure_ascii=False, sort_keys=True).encode("utf-8")
        listed.append(_put(z, MEETING, [data], stamp, zipfile.ZIP_DEFLATED))
        for name in sorted(content.files):
            compress = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
            listed.append(_put(z, name, content.files[name](), stamp, compress, content.stated.get(name)))
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "format_minor": FORMAT_MINOR,
                    "organisation": organisation,
                    "created_at": created_at.isoformat(timespec="seconds"), "files": listed}
        _put(z, MANIFEST, [json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")], stamp,
             zipfile.ZIP_DEFLATED)
    return manifest


def _put(z: zipfile.ZipFile, name: str, chunks: Iterable[bytes], stamp, compress, stated: str | None = None) -> dict:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = compress
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    digest, size = (None if stated else hashlib.sha256()), 0
    with z.open(info, "w", force_zip64=True) as f:
        for chunk in chunks:
            if digest is not None:
                digest.update(chunk)
            size += len(chunk)
            f.write(chunk)
    return {"path": name, "sha256": stated or digest.hexdigest(), "size": size}


# --- reading ---------------------------------------------------------------------------------------
@dataclass
class Bundle:
    path: Path
    zip: zipfile.ZipFile
    manifest: dict
    tables: dict[str, list[dict]]
    office: dict[str, str]
    meeting_uuid: str
    listed: dict[str, dict]  # entry name -> {"sha256", "size"}
    digest: str = ""  # SHA-256 of manifest.json, which names every file by its hash: the bundle's identity

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def chunks(self, name: str) -> Iterator[bytes]:
        """An entry's content in chunks; refused (when the last chunk is asked for) if its size or
        SHA-256 is not the manifest's, so a caller inside a transaction rolls back.  A stored (not
        deflated) entry is read straight from its place in the file: the SHA-256 checked here is a
        stronger check than the ZIP's CRC-32, which zipfile would compute over the same bytes again.
        An entry of more than one chunk is read and hashed in a thread of its own, a chunk or two ahead
        of the caller (who is writing the one before into the database meanwhile)."""
        expect = self.listed.get(name)
        if expect is None:
            raise refused("bundle_unlisted", self.path, entry=name)
        checked = self._checked(name, expect)
        return streams.ahead(checked) if expect["size"] > CHUNK else checked

    def _checked(self, name: str, expect: dict) -> Iterator[bytes]:
        digest, size = hashlib.sha256(), 0
        try:
            info = self.zip.getinfo(name)
            source = self._stored(info) if info.compress_type == zipfile.ZIP_STORED else self._inflated(name)
            for chunk in source:
                size += len(chunk)
                if size > expect["size"]:
                    raise refused("bundle_mismatch", self.path, entry=name, what="size")
                digest.update(chunk)
                yield chunk
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError, struct.error):
            raise refused("bundle_mismatch", self.path, entry=name, what="CRC") from None
        if size != expect["size"]:
            raise refused("bundle_mismatch", self.path, entry=name, what="size")
        if digest.hexdigest() != expect["sha256"]:
            raise refused("bundle_mismatch", self.path, entry=name, what="SHA-256")

    def _inflated(self, name: str) -> Iterator[bytes]:
        with self.zip.open(name) as f:
            while chunk := f.read(CHUNK):
                yield chunk

    def _stored(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """A stored entry's bytes, from behind its local header (whose name must be the entry's)."""
        with open(self.path, "rb") as f:
            f.seek(info.header_offset)
            header = f.read(_LOCAL_HEADER.size)
            signature, _version, flags, name_length, extra_length = _LOCAL_HEADER.unpack(header)
            if signature != b"PK\x03\x04" or flags & 0x1 or f.read(name_length) != info.orig_filename.encode(
                    "utf-8" if info.flag_bits & 0x800 else "cp437"):
                raise zipfile.BadZipFile(info.filename)
            f.seek(extra_length, 1)
            left = info.compress_size
            while left:
                chunk = f.read(min(CHUNK, left))
                if not chunk:
                    raise EOFError(info.filename)
                left -= len(chunk)
                yield chunk

    def read(self, name: str, limit: int = MAX_JSON_BYTES) -> bytes:
        """A small entry whole (JSON, a signed PDF), checked."""
        if self.listed.get(name, {}).get("size", 0) > limit:
            raise refused("bundle_too_large", self.path, entry=name, limit=limit)
        return b"".join(self.chunks(name))

    def verify_files(self) -> None:
        """Stream every listed file once: sizes and hashes as the manifest says, or refused."""
        for name in self.listed:
            for _ in self.chunks(name):
                pass


def is_bundle(path: str | Path) -> bool:
    """Whether a file is a meeting bundle whatever its name (a mail server may have renamed a .council to
    .zip): a ZIP whose directory lists a bundle's manifest and meeting.  Only the directory is read."""
    if Path(path).suffix.lower() == ".council":
        return True
    try:
        with zipfile.ZipFile(path) as z:
            return lists_a_bundle(z.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False


def lists_a_bundle(names: Iterable[str]) -> bool:
    """Whether a ZIP's directory is a bundle's: its manifest and its meeting."""
    return {MANIFEST, MEETING} <= set(names)


def open_bundle(path: str | Path) -> Bundle:
    path = Path(path)
    try:
        z = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise CouncilError("file_unreadable", path=str(path), reason="No such file or directory") from None
    except IsADirectoryError:
        raise CouncilError("file_unreadable", path=str(path), reason="Is a directory") from None
    except PermissionError:
        raise CouncilError("file_unreadable", path=str(path), reason="Permission denied") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError):
        raise refused("bundle_not_zip", path) from None
    try:
        return _read(path, z)
    except BaseException:
        z.close()
        raise


def _read(path: Path, z: zipfile.ZipFile) -> Bundle:
    infos = z.infolist()
    if len(infos) > MAX_ENTRIES:
        raise refused("bundle_too_large", path, entry=f"{len(infos)} entries", limit=MAX_ENTRIES)
    names: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if ("\\" in name or name.startswith("/") or _DRIVE.match(name) or ".." in parts or "" in parts
                or "." in parts or any(ord(ch) < 32 for ch in name) or info.orig_filename != name):
            raise refused("bundle_unsafe_path", path, entry=name)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)  # 0 when the packer recorded no Unix type (Windows)
        if stat.S_ISLNK(mode) or (kind and kind != stat.S_IFREG) or info.is_dir():
            raise refused("bundle_link", path, entry=name)
        if name in names:
            raise refused("bundle_duplicate", path, entry=name)
        names.add(name)
        total += info.file_size
        if info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            raise refused("bundle_too_large", path, entry=name, limit=MAX_ENTRY_BYTES)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise refused("bundle_too_large", path, entry=name, limit=f"1:{MAX_RATIO}")
    if MANIFEST not in names:
        raise refused("bundle_not_zip", path)
    raw_manifest = _entry(path, z, MANIFEST)
    manifest = _parse(path, MANIFEST, raw_manifest)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise refused("bundle_not_zip", path)
    version, minor = manifest.get("format_version"), manifest.get("format_minor", 0)
    if not _is_int(version) or version < 1:
        raise refused("bundle_schema", path, entry=MANIFEST, where="format_version", problem=repr(version))
    if version > FORMAT_VERSION:
        raise refused("bundle_newer", path, version=version)
    if not _is_int(minor) or minor < 0:
        raise refused("bundle_schema", path, entry=MANIFEST, where="format_minor", problem=repr(minor))
    if version == FORMAT_VERSION and minor > FORMAT_MINOR:
        raise refused("bundle_newer", path, version=f"{version}.{minor}")
    listed = _listed(path, manifest)
    for name in names - {MANIFEST}:
        if name not in listed:
            raise refused("bundle_unlisted", path, entry=name)
    for name, info in listed.items():
        if name not in names:
            raise refused("bundle_missing", path, entry=name)
        if z.getinfo(name).file_size != info["size"]:
            raise refused("bundle_mismatch", path, entry=name, what="size")
    bundle = Bundle(path, z, manifest, {}, {}, "", listed, hashlib.sha256(raw_manifest).hexdigest())
    doc = _parse(path, MEETING, bundle.read(MEETING))
    bundle.tables = validate(doc, path)
    bundle.office = doc["office"]
    bundle.meeting_uuid = doc["meeting"]
    for table, rows in bundle.tables.items():  # every file a row names is in the bundle
        for col in COLUMNS[table]:
            if col.kind == "file":
                for row in rows:
                    if row[col.name] is not None and row[col.name] not in listed:
                        raise refused("bundle_missing", path, entry=row[col.name])
    for row in bundle.tables["presentation_file"]:  # a file's record states the very file it comes with
        entry = listed.get(row["content"]) if row["content"] is not None else None
        if entry is not None:
            for what, key in (("SHA-256", "sha256"), ("size", "size")):
                if row[key] != entry[key]:
                    raise refused("bundle_mismatch", path, entry=row["content"], what=what)
    return bundle


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _listed(path: Path, manifest: dict) -> dict[str, dict]:
    files = manifest.get("files")
    org = manifest.get("organisation")
    if not isinstance(org, dict) or not all(isinstance(v, str) for v in org.values()):
        raise refused("bundle_schema", path, entry=MANIFEST, where="organisation", problem="not texts")
    if not isinstance(manifest.get("created_at"), str):
        raise refused("bundle_schema", path, entry=MANIFEST, where="created_at", problem="not a time")
    if not isinstance(files, list):
        raise refused("bundle_schema", path, entry=MANIFEST, where="files", problem="not a list")
    listed: dict[str, dict] = {}
    for n, f in enumerate(files):
        ok = (isinstance(f, dict) and set(f) == {"path", "sha256", "size"} and isinstance(f["path"], str)
              and (f["path"] == MEETING or _ENTRY.match(f["path"])) and isinstance(f["sha256"], str)
              and SHA256.match(f["sha256"]) and isinstance(f["size"], int) and not isinstance(f["size"], bool)
              and 0 <= f["size"] <= MAX_ENTRY_BYTES)
        if not ok:
            raise refused("bundle_schema", path, entry=MANIFEST, where=f"files[{n}]",
                          problem="not a file's path, SHA-256 and size")
        if f["path"] in listed:
            raise refused("bundle_duplicate", path, entry=f["path"])
        listed[f["path"]] = {"sha256": f["sha256"], "size": f["size"]}
    if MEETING not in listed:
        raise refused("bundle_missing", path, entry=MEETING)
    return listed


def _entry(path: Path, z: zipfile.ZipFile, name: str) -> bytes:
    """A small entry not listed in the manifest (the manifest itself), whole."""
    if z.getinfo(name).file_size > MAX_JSON_BYTES:
        raise refused("bundle_too_large", path, entry=name, limit=MAX_JSON_BYTES)
    try:
        return z.read(name)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise refused("bundle_mismatch", path, entry=name, what="CRC") from None


def _parse(path: Path, name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refused("bundle_schema", path, entry=name, where="/", problem="not JSON in UTF-8") from None
