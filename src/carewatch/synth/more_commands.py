"""`carewatch synth cin` and `carewatch synth council`: the CIN census, and a whole council with both returns."""

from pathlib import Path
from typing import Annotated

import typer

from carewatch.synth.commands import console, synth_app


@synth_app.command("cin")
def synth_cin(
    out: Annotated[Path, typer.Argument(help="Folder to write: cin_census.xml (and answer_key.csv)")],
    year: Annotated[str, typer.Option(help="Collection year, e.g. 2025-26")] = "2025-26",
    children: Annotated[int, typer.Option(min=1, help="Children in the census")] = 1000,
    seed: Annotated[int, typer.Option(help="The same seed always writes the same file")] = 0,
    inject_errors: Annotated[int, typer.Option(min=0, help="Break this many records, each against one named rule")] = 0,
    la: Annotated[str, typer.Option(help="DfE 3-digit code of the council")] = "839",
) -> None:
    """Write a coherent council's children in need census (one XML file)."""
    from carewatch.synth.cin import write_census

    try:
        s = write_census(out / "cin_census.xml", year=year, children=children, seed=seed, la_code=la, inject_errors=inject_errors)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    console.print(f"cin {year}, seed {seed}: {s.children:,} children in {s.out_file}")
    if inject_errors:
        console.print(f"  {s.injected} injected errors, answer key: {out / 'answer_key.csv'}")


@synth_app.command("council")
def synth_council(
    out: Annotated[Path, typer.Argument(help="Folder to write: 903/ (current, previous, reference) and cin/cin_census.xml")],
    year: Annotated[str, typer.Option(help="Collection year, e.g. 2025-26")] = "2025-26",
    children: Annotated[int, typer.Option(min=1, help="Children in the 903 return; the census is about 8 times larger")] = 1000,
    seed: Annotated[int, typer.Option(help="The same seed always writes the same files")] = 0,
    la: Annotated[str, typer.Option(help="DfE 3-digit code of the council")] = "839",
) -> None:
    """Write both returns of one synthetic council, its children in care under the same ids in each."""
    from carewatch.synth.council import write_both

    try:
        s = write_both(out, year=year, children=children, seed=seed, la_code=la)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    console.print(f"903: {s.ssda903.children:,} children in {out / '903'}; CIN census: {s.cin.children:,} children in {s.cin.out_file}")
