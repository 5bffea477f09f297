"""Language choice and the catalogue of the tool's own messages, in French and English.

Texts of the model (figures, questions) carry their own translations in the YAML files; this module
holds only the interface's words. French is the default; English is chosen by ``--lang en`` or by the
usual locale variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

from ccas_compass.i18n.answers import MESSAGES as _answers
from ccas_compass.i18n.batch import MESSAGES as _batch
from ccas_compass.i18n.collect import MESSAGES as _collect
from ccas_compass.i18n.files import MESSAGES as _files
from ccas_compass.i18n.interface import MESSAGES as _interface
from ccas_compass.i18n.interview import MESSAGES as _interview
from ccas_compass.i18n.mirror import MESSAGES as _mirror
from ccas_compass.i18n.misc import MESSAGES as _misc
from ccas_compass.i18n.report import MESSAGES as _report
from ccas_compass.i18n.territory import MESSAGES as _territory
from ccas_compass.typography import apostrophes

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"


def resolve_lang(option: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The UI language: the option if given, else the first locale variable set, else French."""
    if option:
        code = option.strip().lower()[:2]
        return code if code in LANGS else DEFAULT_LANG
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split(":")[0].lower()[:2]
            return code if code in LANGS else DEFAULT_LANG
    return DEFAULT_LANG


# Every catalogue module holds one domain's messages; a key is in exactly one of them (tested).
MESSAGES: dict[str, dict[str, str]] = {
    **_files,
    **_answers,
    **_interface,
    **_interview,
    **_report,
    **_mirror,
    **_batch,
    **_collect,
    **_territory,
    **_misc,
}


_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)(?:\|([^{}|]*))?\}")
"""``{count|s}`` (suffix) or ``{count|a|ont}`` (singular|plural) inside a message."""


def plural(count: object, lang: str, one: str, many: str) -> str:
    """``one`` or ``many`` for ``count``: French keeps the singular for 0 and 1, English for 1 only."""
    try:
        n = abs(float(str(count).replace("\u00a0", "").replace(" ", "").replace(",", ".")))
    except ValueError:
        return many
    return one if (n < 2 if lang != "en" else n == 1) else many


class Bilingual(str):
    """A message parameter known in both languages (a system error's reason, a "did you mean"
    hint): it renders in the message's language (see :func:`message`); as a str, it is English."""

    fr: str

    def __new__(cls, en: str, fr: str) -> Bilingual:
        made = super().__new__(cls, en)
        made.fr = fr
        return made

    def __reduce__(self) -> tuple[type[Bilingual], tuple[str, str]]:  # problems cross processes (batch)
        return (Bilingual, (str(self), self.fr))


_OS_FR = {
    "EISDIR": "c’est un dossier, pas un fichier",
    "EACCES": "permission refusée",
    "EPERM": "opération non permise",
    "ENOENT": "fichier ou dossier introuvable",
    "ENOTDIR": "un élément du chemin n’est pas un dossier",
    "ENOSPC": "plus de place sur le disque",
    "EROFS": "support en lecture seule",
    "ENAMETOOLONG": "nom de fichier trop long",
    "ELOOP": "trop de liens symboliques",
    "EEXIST": "le fichier existe déjà",
    "EIO": "erreur d’entrée-sortie",
}


def did_you_mean(word: str, candidates: Iterable[str]) -> Bilingual:
    """`` — did you mean 'x'?`` for the candidate closest to a misspelt ``word``, or nothing."""
    import difflib

    near = difflib.get_close_matches(word.lower(), list(candidates), n=1, cutoff=0.75)
    if not near or near[0] == word:
        return Bilingual("", "")
    return Bilingual(f"; did you mean '{near[0]}'?", f" ; vouliez-vous dire « {near[0]} » ?")


def os_reason(err: OSError) -> Bilingual:
    """The reason of a system error, in French or English when the message is rendered."""
    import errno

    english = err.strerror or type(err).__name__
    name = errno.errorcode.get(err.errno or 0, "")
    return Bilingual(english, _OS_FR.get(name, english))


def _template(key: str, lang: str) -> str:
    """The message as written in the catalogue; in French, with French apostrophes (``l’aide``):
    the catalogue is typed with ``'``, its parameters (file names, paths, values) are not touched."""
    entry = MESSAGES[key]
    text = entry.get(lang, entry[DEFAULT_LANG])
    return text if lang == "en" else apostrophes(text)


def message(key: str, lang: str, /, **params: object) -> str:
    """The catalogue's text for ``key`` in ``lang``, filled with ``params``.

    ``{count|s}`` and ``{count|a|ont}`` agree with the number ``count`` (see :func:`plural`).
    """
    if key not in MESSAGES:
        if os.environ.get("CCAS_COMPASS_STRICT_MESSAGES"):  # the tests: an unknown key is a bug
            raise KeyError(f"unknown message key {key!r}")
        return f"{key} {params}" if params else key
    text = _template(key, lang)
    if "|" in text:

        def agree(m: re.Match[str]) -> str:
            one, many = ("", m.group(2)) if m.group(3) is None else (m.group(2), m.group(3))
            return plural(params.get(m.group(1), 2), lang, one, many)

        text = _PLURAL.sub(agree, text)
    if lang != "en":
        params = {k: v.fr if isinstance(v, Bilingual) else v for k, v in params.items()}
    if "{hint}" in text and "hint" not in params:
        params = {**params, "hint": ""}
    return text.format(**params)
