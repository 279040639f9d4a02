"""Sentences: where a paragraph's sentences end, with their offsets in the cleaned text.

Every stage after loading reads sentence by sentence: figures find numbers in one, attribution reads
who one credits and what the ones before it said.  A full stop after an abbreviation ("U.S.", "Dr.",
"Lt. Gen. (Ret.)") or an initial does not end a sentence; a paragraph always does.
"""

from __future__ import annotations

import re
from typing import Final

# a sentence may end with a note mark: "... since August 2023.[1] Assuming ...", "... in Hunchun.(5) The"
_SENTENCE_END: Final = re.compile(r"[.!?](?P<close>[\"”’')\]]*(?:\[\d{1,3}\]|\(\d{1,2}\))?)\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS: Final = set(
    "mr mrs ms dr st gen lt col sgt capt maj rep sen gov prof jr sr vs etc inc corp co no jan feb mar apr jun jul aug "
    "sep sept oct nov dec u.s u.k u.n e.g i.e approx est rev sgt adm cmdr pte lt.-gen maj.-gen a.m p.m".split()
) | {"ret.)"}  # "Lt. Gen. (Ret.) Walter Hadley"


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; paragraphs (lines) always end a sentence.

    >>> [s for _, s in split_sentences("The U.S. said so. Dr Cho agreed.\\nA heading")]
    ['The U.S. said so.', 'Dr Cho agreed.', 'A heading']
    >>> [s for _, s in split_sentences("The JCS said so in 2023.[1] Assuming that, I agree.")]
    ['The JCS said so in 2023.[1]', 'Assuming that, I agree.']
    """
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):  # lines first: splitting on a newline costs nothing
        _split_line(line, offset, out)
        offset += len(line) + 1
    return out


def _next_mark(line: str, pos: int, marks: bool) -> int:
    """Where the next full stop (or, when ``marks``, "!" or "?") is from ``pos``, or -1: found with ``str.find``,
    far faster than a pattern stepping through every character of a long paragraph."""
    at = line.find(".", pos)
    if marks:
        for mark in ("!", "?"):
            other = line.find(mark, pos)
            if other >= 0 and (at < 0 or other < at):
                at = other
    return at


def _split_line(line: str, offset: int, out: list[tuple[int, str]]) -> None:
    """Append the sentences of one paragraph; an abbreviation ("U.S.", "Dr.", "N. Korea") does not end one."""
    start = pos = 0
    marks = "!" in line or "?" in line
    while True:  # the matches of _SENTENCE_END.finditer(line): each begins at a mark
        at = _next_mark(line, pos, marks)
        if at < 0:
            break
        m = _SENTENCE_END.match(line, at)
        if m is None:
            pos = at + 1
            continue
        pos = m.end()
        before = line[start:m.start() + 1 + len(m.group("close"))]
        last = before.rsplit(None, 1)[-1].lower().rstrip(".").lstrip("([“\"‘'")  # "(Maj. Serhiy)"
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if before.strip():
            out.append((offset + start + len(before) - len(before.lstrip()), before.strip()))
        start = m.end()
    rest = line[start:]
    if rest.strip():
        out.append((offset + start + len(rest) - len(rest.lstrip()), rest.strip()))
