"""How deep a TOML text nests its values, found before the TOML parser reads it.

Python's tomllib reads a nested array or inline table by calling itself, so 50,000 nested
brackets end in RecursionError; and it takes minutes over a key of 50,000 dotted parts
(``a.a.a…``), which makes tables nested as deep. This scan looks only at brackets, braces
and dots outside strings and comments, in linear time.
"""

import re

# Whatever can open a string, a comment or a level of nesting, or end one.
_TOKEN = re.compile(r"\"\"\"|'''|[\"'#\[\]{}.=,\n]")
# The rest of a string, from just after its opening quote(s) to just after its closing ones;
# possessive (*+), so that a long string is passed over once, with nothing kept to backtrack.
_BASIC_REST = re.compile(r'(?:[^"\\\n]|\\.)*+"?')
_LITERAL_REST = re.compile(r"[^'\n]*+'?")
_MULTILINE_BASIC_REST = re.compile(r'(?:[^"\\]|\\.|"(?!""))*+(?:"""(?:""|")?)?', re.DOTALL)
_MULTILINE_LITERAL_REST = re.compile(r"(?:[^']|'(?!''))*+(?:'''(?:''|')?)?", re.DOTALL)
_STRING_REST = {
    '"': _BASIC_REST,
    "'": _LITERAL_REST,
    '"""': _MULTILINE_BASIC_REST,
    "'''": _MULTILINE_LITERAL_REST,
}


def line_nested_too_deep(text: str, limit: int) -> int | None:
    """The number of the first line where values nest more than ``limit`` deep, or None.

    Nesting counts open brackets and braces, and the dots of the key being read: a dot
    joins key parts (``a.b.c``) and each part is a table inside the last. A float or a
    time holds one dot at most, and is never mistaken for a deep key.
    """
    depth = 0  # open [ and {
    dots = 0  # dots since the last token that cannot be inside one key
    position = 0
    while match := _TOKEN.search(text, position):
        token = match.group()
        position = match.end()
        if token in _STRING_REST:
            # A quoted key part keeps the dots count; anything inside is not nesting.
            rest = _STRING_REST[token].match(text, position)
            position = rest.end() if rest else len(text)
            continue
        if token == "#":
            end = text.find("\n", position)
            position = len(text) if end < 0 else end
            continue
        if token == ".":
            dots += 1
        else:
            dots = 0
            if token in "[{":
                depth += 1
            elif token in "]}":
                depth = max(depth - 1, 0)
        if depth > limit or dots >= limit:
            return text.count("\n", 0, match.start()) + 1
    return None
