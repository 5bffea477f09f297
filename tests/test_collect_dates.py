"""The timestamps survey tools write, read as the day written (collect.dates)."""

from __future__ import annotations

import pytest

from ccas_compass.collect.dates import Placeholder, iso_day


@pytest.mark.parametrize(("text", "day"), [
    ("2026-11-18T08:00:00", "2026-11-18"),  # KoboToolbox _submission_time
    ("2026-11-18T08:00:00.000Z", "2026-11-18"),  # ODK Central SubmissionDate
    ("2026-11-18 10:00:00", "2026-11-18"),  # LimeSurvey submitdate
    ("2026/11/18 9:00:00 AM UTC+1", "2026-11-18"),  # Google Forms
    ("2026/3/29 11:59:59 PM UTC+2", "2026-03-29"),
    ("2026/11/18 12:30:00 AM UTC-5", "2026-11-18"),  # the day as written, not converted
    ("18/11/2026 09:00:00", "2026-11-18"),  # Google Sheets in French
    ("11/18/2026 9:00:00", "2026-11-18"),  # an American sheet: unambiguous
    ("18/11/2026 - 09:00", "2026-11-18"),  # Framaforms
    ("hier", None),
    ("2026-02-30 10:00:00", None),
])
def test_a_timestamp_is_read_as_its_day(text: str, day: str | None) -> None:
    assert iso_day(text) == day


def test_the_limesurvey_placeholder_is_no_date() -> None:
    with pytest.raises(Placeholder):
        iso_day("1980-01-01 00:00:00")


def test_a_metadata_field_under_any_group_separator_is_ignored(model: object) -> None:
    from ccas_compass.collect.known import recognise

    found = recognise(["meta.instanceID", "meta>rootUuid", "formhub:uuid"], model)  # type: ignore[arg-type]
    assert [c.kind for c in found.plan.columns] == ["ignored"] * 3
