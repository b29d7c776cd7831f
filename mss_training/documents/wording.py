"""The words, dates and numbers of sign-in sheets, rosters and readiness reports in English,
French, Spanish and Haitian Creole.

Dates and numbers come from Babel (CLDR). CLDR's Haitian Creole has no month names yet
(Babel prints "2026 M11 6"), so for ``ht`` alone the twelve months are supplied here, and
Babel's own are used as soon as it has them. The word tables use the vocabulary police of
each language use on their own forms (matricule, grade; número de servicio, grado;
matrikil, grad).
"""

import datetime as dt
import re

from babel.dates import format_date
from babel.numbers import format_decimal

DOCUMENT_LANGUAGES = ("en", "fr", "es", "ht")
# Babel's locale for each language: British English writes "6 November 2026", as the
# mission's English-speaking contingents do.
_LOCALES = {"en": "en_GB", "fr": "fr", "es": "es", "ht": "ht"}
_CREOLE_MONTHS = (
    "janvye", "fevriye", "mas", "avril", "me", "jen",
    "jiyè", "out", "septanm", "oktòb", "novanm", "desanm",
)  # fmt: skip
_NO_MONTH_NAME = re.compile(r"\bM\d\d\b")


def document_language(language: str | None) -> str:
    """``language`` if a document can be printed in it, else English."""
    return language if language in DOCUMENT_LANGUAGES else "en"


def long_date(day: dt.date, language: str) -> str:
    """The date as a reader writes it: 6 November 2026, 6 novembre 2026, 6 de noviembre…"""
    language = document_language(language)
    text = format_date(day, "long", locale=_LOCALES[language])
    if _NO_MONTH_NAME.search(text):  # Babel has no month names for this language yet
        return f"{day.day} {_CREOLE_MONTHS[day.month - 1]} {day.year}"
    return text


def short_date(day: dt.date, language: str) -> str:
    """Day and month in a narrow column (a signature column's head): 06/11, 6/11."""
    language = document_language(language)
    return format_date(day, "dd/MM", locale=_LOCALES[language])


def number(value: float, language: str, decimals: int = 0) -> str:
    """A count or a percentage with the language's separators (1,234 · 1 234 · 12,5)."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, pattern, locale=_LOCALES[document_language(language)])
    return text.replace("\u202f", "\u00a0")  # a no-break space every printer's font has


_EN = {
    # every page
    "as_of": "As of {date}",
    "generated": "Generated {when} UTC",
    "printed": "Printed {date}",
    "issued_by": "Issued by {name}",
    "page": "Page {number} of {total}",
    # language names, in the document's language
    "language.en": "English",
    "language.fr": "French",
    "language.es": "Spanish",
    "language.ht": "Haitian Creole",
    # shared column heads
    "service_number": "Service no.",
    "name": "Name",
    "rank": "Rank",
    "contingent": "Contingent",
    "contingent_short": "Cont.",
    "unit": "Unit",
    "module": "Module",
    # sign-in sheet
    "sign_in.title": "Sign-in sheet",
    "sign_in.session": "Session",
    "sign_in.not_recorded": "not recorded yet",
    "sign_in.dates": "Dates",
    "sign_in.location": "Location",
    "sign_in.instructors": "Instructor(s)",
    "sign_in.language": "Language",
    "sign_in.number": "No.",
    "sign_in.signature": "Signature",
    "sign_in.day": "Day {number}",
    "sign_in.expected": (
        "{count} expected attendees. Sign on arrival, each day; the instructor signs below at "
        "the end of the session. Walk-ins write their name, service number and rank on a blank row."
    ),
    "sign_in.expected_one": (
        "{count} expected attendee. Sign on arrival, each day; the instructor signs below at "
        "the end of the session. Walk-ins write their name, service number and rank on a blank row."
    ),
    "sign_in.instructor_signs": "Instructor's signature",
    "sign_in.date": "Date",
    # roster
    "roster.title": "Completion roster · {scope} · as of {date}",
    "roster.overall": "Overall",
    "roster.none": "No officers match.",
    "roster.not_required": "blank: not required",
    "roster.key": "Modules",
    "roster.totals": "Totals",
    "roster.officers": "officers",
    "roster.officer": "officer",
    # statuses
    "status.current": "current",
    "status.expiring": "expiring",
    "status.expired": "expired",
    "status.missing": "missing",
    "status.exempt": "exempt",
    "overall.ready": "Ready",
    "overall.expiring": "Expiring",
    "overall.not_ready": "Not ready",
    # scope
    "scope.mission": "the whole mission",
    "scope.contingents": "contingents {codes}",
    "scope.contingent": "contingent {code}",
    "scope.unit": "{unit}, contingent {code}",
    "scope.all_phases": "all phases",
    "scope.phase": "phase: {phase}",
    "scope.line": "{count} active officers of {where}; {phase}.",
    "phase.pre-deployment": "pre-deployment",
    "phase.induction": "induction",
    "phase.refresher": "refresher",
    # readiness report
    "report.title": "Readiness report",
    "snapshot.title": "Readiness snapshot",
    "snapshot.assessment": "Commander's assessment: {name}.",
    "snapshot.remarks": "Remarks: {remarks}",
    "snapshot.taken": "Taken by {name} ({role}) on {when} at {site}.",
    "snapshot.curriculum": "Curriculum {version}; audit trail entry {entries} ({head}).",
    "snapshot.check": (
        "Snapshot {id}, fingerprint {fingerprint}: check it with `mss-training readiness "
        "snapshot verify FILE`."
    ),
    "snapshot.through": "Readiness through the tour, to {date}.",
    "assessment.yes": "Yes",
    "assessment.qualified": "Qualified yes",
    "assessment.no": "No",
    "report.heading": "Readiness as of {date}",
    "report.officers": "officers in scope",
    "report.ready": "ready: every requirement current or exempt",
    "report.deployable": "deployable on the date: ready, or expiring",
    "report.expiring": "expiring: deployable, a qualification lapses within {days} days",
    "report.not_ready": "not ready: a requirement missing or expired",
    "report.future": (
        "{date} is in the future: these figures assume no further training before it, so "
        "passes that lapse by then count as expired."
    ),
    "report.chart": "Share of each contingent's officers by status (counts in the bars)",
    "report.axis": "Per cent of the contingent's officers",
    "report.by_contingent": "By contingent",
    "report.mission": "Mission total",
    "report.officers_head": "Officers",
    "report.ready_head": "Ready",
    "report.expiring_head": "Expiring",
    "report.deployable_head": "Deployable",
    "report.not_ready_head": "Not ready",
    "report.percent_ready": "% ready",
    "report.percent_deployable": "% deployable",
    "report.gaps": "Gaps: required modules not held",
    "report.gaps_note": (
        "Requirements, not officers: one officer may lack several modules. Needing it counts "
        "the officers who need the module and are not exempt."
    ),
    "report.no_gaps": "No gaps: every officer holds every module they need.",
    "report.title_head": "Title",
    "report.missing_head": "Missing",
    "report.expired_head": "Expired",
    "report.needed_head": "Needing it",
    "report.not_ready_list": "Not ready: {count} officers and what each lacks",
    "report.not_ready_note": "One row per officer counted as not ready above.",
    "report.none_not_ready": "No officer is not ready.",
    "report.lacks": "Lacks",
    "report.expiring_list": "Expiring: {count} officers deployable now, with what lapses",
    "report.expiring_note": (
        "One row per officer counted as expiring above: each qualification that lapses within "
        "{days} days and its last day of validity."
    ),
    "report.none_expiring": "No officer has a qualification lapsing within the window.",
    "report.lapses": "Lapses",
    "report.missing_mark": "{module} missing",
    "report.expired_mark": "{module} expired {date}",
    "report.expires_mark": "{module} until {date}",
    "report.through": (
        "Through the tour, to {date}: a qualification that lapses by then counts as lapsing. "
        "{count} officers have a refresher due during the tour."
    ),
    "report.expiring_tour": (
        "expiring: deployable, a qualification lapses within {days} days or during the tour"
    ),
    "report.expiring_note_tour": (
        "One row per officer counted as expiring above: each qualification that lapses within "
        "{days} days or during the tour, and its last day of validity."
    ),
    "report.refreshers": "Refreshers due during the tour",
    "report.refreshers_note": (
        "By the month of each qualification's last day of validity: the officers whose "
        "qualification in the module lapses then."
    ),
    "report.no_refreshers": "No qualification lapses during the tour.",
    "report.month_head": "Month",
    "report.sign_off": "Sign-off",
    "report.prepared": "Prepared by",
    "report.reviewed": "Reviewed by",
    "report.approved": "Approved by",
    "report.sign_name": "Name and rank",
    "report.sign_signature": "Signature",
    "report.sign_date": "Date",
    # the training plan
    "plan.title": "Training plan for {who}, deploying {date}",
    "plan.summary": (
        "{seats} seats a session; a tour of {days} days. Sessions of a module run one "
        "after another, 8 hours a day; each module ends before the modules that need it "
        'start. "Not before": a module that expires, taught earlier, would lapse before '
        "arrival."
    ),
    "plan.teach": "What to teach, by when",
    "plan.nothing_to_teach": "Every officer will be current on the deployment date.",
    "plan.refreshers": "Refreshers due during the tour",
    "plan.no_refreshers": "No qualification held on arrival lapses during the tour.",
    "plan.module": "Module",
    "plan.module_title": "Title",
    "plan.officers": "Officers",
    "plan.sessions": "Sessions",
    "plan.days": "Days",
    "plan.not_before": "Not before",
    "plan.start_by": "Start by",
    "plan.prerequisites": "Prerequisites",
    "plan.instructors": "Instructors",
    "plan.month": "Month",
    "plan.due_by": "Due by",
    "plan.service_numbers": "Service numbers",
    # the transcript in a records pack
    "transcript.title": "Training transcript",
    "transcript.qualifications": "Qualifications held",
    "transcript.results": "Results",
    "transcript.certificates": "Certificates",
    "transcript.exemptions": "Exemptions and equivalences",
    "transcript.service_number": "Service number {number} · contingent {contingent}",
    "transcript.unit": "Unit {unit}",
    "transcript.rank": "Rank {rank}",
    "transcript.status": "Status {status}",
    "transcript.records_as_of": "Records as of {date}, kept by {issuer}.",
    "transcript.badges": "Each is also in this pack as a signed Open Badges 3.0 credential.",
    "transcript.no_qualification": "No qualification is current on this day.",
    "transcript.no_result": "No result is recorded.",
    "transcript.no_certificate": "No certificate was issued.",
    "transcript.none": "None.",
    "transcript.module": "Module",
    "transcript.module_title": "Title",
    "transcript.gained_on": "Gained on",
    "transcript.valid_until": "Valid until",
    "transcript.certificate_valid_until": "Valid until",
    "transcript.completed": "Completed",
    "transcript.outcome": "Outcome",
    "transcript.session": "Session",
    "transcript.where": "Where",
    "transcript.instructors": "Instructors",
    "transcript.note": "Note",
    "transcript.serial": "Serial",
    "transcript.issued_on": "Issued on",
    "transcript.certificate_status": "Status",
    "transcript.kind": "Kind",
    "transcript.granted_on": "Granted on",
    "transcript.approved_by": "Approved by",
    "transcript.outcome.pass": "pass",
    "transcript.outcome.fail": "fail",
    "transcript.outcome.attended": "attended",
    "transcript.outcome.absent": "absent",
    "transcript.void": "VOID",
    "transcript.correction": "{outcome}, correction",
    "transcript.replaced": "{outcome} — replaced later",
    "transcript.certificate.valid": "valid",
    "transcript.certificate.expired": "expired",
    "transcript.certificate.revoked": "revoked",
    "transcript.exemption.exemption": "exemption",
    "transcript.exemption.equivalence": "equivalence",
    "transcript.officer.active": "active",
    "transcript.officer.rotated_out": "rotated out",
    "transcript.officer.withdrawn": "withdrawn",
}

_FR = {
    "as_of": "Au {date}",
    "generated": "Produit le {when} UTC",
    "printed": "Imprimé le {date}",
    "issued_by": "Émis par {name}",
    "page": "Page {number} sur {total}",
    "language.en": "anglais",
    "language.fr": "français",
    "language.es": "espagnol",
    "language.ht": "créole haïtien",
    "service_number": "Matricule",
    "name": "Nom",
    "rank": "Grade",
    "contingent": "Contingent",
    "contingent_short": "Cont.",
    "unit": "Unité",
    "module": "Module",
    "sign_in.title": "Feuille d'émargement",
    "sign_in.session": "Session",
    "sign_in.not_recorded": "pas encore enregistrée",
    "sign_in.dates": "Dates",
    "sign_in.location": "Lieu",
    "sign_in.instructors": "Instructeur(s)",
    "sign_in.language": "Langue",
    "sign_in.number": "N°",
    "sign_in.signature": "Signature",
    "sign_in.day": "Jour {number}",
    "sign_in.expected": (
        "{count} participants attendus. Signez à l'arrivée, chaque jour ; l'instructeur signe "
        "ci-dessous à la fin de la session. Les participants non prévus inscrivent leur nom, "
        "matricule et grade sur une ligne vide."
    ),
    "sign_in.expected_one": (
        "{count} participant attendu. Signez à l'arrivée, chaque jour ; l'instructeur signe "
        "ci-dessous à la fin de la session. Les participants non prévus inscrivent leur nom, "
        "matricule et grade sur une ligne vide."
    ),
    "sign_in.instructor_signs": "Signature de l'instructeur",
    "sign_in.date": "Date",
    "roster.title": "État des formations · {scope} · au {date}",
    "roster.overall": "Bilan",
    "roster.none": "Aucun agent ne correspond.",
    "roster.not_required": "vide : non exigé",
    "roster.key": "Modules",
    "roster.totals": "Totaux",
    "roster.officers": "agents",
    "roster.officer": "agent",
    "status.current": "valide",
    "status.expiring": "expire bientôt",
    "status.expired": "expiré",
    "status.missing": "manquant",
    "status.exempt": "dispensé",
    "overall.ready": "Prêt",
    "overall.expiring": "À renouveler",
    "overall.not_ready": "Pas prêt",
    "scope.mission": "toute la mission",
    "scope.contingents": "contingents {codes}",
    "scope.contingent": "contingent {code}",
    "scope.unit": "{unit}, contingent {code}",
    "scope.all_phases": "toutes phases",
    "scope.phase": "phase : {phase}",
    "scope.line": "{count} agents en activité de {where} ; {phase}.",
    "phase.pre-deployment": "pré-déploiement",
    "phase.induction": "accueil en mission",
    "phase.refresher": "recyclage",
    "report.title": "Rapport de disponibilité",
    "snapshot.title": "Instantané de disponibilité",
    "snapshot.assessment": "Appréciation du commandant : {name}.",
    "snapshot.remarks": "Observations : {remarks}",
    "snapshot.taken": "Pris par {name} ({role}) le {when} à {site}.",
    "snapshot.curriculum": "Programme {version} ; entrée {entries} du journal d'audit ({head}).",
    "snapshot.check": (
        "Instantané {id}, empreinte {fingerprint} : vérifiez-le avec `mss-training "
        "readiness snapshot verify FICHIER`."
    ),
    "snapshot.through": "Disponibilité sur toute la mission, jusqu'au {date}.",
    "assessment.yes": "Oui",
    "assessment.qualified": "Oui, avec réserves",
    "assessment.no": "Non",
    "report.heading": "Disponibilité au {date}",
    "report.officers": "agents concernés",
    "report.ready": "prêts : toutes exigences valides ou dispensées",
    "report.deployable": "déployables à la date : prêts ou à renouveler",
    "report.expiring": "à renouveler : déployables, une qualification expire sous {days} jours",
    "report.not_ready": "pas prêts : une exigence manquante ou expirée",
    "report.future": (
        "Le {date} est dans le futur : ces chiffres supposent qu'aucune formation n'aura lieu "
        "d'ici là ; les qualifications qui auront expiré comptent comme expirées."
    ),
    "report.chart": "Part des agents de chaque contingent par état (effectifs dans les barres)",
    "report.axis": "Pourcentage des agents du contingent",
    "report.by_contingent": "Par contingent",
    "report.mission": "Total de la mission",
    "report.officers_head": "Agents",
    "report.ready_head": "Prêts",
    "report.expiring_head": "À renouveler",
    "report.deployable_head": "Déployables",
    "report.not_ready_head": "Pas prêts",
    "report.percent_ready": "% prêts",
    "report.percent_deployable": "% déployables",
    "report.gaps": "Lacunes : modules exigés non détenus",
    "report.gaps_note": (
        "Des exigences, non des agents : un agent peut manquer de plusieurs modules. « Exigé "
        "de » compte les agents qui doivent suivre le module et n'en sont pas dispensés."
    ),
    "report.no_gaps": "Aucune lacune : chaque agent détient tous les modules exigés.",
    "report.title_head": "Intitulé",
    "report.missing_head": "Manquant",
    "report.expired_head": "Expiré",
    "report.needed_head": "Exigé de",
    "report.not_ready_list": "Pas prêts : {count} agents et ce qui manque à chacun",
    "report.not_ready_note": "Une ligne par agent compté comme pas prêt ci-dessus.",
    "report.none_not_ready": "Aucun agent n'est pas prêt.",
    "report.lacks": "Manque",
    "report.expiring_list": "À renouveler : {count} agents déployables, et ce qui expire",
    "report.expiring_note": (
        "Une ligne par agent compté comme à renouveler ci-dessus : chaque qualification qui "
        "expire sous {days} jours et son dernier jour de validité."
    ),
    "report.none_expiring": "Aucune qualification n'expire pendant la période.",
    "report.lapses": "Expire",
    "report.missing_mark": "{module} manquant",
    "report.expired_mark": "{module} expiré le {date}",
    "report.expires_mark": "{module} jusqu'au {date}",
    "report.through": (
        "Pendant le déploiement, jusqu'au {date} : une qualification qui expire d'ici là compte"
        " comme à renouveler. {count} agents ont un recyclage à faire pendant le déploiement."
    ),
    "report.expiring_tour": (
        "à renouveler : déployables, une qualification expire sous {days} jours ou pendant le "
        "déploiement"
    ),
    "report.expiring_note_tour": (
        "Une ligne par agent compté comme à renouveler ci-dessus : chaque qualification qui "
        "expire sous {days} jours ou pendant le déploiement, et son dernier jour de validité."
    ),
    "report.refreshers": "Recyclages à faire pendant le déploiement",
    "report.refreshers_note": (
        "Par mois du dernier jour de validité de chaque qualification : les agents dont la "
        "qualification du module expire ce mois-là."
    ),
    "report.no_refreshers": "Aucune qualification n'expire pendant le déploiement.",
    "report.month_head": "Mois",
    "report.sign_off": "Visa",
    "report.prepared": "Établi par",
    "report.reviewed": "Vérifié par",
    "report.approved": "Approuvé par",
    "report.sign_name": "Nom et grade",
    "report.sign_signature": "Signature",
    "report.sign_date": "Date",
    # the training plan
    "plan.title": "Plan de formation de {who}, déploiement le {date}",
    "plan.summary": (
        "{seats} places par session ; une rotation de {days} jours. Les sessions d'un "
        "module se suivent, 8 heures par jour ; chaque module se termine avant que "
        "commencent les modules qui en dépendent. « Pas avant » : un module qui expire, "
        "enseigné plus tôt, serait périmé avant l'arrivée."
    ),
    "plan.teach": "Quoi enseigner, et pour quand",
    "plan.nothing_to_teach": "Chaque agent sera à jour à la date de déploiement.",
    "plan.refreshers": "Recyclages dus pendant la rotation",
    "plan.no_refreshers": "Aucune qualification détenue à l'arrivée n'expire pendant la rotation.",
    "plan.module": "Module",
    "plan.module_title": "Intitulé",
    "plan.officers": "Agents",
    "plan.sessions": "Sessions",
    "plan.days": "Jours",
    "plan.not_before": "Pas avant",
    "plan.start_by": "Début max.",
    "plan.prerequisites": "Prérequis",
    "plan.instructors": "Instructeurs",
    "plan.month": "Mois",
    "plan.due_by": "Échéance",
    "plan.service_numbers": "Matricules",
    # the transcript in a records pack
    "transcript.title": "Relevé de formation",
    "transcript.qualifications": "Qualifications détenues",
    "transcript.results": "Résultats",
    "transcript.certificates": "Certificats",
    "transcript.exemptions": "Dispenses et équivalences",
    "transcript.service_number": "Matricule {number} · contingent {contingent}",
    "transcript.unit": "Unité {unit}",
    "transcript.rank": "Grade {rank}",
    "transcript.status": "Statut {status}",
    "transcript.records_as_of": "Dossiers au {date}, tenus par {issuer}.",
    "transcript.badges": (
        "Chacune figure aussi dans ce dossier sous forme d'attestation Open Badges 3.0 signée."
    ),
    "transcript.no_qualification": "Aucune qualification n'est valide à cette date.",
    "transcript.no_result": "Aucun résultat n'est enregistré.",
    "transcript.no_certificate": "Aucun certificat n'a été délivré.",
    "transcript.none": "Aucune.",
    "transcript.module": "Module",
    "transcript.module_title": "Intitulé",
    "transcript.gained_on": "Obtenue le",
    "transcript.valid_until": "Valable jusqu'au",
    "transcript.certificate_valid_until": "Valable jusqu'au",
    "transcript.completed": "Terminé le",
    "transcript.outcome": "Résultat",
    "transcript.session": "Session",
    "transcript.where": "Lieu",
    "transcript.instructors": "Instructeurs",
    "transcript.note": "Remarque",
    "transcript.serial": "Numéro",
    "transcript.issued_on": "Délivré le",
    "transcript.certificate_status": "Statut",
    "transcript.kind": "Type",
    "transcript.granted_on": "Accordée le",
    "transcript.approved_by": "Approuvée par",
    "transcript.outcome.pass": "réussi",
    "transcript.outcome.fail": "échoué",
    "transcript.outcome.attended": "présent",
    "transcript.outcome.absent": "absent",
    "transcript.void": "ANNULÉ",
    "transcript.correction": "{outcome}, correction",
    "transcript.replaced": "{outcome} — remplacé depuis",
    "transcript.certificate.valid": "valide",
    "transcript.certificate.expired": "expiré",
    "transcript.certificate.revoked": "révoqué",
    "transcript.exemption.exemption": "dispense",
    "transcript.exemption.equivalence": "équivalence",
    "transcript.officer.active": "en service",
    "transcript.officer.rotated_out": "relevé",
    "transcript.officer.withdrawn": "retiré",
}

_ES = {
    "as_of": "A {date}",
    "generated": "Generado el {when} UTC",
    "printed": "Impreso el {date}",
    "issued_by": "Emitido por {name}",
    "page": "Página {number} de {total}",
    "language.en": "inglés",
    "language.fr": "francés",
    "language.es": "español",
    "language.ht": "criollo haitiano",
    "service_number": "N.º de servicio",
    "name": "Nombre",
    "rank": "Grado",
    "contingent": "Contingente",
    "contingent_short": "Cont.",
    "unit": "Unidad",
    "module": "Módulo",
    "sign_in.title": "Hoja de asistencia",
    "sign_in.session": "Sesión",
    "sign_in.not_recorded": "aún no registrada",
    "sign_in.dates": "Fechas",
    "sign_in.location": "Lugar",
    "sign_in.instructors": "Instructor(es)",
    "sign_in.language": "Idioma",
    "sign_in.number": "N.º",
    "sign_in.signature": "Firma",
    "sign_in.day": "Día {number}",
    "sign_in.expected": (
        "{count} participantes previstos. Firme al llegar, cada día; el instructor firma abajo "
        "al final de la sesión. Quien no figure en la lista escribe su nombre, número de "
        "servicio y grado en una fila en blanco."
    ),
    "sign_in.expected_one": (
        "{count} participante previsto. Firme al llegar, cada día; el instructor firma abajo "
        "al final de la sesión. Quien no figure en la lista escribe su nombre, número de "
        "servicio y grado en una fila en blanco."
    ),
    "sign_in.instructor_signs": "Firma del instructor",
    "sign_in.date": "Fecha",
    "roster.title": "Estado de capacitación · {scope} · al {date}",
    "roster.overall": "General",
    "roster.none": "Ningún agente coincide.",
    "roster.not_required": "en blanco: no exigido",
    "roster.key": "Módulos",
    "roster.totals": "Totales",
    "roster.officers": "agentes",
    "roster.officer": "agente",
    "status.current": "vigente",
    "status.expiring": "por vencer",
    "status.expired": "vencido",
    "status.missing": "falta",
    "status.exempt": "exento",
    "overall.ready": "Listo",
    "overall.expiring": "Por vencer",
    "overall.not_ready": "No listo",
    "scope.mission": "toda la misión",
    "scope.contingents": "contingentes {codes}",
    "scope.contingent": "contingente {code}",
    "scope.unit": "{unit}, contingente {code}",
    "scope.all_phases": "todas las fases",
    "scope.phase": "fase: {phase}",
    "scope.line": "{count} agentes en servicio de {where}; {phase}.",
    "phase.pre-deployment": "predespliegue",
    "phase.induction": "inducción",
    "phase.refresher": "actualización",
    "report.title": "Informe de disponibilidad",
    "snapshot.title": "Instantánea de disponibilidad",
    "snapshot.assessment": "Evaluación del comandante: {name}.",
    "snapshot.remarks": "Observaciones: {remarks}",
    "snapshot.taken": "Tomada por {name} ({role}) el {when} en {site}.",
    "snapshot.curriculum": (
        "Programa {version}; entrada {entries} del registro de auditoría ({head})."
    ),
    "snapshot.check": (
        "Instantánea {id}, huella {fingerprint}: verifíquela con `mss-training readiness "
        "snapshot verify ARCHIVO`."
    ),
    "snapshot.through": "Disponibilidad durante todo el despliegue, hasta el {date}.",
    "assessment.yes": "Sí",
    "assessment.qualified": "Sí, con reservas",
    "assessment.no": "No",
    "report.heading": "Disponibilidad al {date}",
    "report.officers": "agentes incluidos",
    "report.ready": "listos: todo requisito vigente o exento",
    "report.deployable": "desplegables en la fecha: listos o por vencer",
    "report.expiring": "por vencer: desplegables, una calificación vence en {days} días",
    "report.not_ready": "no listos: un requisito falta o está vencido",
    "report.future": (
        "El {date} es una fecha futura: estas cifras suponen que no habrá más capacitación "
        "hasta entonces; lo que haya vencido para esa fecha cuenta como vencido."
    ),
    "report.chart": "Proporción de agentes de cada contingente por estado (cifras en las barras)",
    "report.axis": "Porcentaje de los agentes del contingente",
    "report.by_contingent": "Por contingente",
    "report.mission": "Total de la misión",
    "report.officers_head": "Agentes",
    "report.ready_head": "Listos",
    "report.expiring_head": "Por vencer",
    "report.deployable_head": "Desplegables",
    "report.not_ready_head": "No listos",
    "report.percent_ready": "% listos",
    "report.percent_deployable": "% desplegables",
    "report.gaps": "Carencias: módulos exigidos que faltan",
    "report.gaps_note": (
        "Requisitos, no agentes: a un agente pueden faltarle varios módulos. «Exigido a» "
        "cuenta los agentes que deben tener el módulo y no están exentos."
    ),
    "report.no_gaps": "Sin carencias: cada agente tiene todos los módulos que necesita.",
    "report.title_head": "Título",
    "report.missing_head": "Falta",
    "report.expired_head": "Vencido",
    "report.needed_head": "Exigido a",
    "report.not_ready_list": "No listos: {count} agentes y lo que falta a cada uno",
    "report.not_ready_note": "Una fila por agente contado arriba como no listo.",
    "report.none_not_ready": "Ningún agente está no listo.",
    "report.lacks": "Falta",
    "report.expiring_list": "Por vencer: {count} agentes desplegables y lo que vence",
    "report.expiring_note": (
        "Una fila por agente contado arriba como por vencer: cada calificación que vence en "
        "{days} días y su último día de validez."
    ),
    "report.none_expiring": "Ninguna calificación vence en el plazo.",
    "report.lapses": "Vence",
    "report.missing_mark": "{module} falta",
    "report.expired_mark": "{module} vencido el {date}",
    "report.expires_mark": "{module} hasta el {date}",
    "report.through": (
        "Durante el despliegue, hasta el {date}: una calificación que vence antes de esa fecha "
        "cuenta como por vencer. {count} agentes tienen un curso de actualización pendiente "
        "durante el despliegue."
    ),
    "report.expiring_tour": (
        "por vencer: desplegables, una calificación vence en {days} días o durante el despliegue"
    ),
    "report.expiring_note_tour": (
        "Una fila por agente contado arriba como por vencer: cada calificación que vence en "
        "{days} días o durante el despliegue, y su último día de validez."
    ),
    "report.refreshers": "Cursos de actualización pendientes durante el despliegue",
    "report.refreshers_note": (
        "Por el mes del último día de validez de cada calificación: los agentes cuya "
        "calificación en el módulo vence ese mes."
    ),
    "report.no_refreshers": "Ninguna calificación vence durante el despliegue.",
    "report.month_head": "Mes",
    "report.sign_off": "Visto bueno",
    "report.prepared": "Elaborado por",
    "report.reviewed": "Revisado por",
    "report.approved": "Aprobado por",
    "report.sign_name": "Nombre y grado",
    "report.sign_signature": "Firma",
    "report.sign_date": "Fecha",
    # the training plan
    "plan.title": "Plan de capacitación de {who}, despliegue el {date}",
    "plan.summary": (
        "{seats} puestos por sesión; una rotación de {days} días. Las sesiones de un "
        "módulo van una tras otra, 8 horas al día; cada módulo termina antes de que "
        "empiecen los módulos que lo requieren. «Inicio mín.»: un módulo que vence, "
        "impartido antes, caducaría antes de la llegada."
    ),
    "plan.teach": "Qué impartir, y para cuándo",
    "plan.nothing_to_teach": "Todos los agentes estarán al día en la fecha de despliegue.",
    "plan.refreshers": "Repasos que vencen durante la rotación",
    "plan.no_refreshers": "Ninguna calificación que se tenga al llegar vence durante la rotación.",
    "plan.module": "Módulo",
    "plan.module_title": "Título",
    "plan.officers": "Agentes",
    "plan.sessions": "Sesiones",
    "plan.days": "Días",
    "plan.not_before": "Inicio mín.",
    "plan.start_by": "Inicio máx.",
    "plan.prerequisites": "Requisitos previos",
    "plan.instructors": "Instructores",
    "plan.month": "Mes",
    "plan.due_by": "Vence el",
    "plan.service_numbers": "Números de placa",
    # the transcript in a records pack
    "transcript.title": "Expediente de formación",
    "transcript.qualifications": "Cualificaciones vigentes",
    "transcript.results": "Resultados",
    "transcript.certificates": "Certificados",
    "transcript.exemptions": "Exenciones y equivalencias",
    "transcript.service_number": "Número de placa {number} · contingente {contingent}",
    "transcript.unit": "Unidad {unit}",
    "transcript.rank": "Grado {rank}",
    "transcript.status": "Estado {status}",
    "transcript.records_as_of": "Registros al {date}, a cargo de {issuer}.",
    "transcript.badges": (
        "Cada una figura también en este paquete como credencial Open Badges 3.0 firmada."
    ),
    "transcript.no_qualification": "Ninguna cualificación está vigente en esta fecha.",
    "transcript.no_result": "No hay ningún resultado registrado.",
    "transcript.no_certificate": "No se emitió ningún certificado.",
    "transcript.none": "Ninguna.",
    "transcript.module": "Módulo",
    "transcript.module_title": "Título",
    "transcript.gained_on": "Obtenida el",
    "transcript.valid_until": "Válida hasta",
    "transcript.certificate_valid_until": "Válido hasta",
    "transcript.completed": "Completado",
    "transcript.outcome": "Resultado",
    "transcript.session": "Sesión",
    "transcript.where": "Lugar",
    "transcript.instructors": "Instructores",
    "transcript.note": "Nota",
    "transcript.serial": "Número",
    "transcript.issued_on": "Emitido el",
    "transcript.certificate_status": "Estado",
    "transcript.kind": "Tipo",
    "transcript.granted_on": "Concedida el",
    "transcript.approved_by": "Aprobada por",
    "transcript.outcome.pass": "aprobado",
    "transcript.outcome.fail": "reprobado",
    "transcript.outcome.attended": "asistió",
    "transcript.outcome.absent": "ausente",
    "transcript.void": "ANULADO",
    "transcript.correction": "{outcome}, corrección",
    "transcript.replaced": "{outcome} — reemplazado después",
    "transcript.certificate.valid": "válido",
    "transcript.certificate.expired": "vencido",
    "transcript.certificate.revoked": "revocado",
    "transcript.exemption.exemption": "exención",
    "transcript.exemption.equivalence": "equivalencia",
    "transcript.officer.active": "activo",
    "transcript.officer.rotated_out": "relevado",
    "transcript.officer.withdrawn": "retirado",
}

_HT = {
    "as_of": "Jou {date}",
    "generated": "Fèt {when} UTC",
    "printed": "Enprime {date}",
    "issued_by": "Bay pa {name}",
    "page": "Paj {number} sou {total}",
    "language.en": "angle",
    "language.fr": "franse",
    "language.es": "panyòl",
    "language.ht": "kreyòl ayisyen",
    "service_number": "Matrikil",
    "name": "Non",
    "rank": "Grad",
    "contingent": "Kontenjan",
    "contingent_short": "Kont.",
    "unit": "Inite",
    "module": "Modil",
    "sign_in.title": "Fèy prezans",
    "sign_in.session": "Sesyon",
    "sign_in.not_recorded": "poko anrejistre",
    "sign_in.dates": "Dat",
    "sign_in.location": "Kote",
    "sign_in.instructors": "Enstriktè",
    "sign_in.language": "Lang",
    "sign_in.number": "Nº",
    "sign_in.signature": "Siyati",
    "sign_in.day": "Jou {number}",
    "sign_in.expected": (
        "{count} patisipan yo tann. Siyen lè ou rive, chak jou; enstriktè a siyen anba a nan "
        "fen sesyon an. Moun ki pa sou lis la ekri non yo, matrikil yo ak grad yo sou yon liy vid."
    ),
    "sign_in.expected_one": (
        "{count} patisipan yo tann. Siyen lè ou rive, chak jou; enstriktè a siyen anba a nan "
        "fen sesyon an. Moun ki pa sou lis la ekri non yo, matrikil yo ak grad yo sou yon liy vid."
    ),
    "sign_in.instructor_signs": "Siyati enstriktè a",
    "sign_in.date": "Dat",
    "roster.title": "Eta fòmasyon · {scope} · jou {date}",
    "roster.overall": "Rezilta",
    "roster.none": "Pa gen ofisye ki koresponn.",
    "roster.not_required": "vid: pa obligatwa",
    "roster.key": "Modil",
    "roster.totals": "Total",
    "roster.officers": "ofisye",
    "roster.officer": "ofisye",
    "status.current": "valab",
    "status.expiring": "prèt pou ekspire",
    "status.expired": "ekspire",
    "status.missing": "manke",
    "status.exempt": "egzante",
    "overall.ready": "Pare",
    "overall.expiring": "Pou renouvle",
    "overall.not_ready": "Pa pare",
    "scope.mission": "tout misyon an",
    "scope.contingents": "kontenjan {codes}",
    "scope.contingent": "kontenjan {code}",
    "scope.unit": "{unit}, kontenjan {code}",
    "scope.all_phases": "tout faz",
    "scope.phase": "faz: {phase}",
    "scope.line": "{count} ofisye aktif nan {where}; {phase}.",
    "phase.pre-deployment": "anvan deplwaman",
    "phase.induction": "akèy nan misyon",
    "phase.refresher": "rafrechisman",
    "report.title": "Rapò disponiblite",
    "snapshot.title": "Foto disponiblite",
    "snapshot.assessment": "Evalyasyon kòmandan an: {name}.",
    "snapshot.remarks": "Remak: {remarks}",
    "snapshot.taken": "Pran pa {name} ({role}) jou {when} nan {site}.",
    "snapshot.curriculum": "Pwogram {version}; antre {entries} nan jounal odit la ({head}).",
    "snapshot.check": (
        "Foto {id}, anprent {fingerprint}: verifye l ak `mss-training readiness snapshot "
        "verify FICHYE`."
    ),
    "snapshot.through": "Disponiblite pandan tout deplwaman an, jiska {date}.",
    "assessment.yes": "Wi",
    "assessment.qualified": "Wi, ak rezèv",
    "assessment.no": "Non",
    "report.heading": "Disponiblite jou {date}",
    "report.officers": "ofisye ki konsène",
    "report.ready": "pare: tout egzijans valab oswa egzante",
    "report.deployable": "ka deplwaye jou sa a: pare oswa pou renouvle",
    "report.expiring": "pou renouvle: ka deplwaye, yon kalifikasyon ekspire nan {days} jou",
    "report.not_ready": "pa pare: yon egzijans manke oswa ekspire",
    "report.future": (
        "{date} se yon dat ki poko rive: chif sa yo sipoze pa gen lòt fòmasyon anvan li; sa "
        "ki ekspire anvan dat sa a konte kòm ekspire."
    ),
    "report.chart": "Pati ofisye chak kontenjan dapre eta yo (kantite nan ba yo)",
    "report.axis": "Pousantaj ofisye kontenjan an",
    "report.by_contingent": "Pa kontenjan",
    "report.mission": "Total misyon an",
    "report.officers_head": "Ofisye",
    "report.ready_head": "Pare",
    "report.expiring_head": "Pou renouvle",
    "report.deployable_head": "Ka deplwaye",
    "report.not_ready_head": "Pa pare",
    "report.percent_ready": "% pare",
    "report.percent_deployable": "% ka deplwaye",
    "report.gaps": "Sa ki manke: modil obligatwa ofisye pa genyen",
    "report.gaps_note": (
        "Egzijans, pa ofisye: yon ofisye ka manke plizyè modil. «Obligatwa pou» konte ofisye "
        "ki dwe genyen modil la epi ki pa egzante."
    ),
    "report.no_gaps": "Anyen pa manke: chak ofisye gen tout modil li bezwen.",
    "report.title_head": "Tit",
    "report.missing_head": "Manke",
    "report.expired_head": "Ekspire",
    "report.needed_head": "Obligatwa pou",
    "report.not_ready_list": "Pa pare: {count} ofisye ak sa ki manke chak",
    "report.not_ready_note": "Yon liy pou chak ofisye ki konte kòm pa pare anwo a.",
    "report.none_not_ready": "Pa gen ofisye ki pa pare.",
    "report.lacks": "Manke",
    "report.expiring_list": "Pou renouvle: {count} ofisye ki ka deplwaye, ak sa k ap ekspire",
    "report.expiring_note": (
        "Yon liy pou chak ofisye ki konte kòm pou renouvle anwo a: chak kalifikasyon ki "
        "ekspire nan {days} jou ak dènye jou li valab."
    ),
    "report.none_expiring": "Pa gen kalifikasyon k ap ekspire nan peryòd la.",
    "report.lapses": "Ekspire",
    "report.missing_mark": "{module} manke",
    "report.expired_mark": "{module} ekspire {date}",
    "report.expires_mark": "{module} jiska {date}",
    "report.through": (
        "Pandan deplwaman an, jiska {date}: yon kalifikasyon ki ekspire anvan lè sa a konte kòm"
        " pou renouvle. {count} ofisye gen yon fòmasyon rapèl pou fè pandan deplwaman an."
    ),
    "report.expiring_tour": (
        "pou renouvle: ka deplwaye, yon kalifikasyon ekspire nan {days} jou oswa pandan "
        "deplwaman an"
    ),
    "report.expiring_note_tour": (
        "Yon liy pou chak ofisye ki konte kòm pou renouvle anwo a: chak kalifikasyon ki ekspire"
        " nan {days} jou oswa pandan deplwaman an, ak dènye jou li valab."
    ),
    "report.refreshers": "Fòmasyon rapèl pou fè pandan deplwaman an",
    "report.refreshers_note": (
        "Pa mwa dènye jou chak kalifikasyon valab: ofisye ki gen kalifikasyon nan modil la k ap"
        " ekspire mwa sa a."
    ),
    "report.no_refreshers": "Pa gen kalifikasyon k ap ekspire pandan deplwaman an.",
    "report.month_head": "Mwa",
    "report.sign_off": "Vizà",
    "report.prepared": "Prepare pa",
    "report.reviewed": "Verifye pa",
    "report.approved": "Apwouve pa",
    "report.sign_name": "Non ak grad",
    "report.sign_signature": "Siyati",
    "report.sign_date": "Dat",
    # the training plan
    "plan.title": "Plan fòmasyon pou {who}, deplwaman {date}",
    "plan.summary": (
        "{seats} plas pou chak sesyon; yon wotasyon {days} jou. Sesyon yon modil fèt youn"
        ' apre lòt, 8 è pa jou; chak modil fini anvan modil ki bezwen l yo kòmanse. "Pa '
        'anvan": yon modil ki ekspire, si yo anseye l twò bonè, ta ekspire anvan ofisye a'
        " rive."
    ),
    "plan.teach": "Sa pou anseye, ak ki lè",
    "plan.nothing_to_teach": "Tout ofisye ap ajou nan dat deplwaman an.",
    "plan.refreshers": "Resiklaj ki dwe fèt pandan wotasyon an",
    "plan.no_refreshers": "Okenn kalifikasyon yo genyen lè yo rive pa ekspire pandan wotasyon an.",
    "plan.module": "Modil",
    "plan.module_title": "Tit",
    "plan.officers": "Ofisye",
    "plan.sessions": "Sesyon",
    "plan.days": "Jou",
    "plan.not_before": "Pa anvan",
    "plan.start_by": "Dènye dat",
    "plan.prerequisites": "Kondisyon",
    "plan.instructors": "Enstriktè",
    "plan.month": "Mwa",
    "plan.due_by": "Dat limit",
    "plan.service_numbers": "Matrikil",
    # the transcript in a records pack
    "transcript.title": "Relve fòmasyon",
    "transcript.qualifications": "Kalifikasyon li genyen",
    "transcript.results": "Rezilta",
    "transcript.certificates": "Sètifika",
    "transcript.exemptions": "Dispans ak ekivalans",
    "transcript.service_number": "Matrikil {number} · kontenjan {contingent}",
    "transcript.unit": "Inite {unit}",
    "transcript.rank": "Grad {rank}",
    "transcript.status": "Estati {status}",
    "transcript.records_as_of": "Dosye nan dat {date}, {issuer} kenbe yo.",
    "transcript.badges": (
        "Chak kalifikasyon la tou nan pake sa a kòm yon kalifikasyon Open Badges 3.0 ki siyen."
    ),
    "transcript.no_qualification": "Pa gen okenn kalifikasyon ki valab jou sa a.",
    "transcript.no_result": "Pa gen okenn rezilta ki anrejistre.",
    "transcript.no_certificate": "Yo pa t bay okenn sètifika.",
    "transcript.none": "Okenn.",
    "transcript.module": "Modil",
    "transcript.module_title": "Tit",
    "transcript.gained_on": "Jwenn li",
    "transcript.valid_until": "Valab jiska",
    "transcript.certificate_valid_until": "Valab jiska",
    "transcript.completed": "Fini",
    "transcript.outcome": "Rezilta",
    "transcript.session": "Sesyon",
    "transcript.where": "Ki kote",
    "transcript.instructors": "Enstriktè",
    "transcript.note": "Nòt",
    "transcript.serial": "Nimewo",
    "transcript.issued_on": "Bay jou",
    "transcript.certificate_status": "Estati",
    "transcript.kind": "Kalite",
    "transcript.granted_on": "Bay jou",
    "transcript.approved_by": "Apwouve pa",
    "transcript.outcome.pass": "pase",
    "transcript.outcome.fail": "echwe",
    "transcript.outcome.attended": "prezan",
    "transcript.outcome.absent": "absan",
    "transcript.void": "ANILE",
    "transcript.correction": "{outcome}, koreksyon",
    "transcript.replaced": "{outcome} — ranplase apre",
    "transcript.certificate.valid": "valab",
    "transcript.certificate.expired": "ekspire",
    "transcript.certificate.revoked": "anile",
    "transcript.exemption.exemption": "dispans",
    "transcript.exemption.equivalence": "ekivalans",
    "transcript.officer.active": "aktif",
    "transcript.officer.rotated_out": "fini wotasyon",
    "transcript.officer.withdrawn": "retire",
}

_TABLES = {"en": _EN, "fr": _FR, "es": _ES, "ht": _HT}


def words(language: str) -> dict[str, str]:
    """The word table of ``language`` (English for a language documents are not printed in)."""
    return _TABLES[document_language(language)]
