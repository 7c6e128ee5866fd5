"""The `annotate` command: options in, library calls, records out. No NLP here."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import IO, Any, Iterator, List, Optional

import orjson
import typer
from rich.console import Console
from typer.core import TyperGroup

try:
    from article_annotator import __version__
except ModuleNotFoundError:  # run from a checkout without `pip install`
    sys.exit("annotate: article-annotator is not installed: run 'pip install -e .' in the checkout")
from article_annotator import collector
from article_annotator.document import Document
from article_annotator.errors import AnnotateError, InputError
from . import resume_file
from .output import AtomicFile, OutputTargetError, Writer, check_target, make_writer
from .signals import Interrupted, WholeRecords
from .terminal import printable, quote_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_COMMAND = "run"


class DefaultCommandGroup(TyperGroup):
    """`annotate FILE…` means `annotate run FILE…`, as `llm "prompt"` means `llm prompt`."""

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        if not args or (args[0] not in self.commands and args[0] not in {"--help", "-h", "--version"}):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultCommandGroup,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Annotate news articles: entities, quotes with speakers, tariffs, and dates as ISO values.\n\n"
    "`annotate FILE…` is short for `annotate run FILE…`.",
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"
    csv = "csv"
    sqlite = "sqlite"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"annotate {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Annotate news articles."""


def _say(message: str) -> None:
    """One line on stderr, ripgrep style: `annotate: …`."""
    stderr.print(f"annotate: {printable(message)}", markup=False, emoji=False)


@app.command("run")
def run(
    paths: List[str] = typer.Argument(None, help="Files, folders, globs, or - for stdin (the default when piped)."),
    annotators: Optional[str] = typer.Option(None, "-a", "--annotators", help="Comma-separated annotators to run (dependencies are added). Default: all installed."),
    fmt: Optional[Format] = typer.Option(None, "-f", "--format", help="jsonl, json, table, csv (one annotator's items, with -a NAME) or sqlite (with -o FILE.db). Default: from -o's extension, else table on a terminal, else jsonl."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to FILE atomically instead of stdout."),
    jobs: int = typer.Option(1, "-j", "--jobs", min=1, help="Worker processes. Output keeps input order."),
    model: Optional[str] = typer.Option(None, "--model", envvar="ANNOTATE_MODEL", help="spaCy pipeline to use (package name or path)."),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help="Document date (YYYY-MM-DD) for every input; overrides dates found in the inputs."),
    include_text: bool = typer.Option(False, "--include-text", help="Add each document's full text to its record."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per nlp.pipe batch."),
    doc_timeout: float = typer.Option(60.0, "--doc-timeout", min=0, metavar="SECONDS", help="Time budget per document (per 100,000 characters for longer ones); a document over it is an input error. 0: no limit."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar and no summary line."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for failures."),
    cluster: Optional[str] = typer.Option(None, "--cluster", envvar="ANNOTATE_CLUSTER", help="Run on Dask: local:N (N worker processes here) or a scheduler address tcp://HOST:8786; -o names a folder of parts."),
    resume: bool = typer.Option(False, "--resume", help="Finish an earlier run: keep the parts (or, for -o FILE.jsonl, the records) already written."),
    split_size: str = typer.Option("16MiB", "--split-size", help="With --cluster: input bytes per task, e.g. 16MiB."),
) -> None:
    """Annotate articles and write one record per document."""
    from article_annotator.sources import read_documents

    if ref_date is not None:
        _check_iso_date(ref_date)
    paths = _input_paths(paths)
    names = [n.strip() for n in annotators.split(",") if n.strip()] if annotators else None
    if cluster:
        _run_cluster(cluster, paths, output, fmt, names, model, batch_size, split_size, resume, include_text, debug, ref_date, quiet)
    if output is not None:
        try:
            check_target(output)
        except OutputTargetError as exc:
            _say(f"-o {quote_path(output)}: {exc}")
            raise typer.Exit(EXIT_USAGE)
    collector.hold()  # start-up makes long-lived objects only (modules, patterns, the model): see collector.py
    try:
        pipeline = _load_pipeline(names, model, batch_size, doc_timeout)
        if pipeline.model_name is None or jobs > 1:
            collector.release()  # no model loads in this process, so none will release the collector
        fmt_name = (fmt.value if fmt else None) or _default_format(output)
        csv_annotator = _check_format_usage(fmt_name, output, names, resume)
        sink, writer, done_ids = _open_output(fmt_name, output, resume, csv_annotator)
        inputs = read_documents(paths, ref_date=ref_date, stdin=sys.stdin.buffer if "-" in paths else None)
        items = pipeline.run(resume_file.skip_done(inputs, done_ids) if resume else inputs, jobs=jobs)
        tally = Tally()
        started = time.perf_counter()
        # Tables on the terminal show their own progress; a bar would tear them.
        tables_on_terminal = fmt_name == "table" and sink is None and sys.stdout.isatty()
        show_progress = not quiet and stderr.is_terminal and not tables_on_terminal
        _write_records(items, writer, sink, tally, paths, show_progress, include_text, debug)
        if sink:
            sink.commit()
            if resume:
                resume_file.finish(sink.path)
        if not quiet:
            _say(tally.summary(time.perf_counter() - started))
        raise typer.Exit(EXIT_FAILED if tally.failed else EXIT_OK)
    finally:
        collector.release()  # whatever happened: a caller running the command in its own process gets it back


def _input_paths(paths: Optional[List[str]]) -> List[str]:
    """The paths given, or stdin when it is piped; no input at all is a usage error."""
    if paths:
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        _say("no input: give files, folders or globs, or pipe text to stdin (see annotate --help)")
        raise typer.Exit(EXIT_USAGE)
    return ["-"]


def _load_pipeline(names: Optional[List[str]], model: Optional[str], batch_size: int, doc_timeout: float):
    """The Pipeline for these annotators; a bad name, model or plugin is a usage error."""
    from article_annotator.pipeline import Pipeline

    try:
        pipeline = Pipeline(names, model=model, batch_size=batch_size, timeout=doc_timeout, freeze_model=True)
    except AnnotateError as exc:
        _say(str(exc))
        raise typer.Exit(EXIT_USAGE)
    for problem in pipeline.skipped:
        _say(f"warning: {problem}")
    return pipeline


def _open_output(fmt_name: str, output: Optional[Path], resume: bool, csv_annotator: Optional[str]):
    """(sink, writer, ids already written): the atomic file (None for stdout or SQLite),
    the writer for the format, and with --resume the documents to skip."""
    if fmt_name == "sqlite":
        assert output is not None
        writer = _sqlite_writer(output)
        done_ids = set()
        if resume:
            done_ids = writer.known_ids()
            _say(f"resuming: {len(done_ids)} documents already in {quote_path(output)} are skipped")
        return None, writer, done_ids
    try:
        sink = AtomicFile(output) if output else None
    except OutputTargetError as exc:
        _say(f"-o {quote_path(output)}: {exc}")
        raise typer.Exit(EXIT_USAGE)
    except OSError as exc:
        _say(f"{quote_path(output)}: cannot write there: {(exc.strerror or str(exc)).lower()}")
        raise typer.Exit(EXIT_USAGE)
    if sink is not None and getattr(sink, "swept", 0):
        _say(f"removed {sink.swept} temporary file(s) left beside {quote_path(output)} by killed runs")
    stream: IO[bytes] = sink.stream if sink else sys.stdout.buffer
    done_ids = _resume_file(output, stream) if resume and output else set()
    return sink, make_writer(fmt_name, stream, annotator=csv_annotator), done_ids


def _write_records(items, writer, sink, tally: Tally, paths: List[str], show_progress: bool,
                   include_text: bool, debug: bool) -> None:
    """Write each document's record as it comes, counting failures; a closed pipe, an
    interrupt or a failure ends the run with its exit code, never a torn record."""
    try:
        with _progress(enabled=show_progress, paths=paths) as advance, WholeRecords(_kill_workers) as guard:
            for item in items:
                tally.count(item, debug)
                if isinstance(item, Document):
                    with guard.writing():
                        writer.write(item.to_record(include_text=include_text, include_tracebacks=debug))
                    advance()
        writer.close()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK if not tally.failed else EXIT_FAILED)
    except KeyboardInterrupt as exc:
        _finish_interrupted(writer, sink, exc)
        raise typer.Exit(exc.code if isinstance(exc, Interrupted) else EXIT_INTERRUPTED)
    except AnnotateError as exc:
        if sink:
            sink.discard()
        _say(str(exc))
        raise typer.Exit(EXIT_USAGE)
    except Exception as exc:
        if sink:
            sink.discard()
        if debug:
            raise
        _say(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        raise typer.Exit(EXIT_FAILED)


def _run_cluster(address: str, paths: List[str], output: Optional[Path], fmt: Optional[Format], names: Optional[List[str]],
                 model: Optional[str], batch_size: int, split_size: str, resume: bool, include_text: bool,
                 debug: bool, ref_date: Optional[str], quiet: bool) -> None:
    """--cluster: the run goes to cli/cluster_run.py, which exits with the run's code."""
    from . import cluster_run

    cluster_run.check_usage(_say, paths, output, fmt.value if fmt else None)
    assert output is not None
    cluster_run.run_on_cluster(_say, address, paths, output, names, model, batch_size, cluster_run.parse_size(split_size),
                               resume, include_text, debug, ref_date, quiet, stderr.is_terminal)


def _check_format_usage(fmt_name: str, output: Optional[Path], names: Optional[List[str]], resume: bool) -> Optional[str]:
    """Usage errors of the output formats; for CSV, the one annotator whose items it holds."""
    if resume and (output is None or fmt_name not in ("jsonl", "sqlite")):
        _say("--resume needs -o FILE.jsonl or -o FILE.db (or --cluster with -o FOLDER)")
        raise typer.Exit(EXIT_USAGE)
    if fmt_name == "sqlite" and output is None:
        _say("-f sqlite writes a database file: name it with -o FILE.db")
        raise typer.Exit(EXIT_USAGE)
    if fmt_name != "csv":
        return None
    if not names or len(names) != 1:
        _say("-f csv holds the items of one annotator: name exactly one with -a (e.g. -a quotes); "
             "its dependencies still run")
        raise typer.Exit(EXIT_USAGE)
    return names[0]


def _sqlite_writer(output: Path):
    """The SQLite writer for -o FILE.db, or a usage error naming the file and the reason."""
    from .sqlite_output import SqliteWriter

    try:
        return SqliteWriter(output)
    except Exception as exc:  # sqlite3.DatabaseError: not a database, locked, unwritable
        _say(f"{output}: cannot write a database there: {exc}")
        raise typer.Exit(EXIT_USAGE)


def _resume_file(output: Path, stream: IO[bytes]) -> set[str]:
    """--resume without --cluster: copy the records FILE (and FILE.partial) hold; return their ids."""
    done = resume_file.copy_done(output, stream)
    if done:
        _say(f"resuming: {len(done)} records already in {output} are kept")
    return done


class Tally:
    """Counts documents and failures, and names each failure on stderr as it happens."""

    def __init__(self) -> None:
        self.documents = self.errors = self.warnings = 0

    @property
    def failed(self) -> bool:
        return self.errors > 0

    def count(self, item: Document | InputError, debug: bool) -> None:
        if isinstance(item, InputError):
            if getattr(item, "severity", "error") == "warning":
                self.warnings += 1
                _say(f"{_where(item.path, item.line)}: warning: {item.reason}")
            else:
                self.errors += 1
                _say(f"{_where(item.path, item.line)}: {item.reason}")
            return
        self.documents += 1
        for error in item.errors:
            self.errors += 1
            _say(f"{_location(item)}: annotator {error['annotator']} failed: {error['message']}")
            if debug:
                stderr.print(error.get("traceback", ""), markup=False)

    def summary(self, seconds: float) -> str:
        parts = [_count(self.documents, "document"), _count(self.errors, "error")]
        if self.warnings:
            parts.append(_count(self.warnings, "warning"))
        return ", ".join(parts) + f", {seconds:.1f} s"


def _count(n: int, noun: str) -> str:
    """ "1 document", "2 documents", "0 errors"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _location(doc: Document) -> str:
    return _where(doc.source.get("path", doc.id), doc.source.get("line"))


def _where(path: object, line: int | None) -> str:
    """`path` or `path:line`, the path quoted as `ls` quotes a name it cannot print."""
    shown = quote_path(path)
    return f"{shown}:{line}" if line is not None else shown


BY_EXTENSION = {".json": "json", ".csv": "csv", ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}
"""The format -o FILE implies when -f is not given; any other extension is JSON Lines."""


def _default_format(output: Path | None) -> str:
    if output is not None:
        return BY_EXTENSION.get(output.suffix.lower(), "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


def _check_iso_date(value: str) -> None:
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint="--ref-date")


def _progress(enabled: bool, paths: List[str] | None = None):
    """A rich progress display on stderr while documents stream; a no-op when disabled.

    With a total (counted beside the run: files of folders and globs, lines of JSON Lines),
    a bar with done/total, documents per second and the time left; for stdin, a spinner and a count.
    """
    if not enabled:
        return nullcontext(lambda: None)
    return _ProgressCounter(paths or [])


class _ProgressCounter:
    def __init__(self, paths: List[str]) -> None:
        self.paths = paths

    def __enter__(self):
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.progress = Progress(
            SpinnerColumn(),
            BarColumn(),
            TextColumn("{task.completed}{task.fields[of]} documents"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=stderr,
            transient=True,
        )
        self.progress.__enter__()
        self.task = self.progress.add_task("annotate", total=None, of="", rate="")
        if self.paths and "-" not in self.paths:
            threading.Thread(target=self._count, daemon=True).start()
        return self._advance

    def _count(self) -> None:
        from article_annotator.sources.counting import count_documents

        total = count_documents(self.paths)
        if total:
            self.progress.update(self.task, total=total, of=f"/{total}")

    def _advance(self) -> None:
        self.progress.advance(self.task)
        speed = self.progress.tasks[0].speed
        if speed:
            self.progress.update(self.task, rate=f"{speed:.1f} docs/s")

    def __exit__(self, *exc: Any) -> None:
        self.progress.__exit__(*exc)


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so interpreter shutdown stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _finish_interrupted(writer: Writer, sink: AtomicFile | None, exc: BaseException) -> None:
    what = f"interrupted by {exc.name}" if isinstance(exc, Interrupted) and exc.signum != signal.SIGINT else "interrupted"
    try:
        writer.close()
    except (BrokenPipeError, OSError):
        pass
    if sink:
        kept = sink.discard()
        if kept:
            _say(f"{what}; records so far kept in {quote_path(kept)}, {quote_path(sink.path)} left untouched")
            return
    _say(what)


def _kill_workers() -> None:
    """A second stop signal: end the `-j` workers now, before the process exits at once."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.kill()


@app.command("annotators")
def list_annotators(
    as_json: bool = typer.Option(False, "--json", help="Print the list as JSON."),
    model: Optional[str] = typer.Option(None, "--model", envvar="ANNOTATE_MODEL", help="The spaCy pipeline a run would use (package name or path)."),
) -> None:
    """List the installed annotators and the spaCy pipeline they would run on."""
    from article_annotator import registry

    infos = []
    for name in registry.available():
        try:
            infos.append(registry.info(name).as_dict())
        except AnnotateError as exc:
            _say(str(exc))
    pipeline = _pipeline_facts(model)
    for i in infos:  # the pipeline a run would load, on each annotator that needs one
        i["model"] = pipeline if i["requires"] else None
    if as_json or not sys.stdout.isatty():
        sys.stdout.buffer.write(orjson.dumps(infos, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table("name", "details", show_lines=True)
    for i in infos:
        facts = [f"version {i['version']}", i["package"] or "registered at run time"]
        facts.append("requires " + (", ".join(i["requires"]) or "no spaCy component"))
        if i["depends_on"]:
            facts.append("after " + ", ".join(i["depends_on"]))
        if i.get("runs_after"):
            facts.append("after " + ", ".join(i["runs_after"]) + " when it runs")
        table.add_row(Text(printable(i["name"])), Text(printable(" · ".join(facts)) + "\n" + printable(i["description"])))
    console = Console(highlight=False, emoji=False)
    if pipeline:
        console.print(Text(printable(
            f"spaCy pipeline {pipeline['pipeline']} {pipeline['version']} (spaCy {pipeline['spacy']}), from {pipeline['path']}"
        )))
    console.print(table)


def _pipeline_facts(model: str | None) -> dict | None:
    """Name, version and spaCy version of the pipeline a run would load; None (with a message) if none."""
    from article_annotator.model import model_info, resolve_model_name

    try:
        return model_info(resolve_model_name(model))
    except AnnotateError as exc:
        _say(str(exc))
        return None


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema (2020-12) of an output record."""
    from article_annotator.schemas import record_schema_text

    sys.stdout.write(record_schema_text())


# Further commands live one per module (cli/<command>.py), each with `register(app)`,
# so that adding a command adds one line here and nothing else.
def _register_commands() -> None:
    from . import eval as eval_command
    from . import merge, summarize, view

    for register in (merge.register, summarize.register, eval_command.register, view.register):
        register(app)


_register_commands()


def main() -> None:
    """Console-script entry point: exit quietly on a closed pipe or Ctrl-C."""
    try:
        app()
    except KeyboardInterrupt as exc:
        _say("interrupted")
        sys.exit(exc.code if isinstance(exc, Interrupted) else EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_OK)
