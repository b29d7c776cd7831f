"""The enumerations' values as users read them (mss_training.words): one word per value,
said in the language in use wherever the window or a service's sentence shows it."""

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum

import pytest

from mss_training.db import open_database
from mss_training.domain import (
    Assessment,
    CurriculumStatus,
    DeliveryMode,
    HoldKind,
    OfficerStatus,
    Outcome,
    Phase,
    ReadinessStatus,
    RequirementStatus,
    UserRole,
    VettingStatus,
)
from mss_training.errors import InputError
from mss_training.messages import use_language
from mss_training.services.hold_rules import HoldState, hold_kinds
from mss_training.words import counted_records, field_name, record_kind, word, word_for
from tests.mission import Mission

ENUMERATIONS: tuple[type[StrEnum], ...] = (
    Assessment,
    CurriculumStatus,
    DeliveryMode,
    Phase,
    HoldKind,
    OfficerStatus,
    Outcome,
    ReadinessStatus,
    RequirementStatus,
    UserRole,
    VettingStatus,
)
EVERY_VALUE = [member for enumeration in ENUMERATIONS for member in enumeration]


@pytest.fixture
def language() -> Iterator[None]:
    yield
    use_language("en")


@pytest.mark.parametrize("value", EVERY_VALUE, ids=str)
def test_every_value_has_its_word_in_every_language(value: StrEnum, language: None) -> None:
    english = word(value)
    assert english and "_" not in english  # a word, not the stored code
    for code in ("fr", "es", "ht"):
        use_language(code)
        assert word(value)  # the catalogue test checks each is translated
    use_language("en")
    assert word(value) == english


def test_outcomes_statuses_and_roles_are_said_in_the_language_in_use(language: None) -> None:
    use_language("fr")
    assert word(Outcome.PASS) == "réussi"
    assert word_for(RequirementStatus, "lapses") == "expire pendant le déploiement"
    assert word(UserRole.TRAINING_OFFICER) == "officier de formation"
    use_language("es")
    assert word_for(ReadinessStatus, "not_ready") == "no apto"
    assert word(HoldKind.CONDUCT) == "conducta y disciplina"
    use_language("ht")
    assert word_for(Outcome, "fail") == "echwe"
    assert word(OfficerStatus.ROTATED_OUT) == "fini wotasyon"


def test_a_code_a_newer_version_wrote_is_shown_as_stored(language: None) -> None:
    use_language("fr")
    assert word_for(Outcome, "incomplete") == "incomplete"
    assert word_for(Outcome, None) == ""
    assert record_kind("gadgets") == "gadgets"


def test_records_are_counted_with_the_language_s_plural(language: None) -> None:
    assert counted_records("officers", 1) == "1 officer"
    assert counted_records("officers", 1200) == "1,200 officers"
    assert counted_records("units", 3) == "3 units"
    use_language("fr")
    assert counted_records("officers", 1) == "1 agent"
    assert counted_records("results", 3) == "3 résultats"
    assert counted_records("holds lifted", 2) == "2 blocages levés"
    use_language("es")
    assert counted_records("sessions", 2) == "2 sesiones"


def test_an_officer_s_holds_are_listed_in_the_language_in_use(language: None) -> None:
    held = [
        HoldState(HoldKind.CONDUCT.value, "open", dt.date(2026, 1, 1), None),
        HoldState(HoldKind.VETTING.value, VettingStatus.PENDING.value, None, None),
    ]
    assert hold_kinds(held) == "conduct and discipline, human-rights vetting (pending)"
    use_language("es")
    assert hold_kinds(held) == (
        "conducta y disciplina, verificación de derechos humanos (pendiente)"
    )


def test_a_score_that_contradicts_its_outcome_is_refused_in_spanish_words(
    database_url: str, language: None
) -> None:
    database = open_database(database_url)
    try:
        mission = Mission.set_up(database)
        officer = mission.officer("001", "POL")
        use_language("es")
        with pytest.raises(InputError) as refused:
            mission.result(officer, "SC", dt.date(2024, 1, 10), score=60, outcome=Outcome.PASS)
    finally:
        database.close()  # also when the sentence is wrong: no connection left to the next test
    assert str(refused.value) == (
        "Una nota de 60 en SC (nota mínima 80) da «reprobado», no «aprobado»."
    )


def test_a_sync_conflict_names_the_officer_s_field_in_the_language_in_use(
    language: None,
) -> None:
    assert field_name("family_name") == "family name"
    use_language("es")
    assert field_name("service_number") == "número de placa"
    assert field_name("nickname") == "nickname"
