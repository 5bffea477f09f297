"""Answers documents: one document checked against the questionnaire, and the wide one-row-per-respondent
table layout.
"""
