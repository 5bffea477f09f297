"""The interactive interview: a pure state machine (session), the terminal asker and its screens (the
only prompt_toolkit importer), the drafts kept between sessions and the finished answers file.
"""
