"""The timestamps survey tools write, read as an ISO date (the day as the tool wrote it).

* KoboToolbox ``2026-11-18T08:00:00`` (``_submission_time``), ODK Central ``2026-11-18T08:00:00.000Z``,
  LimeSurvey ``2026-11-18 10:00:00`` (and ``1980-01-01 00:00:00`` without "Date stamp": no date);
* Google Forms ``2026/11/18 9:00:00 AM UTC+1`` (any offset, or none), a Sheets download in French
  ``18/11/2026 09:00:00``;
* Framaforms (Drupal's short date format on a French site) ``18/11/2026 - 09:00``.

The day is the one written, never converted to another time zone: it is the day the respondent saw.
A day-first date (``18/11/2026``) is French, as every tool above writes it for a French form.
"""

from __future__ import annotations

import datetime as dt
import re

PLACEHOLDER = "1980-01-01"
"""The date LimeSurvey stores for every response when the survey does not keep "Date stamp"."""
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)")
_YMD = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?:\s|$)")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s|$)")


class Placeholder(ValueError):
    """LimeSurvey's ``1980-01-01 00:00:00``: the response carries no date."""


def iso_day(text: str) -> str | None:
    """The ISO day of a timestamp, None when the text is not one; :class:`Placeholder` for LimeSurvey's
    1980-01-01 placeholder."""
    cell = text.strip()
    for pattern, order in ((_ISO, "ymd"), (_YMD, "ymd"), (_DMY, "dmy")):
        found = pattern.match(cell)
        if found is None:
            continue
        a, b, c = (int(x) for x in found.groups())
        year, month, day = (a, b, c) if order == "ymd" else (c, b, a)
        if order == "dmy" and month > 12 >= day:  # 11/18/2026: an American sheet, unambiguous
            month, day = day, month
        try:
            day_iso = dt.date(year, month, day).isoformat()
        except ValueError:
            return None
        if day_iso == PLACEHOLDER and cell.startswith(PLACEHOLDER):
            raise Placeholder(cell)
        return day_iso
    return None
