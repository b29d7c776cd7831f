"""The installation's signing key, kept on this computer and never in the database.

Each installation's Ed25519 private key is a file ``<keys>/<installation-uid>.key`` in
the user's data folder (``$MSS_TRAINING_KEYS`` chooses another folder), readable by that
user only, PEM-encoded and encrypted when ``$MSS_TRAINING_KEY_PASSPHRASE`` (or the
terminal) gives a passphrase. Beside it, ``<installation-uid>.pin`` keeps the
installation's public key: a *pin*, so that a key pair swapped inside the database file
is found. Whoever copies the database alone cannot sign anything in its name.
"""

import contextlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from mss_training.config import data_dir
from mss_training.db.readers import Reader
from mss_training.db.tables import installation, sites
from mss_training.errors import DatabaseAccessError
from mss_training.messages import N_, _

KEYS_ENV = "MSS_TRAINING_KEYS"
PASSPHRASE_ENV = "MSS_TRAINING_KEY_PASSPHRASE"
# How a face (the command line) asks for a passphrase; None: only the environment gives one.
PassphrasePrompt = Callable[[str], str | None]
_prompt: PassphrasePrompt | None = None
# Keys and pins already read in this process, by file: decrypting a key costs a key
# derivation, and every audited change asks for the key. Neither file is ever rewritten.
_loaded: dict[Path, bytes] = {}
_pins: dict[Path, bytes] = {}


def key_folder() -> Path:
    chosen = os.environ.get(KEYS_ENV)
    return Path(chosen).expanduser() if chosen else data_dir() / "keys"


def key_path(uid: uuid.UUID) -> Path:
    return key_folder() / f"{uid}.key"


def pin_path(uid: uuid.UUID) -> Path:
    return key_folder() / f"{uid}.pin"


def set_passphrase_prompt(prompt: PassphrasePrompt | None) -> None:
    """Let a face ask for the key's passphrase when the environment gives none."""
    global _prompt
    _prompt = prompt


# cryptography's Ed25519 and PEM code are imported in the functions that use them: reading
# a database checks its key's pin (plain bytes) and needs neither (docs/benchmarks.md).


def public_key_of(private_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` as a user-only file, all or nothing (a temporary name, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise


def encode_key(private_key: bytes, passphrase: str | None) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    return Ed25519PrivateKey.from_private_bytes(private_key).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def _read_pem(data: bytes, passphrase: str | None) -> object:
    """The key in a PEM file; TypeError when it needs a passphrase none was given for."""
    from cryptography.hazmat.primitives import serialization

    try:
        return serialization.load_pem_private_key(
            data, passphrase.encode("utf-8") if passphrase else None
        )
    except TypeError:
        if passphrase:  # a passphrase was given, but this key is not encrypted
            return serialization.load_pem_private_key(data, None)
        raise


def decode_key(data: bytes, where: str, passphrase: str | None = None) -> bytes:
    """The raw private key in a PEM file, asking for its passphrase if it has one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    given = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
    for _attempt in range(3):
        try:
            key = _read_pem(data, given)
        except TypeError:
            pass  # encrypted: ask
        except ValueError as error:
            if not given or "password" not in str(error).lower():
                raise DatabaseAccessError(
                    _("The signing key {where} is damaged.").format(where=where)
                ) from None
        else:
            if not isinstance(key, Ed25519PrivateKey):
                raise DatabaseAccessError(
                    _("{where} is not an MSS Training signing key.").format(where=where)
                )
            return key.private_bytes_raw()
        asked = _prompt(f"Passphrase of the signing key {where}: ") if _prompt else None
        if not asked:
            break
        given = asked
    raise DatabaseAccessError(
        _(
            "The signing key {where} is protected by a passphrase; give it in "
            "${PASSPHRASE_ENV} or on a terminal."
        ).format(where=where, PASSPHRASE_ENV=PASSPHRASE_ENV)
        if not given
        else _("Wrong passphrase for the signing key {where}.").format(where=where)
    )


def save_key(uid: uuid.UUID, private_key: bytes, passphrase: str | None = None) -> Path:
    """Keep ``private_key`` as installation ``uid``'s key on this computer, and pin its public key.

    An identical key already there is left as it is; a different one is refused, so that
    nothing ever overwrites an installation's key.
    """
    path = key_path(uid)
    public = public_key_of(private_key)
    if path.exists():
        if load_key_file(path) != private_key:
            raise DatabaseAccessError(
                _(
                    "This computer already holds a different signing key for installation "
                    "{uid} ({path}); nothing was changed."
                ).format(uid=uid, path=path)
            )
    else:
        chosen = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
        write_private(path, encode_key(private_key, chosen))
    pin = load_pin(uid)
    if pin is None:
        save_pin(uid, public)
    elif pin != public:
        raise DatabaseAccessError(
            _(
                "The signing key for installation {uid} does not match the public key "
                "this computer pinned for it; nothing was changed."
            ).format(uid=uid)
        )
    _loaded[path] = private_key
    return path


def save_pin(uid: uuid.UUID, public_key: bytes) -> None:
    text = json.dumps({"installation": str(uid), "public_key": public_key.hex()}, indent=2)
    write_private(pin_path(uid), text.encode("ascii"))


def load_pin(uid: uuid.UUID) -> bytes | None:
    """The public key this computer pinned for installation ``uid``, or None."""
    path = pin_path(uid)
    if path in _pins:
        return _pins[path]
    try:
        document = json.loads(path.read_text(encoding="ascii"))
        _pins[path] = bytes.fromhex(document["public_key"])
        return _pins[path]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        raise DatabaseAccessError(
            _("The key pin {pin_path} is damaged.").format(pin_path=pin_path(uid))
        ) from None


def load_key_file(path: Path) -> bytes | None:
    """The private key in ``path``, or None when this computer has no such file."""
    if path in _loaded and path.exists():
        return _loaded[path]
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DatabaseAccessError(
            _("The signing key {path} cannot be read: {strerror}.").format(
                path=path, strerror=error.strerror or error
            )
        ) from None
    key = decode_key(data, str(path))
    _loaded[path] = key
    return key


@dataclass(frozen=True)
class OwnIdentity:
    """This database's own site, as the database says."""

    uid: uuid.UUID
    public_key: bytes | None


def own_identity_of(session: Reader) -> OwnIdentity | None:
    row = session.execute(
        select(sites.c.uid, sites.c.public_key)
        .join(installation, installation.c.site_id == sites.c.id)
        .where(installation.c.id == 1)
    ).one_or_none()
    return None if row is None else OwnIdentity(row.uid, row.public_key)


SWAPPED = N_("the database's key is not the one this computer pinned for it")


def pin_problem(session: Reader) -> str | None:
    """A sentence when the database's own public key differs from the one pinned here."""
    own = own_identity_of(session)
    if own is None:
        return None
    pin = load_pin(own.uid)
    if pin is not None and pin != own.public_key:
        return _(
            "This database's site identity was changed behind the app's back: {reason} ({path})."
        ).format(reason=_(SWAPPED), path=pin_path(own.uid))
    return None


def trusted_public_key(session: Reader) -> bytes:
    """The key that verifies this database's signatures: the pin if there is one, else its own."""
    own = own_identity_of(session)
    if own is None:
        return b""
    return load_pin(own.uid) or own.public_key or b""


def installation_private_key(session: Reader) -> bytes:
    """This installation's signing key, from this computer's key store.

    Reading a database needs no key; only writes that sign do. One sentence says what to
    do when the key is not here, or is not the database's.
    """
    own = own_identity_of(session)
    if own is None:
        raise DatabaseAccessError(
            _("This database has no site identity; open it with MSS Training.")
        )
    path = key_path(own.uid)
    key = load_key_file(path)
    if key is None:
        raise DatabaseAccessError(
            _(
                "This database's signing key is not on this computer ({path}); copy it "
                "from the computer that holds it (`mss-training keys export` there, "
                "`keys import` here) or have HQ re-enrol this site "
                "(docs/audit-and-backups.md)."
            ).format(path=path)
        )
    public = public_key_of(key)
    if public != own.public_key or load_pin(own.uid) not in (None, public):
        raise DatabaseAccessError(
            _("The signing key in {path} does not belong to this database: {reason}.").format(
                path=path, reason=_(SWAPPED)
            )
        )
    return key
