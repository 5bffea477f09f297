"""The interactive interview: a pure state machine (session), the terminal asker (the only questionary
importer) and the drafts kept between sessions.
"""
