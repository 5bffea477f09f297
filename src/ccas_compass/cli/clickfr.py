"""click's own words in French: usage lines, help headings and the usual errors.

Typer 0.28 vendors click with its messages written as English f-strings (no gettext catalogue to
install), so the words are translated on the way out: :func:`install` wraps click's help formatter
(usage line, headings, option rows: translated before they are wrapped, so that the French lines keep
their width and their non-breaking spaces) and the errors shown, and passes the text through
:func:`translate`, an ordered table of patterns. English is left as it is. Measured cost at
start-up: the patterns are compiled lazily, on the first help or error only.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from typing import Any

from ccas_compass.typography import apostrophes, french

_RULES: tuple[tuple[str, str], ...] = (
    (r"^Usage: ", "Utilisation : "),
    (r"Try '(.+?)' for help\.", r"Pour l'aide : « \1 »."),
    (r"^Error: ", "Erreur : "),
    (r"Show this message and exit\.", "Afficher ce message et quitter."),
    (r"Show the version and exit\.", "Afficher la version et quitter."),
    (r"^Options:$", "Options :"),
    (r"^Arguments:$", "Arguments :"),
    (r"^Commands:$", "Commandes :"),
    (r"\[required\]", "[obligatoire]"),
    (r"\[x>=(\d+)\]", r"[au moins \1]"),
    (r"\[default: (.+?)\]", "[par\u00a0défaut : \\1]"),
    (r"\[env var:(\s+)(.+?)\]", r"[variable d'environnement :\1\2]"),
    (r" \(env var: '(.+?)'\)", r" (variable d'environnement « \1 »)"),
    (r"COMMAND \[ARGS\]\.\.\.", "COMMANDE [ARGUMENTS]…"),
    (r"<path>", "<chemin>"),
    (r"<file>", "<fichier>"),
    (r"<directory>", "<dossier>"),
    (r"<str>|<text>", "<texte>"),
    (r"<int>|<integer>", "<entier>"),
    (r"<float>", "<nombre>"),
    (r"No such command '(.+?)'\.", r"Commande inconnue : « \1 »."),
    (r"Missing command\.", "Commande manquante."),
    (r"Option '(.+?)' does not take a value\.", r"L'option « \1 » ne prend pas de valeur."),
    (r" Did you mean '([^']+)'\?", r" Vouliez-vous dire « \1 » ?"),
    (r" Did you mean (.+?)\?", r" Vouliez-vous dire \1 ?"),
    (r"No such option: (\S+)", r"Option inconnue : \1"),
    (r"\(Possible options: (.+?)\)", r"(options proches : \1)"),
    (r"Missing argument '(.+?)'\. Choose from:", r"Argument manquant : « \1 ». Valeurs possibles :"),
    (r"Missing argument '(.+?)'\.", r"Argument manquant : « \1 »."),
    (r"Missing option '(.+?)' / '(.+?)'\.", r"Option manquante : « \1 » / « \2 »."),
    (r"Missing option '(.+?)'\.", r"Option manquante : « \1 »."),
    (r"Missing parameter: (\S+)", r"Paramètre manquant : \1"),
    (r": '([^']*)' is not one of (.+?)\.$", r": « \1 » ne fait pas partie des valeurs possibles (\2)."),
    (r": '([^']*)' is not a valid integer\.", r": « \1 » n'est pas un nombre entier."),
    (r": '([^']*)' is not a valid float\.", r": « \1 » n'est pas un nombre."),
    (r": '([^']*)' is not a valid boolean\.", r": « \1 » n'est pas une réponse oui/non."),
    (r": (\S+) is not in the range x>=(\d+)\.", r": \1 est trop petit (au moins \2)."),
    (r": (\S+) is not in the range x<=(\d+)\.", r": \1 est trop grand (au plus \2)."),
    (r": (\S+) is not in the range (.+?)\.", r": \1 est hors de l'intervalle \2."),
    (r"Invalid value for (.+?): ", r"Valeur invalide pour \1 : "),
    (r"Invalid value: ", "Valeur invalide : "),
    (r"Option '(.+?)' requires an argument\.", r"L'option « \1 » attend une valeur."),
    (r"Option '(.+?)' requires (\d+) arguments\.", r"L'option « \1 » attend \2 valeurs."),
    (r"Got unexpected extra arguments? \((.+?)\)", r"Argument(s) en trop : \1"),
    (r"File '(.+?)' does not exist\.", r"Le fichier « \1 » n'existe pas."),
    (r"Directory '(.+?)' does not exist\.", r"Le dossier « \1 » n'existe pas."),
    (r"File '(.+?)' is a directory\.", r"« \1 » est un dossier, pas un fichier."),
    (r"Directory '(.+?)' is a file\.", r"« \1 » est un fichier, pas un dossier."),
    (r"Path '(.+?)' does not exist\.", r"Le chemin « \1 » n'existe pas."),
    (r"^Aborted!$", "Interrompu."),
)


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern, re.MULTILINE), french(apostrophes(text))) for pattern, text in _RULES)


def translate(text: str, lang: str) -> str:
    """click's English ``text`` in French (with French typography); unchanged in English.

    Typography goes into the French words only: option names, values and paths are left alone."""
    if lang == "en":
        return text
    for pattern, replacement in _compiled():
        text = pattern.sub(replacement, text)
    return text


def install(lang: str) -> None:
    """Translate click's help and error messages into ``lang`` from now on (no-op in English)."""
    if lang == "en":
        return
    try:
        from typer import _click as click  # typer >= 0.28 vendors click
    except ImportError:  # pragma: no cover - older typer: the real click
        import click  # type: ignore[no-redef,import-not-found,unused-ignore]

    if getattr(click.formatting.HelpFormatter.write_usage, "_ccas_french", False):
        return

    def french_show(show: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(show)
        def wrapper(self: Any, file: Any = None) -> None:
            buffer = io.StringIO()
            show(self, file=buffer)
            click.utils.echo(translate(buffer.getvalue(), lang), file=file, nl=False, err=file is None)

        return wrapper

    _french_formatter(click.formatting.HelpFormatter, lang)
    exceptions: Any = click.exceptions
    for cls in (exceptions.ClickException, exceptions.UsageError):
        cls.show = french_show(cls.show)


def _french_formatter(formatter: Any, lang: str) -> None:
    """click's help formatter writing French: the usage line, the headings and the rows of options
    and commands are translated (with French typography) before click wraps them."""
    from ccas_compass.typography import glue

    write_usage, write_dl, write_text = formatter.write_usage, formatter.write_dl, formatter.write_text

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = translate("Usage: ", lang) if prefix is None else prefix
        write_usage(self, prog, translate(args, lang), prefix)

    def heading(self: Any, name: str) -> None:
        self.write(f"{'':>{self.current_indent}}{translate(name + ':', lang)}\n")

    def rows(self: Any, rows: Any, *args: Any, **kwargs: Any) -> None:
        french_rows = [(translate(term, lang), glue(translate(text, lang), lang)) for term, text in rows]
        write_dl(self, french_rows, *args, **kwargs)

    def text(self: Any, text: str) -> None:
        write_text(self, glue(text, lang))

    formatter.write_usage, formatter.write_heading, formatter.write_dl = usage, heading, rows
    formatter.write_text = text
    formatter.write_usage._ccas_french = True
