"""Copying this installation's signing key to another computer (a second HQ workstation).

The key travels as a small JSON file holding the installation's uid, its public key and
the private key as PEM encrypted with a passphrase; exporting and importing it are an
administrator's acts, each audited.
"""

import json
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from mss_training.errors import InputError
from mss_training.keystore import (
    decode_key,
    encode_key,
    installation_private_key,
    own_identity_of,
    save_key,
)
from mss_training.messages import _
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require

FORMAT = "mss-training signing key"


def export_signing_key(session: Session, actor: Actor, target: Path, passphrase: str) -> Path:
    """Write this installation's key to ``target`` (a new file), encrypted with ``passphrase``."""
    require(actor, Permission.COPY_KEY)
    if not passphrase:
        raise InputError(_("An exported key needs a passphrase; nothing was written."))
    if target.exists():
        raise InputError(
            _("{target} already exists; choose a new file name.").format(target=target)
        )
    key = installation_private_key(session)
    own = own_identity_of(session)
    assert own is not None and own.public_key is not None  # the key above proves it
    document = {
        "format": FORMAT,
        "installation": str(own.uid),
        "public_key": own.public_key.hex(),
        "key": encode_key(key, passphrase).decode("ascii"),
    }
    try:
        target.write_text(json.dumps(document, indent=2), encoding="utf-8")
    except OSError as error:
        raise InputError(
            _("Cannot write {target}: {strerror}.").format(
                target=target, strerror=error.strerror or error
            )
        ) from error
    record_change(
        session, actor=actor.username, action="export", entity="signing key",
        summary=f"Exported this installation's signing key to {target.name}",
    )  # fmt: skip
    return target


def import_signing_key(session: Session, actor: Actor, source: Path, passphrase: str) -> Path:
    """Keep the key in ``source`` on this computer, if it is this database's own."""
    require(actor, Permission.COPY_KEY)
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
        uid = uuid.UUID(document["installation"])
        public = bytes.fromhex(document["public_key"])
        pem = str(document["key"]).encode("ascii")
        if document.get("format") != FORMAT:
            raise ValueError
    except FileNotFoundError:
        raise InputError(_("There is no file {source}.").format(source=source)) from None
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(
            _("{source} is not an exported MSS Training signing key.").format(source=source)
        ) from None
    own = own_identity_of(session)
    if own is None or own.uid != uid or own.public_key != public:
        raise InputError(
            _(
                "{source} is the key of installation {uid}, not of this database; nothing changed."
            ).format(source=source, uid=uid)
        )
    key = decode_key(pem, str(source), passphrase)
    path = save_key(uid, key)
    record_change(
        session, actor=actor.username, action="import", entity="signing key",
        summary=f"Imported this installation's signing key from {source.name} on this computer",
    )  # fmt: skip
    return path
