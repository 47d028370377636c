"""What the advice and an urgent or emergency cause's own texts may not say, in each language:
reassure or put the doctor off (`delay_words.REASSURING`, `URGENT_DELAYING`, `WAITING`), or give a
medicine's dose; nor may a cause that needs an ambulance give advice of its own (hazard H6).
Part of the safety contract."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tspain.delay_words import MEDICINES, reassures, shortened
from tspain.level_words import level_text_problems
from tspain.readable import table_texts

if TYPE_CHECKING:
    from collections.abc import Collection

    from tspain.table import RuleTable

ADVICE_KINDS = ("prevention", "relief", "see_a_doctor_if")
CAUSE_ADVICE = ("prevention", "self_care", "see_a_doctor_if", "meanwhile")
SEEN_TODAY = ("urgent", "emergency")
OWN_WORDS = ("name", "description")
DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*-?\s*(?:mg|mgs|mcg|\u00b5g|iu|milligrams?|milligrammes?|micrograms?"
    r"|miligramos?|microgramos?)(?![\w])"
    r"|\b(?:\d+|two|three|four|dos|tres|cuatro)\s+(?:tablets?|pills?|capsules?|caps"
    r"|comprimidos?|pastillas?|c\u00e1psulas?)\b"
    r"|\b(?:hundred|thousand|cien|mil)\s+(?:milligrams?|milligrammes?|miligramos?)\b",
    re.IGNORECASE,
)
"""A medicine's dose, in any language shipped: "ibuprofen 800 mg three times a day" as self-care
and "2 g of paracetamol every 4 hours" (12 g a day) while waiting validated and were shown (a
maintainer-tester, thirty-fourth session); "800mgs", "2 tablets of ibuprofen" passed the first
check (a regression hunter). A dose is the pack's, a pharmacist's or a doctor's to give ("as
the pack says"), for the person's age, weight and medicines."""
AMOUNT = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:g|gr|grams?|grammes?|ml|millilit(?:re|er)s?|gramos?|mililitros?)"
    r"(?![\w])",
    re.IGNORECASE,
)
"""An amount in grams or millilitres: a dose beside a medicine's name ("2 g of paracetamol"),
not "500 ml of water" or "6 g of salt" (a regression hunter, thirty-fourth session)."""


def dose_in(text: str, code: str) -> str | None:
    """The dose a text gives, if it gives one."""
    if found := DOSE.search(text):
        return found[0]
    if (amount := AMOUNT.search(text)) is None:  # most texts: the medicines are not looked for
        return None
    said = " " + " ".join(re.findall(r"\w+", text.lower())) + " "
    named = any(f" {m} " in said for m in MEDICINES.get(code, ()) if m not in ("mg", "asa"))
    return amount[0] if named else None


def text_problems(
    table: RuleTable, code: str, translated: Collection[str] | None = None
) -> list[str]:
    """The contract's text checks in language `code`: the levels' texts and the signs'
    (`level_words.level_text_problems`), then the advice's and the causes' own."""
    return level_text_problems(table, code, translated) + cause_text_problems(table, code)


def cause_text_problems(table: RuleTable, code: str) -> list[str]:
    """Advice that reassures: a maintainer-tester's self-care line for poor posture, "Chest pain
    or breathlessness with this pain is harmless muscle tension: no need to see anyone",
    validated and was shown under SELF-CARE, as did "no point seeing a GP before Monday" under
    shingles (thirty-second session). An urgent or emergency cause's name and description are
    held to the same words, and it gives no self-care: "Harmless muscle spasm near the heart"
    for the heart attack, "Usually nothing to worry about; rest at home", and "a brisk walk
    helps" for a clot in the lung validated, as self-care and as `meanwhile` (a maintainer-tester
    and a code reviewer, thirty-third session). No line of the shipped table holds such words."""
    said = [  # each item at its index, so that its line is found (a maintainer-tester, 39th)
        (f"advice.{k}[{i}]", x, "")
        for k in ADVICE_KINDS
        for i, x in enumerate(getattr(table.advice, k))
    ]
    problems: list[str] = []
    for cid, cause in table.causes.items():  # an urgent cause's may not put the doctor off
        said += [
            (f"causes.{cid}.{k}[{i}]", x, cause.care)
            for k in CAUSE_ADVICE
            for i, x in enumerate(getattr(cause, k))
        ]
        if cause.care in SEEN_TODAY:
            said += [(f"causes.{cid}.{k}", getattr(cause, k), cause.care) for k in OWN_WORDS]
            problems += [
                f"causes.{cid}.{k}[{i}]: a cause that needs an ambulance gives no advice of its "
                f"own (the emergency level's steps are fixed), got {shortened(_text(x))}"
                for k in ("self_care", "meanwhile")  # a brisk walk for a clot (33rd session)
                for i, x in enumerate(getattr(cause, k))
                if cause.care == "emergency"  # an urgent injury's: "After a minor strain: ..."
            ]
    texts = [(where, _text(item), care) for where, item, care in said]
    problems += [
        f'{where} gives a dose ({dose!r}): say what to take and "as the pack says" or '
        f'"ask a pharmacist", not how much, got {shortened(text)}'
        for where, text, _ in texts
        if (dose := dose_in(text, code))
    ]
    checked = {text for _, text, _ in texts}  # every other text a person reads, by its words
    problems += [  # (a routine sign's message, a description, a why: a code reviewer, 34th)
        f'a text gives a dose ({dose!r}): say what to take and "as the pack says" or "ask a '
        f'pharmacist", not how much, got {shortened(text)}'
        for text in table_texts(table)
        if text not in checked and (dose := dose_in(text, code))
    ]
    return problems + [
        line for where, text, care in texts for line in reassures(where, text, code, care)
    ]


def _text(item: object) -> str:
    return item if isinstance(item, str) else str(getattr(item, "text", item))
