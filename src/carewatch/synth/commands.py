"""`carewatch synth ...`: write synthetic councils' returns. One command per return (903 here; cin and a whole
council are added beside it)."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from carewatch.errors import InputError

synth_app = typer.Typer(no_args_is_help=True, help="Write coherent synthetic councils' returns (made-up children).")
console = Console(stderr=True)


@synth_app.command("903")
def synth_903(
    out: Annotated[Path, typer.Argument(help="Folder to write: current/, previous/, reference/postcodes.csv, answer_key.csv")],
    year: Annotated[str, typer.Option(help="Collection year, e.g. 2025-26")] = "2025-26",
    children: Annotated[int, typer.Option(min=1, help="Children in this year's return (roughly)")] = 1000,
    seed: Annotated[int, typer.Option(help="The same seed always writes the same files")] = 0,
    inject_errors: Annotated[int, typer.Option(min=0, help="Break this many records, each against one named rule")] = 0,
    la: Annotated[str, typer.Option(help="DfE 3-digit code of the council")] = "839",
) -> None:
    """Write a coherent council's SSDA903 return: this year and last year as DfE CSVs."""
    from carewatch.synth.ssda903 import write_council

    try:
        s = write_council(out, year=year, children=children, seed=seed, inject_errors=inject_errors, la_code=la)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    except OSError as exc:
        raise InputError(str(out), f"cannot write the council there ({exc.strerror or exc})") from None
    cur = s.rows["current"]
    console.print(
        f"ssda903 {s.year}, seed {s.seed}: {s.children:,} children this year ({cur['Episodes']:,} episodes), "
        f"{s.previous_children:,} last year, in {s.seconds:.1f} s"
    )
    console.print(f"  {s.out / 'current'}  {s.out / 'previous'}  {s.out / 'reference' / 'postcodes.csv'}")
    if inject_errors:
        console.print(f"  {s.injected} injected errors, answer key: {s.out / 'answer_key.csv'}")
