"""A usage error (an unknown option, a missing value) in the language tspain speaks: click
writes its own in English, and `tspain --lang es check --bogus` said "No such option" to a
Spanish speaker (eighteenth session's note). Its commonest messages are matched and said again
with tspain's words; any other stays as click wrote it."""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING

from tspain.i18n import t

if TYPE_CHECKING:
    from typer._click import Context as ClickContext

_WHOLE = re.compile(r"^'?(.+?)'? is not a valid (?:int|integer)(?: range)?$")
_NO_OPTION = re.compile(  # older clicks: "No such option: --jsn ('(Possible options: --json)',)"
    r"No such option: (\S+)(?: \(?'?\(Possible options: (.+?)\)(?:',\))?| Did you mean (\S+)\?)?"
)
_LOW = re.compile(r"^(.+?) is not in the range x>=(\d+)$")


def usage_in_language(message: str) -> str:
    """`message` (click's, one line, without its final full stop) in the language spoken now."""
    said = message.rstrip(".")
    if m := _NO_OPTION.fullmatch(said):
        text = t("No such option: {option}", option=m.group(1))
        meant = m.group(2) or m.group(3)
        return text + (" " + t("(did you mean {options}?)", options=meant) if meant else "")
    if said == "Missing command":  # "tspain --lang es": half English (a scripter, 34th)
        return t("No command given")
    if m := re.fullmatch(r"No such command '(.+)'", said):
        return t("No such command '{name}'", name=m.group(1))
    if m := re.fullmatch(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", said):
        return t("One value too many: {values}", values=m.group(1))
    if m := re.fullmatch(r"Option '(.+)' requires an argument", said):
        return t("Option '{option}' needs a value", option=m.group(1))
    if m := re.fullmatch(r"Option '(.+)' does not take a value", said):
        return t("Option '{option}' takes no value", option=m.group(1))
    if m := re.fullmatch(r"Missing (?:argument|option) '(.+)'", said):
        return t("'{name}' is missing", name=m.group(1))
    if m := re.fullmatch(r"Invalid value for '(.+?)': (.+)", said):
        return t(
            "Invalid value for '{option}': {problem}", option=m.group(1), problem=_value(m.group(2))
        )
    return message


def _value(problem: str) -> str:
    if m := _WHOLE.fullmatch(problem.rstrip(".")):
        return t("{value} is not a whole number", value=m.group(1))
    if m := _LOW.fullmatch(problem.rstrip(".")):
        return t("{value} is less than {low}", value=m.group(1), low=m.group(2))
    return problem


def usage_line(
    message: str, where: str, ctx: ClickContext | None, typed: tuple[str, ...] = ()
) -> str:
    """Click's usage message and where to look, in the language asked for."""
    _speak_as_asked(ctx)
    if (m := _NO_OPTION.fullmatch(message.rstrip("."))) and ctx is not None:
        root = ctx.find_root()
        before = {o for p in root.command.params for o in p.opts}
        if m.group(1) in before and ctx is not root:  # "tspain check --lang es": a scripter
            return t(
                "{option} goes before the command: tspain {option} ... {command}",
                option=m.group(1),
                command=ctx.info_name or "",
            )
        taking = _commands_taking(root, m.group(1)) if ctx is root else {}
        if taking:  # "tspain --json causes" was offered --version (a scripter, 34th session)
            named = [a for a in typed if a in taking]
            command = named[0] if named else next(iter(taking))  # the one typed (a reviewer)
            return t(
                "{option} goes after the command, as in tspain {command} {option} (the "
                "commands that take it: {commands})",
                option=f"{m.group(1)}{taking[command]}",
                command=command,
                commands=", ".join(taking),
            )
    return _usage_words(message, where)


def _commands_taking(root: ClickContext, option: str) -> dict[str, str]:
    """The commands of the app that take `option`, each with what follows it there: " FILE"
    for an option that takes a value ("--save" alone was no example: a code reviewer)."""
    commands = getattr(root.command, "commands", {})
    return {
        name: ("" if getattr(p, "is_flag", False) else f" {p.metavar or str(p.name).upper()}")
        for name, command in commands.items()
        for p in command.params
        if option in p.opts
    }


def _speak_as_asked(ctx: ClickContext | None) -> None:
    """An error before a command runs ("tspain --lang es bogus") comes before --lang is taken
    up: the language asked for is taken now, so that the error is said in it."""
    from tspain import i18n

    if ctx is None or i18n.current().code != i18n.ENGLISH:
        return
    lang = ctx.find_root().params.get("lang")
    with contextlib.suppress(i18n.LanguageError):  # an unknown --lang: its own error, in English
        i18n.use(i18n.code_of(lang) if isinstance(lang, str) and lang else i18n.from_environment())


def _usage_words(message: str, where: str) -> str:
    """Click's usage message and where to look, in the language spoken (click's is English)."""
    from tspain import i18n

    if i18n.current().code == i18n.ENGLISH:
        return f"{message} (see `{where} --help`)"
    return usage_in_language(message) + " " + t("(see `{where} --help`)", where=where)
