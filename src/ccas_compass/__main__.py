"""``python -m ccas_compass``."""

from .cli import main

main()
