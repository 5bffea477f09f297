"""Exit codes: one IntEnum, each error class carrying its code, one place (``handled``) using them."""

from __future__ import annotations

import pytest
import typer

from ccas_compass.cli.common import handled
from ccas_compass.errors import AnswersError, CompassError, ExitCode, ModelError, Problem, UsageError


def test_exit_codes_keep_their_documented_values() -> None:
    expected = [("OK", 0), ("DATA", 1), ("USAGE", 2), ("INTERRUPTED", 130), ("BROKEN_PIPE", 141)]
    assert [(c.name, int(c)) for c in ExitCode] == expected


def test_each_error_class_carries_its_code() -> None:
    assert CompassError.exit_code is ExitCode.DATA
    assert ModelError.exit_code is AnswersError.exit_code is ExitCode.DATA
    assert UsageError.exit_code is ExitCode.USAGE


@pytest.mark.parametrize(
    ("raised", "code"),
    [
        (AnswersError([Problem("no_inputs")]), ExitCode.DATA),
        (UsageError([Problem("not_a_terminal")]), ExitCode.USAGE),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED),
    ],
)
def test_handled_turns_an_error_into_its_exit_code(
    raised: BaseException, code: ExitCode, capsys: pytest.CaptureFixture[str]
) -> None:
    def command(*, lang: str | None = None) -> None:
        raise raised

    with pytest.raises(typer.Exit) as caught:
        handled(command)(lang="en")
    assert caught.value.exit_code == code
    assert capsys.readouterr().err.strip()  # one clear line, no traceback


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    def command(*, lang: str | None = None) -> None:
        raise AssertionError("never run")

    with pytest.raises(typer.Exit) as caught:
        handled(command)(lang="de")
    assert caught.value.exit_code == ExitCode.USAGE
    assert "de" in capsys.readouterr().err
