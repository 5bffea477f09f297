"""The questionnaire and its figures: frozen objects, how they are read from YAML, validated, checked and
cached.
"""
