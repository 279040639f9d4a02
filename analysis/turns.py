"""Transcripts and labelled turns: who speaks each paragraph of a briefing, hearing, interview or channel digest.

A transcript credits each paragraph to the label that opens its turn ("MR. RYDER:", "Q:", "Col. Han
Sung-woo (JCS):"); an interview to the person interviewed; a channel's digest to the body a post was
forwarded from. ``people_named`` reads the full names an article gives, so that a bare "Ryu" later
is "Seonghyeon Ryu". ``extract`` asks these when a sentence names nobody itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Set as AbstractSet
from itertools import islice
from typing import Final

from analysis.attribute import LABELS, OFFICE_BEFORE, TITLE_WORD_FIRST, Attribution, attribute
from analysis.lexicon import GENERIC_SUBJECTS
from analysis.markup import TABLE_CELL
from analysis.names import LEADING, NAME_WORD
from analysis.bodies import COUNTRY_NAMES, canonical, kind_of

_TITLES: Final = (r"(?:Mr|Ms|Mrs|Dr|Gen|Sen|Rep|Adm|Col|Lt|Amb|Gov|Prof|Sgt|Capt|Maj|Cpl|Pvt)\.?|Chairman|Chairwoman|Chair|Senator|Representative|"
                  r"Congressman|Congresswoman|General|Admiral|Secretary|Ambassador|Colonel|Minister|Director|Commissioner|"
                  r"Spokesperson|Spokesman|Spokeswoman")
# a speaker named in title case: "Irina Volskaya:"; a questioner named by outlet: "Question (Kyodo News, Japan):",
# "Reporter (MBN):"; and whoever runs the session: "Moderator:"
_ASKED: Final = r"(?:Question|Q|Reporter|Journalist)\s*\([^()]{1,40}\)|Moderator|Operator|Chair(?:man|woman|person)?"
NAME_LABEL: Final = re.compile(rf"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}}|{NAME_WORD}-{NAME_WORD}|{_ASKED}")
# a recording's time stamp before a speaker's label: "[00:01:02] SEO HYUN-AH:", "(14:05) Q:"
STAMP: Final = re.compile(r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s+")
_UPPER_TITLES: Final = ("MR|MS|MRS|DR|GEN|SEN|REP|ADM|COL|LT|AMB|GOV|PROF|SGT|CAPT|MAJ|CPL|PVT|SECRETARY|GENERAL|SENATOR|"
                        "CHAIRMAN")
"""Titles an upper-case label may open with, several in a row: "LT. GEN. (RET.) WALTER HADLEY:", "SGT. OLEKSANDR TKACHUK:"."""
_TURN: Final = re.compile(  # "MR. RYDER: ...", "Q: ...", "GEN. CALLAHAN: ...", "Senator Ruiz. ...", "Chairman Hadley: ..."
    rf"(?:{STAMP.pattern})?(?P<numbered>Q\d{{1,4}}\s+)?(?:(?P<upper>(?:(?:{_UPPER_TITLES})\.?\s+){{0,3}}(?:\(RET\.?\)\s+)?"
    rf"[A-Z][A-Z’'-]*(?:\s+[A-Z][A-Z’'.-]+){{0,4}})(?P<role>(?:,(?:\s+[A-Za-z0-9][\w’'.&-]*){{1,6}}){{1,2}})?"
    rf"(?:\s*\((?P<aside>[A-Za-z][A-Za-z’'.-]*(?:,?\s+[A-Za-z0-9’'.-]+){{0,3}})\))?\s*:|(?P<titled>(?:{_TITLES})\s+[A-Z][\w’'-]+)\s*[.:]|"
    rf"(?P<asked>{_ASKED})\s*:|"
    rf"(?P<affiliated>(?:(?:{_TITLES})\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s*\([A-Z][\w’'.&,\s-]{{0,40}}\)\s*:|"
    rf"(?P<named>{NAME_LABEL.pattern})\s*:)(?:\s+(?=\S)|$)")
_PREPARED: Final = re.compile(r"\[?(?:the\s+)?prepared\s+statement\s+(?:of|by)\s+(?P<name>.+?)(?:\s+follows)?:?\]?$", re.IGNORECASE)
_TITLE_WORD: Final = re.compile(rf"^(?:(?:{_TITLES})\s+|\(Ret\.?\)\s+)+", re.IGNORECASE)


def speaker(paragraph: str, people: Mapping[str, str] | None = None, on_air: AbstractSet[str] = frozenset(),
            surnames: AbstractSet[str] = frozenset()) -> tuple[bool, Attribution | None]:
    """(whether a transcript paragraph opens with a speaker's label, who speaks).

    The speaker is None for a questioner ("Q:"), whom a transcript does not name, and for the
    broadcaster's own anchors and reporters, also when later labelled by a name in ``on_air``.
    A double surname labels a turn ("Kosiniak-Kamysz:") when ``people`` or ``surnames`` (those the
    article gives after a first name) know it.

    >>> speaker("MR. RYDER: We assess that 11,000 troops remain.")[1].source
    'Ryder'
    >>> speaker("General Callahan. Thank you for the opportunity.", {"Callahan": "Thomas R. Callahan"})[1].source
    'Thomas R. Callahan'
    >>> speaker("[00:01:02] SEO HYUN-AH: My own number is 14,000.")[1].source
    'Seo Hyun-ah'
    >>> speaker("Q: How many are still there?"), speaker("SEOUL — North Korea sent 3,000 troops.")
    ((True, None), (False, None))
    >>> speaker("Col. Han Sung-woo (JCS): Two missiles flew 420 km.")[1].source, speaker("Spokesperson Yoon Jae-seok: Hello.")[1].source
    ('Han Sung-woo', 'Yoon Jae-seok')
    >>> speaker("Reporter (MBN): How many?"), speaker("Moderator: Next question.")
    ((True, None), (True, None))
    >>> speaker("Q118 Kerry Oduya: And prisoners?"), speaker("Q132 Chair: Thank you.")  # a committee's numbered questions
    ((True, None), (True, None))
    >>> speaker("LT. GEN. (RET.) WALTER HADLEY, Former Deputy Director, Defense Intelligence Agency: Thanks.")[1].source
    'Walter Hadley'
    >>> speaker("NORTH KOREAN PRISONER OF WAR (through interpreter): There were 120 of us.")[1].source
    'North Korean prisoner of war'
    >>> speaker("WHAT THE NUMBERS SHOW: 12 tankers"), speaker("SEOUL, South Korea: 3,000 troops")  # a heading, a dateline
    ((False, None), (False, None))
    """
    m = _TURN.match(paragraph)
    prepared = _PREPARED.match(paragraph) if m is None and "repared" in paragraph[:30] else None
    if m is None and prepared is None:
        return False, None
    if m is not None and (m.group("asked") or m.group("numbered")):
        return True, None  # "Question (RIA Novosti):", "Q118 Kerry Oduya:": a questioner, not a source
    if m is not None and m.group("named") and (kind_of(m.group("named")) != "person" or
                                               any(w.upper() in LABELS for w in m.group("named").split())):
        return False, None  # "Key Points:", "Live Updates:": a heading, not a speaker
    if m is not None and m.group("named") and " " not in m.group("named") and "-" in m.group("named") and (
            people is None or people.get(m.group("named")) is None) and m.group("named") not in surnames:
        return False, None  # "Fact-Check:": a double surname labels a turn only when the article names its bearer
    if m is not None and m.group("affiliated") and not _TITLE_WORD.match(m.group("affiliated")) and (
            " " not in m.group("affiliated") or kind_of(m.group("affiliated")) != "person"):
        return False, None  # "Kursk (Russia): 11,000": a factbox line; "Col. Han Sung-woo (JCS):" speaks
    if prepared is not None:
        label = prepared.group("name")
    else:
        assert m is not None
        label = m.group("upper") or m.group("titled") or m.group("affiliated") or m.group("named")
    if label.strip().upper() in ("Q", "A", "QUESTION", "ANSWER", "REPORTER"):
        return True, None
    if all(w in LABELS for w in label.upper().split()):
        return False, None  # "08:00 GMT:", "[10:05] UPDATE:", "WATCH LIVE:": a page's time and label, not a speaker
    if m is not None and m.group("upper"):
        words = _TITLE_WORD.sub("", label.strip()).split()
        office = 0
        while len(words) > 3 and office < len(words) - 2 and (words[office] in _OFFICE_WORDS or _NATIONAL_WORD.fullmatch(words[office])):
            office += 1  # "UKRAINIAN PRESIDENT VOLODYMYR ZELENSKY:", "SECRETARY OF DEFENSE LLOYD AUSTIN:": the office, then the name
        if office and len(words) - office <= 3:
            words = words[office:]
            label = " ".join(words)
        role = m.group("role") or ""
        if len(words) > 3 and not _DESCRIBED_ROLES.intersection(words) or role and not role.isupper() and (
                kind_of(" ".join(w.capitalize() for w in words)) not in ("person", "other")
                or role.strip(" ,").lower() in COUNTRY_NAMES):
            return False, None  # "WHAT THE NUMBERS SHOW:", "SEOUL, South Korea:", "KHARKIV, Ukraine:": a heading or a dateline
        label, own = _broadcast_label(label, m.group("role") or "", m.group("aside") or "")
        if own or label in on_air:
            return True, None  # "ANCHOR (KATERYNA LYSENKO):", "ANDRIY MOROZ, S7 REPORTER:": the outlet's own voice
    name = _TITLE_WORD.sub("", label.strip())
    if name.isupper():
        words = name.split()
        role = next((k for k, w in enumerate(words) if w in _DESCRIBED_ROLES and k), len(words))
        name = " ".join([w.capitalize() for w in words[:role]] + [w.lower() for w in words[role:]])  # "North Korean prisoner of war"
    if not name or name.lower() in GENERIC_SUBJECTS or name.lower() in ("moderator", "operator", "staff"):
        return True, None
    people = people if people is not None else {}
    full = people.get(name, name) if " " not in name else name
    found = canonical(full)
    return True, Attribution(found[0], "", found[1] if found[1] != "other" else "person", found[2])


_ON_AIR: Final = {"ANCHOR", "REPORTER", "CORRESPONDENT", "HOST", "CO-HOST", "PRESENTER", "NARRATOR", "EDITOR", "PRODUCER"}
"""Who speaks for the broadcaster itself in a transcript: what they say is the outlet's own account."""
_ON_SCREEN: Final = {"RESIDENT", "WITNESS", "VOLUNTEER", "SURVIVOR", "SOLDIER", "OFFICIAL", "DOCTOR", "CALLER", "VOICE",
                     "INTERPRETER", "TRANSLATOR", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "GOVERNOR", "MAYOR", "LAWMAKER"}
"""Role words a broadcast transcript puts before or instead of a name: "RESIDENT VALENTYNA HRYTSENKO:"."""
_OFFICE_WORDS: Final = {"PRESIDENT", "PRIME", "MINISTER", "SECRETARY", "OF", "THE", "DEFENSE", "DEFENCE", "FOREIGN", "STATE",
                         "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "AMBASSADOR", "NATIONAL", "SECURITY", "ADVISER", "ADVISOR",
                         "DEPUTY", "CHIEF", "STAFF", "FORMER", "VICE", "GENERAL", "COMMANDER", "DIRECTOR", "INTELLIGENCE",
                         "MILITARY", "UN", "U.N.", "NATO", "US", "U.S.", "UK", "EU", "SENATOR", "REPRESENTATIVE", "GOVERNOR"}
"""Words of an office a broadcast transcript prints before the speaker's name."""
_NATIONAL_WORD: Final = re.compile(r"[A-Z]+(?:AN|ESE|ISH|CH)")  # "UKRAINIAN", "JAPANESE", "BRITISH", "FRENCH"
_GIVEN_DOUBLE_SURNAME: Final = re.compile(rf"\b{NAME_WORD}\s+({NAME_WORD}-{NAME_WORD})\b")
"""A double surname after a first name ("Władysław Kosiniak-Kamysz took questions"): the person a label may name."""
_DESCRIBED_ROLES: Final = {"PRISONER", "SOLDIER", "OFFICER", "OFFICIAL", "RESIDENT", "WITNESS", "DEFECTOR", "WORKER", "VETERAN",
                           "MEDIC", "COMMANDER", "DIPLOMAT", "SURVIVOR", "VOLUNTEER", "MOTHER", "FATHER", "WIDOW", "WIFE"}
"""Who a transcript's label describes instead of naming, in four words or more: "NORTH KOREAN PRISONER OF WAR (through
interpreter):"; a longer upper-case label without one is a heading ("WHAT THE NUMBERS SHOW:")."""
_PRODUCTION: Final = re.compile(r"(?:ON|OFF)\s+(?:CAMERA|PHONE|TAPE)|VO|SOT|V/O|VOICE-?OVER|TRANSLATED|(?:THROUGH|VIA)\s+"
                                r"(?:AN\s+)?(?:TRANSLATOR|INTERPRETER)|CONT'?D|CONTINUED|ARCHIVE|FILE", re.IGNORECASE)


def on_air(paragraph: str) -> str:
    """The names an anchor's or reporter's label gives, upper case, so that "MOROZ:" later is known; else "".

    >>> on_air("ANDRIY MOROZ, S7 REPORTER: Behind me, the building where most of the victims lived.")
    'ANDRIY MOROZ'
    >>> on_air("RESIDENT (VALENTYNA, 64): I have lived here.")
    ''
    """
    m = _TURN.match(paragraph)
    if m is None or not m.group("upper"):
        return ""
    label, own = _broadcast_label(m.group("upper"), m.group("role") or "", m.group("aside") or "")
    return label if own else ""


_WITHHELD: Final = re.compile(r"WITHHELD|NOT\s+GIVEN|ANONYMOUS|UNNAMED|NO\s+NAME", re.IGNORECASE)


def _broadcast_label(label: str, role: str, aside: str) -> tuple[str, bool]:
    """(who a broadcast transcript's label names, whether that is the outlet's own voice).

    >>> _broadcast_label("RESIDENT", "", "VALENTYNA, 64"), _broadcast_label("FILCHAKOV", "", "ON CAMERA")
    (('VALENTYNA', False), ('FILCHAKOV', False))
    >>> _broadcast_label("ANDRIY MOROZ", ", S7 REPORTER", ""), _broadcast_label("ANCHOR OKSANA LYSENKO", "", "")
    (('ANDRIY MOROZ', True), ('OKSANA LYSENKO', True))
    """
    words = label.split()
    roles = set(role.upper().replace(",", " ").split())
    if aside and not _PRODUCTION.fullmatch(aside.strip()):
        if all(w in _ON_AIR | _ON_SCREEN for w in words) and not _WITHHELD.search(aside):  # "RESIDENT (VALENTYNA, 64)"
            roles.update(words)
            words = aside.split(",")[0].split()
        else:  # "JUNG MIN-SEO (CORRESPONDENT, SEOUL)": the role is
            roles.update(aside.upper().replace(",", " ").split())
    if len(words) > 1 and words[0] in _ON_AIR | _ON_SCREEN:  # "ANCHOR OKSANA LYSENKO"
        roles.add(words[0])
        words = words[1:]
    return " ".join(words), bool(roles & _ON_AIR) or (len(words) == 1 and words[0] in _ON_AIR)


_FORWARDED: Final = re.compile(r"\W*(?:[Ff]orwarded|[Rr]eposted)\s+from\s+(?P<np>[^|·•\[\n]+?)\s*(?:[|·•\[].*)?$")


def forwarded_from(line: str, people: Mapping[str, str] | None = None) -> Attribution | None:
    """The body a messaging channel's post is forwarded from ("🔁 Forwarded from HUR | Defence Intelligence").

    >>> forwarded_from("🔁 Forwarded from HUR | Defence Intelligence of Ukraine").source
    'Defence Intelligence of Ukraine (HUR)'
    >>> forwarded_from("We forwarded the file to HUR.") is None
    True
    """
    m = _FORWARDED.match(line)
    if m is None:
        return None
    source, kind, country = canonical(m.group("np"))  # a channel's name is a name: "Two Majors", "Rybar"
    return Attribution(source, "", kind, country)


_LABEL_LINE: Final = re.compile(r"^(?:[A-Z][A-Z.’' -]{0,40}:|(?:Chairman|Chairwoman|Senator|Representative|General|Admiral|"
                                r"Secretary|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.)\s+[A-Z][\w’'-]+[.:]|\[?[Tt]he prepared statement)",
                                re.MULTILINE)


_LABEL_HEAD: Final = re.compile(r"[A-Z][A-Z.’' -]{0,40}(?:,[A-Z0-9 ]{2,30})?(?:\([A-Za-z0-9 ,]{1,30}\))?\s?")
_TITLED_LINE: Final = re.compile(r"\n(?:Chairman|Chairwoman|Senator|Representative|General|Admiral|Secretary|Ambassador|"
                                 r"Mr\.|Ms\.|Mrs\.|Dr\.) ")


def may_be_transcript(text: str) -> bool:
    """Three speaker labels in the opening 8,000 characters, found with string operations first.

    >>> may_be_transcript("MR. RYDER: Hi.\\nQ: A question?\\nMR. RYDER: An answer."), may_be_transcript("SEOUL: Troops.")
    (True, False)
    >>> may_be_transcript("[00:00:04] HOST: Hi.\\n[00:00:31] SEO: Thanks.\\n[00:00:35] HOST: So.")
    True
    """
    head = text[:8_000]
    labels, at = 0, head.find(":")
    while at >= 0 and labels < 3:  # "MR. RYDER:", "Q:": upper-case words from the start of a line to a colon
        line = head.rfind("\n", 0, at) + 1
        stamp = STAMP.match(head, line) if head[line:line + 1] in "[(0123456789" else None
        line = stamp.end() if stamp else line
        if at - line <= 41 and (_LABEL_HEAD.fullmatch(head, line, at) or NAME_LABEL.fullmatch(head, line, at)) and \
                head[line:at].strip() not in LABELS:
            labels += 1
        at = head.find(":", at + 1)
    if labels >= 3:
        return True
    if "repared statement" in head or _TITLED_LINE.search(head):  # "Senator Ruiz.", "[The prepared statement of"
        return next(islice(_LABEL_LINE.finditer(head), 2, None), None) is not None
    return False


def speaker_turns(sentences: list[tuple[int, str]], text: str, people: Mapping[str, str] | None = None
                  ) -> dict[int, Attribution]:
    """For a transcript, the speaker of each sentence's turn, by index; {} for any other article.

    A turn opens with a label ("MR. RYDER:", "Senator Ruiz.", "[The prepared statement of General
    Callahan follows:]") and runs until the next label.  Three labelled paragraphs make a transcript:
    a single "SEOUL:" dateline does not.

    >>> s = [(0, "MR. RYDER: Good afternoon."), (27, "We assess 11,000 troops remain."), (59, "Q: Any more?"),
    ...      (72, "MR. RYDER: No."), (87, "Thanks.")]
    >>> {i: a.source for i, a in speaker_turns(s, "\\n".join(x for _, x in s)).items()}
    {0: 'Ryder', 1: 'Ryder', 3: 'Ryder', 4: 'Ryder'}
    """
    if not may_be_transcript(text):
        return {}  # cheap: most articles have no speaker labels at all
    labels: dict[int, Attribution | None] = {}
    opening = [i for i, (offset, _) in enumerate(sentences) if offset == 0 or text[offset - 1] == "\n"]  # labels open paragraphs
    anchors = {w for i in opening for w in on_air(sentences[i][1]).split()}  # "ANDRIY MOROZ, S7 REPORTER:", then "MOROZ:"
    anchors |= hosts(text)
    surnames = {m.group(1) for m in _GIVEN_DOUBLE_SURNAME.finditer(text)
                if not any(part.lower() in COUNTRY_NAMES for part in m.group(1).split("-"))} if "-" in text else set()
    # "the North Korea-Russia treaty" names no person
    for i in opening:
        if sentences[i][1].endswith(")") and TABLE_CELL.fullmatch(sentences[i][1]):
            continue  # "Sunrise Ore: Sierra Leone (Flag)": a table's cell as markup.tables writes it, not a speaker
        labelled, who = speaker(sentences[i][1], people, anchors, surnames)
        if labelled:
            labels[i] = who
    named: dict[str, str] = {}
    for a in labels.values():
        if a is None or " " not in a.source:
            continue
        for part in a.source.split():
            named[part] = a.source if named.get(part, a.source) == a.source else ""  # two Kims: neither
    labels = {i: Attribution(named[a.source], a.conduit, a.kind, a.country) if a is not None and named.get(a.source) else a
              for i, a in labels.items()}  # "Spokesperson Yoon Jae-seok:" once, then "Spokesperson Yoon:"
    spoke = Counter(a.source for a in labels.values() if a is not None)
    labels = {i: a for i, a in labels.items() if a is None or spoke[a.source] > 1 or not sentences[i][1].startswith(a.source)
              or _LABEL_ALONE.fullmatch(sentences[i][1], len(a.source))}  # a name in title case must speak twice or
    # stand alone on its line ("Darren Mowbray:"): "Key Points: 12 tankers" once is a heading
    speakers = [a.source if a else "" for a in labels.values()]
    if len(labels) < 3 or len(set(speakers)) == len(speakers):
        return {}  # a transcript returns to its speakers; "SEOUL:", "UPDATE:", "WATCH:" each open one paragraph
    turns: dict[int, Attribution] = {}
    current: Attribution | None = None
    for i in range(len(sentences)):
        current = labels.get(i, current)
        if current is not None:
            turns[i] = current
    return turns


_NAME: Final = r"[A-Z][a-z]+(?:[ -][A-Z][a-z’'-]+){1,2}"  # a personal name of two or three words: "Ri Chol-ung"
_HOSTING: Final = re.compile(rf"\b(?:[Cc]orrespondent|[Rr]eporter|[Aa]nchor|[Hh]ost|[Pp]resenter)\s+(?P<on>{_NAME})\b|"
                             rf"\b[Ff]or\s+[^,.]{{2,60}},\s+I['’]m\s+(?P<signed>{_NAME})\b|"
                             rf"\b(?P<with>{_NAME})\s+(?:speaks|talks|sits\s+down)\s+(?:with|to)\b")
_OTHER_OUTLETS: Final = re.compile(r"(?:(?<!\w)(?!(?:Special|Senior|Chief|Foreign|Our|Joining|With)\b)[A-Z][\w’'.]*\s+"
                                   r"(?:special\s+|senior\s+|chief\s+|foreign\s+)?|\bfor\s+[A-Z][^,]{0,30},\s*)$")
"""What before "correspondent X" makes X another outlet's: "Reuters correspondent", "a reporter for Yonhap, reporter"."""


def hosts(text: str) -> set[str]:
    """The broadcaster's own people a transcript names in its words, upper case as its labels print them: what
    they say is the outlet's account, not a source's.

    >>> sorted(hosts("Margaret Oyelaran speaks with Walter Hadley, and special correspondent Simon Abernathy reports."))
    ['ABERNATHY', 'MARGARET OYELARAN', 'OYELARAN', 'SIMON ABERNATHY']
    >>> sorted(hosts("For The Evening Report, I'm Simon Abernathy near Huliaipole."))
    ['ABERNATHY', 'SIMON ABERNATHY']
    >>> hosts("Andrei Lankov spoke with us. I'm Andrei Lankov, I teach. Joining us is Reuters correspondent Hyonhee Shin.")
    set()
    >>> sorted(hosts("MARGARET OYELARAN: Special correspondent Simon Abernathy has been reporting from Kharkiv."))
    ['ABERNATHY', 'SIMON ABERNATHY']
    """
    found: set[str] = set()
    for m in _HOSTING.finditer(text):
        if m.group("on") and _OTHER_OUTLETS.search(text, max(0, m.start() - 40), m.start()):
            continue  # another outlet's correspondent, a guest here
        name = (m.group("on") or m.group("signed") or m.group("with")).upper()
        found.update((name, name.split()[-1]))
    return found


_FULL_NAME: Final = re.compile(rf"(?<!\bby )(?<!\bBy )\b{_NAME}\b")
_MET: Final = re.compile(r"\b(?:met|spoke\s+(?:with|to)|talked\s+(?:with|to)|interviewed|sat\s+down\s+with)\s+"
                         r"(?:(?:[a-z’'-]+|[A-Z][a-z]+\.?)\s+){0,4}?"
                         rf"(?P<name>(?!(?:General|Colonel|Minister|President|Dr|Mr|Ms|Mrs)\b){_NAME})\b")
_INTERVIEWER: Final = re.compile(rf"(?:reporter|correspondent|editor|interviewer|[Oo]ur|[Bb]y)\s+(?P<name>{_NAME})"
                                 rf"|(?P<asker>{_NAME})\s+(?:asked\s+the\s+questions|met|spoke)")
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I'm|I’m|my|My|me|we|We|our|Our|us)\b")


def interview_turns(sentences: list[tuple[int, str]], text: str) -> dict[int, Attribution]:
    """For an interview printed as bare questions and answers, the interviewee of each answer sentence; {} otherwise.

    It is one when at least three paragraphs are only a question, each answered by the paragraph after
    it, and most answers speak in the first person. The interviewee is the person the introduction
    (before the first question) names most; a name after "by" is the interviewer's or photographer's.
    A question's own credits ("Seoul's NIS says 50,000. Does that sound right?") stay its own.

    >>> text = ("Ri Chol-ung ran labour gangs. Ri Chol-ung, 46, left in 2025.\\nHow many men?\\nI had 340.\\n"
    ...         "And the pay?\\nMy branch sent $4 million a year.\\nWhy leave?\\nWe missed the plan.")
    >>> s = [(m.start(), m.group()) for m in re.finditer(r"[^\\n]+", text)]
    >>> {i: a.source for i, a in interview_turns(s, text).items()}
    {2: 'Ri Chol-ung', 4: 'Ri Chol-ung', 6: 'Ri Chol-ung'}
    """
    if text.count("?\n") < 3:
        return {}  # cheap: most articles ask no questions
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    paragraphs = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text) + 1])]
    asked = [k for k, p in enumerate(paragraphs) if p.endswith(("?", "?”", '?"')) and p.count(" ") < 80]
    answers = [k + 1 for k in asked if k + 1 < len(paragraphs) and k + 1 not in asked and paragraphs[k + 1]]
    if len(answers) < 3 or len(answers) < 0.75 * len(asked) or len(asked) * 4 < len(paragraphs) - asked[0]:
        return {}
    if sum(1 for k in answers if _FIRST_PERSON.search(paragraphs[k])) * 2 < len(answers):
        return {}  # an explainer's FAQ answers in its own voice; an interviewee says "I" and "we"
    intro = text[:starts[asked[0]]]
    met = _MET.search(intro)
    interviewers = {m.group("name") or m.group("asker") for m in _INTERVIEWER.finditer(intro)}
    named = Counter(m.group(0) for m in _FULL_NAME.finditer(intro)
                    if kind_of(m.group(0)) == "person" and m.group(0) not in interviewers)
    if met and kind_of(met.group("name")) == "person":
        name = met.group("name")  # "We spoke to Lee Seong-kweun", "Olena Rudenko met General Oleksandr Syrskyi"
    elif named:
        name = max(named, key=lambda n: (named[n], -intro.index(n)))
    else:
        return {}
    source, kind, country = canonical(name)
    who = Attribution(source, "", "person", country)
    turns: dict[int, Attribution] = {}
    question = set(asked)
    current = False
    for i, (offset, _) in enumerate(sentences):
        k = bisect_left(starts, offset + 1) - 1  # the paragraph the sentence is in
        if k in question:
            current = False
        elif k > asked[0]:
            current = True
        if current:
            turns[i] = who
    return turns


_ANNOUNCED: Final = re.compile(r"(?:[\[(]?\d{1,2}[:.]\d{2}[\])]?\s*[-–—:]?\s*)?(?:Briefing|Remarks|Statement|Comments|"
                               r"Interview(?:\s+\d+)?|Press\s+conference|Q\s*&\s*A)\s*(?:by|from|with|:)\s+(?P<np>[^,;]+)")
_TIME_STAMPED: Final = re.compile(r"[\[(]?\d{1,2}[:.]\d{2}[\])]?\s*[-–—]\s")


def announced_turns(sentences: list[tuple[int, str]], text: str, people: Mapping[str, str]) -> dict[int, Attribution]:
    """For a pool report or live page, who speaks under a line that announces them ("10:35 - Briefing by Liudmyla
    Hrytsenko, spokeswoman for the Coordination HQ.", "Interview 1: prisoner who gave his name as Ri"), until the
    next time-stamped or announcing line; {} for most articles.

    >>> text = "10:35 - Briefing by Liudmyla Hrytsenko, spokeswoman.\\nMain points:\\n- Ukraine holds five prisoners.\\n11:00 - Lunch."
    >>> s = [(m.start(), m.group()) for m in re.finditer(r"[^\\n]+", text)]
    >>> {i: a.source for i, a in announced_turns(s, text, {}).items()}
    {1: 'Liudmyla Hrytsenko', 2: 'Liudmyla Hrytsenko'}
    """
    if not any(word in text for word in ("Briefing", "Remarks", "Interview", "Statement", "Comments")):
        return {}  # cheap: most articles announce nobody
    turns: dict[int, Attribution] = {}
    current: Attribution | None = None
    for i, (offset, sentence) in enumerate(sentences):
        opens = offset == 0 or text[offset - 1] == "\n"
        announced = _ANNOUNCED.match(sentence) if opens else None
        if announced:
            np = _QUOTED_NAME.sub(r"\1", announced.group("np")).rstrip(". ")
            current = attribute(f"{np} said.", None, people) or _described_speaker(np)
            continue
        if opens and _TIME_STAMPED.match(sentence):
            current = None  # a new entry of the log
        if current is not None:
            turns[i] = current
    return turns


_QUOTED_NAME: Final = re.compile(r"[“\"]([^”\"]{1,30})[”\"]")


def _described_speaker(np: str) -> Attribution | None:
    """'prisoner who gave his name as Ri' -> the role, as the article describes the speaker."""
    role = np.split(" who ")[0].split(" named ")[0].strip()
    return Attribution(role, "", "person", "") if role and len(role.split()) <= 3 and role[:1].islower() else None


def forwarded_posts(sentences: list[tuple[int, str]], text: str, people: Mapping[str, str] | None = None
                    ) -> dict[int, Attribution]:
    """For a channel's posts, the body each forwarded post comes from, by sentence index; {} for most articles.

    A post is the paragraph under its "Forwarded from X" line, unless that paragraph is the channel's own
    voice: a comment, its hashtags, a date line or a separator.

    >>> lines = ["🔁 Forwarded from HUR | Defence Intelligence", "About 11,500 KPA troops are in Kursk.", "💬 My comment: wow."]
    >>> text = "\\n".join(lines)
    >>> {i: a.source for i, a in forwarded_posts([(text.index(x), x) for x in lines], text).items()}
    {1: 'Defence Intelligence of Ukraine (HUR)'}
    """
    if "orwarded from" not in text and "eposted from" not in text:
        return {}  # cheap: most articles are not a channel's posts
    posts: dict[int, Attribution] = {}
    current: Attribution | None = None
    paragraphs = 0
    for i, (offset, sentence) in enumerate(sentences):
        if offset == 0 or text[offset - 1] == "\n":
            origin = forwarded_from(sentence, people)
            if origin is not None:
                current, paragraphs = origin, 0
                continue
            paragraphs += 1  # the post is the paragraph under its line; after it the channel speaks again
            if paragraphs > 1 or _CHANNEL_VOICE.match(sentence) or not (
                    sentence[:1].isalnum() or sentence[:1] in "\"“‘'([-–—•"):
                current = None  # "💬 My comment", "🤡 LOL. Fifteen settlements?"
        if current is not None:
            posts[i] = current
    return posts


_LABEL_ALONE: Final = re.compile(r"\s*:\s*(?:\[\d+\])?\s*")
_CHANNEL_VOICE: Final = re.compile(r"\W*(?:#|📅|(?:my|our|admin'?s?)\s+comment|comment:|subscribe|\d{1,2}[./]\d{1,2}[./]\d{2,4})",
                                   re.IGNORECASE)


def people_named(text: str) -> dict[str, str]:
    """Each part of the full personal names an article cites, mapped to the full name.

    >>> people_named("Shin Won-sik, South Korea's adviser, said so.")["Shin"]
    'Shin Won-sik'
    >>> people_named("Ukraine's Commissioner for Human Rights Dmytro Lubinets said so.")["Lubinets"]
    'Dmytro Lubinets'
    >>> people_named("Gen. Raymond T. Castellano, commander of U.S. Forces Korea, told senators")["Castellano"]
    'Raymond T. Castellano'
    """
    people: dict[str, str] = {}
    after = (r"(?=,\s+(?:a|an|the|who|(?:[A-Z][\w’']*\s)*[A-Z][\w’']*[’']s)\s|,\s+(?:(?:senior|deputy|former|chief)\s+)?"
             r"(?:commander|head|director|spokes(?:man|woman|person)|minister|secretary|advis[eo]r|researcher|analyst|fellow|"
             r"professor|governor|mayor|ambassador|chairman|chairwoman)\s+(?:of|at|for)\s|"
             r",?\s+(?:said|told|says|revealed|confirmed|added|"
             r"writes|wrote|argues|argued|calls|called|estimates|estimated|believes|counts|puts|notes|heads|leads|runs|"
             r"commands|directs|chairs)\b|"
             r"[’']s\s+(?:new\s+|latest\s+)?(?:book|essay|article|column|paper|study)\b)")
    upper, lower = r"[A-ZÀ-ÖØ-ÞĀ-ž]", r"(?:(?![A-Z])[^\W\d_]|(?<=[a-z])[A-Z](?=[a-z]))"  # "Wiesław Kukuła", "McKenzie"
    for m in re.finditer(rf"\b({upper}{lower}+(?: [A-Z]\.)?(?:[ -]{upper}?{lower}+){{1,2}}){after}|"
                         rf"(?<=\bby )({upper}{lower}+(?: {upper}{lower}+){{1,2}})$",
                         text, re.MULTILINE):  # "Lydia Sarkisian calls", a book's "by Lydia Sarkisian" on its own line
        name = m.group(1) or m.group(2)
        if name.count(" ") == 2 and "." not in name and (TITLE_WORD_FIRST.match(name) or OFFICE_BEFORE.search(text, max(0, m.start() - 40),
                                                                                          m.start())):
            name = name.split(" ", 1)[1]  # "Commissioner for Human Rights Dmytro Lubinets": a title runs into the name
        if canonical(name)[1] != "person" or LEADING.match(name + ","):
            continue
        for part in re.split(r"\s+", name):
            if not part.endswith("."):  # "Raymond T. Castellano": not the initial
                people.setdefault(part, name)
    return people
