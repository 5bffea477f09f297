"""``python -m ccas_compass``."""

from ccas_compass.cli.app import main

main()
