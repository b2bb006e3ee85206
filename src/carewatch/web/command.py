"""`carewatch serve`. Django is imported inside the command so `carewatch --help` stays fast."""

from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on. Keep 127.0.0.1 unless behind a proxy.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    threads: Annotated[int, typer.Option(help="Worker threads.")] = 8,
) -> None:
    """Serve the web app (inspections, intervention, improvement plan, governance) with waitress."""
    from carewatch.web import serve as run

    typer.echo(f"carewatch on http://{host}:{port}/ (Ctrl+C stops it)", err=True)
    run(host=host, port=port, threads=threads)
