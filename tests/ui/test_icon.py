"""The app has an icon at every size desktops ask for, and in the files installers want."""

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from mss_training.ui.icons import ICON_SIZES, app_icon, icon_image, write_icon_files


def test_the_icon_has_an_image_for_each_usual_size(qtbot: QtBot) -> None:
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert not icon.pixmap(QSize(32, 32)).isNull()


def test_the_icon_is_drawn_not_blank(qtbot: QtBot) -> None:
    image = icon_image(64)
    corner, middle = image.pixelColor(1, 1), image.pixelColor(32, 20)
    assert corner.alpha() == 0  # rounded corners show the desktop through
    assert middle.alpha() == 255 and middle != QColor("#1F3A5F")  # the shield, not the tile


def test_installer_icon_files_are_real_images(qtbot: QtBot, tmp_path: Path) -> None:
    for path in write_icon_files(tmp_path):
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() >= 32, path.name
