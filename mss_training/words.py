"""The values of the enumerations as users read them: one mapping per enumeration, here.

The database keeps the codes (``pass``, ``not_ready``, ``training_officer``); the window
shows these words in its language, and the services' sentences quote them the same way
(``word``). The English words are also the msgids of the catalogues
(resources/messages, docs/translation.md); the command line, which stays English, says
them as they are here.
"""

from enum import StrEnum

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
from mss_training.messages import N_, _, ngettext

OUTCOME: dict[str, str] = {
    Outcome.PASS: N_("pass"),
    Outcome.FAIL: N_("fail"),
    Outcome.ATTENDED: N_("attended"),
    Outcome.ABSENT: N_("absent"),
}
REQUIREMENT_STATUS: dict[str, str] = {
    RequirementStatus.CURRENT: N_("current"),
    RequirementStatus.EXPIRING: N_("expiring"),
    RequirementStatus.EXPIRED: N_("expired"),
    RequirementStatus.MISSING: N_("missing"),
    RequirementStatus.EXEMPT: N_("exempt"),
    RequirementStatus.LAPSES: N_("lapses in the tour"),
}
READINESS_STATUS: dict[str, str] = {
    ReadinessStatus.READY: N_("ready"),
    ReadinessStatus.EXPIRING: N_("expiring soon"),
    ReadinessStatus.NOT_READY: N_("not ready"),
}
HOLD_KIND: dict[str, str] = {
    HoldKind.VETTING: N_("human-rights vetting"),
    HoldKind.CONDUCT: N_("conduct and discipline"),
    HoldKind.MEDICAL: N_("medical"),
    HoldKind.ADMINISTRATIVE: N_("administrative"),
}
VETTING_STATUS: dict[str, str] = {
    VettingStatus.PENDING: N_("pending"),
    VettingStatus.CLEARED: N_("cleared"),
    VettingStatus.REFUSED: N_("refused"),
}
# A hold's status: a vetting's status, "open" for the other kinds (services/holds.py).
HOLD_STATUS = {"open": N_("open")} | VETTING_STATUS
USER_ROLE: dict[str, str] = {
    UserRole.ADMINISTRATOR: N_("administrator"),
    UserRole.COORDINATOR: N_("coordinator"),
    UserRole.TRAINING_OFFICER: N_("training officer"),
    UserRole.COMMANDER: N_("commander"),
}
OFFICER_STATUS: dict[str, str] = {
    OfficerStatus.ACTIVE: N_("active"),
    OfficerStatus.ROTATED_OUT: N_("rotated out"),
    OfficerStatus.WITHDRAWN: N_("withdrawn"),
}
CURRICULUM_STATUS: dict[str, str] = {
    CurriculumStatus.DRAFT: N_("draft"),
    CurriculumStatus.PUBLISHED: N_("published"),
    CurriculumStatus.RETIRED: N_("retired"),
}
PHASE: dict[str, str] = {
    Phase.PRE_DEPLOYMENT: N_("pre-deployment"),
    Phase.INDUCTION: N_("induction"),
    Phase.REFRESHER: N_("refresher"),
}
ASSESSMENT: dict[str, str] = {
    Assessment.ATTENDANCE: N_("attendance"),
    Assessment.PASS_FAIL: N_("pass/fail"),
    Assessment.SCORED: N_("scored"),
}
DELIVERY_MODE: dict[str, str] = {
    DeliveryMode.CLASSROOM: N_("classroom"),
    DeliveryMode.PRACTICAL: N_("practical"),
    DeliveryMode.BLENDED: N_("blended"),
    DeliveryMode.E_LEARNING: N_("e-learning"),
    DeliveryMode.FIELD_EXERCISE: N_("field exercise"),
}
# An officer's fields, as a sync conflict names them (sync/versions.OFFICER_FIELDS).
OFFICER_FIELD: dict[str, str] = {
    "service_number": N_("service number"),
    "family_name": N_("family name"),
    "given_names": N_("given names"),
    "rank": N_("rank"),
    "unit": N_("unit"),
    "roles": N_("roles"),
    "gender": N_("gender"),
    "status": N_("status"),
    "deployment_start": N_("deployment start"),
    "deployment_end": N_("deployment end"),
    "result": N_("result"),  # a clash of two corrections of one result (sync/corrections.py)
}
# The kinds of records a sync bundle brings (sync/merge.py counts them under these).
RECORD_KIND: dict[str, str] = {
    "sites": N_("sites"),
    "contingents": N_("contingents"),
    "roles": N_("roles"),
    "units": N_("units"),
    "officers": N_("officers"),
    "sessions": N_("sessions"),
    "attendees marked absent": N_("attendees marked absent"),
    "expected attendees": N_("expected attendees"),
    "results": N_("results"),
    "exemptions": N_("exemptions"),
    "certificates": N_("certificates"),
    "certificates revoked": N_("certificates revoked"),
    "holds": N_("holds"),
    "holds lifted": N_("holds lifted"),
    "curriculum versions": N_("curriculum versions"),
    "published curriculum": N_("published curriculum"),
}
_ENUMERATIONS: dict[type[StrEnum], dict[str, str]] = {
    Outcome: OUTCOME,
    RequirementStatus: REQUIREMENT_STATUS,
    ReadinessStatus: READINESS_STATUS,
    HoldKind: HOLD_KIND,
    VettingStatus: VETTING_STATUS,
    UserRole: USER_ROLE,
    OfficerStatus: OFFICER_STATUS,
    CurriculumStatus: CURRICULUM_STATUS,
    Phase: PHASE,
    Assessment: ASSESSMENT,
    DeliveryMode: DELIVERY_MODE,
}


def _said(table: dict[str, str], code: str, stored: str) -> str:
    """``code``'s word in ``table`` in the language in use; ``stored`` for a code the
    table does not know (written by a newer version)."""
    english = table.get(code)
    return _(english) if english else stored


def word(value: StrEnum) -> str:
    """``value`` as users read it, in the language in use (``pass`` → ``réussi``)."""
    return _(_ENUMERATIONS[type(value)][value])


def word_for(enumeration: type[StrEnum], code: str | None) -> str:
    """The stored ``code`` of ``enumeration`` as users read it; a code it does not know
    is shown as stored, and nothing as nothing."""
    return _said(_ENUMERATIONS[enumeration], code, code) if code else ""


def hold_status_word(code: str) -> str:
    """A hold's status (``open``, ``pending``...) in the language in use."""
    return _said(HOLD_STATUS, code, code)


def record_kind(kind: str) -> str:
    """A kind of record a sync bundle brings (``officers``), in the language in use."""
    return _said(RECORD_KIND, kind, kind)


def field_name(name: str) -> str:
    """An officer's field (``family_name``) as users read it, in the language in use."""
    return _said(OFFICER_FIELD, name, name.replace("_", " "))


def counted_records(kind: str, count: int) -> str:
    """``count`` records of ``kind`` (``officers``), e.g. "1 officer", "12 officers", with
    the language's plural form for the kinds people count most, the noun for the others."""
    forms = {
        "officers": lambda: ngettext("{count} officer", "{count} officers", count),
        "sessions": lambda: ngettext("{count} session", "{count} sessions", count),
        "results": lambda: ngettext("{count} result", "{count} results", count),
        "exemptions": lambda: ngettext("{count} exemption", "{count} exemptions", count),
        "certificates": lambda: ngettext("{count} certificate", "{count} certificates", count),
        "holds": lambda: ngettext("{count} hold", "{count} holds", count),
    }
    said = forms.get(kind)
    if said is None:
        return f"{count:,} {record_kind(kind)}"
    return said().format(count=f"{count:,}")
