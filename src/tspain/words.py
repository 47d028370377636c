"""The English words a person may type for yes, no and not sure, and around a number: in a
module of their own, so that checking a catalogue against them (`tspain.catalogues`) does not
start the interactive session's Rich machinery."""

import re

NOT_SURE = frozenset({
    "s", "not sure", "unsure", "dk", "don't know", "dont know", "do not know", "dunno",
    "idk", "no idea", "skip", "?s", "maybe", "not certain",
    # What people type whole (a tester's "I don't know" was refused at every question):
    "i don't know", "i dont know", "i do not know", "i'm not sure", "im not sure",
    "i am not sure", "i have no idea", "no clue", "not a clue", "can't say", "cant say",
    "don't remember", "dont remember", "i don't remember", "can't remember", "i can't remember",
    # Hedges, one word each (a phrase of two words or more inside a longer answer makes it
    # unknown, and "kind of" or "could be" is too often part of a yes):
    "probably", "possibly", "perhaps", "maybe not", "perhaps not", "possibly not",
    # Spanish typed in an English session: "no sé" was read as "no = no", at the sepsis
    # question too (a tester of carers, thirty-ninth session)
    "no sé", "no se", "no lo sé", "no lo se", "ni idea", "nose",
})  # fmt: skip
HEDGES = frozenset(
    {
        *("probably", "possibly", "perhaps", "maybe", "maybe not", "perhaps not"),
        *("possibly not", "quizás", "quizas", "tal vez", "probablemente", "a lo mejor"),
    }
)
"""Not-sure words that might be read as a leaning: said back ("probably = not sure"), as a
tester took "probably" at the breathlessness question for a yes (a terminal hunter, twentieth
session)."""
ALL_WORDS = frozenset(
    {"all", "all of them", "all of these", "todas", "todos", "todas ellas", "todo"}
)
"""Words for every item of a list: which is asked, as after a bare yes (never none of these)."""

YES = frozenset({
    "y", "yes", "yeah", "yep", "yup", "ye", "yea", "yeh", "ya", "yah", "true", "i do", "it is",
    "it does",
    "i think so", "think so", "i believe so", "uh huh", "sure", "of course",
    "definitely", "i guess so", "sadly yes", "yes sadly", "unfortunately yes", "afraid so",
    "aye",  # a Scot's yes (a tester, twenty-fourth session)
    # a carer's yes, said of him or her ("he does" at "Do you smoke?" was asked again: a
    # person at a terminal answering for her father, thirty-sixth session)
    "he does", "she does", "they do", "he did", "she did", "he says yes", "she says yes",
    "yes he does", "yes she does", "he has", "she has", "they have", "yes he has",
    "yes she has",  # not "she is" ("If she is pregnant ...: does she have
    # ...?" a carer's "she is" may say the pregnancy: a code reviewer, 36th), asked again
})  # fmt: skip
NO = frozenset({
    "n", "no", "nope", "nah", "false", "i don't", "it isn't", "it doesn't", "not really",
    "i don't think so", "i dont think so", "don't think so", "dont think so", "probably not",
    "i don't believe so",
    # A no that does not begin with "no" (a tester's "never" and "not at all" were asked again):
    "never", "not at all", "i haven't", "i have not", "i'm not", "im not", "it's not",
    "it is not", "not that i know of", "not that i've noticed", "not that ive noticed",
    "not that i have noticed", "not that i'm aware of", "not that im aware of", "nothing", "none",
    "no way", "negative", "nothin",
    "not really no", "i think not", "no not really", "nah not really",
    "definitely not", "certainly not", "absolutely not", "of course not",  # a tester
    # each was asked again (a tester, twenty-fourth session)
    "not yet", "not that i can tell", "not that i can feel", "not that i noticed",
    # "i dont" without its apostrophe, and a carer's no (thirty-sixth session)
    "i dont", "i do not", "it doesnt", "it isnt", "he doesnt", "he doesn't", "he does not",
    "she doesnt", "she doesn't", "she does not", "they dont", "they don't", "he didnt",
    "he didn't", "she didnt", "she didn't", "he hasnt", "he hasn't", "she hasnt", "she hasn't",
    "he isnt", "he isn't", "she isnt", "she isn't", "he says no", "she says no", "he's not",
    "hes not", "she's not", "shes not",
})  # fmt: skip

CARERS = (
    "she's", "shes", "she is", "he's", "hes", "he is", "my mum is", "my mom is", "my dad is",
    "mum is", "mom is", "dad is", "tiene", "mi mamá tiene", "mi mama tiene", "mi papá tiene",
    "mi papa tiene", "mi madre tiene", "mi padre tiene",
    # "mi abuela tiene 84", "ella tiene 84" were refused (a Spanish-speaking tester, 35th)
    "mi abuela tiene", "mi abuelo tiene", "ella tiene", "él tiene", "el tiene", "mi esposa tiene",
    "mi esposo tiene", "mi marido tiene", "mi mujer tiene", "mi hijo tiene", "mi hija tiene",
    "my nan is", "my grandma is", "my grandad is", "my wife is", "my husband is", "my son is",
    "my daughter is", "my mother is", "my father is",
)  # fmt: skip
"""Who is said before an age by a carer ("she is 84", "mi mamá tiene 84")."""
LEADING = (
    "i've had it for", "i have had it for", "had it for", "it's been", "it has been", "its been",
    "it's an", "its an", "it is an", "it's a", "its a", "it is a", "like an", "like a",
    "i'd give it a", "i'd give it", "aged", "age",
    "for the last", "for the past", "over the last", "over the past", "the last", "the past",
    "lo tengo desde hace", "ya llevo", "llevo", "ya son", "been",
    "i'm", "i am", "im", "about", "around", "roughly", "approximately",
    "approx", "for", "since", "unos", "unas", "aproximadamente", "más o menos",
    "mas o menos", "tengo", "desde hace", "hace unos", "hace unas", "desde", "hace como",
    "como", "it started", "started", "it began", "began", "empezó", "empezo",
    "on and off for", "off and on for", "comes and goes for", "it comes and goes for",
    "on and off", "off and on",  # a tester: "on and off for 3 months" was asked again
    "hará", "hara", "hará unos", "hará unas", "hara unos", "hara unas",  # "hará un mes y medio"
    # a carer's words for the age (people at a terminal, thirty-fourth session: each refused)
    *CARERS,
)  # fmt: skip
"""Words before a number that change nothing: "I'm 34", "about 2 weeks", "tengo 34", "I've
had it for 3 weeks", "llevo 3 semanas" (the last two were asked again: a typing tester)."""
ONE_OF = re.compile(
    r"^(?:(?:for|over|in|during) )?the (?:past|last) (?=(?:day|week|fortnight|month|year)$)"
    r"|^(?:durante |en )?(?:el|la) (?:último|última|ultimo|ultima) "
    r"(?=(?:día|dia|semana|quincena|mes|año|ano)$)"
)
"""Words before a unit alone, in the singular, that say one of it: "for the past month", "la
última semana" are a month and a week (they were asked again). "The past months" is several,
and asked ("30 days" for it: a regression hunter); "since last month" says when, not how long."""
TRAILING = (" now", " or so", " already", " más o menos", " mas o menos", " o así", " o asi")
"""Words after a number that change nothing: "about 3 weeks now", "2 weeks or so"."""
BOTH_SIDES = (("right", "left"), ("derecha", "izquierda"), ("derecho", "izquierdo"))
"""Words that together name both sides: "right and left" is not one side (it was read so)."""
NO_BUT = re.compile(r"^(?:no|nope|nah|not really|not exactly|no realmente)[,.]? (?:but|pero) (.+)$")
"""A no, then what may have happened: "no, but I did lift a heavy box yesterday" at the injury
question was "not one of these" (a person at a terminal, thirty-seventh session). Which is asked,
never chosen: the no stands beside it ("no, but it hurts when i lift" is no injury at all)."""
UNIT_DAYS = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30,
    "year": 365, "years": 365, "yr": 365, "yrs": 365, "fortnight": 14, "fortnights": 14,
    "wk": 7, "wks": 7, "mth": 30, "mths": 30,
}  # fmt: skip
"""Units of time, in days: "3 weeks", "2 wks", "a year"."""
NONE = frozenset({
    "0", "none", "nothing", "no", "none of these", "none of them", "neither", "n", "nope", "nah",
    "none of those", "i dont have any of those", "i don't have any of those", "i dont have any",
    "i don't have any", "i do not have any of those", "i do not believe i have any of those",
    "none thank god", "nah mate", "nope none", "nothin", "nuthin", "nothing at all",
})  # fmt: skip
POLITE = frozenset({
    "of", "these", "those", "them", "that", "thank", "thanks", "you", "please", "at", "all",
    "apply", "applies", "to", "me", "either", "really", "dear", "above", "any", "thankfully",
    "the", "like", "well", "god", "goodness", "mate", "doctor", "told", "says", "said",
    "else",  # "nothing else", as the prompt of the rest of a list offers (a tester)
    "thats", "that's", "it",  # "0 thats all", "no thats it" (a tester, twenty-seventh session)
})  # fmt: skip
"""Words around a "none" that change nothing: "No, none of those, thank you", "none of the
above", "no to all", "none apply to me" (each was "Nothing on this list matches")."""
SEVERITY_WORDS = {
    "none": 0, "mild": 3, "moderate": 5, "severe": 7, "very severe": 8, "worst": 10,
    "the worst": 10, "worst ever": 10, "worst pain ever": 10, "unbearable": 10,
    "excruciating": 10, "agony": 10, "agonising": 10, "agonizing": 10, "10+": 10,
    # a terminal hunter's people, twenty-first session (each asked again), in Serlin et al.'s
    # bands: mild 1-4, moderate 5-6, severe 7-10; said back ("terrible = 8 out of 10"). Not
    # "bad", "pretty bad", "really bad": no band is theirs, and they are asked again
    "manageable": 3, "not too bad": 3, "not that bad": 3, "mild to moderate": 4,
    "quite severe": 7, "pretty severe": 7, "strong": 7, "terrible": 8, "awful": 8,
    "horrible": 8, "horrendous": 8, "extreme": 9, "killing me": 9,
    "the worst pain of my life": 10, "worst pain of my life": 10,
    # the scale's own top word, and the worst "ever had" (each asked again: 36th session)
    "worst imaginable": 10, "the worst imaginable": 10, "worst possible": 10,
    "the worst pain ive ever had": 10, "the worst pain i've ever had": 10,
    "worst pain ive ever had": 10, "worst pain i've ever had": 10, "worst ive ever had": 10,
    "worst i've ever had": 10, "the worst ive ever had": 10, "the worst i've ever had": 10,
}  # fmt: skip
"""Words for pain scores: on a 0-10 scale, severe starts at 7 (Serlin et al., Pain 1995)."""
DAY_WORDS = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "earlier today": 0, "yesterday": 1, "last night": 1, "yesterday morning": 1,
    "yesterday afternoon": 1, "yesterday evening": 1, "last evening": 1,
    # less than a day whatever the hours (whole days: 36 hours is 1), and halves of a unit
    "hours": 0, "an hour": 0, "an hour ago": 0, "a few hours": 0, "a few hours ago": 0,
    "a couple of hours": 0, "a couple of hours ago": 0, "half a day": 0, "half a month": 15,
    "half a year": 182,
}  # fmt: skip
"""Days said as a day, at the question of how many days: "since yesterday" is 1."""
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2,
    "couple of": 2, "a couple": 2, "couple": 2,
}  # fmt: skip
OPTION_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
"""Number words that, typed as a number where options or list items are numbered, are that
number: "one" at "1. No injury  2. A minor one ..." is 1, never the option with "one" in its
words (a catalogue adds its own: `[answers.option_numbers]`)."""
OUT_OF = ["/", "out of", "of"]
AROUND = ["ago", "old"]
"""Words around a number with a unit that change nothing: "3 weeks ago", "29 years old"."""
COMMANDS = {
    "?": "why", "why": "why", "b": "back", "back": "back", "q": "done", "done": "done",
    "go back": "back", "previous question": "back", "the previous question": "back",
    "quit": "done", "exit": "done",  # as "salir", "fin" (a Spanish-speaking tester, 35th)
}  # fmt: skip
SHORT_OF = ("almost", "nearly", "not quite", "casi", "todavía no", "todavia no")
"""Words before a number that say it is not yet reached: "almost 20" is 19 at the age
question, where 20 would pass the under-20 sign (a misread hunter); asked again."""
UNDER_A_DAY = frozenset({
    "just now", "less than a day", "under a day", "today", "this morning", "this afternoon",
    "this evening", "tonight", "a few minutes", "few minutes", "a few hours", "few hours",
    "half an hour", "an hour", "an hour ago", "half an hour ago", "a few minutes ago",
    "a few hours ago", "minutes", "hours", "earlier today", "since this morning",
    "hoy", "esta mañana", "esta tarde", "esta noche", "hace un rato", "unos minutos",
    "unas horas", "media hora", "hace media hora", "menos de un día", "menos de un dia",
    "desde esta mañana",
})  # fmt: skip
"""A length of time under a day, said without a number: 0 whole days ("20 minutes", "just now"
were asked again, and a person with pain that began minutes ago could not answer: a tester,
twenty-second session)."""
ONE_UNIT = frozenset(
    {"day", "week", "fortnight", "month", "year", "día", "dia", "semana", "quincena", "mes", "año"}
)
"""A unit typed alone is one of it ("fortnight" is 14 days); a plural alone ("the past months")
is several, and asked again."""
NO_MORE = (
    "that i know of", "as far as i know", "i don't think so", "i dont think so",
    "don't think so", "dont think so", "not really", "of em", "of them", "thank you", "thanks",
    "que yo sepa", "no que yo sepa",
)  # fmt: skip
"""Words beside a no at a list that add nothing to it: "none that i know of"."""

WHEN_AND_HOW_MUCH = frozenset(
    {
        *("kinda", "really", "very", "quite", "earlier", "today", "yesterday", "tonight"),
        *("lately", "this", "now", "went", "gone", "keep", "keeps", "over", "all", "since"),
        *("ago", "again", "still", "time", "times"),
        # their Spanish: "hace dos" (two days ago) called an ambulance for weak legs unasked
        # ("desde hace poco" is in its question), "1, cada vez peor" asked about breathlessness
        # ("cada vez más en los últimos días": testers, twenty-eighth session)
        *("hace", "desde", "cada", "vez", "veces", "ultimos", "últimos", "ya", "hoy", "ayer"),
        *("anoche", "ahora", "todavia", "todavía", "aun", "aún", "dias", "días", "semanas"),
        *("día", "dia", "semana", "mes"),  # "ninguno, va a peor cada día": breathlessness (28th)
        *("meses", "horas", "empezo", "empezó", "comenzo", "comenzó", "started", "began"),
    }
)
"""Words beside an item at a list that say when or how much, not which: "passed out earlier"
matched two items, and "Nothing on this list matches" had the person type 0 (a terminal
hunter, twentieth session); "my legs went numb this morning" and "i came over all clammy"
matched nothing (a tester, twenty-second session). Left out at lists only: at the sex
question "not really" would leave "not", which "prefer not to say" holds."""
NEGATIONS = frozenset({
    "no", "not", "don't", "dont", "never", "without", "nor", "neither", "isn't", "haven't",
    "sin", "nunca", "ni", "tampoco",
    # a regression hunter, twentieth session: "havent had fever for 2 days" was "Did you mean"
    "didnt", "didn't", "havent", "hasnt", "hasn't", "wasn't", "wasnt", "zero", "none", "nothing",
})  # fmt: skip
"""Words that deny what follows: "no me falta el aire" names breathlessness to say no to it."""

POINTERS = frozenset({
    "the", "number", "item", "#", "just", "only", "el", "la", "los", "las", "lo", "número",
    "numero", "nº", "n°", "solo", "sólo", "so", "yeah", "yep", "also", "then", "ok", "okay",
    "oh", "pues", "entonces", "también", "tambien", "actually",
})  # fmt: skip
"""Words before an item's number that change nothing: "la 3" is item 3 (it ticked item 13,
whose text says "3 meses")."""

GENERIC = frozenset(
    {
        *("pain", "painful", "hurt", "hurts", "ache", "aches", "back", "bad", "feel", "feels"),
        *("little", "slight", "slightly", "mild", "mildly", "left", "right", "down", "up"),
        *("probably", "maybe", "just", "bit", "very", "really", "dolor", "duele", "poco"),
        *("lost", "out", "can't", "cant", "cannot", "new", "newly"),  # "lost weight": bladder
        *("side", "sides"),  # "the side of my ribs" was "Did you mean ... a painful rash"
        *("obviously", "definitely", "surely", "sorry", "too"),  # "5 obviously": the 5 alone
        # "I walk the dog up the hill, no trouble" was "Does this apply to you: 8 ... trouble
        # passing urine?" (a tester, twenty-fourth session)
        *("trouble", "problem", "problems", "issue", "issues"),
        # "hace dos" (two days ago) called an ambulance for weak legs unasked, "en los dos
        # lados", "it hurts on both sides" asked about them ("both legs": a tester, 28th)
        *("both", "two", "dos", "ambos", "ambas"),
        # how often or how much, after an item's number: "1 and 6 a lot" asked about drinking,
        # "2, 6 a menudo" about sitting (a code reviewer, thirty-fifth session)
        *("lot", "lots", "often", "sometimes", "always", "menudo", "veces", "siempre", "mucho"),
        # "mi mamá está amarilla" was "¿Quería decir 17. Embarazo ...?" by the "¿Está
        # embarazada ...?" of its question (a tester of carers, thirty-seventh session)
        *("está", "esta", "estoy", "estás", "estas", "están", "estan", "estaba"),
        # "me duele la espalda" at the urgent list was "¿Quería decir 8. Sarpullido ... del
        # pecho o de la espalda?" ("back" was already here: fortieth session)
        *("espalda", "duelen", "dolores", "molesta", "molestia", "molestias"),
        # "mi madre tiene dolor en el pecho" asked the rash by "¿Tiene un sarpullido ...?"
        # and "pecho" (a tester, fortieth session)
        *("tiene", "tienen", "tenía", "tenia"),
    }
)
"""Words that name no item of a list on their own ("a little chest pain": "chest" does)."""


HOW_IT_FEELS = frozenset(
    {
        *("sore", "tender", "painful", "swollen", "achy", "aching", "red", "hot", "warm"),
        *("stiff", "bruised", "very", "really", "quite", "a", "bit", "little"),
        *("dolorido", "dolorida", "hinchado", "hinchada", "rojo", "roja", "caliente"),
    }
)
"""Words that only say how a part feels: beside an item after "and", said of it."""
FEVER_COMMA = re.compile(
    r"\b((?:fever|fiebre|temperature|temperatura|temp|calentura)(?: of| de)? [0-9]{2}),([0-9])\b"
    r"|\b(3[5-9]|4[0-2]),([0-9])\b(?![.,]?[0-9])"
)
"""A temperature written with a decimal comma ("fiebre 39,2"): the comma is no list separator
(item 2 was ticked beside the fever: a regression hunter, twentieth session). So is one with
no fever word beside it ("fiebre desde ayer 38,5" ticked item 5: a tester, twenty-fifth
session): a list has no item 35 to 42."""
_HOT = r"(?:3[89]|4[0-2]|37[.,][5-9])"  # a fever: 37.5 and over (NHS: "38C or above" is high)
TEMPERATURE = re.compile(
    rf"\b{_HOT}(?:[.,][0-9]\b(?![.,]?[0-9])(?! ?(?:kg|kgs|kilos?|lbs?|pounds?|stones?"
    r"|years?|a[nñ]os|days?|d[ií]as|weeks?|semanas|months?|meses|hours?|horas|cm|mm)\b)"
    r"|(?<=[.,][5-9])\b(?![.,]?[0-9])"
    r"| ?(?:°|º|degrees|grados)(?=\W|$))"
    r"|\b(?:fever|fiebre|temp|temperature|temperatura|calentura)\b(?:\W+[a-záéíóúñ]+){0,3}"
    rf"\W+{_HOT}\b"
    rf"|\b{_HOT} (?:de )?(?:fever|fiebre|temp|temperature|temperatura)\b"
)
"""A temperature said as one ("38,5", "39 degrees", "temp was 39", "38 de fiebre"): the fever,
at a list and beside another answer; each matched nothing, and a pregnant woman's 38.5 was lost
(a tester, twenty-fifth session). A number alone ("38") is an age or a time, never one, and
one below 37.5 ("temp 36.8") is no fever."""
ONE_LIMB = re.compile(
    r"\b(?:one|una|left|right)\s+(?:leg|arm|pierna|brazo)\b"
    r"|\b(?:leg|arm|pierna|brazo)\s+(?:izquierd[oa]|derech[oa])\b"
    r"|\b(?:my|a|the|mi|la|una?)\s+(?:leg|pierna)\b"  # an arm said alone ticks the chest item
)
"""One leg or arm, where a list's item is both legs: asked about before it counts ("se me
duerme la pierna" was both legs, read from "se me duermen las piernas", and an ambulance called
unasked: a Spanish-speaking tester, thirty-second session)."""


LYING_ONLY = re.compile(
    r"\b(?:lying|laying|lie|lay) down\b|\bal acostarme\b|\bacostad[oa]\b|\btumbad[oa]\b"
)
"""Pain worse lying down: one part of the night-pain item ("Constant pain, worse at night or
lying down, not eased by rest"), asked about before it counts ("its worse lying down" ticked it
unasked: URGENT, infection or a tumour not ruled out, for a gym strain at 31: a person at a
terminal, thirty-third session)."""
DOUBTING = (
    "maybe", "possibly", "perhaps", "might be", "could be", "not sure", "not sure about",
    "not sure of", "unsure", "unsure about", "quizás", "quizas", "quizá", "quiza", "tal vez",
    "a lo mejor", "puede que", "posiblemente", "no sé si", "no se si", "no estoy seguro de",
    "no estoy segura de", "kind of", "sort of", "kinda", "sorta", "más o menos", "mas o menos",
    "no estoy segura del", "no estoy seguro del", "no sé del",
)  # fmt: skip
"""Words that doubt an item's number at a list ("maybe 2", "not sure about 4", "tal vez 4")."""


NOT_SURE_SAID = re.compile(r"\b(?:not sure|unsure|dunno|idk|no s[eé]|no estoy segur[oa])\b")
"""A doubt in a remark beside a choice ("minor, im not sure"): which option is asked (a code
reviewer, thirtieth session: it was read as minor)."""


HAD_IT = re.compile(
    r"\b(?:used to|ex[- ]?smoker|former smoker|quit|stopped|gave up|fumaba|dej[ée]|"
    r"ex ?fumador[a]?|lo dej[ée])\b"
)
"""Words that say it was so in the past: a yes where the past is asked about (a tester's "used
to" at the smoking question was asked again, twenty-third session); at how long the pain has
lasted, an answer to another question ("i used to, gave up 5 years ago" was 1825 days of pain,
and "dejé hace 5 años" too: people at a terminal and a code reviewer, thirty-fifth session)."""


FAMILY = frozenset({
    "mum", "mom", "mother", "dad", "father", "sister", "brother", "family", "aunt", "uncle",
    "grandma", "grandad", "grandfather", "grandmother", "wife", "husband", "friend",
    "nan", "nana", "gran", "granny", "grandpa", "mum's", "dad's", "mom's", "husband's",
    "wife's", "nan's", "neighbour", "neighbor", "colleague", "boss",
    "madre", "padre", "mamá", "papá", "hermana", "hermano", "familia", "tía", "tío", "abuela",
    "abuelo", "esposa", "marido", "amiga", "amigo",
})  # fmt: skip
"""Words for someone else: a sign said of them is not the person's."""


SOMEONE_ELSE = {
    "en": frozenset({
        "mum", "mom", "mother", "dad", "father", "wife", "husband", "partner", "son", "daughter",
        "child", "kid", "nan", "gran", "granny", "grandma", "grandad", "grandpa", "brother",
        "sister", "he", "she", "him", "her", "hes", "he's", "shes", "she's",
    }),
    "es": frozenset({
        "madre", "padre", "mamá", "mama", "papá", "papa", "mami", "papi", "esposa", "esposo",
        "marido", "mujer", "pareja", "hijo", "hija", "niño", "niña", "nino", "nina", "abuelo",
        "abuela", "hermano", "hermana", "ella", "él",
    }),
}  # fmt: skip
"""Someone other than the one typing, named in a list's answer ("I'm fine but mum can't
pee"), whom a carer may be answering for (not FAMILY's aunts, friends and colleagues, named
for their own history): what it names is asked of the person with the back pain, not "you" (a
carer said no to "Does this apply to you: 8 ...?", and her mother's retention of urine was
lost: a Spanish-speaking tester of carers, thirty-seventh session). By language: the English
"he" and "son" are the Spanish "I have" and "they are" ("he tosido sangre" asked of someone else,
and "no, soy yo" lost the blood: a regression hunter, the same session)."""


def names_someone_else(typed: str, language: str) -> bool:
    """Whether `typed` names someone other than the one typing (`SOMEONE_ELSE`); not "mama" of
    "cáncer de mama", the breast: a woman's own breast cancer was asked "¿Le pasa esto a la
    persona con el dolor de espalda ...?" (a person at a terminal, fortieth session)."""
    breast = (
        r"\b(?:c[aá]ncer|tumor|bulto|quiste) (?:de|en) (?:la )?mamas?\b|\b(?:de|en) la mamas?\b"
    )
    said = re.sub(breast, " ", typed.lower())  # not "la pierna de mama", mum's (a reviewer)
    return bool(SOMEONE_ELSE.get(language, frozenset()) & set(re.findall(r"[\w']+", said)))


IT_IS_ME = re.compile(
    r"\b(?:it'?s|its|that'?s|thats) me\b|\bi(?:'m| am|m) the one\b"
    r"|\bsoy yo\b|\byo soy (?:el|la) que\b|\bes a m[ií]\b(?! no)"
)
"""At "Does this apply to the person with the back pain?", the typist saying they are that
person ("no, it's me", "no, soy yo"): a yes, not the no it begins with."""
