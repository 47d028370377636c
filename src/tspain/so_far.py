"""What a stopped interview says before it ends: the result so far when a warning sign already
holds, and what to do if a sign the person named but was not yet asked about applies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tspain import i18n, screens

if TYPE_CHECKING:
    from rich.console import Console

    from tspain.interview import Interview
    from tspain.table import RuleTable


def said_so_far(table: RuleTable, out: Console, session: Interview) -> None:
    """Stopped with a warning sign known: its level and action are not thrown away. Stopped
    while a sign guessed from words was asked about: what to do if it applies, when that is
    more than what is known says."""
    from tspain.compiled import compile_table
    from tspain.engine import assess
    from tspain.levels import RANK

    known = session.known()
    now = None
    if any(sign.holds(known) for sign in compile_table(table).signs):
        now = assess(table, known, i18n.current())
        screens.stopped_early(out, now)
    raised = [(q, None) for q in session.raised if q not in session.answers]  # asked next
    pending = {  # a yes is what a sign said in words means ("You mentioned: Did the pain
        q: words  # start after an injury?": a reviewer)
        for q, words in [*raised, *session.unconfirmed]
        if table.questions[q].type == "yesno"
    }
    if not pending:
        return
    level = highest = (now or assess(table, known, i18n.current())).triage.level
    for qid, words in pending.items():
        if_so = assess(table, {**known, qid: True}, i18n.current())
        if RANK[if_so.triage.level] > RANK[level]:
            q = table.questions[qid]
            screens.if_it_applies(out, words, q.short or q.text, if_so)
        highest = max(highest, if_so.triage.level, key=RANK.__getitem__)
    if_all = assess(table, known | dict.fromkeys(pending, True), i18n.current())
    if len(pending) > 1 and RANK[if_all.triage.level] > RANK[highest]:  # drugs and a fever:
        names = "; ".join(table.questions[q].short or table.questions[q].text for q in pending)
        screens.if_it_applies(out, None, names, if_all, every=True)  # more than each (35th)
