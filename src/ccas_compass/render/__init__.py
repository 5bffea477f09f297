"""Renderers: each turns model or result objects into a string or a Rich renderable.

They never print and never write files; the command line does that.
"""
