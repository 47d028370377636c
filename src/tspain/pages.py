"""The pages the listing commands print (`tspain causes`, a cause's page, `prevention`,
`questions` and `signs`, `compare`), built from `render`'s pieces."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

from tspain.i18n import level_word, t
from tspain.render import Out, Text, bullets, heading, wrap
from tspain.table import Cause, RuleTable

if TYPE_CHECKING:
    from tspain.compare import Comparison, Ranked


def causes_list(out: Out, table: RuleTable) -> None:
    # One Text, wrapped here and printed once: this is the start-up path of `tspain causes`.
    text = Text()
    for cid, cause in table.causes.items():
        text.append(cause.name, style="bold")
        care = f"{cid}  " + t("care: {level}", level=level_word(cause.care))
        # past the width, on a line of its own: a Spanish heading took 123 columns of 80 and
        # was not wrapped (a tester, twenty-seventh session)
        apart = len(cause.name) + 2 + len(care) > out.width - 1
        text.append(("\n    " if apart else "  ") + care + "\n", style="dim")
        text.append(
            textwrap.fill(
                cause.description,
                max(out.width - 1, 12),  # a terminal 1 column wide still gets words, not an error
                initial_indent="    ",
                subsequent_indent="    ",
            )
            + "\n"
        )
    text.append("\n" + t("`tspain causes ID` shows one in full."), style="dim")
    # A list of conditions invites matching oneself to one: it says what it is not, as a
    # cause's page and every result do.
    text.append("\n\n" + textwrap.fill(table.disclaimer, max(out.width - 1, 12)), style="dim")
    out.print(text, soft_wrap=True)


def cause_detail(out: Out, table: RuleTable, cid: str, cause: Cause) -> None:
    from tspain.cause_words import raising, source_words
    from tspain.wording import condition_words

    care = t("care: {level}", level=level_word(cause.care))
    out.print(Text(f"{cause.name}  ({cid}, {care})", style="bold"))
    out.print(Text(cause.description))
    out.print(heading(t("What points to it")))
    bullets(out, raising(table, cause, condition_words))
    # What the figures mean, for a reader who has not met the idea of a likelihood ratio.
    legend = t(  # each line's own, not a total (a maintainer-tester read it as one: 35th)
        "(each xN is one finding's own weight: x3 means it makes this cause about 3 times more "
        "likely than upper back pain in general)"
    )
    out.print(Text(wrap(legend, out.width, "  ", "   "), style="dim"))
    out.print(heading(t("What helps")))
    from tspain.advice import advice_text

    helps = [advice_text(a) for a in cause.self_care]
    bullets(out, helps or [t("See a doctor first: this is not one to treat at home.")])
    out.print(heading(t("Prevention")))
    bullets(out, cause.prevention)
    out.print(heading(t("See a doctor if")))
    bullets(out, [advice_text(a) for a in cause.see_a_doctor_if])
    out.print(heading(t("Sources")))
    bullets(out, [source_words(s) for s in cause.sources])
    out.print(Text(f"\n{table.disclaimer}", style="dim"))


def prevention(out: Out, tips: list[str], cause: Cause | None) -> None:
    out.print(Text(t("Preventing upper back pain"), style="bold"))
    bullets(out, tips)
    if cause is not None:
        out.print(heading(t("For {cause}", cause=cause.name.lower())))
        bullets(out, cause.prevention)


def id_list(out: Out, rows: Iterable[tuple[str, str, str]]) -> None:
    """Ids stacked (`tspain questions`, `tspain signs`): each id and what it takes on one line,
    its text wrapped under it; nothing is cut at any width."""
    text = Text()
    for name, values, said in rows:
        text.append(name, style="bold")
        text.append(f"  {values}\n", style="dim")
        text.append(wrap(said, out.width, "    ", "    ") + "\n")
    text.rstrip()
    out.print(text, soft_wrap=True)


def comparison(out: Out, data: Comparison) -> None:
    triage = data.triage
    moved = f"{level_word(triage.old)} -> {level_word(triage.new)}"
    out.print(
        Text(t("Triage: "), style="bold")
        + Text(moved if triage.changed else level_word(triage.old))
        + Text(
            t(" (changed)") if triage.changed else t(" (unchanged)"),
            style="bold" if triage.changed else "dim",
        )
    )
    if triage.action:  # what to do now, first: a new emergency said nothing of calling
        out.print(Text(wrap(triage.action, out.width, "  ", "  "), style="bold"))
    out.print(heading(t("Answers that changed")))
    bullets(out, [f"{a.text}  {a.old} -> {a.new}" for a in data.answers] or [t("none")])
    out.print(heading(t("Ranking now, and where each stood before")))

    from tspain.shown_causes import percent

    def said(c: Ranked, name: bool = True) -> str:  # a cause not to be missed has no figure
        figure = "" if c.serious else f" {percent(c.probability)}"
        return f"{c.name or c.id}{figure}" if name else figure.replace(" ", ", ")

    # Each cause beside its old place ("Muscle overuse 13% -> Kidney infection" read as one)
    old = {c.id: (i, c) for i, c in enumerate(data.ranking.old, start=1)}
    rows = [
        f"{i}. {said(c)} "
        + (t("(was number {n}{figure})", n=old[c.id][0], figure=said(old[c.id][1], False))
           if c.id in old else t("(new here)"))
        for i, c in enumerate(data.ranking.new, start=1)
    ]  # fmt: skip
    now = {c.id for c in data.ranking.new}
    gone = [f"{said(c)} ({i})" for i, c in old.values() if c.id not in now]
    rows += [t("No longer listed (number before): {causes}", causes="; ".join(gone))] * bool(gone)
    out.print(Text("\n".join(wrap(r, out.width, "  ", "     ") for r in rows)))
    before = {c.id for c in data.must_not_miss.old}
    serious = [
        c.name + ("" if c.id in before else " " + t("(new)")) for c in data.must_not_miss.new
    ]
    out.print(heading(t("Must not be missed now")))
    bullets(out, ["; ".join(serious) or t("none")])
    if data.disclaimer:
        out.print(Text("\n" + data.disclaimer, style="dim"))
