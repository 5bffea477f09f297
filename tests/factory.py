"""Generated answers for batch tests and benchmarks: plausible, random but seeded, always valid.

Used by the tests (``from tests.factory import …``) and by ``benchmarks/batch.py``.
"""

from __future__ import annotations

import csv
import functools
import io
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ccas_compass.model.core import Answers, Model, Question

ROLES = ("élu·e", "directrice", "directeur", "agent d'accueil", "travailleuse sociale", None)


def answer_value(question: Question, rng: random.Random) -> Any:
    """A valid random answer to one scored question."""
    ids = [o.id for o in question.options]
    if question.type == "single":
        return rng.choice(ids)
    if question.type == "multiple":
        exclusive = question.exclusive_option
        if exclusive is not None and rng.random() < 0.1:
            return [exclusive.id]
        pool = [i for i in ids if exclusive is None or i != exclusive.id]
        return rng.sample(pool, rng.randint(1, min(4, len(pool))))
    if question.type == "allocation":
        points = question.points or 10
        out: dict[str, int] = {}
        for _ in range(points):
            pick = rng.choice(ids)
            out[pick] = out.get(pick, 0) + 1
        return out
    return rng.choice(["", "Une remarque de l'équipe.", "Manque de moyens ; beaucoup d'envie."]) or None


@functools.cache
def _communes(departement: str) -> list[tuple[str, str, int | None]]:
    from ccas_compass.territory.referential import load

    return sorted((c.code, c.name, c.population) for c in load().in_departement(departement))


@functools.cache
def _free_codes(departement: str) -> list[str]:
    """Codes of the département that lead to no commune, not even an old one (75004 was Asnières)."""
    from ccas_compass.territory.referential import load

    ref = load()
    width = 5 - len(departement)
    codes = (departement + f"{n:0{width}d}" for n in range(1, 10**width))
    return [c for c in codes if c not in ref.communes and c not in ref.aliases]



def noisy(model: Model, answers: Answers, rng: random.Random, share: float = 0.1) -> Answers:
    """``answers`` with ``share`` of the practice questions answered at random (a valid answer each):
    the noise the standing-out rule must withstand (tests and ``benchmarks/standing_calibration.py``)."""
    q = model.questionnaire
    values = dict(answers.values)
    for question in rng.sample(q.practice_questions, round(len(q.practice_questions) * share)):
        value = answer_value(question, rng)
        values[question.id] = tuple(value) if isinstance(value, list) else value
    return Answers(answers.organisation, values, q.id, q.version)

def organisation(
    index: int, departement: str, rng: random.Random, model: Model, number: int
) -> dict[str, Any]:
    """Organisation ``index``, the ``number``-th commune of its département in the referential (its
    code is unique), « CCAS de » its name, its population band; beyond the département's communes,
    codes no commune has."""
    q = model.questionnaire
    real = _communes(departement)  # a real commune and its name (the referential checks them)
    population = None
    if 0 < number <= len(real):
        code, name, population = real[number - 1]
        org: dict[str, Any] = {"name": f"CCAS de {name}", "insee": code}
    else:  # beyond its communes: codes no commune has
        free = _free_codes(departement) or [departement + "999"]
        org = {"name": f"CCAS de Commune-{index:04d}", "insee": free[(number - len(real) - 1) % len(free)]}
    for question in q.profile:
        if question.type == "single":
            org[question.id] = rng.choice([o.id for o in question.options])
    from ccas_compass.territory.bands import band_of
    from ccas_compass.territory.referential import load

    if population is not None and org.get("kind") == "cias":  # a CIAS: its EPCI's members
        commune = load().commune(org["insee"])
        members = load().members(commune.epci) if commune is not None and commune.epci else []
        population = sum(c.population or 0 for c in members) or population
    band = band_of(q, population)  # the band the referential gives
    if band is not None:
        org["population"] = band
    return org


def respondent(
    org: dict[str, Any], rng: random.Random, model: Model, *, answered: float = 0.9
) -> dict[str, Any]:
    q = model.questionnaire
    answers = {
        x.id: answer_value(x, rng) if rng.random() < answered else None
        for x in q.questions
    }
    role = rng.choice(ROLES)
    doc: dict[str, Any] = {
        "questionnaire": {"id": q.id, "version": q.version},
        "organisation": dict(org),
        "date": f"2026-11-{rng.randint(1, 28):02d}",
        "answers": answers,
    }
    if role:
        doc["respondent"] = {"role": role}
    return doc


def departement_docs(
    model: Model, organisations: int, *, seed: int = 7, departements: tuple[str, ...] = ("37",),
    respondents: tuple[int, int] = (1, 6),
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(organisation index, answers document) for ``organisations`` organisations."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    for index in range(organisations):
        dep = departements[index % len(departements)]
        counts[dep] = counts.get(dep, 0) + 1
        org = organisation(index, dep, rng, model, counts[dep])
        for _ in range(rng.randint(*respondents)):
            yield index, respondent(org, rng, model)


def write_files(folder: Path, docs: Iterator[tuple[int, dict[str, Any]]]) -> list[Path]:
    """One YAML answers file per respondent, as the interview writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n, (index, doc) in enumerate(docs):
        path = folder / f"org{index:05d}" / f"reponses-{n:06d}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
        written.append(path)
    return written


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " | ".join(value)
    if isinstance(value, dict):
        return " | ".join(f"{k}:{v}" for k, v in value.items())
    return str(value)


def csv_row(model: Model, doc: dict[str, Any]) -> list[str]:
    from ccas_compass.answers.columns import header_row

    row = []
    for column in header_row(model):
        if column in doc["organisation"]:
            row.append(csv_cell(doc["organisation"][column]))
        elif column == "role":
            row.append(csv_cell(doc.get("respondent", {}).get("role")))
        elif column == "date":
            row.append(doc.get("date", ""))
        elif column == "questionnaire_version":
            row.append(doc["questionnaire"]["version"])
        else:
            row.append(csv_cell(doc["answers"].get(column)))
    return row


def write_csv(
    path: Path, model: Model, docs: Iterator[tuple[int, dict[str, Any]]], delimiter: str = ";"
) -> int:
    """The wide layout, streamed: one row per respondent. Returns the number of rows."""
    from ccas_compass.answers.columns import header_row

    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header_row(model))
        for _, doc in docs:
            writer.writerow(csv_row(model, doc))
            count += 1
    return count


def csv_text(model: Model, docs: list[dict[str, Any]], delimiter: str = ";") -> str:
    from ccas_compass.answers.columns import header_row

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header_row(model))
    for doc in docs:
        writer.writerow(csv_row(model, doc))
    return buffer.getvalue()
