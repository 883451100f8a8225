"""The tables: each figure beside its floor, the ratio and whether the target is met."""

from __future__ import annotations

from dataclasses import dataclass

from bench.timing import median


@dataclass(frozen=True, slots=True)
class Row:
    figure: str
    times: list[float]
    floor_name: str
    floor: float  # seconds: measured beside the figure, or a budget scaled to this machine
    target: float | None  # the largest ratio allowed; None: shown for information
    floor_times: list[float] | None = None  # None: the floor is a budget
    fixed_budget: float | None = None  # seconds: the budget before the machine's factor

    @property
    def value(self) -> float:
        return median(self.times)

    @property
    def ratio(self) -> float:
        return self.value / self.floor

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "(info)"
        return "met" if self.ratio <= self.target else "**missed**"

    @property
    def raw(self) -> str:
        """The figure against the fixed budget as it was set, for the record."""
        if self.fixed_budget is None:
            return ""
        return f"{self.value / self.fixed_budget:.2f}× of {seconds(self.fixed_budget)}"


@dataclass(frozen=True, slots=True)
class Growth:
    """A figure at full scale against the same figure at a tenth of the data."""

    figure: str
    full: float
    tenth: float
    expected: str  # "flat" or "linear"
    data_full: int | None = None  # how much the figure handles, when it should be linear
    data_tenth: int | None = None
    unit: str = ""

    @property
    def growth(self) -> float:
        return self.full / self.tenth

    @property
    def data_growth(self) -> float | None:
        if self.data_full is None or not self.data_tenth:
            return None
        return self.data_full / self.data_tenth

    @property
    def verdict(self) -> str:
        # Flat: ten times the data costs at most half as much again. Linear: the cost
        # grows at most 1.3 times as fast as what is exported.
        if self.expected == "flat":
            return "flat" if self.growth <= FLAT else "**grows**"
        assert self.data_growth is not None
        return "linear" if self.growth <= LINEAR * self.data_growth else "**worse than linear**"


FLAT = 1.5
LINEAR = 1.3


def seconds(value: float) -> str:
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.1f} ms"


def count(number: int) -> str:
    """A whole number with thin spaces between thousands, as Finns write it."""
    return f"{number:,}".replace(",", " ")


def targets_table(rows: list[Row]) -> list[str]:
    lines = [
        "| figure | median | runs | floor | floor median | ratio | target | "
        "| against the fixed budget |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: |",
    ]
    for row in rows:
        floor_runs = "" if row.floor_times is None else f" ({len(row.floor_times)} runs)"
        target = "" if row.target is None else f"≤ {row.target:g}×"
        lines.append(
            f"| {row.figure} | {seconds(row.value)} | {len(row.times)} | {row.floor_name}"
            f"{floor_runs} | {seconds(row.floor)} | {row.ratio:.2f}× | {target} | {row.verdict} "
            f"| {row.raw} |"
        )
    return lines


def growth_table(rows: list[Growth]) -> list[str]:
    lines = [
        "| figure | full scale | 1/10 scale | cost growth | data growth | expected | |",
        "| --- | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for row in rows:
        data = ""
        if row.data_full is not None and row.data_tenth is not None:
            data = (
                f"{count(row.data_full)} / {count(row.data_tenth)} {row.unit}"
                f" = {row.data_growth:.1f}×"
            )
        lines.append(
            f"| {row.figure} | {seconds(row.full)} | {seconds(row.tenth)} | {row.growth:.2f}× "
            f"| {data} | {row.expected} | {row.verdict} |"
        )
    return lines
