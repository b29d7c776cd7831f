"""Names that documents get wrong: joined right-to-left script, stacked diacritics, letters
beyond Latin-1, particles and hyphens, and lengths past any column.

Each entry is (family name, given names), as an officer's record holds them.
"""

HARD_NAMES: dict[str, tuple[str, str]] = {
    "Arabic": ("عبد الرحمن", "محمد أمين"),
    "Vietnamese": ("Nguyễn", "Thị Phượng Hoàng"),
    "Kikuyu": ("Wa Thiong'o", "Ngũgĩ Wanjirũ"),
    "Spanish compound": ("Núñez de la Santísima Trinidad y Álvarez de Toledo", "María José"),
    "70 characters": (
        "Wolfeschlegelsteinhausen-Bergerdorff-Wanjiru",
        "Hubert Blaine Maximilian Ũ",
    ),
    "120 characters": (
        "Wolfeschlegelsteinhausen-Bergerdorff-Wanjiru-Otieno de la Santísima Trinidad",
        "Hubert Blaine Maximilian Ũrsula Jean-Baptist",
    ),
}
