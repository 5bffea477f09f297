"""One error hierarchy; each error knows its exit code and carries located, translatable problems.

The command line turns any :class:`CompassError` into its lines on stderr and its exit code, in one
place (``cli.common.handled``). Nothing else in the package prints or exits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import IntEnum

from ccas_compass.i18n import message

Path = tuple[str | int, ...]


class ExitCode(IntEnum):
    """The command line's exit codes, one meaning each (scripts and CI test them)."""

    OK = 0
    DATA = 1
    """Invalid data: the model, an answers file, a mapping, a corpus case, a batch with failures."""
    USAGE = 2
    """The command cannot run as asked: missing file, existing output, no terminal, bad option."""
    INTERRUPTED = 130
    """Ctrl-C (128 + SIGINT, as shells say it)."""
    BROKEN_PIPE = 141
    """Standard output closed before the end (``| head``): 128 + SIGPIPE, as for the system's tools."""


def dotted(path: Path) -> str:
    """Render a path as ``questions[14].options[2].weights.radr``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in one file, at one place.

    ``key`` names a message of the catalogue in :mod:`ccas_compass.i18n`; ``params`` fills it.
    """

    key: str
    params: Mapping[str, object] = field(default_factory=dict)
    path: Path = ()
    file: str | None = None
    line: int | None = None

    def located(self, file: str | None, lines: Mapping[Path, int] | None = None) -> Problem:
        """The same problem, with its file and (when the path is known) its line."""
        line = self.line
        if line is None and lines:
            probe = self.path
            while probe and probe not in lines:
                probe = probe[:-1]
            line = lines.get(probe)
        return replace(self, file=file if self.file is None else self.file, line=line)

    def render(self, lang: str, terminal: bool = False) -> str:
        """``file:line path: text``; with ``terminal``, the text (not the place) gets French
        typography (non-breaking spaces, see :mod:`ccas_compass.typography`)."""
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "")
        text = message(self.key, lang, **self.params)
        if terminal:
            from ccas_compass.typography import typeset

            text = typeset(text, lang)
        path = dotted(self.path)
        if where and path:
            return f"{where} {path}: {text}"
        if where or path:
            return f"{where or path}: {text}"
        return text


class CompassError(Exception):
    """Base of every error the tool reports to its user; each class carries its exit code."""

    exit_code: ExitCode = ExitCode.DATA

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.render("en") for p in self.problems))

    def lines(self, lang: str, terminal: bool = False) -> list[str]:
        return [p.render(lang, terminal) for p in self.problems]


class ModelError(CompassError):
    """The figures or questions files are invalid (exit 1)."""


class AnswersError(CompassError):
    """An answers file is unreadable or does not fit the questionnaire (exit 1)."""


class UsageError(CompassError):
    """The command cannot run as asked: missing file, existing output, no terminal… (exit 2)."""

    exit_code = ExitCode.USAGE


def unreadable(path: object, err: OSError, error: type[CompassError]) -> CompassError:
    """The error to raise for an input file that cannot be read. A wrong path — absent, or a folder
    where a file is expected — is a usage error (exit 2) in every command; anything else is
    ``error``, with the system's reason in the user's language (never the OS's English)."""
    if isinstance(err, FileNotFoundError):
        return UsageError([Problem("file_missing", file=str(path))])
    if isinstance(err, IsADirectoryError):
        return UsageError([Problem("path_is_folder", file=str(path))])
    from ccas_compass.i18n import os_reason

    return error([Problem("file_unreadable", {"reason": os_reason(err)}, file=str(path))])
