"""Markup: the text of HTML, Markdown, tables and indented plain text, before boilerplate is judged.

``load`` reads a file and decides what kind it is; this module turns each kind into plain
paragraphs, one per line, so that one set of boilerplate rules and one figure stage serve all
of them.  Tables are written out cell by cell with their column names ("Containers: 1,750
(Q1 2025)"), because a figure found only in a table is still a figure.
"""

from __future__ import annotations

import re
from typing import Final

from analysis.lexicon import NOUNS

_FOOTNOTE_MARK: Final = re.compile(r"(?<!\])\s?\[\^?\d{1,3}\](?!\()")  # "NIS [7]", not the "[1]" of "[troops][1]"
_IMAGE: Final = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_FIGURE: Final = re.compile(r"<figure\b.*?</figure>", re.IGNORECASE | re.DOTALL)
_FIGCAPTION: Final = re.compile(r"<(/?)figcaption\b[^>]*>", re.IGNORECASE)
"""A figure's caption, which trafilatura leaves out; as a paragraph it is kept where the figure is part of the story."""
_ALT: Final = re.compile(r"""\salt\s*=\s*(?:"[^"]*"|'[^']*')""", re.IGNORECASE)


_INDENTED: Final = re.compile(r"^ {2,}\S", re.MULTILINE)
_FLUSH_AFTER_TEXT: Final = re.compile(r"(?<=\S)\n(?=\S)")


def join_indented_paragraphs(text: str) -> str:
    """Plain text whose paragraphs open with an indent (hearing records, wire copy): join each
    paragraph's flush continuation lines to it, whatever letter they start with.

    >>> print(join_indented_paragraphs("    The committee met on Monday.\\nThe general said 7,000 were\\nNorth Korean.\\n"
    ...       "    He added more.\\nAnd more.\\n    A third paragraph\\nends here."))
        The committee met on Monday. The general said 7,000 were North Korean.
        He added more. And more.
        A third paragraph ends here.
    """
    if text.count("\n  ") + (text[:2] == "  ") < 3 or len(_INDENTED.findall(text)) < 3 or len(_FLUSH_AFTER_TEXT.findall(text)) < 3:
        return text  # not that convention: most articles separate paragraphs with blank lines
    out: list[str] = []
    for line in text.split("\n"):
        if out and line[:1] not in ("", " ", "\t") and out[-1].strip() and out[-1].startswith((" ", "\t")):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


_PARENTHESES: Final = re.compile(r"\s*\([^)]*\)")
_TABLE_SEPARATOR: Final = re.compile(r"\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*")
_SOURCE_HEADER: Final = re.compile(r"(?i)(?:main\s+)?sources?|according\s+to|by")


def tables(text: str) -> str:
    """Table rows ("| Q1 2025 | 1,750 | 15 |") as lines the figure stage can read: each value with its column's name.

    A row of label and value reads "label: value"; a row under named columns gives one line per
    cell, "Containers: 1,750 (Q1 2025)"; a last column of sources stays with its row
    ("Artillery systems: ~200; NIS").

    >>> tables("| Period | Containers (est.) | Voyages |\\n|---|---|---|\\n| Q1 2025 | 1,750 | 15 |").split("\\n")
    ['Period; Containers (est.); Voyages', '', 'Containers: 1,750 (Q1 2025)', '', 'Voyages: 15 (Q1 2025)', '']
    """
    out: list[str] = []
    header: list[str] | None = None
    lines = text.split("\n")
    rows = [ln.strip().startswith("|") and ln.strip().endswith("|") and ln.count("|") >= 3 for ln in lines]
    in_table = [False] * len(lines)
    i = 0
    while i < len(lines):  # a run of pipe rows is a table only with a separator row ("|---|---|") in it
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if j > i and any(_TABLE_SEPARATOR.fullmatch(lines[k].strip()) for k in range(i, j)):
            in_table[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    for line, table_row in zip(lines, in_table):
        s = line.strip()
        if not table_row:
            header = None
            out.append(line)
            continue
        if _TABLE_SEPARATOR.fullmatch(s):
            continue
        cells = [_FOOTNOTE_MARK.sub("", c).strip() for c in s.strip("|").split("|")]
        if header is None:
            if sum(1 for c in cells if c) == 1:
                out.append(next(c for c in cells if c))  # a caption spanning the table
                continue
            header = [_PARENTHESES.sub("", c).replace(".", "").strip() for c in cells]
            out.extend(["; ".join(c for c in cells if c), ""])
            continue
        values = [(header[j] if j < len(header) else "", c) for j, c in enumerate(cells) if j and c and c not in "—-–*"]
        if len(header) == 2 or _SOURCE_HEADER.fullmatch(header[-1]):
            out.extend([f"{cells[0]}: {'; '.join(c for _, c in values)}", ""])
        else:
            row = _PARENTHESES.sub("", cells[0]).strip()
            for name, cell in values:
                if any(w.lower() in NOUNS for w in name.split()):
                    out.extend([f"{name}: {cell} ({cells[0]})", ""])  # "Containers: 1,750 (Q1 2025)"
                elif name:
                    out.extend([f"{row}: {cell} ({name})", ""])  # "Peak wagons in yard: 88 (Jan 2026)"
    return "\n".join(out)


TABLE_CELL: Final = re.compile(r"[^:.!?]{1,60}:\s+[^:()!?]{1,40}?\s\((?!Laughter|Applause|Inaudible|Crosstalk)[A-Z0-9][^)]{0,40}\)")
"""A cell as ``tables`` writes it, "column: value (row)" ("Rajin calls: 5 (Sunrise Ore)"): the bracket is a row's
label, not a source, and the label before the colon is a column, not a speaker; a transcript's "(Laughter)" is not one."""


_RULE_OR_LINK_DEFINITION: Final = re.compile(r"(?:[-*_]\s*){3,}|=+|\[[^\]]+\]:\s*\S+.*")
_LINKS_ONLY: Final = re.compile(r"(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[[^\]]*\]\([^)]*\)[\s|·•,]*)+")
_HEADING: Final = re.compile(r"#{1,6}\s+(.*?)\s*#*$")
_BLOCK: Final = re.compile(r"(?:>\s*)+|(?:[-*+]|\d{1,3}[.)])\s+")
_MD_IMAGE: Final = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK: Final = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK: Final = re.compile(r"<(https?://[^>]+)>")
_TAG: Final = re.compile(r"</?[a-zA-Z][^>]*>")
_STRONG: Final = re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS: Final = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)")
_CODE: Final = re.compile(r"`([^`]*)`")
_ESCAPE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_BLANK_LINE: Final = re.compile(r"\n\s*\n")


def strip_markdown(text: str) -> str:
    """Markdown to plain paragraphs: markup goes, heading text stays as its own line.

    >>> print(strip_markdown("- [Home](/)\\n# Troops sent\\n\\nSome **11,000** [troops](http://x) ![map](m.png)\\nwent.\\n- a *point*"))
    Troops sent
    <BLANKLINE>
    Some 11,000 troops went.
    <BLANKLINE>
    - a point
    """
    out: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(s)
            continue
        if _RULE_OR_LINK_DEFINITION.fullmatch(s):
            out.append("")  # rules, setext underlines, link definitions
            continue
        if "](" in s and _LINKS_ONLY.fullmatch(s):
            out.append("")  # a line of nothing but links is a menu or a list of other stories
            continue
        if "[" in s:
            s = _FOOTNOTE_MARK.sub("", s)  # "NIS [7]", "since December 2023.[^4]"
        if s.startswith("|") and s.endswith("|"):
            out.extend([s.strip("|").strip(), ""])  # pipes with no table around them (a menu, a ticker): judged as boilerplate
            continue
        heading = _HEADING.match(s) if s[:1] == "#" else None
        block = heading or _BLOCK.match(s)
        if block:
            bullet = not heading and s[:1] in "-*+"
            s = heading.group(1) if heading else s[block.end():]
            if bullet:
                s = "- " + s.lstrip("> ")  # a list item stays one: the sentence that opens the list may credit it
        if "[" in s:
            s = _LINK.sub(r"\1", _MD_IMAGE.sub("", s))
        if "<" in s:
            s = _TAG.sub("", _AUTOLINK.sub(r"\1", s))
        if "*" in s or "_" in s or "~" in s:
            s = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), _STRONG.sub(r"\2", s))
        if "`" in s:
            s = _CODE.sub(r"\1", s)
        if "\\" in s:
            s = _ESCAPE.sub(r"\1", s)
        s = s.strip().strip("|").strip() if s.startswith("|") else s.strip()
        if block and out and out[-1]:
            out.append("")  # headings and list items are paragraphs of their own
        out.append(s)
        if block:
            out.append("")
    # soft-wrapped lines inside a markdown paragraph belong together
    paragraphs = [" ".join(p.split("\n")) for p in _BLANK_LINE.split("\n".join(out))]
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def html_to_text(raw: str) -> str:
    """The main text of an HTML page (trafilatura drops menus, footers and ads); tables and captions kept."""
    import trafilatura  # lazy: slow to import, only html needs it

    page = raw
    if "<figcaption" in raw or "<FIGCAPTION" in raw:
        raw = _FIGURE.sub(_captioned, raw)
    if _EMBED_HINT.search(raw):
        raw = embedded_posts(raw)
    text = trafilatura.extract(raw, include_comments=False, include_tables=True, favor_precision=True,
                               include_images=True)
    # an image's alt text may be the only place a caption's figure is given: keep it as a line of its own
    text = _IMAGE.sub(lambda m: f"\n{m.group(1)}\n" if len(m.group(1).split()) >= 3 else "", text or "")
    return _with_captions(page, text) if text and "<figcaption" in page.lower() else text


_EMBED_HINT: Final = re.compile(r"class=[\"'][^\"']*(?:telegram|tgme_widget|tweet|social-embed|embed-post|post-embed|embedded)",
                                 re.IGNORECASE)
_EMBED_XPATH: Final = ("(//div|//aside|//section|//figure|//blockquote)[contains(@class, 'telegram') or "
                       "contains(@class, 'tgme_widget_message') or contains(@class, 'tweet') or contains(@class, 'social-embed') or "
                       "contains(@class, 'embed-post') or contains(@class, 'post-embed') or contains(@class, 'embedded')]")
_WIDGET_CLASS: Final = re.compile(r"(?:^|[-_\s])(?:related|top|authors?|buttons?|share|follow|subscribe|subscribers?|promo|"
                                  r"list|feed|counts?|more)(?:$|[-_\s])", re.IGNORECASE)
"""Classes of page furniture that may also name Telegram or X: related posts, top tweets, share and follow boxes."""


def embedded_posts(raw: str) -> str:
    """A page with the text of its embedded posts (a Telegram channel's, one on X) as block quotations, which the
    main-text extractor keeps: it drops them as widgets, though what a ministry posts is often the story's claim.

    >>> page = ('<div class="telegram-post"><div class="tgme_widget_message_text">About 15,000 North Korean workers '
    ...         'arrived in April.</div><div class="tgme_widget_message_footer">52.1K views</div></div>')
    >>> embedded_posts(page).count("<blockquote>"), "About 15,000" in embedded_posts(page)
    (1, True)
    """
    import lxml.html  # lazy: only pages with embedded posts need it

    try:
        tree = lxml.html.document_fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return raw  # a page lxml cannot read goes to the extractor as it is
    posts = tree.xpath(_EMBED_XPATH)
    for post in posts:
        if post.tag == "blockquote" or any(parent in posts for parent in post.iterancestors()):
            continue  # a post printed as a quotation is kept as it is; the message inside a post already taken
        if len(post.text_content().split()) < 6 or _WIDGET_CLASS.search(post.get("class", "")):
            continue  # a "Follow us on Telegram" button or a box of related posts, not a post
        quote = lxml.html.Element("blockquote")
        parts = [child.text_content() for child in post] or [post.text_content()]
        for part in parts:  # the post's author, message and date each a line, as the page shows them
            if part.split():
                paragraph = lxml.html.Element("p")
                paragraph.text = " ".join(part.split())
                quote.append(paragraph)
        quote.tail = post.tail
        post.getparent().replace(post, quote)
    return lxml.html.tostring(tree, encoding="unicode")


_ASIDES: Final = re.compile(r"<(aside|nav|footer)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_CAPTION: Final = re.compile(r"<figcaption\b[^>]*>(?P<body>.*?)</figcaption>", re.IGNORECASE | re.DOTALL)


def _with_captions(page: str, text: str) -> str:
    """The figure captions the main-text extractor left out (a lead photo above the story's body), put before the
    body in the order of the page: a caption's figure may be given nowhere else.

    >>> _with_captions('<figure><figcaption>At least 14 cars stood in the yard.</figcaption></figure><p>Body.</p>', "Body.")
    'At least 14 cars stood in the yard.\\n\\nBody.'
    """
    import html

    found: list[str] = []
    flat = " ".join(text.split())
    for m in _CAPTION.finditer(_ASIDES.sub(" ", page)):  # not a related story's picture in an aside or footer
        line = " ".join(html.unescape(_TAG.sub(" ", m.group("body"))).split())
        if len(line.split()) >= 4 and line[:40] not in flat and line not in found:
            found.append(line)
    return "\n\n".join([*found, text]) if found else text


def _captioned(figure: re.Match) -> str:
    """A ``<figure>`` whose caption is a paragraph ("The yard held 73 cars on a single day in May") and whose
    image has no alt text, since a caption and its alt text are the same claim said twice."""
    block = figure.group(0)
    if not _FIGCAPTION.search(block):
        return block
    return _FIGCAPTION.sub(lambda m: f"<{m.group(1)}p>", _ALT.sub("", block))
