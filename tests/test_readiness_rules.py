"""Every readiness rule at its boundaries, on each database backend."""

import datetime as dt

import pytest

from mss_training.domain import OfficerStatus, Outcome, Phase, ReadinessStatus
from mss_training.domain import RequirementStatus as S
from mss_training.errors import InputError, NotFoundError
from tests.mission import Mission

D = dt.date


def test_pass_is_valid_until_the_day_before_it_expires(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2024, 1, 15))
    assert mission.requirement(officer, "PF", D(2025, 1, 14), warn_days=0) == (
        S.CURRENT,
        D(2024, 1, 15),
        D(2025, 1, 15),
    )
    assert mission.requirement(officer, "PF", D(2025, 1, 15))[0] is S.EXPIRED


def test_a_leap_day_pass_expires_at_the_end_of_february(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2024, 2, 29))
    status, _, expires = mission.requirement(officer, "PF", D(2025, 2, 27), warn_days=0)
    assert (status, expires) == (S.CURRENT, D(2025, 2, 28))
    assert mission.requirement(officer, "PF", D(2025, 2, 28))[0] is S.EXPIRED


@pytest.mark.parametrize(
    ("passed_on", "expires_on"),
    [
        (D(2024, 1, 31), D(2024, 2, 29)),  # leap year: clamps to the 29th
        (D(2023, 1, 31), D(2023, 2, 28)),
        (D(2024, 3, 31), D(2024, 4, 30)),
        (D(2024, 12, 31), D(2025, 1, 31)),  # across the year end
        (D(2024, 1, 30), D(2024, 2, 29)),
        (D(2024, 2, 28), D(2024, 3, 28)),  # no clamping needed
    ],
)
def test_month_end_passes_clamp_to_the_end_of_the_target_month(
    mission: Mission, passed_on: dt.date, expires_on: dt.date
) -> None:
    officer = mission.officer("001", "POL")
    mission.result(officer, "SC", passed_on, score=90)
    assert mission.requirement(officer, "SC", passed_on)[2] == expires_on
    day_before = expires_on - dt.timedelta(days=1)
    assert mission.requirement(officer, "SC", day_before, warn_days=0)[0] is S.CURRENT
    assert mission.requirement(officer, "SC", expires_on)[0] is S.EXPIRED


def test_warning_window_edges(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2024, 1, 15))  # expires 2025-01-15
    # expires_on == as_of + warn days: expiring; one day more: current.
    assert mission.requirement(officer, "PF", D(2024, 12, 16), warn_days=30)[0] is S.EXPIRING
    assert mission.requirement(officer, "PF", D(2024, 12, 15), warn_days=30)[0] is S.CURRENT
    assert mission.requirement(officer, "PF", D(2025, 1, 14), warn_days=1)[0] is S.EXPIRING
    assert mission.requirement(officer, "PF", D(2025, 1, 14), warn_days=0)[0] is S.CURRENT


def test_modules_without_validity_never_expire(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.result(officer, "ATT", D(2020, 5, 1))
    assert mission.requirement(officer, "ATT", D(2040, 1, 1)) == (S.CURRENT, D(2020, 5, 1), None)


def test_result_on_the_as_of_date_counts_and_one_after_does_not(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2024, 6, 1))
    assert mission.requirement(officer, "PF", D(2024, 6, 1))[0] is S.CURRENT
    assert mission.requirement(officer, "PF", D(2024, 5, 31)) == (S.MISSING, None, None)


def test_fail_after_pass_does_not_revoke_the_pass(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2024, 1, 10))
    mission.result(officer, "PF", D(2024, 6, 10), outcome=Outcome.FAIL)
    assert mission.requirement(officer, "PF", D(2024, 7, 1))[:2] == (S.CURRENT, D(2024, 1, 10))


def test_latest_pass_decides_expiry(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2023, 1, 10))
    mission.passed(officer, "PF", D(2024, 2, 5))
    assert mission.requirement(officer, "PF", D(2024, 3, 1))[1:] == (D(2024, 2, 5), D(2025, 2, 5))
    # Before the second pass, only the first counts, and it lapsed on 2024-01-10.
    assert mission.requirement(officer, "PF", D(2024, 1, 20))[:3] == (
        S.EXPIRED,
        D(2023, 1, 10),
        D(2024, 1, 10),
    )


def test_only_failures_means_missing(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.result(officer, "PF", D(2024, 1, 10), outcome=Outcome.FAIL)
    assert mission.requirement(officer, "PF", D(2024, 2, 1))[0] is S.MISSING


def test_expired_only_when_every_pass_has_lapsed(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.passed(officer, "PF", D(2022, 3, 1))
    mission.result(officer, "PF", D(2023, 6, 1), outcome=Outcome.FAIL)
    assert mission.requirement(officer, "PF", D(2024, 1, 1))[:3] == (
        S.EXPIRED,
        D(2022, 3, 1),
        D(2023, 3, 1),
    )


def test_scored_module_passes_at_the_pass_mark_exactly(mission: Mission) -> None:
    at_mark = mission.officer("001", "POL")
    below = mission.officer("002", "POL")
    mission.result(at_mark, "SC", D(2024, 1, 10), score=80)
    mission.result(below, "SC", D(2024, 1, 10), score=79.5)
    assert mission.requirement(at_mark, "SC", D(2024, 1, 20), warn_days=0)[0] is S.CURRENT
    assert mission.requirement(below, "SC", D(2024, 1, 20))[0] is S.MISSING


def test_attendance_only_module_needs_attendance(mission: Mission) -> None:
    present = mission.officer("001")
    absent = mission.officer("002")
    mission.result(present, "ATT", D(2024, 1, 10))
    mission.result(absent, "ATT", D(2024, 1, 10), attended=False)
    assert mission.requirement(present, "ATT", D(2024, 1, 20))[0] is S.CURRENT
    assert mission.requirement(absent, "ATT", D(2024, 1, 20))[0] is S.MISSING


def test_amendment_turning_a_fail_into_a_pass_counts(mission: Mission) -> None:
    officer = mission.officer("001", "POL")
    failed = mission.result(officer, "SC", D(2024, 1, 10), score=60)
    assert mission.requirement(officer, "SC", D(2024, 1, 20))[0] is S.MISSING
    mission.amend(failed, score=86)
    assert mission.requirement(officer, "SC", D(2024, 1, 20), warn_days=0)[0] is S.CURRENT


def test_amendment_turning_a_pass_into_a_fail_removes_it(mission: Mission) -> None:
    officer = mission.officer("001")
    earlier = mission.passed(officer, "PF", D(2023, 1, 10))
    later = mission.passed(officer, "PF", D(2024, 1, 10))
    mission.amend(later, outcome=Outcome.FAIL)
    status, completed, _ = mission.requirement(officer, "PF", D(2024, 2, 1))
    assert (status, completed) == (S.EXPIRED, D(2023, 1, 10))
    mission.amend(mission.amend(earlier, outcome=Outcome.FAIL), outcome=Outcome.PASS)
    assert mission.requirement(officer, "PF", D(2023, 2, 1))[0] is S.CURRENT


def test_voided_result_no_longer_counts(mission: Mission) -> None:
    officer = mission.officer("001")
    first = mission.passed(officer, "PF", D(2023, 1, 10))
    second = mission.passed(officer, "PF", D(2024, 1, 10))
    mission.void(second)
    assert mission.requirement(officer, "PF", D(2024, 2, 1))[:2] == (S.EXPIRED, D(2023, 1, 10))
    mission.void(first)
    assert mission.requirement(officer, "PF", D(2024, 2, 1))[0] is S.MISSING


def test_a_corrected_result_cannot_be_corrected_again(mission: Mission) -> None:
    officer = mission.officer("001")
    result = mission.passed(officer, "PF", D(2024, 1, 10))
    mission.void(result)
    with pytest.raises(InputError, match="already been corrected"):
        mission.amend(result, outcome=Outcome.FAIL)


def test_exemption_applies_from_grant_through_its_last_day(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.exempt(officer, "PF", D(2024, 3, 1), valid_until=D(2024, 9, 30))
    assert mission.requirement(officer, "PF", D(2024, 2, 29))[0] is S.MISSING
    assert mission.requirement(officer, "PF", D(2024, 3, 1))[0] is S.EXEMPT
    assert mission.requirement(officer, "PF", D(2024, 9, 30))[0] is S.EXEMPT
    assert mission.requirement(officer, "PF", D(2024, 10, 1))[0] is S.MISSING


def test_exempt_officer_with_nothing_else_missing_is_ready(mission: Mission) -> None:
    officer = mission.officer("001")
    mission.result(officer, "ATT", D(2024, 1, 1))
    mission.exempt(officer, "PF", D(2024, 1, 1))
    report = mission.report(mission.query(D(2024, 6, 1)))
    assert report.officers[0].status is ReadinessStatus.READY


def test_requirements_are_the_union_of_roles_each_module_once(mission: Mission) -> None:
    mission.officer("001", "POL", "DRV", "FPU")
    report = mission.report(mission.query(D(2024, 6, 1)))
    modules = [state.module for state in report.officers[0].requirements]
    # DRV is required of drivers (pre-deployment) and police (refresher): listed once.
    assert modules == ["ATT", "DRV", "FPUX", "PF", "SC"]
    everyone = mission.officer("002")
    report = mission.report(mission.query(D(2024, 6, 1)))
    by_number = {o.service_number: o for o in report.officers}
    assert [s.module for s in by_number[everyone.service_number].requirements] == ["ATT", "PF"]


def test_contingent_only_requirement_applies_to_that_contingent(mission: Mission) -> None:
    jamaican = mission.officer("J1", contingent="JAM")
    kenyan = mission.officer("K1", contingent="KEN")
    report = mission.report(mission.query(D(2024, 6, 1)))
    by_contingent = {o.contingent: [s.module for s in o.requirements] for o in report.officers}
    assert "LOC" in by_contingent[jamaican.contingent]
    assert "LOC" not in by_contingent[kenyan.contingent]


def test_phase_restricts_the_requirements(mission: Mission) -> None:
    mission.officer("001", "FPU", contingent="JAM")
    modules = {
        phase: [
            s.module
            for s in mission.report(mission.query(D(2024, 6, 1), phase=phase))
            .officers[0]
            .requirements
        ]
        for phase in Phase
    }
    assert modules[Phase.PRE_DEPLOYMENT] == ["ATT", "PF"]
    assert modules[Phase.INDUCTION] == ["FPUX", "LOC"]
    assert modules[Phase.REFRESHER] == ["PF"]


def test_officer_status_is_the_worst_requirement(mission: Mission) -> None:
    ready = mission.officer("R")
    expiring = mission.officer("E")
    not_ready = mission.officer("N")
    for officer in (ready, expiring, not_ready):
        mission.result(officer, "ATT", D(2024, 1, 1))
    mission.passed(ready, "PF", D(2024, 5, 1))
    mission.passed(expiring, "PF", D(2023, 6, 20))  # expires 2024-06-20
    report = mission.report(mission.query(D(2024, 6, 1)))
    statuses = {o.service_number: o.status for o in report.officers}
    assert statuses == {
        "R": ReadinessStatus.READY,
        "E": ReadinessStatus.EXPIRING,
        "N": ReadinessStatus.NOT_READY,
    }


def test_inactive_officers_are_left_out_unless_asked_for(mission: Mission) -> None:
    mission.officer("A")
    mission.officer("B", status=OfficerStatus.ROTATED_OUT)
    mission.officer("C", status=OfficerStatus.WITHDRAWN)
    shown = [o.service_number for o in mission.report(mission.query(D(2024, 6, 1))).officers]
    assert shown == ["A"]
    everyone = mission.report(mission.query(D(2024, 6, 1), include_inactive=True))
    assert sorted(o.service_number for o in everyone.officers) == ["A", "B", "C"]


def test_summary_counts_by_contingent_and_unit(mission: Mission) -> None:
    for number in ("K1", "K2", "K3"):
        officer = mission.officer(number, contingent="KEN", unit="1st FPU")
        mission.result(officer, "ATT", D(2024, 1, 1))
    mission.passed(mission.officer("K4", contingent="KEN", unit="HQ Staff"), "PF", D(2024, 1, 1))
    mission.passed(mission.officer("J1", contingent="JAM"), "PF", D(2024, 1, 1))
    mission.passed(mission.officer("K1x", contingent="KEN", unit="1st FPU"), "PF", D(2024, 1, 1))
    query = mission.query(D(2024, 6, 1))
    summary = mission.summary(query)
    ken = summary.by_contingent["KEN"]
    assert (ken.counts.ready, ken.counts.expiring, ken.counts.not_ready) == (0, 0, 5)
    assert ken.counts.percent_ready == 0.0
    # ATT: K1-K3 hold it, K4 and K1x do not; PF: K4 and K1x hold it.
    assert (ken.modules["ATT"].met, ken.modules["ATT"].needed) == (3, 5)
    assert (ken.modules["PF"].met, ken.modules["PF"].needed) == (2, 5)
    unit = summary.by_unit[("KEN", "1st FPU")]
    assert (unit.counts.not_ready, unit.modules["ATT"].met) == (4, 3)
    # The report computes the same roll-ups from its officer rows.
    assert mission.report(query).summary == summary


def test_summary_matches_report_with_mixed_statuses(mission: Mission) -> None:
    ready = mission.officer("R", contingent="BHS")
    mission.result(ready, "ATT", D(2024, 1, 1))
    mission.passed(ready, "PF", D(2024, 5, 1))
    exempt = mission.officer("X", contingent="BHS")
    mission.result(exempt, "ATT", D(2024, 1, 1))
    mission.exempt(exempt, "PF", D(2024, 1, 1))
    mission.officer("N", contingent="BHS")
    query = mission.query(D(2024, 6, 1))
    summary = mission.summary(query)
    bhs = summary.by_contingent["BHS"]
    assert (bhs.counts.ready, bhs.counts.not_ready) == (2, 1)
    assert round(bhs.counts.percent_ready, 1) == 66.7
    # The exempt officer does not need PF, so coverage counts the other two.
    assert (bhs.modules["PF"].met, bhs.modules["PF"].needed) == (1, 2)
    assert mission.report(query).summary == summary


def test_unknown_contingent_or_unit_is_a_plain_error(mission: Mission) -> None:
    with pytest.raises(NotFoundError, match="no contingent 'XYZ'"):
        mission.report(mission.query(D(2024, 6, 1), contingent="XYZ"))
    with pytest.raises(InputError, match="has no unit"):
        mission.report(mission.query(D(2024, 6, 1), contingent="KEN", unit="Nowhere"))
