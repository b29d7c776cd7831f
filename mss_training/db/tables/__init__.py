"""Every table of an MSS Training database, as SQLAlchemy Core tables on one MetaData.

The one definition of the schema: the ORM classes (mss_training/models.py) are mapped onto
these tables, the migrations are checked against them (tests/test_storage.py), and the row
ledger walks them (db/row_digests.py). Defined in Core so that what only reads, such as a
script's `readiness --brief`, does without the ORM and its mapping of thirty classes
(a third of that command's time; docs/benchmarks.md, start-up).

Local integer keys make joins over millions of results cheap; every record that travels
between installations also carries a ``uid`` (UUID) that is the same everywhere, the UTC
time it was made and the site that made it. Results are facts: a correction is a new
row that ``supersedes`` the one it corrects, so nothing is overwritten or deleted.
"""

# Imported in this order, so the tables are on the MetaData in the order they always were.
from mss_training.db.tables.columns import NAMING_CONVENTION, UTCDateTime, metadata
from mss_training.db.tables.records import (
    certificates,
    contingents,
    curriculum_versions,
    effective_passes,
    eligibility_holds,
    exemptions,
    installation,
    module_revisions,
    modules,
    officer_roles,
    officers,
    requirements,
    results,
    roles,
    session_attendees,
    sites,
    training_sessions,
    units,
)
from mss_training.db.tables.trail import (
    audit_log,
    officer_aliases,
    readiness_snapshots,
    script_tokens,
    settings,
    sync_conflicts,
    sync_kept_duplicates,
    sync_peers,
    sync_received,
    sync_sent,
    trail_cosignatures,
    trail_witness,
    users,
)

__all__ = [
    "NAMING_CONVENTION",
    "UTCDateTime",
    "audit_log",
    "certificates",
    "contingents",
    "curriculum_versions",
    "effective_passes",
    "eligibility_holds",
    "exemptions",
    "installation",
    "metadata",
    "module_revisions",
    "modules",
    "officer_aliases",
    "officer_roles",
    "officers",
    "readiness_snapshots",
    "requirements",
    "results",
    "roles",
    "script_tokens",
    "session_attendees",
    "settings",
    "sites",
    "sync_conflicts",
    "sync_kept_duplicates",
    "sync_peers",
    "sync_received",
    "sync_sent",
    "trail_cosignatures",
    "trail_witness",
    "training_sessions",
    "units",
    "users",
]
