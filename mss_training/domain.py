"""The vocabulary of the mission's records, shared by every layer."""

from enum import StrEnum

ALL_ROLES = "ALL"
"""The requirement role that means every officer, whatever their roles."""


class Phase(StrEnum):
    PRE_DEPLOYMENT = "pre-deployment"
    INDUCTION = "induction"
    REFRESHER = "refresher"


class Assessment(StrEnum):
    ATTENDANCE = "attendance"
    PASS_FAIL = "pass_fail"
    SCORED = "scored"


class DeliveryMode(StrEnum):
    CLASSROOM = "classroom"
    PRACTICAL = "practical"
    BLENDED = "blended"
    E_LEARNING = "e-learning"
    FIELD_EXERCISE = "field exercise"


class CurriculumStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


class OfficerStatus(StrEnum):
    ACTIVE = "active"
    ROTATED_OUT = "rotated_out"
    WITHDRAWN = "withdrawn"


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    ATTENDED = "attended"
    ABSENT = "absent"


class ResultKind(StrEnum):
    """A result is a fact; corrections are new facts that point at the one they correct."""

    ORIGINAL = "original"
    AMENDMENT = "amendment"
    VOID = "void"


class ExemptionKind(StrEnum):
    EXEMPTION = "exemption"
    EQUIVALENCE = "equivalence"


class HoldKind(StrEnum):
    """Why an officer may be held back from deployment whatever their training."""

    VETTING = "vetting"  # human-rights vetting (due diligence, Leahy screening)
    CONDUCT = "conduct"  # conduct and discipline
    MEDICAL = "medical"
    ADMINISTRATIVE = "administrative"


class VettingStatus(StrEnum):
    """Where an officer's human-rights vetting stands; only ``cleared`` lets them deploy."""

    PENDING = "pending"
    CLEARED = "cleared"
    REFUSED = "refused"


class SiteRole(StrEnum):
    HQ = "hq"
    SITE = "site"


class UserRole(StrEnum):
    """What an account may do; docs/users.md lists each role's permissions."""

    ADMINISTRATOR = "administrator"
    COORDINATOR = "coordinator"
    TRAINING_OFFICER = "training_officer"
    COMMANDER = "commander"


class RequirementStatus(StrEnum):
    CURRENT = "current"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    MISSING = "missing"
    EXEMPT = "exempt"
    # Met on the as-of date, but lapses on or before the end of the tour (``through``).
    LAPSES = "lapses"


# Defaults the command line shows in its options, kept here (not in the services that use
# them) so that building the argument parser imports no database layer.
DEFAULT_WARN_DAYS = 30  # a requirement is "expiring" this many days before it lapses
DEFAULT_SEATS = 30  # seats in one planned session
DEFAULT_TOUR_DAYS = 365  # a tour's length, for the refreshers due in it


class ReadinessStatus(StrEnum):
    READY = "ready"
    EXPIRING = "expiring"
    NOT_READY = "not_ready"


def check_values(enum: type[StrEnum]) -> str:
    """The SQL list of an enum's values, for CHECK constraints."""
    return ", ".join(f"'{member.value}'" for member in enum)


# What an installation is called until someone names it: never the computer's host name,
# which says nothing to the reader of a certificate ("Issued at vm").
UNNAMED_SITE = "MSS training site"
