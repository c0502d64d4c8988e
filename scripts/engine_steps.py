"""The three engines' steps for ``bench_engines.py``: read the status log, count each citizen's
status at each month end per unit, and the suppression-shaped table, in pandas, DuckDB and Polars.

Each ``*_steps`` function returns the steps by name; a step takes the previous step's result. The
engines are imported when their steps are made (they are bench-only dependencies, and the import is
timed). See bench_engines.py for what each step does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

THRESHOLD = 5  # RESULTS_MIN_COUNT's default
CATEGORIES = {  # raw status -> category, as the example's data/datasets.yaml
    "Afklaring påbegyndt": "afklaring",
    "Praktik": "praktik",
    "Job med løntilskud": "løntilskud",
    "Frivilligt arbejde": "frivilligt",
    "Uddannelse": "uddannelse",
    "§103 beskyttet beskæftigelse": "paragraf_103",
    "§104 aktivitets- og samværstilbud": "paragraf_104",
    "Værested": "værested",
    "Afsluttet - flytning": "uden_beskæftigelse",
    "Afsluttet - anden beskæftigelse": "uden_beskæftigelse",
    "Afsluttet - eget ønske": "andre_årsager",
    "Afsluttet - andet": "andre_årsager",
}
PROGRAMME, ALL = "*", "alle"  # the programme's row and each unit's total in the suppression table


def months(manifest: dict[str, Any]) -> tuple[int, int]:
    """The first month (year × 12 + month) and the number of month ends in the data."""
    first, last = manifest["first_day"], manifest["last_day"]
    base = int(first[:4]) * 12 + int(first[5:7])
    return base, int(last[:4]) * 12 + int(last[5:7]) - base + 1


def data_months(manifest: dict[str, Any], base: int) -> list[int]:
    """The month numbers (from 0) of the data dates."""
    return [int(day[:4]) * 12 + int(day[5:7]) - base for day in manifest["data_dates"]]


def pandas_steps(path: Path, manifest: dict[str, Any]) -> dict[str, Callable[[Any], Any]]:
    import pandas as pd  # noqa: PLC0415 - timed, and bench-only

    base, count = months(manifest)

    def read(_: Any) -> pd.DataFrame:
        table = pd.read_csv(path, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
        table.columns = ["unit", "citizen", "date", "status"]
        return table.assign(date=pd.to_datetime(table["date"], format="%d-%m-%Y"))

    def counts(log: pd.DataFrame) -> pd.DataFrame:
        log = log.sort_values(["unit", "citizen", "date"], kind="stable")
        month = log["date"].dt.year * 12 + log["date"].dt.month - base
        same = (log["citizen"] == log["citizen"].shift(-1)) & (log["unit"] == log["unit"].shift(-1))
        stop = month.shift(-1).where(same, count).astype("int64")  # the citizen's next change, if any
        events = pd.DataFrame({"unit": log["unit"], "category": log["status"].map(CATEGORIES)})
        steps = pd.concat(
            [events.assign(month=month, step=1), events.assign(month=stop, step=-1)[stop < count]], ignore_index=True
        )
        grid = steps.groupby(["unit", "category", "month"])["step"].sum().unstack(fill_value=0)
        grid = grid.reindex(columns=range(count), fill_value=0).cumsum(axis=1)
        long = grid.stack().rename("count").reset_index()
        return long[long["count"] > 0][["unit", "month", "category", "count"]]

    def suppress(table: pd.DataFrame) -> pd.DataFrame:
        wanted = table[table["month"].isin(data_months(manifest, base))]
        units = wanted.groupby(["unit", "month"], as_index=False)["count"].sum().assign(category=ALL)
        programme = pd.concat([wanted, units]).groupby(["month", "category"], as_index=False)["count"].sum()
        whole = pd.concat([wanted, units, programme.assign(unit=PROGRAMME)], ignore_index=True)
        return whole.assign(small=(whole["count"] > 0) & (whole["count"] < THRESHOLD))

    return {"read": read, "count": counts, "suppress": suppress}


def duckdb_steps(path: Path, manifest: dict[str, Any]) -> dict[str, Callable[[Any], Any]]:
    import duckdb  # noqa: PLC0415 - timed, and bench-only

    base, count = months(manifest)
    con = duckdb.connect()
    con.execute("create table categories (status varchar, category varchar)")
    con.executemany("insert into categories values (?, ?)", list(CATEGORIES.items()))

    def read(_: Any) -> Any:
        con.execute(
            "create table log as select Enhed as unit, BorgerID as citizen, strptime(Dato, '%d-%m-%Y')::date as date,"
            " Status as status from read_csv(?, delim=';', header=true, encoding='latin-1', all_varchar=true)",
            [str(path)],
        )
        return con.execute("select count(*) from log").fetchone()

    def counts(_: Any) -> Any:
        con.execute(f"""
            create table counts as
            with events as (
              select unit, category, year(date) * 12 + month(date) - {base} as start,
                     coalesce(lead(year(date) * 12 + month(date)) over (partition by unit, citizen order by date)
                              - {base}, {count}) as stop
              from log join categories using (status)),
            steps as (
              select unit, category, start as month, 1 as step from events
              union all select unit, category, stop, -1 from events where stop < {count}),
            summed as (select unit, category, month, sum(step) as step from steps group by all),
            grid as (
              select unit, category, m.range as month from (select distinct unit, category from summed),
                     range({count}) m)
            select unit, month, category, count from (
              select unit, month, category, sum(coalesce(step, 0)) over (
                       partition by unit, category order by month rows unbounded preceding)::bigint as count
              from grid left join summed using (unit, category, month))
            where count > 0""")
        return con.execute("select count(*) from counts").fetchone()

    def suppress(_: Any) -> Any:
        dates = ", ".join(map(str, data_months(manifest, base)))
        return con.execute(f"""
            with wanted as (select * from counts where month in ({dates})),
            units as (select unit, month, '{ALL}' as category, sum(count) as count from wanted group by all),
            both_ as (select * from wanted union all select unit, month, category, count from units),
            programme as (select '{PROGRAMME}' as unit, month, category, sum(count) as count from both_ group by all),
            whole as (select * from both_ union all select * from programme)
            select unit, month, category, count::bigint as count, count > 0 and count < {THRESHOLD} as small
            from whole""").fetchall()

    return {"read": read, "count": counts, "suppress": suppress}


def polars_steps(path: Path, manifest: dict[str, Any]) -> dict[str, Callable[[Any], Any]]:
    import polars as pl  # noqa: PLC0415 - timed, and bench-only

    base, count = months(manifest)

    def read(_: Any) -> pl.DataFrame:
        table = pl.read_csv(path, separator=";", encoding="cp1252", infer_schema=False)
        table.columns = ["unit", "citizen", "date", "status"]
        return table.with_columns(pl.col("date").str.strptime(pl.Date, "%d-%m-%Y"))

    def counts(log: pl.DataFrame) -> pl.DataFrame:
        month = pl.col("date").dt.year().cast(pl.Int64) * 12 + pl.col("date").dt.month().cast(pl.Int64) - base
        events = (
            log.sort("unit", "citizen", "date")
            .with_columns(month=month, category=pl.col("status").replace_strict(CATEGORIES))
            .with_columns(
                stop=pl.when(
                    (pl.col("citizen") == pl.col("citizen").shift(-1)) & (pl.col("unit") == pl.col("unit").shift(-1))
                )
                .then(pl.col("month").shift(-1))
                .otherwise(count)
            )
        )
        steps = pl.concat(
            [
                events.select("unit", "category", "month", step=pl.lit(1)),
                events.filter(pl.col("stop") < count).select("unit", "category", month="stop", step=pl.lit(-1)),
            ]
        )
        summed = steps.group_by("unit", "category", "month").agg(pl.col("step").sum())
        grid = summed.select("unit", "category").unique().join(pl.DataFrame({"month": range(count)}), how="cross")
        dense = grid.join(summed, on=["unit", "category", "month"], how="left").sort("unit", "category", "month")
        dense = dense.with_columns(count=pl.col("step").fill_null(0).cum_sum().over("unit", "category"))
        return dense.filter(pl.col("count") > 0).select("unit", "month", "category", "count")

    def suppress(table: pl.DataFrame) -> pl.DataFrame:
        wanted = table.filter(pl.col("month").is_in(data_months(manifest, base)))
        units = wanted.group_by("unit", "month").agg(pl.col("count").sum()).with_columns(category=pl.lit(ALL))
        both = pl.concat([wanted, units.select(wanted.columns)])
        programme = both.group_by("month", "category").agg(pl.col("count").sum()).with_columns(unit=pl.lit(PROGRAMME))
        whole = pl.concat([both, programme.select(wanted.columns)])
        return whole.with_columns(small=(pl.col("count") > 0) & (pl.col("count") < THRESHOLD))

    return {"read": read, "count": counts, "suppress": suppress}


STEPS = {"pandas": pandas_steps, "duckdb": duckdb_steps, "polars": polars_steps}
