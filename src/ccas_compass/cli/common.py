"""What every command shares: the help language, the options, errors → exit codes, output, progress.

One place (:func:`handled`) turns the package's errors into messages on stderr and exit codes
(:class:`~ccas_compass.errors.ExitCode`: 0 success, 1 invalid data, 2 usage, 130 interrupted, 141
standard output closed early).
Heavy modules are imported inside the functions so that ``--help`` stays fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from ccas_compass.cli.clickfr import install as install_click_words
from ccas_compass.errors import CompassError, ExitCode, Problem, UsageError
from ccas_compass.i18n import message, resolve_lang

if TYPE_CHECKING:
    from rich.console import Console

    from ccas_compass.model.core import Model
    from ccas_compass.render.formats import Format, Rendered
    from ccas_compass.scoring.versions import Shelf

F = TypeVar("F", bound=Callable[..., Any])


def _argv_lang(argv: list[str]) -> str | None:
    """``--lang en`` read early, so that ``--help`` itself is in the chosen language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


HELP_LANG = resolve_lang(_argv_lang(sys.argv))
install_click_words(HELP_LANG)  # click's usage, help headings and errors in French too


def h(key: str) -> str:
    """A help text in the help's language."""
    return message(key, HELP_LANG)


class TextOrJson(str, Enum):
    """The formats of figures, questions, commune and batch (``formats.names("figures")``)."""

    text = "text"
    json = "json"


class ReportFormat(str, Enum):
    """The formats of a report and a comparison (``formats.names("report")``, a test holds it)."""

    text = "text"
    markdown = "markdown"
    json = "json"
    pdf = "pdf"
    docx = "docx"


LangOpt = Annotated[str | None, typer.Option("--lang", help=h("help_lang"), metavar="fr|en")]
DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help=h("help_data"), file_okay=False, envvar="CCAS_COMPASS_DATA",
                 metavar=h("metavar_dir")),
]
FormatOpt = Annotated[TextOrJson, typer.Option("--format", "-f", help=h("help_format"))]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help=h("help_output"), metavar=h("metavar_file"))
]
ForceOpt = Annotated[bool, typer.Option("--force", help=h("help_force"))]
ReportFormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f", help=h("help_report_format"))]
NoChartOpt = Annotated[bool, typer.Option("--no-chart", help=h("help_no_chart"))]
TemplateOpt = Annotated[
    Path | None,
    typer.Option("--template", help=h("help_template_pdf"), dir_okay=False, envvar="CCAS_COMPASS_TEMPLATE",
                 metavar=h("metavar_typst")),
]


def handled(func: F) -> F:
    """Run a command; turn CompassError into its lines on stderr and its exit code; a reader that
    leaves early (``| head``) ends the run quietly (:func:`pipe_closed`)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if "lang" in kwargs and kwargs["lang"] is None:  # ``ccas-compass --lang en figures``
            kwargs["lang"] = _parent_lang()
        option = kwargs.get("lang")
        lang = resolve_lang(option if lang_known(option) else None)
        try:
            if not lang_known(option):  # a usage error, said in the environment's language
                raise UsageError([Problem("lang_unknown", {"value": option})])
            done = func(*args, **kwargs)
            sys.stdout.flush()  # here, not at exit, so that a closed pipe is met below
            return done
        except CompassError as err:
            # French typography where people read it (a terminal); piped, the plain text for scripts
            for line in err.lines(lang, terminal=sys.stderr.isatty()):
                typer.echo(line, err=True)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            typer.echo(message("interrupted", lang), err=True)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            if not any(_reader_gone(stream) for stream in (sys.stdout, sys.stderr)):
                raise  # another pipe (a worker process): a bug, not the reader of our output
            raise typer.Exit(pipe_closed()) from None

    return wrapper  # type: ignore[return-value]


def _parent_lang() -> str | None:
    """The ``--lang`` given to a group before the command (the tool itself, ``mapping``), if any."""
    try:
        from typer._click.globals import get_current_context
    except ImportError:  # pragma: no cover - older typer: the real click
        from click import get_current_context  # type: ignore[no-redef,import-not-found,unused-ignore]

    ctx = get_current_context(silent=True)
    parent = ctx.parent if ctx is not None else None
    while parent is not None:
        if parent.params.get("lang") is not None:
            return str(parent.params["lang"])
        parent = parent.parent
    return None


def _reader_gone(stream: Any) -> bool:
    """Whether ``stream`` is a pipe whose reader has closed it."""
    import select

    if not hasattr(select, "poll"):  # pragma: no cover - Windows: no poll, trust the error
        return True
    try:
        poller = select.poll()
        poller.register(stream.fileno(), select.POLLOUT)
        return any(event & (select.POLLERR | select.POLLHUP) for _, event in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # not a real file (the tests' runner)
        return False


def pipe_closed() -> ExitCode:
    """Standard output's reader has gone (``ccas-compass validate | head -1``): stop there, say
    nothing, and exit as a program stopped by SIGPIPE would (141). Standard output (and standard
    error, if its reader went too) now goes to the null device, so that the flush at exit cannot fail
    again (Python's documentation, "Note on SIGPIPE")."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, *([sys.stderr] if _reader_gone(sys.stderr) else [])):
        try:
            os.dup2(devnull, stream.fileno())
        except (AttributeError, OSError, ValueError):  # not a real file (the tests' runner)
            pass
    os.close(devnull)
    return ExitCode.BROKEN_PIPE


def run(app: Callable[[], Any]) -> None:
    """Run the application; whatever its end, a reader of standard output gone before it (``| head``)
    makes it 141 with nothing said (see :func:`handled`): output still buffered is flushed here, not
    by Python at exit, and click, which prints the help, the version and its usage errors itself,
    exits with 1 on a closed pipe."""
    try:
        app()
    except SystemExit as done:
        try:
            from typer._click.utils import PacifyFlushWrapper
        except ImportError:  # pragma: no cover - older typer: the real click
            from click.utils import PacifyFlushWrapper  # type: ignore[no-redef,import-not-found,unused-ignore]
        try:
            sys.stdout.flush()  # an error's JSON document (commune -f json) is still in the buffer
        except BrokenPipeError:
            raise SystemExit(pipe_closed()) from None
        if done.code == 1 and isinstance(sys.stdout, PacifyFlushWrapper) and _reader_gone(sys.stdout):
            raise SystemExit(pipe_closed()) from None
        raise


def lang_known(option: str | None) -> bool:
    """``--lang`` absent, fr or en (``fr_FR``, ``en-GB`` accepted): anything else is refused."""
    import re

    return option is None or re.fullmatch(r"(?i)\s*(fr|en)([-_.@].*)?\s*", option) is not None


def console(file: Any = None, width: int | None = None) -> Console:
    """A Rich console for the tool's text (no highlighting, no soft wrap)."""
    return _console_class()(file=file, width=width, highlight=False, soft_wrap=False)


@functools.lru_cache(maxsize=1)
def _console_class() -> type[Console]:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            """A closed pipe goes up to :func:`handled` (Rich would exit with 1 itself)."""
            self.quiet = True
            import errno

            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    return _Console


def warn(lines: Iterable[str], lang: str) -> None:
    """Warnings on stderr, one line each."""
    for line in lines:
        typer.echo(message("warning_line", lang, text=line), err=True)


def emit(content: Any, output: Path | None, force: bool, lang: str, *, quiet: bool = False) -> None:
    """Print to stdout, or write atomically to ``output`` (Rich content as plain text)."""
    if output is None:
        if isinstance(content, str):
            sys.stdout.write(content)
        else:
            console().print(content)
        return
    from ccas_compass.output import write_text

    if not isinstance(content, str):
        import io

        buffer = io.StringIO()
        console(file=buffer, width=100).print(content)
        content = buffer.getvalue()
    write_text(output, content, force=force)
    if not quiet:
        typer.echo(message("written", lang, path=output), err=True)


def emit_binary(content: bytes, output: Path, force: bool, lang: str) -> None:
    """A PDF or Word file to ``output`` (atomic), or to standard output for ``-o -``."""
    if str(output) == "-":
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return
    from ccas_compass.output import write_bytes

    write_bytes(output, content, force=force)
    typer.echo(message("written", lang, path=output), err=True)


def emit_rendered(rendered: Rendered, output: Path | None, force: bool, lang: str) -> None:
    """A rendered document: the files beside it first (its chart), then the document itself."""
    if output is not None and rendered.beside:
        from ccas_compass.output import write_bytes

        for suffix, content in rendered.beside.items():
            target = output.with_suffix("." + suffix)
            write_bytes(target, content, force=force)
            typer.echo(message("written", lang, path=target), err=True)
    if isinstance(rendered.body, bytes):
        assert output is not None  # check_binary made sure
        emit_binary(rendered.body, output, force, lang)
    else:
        emit(rendered.body, output, force, lang)


def check_binary(fmt: Format, output: Path | None) -> None:
    """PDF and Word files need ``-o FILE`` (``-o -``: standard output, never a terminal)."""
    if not fmt.binary:
        return
    if output is None:
        raise UsageError([Problem("binary_needs_output", {"format": fmt.name.upper()})])
    if str(output) == "-" and sys.stdout.isatty():
        raise UsageError([Problem("binary_to_terminal", {"format": fmt.name.upper()})])


def targets(fmt: Format, document: str, output: Path | None, chart: bool) -> list[Path]:
    """The files a document writes: the output and, beside it, its companions (a Markdown report's
    chart); none for standard output."""
    from ccas_compass.render.formats import Options

    if output is None or (str(output) == "-" and fmt.binary):
        return []
    suffixes = fmt.beside(document, Options("fr", chart=chart, output=output))
    return [output, *(output.with_suffix("." + s) for s in suffixes)]


def refuse_existing(paths: list[Path], force: bool) -> None:
    """Files that exist are not replaced without ``--force``, folders never (checked before any work)."""
    folders = [p for p in paths if p.is_dir()]
    if folders:
        raise UsageError([Problem("path_is_folder", file=str(p)) for p in folders])
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        raise UsageError([Problem("output_exists", file=str(p)) for p in existing])


def load_model(data: Path | None) -> Model:
    """The model (``--data`` or the one shipped)."""
    from ccas_compass.model.loading import load_model as load

    return load(data)


def load_shelf(data: Path | None) -> Shelf:
    """The current model and the archived questionnaire versions beside it."""
    from ccas_compass.scoring.versions import shelf

    return shelf(data)


class progress:  # noqa: N801 - used as a function: ``with progress(lang) as phase``
    """A Rich progress bar on stderr while a batch runs; nothing at all when stderr is not a terminal."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.bar: Any = None

    def __enter__(self) -> Callable[[str, int], Callable[[int], None]] | None:
        if not sys.stderr.isatty():
            return None
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
            console=console(file=sys.stderr), transient=True,
        )
        self.bar.start()

        def phase(key: str, total: int) -> Callable[[int], None]:
            task = self.bar.add_task(message(key, self.lang), total=total or None)
            return lambda n: self.bar.advance(task, n)

        return phase

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
