"""What an article says about itself: its date line, site, title, masthead and byline.

The catalog wins over anything here; the HTML head wins over the text.  A line's *shape*
(prose, byline, bullet) is judged here too, because cleaning asks the same questions
when it tells the article from the furniture around it.
"""

from __future__ import annotations

import html
import re
from typing import Final
from datetime import date
from functools import lru_cache

from analysis.bodies import kind_of

TERMINAL: Final = ".!?\"”’'…)]"
_BYLINE: Final = re.compile(r"(?:[-–—•*]\s*)?(?:(?i:by|written by|reported by|words by)\s+)?"
                            r"[A-Z][\w.'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]+){0,3}(?:,\s*[\w\s]+)?")
BULLET: Final = re.compile(r"[-–—•*+]\s+\S")
_BY: Final = re.compile(r"(?:by|written by|reported by)\s", re.I)
_BULLET_NAME: Final = re.compile(r"[-–—•*]\s*[A-Z]\S*(?:\s+[A-Z]\S*){1,3}")



@lru_cache(maxsize=16)  # each line is judged by several rules, each asking its length (small: not across articles)
def words(line: str) -> int:
    return len(line.split())


def is_prose(line: str, n: int = -1) -> bool:
    """A line that reads like article prose: a full sentence, not a label, heading or title.

    ``n``, when given, is the line's number of words, which the caller has counted already.
    """
    if n < 0:
        n = words(line)
    return (n >= 8 and line.rstrip()[-1] in TERMINAL) or n >= 25


def is_byline(line: str, n: int = -1) -> bool:
    """'- Wendy Teo', 'By Min-jung Park, Seoul correspondent': a short name line without final punctuation.

    ``n``, when given, is the line's number of words, which the caller has counted already.
    """
    if (words(line) if n < 0 else n) > 8 or line[-1] in TERMINAL or not _BYLINE.fullmatch(line):
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


_MONTHS: Final = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MON: Final = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_FORMS: Final = (
    re.compile(rf"{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<year>\d{{4}})"),
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"),
    re.compile(r"(?P<year>\d{4})\.(?P<mon>\d{1,2})\.(?P<day>\d{1,2})\.?"),  # "2026.07.09": Korean and Japanese sites
    re.compile(r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})"),  # "17.11.2026 11:42": day first, as in Europe
)
_DATE_LINE: Final = re.compile(
    r"(?:(?:published|updated|posted|first published)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<date>.+?)"
    r"(?:(?:\s*[,|·–—-]\s*|\s+)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?", re.I)
_DOMAIN: Final = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?", re.I)
_FROM_PUBLISHER: Final = re.compile(r"more (?:stories|articles|news) from\s+(.+)", re.I)
FROM_PUBLISHER_WORDS: Final = ("ories from", "ories From", "ORIES FROM", "ticles from", "ticles From", "TICLES FROM", "ews from",
                         "ews From", "EWS FROM")
FROM_PUBLISHER_LINE: Final = re.compile(r"^more (?:stories|articles|news) from[ \t]+(.+?)[ \t]*$", re.I | re.M)
_HAS_DIGIT: Final = re.compile(r"\d")
_YEAR: Final = re.compile(r"(?<!\d)\d{4}(?!\d)")
_PARENTHESIS_END: Final = re.compile(r"\s*\([^()]{1,20}\)$")  # "April 28, 2026 (Reiwa 8)"
_DATE_PARTS: Final = re.compile(r"\s+[|·•]\s+")
_PLACE: Final = re.compile(  # "Seoul, 5 May 2026", "Moscow time 18:47, September 4, 2025": a place or time before the date
    r"^[A-Z][^,]{1,30},\s+(?=(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+\d{4}$)")


def _parse_date(line: str) -> str | None:
    """ISO date when the whole line is a date, or one part of it between separators.

    >>> [_parse_date(s) for s in ("April 10, 2025", "10 April 2025", "2025-04-10", "Thursday, 10 Apr 2025", "in 2025")]
    ['2025-04-10', '2025-04-10', '2025-04-10', '2025-04-10', None]
    >>> _parse_date("Press release No. 2026/07 · FOR IMMEDIATE RELEASE · Seoul, 5 May 2026")
    '2026-05-05'
    >>> _parse_date("Friday, May 15, 2026 – 19:42 GMT"), _parse_date("Views: 4,318 | 12 comments")
    ('2026-05-15', None)
    >>> _parse_date("April 28, 2026 (Reiwa 8)"), _parse_date("By Dana Whitcomb · Tuesday, May 12, 2026")
    ('2026-04-28', '2026-05-12')
    >>> _parse_date("Sunday, May 10, 2026 | Updated 6:15 a.m."), _parse_date("The treaty was signed – 19 June 2024 – in Pyongyang.")
    ('2026-05-10', None)
    >>> _parse_date("Moscow time 18:47, September 4, 2025"), _parse_date("KYIV, May 15 (APE) - Russia fired 27 missiles")
    ('2025-09-04', None)
    >>> _parse_date("2026.07.09"), _parse_date("17.11.2026 11:42"), _parse_date("Version 2026.13.40")
    ('2026-07-09', '2026-11-17', None)
    """
    if _YEAR.search(line) is None:
        return None  # cheap: every form below has a four-digit year
    whole = _whole_date(line)
    if whole or len(line) > 120:
        return whole
    parts = _DATE_PARTS.split(line)  # "Press release No. 2026/07 · FOR IMMEDIATE RELEASE · Seoul, 5 May 2026"
    return next((iso for iso in map(_whole_date, parts) if iso), None) if len(parts) > 1 else None


def _whole_date(line: str) -> str | None:
    """ISO date when the whole of this piece of a line is a date (a weekday, label or time around it allowed)."""
    m = _DATE_LINE.fullmatch(_PARENTHESIS_END.sub("", line.strip())) if len(line) <= 60 else None
    if m and not any(form.fullmatch(m.group("date").strip()) for form in _DATE_FORMS) and "," in line:
        m = _DATE_LINE.fullmatch(_PLACE.sub("", line.strip()))
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


_MENU_SPLIT: Final = re.compile(r"\s+[|·•›>/]\s+|\s*[|·•›]\s*")
_BRACKETED: Final = re.compile(r"[\[(].*[\])]")
_SENTENCE_BREAK: Final = re.compile(r"[a-z]{2}[\"”’]?[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_CRUMBS: Final = re.compile(r"\s+[/>›»]\s+")
_HEAD_LINES: Final = 15  # a headline is among the first lines of a page
_WIRE_DATELINE: Final = re.compile(  # "SEOUL, Jan 13 (Reuters) -", "Washington (CNN) —"; not "Mark Rutte (NATO) - ..."
    r"(?:[A-Z]{2}[A-Z .'-]*|[A-Z][a-z]+)(?:,[^():]{1,40})?\s\((?P<agency>[A-Z][A-Za-z&.' ]{0,24}[A-Za-z.])\)\s*[-–—]")


def _is_menu(line: str) -> bool:
    """Navigation rather than a heading: short items between separators, or a run of capitalised words.

    >>> [_is_menu(s) for s in ("Home > News > Transcripts", "Signal · Newsletters · Local · Pro · Sign up",
    ...                        "CWN World Politics Business Health Entertainment Style Travel Sports Watch",
    ...                        "North Korea Could Triple Troops in Russia, Ukraine Warns")]
    [True, True, True, False]
    """
    parts = _MENU_SPLIT.split(line)
    if len(parts) >= 2 and all(words(p) <= 4 for p in parts):
        return True
    tokens = line.split()
    return len(tokens) >= 8 and all(t[:1].isupper() or not t[:1].isalpha() for t in tokens) and \
        not any(c in line for c in ",:;'’\"")


def _is_headline(line: str, least: int = 6) -> bool:
    """A line that reads as the article's headline: enough words; not a menu, a date, a bracketed label or sentences.

    >>> [_is_headline(s) for s in ("Slug: Ukraine-Russia-NKorea-conflict, ROUNDUP (UPDATE 3)", "Skip to main menu",
    ...                            "Pinned: Rules of the chat. No bots, no panic", "EU targets North Korea's arms pipeline")]
    [False, False, False, True]
    """
    return words(line) >= least and not line.isupper() and not _is_menu(line) and not _BRACKETED.fullmatch(line) \
        and not _SENTENCE_BREAK.search(line) and not _parse_date(line)


def _is_masthead(line: str) -> bool:
    """A short name line above the headline or under it: 'KYIV HERALD', 'Ministry of Defense, Japan', 'Reuters'."""
    return words(line) <= 6 and line[-1] not in TERMINAL + ":" and not _is_menu(line) and not is_byline(line) \
        and not BULLET.match(line) and line[:1].isupper() and not _HAS_DIGIT.search(line) \
        and not line.lower().startswith(("by ", "sign ", "listen", "log ", "subscribe", "menu", "search"))


def _crumbs_off(line: str) -> str:
    """'Home / World News / North Korea confirms troops in Kursk': the headline after a breadcrumb trail."""
    parts = _CRUMBS.split(line)
    return parts[-1] if len(parts) > 2 and _is_headline(parts[-1]) and all(words(p) <= 3 for p in parts[:-1]) else line


def infer_metadata(text: str) -> dict[str, str | None]:
    """Date, publisher and title as the text itself shows them; None for what it does not show.

    The title is the first headline-like line above the body (a standfirst or a notice
    may come first); a short name line above it (a masthead), or under it before the
    date or byline, is the publisher.

    >>> infer_metadata("example.org\\nTroops in Kursk\\nApril 10, 2025\\nTroops were sent to Kursk in October, officials said.")
    {'date': '2025-04-10', 'publisher': 'example.org', 'title': 'Troops in Kursk'}
    >>> infer_metadata("KYIV HERALD\\nUA | EN\\nTwo captured North Korean soldiers describe their war\\nFebruary 21, 2025")
    {'date': '2025-02-21', 'publisher': 'KYIV HERALD', 'title': 'Two captured North Korean soldiers describe their war'}
    >>> infer_metadata("Pyongyang sends more troops to Kursk\\nReuters\\nJanuary 13, 2025\\nSEOUL - About 300 died.")["publisher"]
    'Reuters'
    >>> infer_metadata("Pyongyang sends more troops\\nKYIV, May 15, 2026 (APE) – Russia fired 27 missiles.")["publisher"]
    'APE'
    """
    found: dict[str, str | None] = {"date": None, "publisher": None, "title": None}
    lines = [s for s in (s.strip() for s in text.split("\n")) if s]
    head: list[int] = []  # lines above the body that could be a title or a masthead
    body_at = None  # where the first line of prose is
    past_head = False
    for i, line in enumerate(lines):
        iso = _parse_date(line) if (found["date"] is None or i < _HEAD_LINES) and len(line) <= 120 and \
            _HAS_DIGIT.search(line) else None  # after the head, only until a date is found
        domain = _DOMAIN.fullmatch(line) if "." in line and " " not in line else None
        tail = _FROM_PUBLISHER.fullmatch(line) if line[:4].lower() == "more" else None
        if iso:
            found["date"] = found["date"] or iso
        elif domain:
            found["publisher"] = found["publisher"] or domain.group(1).lower()
        elif tail and words(tail.group(1)) <= 6:
            found["publisher"] = found["publisher"] or tail.group(1).strip()
        elif (i < _HEAD_LINES and not past_head and len(line) < 200 and line[-1] not in ".!?,;:"
              and 2 <= words(line) <= 20 and not BULLET.match(line) and not is_byline(line)):
            head.append(i)
        if body_at is None and is_prose(line):
            body_at, past_head = i, words(line) >= 30  # a short notice may come before the headline; a paragraph not
    if not head:
        return _with_wire(found, lines)
    # head runs past a short notice ("Download our app.", "This is an unofficial translation.") to the headline
    at = next((i for i in head if _is_headline(_crumbs_off(lines[i]))), None)
    if at is None:
        at = next((i for i in head if _is_headline(lines[i], 4)), head[0])
    found["title"] = _crumbs_off(lines[at])
    if found["publisher"] is None:
        first, after = lines[head[0]], lines[at + 1] if at + 1 < len(lines) else ""
        below = lines[at + 2] if at + 2 < len(lines) else ""
        if head[0] < at and _is_masthead(first):
            found["publisher"] = first
        elif after and _is_masthead(after) and (is_byline(below) or _parse_date(below)) and \
                all(w[:1].isupper() or w in ("of", "the", "and", "for", "&") for w in after.split()) and \
                (len(after.split()) == 1 or after.startswith("The ") or kind_of(after) == "media" or after.isupper()):
            found["publisher"] = after  # "Reuters", "The Guardian", "Yonhap News Agency"; not "Volodymyr Zelensky"
    return _with_wire(found, lines)


def _with_wire(found: dict[str, str | None], lines: list[str]) -> dict[str, str | None]:
    """The agency of a wire dateline ("SEOUL, Jan 13 (Reuters) -") as publisher, when nothing else named one."""
    if found["publisher"] is None:
        bracketed = (s for s in lines[:_HEAD_LINES + 10] if "(" in s)  # the agency is in brackets: no pattern for the rest
        wire = next((m for m in map(_WIRE_DATELINE.match, bracketed) if m), None)
        found["publisher"] = wire.group("agency") if wire else None
    return found


def html_metadata(raw: str) -> dict[str, str | None]:
    """Title, site name, date and canonical URL from an HTML page's head (meta tags).

    The date must be written out somewhere in the page as a whole date: htmldate also
    reads partial dates from the body ("Press release No. 2026/07" -> 2026-07-01).
    """
    from trafilatura import extract_metadata  # lazy, as in clean_text

    doc = extract_metadata(raw)
    iso = doc.date if doc.date and is_iso_date(doc.date) and _written(doc.date, raw) else None
    site = doc.sitename
    if site and ((doc.title and site.startswith(doc.title)) or words(site) > 6):
        site = title_site(raw, doc.title)  # the extractor took the headline for the site's name
    return {"title": doc.title, "publisher": site, "date": iso, "url": doc.url}


_TITLE_TAG: Final = re.compile(r"<title[^>]*>(?P<title>[^<]{1,300})</title>", re.IGNORECASE)
_TITLE_SEPARATOR: Final = re.compile(r"\s+(?:[|:–—-]|::)\s+")


def title_site(raw: str, headline: str | None) -> str | None:
    """The site's name that closes a page's <title> after a separator ("Headline | KBN WORLD"), if short.

    >>> title_site("<title>NIS: N. Korea Sent 3,000 More Troops | KBN WORLD</title>", "NIS: N. Korea Sent 3,000 More Troops")
    'KBN WORLD'
    >>> title_site("<title>Casualties near 6,500 : North Korea : News : The Hangyeol Daily</title>", "Casualties near 6,500")
    'The Hangyeol Daily'
    >>> title_site("<title>Troops sent to Kursk</title>", "Troops sent to Kursk") is None
    True
    """
    m = _TITLE_TAG.search(raw)
    if m is None:
        return None
    parts = _TITLE_SEPARATOR.split(html.unescape(m.group("title")).strip())
    last = parts[-1].strip()
    return last if len(parts) > 1 and last != headline and 1 <= words(last) <= 6 and not _HAS_DIGIT.search(last) else None


_COPYRIGHT_HOLDER: Final = re.compile(
    r"(?:©|&copy;|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?P<name>[A-Z][\w&.’' -]{1,60}?)"
    r"\s*(?:[.,|·<]|\s+All\s+rights|$)", re.MULTILINE)


def copyright_holder(raw: str) -> str | None:
    """The outlet a page's last copyright line names, a publisher when nothing above the headline does.

    >>> copyright_holder("Text\\nOstrog Media SIA · Riga · © 2021-2026 Ostrog")
    'Ostrog'
    >>> copyright_holder("<p>&copy; 2026 Northline Investigations. <a>Privacy</a></p>"), copyright_holder("No notice.")
    ('Northline Investigations', None)
    >>> copyright_holder("Figure 2. Image © 2024 Airbus DS."), copyright_holder("© The Financial Courier Limited 2026")
    (None, 'The Financial Courier')
    """
    if "©" not in raw and "&copy;" not in raw and "(c)" not in raw and "Copyright" not in raw:
        return None
    found = None
    tail = raw[-6000:]  # a footer: the page's end
    for m in _COPYRIGHT_HOLDER.finditer(tail):
        name = _LEGAL_TAIL.sub("", m.group("name").strip())
        credit = tail[tail.rfind("\n", 0, m.start()) + 1:m.start()].lower()  # "Image © 2024 Airbus DS": a picture's
        if name and words(name) <= 5 and not name.lower().startswith(("all rights", "the author", "photo", "getty")) \
                and not any(w in credit for w in ("image", "photo", "imagery", "picture", "graphic", "map", "video")):
            found = name
    return found


_LEGAL_TAIL: Final = re.compile(r"(?:\s+(?:\d{4}|Ltd|Limited|LLC|Inc|GmbH|Pvt|SIA|plc|AG|Co|S\.A)\.?)+$")


def _written(iso: str, raw: str) -> bool:
    """Whether a page shows this date in full: ISO, with slashes, or day, month name and year in either order.

    >>> _written("2026-07-01", "Press release No. 2026/07"), _written("2026-05-05", "Seoul, 5 May 2026")
    (False, True)
    >>> _written("2025-01-13", '<meta content="2025-01-13T08:00:00Z">'), _written("2025-01-13", "Jan. 13, 2025")
    (True, True)
    """
    if iso in raw or iso.replace("-", "/") in raw:
        return True
    year, month, day = iso.split("-")
    name = next(k for k, v in _MONTHS.items() if v == int(month))[:3]
    d = str(int(day))
    return re.search(rf"(?i)\b0?{d}(?:st|nd|rd|th)?\s+{name}[a-z]*\.?,?\s+{year}\b|\b{name}[a-z]*\.?\s+0?{d}"
                     rf"(?:st|nd|rd|th)?,?\s+{year}\b", raw) is not None
