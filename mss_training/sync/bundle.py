"""The sync bundle file: a ZIP of JSON parts, a manifest of their hashes, and a signature.

A bundle travels by USB stick or e-mail, so it is read as hostile until proven otherwise:
only the entries MSS Training writes are read, each within the size its signed manifest
declares, and each part's SHA-256 is checked as it is read. The reader never extracts to
disk, so no entry name can point outside the archive.
"""

import datetime as dt
import hashlib
import io
import itertools
import json
import os
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from mss_training import __version__
from mss_training.dates import parse_stamp_time, stamp_time
from mss_training.domain import SiteRole
from mss_training.errors import BundleError
from mss_training.messages import _
from mss_training.signing import SIGNATURE_BYTES, is_signed_by, sign
from mss_training.sync.identity import SiteIdentity

FORMAT = "mss-training-sync"
FORMAT_VERSION = 1
SUFFIX = ".mssync"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PARTS = (
    "sites.jsonl",
    "reference.json",
    "curriculum.json",
    "officers.jsonl",
    "sessions.jsonl",
    "results.jsonl",
    "exemptions.jsonl",
    "certificates.jsonl",
    "holds.jsonl",
    "trail.jsonl",  # the sender's audit entries its recipient has not witnessed (witness.py)
    "conflicts.jsonl",
)
_MAX_MANIFEST = 1024 * 1024
# Two million results take about 700 MB as JSON lines; nothing real comes near these.
_MAX_PART = 8 * 1024**3
# The longest record (a line of a part) read: an officer, a session or an audit entry is
# a few kilobytes, so this leaves room and keeps a hostile line from filling the memory.
MAX_RECORD_BYTES = 4 * 1024**2
_MAX_RATIO = 200
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class PartInfo:
    sha256: str
    size: int
    records: int


@dataclass(frozen=True)
class Manifest:
    bundle_uid: uuid.UUID
    created_at: dt.datetime
    sender: SiteIdentity
    recipient: uuid.UUID | None
    since: dt.datetime | None
    acknowledges: Mapping[uuid.UUID, dt.datetime]
    parts: Mapping[str, PartInfo]
    program_version: str
    # The sender's signed trail head, and its co-signatures of others' heads (witness.py
    # reads and checks them; here they are only carried).
    trail: Mapping[str, Any] | None = None
    witnessed: tuple[Mapping[str, Any], ...] = ()
    # For each peer, the newest of its bundles imported by the sender (exact confirmation).
    acknowledges_bundles: Mapping[uuid.UUID, uuid.UUID] = field(default_factory=dict)

    def records(self, part: str) -> int:
        info = self.parts.get(part)
        return info.records if info else 0


class _HashingWriter(io.RawIOBase):
    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.digest.update(chunk)
        self.size += len(chunk)
        self.target.write(chunk)
        return len(chunk)


class BundleWriter:
    """Writes a bundle to a temporary file that takes its name only once complete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            handle, temp = tempfile.mkstemp(prefix=".bundle-", suffix=".part", dir=path.parent)
        except OSError as error:
            raise BundleError(
                _("Cannot write in {parent}: {strerror}.").format(
                    parent=path.parent, strerror=error.strerror or error
                )
            ) from None
        os.close(handle)
        self._temp = Path(temp)
        self._zip = zipfile.ZipFile(self._temp, "w", zipfile.ZIP_DEFLATED, compresslevel=4)
        self.parts: dict[str, PartInfo] = {}

    def write_part(self, name: str, records: Iterable[Mapping[str, Any]]) -> int:
        assert name in PARTS and name.endswith(".jsonl")
        count = 0
        with self._zip.open(name, "w", force_zip64=True) as entry:
            hashing = _HashingWriter(entry)
            buffer = io.BufferedWriter(hashing, _CHUNK)
            for record in records:
                buffer.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode())
                buffer.write(b"\n")
                count += 1
            buffer.flush()
        self.parts[name] = PartInfo(hashing.digest.hexdigest(), hashing.size, count)
        return count

    def write_document(self, name: str, document: Mapping[str, Any], records: int) -> None:
        assert name in PARTS and name.endswith(".json")
        data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
        self._zip.writestr(name, data)
        self.parts[name] = PartInfo(hashlib.sha256(data).hexdigest(), len(data), records)

    def finish(
        self,
        *,
        bundle_uid: uuid.UUID,
        created_at: dt.datetime,
        sender: SiteIdentity,
        private_key: bytes,
        recipient: uuid.UUID | None,
        since: dt.datetime | None,
        acknowledges: Mapping[uuid.UUID, dt.datetime],
        trail: Mapping[str, Any] | None = None,
        witnessed: tuple[Mapping[str, Any], ...] = (),
        acknowledges_bundles: Mapping[uuid.UUID, uuid.UUID] | None = None,
    ) -> Manifest:
        manifest = Manifest(
            bundle_uid,
            created_at,
            sender,
            recipient,
            since,
            acknowledges,
            self.parts,
            __version__,
            trail,
            witnessed,
            dict(acknowledges_bundles or {}),
        )
        data = json.dumps(_manifest_json(manifest), indent=1, ensure_ascii=False).encode()
        self._zip.writestr(MANIFEST, data)
        self._zip.writestr(SIGNATURE, sign(private_key, data).hex())
        self._zip.close()
        try:
            self._temp.replace(self.path)
        except OSError as error:
            self._temp.unlink(missing_ok=True)
            raise BundleError(
                _("Cannot write {path}: {strerror}.").format(
                    path=self.path, strerror=error.strerror or error
                )
            ) from None
        return manifest

    def abandon(self) -> None:
        self._zip.close()
        self._temp.unlink(missing_ok=True)


def _manifest_json(manifest: Manifest) -> dict[str, Any]:
    sender = manifest.sender
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": manifest.program_version,
        "bundle_uid": str(manifest.bundle_uid),
        "created_at": stamp_time(manifest.created_at),
        "sender": {
            "uid": str(sender.uid),
            "name": sender.name,
            "role": sender.role.value,
            "public_key": sender.public_key.hex(),
        },
        "recipient": str(manifest.recipient) if manifest.recipient else None,
        "since": stamp_time(manifest.since) if manifest.since else None,
        "acknowledges": {str(uid): stamp_time(at) for uid, at in manifest.acknowledges.items()},
        "acknowledges_bundles": {
            str(site): str(bundle) for site, bundle in manifest.acknowledges_bundles.items()
        },
        "parts": {
            name: {"sha256": info.sha256, "bytes": info.size, "records": info.records}
            for name, info in manifest.parts.items()
        },
        "trail": dict(manifest.trail) if manifest.trail is not None else None,
        "witnessed": [dict(cosignature) for cosignature in manifest.witnessed],
    }


def _parse_manifest(data: Any, where: str) -> Manifest:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError(_("{where} is not an MSS Training sync bundle.").format(where=where))
    version = data.get("format_version")
    if not isinstance(version, int):
        raise BundleError(_("{where} has a damaged manifest.").format(where=where))
    if version > FORMAT_VERSION:
        raise BundleError(
            _(
                "{where} was written by a newer MSS Training (bundle format {version}); "
                "update this installation to import it."
            ).format(where=where, version=version)
        )
    try:
        sender = data["sender"]
        parts = {
            str(name): PartInfo(str(info["sha256"]), int(info["bytes"]), int(info["records"]))
            for name, info in data["parts"].items()
        }
        manifest = Manifest(
            bundle_uid=uuid.UUID(data["bundle_uid"]),
            created_at=parse_stamp_time(data["created_at"]),
            sender=SiteIdentity(
                uuid.UUID(sender["uid"]),
                str(sender["name"])[:200],
                SiteRole(sender["role"]),
                bytes.fromhex(sender["public_key"]),
            ),
            recipient=uuid.UUID(data["recipient"]) if data.get("recipient") else None,
            since=parse_stamp_time(data["since"]) if data.get("since") else None,
            acknowledges={
                uuid.UUID(uid): parse_stamp_time(at)
                for uid, at in (data.get("acknowledges") or {}).items()
            },
            parts=parts,
            program_version=str(data.get("program_version", "")),
            trail=dict(data["trail"]) if data.get("trail") is not None else None,
            witnessed=tuple(dict(item) for item in data.get("witnessed") or ()),
            acknowledges_bundles={
                uuid.UUID(site): uuid.UUID(bundle)
                for site, bundle in (data.get("acknowledges_bundles") or {}).items()
            },
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleError(_("{where} has a damaged manifest.").format(where=where)) from None
    unknown = set(manifest.parts) - set(PARTS)
    if unknown:
        raise BundleError(
            _("{where} lists a part this program does not know: {unknown}.").format(
                where=where, unknown=sorted(unknown)[0]
            )
        )
    for name, info in manifest.parts.items():
        if not 0 <= info.size <= _MAX_PART or info.records < 0:
            raise BundleError(
                _("{where} declares an impossible size for {name}.").format(where=where, name=name)
            )
    return manifest


class BundleReader:
    """An open bundle whose manifest has been read (but whose sender is not yet trusted)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = path.name
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise BundleError(_("There is no file {path}.").format(path=path)) from None
        except IsADirectoryError:
            raise BundleError(
                _("{path} is a folder, not a sync bundle.").format(path=path)
            ) from None
        except OSError as error:
            raise BundleError(
                _("Cannot read {path}: {strerror}.").format(
                    path=path, strerror=error.strerror or error
                )
            ) from None
        except (zipfile.BadZipFile, ValueError, EOFError):
            raise BundleError(
                _("{where} is not a sync bundle, or it is damaged or cut short.").format(
                    where=self.where
                )
            ) from None
        try:
            self._check_entries()
            raw = self._read_small(MANIFEST)
            self._signature = bytes.fromhex(self._read_small(SIGNATURE).decode("ascii").strip())
            self._raw_manifest = raw
            try:
                data = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                raise BundleError(
                    _("{where} has a damaged manifest.").format(where=self.where)
                ) from None
            self.manifest = _parse_manifest(data, self.where)
            self._check_sizes()
        except (ValueError, UnicodeDecodeError):
            self._zip.close()
            raise BundleError(
                _("{where} has a damaged signature.").format(where=self.where)
            ) from None
        except BaseException:
            self._zip.close()
            raise

    def _check_entries(self) -> None:
        names = [info.filename for info in self._zip.infolist()]
        allowed = {MANIFEST, SIGNATURE, *PARTS}
        for name in names:
            if name not in allowed:
                raise BundleError(
                    _(
                        "{where} holds an entry MSS Training never writes ({name!r}); it was "
                        "altered or is not a sync bundle."
                    ).format(where=self.where, name=name[:80])
                )
        if len(names) != len(set(names)):
            raise BundleError(
                _("{where} holds the same entry twice; it was altered.").format(where=self.where)
            )
        self._check_overlaps()
        for required in (MANIFEST, SIGNATURE):
            if required not in names:
                raise BundleError(
                    _("{where} has no {required}; it is not a complete bundle.").format(
                        where=self.where, required=required
                    )
                )

    def _too_large(self, name: str) -> BundleError:
        return BundleError(
            _(
                "{where} is too large: {name} would unpack to far more than real data (a "
                "zip bomb); it was refused unread."
            ).format(where=self.where, name=name)
        )

    def _check_overlaps(self) -> None:
        # Entries sharing their compressed data are how the worst zip bombs multiply.
        entries = sorted(self._zip.infolist(), key=lambda info: info.header_offset)
        for before, after in itertools.pairwise(entries):
            if after.header_offset < before.header_offset + 30 + before.compress_size:
                raise self._too_large(after.filename[:80])

    def _unpacks_beyond(self, info: zipfile.ZipInfo) -> bool:
        """Whether an entry's data unpacks to more than its size says (a lying bomb)."""
        if info.compress_type != zipfile.ZIP_DEFLATED:
            return False
        source = self._zip.fp
        if source is None:
            return False
        try:
            source.seek(info.header_offset)
            header = source.read(30)
            skip = int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
            source.seek(skip, os.SEEK_CUR)
            inflate = zlib.decompressobj(-15)
            left, produced = info.compress_size, 0
            while left > 0 and produced <= info.file_size:
                raw = source.read(min(_CHUNK, left))
                if not raw:
                    return False
                left -= len(raw)
                produced += len(inflate.decompress(raw, info.file_size + 1 - produced))
            return produced > info.file_size
        except (OSError, zlib.error, ValueError):
            return False

    def _damaged(self, name: str, detail: str = "") -> BundleError:
        info = self._zip.getinfo(name)
        if self._unpacks_beyond(info):
            return self._too_large(name)
        return BundleError(
            _("{where} is damaged or cut short{detail}.").format(where=self.where, detail=detail)
        )

    def _read_small(self, name: str) -> bytes:
        info = self._zip.getinfo(name)
        if info.file_size > _MAX_MANIFEST:
            raise BundleError(
                _("{where} has an absurdly large {name}; it was altered.").format(
                    where=self.where, name=name
                )
            )
        try:
            with self._zip.open(info) as entry:
                data = entry.read(_MAX_MANIFEST + 1)
        except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile, zlib.error):
            raise self._damaged(name) from None
        if len(data) > _MAX_MANIFEST:
            raise BundleError(
                _("{where} has an absurdly large {name}; it was altered.").format(
                    where=self.where, name=name
                )
            )
        return data

    def _check_sizes(self) -> None:
        present = set(self._zip.namelist())
        for name, info in self.manifest.parts.items():
            if name not in present:
                raise BundleError(
                    _("{where} is missing its part {name}; it is incomplete.").format(
                        where=self.where, name=name
                    )
                )
            entry = self._zip.getinfo(name)
            if entry.file_size != info.size:
                raise BundleError(
                    _("{where}: {name} is not the size its manifest says.").format(
                        where=self.where, name=name
                    )
                )
            if entry.file_size > _MAX_RATIO * max(entry.compress_size, 1) + 1024:
                raise self._too_large(name)
        for name in present - set(self.manifest.parts) - {MANIFEST, SIGNATURE}:
            raise BundleError(
                _("{where} holds {name}, which its manifest does not list.").format(
                    where=self.where, name=name
                )
            )

    def verify_signature(self, public_key: bytes) -> None:
        if len(self._signature) != SIGNATURE_BYTES or not is_signed_by(
            public_key, self._raw_manifest, self._signature
        ):
            raise BundleError(
                _(
                    "{where} does not carry a valid signature of {name}; it was altered or forged."
                ).format(where=self.where, name=self.manifest.sender.name)
            )

    def _stream(self, name: str) -> Iterator[bytes]:
        info = self.manifest.parts[name]
        digest = hashlib.sha256()
        size = 0
        try:
            with self._zip.open(name) as entry:
                while chunk := entry.read(_CHUNK):
                    size += len(chunk)
                    if size > info.size:
                        break
                    digest.update(chunk)
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            raise self._damaged(name, f" ({name})") from None
        if size != info.size or digest.hexdigest() != info.sha256:
            raise BundleError(
                _("{where}: {name} was changed after it was signed.").format(
                    where=self.where, name=name
                )
            )

    def document(self, name: str) -> Any:
        if name not in self.manifest.parts:
            return None
        data = b"".join(self._stream(name))
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise BundleError(
                _("{where}: {name} is not readable data.").format(where=self.where, name=name)
            ) from None

    def records(self, name: str) -> Iterator[dict[str, Any]]:
        """The records of a part, one by one; the hash is checked when the last is read."""
        for line in self.lines(name):
            yield self.record(name, line)

    def lines(self, name: str) -> Iterator[bytes]:
        """The lines of a part, unparsed; the hash is checked when the last is read."""
        if name not in self.manifest.parts:
            return
        pending = b""
        for chunk in self._stream(name):
            pending += chunk
            lines = pending.split(b"\n")
            pending = lines.pop()
            if len(pending) > MAX_RECORD_BYTES or any(len(x) > MAX_RECORD_BYTES for x in lines):
                # Held in memory whole until its end: a bundle must not make it gigabytes.
                raise BundleError(
                    _(
                        "{where}: {name} holds a record longer than MSS Training ever writes "
                        "(over {megabytes} MB); it was altered."
                    ).format(where=self.where, name=name, megabytes=MAX_RECORD_BYTES // 1024**2)
                )
            yield from lines
        if pending.strip():
            yield pending

    def record(self, name: str, line: bytes) -> dict[str, Any]:
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise BundleError(
                _("{where}: {name} holds a line that is not data.").format(
                    where=self.where, name=name
                )
            ) from None
        if not isinstance(record, dict):
            raise BundleError(
                _("{where}: {name} holds a line that is not a record.").format(
                    where=self.where, name=name
                )
            )
        return record

    def batches(self, name: str, size: int) -> Iterator[list[dict[str, Any]]]:
        """The records of a part, ``size`` at a time; the hash is checked after the last."""
        lines: list[bytes] = []
        for line in self.lines(name):
            lines.append(line)
            if len(lines) == size:
                yield self.batch(name, lines)
                lines = []
        if lines:
            yield self.batch(name, lines)

    def batch(self, name: str, lines: list[bytes]) -> list[dict[str, Any]]:
        """Many lines' records, parsed in one go; a bad line is named as ``record`` names it."""
        try:
            records = json.loads(b"[" + b",".join(lines) + b"]")
        except (UnicodeDecodeError, ValueError, RecursionError):
            records = None
        if not isinstance(records, list) or len(records) != len(lines):
            # One line holds several values or a broken one: find it and say which.
            return [self.record(name, line) for line in lines]
        for record in records:
            if not isinstance(record, dict):
                raise BundleError(
                    _("{where}: {name} holds a line that is not a record.").format(
                        where=self.where, name=name
                    )
                )
        return records

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "BundleReader":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
