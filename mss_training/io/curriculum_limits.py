"""The limits a curriculum keeps to, and the check of its prerequisites against them.

The same limits hold for a curriculum file and for the window's curriculum editor.
"""

from collections.abc import Iterator

from mss_training.messages import _

# Limits that keep readiness at mission scale: every requirement is a row of every officer's
# readiness, and a curriculum of 10,000 modules once made `readiness --brief` take 52 s and
# 1.8 GB. The shipped curriculum has 22 modules, 7 roles, 37 requirements.
MAX_CURRICULUM_BYTES = 2_000_000
MAX_NESTING = 20  # arrays and tables inside one another (the shipped file nests 3 deep)
MAX_ROLES = 100
MAX_MODULES = 300
MAX_REQUIREMENTS_PER_MODULE = 100
MAX_REQUIREMENTS = 1_000
MAX_PREREQUISITES = 30
MAX_OBJECTIVES = 50
MAX_PREREQUISITE_CHAIN = 30  # modules, each a prerequisite of the one before
# The languages a module's title, description and objectives may be translated into
# (``title.fr = "..."``), besides English, which every module has. Each translation keeps
# to the English text's limits.
TRANSLATION_LANGUAGES = ("fr", "es", "ht")
TRANSLATABLE = ("title", "description", "objectives")


def too_large() -> str:
    return _(
        "is larger than {MAX_CURRICULUM_BYTES:,} bytes, more than any curriculum needs"
    ).format(MAX_CURRICULUM_BYTES=MAX_CURRICULUM_BYTES)


def too_deep(where: str) -> str:
    return _("{where} nests arrays or tables more than {MAX_NESTING} deep").format(
        where=where, MAX_NESTING=MAX_NESTING
    )


def too_many_modules(count: int) -> str:
    return _(
        "the curriculum has {count:,} modules; a curriculum may hold at most "
        "{MAX_MODULES:,} modules"
    ).format(count=count, MAX_MODULES=MAX_MODULES)


def too_many_requirements(count: int) -> str:
    return _(
        "the curriculum has {count:,} requirements; a curriculum may hold at "
        "most {MAX_REQUIREMENTS:,} requirements in all"
    ).format(count=count, MAX_REQUIREMENTS=MAX_REQUIREMENTS)


def prerequisite_problems(graph: dict[str, tuple[str, ...]]) -> list[str]:
    """Circles of prerequisites, else a chain longer than the limit, in a graph of module
    code -> prerequisites (codes outside the graph are passed over).

    Walked with a list, not by recursion: a chain may be as long as the curriculum.
    """
    problems: list[str] = []
    longest: dict[str, int] = {}  # modules in the longest chain from a module walked
    for root in graph:
        if root in longest:
            continue
        path: list[tuple[str, Iterator[str]]] = [(root, iter(graph[root]))]
        on_path = {root}
        while path:
            code, prerequisites = path[-1]
            for prerequisite in prerequisites:
                if prerequisite not in graph or prerequisite in longest:
                    continue
                if prerequisite in on_path:
                    codes = [step for step, _ in path]
                    cycle = " -> ".join([*codes[codes.index(prerequisite) :], prerequisite])
                    problems.append(
                        _("prerequisites go round in a circle: {cycle}").format(cycle=cycle)
                    )
                    continue
                path.append((prerequisite, iter(graph[prerequisite])))
                on_path.add(prerequisite)
                break
            else:
                path.pop()
                on_path.discard(code)
                below = (longest.get(step, 0) for step in graph[code] if step in graph)
                longest[code] = 1 + max(below, default=0)
    if problems or not longest or max(longest.values()) <= MAX_PREREQUISITE_CHAIN:
        return problems
    chain = [max(longest, key=longest.__getitem__)]
    while longest[chain[-1]] > 1:
        chain.append(next(p for p in graph[chain[-1]] if longest.get(p) == longest[chain[-1]] - 1))
    shown = chain if len(chain) <= 6 else [*chain[:3], "…", chain[-1]]
    return [
        _(
            "a chain of prerequisites is {count} modules long ({join}); a chain may "
            "be at most {MAX_PREREQUISITE_CHAIN} modules long"
        ).format(
            count=len(chain), join=" -> ".join(shown), MAX_PREREQUISITE_CHAIN=MAX_PREREQUISITE_CHAIN
        )
    ]
