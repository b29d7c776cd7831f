"""The limits a curriculum keeps to, and the check of its prerequisites against them.

The same limits hold for a curriculum file and for the window's curriculum editor.
"""

from collections.abc import Iterator

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
    return f"is larger than {MAX_CURRICULUM_BYTES:,} bytes, more than any curriculum needs"


def too_deep(where: str) -> str:
    return f"{where} nests arrays or tables more than {MAX_NESTING} deep"


def too_many_modules(count: int) -> str:
    return (
        f"the curriculum has {count:,} modules; a curriculum may hold at most "
        f"{MAX_MODULES:,} modules"
    )


def too_many_requirements(count: int) -> str:
    return (
        f"the curriculum has {count:,} requirements; a curriculum may hold at most "
        f"{MAX_REQUIREMENTS:,} requirements in all"
    )


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
                    problems.append(f"prerequisites go round in a circle: {cycle}")
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
        f"a chain of prerequisites is {len(chain)} modules long ({' -> '.join(shown)}); "
        f"a chain may be at most {MAX_PREREQUISITE_CHAIN} modules long"
    ]
