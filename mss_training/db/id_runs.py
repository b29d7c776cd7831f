"""Runs of consecutive ids, so that a bulk write's rows are read back by range."""


def long_runs(ids: list[int], least: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The runs (first, last) of at least ``least`` consecutive ids among sorted ``ids``,
    and the ids left over."""
    runs: list[tuple[int, int]] = []
    others: list[int] = []
    start = 0
    for end in range(1, len(ids) + 1):
        if end == len(ids) or ids[end] != ids[end - 1] + 1:
            if end - start >= least:
                runs.append((ids[start], ids[end - 1]))
            else:
                others.extend(ids[start:end])
            start = end
    return runs, others
