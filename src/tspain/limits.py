"""How many of each thing a result names: set once, here, for the engine, screen and reports."""

LIKELY = 3
"""How many causes count as "the likely causes" (their advice is given; the interview asks
what could change them)."""

LEADING_SHARE = 0.5
"""A top-three cause gives its advice if it is at least this share as likely as the first."""

SHOWN_CAUSES = 5
"""How many causes the screen and reports list with their figures, at most."""

SHOWN_LIKELY_ANYWAY = 0.10
"""A cause that only age or sex raised is shown at this probability or more
(`shown_causes.causes_to_show`): 1 in 10 is worth knowing about."""

SHOWN_SERIOUS = 5
"""How many must-not-miss causes the screen and reports list."""

EMERGENCY_SERIOUS = 3
"""At an emergency, the serious causes listed (the screen must fit 24 lines)."""

UNANSWERED_NAMED = 3
"""How many unanswered warning signs a reason names before "and N more"."""

SCREEN_WIDTH = 80
"""The terminal width results are measured at (a pipe or a file gets it too)."""

RESULT_LINES = 40
"""The most lines a result (below emergency) takes on an 80-column screen, whatever was left
unanswered: sections past it give way, the least needed first."""

NOTABLE = 1.1
"""A factor below this hardly moves a cause: a cause's page does not list it as pointing to the
cause, and a result names it as a reason only when nothing stronger raised the cause."""

TYPED_MAX = 200
"""The longest answer typed at a question that is read (a checklist named in words takes about
80 characters): anything longer is asked again, not matched word by word and quoted back."""
