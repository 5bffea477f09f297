"""A team's report and the panorama in Markdown, read as a Markdown reader would."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ccas_compass.batch.panorama import peers
from ccas_compass.batch.teams import panorama, team_result, teams
from ccas_compass.model.core import Model
from ccas_compass.render.batch_markdown import panorama_markdown, team_markdown
from ccas_compass.scoring.report import build_report
from tests.factory import departement_docs
from tests.helpers import collect


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def section(markdown: str, title: str) -> str:
    start = markdown.index(f"## {title}")
    end = markdown.find("\n## ", start + 3)
    return markdown[start : end if end > 0 else None]


def percentages(table_text: str, column: int) -> dict[str, str]:
    out = {}
    for row in table_text.splitlines():
        cells = [c.strip() for c in row.strip("|").split("|")]
        if len(cells) > column and cells[column].endswith("%"):
            out[cells[0]] = cells[column]
    return out


def test_a_team_report_shows_each_share_once_rounded_and_a_real_list(model: Model) -> None:
    documents = [d for _, d in departement_docs(model, 4, respondents=(3, 3), seed=21)]
    collector = collect(model, documents)
    overview = panorama(collector)
    team = next(teams(collector))
    report = build_report(model, team_result(model, team))
    text = team_markdown(model, team, peers(overview, team), "fr", None, report)
    text = text.replace("\xa0", " ")  # French non-breaking spaces read as plain ones
    mix = percentages(section(text, "Le mix des figures"), 1)
    in_team = percentages(section(text, "L’équipe : 3 répondants"), 1)
    among_peers = percentages(section(text, "Parmi les pairs"), 1)
    assert mix
    assert in_team == mix
    assert among_peers == mix
    # the coverage of a team is an average, and says so
    answered = [m.answered for m in team.members]
    total = len(model.questionnaire.practice_questions)
    assert f"de {min(answered)} à {max(answered)} sur {total}" in text
    # the questions to discuss: each numbered, in full, then a table of its options, in full
    discuss = text[text.index("### Questions à mettre en discussion"):text.index("## Parmi les pairs")]
    tokens = parser().parse(discuss)
    words = " ".join(t.content for t in tokens if t.type == "inline")
    shown = team.disagreements[:5]
    assert shown
    assert sum(t.type == "table_open" for t in tokens) == len(shown)
    q = team.consensus_model.questionnaire
    for n, d in enumerate(shown, start=1):
        question = q.question(d.question)
        assert question is not None
        assert f"{n}. {' '.join(question.text.get('fr').split())}" in words  # never cut
        for option_id, _ in d.answers:
            option = question.option(option_id)
            assert option is not None
            assert " ".join(option.label.get("fr").split()) in words
    # no "why" for a team: its mean has no single answer behind it
    assert "## Pourquoi" not in text


def test_the_panorama_never_names_a_group_below_three(model: Model) -> None:
    deps = ("37",) * 6 + ("41",) * 4 + ("2A",)  # 2A alone: merged with 41, the smallest group shown
    documents = [d for _, d in departement_docs(model, len(deps), departements=deps, respondents=(1, 1))]
    text = panorama_markdown(model, panorama(collect(model, documents)), "fr").replace("\xa0", " ")
    assert "Département 37 (Indre-et-Loire)" in text
    assert "Autres (groupes de moins de 3 organisations)" in text
    assert not re.search(r"Département (41|2A)", text)
    for table_rows in re.findall(r"(?:^\|.*\|\n)+", text, flags=re.M):
        counts = [row.split("|")[2].strip() for row in table_rows.splitlines()[2:]]
        if "Organisations" in table_rows.splitlines()[0]:
            assert all(int(c) >= 3 for c in counts), table_rows


def test_departement_names() -> None:
    from ccas_compass.render.batch_markdown import departement_label
    from ccas_compass.territory import departements

    # from the commune referential (COG): 96 in metropolitan France (2A and 2B for 20), 5 overseas
    # départements, and the overseas collectivities (975 Saint-Pierre-et-Miquelon…)
    assert departements.name("37") == "Indre-et-Loire"
    assert departements.name("976") == "Mayotte"
    assert departements.name("975") == "Saint-Pierre-et-Miquelon"
    assert departements.name("20") is None
    assert departement_label("2A") == "2A (Corse-du-Sud)"
    assert departement_label("974") == "974 (La Réunion)"
    assert departement_label("988") == "988 (Nouvelle-Calédonie)"  # an overseas collectivity
    assert departement_label("99") == "99"  # not a département: the code alone
