"""Files the program writes whole: a document, a snapshot, a pack."""

from pathlib import Path

from mss_training.errors import InputError
from mss_training.messages import _


def write_file(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: into a temporary name beside it, then into place."""
    if not path.parent.is_dir():
        raise InputError(_("The folder {parent} does not exist.").format(parent=path.parent))
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InputError(
            _("{path} cannot be written ({strerror}).").format(path=path, strerror=error.strerror)
        ) from None
