"""The English words a person may type for yes, no and not sure: in a module of their own, so
that checking a catalogue against them (`tspain.catalogues`) does not start the interactive
session's Rich machinery."""

NOT_SURE = {
    "s", "not sure", "unsure", "dk", "don't know", "dont know", "do not know", "dunno",
    "idk", "no idea", "skip", "?s", "maybe", "not certain",
    # What people type whole (a tester's "I don't know" was refused at every question):
    "i don't know", "i dont know", "i do not know", "i'm not sure", "im not sure",
    "i am not sure", "i have no idea", "no clue", "not a clue", "can't say", "cant say",
    "don't remember", "dont remember", "i don't remember", "can't remember", "i can't remember",
    # Hedges, one word each (a phrase of two words or more inside a longer answer makes it
    # unknown, and "kind of" or "could be" is too often part of a yes):
    "probably", "possibly", "perhaps", "maybe not", "perhaps not", "possibly not",
}  # fmt: skip
YES = {
    "y", "yes", "yeah", "yep", "yup", "ye", "true", "1", "i do", "it is", "it does",
    "i think so", "think so", "i believe so",
}  # fmt: skip
NO = {
    "n", "no", "nope", "nah", "false", "2", "i don't", "it isn't", "it doesn't", "not really",
    "i don't think so", "i dont think so", "don't think so", "dont think so", "probably not",
    "i don't believe so",
    # A no that does not begin with "no" (a tester's "never" and "not at all" were asked again):
    "never", "not at all", "i haven't", "i have not", "i'm not", "im not", "it's not",
    "it is not", "not that i know of", "nothing", "none", "no way", "negative",
}  # fmt: skip
