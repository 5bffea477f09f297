"""``ccas-compass batch``: inputs read, teams scored, panorama built, results written or streamed.

Two passes over the organisations, nothing kept between them but a few floats per organisation:
the first builds the panorama (peer medians need every organisation), the second writes each
organisation's report beside its peers. Per-organisation JSON goes out one organisation at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ccas_compass import __version__
from ccas_compass.batch.inputs import Tally, expand, read
from ccas_compass.batch.panorama import Panorama, Peers, peers
from ccas_compass.batch.teams import Collector, Failure, Team, panorama, teams
from ccas_compass.cli.outdir import Names, Staging, check_target
from ccas_compass.collect.mapping import TableMapping
from ccas_compass.errors import Problem, UsageError
from ccas_compass.i18n import message
from ccas_compass.model.core import Model, Result
from ccas_compass.scoring.versions import Shelf

if TYPE_CHECKING:
    from ccas_compass.cli.batch_charts import Charts
    from ccas_compass.scoring.report import Report

Advance = Callable[[int], None]
Phase = Callable[[str, int], Advance]
"""Starts a progress phase (message key, total) and returns its ``advance`` callback."""


@dataclass
class Outcome:
    respondents: int = 0
    organisations: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    files: int = 0
    nothing_written: bool = False
    tally: Tally = field(default_factory=Tally)
    """Rows (and answers files) read, scored, refused, left out as unfinished."""


def run(
    model: Model,
    paths: Sequence[Path],
    *,
    lang: str,
    out: Path | None = None,
    force: bool = False,
    charts: bool = True,
    stream: TextIO | None = None,
    phase: Phase | None = None,
    mapping: TableMapping | Sequence[TableMapping] | None = None,
    jobs: int = 1,
    shelf: Shelf | None = None,
    board: tuple[str, ...] = (),
    template: Path | None = None,
    expected: Any = None,
) -> Outcome:
    """Score every input; write the results folder ``out`` and/or stream JSON to ``stream``.
    ``board``: also ``pdf`` and/or ``docx`` per organisation and for the panorama (``template``: the
    PDF's Typst layout). ``expected``: a campaign's expected communes
    (:class:`~ccas_compass.territory.campaign.Expected`), for ``relance.csv`` and the representativeness."""
    if out is not None:
        check_target(out, force)
    skipped: list[Problem] = []
    inputs, missing = expand(paths, skip=out, skipped=skipped)
    if missing:  # a wrong path on the command line: a usage error (exit 2), before any reading
        raise UsageError(missing)
    if not inputs:
        raise UsageError([*skipped, Problem("no_inputs", file=", ".join(str(p) for p in paths))])
    collector = Collector(model)
    try:
        from ccas_compass.territory.checks import Reconciler

        collector.territory = Reconciler(questionnaire=model.questionnaire)
        advance = phase("batch_reading", sum(i.size for i in inputs)) if phase else None
        tally = Tally()  # a missing input stopped the run above (exit 2)
        warnings = skipped + read(inputs, model, collector, advance, mapping, jobs, shelf, tally)
        warnings += versions_summary(collector)
        warnings += collector.territory.warnings

        overview = panorama(collector)
        warnings += collector.identity_warnings  # who is who: every doubt said
        outcome = Outcome(collector.respondents, collector.organisations, collector.failures, warnings,
                          tally=tally)
        campaign = _campaign(model, collector, expected, outcome, lang) if expected is not None else None

        if out is not None and not collector.respondents:  # nothing to report: leave no folder behind
            out = None
            outcome.nothing_written = True
        staging = Staging(out) if out is not None else None
        try:
            documents = Board(board, template)
            _write(model, collector, overview, outcome, lang, staging, stream, charts, phase, documents,
                   campaign, jobs)
            if staging is not None:
                staging.commit()
                outcome.files = len(staging.files) - 1  # the manifest is not a result
        finally:
            if staging is not None:
                staging.discard()
        return outcome
    finally:
        collector.close()  # its notes' temporary file


def versions_summary(collector: Collector) -> list[Problem]:
    """One line when respondents were scored with more than one questionnaire version (or with an
    archived one only): how many with each."""
    counts = collector.counted_versions()
    current = collector.model.questionnaire.version
    if not counts or set(counts) == {current}:
        return []
    from ccas_compass.scoring.versions import _version_key

    items = [f"{counts[version]} × {version}" for version in sorted(counts, key=_version_key)]
    return [Problem("batch_versions", {"counts": ", ".join(items)})]


@dataclass(frozen=True)
class Board:
    """The board documents a batch writes beside each Markdown report (issue 13)."""

    formats: tuple[str, ...] = ()
    template: Path | None = None

    def write(
        self, staging: Staging, stem: str, markdown: str | None, images: dict[str, bytes], lang: str,
        model: Model, report: Report | None = None,
    ) -> None:
        """``stem.pdf`` / ``stem.docx`` from ``markdown`` (written with the chart placeholder);
        ``report``: the organisation's, for its profile card."""
        from ccas_compass.render import board

        card = board.profile_card(report, lang) if report is not None else None
        q = model.questionnaire
        meta = board.frame(lang, q.id, q.version)
        for fmt in self.formats:
            if markdown is None:
                continue
            chart = images.get(board.CHART_FORMAT[fmt])
            staging.write(f"{stem}.{fmt}", board.render(fmt, markdown, lang, meta=meta, chart=chart,
                                                        template=self.template, card=card))


def _write(
    model: Model, collector: Collector, overview: Panorama, outcome: Outcome, lang: str,
    staging: Staging | None, stream: TextIO | None, charts: bool, phase: Phase | None,
    board: Board | None = None, campaign: Any = None, jobs: int = 1,
) -> None:
    from ccas_compass.batch.teams import team_result
    from ccas_compass.render import csvout, jsonout

    q = model.questionnaire
    head = {
        "tool": {"name": "ccas-compass", "version": __version__},
        "questionnaire": {"id": q.id, "version": q.version, "sha256": q.sha256},
        "lang": lang,
    }
    if stream is not None:
        stream.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "organisations": [')
    names = Names()
    header = csvout.results_header(model, lang)
    csv_lines = [csvout.line(header, lang)] if staging is not None else []
    table_rows: list[list[csvout.Cell]] = []
    advance = phase("batch_writing", outcome.organisations) if phase and staging is not None else None
    first = True
    board = board or Board()
    drawing = None
    if staging is not None and charts:
        from ccas_compass.cli.batch_charts import Charts

        # board documents need each chart at once (drawn in this process): no workers then
        drawing = Charts(1 if board.formats else jobs, outcome.organisations, staging.write)
    try:
        for team in teams(collector):
            peer = peers(overview, team)
            result = team_result(model, team)  # once, for the JSON, the Markdown and the chart
            if collector.territory is not None:  # unknown or old code, name or band mismatch (issue 12)
                from ccas_compass.territory.checks import with_warnings

                result = with_warnings(result, collector.territory.warnings_for(f"#{team.index}"))
            document = jsonout.team(model, team, peer, lang, result)
            if stream is not None:
                stream.write(("\n" if first else ",\n") + json.dumps(document, ensure_ascii=False))
                first = False
            if staging is not None:
                stem = names.unique(team.name, team.organisation.get("insee"))
                report_path = f"organisations/{stem}.md"
                _team_files(model, team, peer, result, document, stem, lang, staging, drawing, board)
                row = csvout.results_row(model, team, peer, report_path, lang)
                csv_lines.append(csvout.line(row, lang))
                table_rows.append(row)
                if advance is not None:
                    advance(1)
        if drawing is not None:
            drawing.finish()  # the charts still being drawn
    finally:
        if drawing is not None:
            drawing.close()
    tail = {
        "panorama": jsonout.panorama(model, overview, lang),
        "failures": jsonout.failures(outcome.failures, lang),
        "warnings": [w.render(lang) for w in outcome.warnings],
    }
    if campaign is not None:
        from ccas_compass.territory.campaign import document as campaign_document

        tail["campaign"] = campaign_document(campaign)
    if stream is not None:
        stream.write("\n], " + json.dumps(tail, ensure_ascii=False)[1:] + "\n")
    if staging is not None:
        from ccas_compass.render.batch_markdown import panorama_markdown

        chart = None
        images: dict[str, bytes] = {}
        if charts and overview.overall is not None:
            from ccas_compass.render.chart import panorama_images

            images = panorama_images(model, overview.overall, lang)
            staging.write("panorama.png", images["png"])
            staging.write("panorama.svg", images["svg"])
            chart = "panorama.png"
        markdown = panorama_markdown(model, overview, lang, failed=len(outcome.failures), chart=chart,
                                     doubts=_doubts(outcome.warnings, lang))
        if campaign is not None:  # « Représentativité » and who to remind (issue 12)
            from ccas_compass.render.campaign import campaign_markdown, relance_csv, relance_xlsx
            from ccas_compass.territory.referential import load

            section = campaign_markdown(campaign, load(), lang)  # first: how far the panorama speaks
            at = markdown.find("\n## ")
            markdown = markdown + section if at < 0 else markdown[:at] + section + markdown[at:]
            staging.write_text("relance.csv", relance_csv(campaign, load(), lang), bom=True)
            staging.write("relance.xlsx", relance_xlsx(campaign, load(), lang))  # codes stay text
        staging.write_text("panorama.md", markdown)
        if board is not None and board.formats:
            board.write(staging, "panorama", markdown, images, lang, model)
        staging.write_text("panorama.json", jsonout.dumps({**head, **tail}))
        staging.write_text("resultats.csv", "".join(csv_lines), bom=True)
        from ccas_compass.collect.xlsx import (
            workbook_bytes,  # the same table typed: INSEE codes stay text ("01004")
        )

        rows: list[Sequence[csvout.Cell]] = [header, *(csvout.plain(r) for r in table_rows)]
        book = workbook_bytes([(message("csv_sheet", lang), rows)], title="ccas-compass", freeze="B2")
        staging.write("resultats.xlsx", book)


def _doubts(warnings: Sequence[Problem], lang: str) -> list[str]:
    """« Points à vérifier » of the panorama: every warning once. A poorly represented band is said
    in « Représentativité », beside its table; here only a line pointing there."""
    lows = sum(w.key == "campaign_low_band_warning" for w in warnings)
    doubts = [w.render(lang) for w in warnings if w.key != "campaign_low_band_warning"]
    return doubts + ([message("campaign_low_band_see", lang, count=lows)] if lows else [])


def _campaign(model: Model, collector: Collector, expected: Any, outcome: Outcome, lang: str) -> Any:
    """The campaign's follow-up from the organisations that answered; its warnings into ``outcome``."""
    from ccas_compass.render.campaign import low_band_lines
    from ccas_compass.territory.campaign import follow_up
    from ccas_compass.territory.referential import load

    orgs = [(collector.insee[org] or None, collector.organisation(org).get("kind"))
            for org in collector.org_ids()]
    campaign = follow_up(load(), model.questionnaire, expected, orgs, lang)
    outcome.warnings += list(expected.warnings)
    if orgs and not campaign.answered and campaign.outside == len(orgs):  # a typo'd --departement?
        params = {"count": len(orgs), "value": expected.value}
        outcome.warnings.append(Problem("campaign_none_expected", params))
    lows = low_band_lines(campaign, lang)
    outcome.warnings += [Problem("campaign_low_band_warning", {"text": t}) for t in lows]
    return campaign


def _team_files(
    model: Model, team: Team, peer: Peers | None, result: Result, document: dict[str, object], stem: str,
    lang: str, staging: Staging, drawing: Charts | None, board: Board,
) -> None:
    from ccas_compass.render import jsonout
    from ccas_compass.render.batch_markdown import team_markdown
    from ccas_compass.scoring.report import build_report

    report = build_report(model, result)
    chart = None
    images: dict[str, bytes] = {}
    if drawing is not None and board.formats:  # the documents embed the chart (the PDF's is vector)
        from ccas_compass.render.chart import chart_images

        formats = ("png", "svg") if "pdf" in board.formats else ("png",)
        images = chart_images(report, lang, formats=formats, dpi=100)
        staging.write(f"organisations/{stem}.png", images["png"])
        chart = f"{stem}.png"
    elif drawing is not None:  # drawn now, or by a worker process while the next teams are written
        from ccas_compass.render.chart import chart_data

        drawing.submit(f"organisations/{stem}.png", chart_data(report, lang))
        chart = f"{stem}.png"
    markdown = team_markdown(model, team, peer, lang, chart, report)
    staging.write_text(f"organisations/{stem}.md", markdown)
    board.write(staging, f"organisations/{stem}", markdown, images, lang, model, report)
    staging.write_text(f"organisations/{stem}.json", jsonout.dumps(document))
