"""The rules of a local write, held against every record a bundle brings.

A trusted site can still sign a bundle it made by hand. So a record is taken only if it
could have been entered here: an outcome its attendance, score and pass mark give, a score
in range, no day or stamp beyond this installation's clock plus CLOCK_TOLERANCE, made by
the sending installation (HQ alone relays other sites' records), and of a contingent the
sender is enrolled for. The checks are the functions the local entry calls. The first
record that breaks a rule refuses the whole bundle, in one sentence naming the record and
the rule; the merge is one transaction, so nothing is changed. See docs/sync.md.
"""

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mss_training.dates import stamp_time
from mss_training.domain import Assessment, OfficerStatus, Outcome, ResultKind, SiteRole
from mss_training.errors import BundleError, InputError
from mss_training.messages import _
from mss_training.models import (
    Contingent,
    Module,
    ModuleRevision,
    Officer,
    Result,
    Site,
    TrainingSession,
)
from mss_training.services.holds import check_hold_entry
from mss_training.services.instructors import (
    InstructorRule,
    SessionInstructors,
    check_sessions_instructors,
    instructor_rule,
)
from mss_training.services.personnel import OfficerInput, validate_officer
from mss_training.services.recognition import check_recognition_entry
from mss_training.services.training import (
    ModuleRules,
    check_exemption_entry,
    check_session_entry,
    decide_outcome,
    future_date_problem,
)
from mss_training.sync.identity import is_trusted
from mss_training.text_limits import text_problem

if TYPE_CHECKING:
    from mss_training.sync.merge import Merge

CLOCK_TOLERANCE = dt.timedelta(days=1)
"""How far ahead of this installation's clock a received day or stamp may be.

A laptop's clock may be a few hours off, or in another time zone's today; a day covers
that, while a stamp in 2099 or 9999 (which would pin an officer's field forever) is refused.
"""


def _plain(error: InputError) -> str:
    """A local entry's sentence, to go inside another one."""
    text = str(error).rstrip(".")
    return text[:1].lower() + text[1:]


class BundleRules:
    """The checks one merge applies, called once per record kind from sync/merge.py."""

    def __init__(self, merge: "Merge") -> None:
        self.merge = merge
        sender = merge.sender
        self.sender_uid = str(sender.uid)
        self.sender_name = sender.name
        self.from_hq = sender.role == SiteRole.HQ.value
        latest = merge.now + CLOCK_TOLERANCE
        self.latest_stamp = stamp_time(latest)
        self.latest_day = latest.date()
        self.contingents = set(sender.contingents) if sender.contingents is not None else None
        self._sites: dict[str, Site] | None = None
        self._trusted: dict[int, bool] = {}
        self._rules: dict[tuple[int, int], ModuleRules] | None = None
        self._session_versions: dict[int, int] = {}
        self._officer_contingents: dict[int, str] | None = None
        self._module_codes: dict[int, str] | None = None
        self._decisions: dict[tuple[ModuleRules, bool, float | None, Outcome], Outcome | InputError]
        self._decisions = {}
        # A site relays another site's result only as the one its own correction or
        # certificate points at: checked at the end, once every part has been read.
        self.relayed_results: dict[str, tuple[str, str]] = {}  # uid -> (named, session uid)
        self.relayed_sessions: dict[str, str] = {}  # uid -> how it is named
        self.pointed_at: set[str] = set()
        self.sessions_of_taken: set[str] = set()
        # Sessions gaining results here, whose instructors are checked once all are merged.
        self.sessions_with_results: set[str] = set()

    def refuse(self, what: str, rule: str) -> BundleError:
        return self.merge.fail(_("is refused: {what} {rule}.").format(what=what, rule=rule))

    # -- what every record kind shares ----------------------------------------------------

    def stamp(self, what: str, text: Any) -> None:
        # Stamps are fixed-width UTC text, so text order is time order.
        if isinstance(text, str) and text > self.latest_stamp:
            raise self.refuse(
                what,
                _(
                    "is stamped {text}, later than this installation's clock allows (its "
                    "time plus {days} day)"
                ).format(text=text, days=CLOCK_TOLERANCE.days),
            )

    def day(self, what: str, text: Any) -> dt.date:
        day = dt.date.fromisoformat(text)
        problem = future_date_problem(day, self.latest_day)
        if problem:
            raise self.refuse(
                what,
                _(
                    "cannot be: {problem} (this installation's today plus {days} day of "
                    "clock tolerance)"
                ).format(problem=problem, days=CLOCK_TOLERANCE.days),
            )
        return day

    def sites(self) -> dict[str, Site]:
        if self._sites is None:
            session = self.merge.session
            self._sites = {str(site.uid): site for site in session.scalars(select(Site))}
        return self._sites

    def attributed(self, what: str, record: Mapping[str, Any]) -> bool:
        """Whether the sender may send this new record; False: a relay to check at the end."""
        origin = str(record["site"])
        if origin == self.sender_uid:
            return True
        site = self.sites().get(origin)
        own = self.merge.own
        if self.from_hq and site is not None and (site.id == own.id or site.vouched_by_id):
            return True
        if self.from_hq and site is not None and site.enrolled_at is not None:
            return True
        if (
            not self.from_hq
            and site is not None
            and site.role == SiteRole.SITE.value
            and site.id != own.id
            and self.trusted(site)
        ):
            return False
        raise self.not_theirs(what, origin)

    def trusted(self, site: Site) -> bool:
        if site.id not in self._trusted:
            self._trusted[site.id] = is_trusted(self.merge.session, site)
        return self._trusted[site.id]

    def not_theirs(self, what: str, origin: str) -> BundleError:
        site = self.sites().get(origin)
        name = site.name if site else _("an installation it does not describe")
        return self.refuse(
            what,
            _(
                "claims to be recorded at {name}, but {sender_name} may send only its "
                "own records (HQ alone passes on those of the sites it enrolled)"
            ).format(name=name, sender_name=self.sender_name),
        )

    def contingent(self, what: str, code: str) -> None:
        if self.contingents is not None and code not in self.contingents:
            allowed = ", ".join(sorted(self.contingents))
            raise self.refuse(
                what,
                _(
                    "is of contingent {code}, and {sender_name} is enrolled for {allowed} only"
                ).format(code=code, sender_name=self.sender_name, allowed=allowed),
            )

    def officer_contingent(self, officer_id: int) -> str:
        if self._officer_contingents is None:
            codes = dict(self.merge.session.execute(select(Contingent.id, Contingent.code)).all())
            self._officer_contingents = {
                officer: codes[contingent]
                for officer, contingent in self.merge.session.execute(
                    select(Officer.id, Officer.contingent_id)
                )
            }
        return self._officer_contingents[officer_id]

    def of_officer(self, what: str, officer_uid: str) -> None:
        if self.contingents is not None:
            self.contingent(what, self.officer_contingent(self.merge.officer(officer_uid)))

    # -- the record kinds -------------------------------------------------------------------

    def check_manifest(self) -> None:
        manifest = self.merge.report.manifest
        # A bundle dated ahead would be confirmed as received up to then, and later
        # bundles to its sender would leave out everything stored meanwhile.
        self.stamp("the bundle", stamp_time(manifest.created_at))
        for at in manifest.acknowledges.values():
            self.stamp(_("the bundle's list of what it has received"), stamp_time(at))

    def check_officers(self, records: list[dict[str, Any]]) -> None:
        for record in records:
            what = _("officer {contingent} {service_number}").format(
                contingent=record["contingent"], service_number=record["service_number"]
            )
            self.stamp(what, record["created_at"])
            versions = record.get("versions") or {}
            for version in versions.values():
                self.stamp(what, version["at"])
            try:
                status = OfficerStatus(record["status"])
            except ValueError:
                raise self.refuse(
                    what, _("has the unknown status {status!r}").format(status=record["status"])
                ) from None
            officer = OfficerInput(
                contingent=record["contingent"],
                service_number=record["service_number"],
                family_name=record["family_name"],
                given_names=record["given_names"],
                rank=record["rank"],
                unit=record["unit"],
                gender=record["gender"],
                status=status,
                deployment_start=_optional_day(record["deployment_start"]),
                deployment_end=_optional_day(record["deployment_end"]),
            )
            try:
                validate_officer(officer)
            except InputError as error:
                raise self.refuse(
                    what, _("breaks the rule of a local entry: {plain}").format(plain=_plain(error))
                ) from None
            if (
                self.contingents is not None
                and record["contingent"] not in self.contingents
                and self.changed_by_sender(record, versions)
            ):
                self.contingent(what, record["contingent"])

    def changed_by_sender(self, record: dict[str, Any], versions: Mapping[str, Any]) -> bool:
        """Whether the sender made or edited this officer beyond what is stored here."""
        stored = self.merge.session.scalar(
            select(Officer.field_versions).where(Officer.uid == _uid(record["uid"]))
        )
        if stored is None:
            return True  # new here: whoever made it, this sender may not bring it
        for name, version in versions.items():
            mine = (stored.get(name) or {}).get("clock", {})
            if version["clock"].get(self.sender_uid, 0) > mine.get(self.sender_uid, 0):
                return True
        return False

    def check_session(self, record: dict[str, Any]) -> None:
        """A session that is not here yet."""
        what = _("session {uid} ({module}, {day})").format(
            uid=record["uid"], module=record["module"], day=record["ends_on"]
        )
        self.stamp(what, record["created_at"])
        if record.get("planned"):
            # Planned ahead: its days may be in the future; its results' days are checked.
            starts_on = dt.date.fromisoformat(record["starts_on"])
            ends_on = dt.date.fromisoformat(record["ends_on"])
        else:
            starts_on = self.day(what, record["starts_on"])
            ends_on = self.day(what, record["ends_on"])
        try:
            check_session_entry(
                starts_on,
                ends_on,
                record["location"],
                record["instructors"],
                record["language"],
                record["notes"],
            )
            if record.get("recognised_by") or record.get("recognised_reference"):
                check_recognition_entry(
                    str(record.get("recognised_by", "")),
                    str(record.get("recognised_reference", "")),
                    ends_on,
                    self.latest_day,
                )
        except InputError as error:
            raise self.refuse(
                what, _("breaks the rule of a local entry: {plain}").format(plain=_plain(error))
            ) from None
        if not self.attributed(what, record):
            self.relayed_sessions[record["uid"]] = what

    def check_results(self, records: list[dict[str, Any]]) -> None:
        """Results that are not here yet."""
        for record in records:
            session_id, module_id = self.merge.training_session(record["session"])
            what = _("result {uid} ({module_code}, {day})").format(
                uid=record["uid"],
                module_code=self.module_code(module_id),
                day=record["completed_on"],
            )
            self.stamp(what, record["created_at"])
            self.day(what, record["completed_on"])
            self.outcome(what, record, session_id, module_id)
            self.of_officer(what, record["officer"])
            if record["kind"] == ResultKind.ORIGINAL.value:
                self.sessions_with_results.add(record["session"])
            if self.attributed(what, record):
                self.sessions_of_taken.add(record["session"])
                if record["site"] == self.sender_uid and record["supersedes"]:
                    self.pointed_at.add(record["supersedes"])
            else:
                self.relayed_results[record["uid"]] = (what, record["session"])

    def outcome(self, what: str, record: dict[str, Any], session_id: int, module_id: int) -> None:
        score = record["score"]
        if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)):
            raise self.refuse(
                what, _("has a score that is not a number ({score!r})").format(score=score)
            )
        # By the values' own maps: making an enum member of each of half a million
        # results' texts took longer than the rest of the check.
        outcome = _OUTCOMES.get(record["outcome"]) if isinstance(record["outcome"], str) else None
        kind = _KINDS.get(record["kind"]) if isinstance(record["kind"], str) else None
        if outcome is None or kind is None:
            raise self.refuse(what, _("has an outcome or kind this program does not know"))
        if (kind is ResultKind.ORIGINAL) == bool(record["supersedes"]):
            raise self.refuse(what, _("is a correction that corrects nothing, or the reverse"))
        rules = self.module_rules(session_id, module_id)
        try:
            decided = self.decided(rules, bool(record["attended"]), score, outcome)
        except InputError as error:
            raise self.refuse(
                what, _("breaks the rule of a local entry: {plain}").format(plain=_plain(error))
            ) from None
        if decided is not outcome:
            raise self.refuse(
                what,
                _(
                    "breaks the rule of a local entry: it says {value} where {code} records "
                    "{value2}"
                ).format(value=outcome.value, code=rules.code, value2=decided.value),
            )

    def decided(
        self, rules: ModuleRules, attended: bool, score: float | None, outcome: Outcome
    ) -> Outcome:
        """``decide_outcome``, once per distinct question: a bundle's results ask few."""
        key = (rules, attended, score, outcome)
        answer = self._decisions.get(key)
        if answer is None:
            try:
                answer = decide_outcome(rules, attended, score, outcome)
            except InputError as error:
                answer = error
            self._decisions[key] = answer
        if isinstance(answer, InputError):
            raise answer
        return answer

    def module_code(self, module_id: int) -> str:
        if self._module_codes is None:
            self._module_codes = dict(
                self.merge.session.execute(select(Module.id, Module.code)).all()
            )
        return self._module_codes.get(module_id, "?")

    def module_rules(self, session_id: int, module_id: int) -> ModuleRules:
        """The module's rules in the curriculum version its session was recorded under."""
        session = self.merge.session
        if self._rules is None:
            self._rules = {
                (version_id, module): ModuleRules(module, code, Assessment(assessment), mark)
                for version_id, module, code, assessment, mark in session.execute(
                    select(
                        ModuleRevision.curriculum_version_id,
                        ModuleRevision.module_id,
                        Module.code,
                        ModuleRevision.assessment,
                        ModuleRevision.pass_mark,
                    ).join(Module, Module.id == ModuleRevision.module_id)
                )
            }
        version_id = self._session_versions.get(session_id)
        if version_id is None:
            self._session_versions.update(
                (id_, version)
                for id_, version in session.execute(
                    select(TrainingSession.id, TrainingSession.curriculum_version_id)
                )
            )
            version_id = self._session_versions[session_id]
        rules = self._rules.get((version_id, module_id))
        if rules is None:
            raise self.merge.fail(
                _("has a result of a module its session's curriculum does not have.")
            )
        return rules

    def check_exemption(self, record: dict[str, Any]) -> None:
        """An exemption that is not here yet."""
        what = _("exemption {uid} ({module}, {day})").format(
            uid=record["uid"], module=record["module"], day=record["granted_on"]
        )
        self.stamp(what, record["created_at"])
        granted_on = self.day(what, record["granted_on"])
        try:
            check_exemption_entry(
                record["reason"],
                record["approved_by"],
                granted_on,
                _optional_day(record["valid_until"]),
            )
        except InputError as error:
            raise self.refuse(
                what, _("breaks the rule of a local entry: {plain}").format(plain=_plain(error))
            ) from None
        self.of_officer(what, record["officer"])
        if not self.attributed(what, record):
            raise self.not_theirs(what, record["site"])

    def check_certificate(self, record: dict[str, Any], new: bool) -> None:
        what = _("certificate {serial}").format(serial=record["serial"])
        self.stamp(what, record.get("revoked_at"))
        if not new:
            return  # a revocation, which any trusted installation may make
        self.stamp(what, record["created_at"])
        self.day(what, record["issued_on"])
        self.of_officer(what, record["officer"])
        if not self.attributed(what, record):
            raise self.not_theirs(what, record["site"])
        if record.get("result") and record["site"] == self.sender_uid:
            self.pointed_at.add(record["result"])

    def check_hold(self, record: dict[str, Any], new: bool) -> None:
        """A hold: placed like a local one; a lift, which any trusted installation may make."""
        what = _("hold {uid} ({kind}, {day})").format(
            uid=record["uid"], kind=record["kind"], day=record["since"]
        )
        self.stamp(what, record.get("lifted_at"))
        if record.get("lifted_at"):
            reason = record.get("lift_reason")
            if not record.get("lifted_on") or not isinstance(reason, str) or not reason.strip():
                raise self.refuse(what, _("is lifted without a day or a reason"))
            # As a local lift (services.holds.lift_hold) would refuse it.
            problem = text_problem(reason)
            if problem:
                raise self.refuse(
                    what, _("is lifted with a reason that {problem}").format(problem=problem)
                )
            self.day(what, record["lifted_on"])
        if not new:
            return
        self.stamp(what, record["created_at"])
        try:
            check_hold_entry(
                record["kind"],
                record["vetting_status"],
                record["reason"],
                record["reference"],
                self.day(what, record["since"]),
                _optional_day(record.get("until")),
            )
        except InputError as error:
            raise self.refuse(
                what, _("breaks the rule of a local entry: {plain}").format(plain=_plain(error))
            ) from None
        self.of_officer(what, record["officer"])
        if not self.attributed(what, record):
            raise self.not_theirs(what, record["site"])

    def check_instructors(self) -> None:
        """Each session given results by the bundle, held to its module's instructor rule in
        its curriculum version, against the records as merged (the instructors' own passes
        may come in the same bundle)."""
        session = self.merge.session
        rules: dict[tuple[str, int], InstructorRule | None] = {}
        uids = sorted(self.sessions_with_results)
        # A batch of sessions read at a time, with their modules' codes and attendees: a
        # site's bundle brings tens of thousands, and three statements each were a third
        # of this check.
        for start in range(0, len(uids), _SESSIONS_AT_ONCE):
            batch = uids[start : start + _SESSIONS_AT_ONCE]
            found = {
                row.uid: row
                for row in session.execute(
                    select(
                        TrainingSession.id, TrainingSession.uid, TrainingSession.recognised_by,
                        Module.code, TrainingSession.curriculum_version_id,
                        TrainingSession.instructors, TrainingSession.ends_on,
                    )
                    .join(Module, Module.id == TrainingSession.module_id)
                    .where(TrainingSession.uid.in_([_uid(text) for text in batch]))
                )
            }  # fmt: skip
            checked: list[tuple[str, Any, InstructorRule]] = []
            for session_uid in batch:
                training = found.get(_uid(session_uid))
                assert training is not None
                if training.recognised_by:
                    continue  # held outside the mission: no mission instructor taught it
                key = (training.code, training.curriculum_version_id)
                if key not in rules:
                    rules[key] = instructor_rule(session, *key)
                rule = rules[key]
                if rule is not None:
                    checked.append((session_uid, training, rule))
            attendees: dict[int, set[int]] = {}
            for session_id, officer_id in session.execute(
                select(Result.session_id, Result.officer_id).where(
                    Result.session_id.in_([entry[1].id for entry in checked])
                )
            ):
                attendees.setdefault(session_id, set()).add(officer_id)
            outcomes = check_sessions_instructors(
                session,
                [
                    SessionInstructors(
                        rule, training.instructors, training.ends_on,
                        attendees.get(training.id, set()),
                    )
                    for _session_uid, training, rule in checked
                ],
            )  # fmt: skip
            for (session_uid, training, rule), outcome in zip(checked, outcomes, strict=True):
                if isinstance(outcome, InputError):
                    what = f"session {session_uid} ({rule.module}, {training.ends_on.isoformat()})"
                    raise self.refuse(
                        what, f"breaks the rule of a local entry: {_plain(outcome)}"
                    ) from None

    def finish(self) -> None:
        """Refuse another site's records that no correction or certificate of the sender needs."""
        self.check_instructors()
        needed = set(self.sessions_of_taken)
        for uid, (what, session_uid) in self.relayed_results.items():
            if uid not in self.pointed_at:
                raise self.relay_refused(what)
            needed.add(session_uid)
        for uid, what in self.relayed_sessions.items():
            if uid not in needed:
                raise self.relay_refused(what)

    def relay_refused(self, what: str) -> BundleError:
        return self.refuse(
            what,
            _(
                "was recorded at another site, and {sender_name} may send only its own "
                "records (HQ alone passes on those of the sites it enrolled)"
            ).format(sender_name=self.sender_name),
        )


# Sessions whose instructors are read in one statement.
_SESSIONS_AT_ONCE = 500


_OUTCOMES = {member.value: member for member in Outcome}
_KINDS = {member.value: member for member in ResultKind}


def _optional_day(text: Any) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _uid(text: str) -> uuid.UUID:
    return uuid.UUID(text)
