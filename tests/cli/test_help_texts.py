"""`--help` explains every `shekara` command: the whole argparse tree is walked.

Every parser (the command, each subcommand, each nested action) has a description of its own —
not only the one-line `help=` its parent lists — and every option and positional says what it
means. A sample of nested commands is then asked for `--help` in a child process, as a person
would type it: exit 0, nothing on stderr, the description and the option texts printed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from shekara.cli import build_parser
from tests.support.fast_kdf import child_env

# How many parsers the tree holds at least: a walk that stopped early would pass quietly.
MIN_PARSERS = 107


def walk(parser: argparse.ArgumentParser,
         path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from walk(child, (*path, name))


def _named(path: tuple[str, ...]) -> str:
    return "shekara " + " ".join(path) if path else "shekara"


def _action_name(action: argparse.Action) -> str:
    return "/".join(action.option_strings) or str(action.metavar or action.dest)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


PARSERS = list(walk(build_parser()))


def test_the_walk_finds_every_parser() -> None:
    assert len(PARSERS) >= MIN_PARSERS
    assert len({path for path, _ in PARSERS}) == len(PARSERS)


def test_every_parser_has_a_description() -> None:
    missing = [_named(path) for path, parser in PARSERS
               if not (parser.description or "").strip()]
    assert not missing, f"no description: {missing}"


def test_every_option_and_positional_has_help() -> None:
    missing = []
    for path, parser in PARSERS:
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if isinstance(action, argparse._SubParsersAction):
                # each subcommand's line in its parent's list
                missing += [f"{_named(path)} {choice.dest}"
                            for choice in action._choices_actions
                            if not (choice.help or "").strip()]
                continue
            text = action.help
            if not text or text == argparse.SUPPRESS or not text.strip():
                missing.append(f"{_named(path)} {_action_name(action)}")
    assert not missing, f"no help text: {missing}"


# Nested commands people script, at every depth, post and HQ.
SAMPLE = [("record", "list"), ("record", "add"), ("search",), ("audit", "verify"),
          ("hq", "status"), ("hq", "held", "discard"), ("hq", "keys", "export"),
          ("report", "summary"), ("report", "statistics"), ("export",), ("restore",),
          ("share", "add"), ("request", "refuse"), ("consent", "add"), ("officer",)]


@pytest.mark.parametrize("command", SAMPLE, ids=" ".join)
def test_help_in_a_child_process(command: tuple[str, ...]) -> None:
    parser = dict(PARSERS)[command]
    assert (parser.description or "").strip(), f"{_named(command)} has no description"
    env = child_env({k: v for k, v in os.environ.items() if not k.startswith("SHEKARA_")})
    env["COLUMNS"] = "100"
    proc = subprocess.run([sys.executable, "-m", "shekara", *command, "--help"],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.startswith(f"usage: {_named(command)} ")
    shown = _flat(proc.stdout)
    assert _flat(parser.description or "") in shown
    for action in parser._actions:
        text = action.help or ""
        if text and text != argparse.SUPPRESS and "%(" not in text:
            assert _flat(text) in shown, f"{_action_name(action)}: {text}"
