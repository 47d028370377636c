"""The English words a person may type for yes, no and not sure: in a module of their own, so
that checking a catalogue against them (`tspain.catalogues`) does not start the interactive
session's Rich machinery."""

NOT_SURE = {
    "s", "not sure", "unsure", "dk", "don't know", "dont know", "do not know", "dunno",
    "idk", "no idea", "skip", "?s", "maybe", "not certain",
}  # fmt: skip
YES = {"y", "yes", "yeah", "yep", "yup", "ye", "true", "1", "i do", "it is", "it does"}
NO = {"n", "no", "nope", "nah", "false", "2", "i don't", "it isn't", "it doesn't", "not really"}
