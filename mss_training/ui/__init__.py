"""The desktop app (the only package that imports PySide6).

Importing this package first loads the non-Qt layers the window uses, before any of its
modules imports PySide6: once PySide6 is imported, shiboken's import hook looks at every
module imported after it, so the services, sync and storage layers cost less when they
are already loaded. That saves the first paint about 7 % of its CPU time (issue 21). The
document layers (ReportLab, pypdf) are not among them: the window imports them when a
document is first asked for.
"""

import mss_training.db
import mss_training.services.audit_history
import mss_training.services.backups
import mss_training.services.curriculum_editing
import mss_training.services.exports
import mss_training.services.holds
import mss_training.services.officer_record
import mss_training.services.readiness
import mss_training.services.restoring
import mss_training.services.results_import
import mss_training.services.roster_import
import mss_training.services.scoped_reads
import mss_training.services.session_drafts
import mss_training.services.session_list
import mss_training.services.snapshot_check
import mss_training.services.training_plan
import mss_training.services.users
import mss_training.sync.duplicates
import mss_training.sync.export
import mss_training.sync.merge  # noqa: F401
