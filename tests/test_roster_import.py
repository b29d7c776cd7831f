"""Rosters as contingents keep them go in with a preview a training officer can trust."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from mss_training.db import Database, open_database
from mss_training.domain import UserRole
from mss_training.errors import InputError
from mss_training.io.columns import ROSTER_FIELDS, parse_mapping
from mss_training.io.curriculum_file import default_curriculum
from mss_training.models import AuditEntry, Officer, OfficerRole, Role, Unit
from mss_training.services.importing import ImportRejectedError
from mss_training.services.permissions import Actor
from mss_training.services.roster_import import import_roster, preview_roster_import
from mss_training.services.setup import set_up_database
from tests.sheets import write_csv, write_xlsx

ACTOR = Actor("import.test", UserRole.COORDINATOR)
HEADER = [
    "service_number", "family_name", "given_names", "rank", "contingent", "unit", "roles", "gender",
]  # fmt: skip
KENYA = [
    ["00123", "Otieno", "Brian", "Constable", "KEN", "1st Formed Police Unit", "FPU", "M"],
    ["00456", "Wanjiru", "Grace Akinyi", "Sergeant", "Kenya", "1st Formed Police Unit", "FPU;DRV", "F"],
    ["00789", "Kiprop", "Daniel", "Inspector", "KEN", "Mission Headquarters Staff", "IPO|CMD", "M"],
]  # fmt: skip


@pytest.fixture
def site(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    with database.transaction() as session:
        set_up_database(session, default_curriculum(), ACTOR)
    yield database
    database.close()


def officers(database: Database) -> dict[tuple[str, str], tuple[str, str, str | None]]:
    with database.reading() as session:
        rows = session.execute(
            select(Officer.service_number, Officer.family_name, Officer.given_names, Unit.name)
            .outerjoin(Unit, Unit.id == Officer.unit_id)
        ).all()  # fmt: skip
    return {(row[0], row[1]): (row[1], row[2], row[3]) for row in rows}


def do_import(database: Database, path: Path, **options: object) -> object:
    with database.transaction() as session:
        return import_roster(session, path, ACTOR, **options)  # type: ignore[arg-type]


def test_a_clean_roster_goes_in_and_a_second_import_changes_nothing(
    site: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "kenya.csv", [HEADER, *KENYA])
    with site.reading() as session:
        preview = preview_roster_import(session, path)
    assert (preview.created, preview.updated, preview.rejected) == (3, 0, ())
    assert officers(site) == {}  # a preview writes nothing
    do_import(site, path)
    assert sorted(officers(site)) == [
        ("00123", "Otieno"),
        ("00456", "Wanjiru"),
        ("00789", "Kiprop"),
    ]
    with site.reading() as session:
        roles = session.execute(
            select(Officer.service_number, Role.code)
            .join(OfficerRole, OfficerRole.officer_id == Officer.id)
            .join(Role, Role.id == OfficerRole.role_id)
        ).all()
        audit_entries = session.scalar(select(func.count()).select_from(AuditEntry))
    assert sorted(tuple(r) for r in roles) == [
        ("00123", "FPU"), ("00456", "DRV"), ("00456", "FPU"), ("00789", "CMD"), ("00789", "IPO"),
    ]  # fmt: skip
    with site.reading() as session:
        again = preview_roster_import(session, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    do_import(site, path)
    with site.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_entries


def test_changed_rows_update_the_same_officer(site: Database, tmp_path: Path) -> None:
    do_import(site, write_csv(tmp_path / "v1.csv", [HEADER, *KENYA]))
    changed = [row[:] for row in KENYA]
    changed[0][3] = "Corporal"
    changed[2][5] = "Rapid Deployment Unit"
    preview = do_import(site, write_csv(tmp_path / "v2.csv", [HEADER, *changed]))
    assert [(c.service_number, c.changed) for c in preview.changes if c.action == "update"] == [  # type: ignore[attr-defined]
        ("00123", ("rank",)),
        ("00789", ("unit",)),
    ]
    assert officers(site)[("00789", "Kiprop")][2] == "Rapid Deployment Unit"
    with site.reading() as session:
        assert (
            session.scalar(select(Officer.rank).where(Officer.service_number == "00123"))
            == "Corporal"
        )
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "import"
        assert entry.before and {"rank": "Constable"} in entry.before.values()


def test_a_re_import_writes_only_what_changed(site: Database, tmp_path: Path) -> None:
    do_import(site, write_csv(tmp_path / "v1.csv", [HEADER, *KENYA]))
    with site.reading() as session:
        before = {
            row.service_number: row
            for row in session.execute(
                select(Officer.service_number, Officer.uid, Officer.updated_at)
            )
        }
    changed = [row[:] for row in KENYA]
    changed[1][6] = "IPO"  # roles FPU;DRV become IPO
    changed[2][1] = "Kiprotich"  # a corrected family name
    newcomer = ["00999", "Achieng", "Mary", "Constable", "KEN", "1st Formed Police Unit", "DRV"]
    preview = do_import(site, write_csv(tmp_path / "v2.csv", [HEADER, *changed, newcomer]))
    assert [(c.service_number, c.action, c.changed) for c in preview.changes] == [  # type: ignore[attr-defined]
        ("00123", "unchanged", ()),
        ("00456", "update", ("roles",)),
        ("00789", "update", ("family_name",)),
        ("00999", "create", ()),
    ]
    with site.reading() as session:
        officers_now = {
            row.service_number: row
            for row in session.execute(
                select(
                    Officer.service_number, Officer.updated_at, Officer.field_versions,
                    Officer.search_text,
                )
            )
        }  # fmt: skip
        roles = session.execute(
            select(Officer.service_number, Role.code)
            .join(OfficerRole, OfficerRole.officer_id == Officer.id)
            .join(Role, Role.id == OfficerRole.role_id)
        ).all()
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert sorted(tuple(r) for r in roles) == [
        ("00123", "FPU"), ("00456", "IPO"), ("00789", "CMD"), ("00789", "IPO"), ("00999", "DRV"),
    ]  # fmt: skip
    # The officer the file left alone is not touched; the others carry a stamp per field.
    assert officers_now["00123"].updated_at == before["00123"].updated_at
    assert officers_now["00123"].field_versions == {}
    assert set(officers_now["00456"].field_versions) == {"roles"}
    assert set(officers_now["00789"].field_versions) == {"family_name"}
    assert officers_now["00789"].search_text == "kiprotich daniel 00789"
    # One entry for the import, naming each updated officer by uid with both values.
    assert entry is not None and entry.action == "import"
    assert entry.before == {
        str(before["00456"].uid): {"roles": ["DRV", "FPU"]},
        str(before["00789"].uid): {"family_name": "Kiprop"},
    }
    assert entry.after == {
        "created": ["00999"],
        "updated": {
            str(before["00456"].uid): {"roles": ["IPO"]},
            str(before["00789"].uid): {"family_name": "Kiprotich"},
        },
    }


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [
        ("utf-8", ",", True),  # Excel "CSV UTF-8"
        ("utf-8", ";", False),  # French and Spanish Excel
        ("utf-16", "\t", False),  # Excel "Unicode text"
        ("cp1252", ";", False),  # Excel "CSV" on Windows
    ],
)
def test_csv_as_excel_and_libreoffice_write_it(
    site: Database, tmp_path: Path, encoding: str, delimiter: str, bom: bool
) -> None:
    rows = [
        HEADER,
        ["00123", "Núñez", "José Ángel", "Agente", "GTM", "Compañía de Policía PNC", "IPO", "M"],
    ]
    path = write_csv(
        tmp_path / "roster.csv", rows, encoding=encoding, delimiter=delimiter, bom=bom,
        trailing_blank_rows=3,
    )  # fmt: skip
    do_import(site, path)
    assert officers(site) == {
        ("00123", "Núñez"): ("Núñez", "José Ángel", "Compañía de Policía PNC")
    }


def test_french_and_spanish_headers_and_country_names(site: Database, tmp_path: Path) -> None:
    french = [
        ["Matricule", "Nom", "Prénom(s)", "Grade", "Pays", "Unité", "Rôle(s)", "Sexe"],
        ["BJ-0042", "Houngbédji", "Afiavi", "Brigadier", "Bénin", "UPC Bénin", "FPU", "Femme"],
    ]
    spanish = [
        ["Número de placa", "Apellidos", "Nombres", "Rango", "País", "Unidad", "Función", "Sexo"],
        [
            "00077",
            "Hernández Flores",
            "Karla",
            "Agente",
            "El Salvador",
            "Unidad PNC",
            "IPO",
            "femenino",
        ],
    ]
    do_import(site, write_csv(tmp_path / "fr.csv", french, delimiter=";"))
    do_import(site, write_xlsx(tmp_path / "es.xlsx", spanish))
    with site.reading() as session:
        genders = dict(session.execute(select(Officer.service_number, Officer.gender)).all())
    assert genders == {"BJ-0042": "F", "00077": "F"}
    assert ("00077", "Hernández Flores") in officers(site)


def test_xlsx_with_a_title_row_numbers_stored_as_numbers_and_blank_headers(
    site: Database, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [
        ["Service No.", "Surname", "First name", "", "Country", "Remarks"],
        [123, "Otieno", "Brian", None, "KEN", "arrived late"],
        [4567, "Chebet", "Mercy", None, "KEN", None],
    ]
    path = write_xlsx(
        tmp_path / "roster.xlsx", rows, title_rows=["Kenya contingent, rotation 4"],
        number_formats={1: "00000"}, merge_title=True,
    )  # fmt: skip
    with site.reading() as session:
        preview = preview_roster_import(session, path)
    assert preview.ignored_columns == ("Remarks",)
    do_import(site, path)
    # Excel kept the numbers as numbers, shown with leading zeros: they stay text, zeros kept.
    assert sorted(officers(site)) == [("00123", "Otieno"), ("04567", "Chebet")]


def test_explicit_mapping_reads_an_unusual_column(site: Database, tmp_path: Path) -> None:
    rows = [
        ["Force No", "Surname", "Forenames", "TCC", "Posting"],
        ["K1", "Mutua", "Peter", "KEN", "HQ"],
    ]
    path = write_csv(tmp_path / "r.csv", rows)
    with pytest.raises(InputError, match="no column for contingent"), site.reading() as session:
        preview_roster_import(session, path)
    mapping = parse_mapping(["TCC=contingent", "posting=unit"], ROSTER_FIELDS)
    do_import(site, path, mapping=mapping)
    assert officers(site) == {("K1", "Mutua"): ("Mutua", "Peter", "HQ")}
    with pytest.raises(InputError, match="not a field to map to"):
        parse_mapping(["TCC=country_code"], ROSTER_FIELDS)


def test_every_rejection_is_named_with_its_row_and_nothing_is_written(
    site: Database, tmp_path: Path
) -> None:
    rows = [
        [*HEADER, "deployment_start"],
        ["", "Otieno", "Brian", "", "KEN", "", "", "", ""],  # row 2
        ["001", "Otieno", "Brian", "", "Narnia", "", "", "", ""],  # row 3
        ["002", "Otieno", "Brian", "", "KEN", "", "PILOT", "", ""],  # row 4
        ["003", "", "Brian", "", "KEN", "", "", "", ""],  # row 5
        ["004", "Otieno", "Brian", "", "KEN", "", "", "", "31/02/2026"],  # row 6
        ["005", "Otieno", "Brian", "", "KEN", "", "", "", ""],  # row 7: fine
        ["005", "Otieno", "Brian", "", "KEN", "", "", "", ""],  # row 8
        ["006", "Otieno", "Brian", "", "KEN", "", "", "?", ""],  # row 9
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportRejectedError) as refused:
        do_import(site, path)
    reasons = {problem.row: problem.reason for problem in refused.value.preview.rejected}
    assert reasons == {
        2: "missing service number",
        3: "unknown contingent 'Narnia'",
        4: "unknown role 'PILOT'",
        5: "empty family name",
        6: "bad date '31/02/2026' in deployment_start (use YYYY-MM-DD)",
        8: "service number 005 of KEN is also on row 7",
        9: "unknown gender '?' (use F, M or X)",
    }
    assert officers(site) == {}
    do_import(site, path, skip_invalid=True)
    assert list(officers(site)) == [("005", "Otieno")]


def test_a_failure_in_the_middle_leaves_nothing_behind(
    site: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    do_import(site, write_csv(tmp_path / "v1.csv", [HEADER, KENYA[0]]))
    changed = [row[:] for row in KENYA]
    changed[0][3] = "Corporal"  # an update after the new officers are inserted

    def power_cut(*_: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr("mss_training.services.roster_import._apply_updates", power_cut)
    with pytest.raises(OSError, match="disk unplugged"):
        do_import(site, write_csv(tmp_path / "v2.csv", [HEADER, *changed]))
    assert list(officers(site)) == [("00123", "Otieno")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("roster.xls", b"\xd0\xcf\x11\xe0 old excel", "old Excel 97-2003 file"),
        ("roster.xlsx", b"PK\x03\x04 truncated", "not a readable XLSX workbook"),
        ("roster.csv", b"\x00\x01\x02\x03binary", "not a text file"),
        ("roster.pdf", b"%PDF-1.4", "neither a CSV nor an XLSX file"),
        ("roster.csv", b"just,some,words\nwith,no,header\n", "no header row"),
    ],
)
def test_broken_files_get_one_plain_sentence(
    site: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message), site.reading() as session:
        preview_roster_import(session, path)


names = st.text(
    alphabet=st.characters(categories=["L", "Zs"], exclude_characters="\x85\xa0"), max_size=12
)
roster_rows = st.lists(
    st.tuples(
        st.sampled_from(["001", "002", "0003", "", "004"]),
        names,
        names,
        st.sampled_from(["KEN", "JAM", "Jamaïque", "Atlantis", ""]),
        st.sampled_from(["", "IPO", "FPU;DRV", "PILOT"]),
    ),
    max_size=8,
)


# Between examples the test empties tables with bare Core deletes, outside the program.
@pytest.mark.tampers
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=roster_rows)
def test_importing_valid_rows_is_exactly_what_the_preview_promised(
    site: Database, tmp_path: Path, rows: list[tuple[str, str, str, str, str]]
) -> None:
    with site.transaction() as session:
        session.execute(delete(OfficerRole))
        session.execute(delete(Officer))
    header = ["service_number", "family_name", "given_names", "contingent", "roles"]
    path = write_csv(tmp_path / "random.csv", [header, *[list(row) for row in rows]], bom=True)
    with site.reading() as session:
        preview = preview_roster_import(session, path)
    accepted = {(c.contingent, c.service_number) for c in preview.changes}
    do_import(site, path, skip_invalid=True)
    with site.reading() as session:
        stored = set(session.execute(
            select(Officer.service_number, Officer.family_name)
        ).all())  # fmt: skip
        count = session.scalar(select(func.count()).select_from(Officer))
    assert count == len(accepted)
    assert all(family.strip() for _, family in stored)
    with site.reading() as session:
        again = preview_roster_import(session, path)
    assert again.created == 0 and again.updated == 0
