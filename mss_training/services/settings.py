"""Installation settings kept in the database itself, so the CLI and the app share them.

They live in the ``settings`` table (one JSON value per dotted key) rather than in a file
in the user's folder, so that an administrator's choice holds for everyone who uses this
database on this machine, and every change is in the audit trail.
"""

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mss_training.dates import utc_now
from mss_training.errors import InputError
from mss_training.messages import _
from mss_training.models import Setting
from mss_training.services.audit import record_change
from mss_training.services.permissions import Actor, Permission, require

MOST_COPIES = 366


@dataclass(frozen=True)
class BackupSettings:
    """Automatic backups: where they go (None: ``backups`` beside the database), how many
    daily and weekly copies to keep, and whether the app takes them at all."""

    folder: str | None = None
    keep_daily: int = 7
    keep_weekly: int = 4
    automatic: bool = True


_PREFIX = "backup."


def load_backup_settings(session: Session) -> BackupSettings:
    stored = {
        key.removeprefix(_PREFIX): value
        for key, value in session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(_PREFIX))
        ).all()
    }
    known = {name: stored[name] for name in asdict(BackupSettings()) if name in stored}
    return BackupSettings(**known)


def _check(settings: BackupSettings) -> None:
    for name, count in (("daily", settings.keep_daily), ("weekly", settings.keep_weekly)):
        if not 0 <= count <= MOST_COPIES:
            raise InputError(
                _("Keep between 0 and {most} {name} copies, not {count}.").format(
                    most=MOST_COPIES, name=name, count=count
                )
            )
    if settings.automatic and settings.keep_daily == 0:
        raise InputError(_("Keep at least one daily copy, or turn automatic backups off."))
    if settings.folder is not None and not settings.folder.strip():
        raise InputError(_("Choose a backup folder, or leave it empty for the default."))


def save_backup_settings(session: Session, settings: BackupSettings, actor: Actor) -> bool:
    """Store the settings that changed; return whether any did. Audited."""
    require(actor, Permission.SETTINGS)
    _check(settings)
    old = load_backup_settings(session)
    changed: dict[str, tuple[Any, Any]] = {
        name: (getattr(old, name), value)
        for name, value in asdict(settings).items()
        if getattr(old, name) != value
    }
    for name, (_old, value) in changed.items():
        row = session.get(Setting, _PREFIX + name)
        if row is None:
            row = Setting(key=_PREFIX + name)
            session.add(row)
        row.value, row.updated_at, row.updated_by = value, utc_now(), actor.username
    if changed:
        record_change(
            session,
            actor=actor.username,
            action="update",
            entity="settings",
            summary=f"Changed backup settings: {', '.join(changed)}",
            before={name: old_value for name, (old_value, _) in changed.items()},
            after={name: new_value for name, (_, new_value) in changed.items()},
        )
    return bool(changed)
