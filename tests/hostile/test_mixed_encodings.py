"""A CSV file mixing UTF-8 and Windows-1252 lines is refused with the odd line, never stored
garbled; a file wholly in one of them imports as written.

Before, the whole file was decoded as Windows-1252 as soon as one line was not UTF-8, and
"Dorélien" on a UTF-8 line was stored as "DorÃ©lien".
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from mss_training.db import Database, open_database
from mss_training.errors import InputError
from mss_training.services.personnel import officer_rows, search_officer_ids
from mss_training.services.roster_import import import_roster
from tests.hostile.fuzzing import database_snapshot, refused_plainly
from tests.mission import ACTOR, Mission

HEADER = "service number,family name,given names,contingent\r\n"


def _line(index: int, family_name: str) -> str:
    return f"K{index:03d},{family_name},Test,KEN\r\n"


@pytest.fixture
def mission(database_url: str) -> Iterator[Database]:
    with open_database(database_url) as database:
        Mission.set_up(database)
        yield database


def _family_names(database: Database) -> set[str]:
    with database.reading() as session:
        return {row.family_name for row in officer_rows(session, search_officer_ids(session))}


def _refused(database: Database, path: Path) -> str:
    before = database_snapshot(database)
    with pytest.raises(InputError) as caught, database.transaction() as session:
        import_roster(session, path, ACTOR)
    refused_plainly(caught.value)
    assert database_snapshot(database) == before
    return str(caught.value)


def test_one_windows_1252_line_in_a_utf8_file_is_named(mission: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    lines = [HEADER.encode()] + [_line(i, f"Dorélien{i}").encode() for i in range(2, 20)]
    lines[13] = _line(14, "Müller").encode("cp1252")  # line 14 of the file
    path.write_bytes(b"".join(lines))
    assert _refused(mission, path) == (
        "mixed.csv: line 14 is not UTF-8 like the rest of the file; save the whole file "
        "in one encoding (CSV UTF-8) and import it again."
    )
    assert not any("Ã" in name for name in _family_names(mission))


def test_a_windows_1252_line_in_a_file_with_a_utf8_bom_is_named(
    mission: Database, tmp_path: Path
) -> None:
    path = tmp_path / "excel-utf8.csv"
    lines = [HEADER.encode(), _line(2, "Dorélien").encode(), _line(3, "Müller").encode("cp1252")]
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(lines))
    assert "excel-utf8.csv: line 3 is not UTF-8 like the rest of the file" in _refused(
        mission, path
    )


def test_one_utf8_line_in_a_windows_1252_file_is_named(mission: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    lines = [HEADER.encode()] + [_line(i, f"Müller{i}").encode("cp1252") for i in range(2, 9)]
    lines[4] = _line(5, "Dorélien").encode()
    path.write_bytes(b"".join(lines))
    assert "line 5 is UTF-8, unlike the rest of the file (Windows-1252)" in _refused(mission, path)


def test_bytes_neither_encoding_can_read_are_refused(mission: Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    # 0x81 means nothing in Windows-1252, and is not UTF-8 here either.
    path.write_bytes(HEADER.encode() + b"K002,Ot\x81eno,Test,KEN\r\n")
    assert "line 2 is neither UTF-8 nor Windows-1252" in _refused(mission, path)


def test_a_file_wholly_in_windows_1252_still_imports(mission: Database, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes((HEADER + _line(2, "Dorélien") + _line(3, "Müller")).encode("cp1252"))
    with mission.transaction() as session:
        import_roster(session, path, ACTOR)
    assert {"Dorélien", "Müller"} <= _family_names(mission)


def test_a_file_wholly_in_utf8_imports(mission: Database, tmp_path: Path) -> None:
    path = tmp_path / "utf8.csv"
    text = HEADER + _line(2, "Dorélien") + 'K003,"Nguyễn, Văn",Test,KEN\r\n'
    path.write_bytes(text.encode())
    with mission.transaction() as session:
        import_roster(session, path, ACTOR)
    assert {"Dorélien", "Nguyễn, Văn"} <= _family_names(mission)
