"""`annotate run --cluster …`: the same annotation on a Dask cluster, into a folder of parts."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Callable, List, NoReturn, Optional

import typer

from article_annotator.errors import AnnotateError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
INSTALL_HINT = "--cluster needs Dask: pip install 'article-annotator[dask]'"
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "kb": 1000, "kib": 1 << 10, "m": 1 << 20, "mb": 1000**2,
          "mib": 1 << 20, "g": 1 << 30, "gb": 1000**3, "gib": 1 << 30}


def parse_size(value: str) -> int:
    """`16MiB`, `500k`, `1048576`: a size in bytes (typer callback for --split-size)."""
    text = value.strip().lower().replace(" ", "")
    number = text.rstrip("kmgib")
    unit = text[len(number):]
    try:
        size = int(float(number) * _UNITS[unit])
    except (ValueError, KeyError):
        raise typer.BadParameter(f"{value!r} is not a size such as 16MiB, 500k or 1048576", param_hint="--split-size")
    if size < 1:
        raise typer.BadParameter("must be at least 1 byte", param_hint="--split-size")
    return size


def check_usage(say: Callable[[str], None], paths: List[str], output: Optional[Path], fmt: Optional[str]) -> None:
    """The usage errors of --cluster: stdin, no folder, a format other than jsonl, no Dask."""
    problem = None
    if "-" in paths:
        problem = "--cluster reads files, folders or globs, not stdin"
    elif fmt not in (None, "jsonl"):
        problem = f"--cluster writes JSON Lines parts; -f {fmt} is not possible (run annotate merge, then convert)"
    elif output is None:
        problem = "--cluster needs -o FOLDER for the part files"
    if problem is None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            problem = INSTALL_HINT
    if problem:
        say(problem)
        raise typer.Exit(EXIT_USAGE)


def connect(address: str) -> Any:
    """A Dask client: `local:N` starts a LocalCluster of N processes x 1 thread."""
    import dask
    from distributed import Client, LocalCluster

    if address.startswith("local"):
        count = address.partition(":")[2] or "0"
        if not count.isdigit():
            raise AnnotateError(f"--cluster {address!r}: expected local:N with N a number of workers")
        workers = int(count) or None
        # Dask samples every worker's stack every 10 ms for its dashboard profile; for this
        # Python-heavy work that costs about a tenth of the CPU (measured), so it is off here.
        dask.config.set({"distributed.worker.profile.enabled": False})
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)  # no cancelled-task warnings after Ctrl-C
        return Client(cluster)
    try:
        return Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise AnnotateError(f"--cluster {address}: cannot reach the scheduler: {exc}")


def run_on_cluster(say: Callable[[str], None], address: str, paths: List[str], output: Path,
                   names: Optional[List[str]], model: Optional[str], batch_size: int, split_size: int,
                   resume: bool, include_text: bool, debug: bool, ref_date: Optional[str],
                   quiet: bool, show_progress: bool) -> NoReturn:
    """Run, report, and exit with the run's code (0, 1, 2 or 130)."""
    from article_annotator.cluster.dask_engine import annotate_to_dir
    from article_annotator.cluster.task import RunOptions

    progress = Progress(say, show_progress and not quiet)
    started = time.perf_counter()
    try:
        with connect(address) as client:
            manifest = annotate_to_dir(
                client, paths, output, annotators=names, model=model, batch_size=batch_size,
                split_size=split_size, options=RunOptions(include_text, debug, ref_date), resume=resume,
                on_plan=progress.planned, on_done=progress.done,
            )
    except AnnotateError as exc:
        say(str(exc))
        raise typer.Exit(EXIT_USAGE)
    except KeyboardInterrupt:
        progress.close()
        say(f"interrupted; {progress.parts} finished parts kept in {output}; rerun with --resume to finish")
        raise typer.Exit(EXIT_INTERRUPTED)
    except Exception as exc:  # a worker that cannot write the folder, a lost scheduler, …
        progress.close()
        if debug:
            raise
        say(f"error: {type(exc).__name__}: {exc} (finished parts kept in {output}; run with --debug for the traceback)")
        raise typer.Exit(EXIT_FAILED)
    progress.close()
    if not quiet:
        say(f"{manifest['documents']} documents, {manifest['errors']} errors, {len(manifest['parts'])} parts "
            f"in {output}, {time.perf_counter() - started:.1f} s")
    raise typer.Exit(EXIT_FAILED if manifest["errors"] else EXIT_OK)


class Progress:
    """Names each failure on stderr; on a terminal, a line of parts, documents, rate and ETA."""

    def __init__(self, say: Callable[[str], None], enabled: bool) -> None:
        self.say, self.enabled = say, enabled
        self.parts = self.total = self.documents = 0
        self.kept = 0
        self.started = time.perf_counter()
        self.display: Any = None

    def planned(self, run: Any) -> None:
        self.total, self.kept = len(run.splits), len(run.kept)
        self.parts = self.kept
        for error in run.plan_errors:
            self.say(f"{error.location}: {error.reason}")
        if self.kept:
            self.say(f"resuming: {self.kept} of {self.total} parts already done")
        if self.enabled:
            from rich.console import Console
            from rich.live import Live

            self.display = Live("", console=Console(stderr=True), transient=True)
            self.display.start()

    def done(self, done: dict[str, Any]) -> None:
        self.parts += 1
        self.documents += done["documents"]
        for error in done["input_errors"]:
            where = f"{error['path']}:{error['line']}" if error.get("line") is not None else error["path"]
            self.say(f"{where}: {'warning: ' if error.get('severity') == 'warning' else ''}{error['reason']}")
        for failure in done["failures"]:
            self.say(f"{failure['location']}: annotator {failure['annotator']} failed: {failure['message']}")
        if self.display is not None:
            self.display.update(self._line(), refresh=True)

    def _line(self) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-6)
        rate = self.documents / seconds
        new = self.parts - self.kept
        left = self.total - self.parts
        eta = f"{seconds / new * left:.0f} s" if new else "?"
        return f"parts {self.parts}/{self.total} · {self.documents} documents · {rate:.1f}/s · ETA {eta}"

    def close(self) -> None:
        if self.display is not None:
            self.display.stop()
            self.display = None
