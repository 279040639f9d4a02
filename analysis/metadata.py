"""What an article says about itself: its date line, site, title, masthead and byline.

The catalog wins over anything here; the HTML head wins over the text.  A line's *shape*
(prose, byline, bullet) is judged here too, because cleaning asks the same questions
when it tells the article from the furniture around it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

TERMINAL = ".!?\"”’'…)]"
_BYLINE = re.compile(r"(?:[-–—•*]\s*)?(?:(?:by|written by|reported by|words by)\s+)?"
                     r"[A-Z][\w.'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]+){0,3}(?:,\s*[\w\s]+)?")
BULLET = re.compile(r"[-–—•*+]\s+\S")
_BY = re.compile(r"(?:by|written by|reported by)\s", re.I)
_BULLET_NAME = re.compile(r"[-–—•*]\s*[A-Z]\S*(?:\s+[A-Z]\S*){1,3}")



@lru_cache(maxsize=16)  # each line is judged by several rules, each asking its length (small: not across articles)
def words(line: str) -> int:
    return len(line.split())


def is_prose(line: str) -> bool:
    """A line that reads like article prose: a full sentence, not a label, heading or title."""
    n = words(line)
    return (n >= 8 and line.rstrip()[-1] in TERMINAL) or n >= 25


def is_byline(line: str) -> bool:
    """'- Wendy Teo', 'By Min-jung Park, Seoul correspondent': a short name line without final punctuation."""
    if words(line) > 8 or line[-1] in TERMINAL or not _BYLINE.fullmatch(line):
        return False
    return bool(_BY.match(line) or _BULLET_NAME.fullmatch(line))


def is_iso_date(value: str) -> bool:
    """
    >>> is_iso_date("2025-04-10"), is_iso_date("2025-02-30"), is_iso_date("10/04/2025")
    (True, False, False)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_FORMS = (
    re.compile(rf"{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<year>\d{{4}})"),
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"),
)
_DATE_LINE = re.compile(
    r"(?:(?:published|updated|posted|first published)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<date>.+?)"
    r"(?:\s*[,|·-]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?", re.I)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?", re.I)
_FROM_PUBLISHER = re.compile(r"more (?:stories|articles|news) from\s+(.+)", re.I)
FROM_PUBLISHER_WORDS = ("ories from", "ories From", "ORIES FROM", "ticles from", "ticles From", "TICLES FROM", "ews from",
                         "ews From", "EWS FROM")
FROM_PUBLISHER_LINE = re.compile(r"^more (?:stories|articles|news) from[ \t]+(.+?)[ \t]*$", re.I | re.M)
_HAS_DIGIT = re.compile(r"\d")


def _parse_date(line: str) -> str | None:
    """ISO date when the whole line is a date.

    >>> [_parse_date(s) for s in ("April 10, 2025", "10 April 2025", "2025-04-10", "Thursday, 10 Apr 2025", "in 2025")]
    ['2025-04-10', '2025-04-10', '2025-04-10', '2025-04-10', None]
    """
    m = _DATE_LINE.fullmatch(line.strip()) if len(line) <= 60 else None
    if not m:
        return None
    for form in _DATE_FORMS:
        d = form.fullmatch(m.group("date").strip())
        if not d:
            continue
        mon = d.group("mon").lower()
        month = int(mon) if mon.isdigit() else next((v for k, v in _MONTHS.items() if k.startswith(mon)), None)
        if month is None:
            return None
        try:
            return date(int(d.group("year")), month, int(d.group("day"))).isoformat()
        except ValueError:
            return None
    return None


def infer_metadata(text: str) -> dict[str, str | None]:
    """Date, publisher and title as the text itself shows them; None for what it does not show.

    >>> infer_metadata("example.org\\nTroops in Kursk\\nApril 10, 2025\\nTroops were sent to Kursk in October, officials said.")
    {'date': '2025-04-10', 'publisher': 'example.org', 'title': 'Troops in Kursk'}
    """
    found: dict[str, str | None] = {"date": None, "publisher": None, "title": None}
    seen_body = False
    for line in (s.strip() for s in text.split("\n")):
        if not line:
            continue
        iso = _parse_date(line) if len(line) <= 60 and _HAS_DIGIT.search(line) else None
        domain = _DOMAIN.fullmatch(line) if "." in line and " " not in line else None
        tail = _FROM_PUBLISHER.fullmatch(line) if line[:4].lower() == "more" else None
        if iso:
            found["date"] = found["date"] or iso
        elif domain:
            found["publisher"] = found["publisher"] or domain.group(1).lower()
        elif tail and words(tail.group(1)) <= 6:
            found["publisher"] = found["publisher"] or tail.group(1).strip()
        elif (not seen_body and found["title"] is None and 2 <= words(line) <= 20
              and line[-1] not in ".!?,;:" and not BULLET.match(line) and not is_byline(line)):
            found["title"] = line
        seen_body = seen_body or is_prose(line)
    return found


def html_metadata(raw: str) -> dict[str, str | None]:
    """Title, site name, date and canonical URL from an HTML page's head (meta tags)."""
    from trafilatura import extract_metadata  # lazy, as in clean_text

    doc = extract_metadata(raw)
    iso = doc.date if doc.date and is_iso_date(doc.date) else None
    return {"title": doc.title, "publisher": doc.sitename, "date": iso, "url": doc.url}


