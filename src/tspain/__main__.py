"""`python -m tspain` runs the command line."""

from tspain.cli import main

main()
