"""Answers → numbers → what stands out → the report's content; comparisons, questionnaire versions and the
validation corpus. No wording.
"""
