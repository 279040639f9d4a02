"""Openings: the body or person a sentence opens with, whatever it goes on to do.

``citations`` asks these when a pointer ("A spokesperson said", "he added") finds no credit before it:
the sentence before may have named its subject without crediting it ("The Federal Foreign Office has
summoned the ambassador.", "Ukraine's ambassador to Australia, Vasyl Myroniuk, welcomed the sanctions").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from analysis.attribute import BULLETS, Attribution, cited_body
from analysis.bodies import country_of, known
from analysis.lexicon import TITLE_WORDS
from analysis.names import DATELINE, LEADING, SPEAKERS
from analysis.subjects import CONNECTIVE

_ROLE_THEN_NAME: Final = re.compile(r"(?:The|A|An)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3},\s+"
                                    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}),")
_OWNED_TITLE_THEN_NAME: Final = re.compile(
    rf"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*[’']s\s+(?:[a-z][a-z-]*\s+){{0,3}}(?i:{TITLE_WORDS})"
    r"(?:\s+(?:to|of|for|at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,\s+"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}),")
_OPENING: Final = re.compile(r"(?:[Tt]he\s+)?(?P<np>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|on|the|de|und)\s+)*[A-Z][\w.&’'-]*){0,6})")


def _opening(sentence: str) -> tuple[str, re.Match[str] | None]:
    """The sentence without its bullet and leading time phrase, and the names it then opens with."""
    text = LEADING.sub("", sentence[2:] if sentence[:2] in BULLETS else sentence)
    if "—" in text[:16] or "–" in text[:16] or " - " in text[:16]:
        text = DATELINE.sub("", text, count=1)  # a timeline's entry: "Oct. 6 — The MSMT publishes its report"
    return text, _OPENING.match(text)


def opening_subject(sentence: str, people: Mapping[str, str] | None = None) -> Attribution | None:
    """The body or person a sentence opens with, when it names one, whatever it goes on to do.

    A pointer that finds no credit before it may mean that body: "The Federal Foreign Office has
    summoned the ambassador. A spokesperson said ..."

    >>> opening_subject("The Federal Foreign Office has summoned North Korea's ambassador.").source
    'Federal Foreign Office'
    >>> opening_subject("Hanna Vogt expects that number to rise.").source, opening_subject("In May, 40 died.")
    ('Hanna Vogt', None)
    >>> opening_subject("Vogt follows the trains.", {"Vogt": "Hanna Vogt"}).source  # a surname given in full elsewhere
    'Hanna Vogt'
    """
    text, m = _opening(sentence)
    if (m is None or m.group("np") in ("The", "A", "An")) and text.startswith(("The ", "A ", "An ")):
        role_name = _ROLE_THEN_NAME.match(text)  # "The station master, Viktor Lobanov, has worked there for 31 years"
        return Attribution(role_name.group("name"), "", "person", "") if role_name else None
    if m is None or CONNECTIVE.match(m.group("np")):
        return None
    np = m.group("np")
    titled = _OWNED_TITLE_THEN_NAME.match(text) if np.endswith(("’s", "'s")) else None
    if titled:  # "Ukraine's ambassador to Australia, Vasyl Myroniuk, welcomed the sanctions": the ambassador
        return Attribution(titled.group("name"), "", "person", country_of(np))
    if np.endswith(("’s", "'s")):
        np = np[:-2]
    found = cited_body(np, people)
    return found if found is not None and (found.kind != "person" or " " in found.source or known(np)) else None


def titled_person(sentence: str) -> bool:
    """Whether a sentence opens by introducing a person by office, then name: "Ukraine's ambassador to Australia,
    Vasyl Myroniuk, welcomed the sanctions" (a "he said" after it is his), not "Vladimir Putin has staked ...".

    >>> titled_person("Ukraine's ambassador to Australia, Vasyl Myroniuk, welcomed it."), titled_person("Putin has staked it.")
    (True, False)
    """
    return (_OWNED_TITLE_THEN_NAME.match(sentence) or _ROLE_THEN_NAME.match(sentence)) is not None


def opens_with_speaker(sentence: str) -> bool:
    """Whether a sentence opens with someone who speaks for the body named ("The Russian Federation's representative").

    >>> opens_with_speaker("The Russian Federation's representative rejected the claims.")
    True
    >>> opens_with_speaker("Germany's foreign ministry summoned Russia's ambassador.")
    False
    """
    text, m = _opening(sentence)
    return m is not None and _SPEAKER_AFTER.match(text, m.end()) is not None


_SPEAKER_AFTER: Final = re.compile(rf"\s+(?:chief\s+|deputy\s+)?(?:{SPEAKERS}|spokes(?:man|woman|person))\b")
