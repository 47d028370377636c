"""tspain: command-line triage for upper back (thoracic spine) pain. Not a diagnosis."""

__version__ = "0.1.0"
