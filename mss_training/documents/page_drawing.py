"""What a PDF page draws, read back in a form that two PDFs can be compared by.

A certificate is checked by drawing it again from its signed content and comparing the two
pages mark by mark. Fonts are named and subset differently from one file to the next, so
text is decoded to Unicode and each text object becomes one line with where it starts, its
font, size, colour and render mode; every other operator (paths, colours, images) is kept
with its operands. Nothing here trusts the page: an odd font only decodes oddly, and then
the page differs from the genuine one, which is the right answer.
"""

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from pypdf import PageObject
from pypdf.generic import ContentStream

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
TEXT_SHOWS = {b"Tj", b"TJ", b"'", b'"'}
# Text-state operators: part of each line's description, not marks of their own.
TEXT_STATE = {b"Tf", b"TL", b"Tc", b"Tw", b"Tz", b"Ts", b"Tr", b"Td", b"TD", b"Tm", b"T*"}
FILL_COLOUR = {b"rg", b"g", b"k", b"sc", b"scn", b"cs"}
SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])")
PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class TextLine:
    """One text object's text, as a reader sees it, and how it is drawn."""

    text: str
    x: float
    y: float
    font: str  # the base font's name, without a subset tag
    size: float  # in points on the page, after every scaling
    colour: tuple[Any, ...]  # the fill colour's operator and values
    mode: int  # the text render mode: 3 is invisible
    spacing: tuple[float, ...]  # character, word and horizontal spacing, rise

    def is_hidden(self) -> bool:
        white = self.colour in (("rg", 1.0, 1.0, 1.0), ("g", 1.0), ("k", 0.0, 0.0, 0.0, 0.0))
        return self.mode in (3, 7) or white or self.size < 4


@dataclass(frozen=True)
class Operation:
    """Any other drawing operator, with its operands rounded to a hundredth."""

    operator: str
    operands: tuple[Any, ...]


@dataclass(frozen=True)
class PageDrawing:
    marks: tuple[TextLine | Operation, ...]
    box: tuple[float, ...]  # the visible part of the page (its crop box)
    annotations: int  # links, form fields and notes drawn over the page

    @property
    def lines(self) -> list[TextLine]:
        return [mark for mark in self.marks if isinstance(mark, TextLine)]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    fill: tuple[Any, ...] = ("g", 0.0)
    font: str = ""
    size: float = 0.0
    leading: float = 0.0
    mode: int = 0
    spacing: tuple[float, ...] = (0.0, 0.0, 100.0, 0.0)


@dataclass
class _Reader:
    page: PageObject
    state: _State = field(default_factory=_State)
    stack: list[_State] = field(default_factory=list)
    marks: list[TextLine | Operation] = field(default_factory=list)
    text_matrix: Matrix = IDENTITY
    line_matrix: Matrix = IDENTITY
    open_line: TextLine | None = None
    maps: dict[str, tuple[str, dict[bytes, str], int]] = field(default_factory=dict)

    def read(self) -> None:
        contents = self.page.get_contents()
        if contents is None:
            return
        data = contents.get_data()
        try:
            operations = content_operations(data)
        except ValueError:  # inline images or odd syntax: pypdf's slower, fuller reader
            operations = ContentStream(contents, self.page.pdf).operations
        for operands, operator in operations:
            self.operate(operator, operands)
        self.close_line()

    def operate(self, operator: bytes, operands: list[Any]) -> None:
        state = self.state
        if operator == b"q":
            self.stack.append(replace(state))
        elif operator == b"Q":
            self.close_line()
            self.state = self.stack.pop() if self.stack else _State()
        elif operator == b"cm" and len(operands) == 6:
            state.ctm = _multiply(_matrix(operands), state.ctm)
        elif operator in (b"BT", b"ET"):
            self.close_line()
            self.text_matrix = self.line_matrix = IDENTITY
        elif operator in TEXT_STATE:
            self.text_state(operator, operands)
        elif operator in TEXT_SHOWS:
            self.show(operator, operands)
            return
        if operator in FILL_COLOUR:
            state.fill = (operator.decode(), *(_plain(value) for value in operands))
        if operator not in TEXT_STATE and operator not in (b"BT", b"ET"):
            self.close_line()
            self.marks.append(
                Operation(operator.decode("latin-1"), tuple(_plain(v) for v in operands))
            )

    def text_state(self, operator: bytes, operands: list[Any]) -> None:
        state = self.state
        numbers = [float(v) for v in operands if isinstance(v, (int, float))]
        if operator == b"Tf" and len(operands) == 2:
            state.font, state.size = str(operands[0]), float(operands[1])
        elif operator == b"TL" and numbers:
            state.leading = numbers[0]
        elif operator == b"Tr" and numbers:
            state.mode = int(numbers[0])
        elif operator in (b"Tc", b"Tw", b"Tz", b"Ts") and numbers:
            index = {b"Tc": 0, b"Tw": 1, b"Tz": 2, b"Ts": 3}[operator]
            spacing = list(state.spacing)
            spacing[index] = numbers[0]
            state.spacing = tuple(spacing)
        elif operator in (b"Td", b"TD") and len(numbers) == 2:
            if operator == b"TD":
                state.leading = -numbers[1]
            self.move((1.0, 0.0, 0.0, 1.0, numbers[0], numbers[1]))
        elif operator == b"Tm" and len(numbers) == 6:
            self.text_matrix = self.line_matrix = _matrix(numbers)
            self.close_line()
        elif operator == b"T*":
            self.move((1.0, 0.0, 0.0, 1.0, 0.0, -state.leading))

    def move(self, by: Matrix) -> None:
        self.text_matrix = self.line_matrix = _multiply(by, self.line_matrix)
        self.close_line()

    def show(self, operator: bytes, operands: list[Any]) -> None:
        if operator in (b"'", b'"'):
            if operator == b'"' and len(operands) == 3:
                self.text_state(b"Tw", operands[:1])
                self.text_state(b"Tc", operands[1:2])
            self.text_state(b"T*", [])
            operands = operands[-1:]
        pieces = operands[0] if operator == b"TJ" and operands else operands[:1]
        for piece in pieces if isinstance(pieces, list) else [pieces]:
            if isinstance(piece, (int, float)):
                self.close_line()  # a shift inside a line: what follows is placed apart
                continue
            self.add_text(self.decode(_bytes(piece)))

    def add_text(self, text: str) -> None:
        state = self.state
        font, _, _ = self.font_map(state.font)
        if self.open_line is not None and (
            self.open_line.font,
            self.open_line.size,
            self.open_line.colour,
            self.open_line.mode,
        ) == (font, self.size(), state.fill, state.mode):
            self.open_line = replace(self.open_line, text=self.open_line.text + text)
            return
        self.close_line()
        rise = state.spacing[3]
        x, y = _apply(_multiply(self.text_matrix, state.ctm), 0.0, rise)
        self.open_line = TextLine(
            text, round(x, 2), round(y, 2), font, self.size(), state.fill, state.mode,
            state.spacing,
        )  # fmt: skip

    def size(self) -> float:
        matrix = _multiply(self.text_matrix, self.state.ctm)
        return round(self.state.size * math.hypot(matrix[2], matrix[3]), 2)

    def close_line(self) -> None:
        if self.open_line is not None:
            self.marks.append(self.open_line)
            self.open_line = None

    def decode(self, raw: bytes) -> str:
        _, mapping, width = self.font_map(self.state.font)
        if not mapping:
            return raw.decode("cp1252", errors="replace")
        return "".join(
            mapping.get(raw[start : start + width], "\ufffd") for start in range(0, len(raw), width)
        )

    def font_map(self, name: str) -> tuple[str, dict[bytes, str], int]:
        if name not in self.maps:
            self.maps[name] = _font_map(self.page, name)
        return self.maps[name]


TOKEN = re.compile(
    rb"(?P<space>(?:\s|%[^\r\n]*)+)|(?P<number>[+-]?(?:\d+\.?\d*|\.\d+))"
    rb"|(?P<name>/[^\s/\[\]()<>{}%]*)|(?P<hex><[0-9A-Fa-f\s]*>)|(?P<open><<|\[)"
    rb"|(?P<close>>>|\])|(?P<string>\()|(?P<operator>[A-Za-z'\"*][A-Za-z0-9'\"*]*)"
)
ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def content_operations(data: bytes) -> list[tuple[list[Any], bytes]]:
    """A content stream's operations as (operands, operator), like pypdf's ContentStream
    but many times quicker on the thousands of rectangles of a QR code. ValueError for
    what it does not read (inline images, broken syntax)."""
    operations: list[tuple[list[Any], bytes]] = []
    stack: list[list[Any]] = [[]]
    position = 0
    while position < len(data):
        match = TOKEN.match(data, position)
        if match is None:
            raise ValueError(f"unreadable content at byte {position}")
        kind, token = match.lastgroup, match.group()
        position = match.end()
        if kind == "number":
            stack[-1].append(float(token) if b"." in token else int(token))
        elif kind == "name":
            stack[-1].append(token.decode("latin-1"))
        elif kind == "hex":
            digits = re.sub(rb"\s", b"", token[1:-1])
            stack[-1].append(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode()))
        elif kind == "string":
            text, position = _literal(data, position)
            stack[-1].append(text)
        elif kind == "open":
            stack.append([])
        elif kind == "close":
            if len(stack) < 2:
                raise ValueError("unbalanced brackets")
            items = stack.pop()
            if token == b">>":
                items = [dict(zip(items[::2], items[1::2], strict=False))]
            stack[-1].extend(items if token == b">>" else [items])
        elif kind == "operator":
            if token in (b"BI", b"ID", b"EI") or len(stack) != 1:
                raise ValueError("an inline image")
            operations.append((stack[0], token))
            stack = [[]]
    return operations


def _literal(data: bytes, position: int) -> tuple[bytes, int]:
    """A literal string's bytes, from just after its opening parenthesis."""
    out = bytearray()
    depth = 1
    while position < len(data):
        char = data[position : position + 1]
        position += 1
        if char == b"\\":
            following = data[position : position + 1]
            position += 1
            if following in ESCAPES:
                out += ESCAPES[following]
            elif following.isdigit():
                digits = following
                while len(digits) < 3 and data[position : position + 1].isdigit():
                    digits += data[position : position + 1]
                    position += 1
                out.append(int(digits, 8) & 0xFF)
            elif following == b"\r":
                position += data[position : position + 1] == b"\n"
            elif following != b"\n":
                out += following
            continue
        if char == b"(":
            depth += 1
        elif char == b")":
            depth -= 1
            if depth == 0:
                return bytes(out), position
        out += char
    raise ValueError("an unterminated string")


def _font_map(page: PageObject, name: str) -> tuple[str, dict[bytes, str], int]:
    """A font's base name, its code-to-text map (empty: read as Windows text) and code size."""
    resources: Any = page.get("/Resources")
    try:
        font = resources.get_object()["/Font"].get_object()[name].get_object()
    except (KeyError, TypeError, AttributeError):
        return f"missing font {name}", {}, 1
    base = SUBSET_TAG.sub("", str(font.get("/BaseFont", "")))
    if "/ToUnicode" not in font:
        return base, {}, 1
    data = font["/ToUnicode"].get_object().get_data()
    mapping: dict[bytes, str] = {}
    width = 1
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in PAIR.findall(section):
            width = len(code) // 2
            mapping[bytes.fromhex(code.decode())] = _utf16(text)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, target in RANGE.findall(section):
            width = len(first) // 2
            low, high = int(first, 16), int(last, 16)
            targets = re.findall(rb"<([0-9A-Fa-f]+)>", target)
            for offset, code in enumerate(range(low, min(high, low + 65535) + 1)):
                if target.startswith(b"["):
                    text = _utf16(targets[offset]) if offset < len(targets) else ""
                else:
                    text = chr(int(targets[0], 16) + offset) if targets else ""
                mapping[code.to_bytes(width, "big")] = text
    return base, mapping, width


def _utf16(hex_text: bytes) -> str:
    try:
        return bytes.fromhex(hex_text.decode()).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return "\ufffd"


def _bytes(value: Any) -> bytes:
    original = getattr(value, "original_bytes", None)
    if isinstance(original, bytes):
        return original
    if isinstance(value, bytes):
        return value
    return str(value).encode("latin-1", errors="replace")


def _plain(value: Any) -> Any:
    """An operand as a plain, comparable value."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return round(float(value), 2)
    if isinstance(value, list):
        return tuple(_plain(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((str(key), repr(_plain(item))) for key, item in value.items()))
    if isinstance(value, bytes):
        return _bytes(value)
    return str(value)


def _matrix(values: Sequence[Any]) -> Matrix:
    a, b, c, d, e, f = (float(v) for v in values)
    return (a, b, c, d, e, f)


def _multiply(first: Matrix, second: Matrix) -> Matrix:
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def page_drawing(page: PageObject) -> PageDrawing:
    """What ``page`` draws, in order."""
    reader = _Reader(page)
    reader.read()
    box = tuple(round(float(v), 2) for v in page.cropbox)
    annotations = page.get("/Annots")
    count = len(annotations.get_object()) if annotations is not None else 0
    return PageDrawing(tuple(reader.marks), box, count)
