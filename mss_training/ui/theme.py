"""The window's colours, readable in a light and a dark palette alike.

Nothing else in the window names a colour: a cell is given a *tone* (good, warning, bad,
neutral, highlight) and gets a background and a text colour that keep a contrast of at
least 4.5:1 (WCAG AA) together; a line of text is given an *ink* that keeps 4.5:1 on the
window's own background. Which set applies follows the palette, so a desktop in dark mode
gets dark cells with light text rather than white text on pastel.
"""

import enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(enum.Enum):
    """What a coloured cell says."""

    GOOD = "good"  # current, ready, well covered
    WARNING = "warning"  # expiring, changed, partly covered
    BAD = "bad"  # expired, missing, rejected, poorly covered
    NEUTRAL = "neutral"  # exempt, superseded
    HIGHLIGHT = "highlight"  # required (the curriculum's matrix)


class Ink(enum.Enum):
    """What a coloured line of text says."""

    PROBLEM = "problem"
    GOOD = "good"
    WARNING = "warning"
    MUTED = "muted"
    ACCENT = "accent"


# (background, text) per tone, and text per ink, for a light and for a dark palette.
_LIGHT_TONES = {
    Tone.GOOD: ("#CDEBD3", "#0B2913"),
    Tone.WARNING: ("#FBE3B5", "#3D2800"),
    Tone.BAD: ("#F5C2C0", "#410E0B"),
    Tone.NEUTRAL: ("#E4E4E4", "#1F1F1F"),
    Tone.HIGHLIGHT: ("#DCE6F2", "#0F2540"),
}
_DARK_TONES = {
    Tone.GOOD: ("#1E4D2B", "#E3F6E7"),
    Tone.WARNING: ("#5C4300", "#FFF1D6"),
    Tone.BAD: ("#6B211C", "#FFE4E1"),
    Tone.NEUTRAL: ("#3C3C3C", "#EDEDED"),
    Tone.HIGHLIGHT: ("#26415F", "#E5EEF9"),
}
_LIGHT_INKS = {
    Ink.PROBLEM: "#B3261E",
    Ink.GOOD: "#1B6E2E",
    Ink.WARNING: "#805300",
    Ink.MUTED: "#505050",
    Ink.ACCENT: "#1F3A5F",
}
_DARK_INKS = {
    Ink.PROBLEM: "#FF9C92",
    Ink.GOOD: "#86D99A",
    Ink.WARNING: "#FFC65C",
    Ink.MUTED: "#BDBDBD",
    Ink.ACCENT: "#A8C8F0",
}

# The readiness statuses, and the tone each shows in a cell.
STATUS_TONES = {
    "ready": Tone.GOOD,
    "current": Tone.GOOD,
    "expiring": Tone.WARNING,
    "lapses": Tone.WARNING,
    "not_ready": Tone.BAD,
    "expired": Tone.BAD,
    "missing": Tone.BAD,
    "exempt": Tone.NEUTRAL,
}
STATUS_INKS = {"ready": Ink.GOOD, "expiring": Ink.WARNING, "not_ready": Ink.PROBLEM}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window is drawn light on dark (the desktop's dark mode)."""
    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def cell_colours(tone: Tone, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) for a cell of ``tone``."""
    background, text = (_DARK_TONES if is_dark(palette) else _LIGHT_TONES)[tone]
    return QColor(background), QColor(text)


def ink(name: Ink, palette: QPalette | None = None) -> QColor:
    return QColor((_DARK_INKS if is_dark(palette) else _LIGHT_INKS)[name])


def ink_style(name: Ink, extra: str = "") -> str:
    """A style sheet giving a label ``name``'s colour (and ``extra`` declarations)."""
    return f"color: {ink(name).name()}; {extra}".strip()


def banner_style(name: Ink) -> str:
    """A band across the window, e.g. the warning that the audit trail was tampered with."""
    tone = Tone.BAD if name is Ink.PROBLEM else Tone.WARNING
    background, text = cell_colours(tone)
    return (
        f"background: {background.name()}; color: {text.name()}; padding: 8px; "
        f"border-bottom: 1px solid {ink(name).name()};"
    )


def hint_style() -> str:
    """A quiet box of advice (the demo accounts on the sign-in)."""
    background, text = cell_colours(Tone.HIGHLIGHT)
    return f"color: {text.name()}; background: {background.name()}; padding: 6px;"


def dark_palette() -> QPalette:
    """A dark palette like the desktops' dark modes, for screenshots and tests."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2D2D2D",
        QPalette.ColorRole.WindowText: "#EDEDED",
        QPalette.ColorRole.Base: "#1F1F1F",
        QPalette.ColorRole.AlternateBase: "#2A2A2A",
        QPalette.ColorRole.Text: "#EDEDED",
        QPalette.ColorRole.Button: "#383838",
        QPalette.ColorRole.ButtonText: "#EDEDED",
        QPalette.ColorRole.ToolTipBase: "#383838",
        QPalette.ColorRole.ToolTipText: "#EDEDED",
        QPalette.ColorRole.PlaceholderText: "#9E9E9E",
        QPalette.ColorRole.Highlight: "#3D6FB4",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.BrightText: "#FF9C92",
        QPalette.ColorRole.Light: "#4A4A4A",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7A7A"))
    return palette


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
