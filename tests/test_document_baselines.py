"""The benchmark's hand-written documents fit their columns to their headers by the
product's rule, written again there since a baseline uses none of the program's code: the
two must give the same widths, or the baseline would draw other pages than the product."""

from collections.abc import Sequence

import pytest

from benchmarks.document_baselines import fitted_widths
from benchmarks.document_baselines import register_fonts as register_baseline_fonts
from mss_training.documents.fonts import register_fonts
from mss_training.documents.layout import _fitted_widths

CASES: list[tuple[Sequence[object], Sequence[float]]] = [
    # The transcript's results, in English and in French.
    (
        ["Completed", "Module", "Outcome", "Session", "Where", "Instructors", "Note"],
        (55, 45, 100, 70, 85, 80, 88),
    ),
    (
        ["Terminé", "Module", "Résultat", "Session", "Lieu", "Instructeurs", "Note"],
        (55, 45, 100, 70, 85, 80, 88),
    ),
    # The training plan's modules: narrow columns under long words, widened from the title's.
    (
        [
            "Module",
            "Title",
            "Officers",
            "Sessions",
            "Days",
            "Not before",
            "Start by",
            "Prerequisites",
            "Instructors",
        ],
        (48, 100, 42, 44, 34, 55, 55, 65, 80),
    ),
    (
        [
            "Módulo",
            "Título",
            "Agentes",
            "Sesiones",
            "Días",
            "No antes de",
            "Empezar antes de",
            "Requisitos previos",
            "Instructores",
        ],
        (48, 100, 42, 44, 34, 55, 55, 65, 80),
    ),
    # Words the built-in fonts could not print, a blank header and a cell that is no text.
    (["Núñez Dorélien", "Ũ", "", 42], (30, 200, 20, 40)),
]


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    register_fonts()
    register_baseline_fonts()


@pytest.mark.parametrize(("header", "widths"), CASES)
def test_the_baseline_fits_columns_to_headers_as_the_product_does(
    header: Sequence[object], widths: Sequence[float]
) -> None:
    assert fitted_widths(header, widths) == _fitted_widths(header, widths)


def test_the_cases_widen_columns() -> None:
    """Where no column needed widening, the two rules could differ unseen."""
    assert all(fitted_widths(header, widths) != list(widths) for header, widths in CASES[2:])
