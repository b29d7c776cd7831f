"""Curricula for tests about something else than who may teach.

The shared curriculum asks for qualified instructors in its use-of-force, firearms, first
aid and public-order modules; tests of certificates, scope or the ledger record those
modules with instructors' names as free text, as a module without the rule takes them.
tests/test_instructors.py and tests/sync/test_instructor_bundles.py test the rule itself.
"""

import dataclasses

from mss_training.io.curriculum_file import CurriculumSpec, default_curriculum


def without_instructor_rules(spec: CurriculumSpec | None = None) -> CurriculumSpec:
    """``spec`` (the shared curriculum by default) with free-text instructors everywhere."""
    spec = spec or default_curriculum()
    modules = tuple(
        dataclasses.replace(module, instructor_requires=(), instructor_current=False)
        for module in spec.modules
    )
    return dataclasses.replace(spec, modules=modules)
