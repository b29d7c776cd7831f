"""The application's icon, drawn from one SVG so that it is sharp at every size."""

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_svg() -> bytes:
    return (resources.files("mss_training.resources") / "icons" / "mss-training.svg").read_bytes()


def icon_image(size: int) -> QImage:
    """The icon rendered at ``size`` pixels square, on a transparent background."""
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(icon_svg())).render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    """The window's and taskbar's icon, with an image for each usual size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(icon_image(size)))
    return icon


def write_icon_files(folder: Path) -> list[Path]:
    """The icon as the files installers want: PNG (Linux, macOS) and ICO (Windows)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, size in (("mss-training.png", 256), ("mss-training.ico", 256)):
        path = folder / name
        if not icon_image(size).save(str(path)):
            raise OSError(f"Qt could not write {path}")
        written.append(path)
    return written
