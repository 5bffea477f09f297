"""The command line: parses options, calls the core, picks a renderer, writes the output."""

from ccas_compass.cli.app import main

__all__ = ["main"]
