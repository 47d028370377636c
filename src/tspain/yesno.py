"""Reading a typed yes or no that says more than the word: "yes, at a desk all day" is yes,
"no, thank you" is no; a no that goes on to say something else ("no, but it goes down my
arm", "no, I have chest pain", "no chest pain, jaw pain", "nah idk") is asked again, and so is
a key followed by words ("2 times this morning": "2" is the key for no). A pure function of
the words typed and the meanings of the language's words (`understand.Vocabulary`).

What follows a "no" is read clause by clause (split at commas and "and"): each must deny
("not weak", "I haven't fainted", "no tengo"), say all is well ("I'm fine", "my chest is
fine"), or be filler ("thank you", "not that I know of"). A clause that states something
("numb and tingling", "I do feel too weak to stand", "tengo escalofríos") asks again."""

from __future__ import annotations

import re
from collections.abc import Mapping, Set

from tspain.oneself import PARIENTES, RELATIVES

_FILLER_LEAD = r"well|oh|um+|erm+|uh+|hmm+|ok|okay|so|bueno|pues|mm+|ah"
_MIND_CHANGED = (
    r"actually|wait|sorry|oops|i meant|on second thoughts?|en realidad|perd[oó]n|me equivoqu[eé]"
    r"|espera|mejor dicho"
)
LEAD_IN = re.compile(rf"^(?:{_FILLER_LEAD}|{_MIND_CHANGED})\b[,.!]*\s*(?=\w)")
"""A word an answer may begin with that says nothing ("well, yes", "bueno, la primera"), or
that a mind changed ("actually yes", "sorry, 3")."""
FILLER_LEAD = re.compile(rf"^(?:{_FILLER_LEAD})\b[,.!]*\s*(?=\w)")
MIND_CHANGED = re.compile(rf"^(?:{_MIND_CHANGED})\b[,.!]*\s*(?=\w)")


def after_lead_in(text: str, meaning: Mapping[str, str] | None) -> str:
    """The answer without a word that says nothing ("well yes, sort of ripping"), or a mind
    changed when a bare yes or no follows it: "actually yes" after going back was asked again,
    and Enter kept the old no (a tester, fortieth session); "sorry no i didnt read it" is no
    no, and an emergency sign was lost when it was (a code reviewer, fortieth session). With
    no `meaning` (an option, "sorry, 3"), either lead-in goes."""
    if meaning is None:
        return LEAD_IN.sub("", text)
    spoken = FILLER_LEAD.sub("", text)
    changed = MIND_CHANGED.sub("", spoken)
    return changed if meaning.get(changed) in ("yes", "no") else spoken


NEGATIVE = frozenset(
    {
        *("no", "not", "never", "nothing", "none", "don't", "dont", "haven't", "havent"),
        *("didn't", "didnt", "isn't", "isnt", "doesn't", "doesnt", "wasn't", "hasn't"),
        *("aren't", "won't", "nunca", "ni", "tampoco", "ningún"),
        *("ninguna", "ninguno", "nada", "sin", "jamás"),
    }
)
"""Words that deny the clause they stand in ("not weak", "I haven't fainted", "no fumo")."""
WELL = frozenset({"fine", "ok", "okay", "good", "alright", "normal", "bien"})
"""Words that say all is well: "my chest is fine", "estoy bien"."""
FILLER = frozenset(
    {
        *("thanks", "thank", "you", "please", "sir", "madam", "ma'am", "doctor", "doc", "mate"),
        *("at", "all", "really", "definitely", "certainly", "absolutely", "of", "course"),
        *("way", "that", "know", "aware", "as", "far", "so"),
        *("noticed", "think", "believe", "thankfully", "luckily", "fortunately"),
        *("god", "goodness", "back", "the", "i", "i'm", "im", "gracias", "por"),
        *("favor", "señor", "señora", "doctora", "verdad", "que", "suerte"),
        *("dios", "a", "qué", "va", "todo", "la", "lo", "eso", "así", "pues", "sepa", "yo"),
        *("creo", "de", "nope", "nah", "thing", "sort", "kind", "like", "this", "thx", "ty"),
        *("sorry", "both", "above", "perdón", "perdon", "tranquilo", "tranquila", "fíjese"),
        *("encuentro", "la"),
        *("man", "male", "guy", "hombre", "varón", "varon", "soy"),  # "no, I'm a man"
    }
)
"""Words that add nothing to a no: "no, thank god", "no, not that I'm aware of"."""
JUST_SO = frozenset(
    {
        *("yes", "yeah", "yep", "right", "correct", "exactly", "that's", "thats", "indeed"),
        *("sí", "si", "eso", "es", "así", "correcto", "exacto", "please", "favor"),
    }
)
"""Words after a yes that add no fact: "yes please", "yes, that's right", "sí, eso es"."""
SUBJECT = frozenset({"i", "i'm", "im", "my", "it", "it's", "its", "yo", "mi"})
"""Words that begin a clause of its own: "no I have chest pain" is no "no" to chest pain (but
"no me duele", the Spanish no before its verb, is)."""
AFFIRMING = frozenset(
    {
        *("have", "has", "had", "do", "does", "did", "am", "is", "are", "was", "were", "been"),
        *("feel", "felt", "get", "got", "i've", "he", "ha", "tengo", "estoy", "siento"),
    }
)
"""Verbs that, not denied, state something: "no, I do", "no, I have chills", "no, tengo"."""
ASK_AGAIN = frozenset(
    {
        *("yes", "yeah", "yep", "sí", "si", "wait"),  # "no... wait, yes", "no, creo que sí"
        *("but", "only", "except", "sometimes", "pero", "solo", "sólo", "excepto", "veces"),
        *("sure", "idk", "dunno", "maybe", "perhaps", "possibly", "unsure", "c", "quizás"),
        *("bit", "some", "little", "slightly", "poco", "algo"),  # "no, a bit": a little
        # a time: "no, not since this morning", "no, not anymore", "no, ya no" had it before
        *("anymore", "since", "today", "yesterday", "morning", "earlier", "before", "now"),
        *("moment", "recently", "currently", "usual", "ya", "ahora", "ahorita", "momento"),
        *("hoy", "ayer", "antes", "mañana"),
        # "no just pressure", "fine apart from tightness": one part denied, another said
        *("just", "apart", "besides", "except", "aparte", "salvo", "menos", "nomás", "más"),
        # "no pain rather pressure", "no chest pain although my arm aches", "no es X sino Y"
        *("rather", "instead", "although", "though", "whereas", "sino", "more", "longer"),
        # a sign had since the pain began, not now: "no had it last night", "no siempre"
        *("once", "occasionally", "always", "last", "time", "siempre", "anoche", "kinda"),
        *("sorta",),
        *("vez", "years", "ex", "former", "quit", "stopped", "dejé", "deje", "años"),
        # a condition treated is a condition had: "no, fine with my tablets"
        *("tablets", "tablet", "pills", "pill", "meds", "medication", "medications"),
        *("medicine", "medicines", "treatment", "treated", "controlled", "insulin"),
        *("pastillas", "pastilla", "medicamento", "medicamentos", "medicación"),
        *("medicacion", "tratamiento", "tratada", "tratado", "controlada", "controlado"),
        *("insulina",),
        # a doubt: "no muy seguro", "no real idea", "no lo recuerdo", "no way of knowing"
        *("seguro", "segura", "idea", "clue", "recuerdo", "recuerda", "fijado", "knowing"),
        *("recollection", "memory", "hard", "menor"),
    }
)
"""Words after a no that change it, whatever else is said: a yes, a "but", a doubt ("no
sure", "no c" for "no sé"), an amount ("no, a bit")."""
UNKNOWING = frozenset(
    {
        *("can't", "cant", "cannot", "couldn't", "couldnt", "unable", "understand"),
        *("entiendo", "entendí", "entendi", "comprendo", "comprendí", "medido"),
        *("termómetro", "termometro", "thermometer", "measure", "measured", "checked"),
    }
)
"""Words that ask again wherever they stand after a no: "no, I can't breathe", "no entiendo",
"no tengo termómetro" say the sign, or that it is not known."""
SAID_OF_THEM = frozenset({
    "siente", "sienten", "respira", "controla", "camina", "aguanta", "sostiene", "mueve",
    "orina", "sabe", "saben", "contesta", "habla", "reconoce", "dice", "entiende",
})  # fmt: skip
"""A carer's verbs, said of the person, that after a no state a sign ("no siente las
piernas", "no respira bien", "no controla la orina") or give no answer ("no sabe"): each was a
no, the sign ruled out (a code reviewer, fortieth session)."""
NOT_THE_SIGN = frozenset({
    "dolor", "fiebre", "molestia", "molestias", "mal", "sangre", "nada", "con", "calentura",
    "escalofríos", "presión", "opresión",
})  # fmt: skip
"""What may follow such a verb in a plain no: "no siente dolor", "no respira mal", "no orina
sangre" (they were asked again once the verbs were read: a code reviewer, fortieth session)."""
UNABLE = UNKNOWING | {
    *("puedo", "puede", "pueden", "pude", "podía", "podia", "logro", "consigo", "alcanza"),
    *("llega", "respiro", "camino", "siento", "sostengo", "aguanto", "controlo", "muevo"),
    *("responden", "responde", "orino", "mucho", "tanto", "much"),
    # "no veo bien" at pre-eclampsia's signs, "no me deja dormir", "no mejora con el reposo" at
    # night pain were each a no (a Spanish-speaking tester, thirty-sixth session)
    *("veo", "ve", "deja", "dejan", "mejora", "mejoran", "quita", "quitan", "duermo", "duerme"),
    *SAID_OF_THEM,
}
"""Words that, just after a negation, say the sign rather than deny it: "no puedo respirar",
"no me sostengo en pie", "no siento las piernas" (the Spanish no before its verb), "no mucho"
(a little). A no with one of them just after its negation is asked again."""
LOSS = frozenset(
    {
        *("control", "feeling", "sensation", "air", "breath", "strength", "balance", "able"),
        *("steady", "enough", "sensibilidad", "aire", "fuerza", "fuerzas", "equilibrio"),
        *("podido", "sale", "entra", "agarro", "respirar", "aliento"),
    }
)
"""Words that, just after a no, say a loss, which is the sign: "no control" (of the bladder),
"no feeling down there", "no air", "not able to stand", "no me entra el aire"."""
LOST = frozenset({"loss", "lost", "losing", "problem", "problems", "trouble", "issue", "issues"})
LOST |= {"pérdida", "perdida", "problema", "problemas"}
"""Words that make a loss the thing denied: "no loss of control", "no problems" stay no."""
HURTING = frozenset({"hurts", "hurt", "aches", "ache", "pains", "burns", "duele", "duelen", "arde"})
"""Verbs of a complaint: one not denied just before it states one ("no chest pain my jaw hurts",
"no me duele el pecho me duele el brazo")."""
BEING = frozenset({"estoy", "am", "i'm", "im", "feel", "feeling", "doing", "getting"})
"""Words between a negation and what it says of the person: "no estoy bien", "not feeling
fine" (asked again), where "no estoy embarazada" is a no."""
CLITIC = frozenset({"me", "te", "se", "le", "lo", "la", "les", "nos", "he", "ha", "i"})
"""Words between a negation and its verb: "no me sostengo", "no me he medido", "no I can't"."""
RESTATED = re.compile(
    r"\b(?:i have|i've|i do|i am|i'm|i feel|i get|i got|it's|it is|there is|tengo|siento)\b"
)
"""Words that state something anew after a denial in the same clause: "no I don't have chest
pain I have tightness", "no it's not pain it's pressure"."""
DENYING = NEGATIVE | {"nah", "nope", "can't", "cannot"}
"""Words that turn a yes into a denial ("claro que no" was read as yes; "yeah nah", an
Australian no, called an ambulance)."""


BETTER = frozenset({"better", "less", "easier", "improving", "improved", "mejor", "menos"})
DEGREE = (
    "a little bit", "a little", "a bit", "a tad", "a touch", "bit", "slightly",
    "somewhat", "mildly", "un poquito", "un poco", "poquito", "algo",
)  # fmt: skip
"""An amount said first, for a yes: "a bit out of breath", "slightly", "un poco" (each was
"Please answer yes or no" at the breathlessness question; a terminal hunter, twentieth
session). A little of a sign is the sign; said back ("a bit = yes")."""


def to_a_degree(text: str) -> list[str] | None:
    """The words after an amount `text` begins with, when none of them denies, doubts or
    limits it ("a bit, but not now", "a little, sometimes", "a bit better" at "getting
    worse?": asked again); None when it begins with no amount. The caller checks that they
    are of its question ("a little chest pain" is no fever)."""
    lead = next((d for d in DEGREE if text == d or re.match(rf"{d}\b[\s,]", text)), None)
    said = re.findall(r"[\w']+", text[len(lead) :]) if lead else []
    against = DENYING | WELL | BETTER | {"probably"} | ASK_AGAIN - {"yes", "yeah", "sí", "si"}
    return None if lead is None or set(said) & against else said


def yes_or_no(text: str, meaning: Mapping[str, str], plain: Set[str]) -> str | None:
    """ "yes", "no" or None (ask again) for `text` (already normalised), given `meaning` (word
    -> yes, no, ...) and `plain` (the language's polite, small and "none" words): the words
    themselves, the first word of a longer answer, or a small typo ("yse")."""
    if meaning.get(text) in ("yes", "no"):
        return meaning[text]
    if meaning.get(of_another := _said_of_another(text)) in ("yes", "no"):
        return meaning[of_another]  # only a bare yes or no: "ella no siente las piernas" was
        # read as a no, the sign lost (a regression hunter, fortieth session)
    drawn_out = re.sub(r"([a-z])\1+$", r"\1", text)  # "noo", "yesss"
    if drawn_out != text and meaning.get(drawn_out) in ("yes", "no"):
        return meaning[drawn_out]
    first = re.split(r"[\s,;.!]+", text, maxsplit=1)[0]
    rest = re.findall(r"[\w']+", text)[1:]
    if first.isdigit():
        return None  # a key means itself only alone: "1 baby aspirin a day" is no yes
    said = meaning.get(first) if meaning.get(first) in ("yes", "no") else _typo(first, meaning)
    if said == "yes":  # "yes but only 10 minutes" at stiffness for over 30: what is yes?
        limited = re.search(r"\b(?:but|pero) (?:only|just|solo|sólo|nomás)\b", text)
        return None if DENYING & set(rest) or limited else "yes"
    if said == "no":
        # "no chest pain": the no denies what follows it directly; "no, pain in my arm" not
        joined = first == "no" and not re.match(r"\S+[,;.!]", text)
        return "no" if _only_denies(text[len(first) :], joined, plain) else None
    return None


_ANOTHER = re.compile(
    rf"^(?:(?P<en>my (?:{RELATIVES})(?:'s)?)|(?P<es>(?:mi (?:{PARIENTES})|él|ella)),?) (?=\S)"
)


def _said_of_another(text: str) -> str:
    """A carer's yes or no with who it is about first, as "he" says it ("my mum does", "my
    dad doesn't") or without them ("mi madre sí", "ella no"): each was asked again, where "he
    does" was read (a person at a terminal, carers, fortieth session). Read only when what is
    left is a yes or no as a whole."""
    m = _ANOTHER.match(text)
    if m is None:
        return text
    return ("he " if m.group("en") else "") + text[m.end() :]


def _only_denies(rest: str, joined: bool, plain: Set[str]) -> bool:
    """Whether every clause of what follows a "no" denies, says all is well, or is filler."""
    if re.findall(r"[\w']+", rest.lower())[:1] == ["y"]:
        return False  # "n y": a second key, a yes (not the Spanish "and", which splits clauses)
    for k, clause in enumerate(re.split(r"[,;.!?()/:]+|\s-+\s|\b(?:and|y)\b", rest.lower())):
        words = re.findall(r"[\w']+", clause)
        if not words:
            continue
        said = set(words)
        fine = said & WELL and not said & NEGATIVE  # "has always been fine", not "not always"
        again = said & ASK_AGAIN - ({"always"} if fine else set())
        if again or any(w.isdigit() for w in words):  # "no 2": a second key
            return False
        negative = next((i for i, w in enumerate(words) if w in NEGATIVE), None)
        implied = k == 0 and joined and words[0] not in SUBJECT  # the no just before: "no puedo"
        denied = negative is not None or implied
        start = 0 if implied else negative + 1 if negative is not None else len(words)
        if _says_more(words, start, implied):
            return False  # "no control", "no, I can't breathe", "fine on ramipril"
        verb = next((w for w in words[start:] if w not in CLITIC | BEING), None)
        after = words[words.index(verb) + 1 :][:1] if verb else []  # "no siente dolor": a no
        if (verb in UNABLE and not (verb in SAID_OF_THEM and set(after) & NOT_THE_SIGN)) or (
            verb in WELL
        ):
            return False  # "no siento las piernas", "no mucho", "no estoy bien", "not fine"
        if said & AFFIRMING and not denied and not said & WELL:
            return False  # "I do", "I have chills", "my legs feel numb"
        after = words[negative + 2 :] if negative is not None else words[1:] if denied else []
        if negative is not None and words[negative + 1 : negative + 2] in (["that"], ["as"]):
            after = []  # "not that I'm aware of", "not as far as I know"
        if RESTATED.search(" ".join(after)):
            return False  # "no I don't have chest pain I have tightness", "no tengo X tengo Y"
        if denied or said & WELL:  # "no, breathing is fine", "no, respiro bien"
            continue
        if said - FILLER - plain - SUBJECT - AFFIRMING:
            return False  # "jaw pain", "stairs", "numb", and "no, chest pain" too
    return True


def _says_more(words: list[str], start: int, implied: bool) -> bool:
    """A clause after a no that says the sign or another one: a loss just after the negation
    ("no control", "no me entra el aire", "not getting enough air"); a verb of a complaint with
    no negation just before it ("no chest pain my jaw hurts"); a second place ("en el pecho en
    el brazo"); all well thanks to a treatment ("fine on ramipril", "bien con metformina");
    and what asks again wherever it stands ("no, I can't breathe", "no tengo termómetro")."""
    if UNKNOWING & set(words) or re.search(
        r"\b(?:kind|sort) of$|(?<!don't )(?<!dont )(?<!do not )\b(?:think|believe) so\b"
        r"|\bto know\b",
        " ".join(words),
    ):
        return True  # "no, kind of", "no, i think so", "no way to know"
    after = [w for w in words[start:] if w not in CLITIC]
    meant = [w for w in after if w not in BEING]
    had = meant[1:2] if meant[:1] in (["tengo"], ["have"], ["got"], ["hay"]) else []
    if LOSS & {*after[:1], *meant[:1], *had} and not LOST & set(words):
        return True  # just after the no: "no control", "not getting enough air", "no tengo aire"
    for i, w in enumerate(words):
        if w in HURTING and not (NEGATIVE & set(words[max(0, i - 2) : i]) or (implied and i <= 1)):
            return True
    well = next((i for i, w in enumerate(words) if w in WELL), None)
    treated = well is not None and bool({"on", "with", "con"} & set(words[well + 1 :]))
    return treated or sum(w in ("in", "en") for w in words) > 1


INTERROGATIVE = frozenset(
    {
        *("why", "how", "what", "when", "where", "if", "whether", "which", "who", "por"),
        *("porque", "cómo", "como", "cuánto", "cuanto", "cuándo", "cuando", "si", "qué"),
        *("que", "dónde", "donde"),
    }
)


def doubts_something_else(text: str, phrase: str) -> bool:
    """A not-sure phrase that asks of something else: "no idea why", "not sure how long", "no
    sé si es el corazón" say nothing against the yes before them."""
    found = re.search(rf"(?:^|\W){re.escape(phrase)}\s+([\w']+)", text)
    return found is not None and found.group(1) in INTERROGATIVE


def says_more(text: str, key: str, meaning: Mapping[str, str], polite: Set[str]) -> bool:
    """More than a yes, a no, a not sure or the item's number (`key`): "yes and i have a
    fever" (not "yes please", "yes, that's right": a regression hunter)."""
    if text == key or meaning.get(text) is not None or text in DEGREE:
        return False  # "a bit" said 'You also said "bit"' (a person at a terminal, 40th)
    rest = set(re.findall(r"[\w']+", text)[1:])
    return bool(rest - FILLER - SUBJECT - AFFIRMING - WELL - polite - JUST_SO)


def _typo(word: str, meaning: Mapping[str, str]) -> str | None:
    """The yes or no a word is a small typo of ("yse": two letters swapped), if only one."""
    close = {
        meaning[w]
        for w in meaning
        if meaning[w] in ("yes", "no") and len(w) >= 2 and len(word) >= 3 and _swapped(w, word)
    }
    return close.pop() if len(close) == 1 else None


def _swapped(word: str, typed: str) -> bool:
    """`typed` is `word` with two letters side by side swapped ("yse", "nope" as "npoe"); any
    other mix of its letters is another word ("nerve" is no "never", "open" no "nope")."""
    if len(word) != len(typed) or sorted(word) != sorted(typed):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, typed, strict=True)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1
