"""A deliberately plain Python reading of the readiness rules, to check the SQL engine against.

It is written from the rules in docs/readiness.md, not from the engine, and loops over
everything officer by officer: slow, obvious, and independent.
"""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RefModule:
    code: str
    assessment: str  # attendance | pass_fail | scored
    pass_mark: float | None
    validity_months: int | None


@dataclass(frozen=True)
class RefRequirement:
    module: str
    role: str  # a role code, or "ALL"
    contingent: str | None
    phase: str


@dataclass(frozen=True)
class RefOfficer:
    number: str
    contingent: str
    roles: frozenset[str]
    active: bool


@dataclass
class RefResult:
    officer: str
    module: str
    day: dt.date
    attended: bool
    score: float | None
    outcome: str
    void: bool = False
    superseded: bool = False


@dataclass(frozen=True)
class RefExemption:
    officer: str
    module: str
    granted_on: dt.date
    valid_until: dt.date | None


@dataclass(frozen=True)
class RefHold:
    officer: str
    kind: str  # vetting | conduct | medical | administrative
    status: str | None  # for vetting: pending | cleared | refused
    since: dt.date
    until: dt.date | None
    lifted_on: dt.date | None


@dataclass
class RefMission:
    modules: dict[str, RefModule]
    requirements: list[RefRequirement]
    officers: list[RefOfficer] = field(default_factory=list)
    results: list[RefResult] = field(default_factory=list)
    exemptions: list[RefExemption] = field(default_factory=list)
    holds: list[RefHold] = field(default_factory=list)


def months_later(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, or the month's last day when that day does not exist."""
    year = day.year + (day.month - 1 + months) // 12
    month = (day.month - 1 + months) % 12 + 1
    for candidate_day in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_pass(result: RefResult, module: RefModule) -> bool:
    if result.outcome == "pass":
        return True
    if module.assessment == "attendance" and result.attended:
        return True
    return (
        module.assessment == "scored"
        and result.score is not None
        and module.pass_mark is not None
        and result.score >= module.pass_mark
    )


def reference_readiness(
    mission: RefMission,
    as_of: dt.date,
    warn_days: int,
    phase: str | None,
    include_inactive: bool,
    through: dt.date | None = None,
) -> dict[str, tuple[str, dict[str, tuple[str, dt.date | None, dt.date | None]]]]:
    """{service number: (officer status, {module: (status, completed_on, expires_on)})}.

    Through a tour to ``through`` (its last day): a requirement met on ``as_of`` (current
    or expiring) whose pass is no longer valid on ``through`` (``expires_on`` on or before
    it, a pass being valid strictly before its ``expires_on``) "lapses"; an officer with
    one is "expiring" (still deployable on the day) unless something else makes them
    "not_ready". So does an exemption held on ``as_of`` that ends before ``through``
    (none of the officer's exemptions of the module lasting longer or without end) when no
    pass outlasts it: its ``expires_on`` is then the first day after the exemption, or the
    pass's own when one holds beyond the exemption but not through the tour."""
    answer = {}
    for officer in mission.officers:
        if not officer.active and not include_inactive:
            continue
        needed = set()
        for requirement in mission.requirements:
            if phase is not None and requirement.phase != phase:
                continue
            if requirement.role != "ALL" and requirement.role not in officer.roles:
                continue
            if requirement.contingent is not None and requirement.contingent != officer.contingent:
                continue
            needed.add(requirement.module)
        states = {}
        for code in needed:
            module = mission.modules[code]
            passes = [
                result.day
                for result in mission.results
                if result.officer == officer.number
                and result.module == code
                and not result.void
                and not result.superseded
                and result.day <= as_of
                and is_pass(result, module)
            ]
            completed = max(passes) if passes else None
            expires = (
                months_later(completed, module.validity_months)
                if completed and module.validity_months
                else None
            )
            exemptions = [
                exemption
                for exemption in mission.exemptions
                if exemption.officer == officer.number
                and exemption.module == code
                and exemption.granted_on <= as_of
                and (exemption.valid_until is None or as_of <= exemption.valid_until)
            ]
            exempt = bool(exemptions)
            if exempt:
                status = "exempt"
            elif completed is None:
                status = "missing"
            elif expires is None:
                status = "current"
            elif expires <= as_of:
                status = "expired"
            elif expires <= as_of + dt.timedelta(days=warn_days):
                status = "expiring"
            else:
                status = "current"
            ends = [e.valid_until for e in exemptions]
            if status == "exempt" and through is not None and None not in ends:
                # Exempt through its last day; after it, met only by a pass still valid.
                first_not = max(day for day in ends if day is not None) + dt.timedelta(days=1)
                lapse_day: dt.date | None = first_not
                if completed is not None:
                    lapse_day = None if expires is None else max(first_not, expires)
                if lapse_day is not None and lapse_day <= through:
                    status, expires = "lapses", lapse_day
            lapses_in_tour = through is not None and expires is not None and expires <= through
            if status in ("current", "expiring") and lapses_in_tour:
                status = "lapses"
            states[code] = (status, completed, expires)
        statuses = {status for status, _, _ in states.values()}
        if statuses & {"expired", "missing"}:
            overall = "not_ready"
        elif statuses & {"expiring", "lapses"}:
            overall = "expiring"
        else:
            overall = "ready"
        answer[officer.number] = (overall, states)
    return answer


def reference_holds(
    mission: RefMission, as_of: dt.date, requires_vetting: bool
) -> dict[str, list[tuple[str, str]]]:
    """{service number: [(kind, status) of what holds them back on ``as_of``]}, from
    docs/holds.md: a hold stands from its first day through its last, until the day it
    is lifted; a cleared vetting is no hold; without one, a curriculum asking for vetting
    holds the officer back ("not_cleared") unless a vetting hold already says why."""
    answer: dict[str, list[tuple[str, str]]] = {}
    for officer in mission.officers:
        standing = [
            hold
            for hold in mission.holds
            if hold.officer == officer.number
            and hold.since <= as_of
            and (hold.until is None or as_of <= hold.until)
            and (hold.lifted_on is None or as_of < hold.lifted_on)
        ]
        cleared = any(h.kind == "vetting" and h.status == "cleared" for h in standing)
        held = [
            (h.kind, h.status if h.kind == "vetting" and h.status else "open")
            for h in sorted(standing, key=lambda h: h.since)
            if not (h.kind == "vetting" and h.status == "cleared")
        ]
        if requires_vetting and not cleared and not any(k == "vetting" for k, _ in held):
            held.append(("vetting", "not_cleared"))
        answer[officer.number] = held
    return answer


def reference_refreshers(
    answer: dict[str, tuple[str, dict[str, tuple[str, dt.date | None, dt.date | None]]]],
) -> tuple[int, dict[tuple[str, str], int]]:
    """From ``reference_readiness`` through a tour: how many officers have a refresher due
    during it, and {(module, YYYY-MM of the last valid day): officers}."""
    officers = 0
    due: dict[tuple[str, str], int] = {}
    for _, states in answer.values():
        lapsing = [(m, e) for m, (status, _, e) in states.items() if status == "lapses"]
        officers += bool(lapsing)
        for module, expires in lapsing:
            assert expires is not None
            month = (expires - dt.timedelta(days=1)).strftime("%Y-%m")
            due[(module, month)] = due.get((module, month), 0) + 1
    return officers, due
