"""Survey tools' exports of our questionnaire read as they are written (issue 11).

* :mod:`.known` — every column a tool may write for our questionnaire (Kobo labels in French or
  English with any group separator, LimeSurvey codes or full headings, Google Forms titles and grids,
  Framaforms' labels), matched to the questionnaire in column order, as a positional mapping plan;
* :mod:`.dates` — the timestamps those tools write (Google's ``2026/11/18 9:00:00 AM UTC+1``…);
* :mod:`.limesurvey` — the LimeSurvey survey structure (tab-separated) and its short codes;
* :mod:`.archive` — ODK Central's zip download.
"""
