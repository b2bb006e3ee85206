"""`carewatch synth england OUT`: every English council's returns, sized like the real councils, for years."""

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from carewatch.errors import InputError

console = Console(stderr=True)


def synth_england(
    out: Annotated[Path, typer.Argument(help="Folder to write: councils.csv and <la_code>/<year>/903 and cin per council")],
    years: Annotated[int, typer.Option(min=1, help="How many collection years, ending with --last-year")] = 5,
    last_year: Annotated[str, typer.Option(help="The latest collection year")] = "2026-27",
    scale: Annotated[float, typer.Option(min=0.001, help="Size of every council against the real one (1 = as published)")] = 1.0,
    councils: Annotated[int | None, typer.Option(min=1, help="Only the N largest councils (all 153 when left out)")] = None,
    la: Annotated[list[str] | None, typer.Option(help="Only these councils (DfE codes); repeat the option")] = None,
    seed: Annotated[int, typer.Option(help="The same seed always writes the same files")] = 0,
    workers: Annotated[int, typer.Option(min=1, help="Councils written side by side (processes)")] = 2,
) -> None:
    """Write a synthetic England: each council's 903 return and CIN census per year, sized from the published
    figures for children looked after at 31 March and children in need in the year."""
    from carewatch.benchmarks.council_sizes import council_sizes
    from carewatch.returns.years import CollectionYear
    from carewatch.synth.england import Council, write_england

    try:
        last = CollectionYear.parse(last_year)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    wanted: list[str] = []  # oldest first
    y = last
    for _ in range(years):
        wanted.insert(0, str(y))
        y = y.previous
    sizes = council_sizes()
    if la:
        unknown = sorted(set(la) - {s.la_code for s in sizes})
        if unknown:
            raise typer.BadParameter(f"no published figures for council(s) {', '.join(unknown)}")
        sizes = [s for s in sizes if s.la_code in la]
    sizes = sizes[:councils] if councils else sizes
    chosen = [
        Council(s.la_code, s.name, s.looked_after_31_march, s.children_in_need_in_year,
                f"published {s.year - 1}-{s.year % 100:02d}" + ("; a suppressed figure taken as 3" if s.estimated else ""))
        for s in sizes
    ]
    started = time.perf_counter()
    try:
        rows = write_england(out, chosen, wanted, seed=seed, scale=scale, workers=workers)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    except OSError as exc:
        raise InputError(str(out), f"cannot write the councils there ({exc.strerror or exc})") from None
    cla = sum(r[2] for r in rows)
    cin = sum(r[3] for r in rows)
    console.print(
        f"England: {len(chosen)} councils, {wanted[0]} to {wanted[-1]}: {cla:,} children in 903 returns and "
        f"{cin:,} in CIN censuses (all years), in {time.perf_counter() - started:.0f} s"
    )
    console.print(f"  {out / 'councils.csv'}; measure them with: carewatch measures --councils {out}")
