"""Problems caused by the environment or by the user's input, as opposed to bugs.

Every exception in this family carries one plain sentence that can be shown to a user
as it is. Anything else that escapes is a bug and is reported as one.
"""

from mss_training.messages import ngettext


class MssError(Exception):
    """A problem the user can understand and act on; ``str(error)`` is the sentence to show."""


class InputError(MssError):
    """Bad input: a wrong date, an unknown officer or contingent, an invalid field."""


class NotFoundError(InputError):
    """Something named by the user does not exist."""


class CurriculumError(InputError):
    """A curriculum file that cannot be read or does not pass validation."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        if len(problems) == 1:
            message = f"{source}: {problems[0]}"
        else:
            listed = "\n".join(f"  - {problem}" for problem in problems)
            message = ngettext(
                "{source} has {count} problem:\n{listed}",
                "{source} has {count} problems:\n{listed}",
                len(problems),
            ).format(source=source, count=len(problems), listed=listed)
        super().__init__(message)


class DatabaseAccessError(MssError):
    """The database cannot be used: locked, corrupt, too new, unreachable."""


class BundleError(MssError):
    """A sync bundle that cannot be imported: unreadable, altered, untrusted or too new."""
