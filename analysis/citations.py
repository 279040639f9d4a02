"""Citations: who each sentence of an article credits, looking across sentences when it must.

A sentence's own words are read by ``attribute``; this stage follows what they point at: "the agency said"
and "he added" to the body or person cited before, a quotation over several sentences to whoever it is
tagged with, "the documents" to the body whose papers they are, "a tracking firm" to the firm named next;
and a heading or caption restating a credited figure takes that credit (``credit_restatements``).
Attributions are worked out only when a figure needs them, since most sentences hold none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from analysis.attribute import HEAD_KINDS, PERSONS_CLAIM, ROLE_POINTERS, Attribution, attribute, display_line
from analysis.bodies import canonical, country_of, kind_of, known
from analysis.names import INSTITUTION_HEADS, NAME_WORD, institution
from analysis.openings import opening_subject, opens_with_speaker, titled_person
from analysis.turns import announced_turns, interview_turns, people_named, speaker_turns


class Citations:
    """Attributions of an article's sentences, worked out only when a figure needs them.

    Most sentences hold no figure; reading who they credit would cost most of the run.  A
    pointer ("the report said", "he said") looks back a few sentences for the body cited; a
    quotation that runs over several sentences is credited to whoever it is tagged with.
    """

    LOOK_BACK = 4

    def __init__(self, sentences: list[tuple[int, str]], text: str):
        self.sentences = [s for _, s in sentences]
        self.offsets = [o for o, _ in sentences]
        self.text = text
        self.cache: dict[int, Attribution | None] = {}
        self.clause_cache: dict[tuple[int, int, int], Attribution | None] = {}
        self.people: Mapping[str, str] = _People(text)  # as a Mapping: compiled code calls its own get, which reads the text
        self.quotes: dict[int, tuple[bool, bool]] = {}
        self.turns: dict[int, Attribution] | None = None
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        self.credits: dict[int, Attribution | None] = {}
        self.openings: dict[int, Attribution | None] = {}

    def at(self, i: int) -> Attribution | None:
        """Who sentence ``i`` credits by its own words (a pointer in it resolved)."""
        if i not in self.cache:
            self.cache[i] = self._placed(i, attribute(self.sentences[i], _LazyPrevious(self, i), self.people))
        return self.cache[i]

    def _placed(self, i: int, found: Attribution | None) -> Attribution | None:
        """A credit of sentence ``i`` with its full name (``_full``) and its country (``_its``)."""
        found = self._full(found, i)
        return self._its(i, found) if found is not None and found.source[:4].lower() in ("its ", "thei") else found

    def _its(self, i: int, found: Attribution) -> Attribution | None:
        """ "its defence ministry": the ministry of the country last named before it, in its sentence or the two before.

        A body that cannot be placed is nobody's: "its defence ministry" is not a name to print.
        """
        sentence = self.sentences[i]
        at = sentence.lower().find(found.source.lower())
        texts = [sentence[:at if at >= 0 else len(sentence)]]
        texts += [self.sentences[j] for j in range(i - 1, max(-1, i - 3), -1) if self.same_paragraph(j + 1)]
        for text in texts:
            named = list(_COUNTRY_NAMED.finditer(text))
            if named:
                country = country_of(named[-1].group(0))
                source, kind, where = canonical(f"{country}'s {found.source.split(None, 1)[1]}")
                return Attribution(source, found.conduit, kind, where or country)
        return None

    def _full(self, found: Attribution | None, i: int) -> Attribution | None:
        """The full name for a body cited by its head noun alone ("the Team estimates")."""
        if found is not None and found.source in _SHORT_NAMES:
            return self.named(found.source, self.offsets[i]) or found
        return found

    def named(self, head: str, before: int) -> Attribution | None:
        """The body an article names in full before calling it by its head noun ("the Team" after "the
        Multilateral Sanctions Monitoring Team (MSMT)"), or None."""
        if head not in self.full_names:  # found once per article: (where, the name written out in full)
            self.full_names[head] = [(m.start(), m.group(0)) for m in _full_name_pattern(head).finditer(self.text)
                                     if m.group(0).split()[0] not in ("The", "This", "That") or len(m.group(0).split()) > 2]
        for at, name in reversed(self.full_names[head]):  # the latest full name: "the Team" is the last Team named
            if at >= before:
                continue
            if f"a {head.lower()} " in self.text[at:before].lower():
                return None  # "... Separately, a team from the Open Source Centre tracked ships. The team counted"
            found = _named_body(name)
            if found is not None:
                return found
        return None

    def credit(self, i: int) -> Attribution | None:
        """Who sentence ``i`` credits, or, inside a quotation, whoever the quotation is tagged with.

        '"The DPRK rotates its contingent every four to six months. The latest rotation involved
        4,000 persons," Budanov noted.': the first sentence is Budanov's too.
        """
        if i not in self.credits:
            self.credits[i] = self._credit(i)
        return self.credits[i]

    def _credit(self, i: int) -> Attribution | None:
        own = self.at(i)
        if own is not None:
            return own
        sentence = self.sentences[i]
        if not ('"' in sentence or "“" in sentence or "”" in sentence or "‘" in sentence or "’" in sentence
                or _STRAIGHT_SINGLE.search(sentence)):
            opened = self.text[self.text.rfind("\n", 0, self.offsets[i]) + 1:self.offsets[i]]
            if not ('"' in opened or "“" in opened or "‘" in opened or _STRAIGHT_SINGLE.search(opened)) or not self._quote(i)[0]:
                return None  # cheap: no quotation in this sentence, and none opened earlier in its paragraph
        label = _QUOTE_LABEL.match(sentence)  # anchored: fails at once on most sentences
        opens = sentence[label.end():] if label else sentence
        if i > 0 and not self._quote(i)[0] and opens[:1] in _OPENING_MARKS:  # a whole quotation, untagged:
            before = self.credit(i - 1)  # 'Hollis said the oil was paid for. "It is a direct payment."'
            if before is not None and (before.kind == "person" or _QUOTE_MARK.search(self.sentences[i - 1])):
                return before
        if self._quote(i)[0]:  # opened earlier: 'Budanov said: "... . <this sentence>'
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):
                if not self._quote(j)[0]:
                    found = self.credit(j)  # the quotation's first sentence: its own tag, or the one before it
                    if found is not None:
                        return found
                    break
        if self._quote(i)[1]:  # goes on after this sentence: the tag comes where it closes
            for k in range(i + 1, min(len(self.sentences), i + 1 + self.LOOK_BACK)):
                if not self._quote(k)[0]:
                    break  # a new paragraph
                if not self._quote(k)[1]:
                    return self.at(k)
        return None

    def _named_before(self, i: int, head: str, end: int, only: bool = False) -> Attribution | None:
        """The body of several words named last whose name ends in ``head``, in sentence ``i`` before ``end`` or up to
        eight times the look-back before it: "the railway's press service" means the "Far Eastern Railway". With
        ``only``, None when another body of that head was named in the same span: "the brigade" after two brigades
        could be either."""
        named = re.compile(rf"(?:(?:[A-Z]|\d+(?:st|nd|rd|th)\b)[\w’'-]*\s+)+(?:[a-z]+\s+)?(?i:{head})\b")
        found: Attribution | None = None
        for j in range(i, max(-1, i - 1 - self.LOOK_BACK * 8), -1):
            text = self.sentences[j][:end] if j == i else self.sentences[j]
            for name in reversed([m.group(0) for m in named.finditer(text)]):
                body = _named_body(name.removeprefix("The ").removeprefix("the "))
                if body is None:
                    continue
                if not only:
                    return body
                if found is not None and _unit_number(body.source) != _unit_number(found.source):
                    return None
                found = found or body
        return found

    def _titled_before(self, i: int, title: str) -> Attribution | None:
        """The person the article last named with ``title`` before their name, a few sentences back ("On October 5, Kursk
        Governor Gennady Orekhov thanked ..." for "According to the governor")."""
        title = _TITLE_ABBREVIATIONS.get(title, title)  # "the general" after "Gen. Wiesław Kukuła"
        mention = re.compile(rf"(?P<former>\b(?:[Ff]ormer|[Ee]x-)\s+)?\b(?i:{title})(?!\w)(?:\s+(?:of|for|to|in)\s+(?:the\s+)?"
                             rf"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?(?:,?\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}))?")
        for j in range(i, max(-1, i - 1 - self.LOOK_BACK * 2), -1):
            mentions = list(mention.finditer(self.sentences[j]))
            if j == i:  # "according to the mayor, Sergei Sobyanin": named on the spot
                named = [m for m in mentions if m.group("name") and not country_of(m.group("name"))
                         and self.sentences[j][m.end():m.end() + 1] in ("", ",", ".", ";")]
                if named:
                    return Attribution(named[-1].group("name"), "", "person", "")
                continue
            if mentions:  # the nearest holder of the title: named, or not ("A brigade commander spoke to the BBC")
                last = mentions[-1]
                return Attribution(last.group("name"), "", "person", "") if last.group("name") and not last.group("former") \
                    and not country_of(last.group("name")) else None
        return None

    def briefer(self, i: int) -> Attribution | None:
        """The body the article last said briefed lawmakers ("the NIS told lawmakers", "a closed-door briefing by the
        NIS"), for "..., lawmakers were told" or "according to the lawmakers"; a body that only spoke is not one."""
        for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * 2), -1):
            if _BRIEFED.search(self.sentences[j]):
                found = self.at(j)
                return found if found is not None and found.kind != "person" else None
        return None

    def opening(self, i: int) -> Attribution | None:
        """The body or person sentence ``i`` opens with (see ``openings.opening_subject``)."""
        if i not in self.openings:
            self.openings[i] = opening_subject(self.sentences[i], self.people)
        return self.openings[i]

    def spoken_after_colon(self, i: int) -> Attribution | None:
        """The speaker of a paragraph of its own that ends "said:", for the paragraphs printed under it without
        quotation marks (a release's quoted minister, a block quotation), until a paragraph credits someone itself.

        >>> text = "The Foreign Secretary said:\\nThey have fired 9 million shells.\\nThe MSMT counted 28,000 containers.\\nIt is 500."
        >>> from analysis.sentences import split_sentences
        >>> c = Citations(split_sentences(text), text)
        >>> c.spoken_after_colon(1).source, c.spoken_after_colon(3)
        ('Foreign Secretary', None)
        """
        paragraphs = 0
        for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * 2), -1):
            if not self.same_paragraph(j + 1):
                paragraphs += 1
                if paragraphs > 3:
                    return None
            if j < i - 1 and self.at(j + 1) is not None:
                return None  # a paragraph between credits its own speaker: the quotation ended before it
            sentence = self.sentences[j]
            if j + 1 < i and not self.same_paragraph(j + 1) and _HEADING_LINE.fullmatch(self.sentences[j + 1]):
                return None  # "Background": a heading ends what was said
            if sentence.endswith(":") and _SAID_COLON.search(sentence) and not self.same_paragraph(j + 1):
                if self.sentences[j + 1][:1] not in _OPENING_MARKS:
                    return self.at(j)
                quoted = self.sentences[i][:1] in _OPENING_MARKS or self._quote(i)[0]
                return self.at(j) if quoted else None  # a quotation in marks is the speaker's; what follows it is not
        return None

    def signed_below(self, i: int) -> Attribution | None:
        """The author of an embedded post whose signature line follows its paragraph ("— Kyiv Watch (@kyivwatch) May 19,
        2026", as pages print a post on X), for the sentences of that paragraph.

        >>> from analysis.sentences import split_sentences
        >>> text = "North Korea sent 250 missiles, our sources say.\\n— Kyiv Watch (@kyivwatch) May 19, 2026\\nMore."
        >>> Citations(split_sentences(text), text).signed_below(0).source
        'Kyiv Watch'
        """
        k = i + 1
        while k < len(self.sentences) and self.same_paragraph(k):
            k += 1
        signed = _SIGNATURE.fullmatch(self.sentences[k]) if k < len(self.sentences) else None
        if signed is None:
            return None
        source, kind, country = canonical(signed.group("name"))
        return Attribution(source, "", kind if kind != "other" else "person", country)

    def later_in_paragraph(self, i: int, figures: list[list]) -> Attribution | None:
        """The first credit after sentence ``i`` in its paragraph: a column of numbers names its source after
        the item ("48 — Voyages by the Sibirsky Bereg since March. The ship-tracking firm Kpler told us ...").
        A sentence with figures of its own credits those ("Ukraine's HUR puts the total at 6 million")."""
        for j in range(i + 1, min(len(self.sentences), i + 1 + self.LOOK_BACK)):
            if not self.same_paragraph(j) or figures[j]:
                break
            found = self.at(j)
            if found is not None:
                return found
        return None

    def named_next(self, i: int) -> Attribution | None:
        """The body an indefinite credit is named as in the sentence after it: "..., according to a maritime-tracking
        firm." then "Data from Harbourline Intelligence, a Hong Kong-based firm that tracks vessels, shows ..."."""
        described = _UNNAMED_CREDIT.search(self.sentences[i])
        if described is None or i + 1 >= len(self.sentences):
            return None
        head = described.group("head").lower()
        for m in _NAME_DESCRIBED.finditer(self.sentences[i + 1]):
            if m.group("head").lower() == head:
                return _named_body(m.group("name")) or Attribution(m.group("name"), "", kind_of(m.group("name")), "")
        return None

    def turn(self, i: int) -> Attribution | None:
        """The speaker whose turn sentence ``i`` is in, when the article is a transcript."""
        if self.turns is None:
            sentences = list(zip(self.offsets, self.sentences))
            self.turns = speaker_turns(sentences, self.text, self.people) or interview_turns(sentences, self.text) \
                or announced_turns(sentences, self.text, self.people)
        return self.turns.get(i)

    def same_paragraph(self, i: int) -> bool:
        """True when sentence ``i`` follows the previous one in the same paragraph."""
        return "\n" not in self.text[self.offsets[i - 1] + len(self.sentences[i - 1]):self.offsets[i]]

    def _quote(self, i: int) -> tuple[bool, bool]:
        """Whether sentence ``i`` starts and ends inside a quotation.

        A paragraph starts outside one, unless it opens with a quotation mark while the paragraph before
        ended inside one: a quotation over several paragraphs reopens each and closes only at its end.
        Worked out for the sentence's paragraph only, when first asked: most never are.
        """
        if i not in self.quotes:
            first = i
            while first > 0 and first - 1 not in self.quotes and self.same_paragraph(first):
                first -= 1
            if first > 0 and self.same_paragraph(first):
                inside = self.quotes[first - 1][1]
            else:
                inside = first > 0 and self.sentences[first][:1] in _OPENING_MARKS and self._quote(first - 1)[1]
            for j in range(first, i + 1):
                start = inside
                for m in _QUOTE_MARK.finditer(self.sentences[j]):
                    reopened = j == first and m.start() == 0 and inside  # '"' reopening the quotation of the paragraph before
                    inside = m.group(0) in "“‘" or reopened or (m.group(0) in "\"'" and not inside and (m.group(0) == '"' or m.start() == 0))
                self.quotes[j] = (start, inside)
        return self.quotes[i]

    def closes_at(self, i: int) -> int | None:
        """Where in sentence ``i`` a quotation open at its start (from a sentence before, or by its first mark) closes, if it
        does: what follows the close is the writer's again ("'...,' said the pilot, whose unit flies eight miles from the
        front")."""
        sentence = self.sentences[i]
        if not self._quote(i)[0] and sentence[:1] not in _OPENING_MARKS:
            return None
        start = 0 if self._quote(i)[0] else 1
        return next((m.start() for m in _QUOTE_MARK.finditer(sentence, start) if m.group(0) not in "“‘"
                     and not (m.group(0) == "'" and m.start() == 0)), None)

    def in_clause(self, i: int, start: int, end: int) -> Attribution | None:
        """Who one clause of sentence ``i`` credits, if it credits anyone itself."""
        key = (i, start, end)
        if key not in self.clause_cache:
            self.clause_cache[key] = self._placed(i, attribute(self.sentences[i][start:end], None, self.people))
        return self.clause_cache[key]

    def introduced(self, found: Attribution) -> bool:
        """Whether a person is one the article quotes or reads ("Fiona Hill argues", "X's new book"), not one it names."""
        return found.kind == "person" and self.people.get(found.source.split()[-1]) == found.source

    def before(self, i: int) -> Attribution | None:
        """The body cited most recently before sentence ``i`` that the pointer can mean.

        "the think tank" means the last think tank cited, "the ministry" the last body named a ministry
        (else the last of its kinds); "he", "it" and "the report" the last body of any kind.
        """
        sentence = self.sentences[i]
        owned = _OWNERS_SERVICE.search(sentence) if "’s " in sentence or "'s " in sentence else None
        if owned and not _KNOWN_HEAD.fullmatch(owned.group("head")):  # "the railway's press service": the body named
            # before whose name ends in "railway" ("the brigade's" is found as any brigade is, below)
            body = self._named_before(i, owned.group("head"), owned.start())
            if body is not None:  # as the article named it: "the Primorsky Krai labour inspectorate"
                return body
        papers = _PAPERS_POINTER.search(sentence) if any(w in sentence for w in _PAPERS_WORDS) else None
        if papers is not None and not _PAPERS_CITED.search(sentence, 0, papers.start()):
            papers = None  # only the papers cited as the source: not "The agency said it had reviewed the records"
        if papers is not None:  # "According to the documents", "The same documents record": the papers' owner
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * 8), -1):
                owner = _papers_owner(self.sentences[j])  # named as any papers: "the spreadsheets" ... "the documents"
                if owner is not None:
                    return owner
        head = _pointer_head(self.sentences[i])
        kinds: set[str] | None = _POINTER_KINDS.get(head, None)
        first: Attribution | None = None
        wanted = _mentioned_kind(self.sentences[i]) if not head else ""
        if wanted == "own":  # "The Pentagon's figure dates from January, when a spokesman said", "that it said had moved"
            found = self.opening(i)
            if found is not None and found.kind != "person":
                return found
        if wanted and i > 0 and self.at(i - 1) is None and self.same_paragraph(i):
            found = self.opening(i - 1)  # "Hanna Vogt expects that number to rise. '...,' she says."
            if found is None:
                pass
            elif wanted == "person" and (found.kind == "person" or opens_with_speaker(self.sentences[i - 1])):
                return found  # "The Russian Federation's representative rejected ... He said": Russia
            elif wanted != "person" and found.kind != "person" and institution(found.source):
                return found  # "The Federal Foreign Office has summoned ... A spokesperson said"; not "North Korea"
        if wanted == "person" and PERSONS_CLAIM.match(self.sentences[i]):  # "Her central claim is that ...": the
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):  # author or speaker the article introduced,
                for found in (self.at(j), self.opening(j)):  # not the last person to have "said" anything
                    if found is not None and self.introduced(found):
                        return found
            return None
        if wanted == "person":  # "Sarkisian follows the trains. ... she writes": the person written about, not cited
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):  # further back, while nobody is cited
                if self.at(j) is not None:
                    break
                found = self.opening(j)
                if found is not None and (self.introduced(found) or (j == i - 1 and titled_person(self.sentences[j]))):
                    return found  # one the article has quoted or read ("Fiona Hill argues"), not "Vladimir Putin has staked";
                    # or one named just before ("Ukraine's ambassador, Vasyl Myroniuk, welcomed it. '...,' he said")
        if head in _ROLES and f"first {head}" in self.sentences[i].lower():  # "according to the first source": the
            for j in range(i):  # first of them the article cited, not the last
                found = self.at(j)
                if found is not None and head in found.source.lower():
                    return found
        if head and head not in _PLAIN_HEADS:  # "the ministry": a body called a ministry first; "the sources": any
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * (8 if head in _ROLES else 1)), -1):  # way back
                found = self.at(j)
                if found and found.conduit and head in found.conduit.lower() and head not in found.source.lower():
                    return Attribution(found.conduit, "", "person", "")  # "a participant said HUR had ...": the participant
                if found and _called(head, found, self.sentences[j]):
                    return found  # "the ministry"; "The team" after "a team from the Open Source Centre tracked"
                opener = self.opening(j) if found is None and j >= i - 2 and head not in _ROLES else None
                if opener is not None and institution(opener.source) and _called(head, opener, self.sentences[j]):
                    return opener  # "South Korea's Foreign Ministry summoned the ambassador ... The ministry said": the one
                    # just named as the subject, not a ministry cited further back
                office = _minister_of(self.sentences[j], found) if head == "ministry" and found else None
                if office is not None:
                    return office  # "Defense Minister Koichi Tanabe said ... The ministry estimates": his ministry
            if head in _ROLES:  # "the officer said": only an officer credited as one, never the last body cited; or a
                return self._titled_before(i, head)  # governor named by title before ("Kursk Governor Gennady Orekhov")
        if head.capitalize() in _SHORT_NAMES:  # "findings by the Multilateral Sanctions Monitoring Team ... The team
            at = self.sentences[i].lower().find(f"the {head}")  # reported": named in full, though not cited;
            found = self.named(head.capitalize(), self.offsets[i] + max(at, 0))  # earlier in its own sentence too
            if found is not None:
                return found
        if kinds is not None:  # "the agency" after its spokesman's words: the last body of its kinds, further back
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * 3), -1):
                found = self.at(j)
                if found and found.kind in kinds:
                    return found
                opener = self.opening(j) if found is None or found.kind == "person" else None
                if opener is not None and opener.kind in kinds and institution(opener.source) and (
                        head in opener.source.lower() or opener.kind in HEAD_KINDS.get(head, ())):
                    return opener  # "South Korea's NIS told lawmakers ..., according to Seo Min-jun. The agency believes"
            for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):  # named in passing, never cited
                found = _mentioned(self.sentences[j], kinds)
                if found is not None:
                    return found  # "... based on a statement issued by Ukraine's military intelligence agency, HUR. The agency said"
            if head in _UNIT_HEADS:  # "Source: the press service of the 149th Separate Air Assault Brigade ... The brigade
                return self._named_before(i, head, 0, only=True)  # reported": the unit named before, cited or not, when no
                # other unit was named in between ("Ukraine's 79th Brigade striking Russia's 155th Brigade")
            return None
        paper = _PAPER_POINTER.search(self.sentences[i]) if not head and not wanted else None
        for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK * (2 if head == "official" or paper else 1)), -1):
            found = self.at(j)
            if paper is not None and found is not None and found.kind == "person" and _PERSONAL_NAME.fullmatch(found.source):
                first = first or found  # "Speaking at the report's presentation, the director said ... According to the
                continue  # report": the body whose report it is, cited before him, if one was
            if found is None and PERSONS_CLAIM.match(self.sentences[j]):
                return None  # "His last paper put ... It argued": the paper of a person not placed, not an older body
            if found and head == "official" and "official" not in found.source.lower():
                first = first or found  # "a second official": one of the officials cited before, if any were
            elif found and wanted == "person" and found.conduit and kind_of(found.conduit) == "person":
                return Attribution(found.conduit, "", "person", "")  # "X said the figures showed ... she added": her
            elif found and (kinds is None or found.kind in kinds):
                return found
        return first


_PAPER_POINTER: Final = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Ll]ast\s+year[’']s)\s+(?:[a-z-]+\s+){0,2}?(report|study|assessment|"
                                   r"survey|review|analysis|paper)\b")
"""A paper pointed back at ("the report", "last year's report"): a body's, even if a person presented it."""
_UNNAMED_CREDIT: Final = re.compile(rf"\baccording\s+to\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?(?P<head>{INSTITUTION_HEADS}|"
                                    rf"think[ -]tank)\.?$")
_NAME_DESCRIBED: Final = re.compile(rf"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'.-]*)+)(?:\s+\([A-Z]+\))?,\s+"
                                    rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?(?P<head>{INSTITUTION_HEADS}|think[ -]tank)\b")
"""A name with what it is: "Harbourline Intelligence, a Hong Kong-based firm"."""
_PAPERS_POINTER: Final = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:same\s+|leaked\s+|internal\s+)?(documents|files|papers|"
                                    r"spreadsheets|records)\b")
"""Papers pointed back at ("the documents", "the same documents"): the body whose papers the article said they are."""
_PAPERS_WORDS: Final = ("documents", "files", "papers", "spreadsheets", "records")
_PAPERS_CITED: Final = re.compile(r"(?:^|[Aa]ccording\s+to\s+)$")
"""Where papers pointed at are the source: opening the sentence, or after "according to"."""
_PAPERS_OF: Final = re.compile(r"(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)(?:\s+[a-z-]+){0,2}\s+(?:documents|files|papers|"
                               r"spreadsheets|records)\b|\b(?:documents|files|papers|spreadsheets|records)\s+(?:from|of)\s+"
                               r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}(?:of\s+(?:the|a|an)\s+)?"
                               r"(?P<holder>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)")


def _papers_owner(sentence: str) -> Attribution | None:
    """The body whose papers a sentence names: "internal Defence Ministry payment documents", "a set of spreadsheets
    from the finance department of a Defense Ministry military unit".

    >>> _papers_owner("Polynya has obtained spreadsheets from the finance department of a Defense Ministry unit.").source
    'Defense Ministry'
    >>> _papers_owner("The documents were passed to us by a source.") is None
    True
    """
    for m in _PAPERS_OF.finditer(sentence):
        found = _named_body(m.group("owner") or m.group("holder"))
        if found is not None and found.kind != "person":
            return found
    return None


_PERSONAL_NAME: Final = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")  # "Ivars Daugulis"; not "US officials"
_AGED_SPEAKER: Final = re.compile(r"\b(?:said|says|told|tells|added|adds)\s+the\s+\d{1,3}-year-old\b|\bThe\s+\d{1,3}-year-old"
                                  r"(?:\s+[a-z-]+){0,2}\s+(?:said|says|told|tells|added|adds)\b")
_SUBORDINATE_SPOKESMAN: Final = re.compile(r"\b(?:when|as|after|where|while)\s+an?\s+(?:[a-z-]+\s+)?spokes(?:man|woman|person)\b")
_HE_SHE: Final = re.compile(r"(?:^|\W)(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:said|says|added|adds|told|tells|noted|notes|wrote|writes|"
                            r"estimated|estimates|calculated|calculates|reckoned|reckons|argued|argues|believes|thinks|"
                            r"counted|counts|puts|claimed|claims|concluded|concludes|points\s+out|pointed\s+out)\b")
"""A person's pointer: "she writes", "he calculates", "Her central claim is"."""
_SPOKESPERSON: Final = re.compile(r"\b[Aa]n?\s+(?:[a-z-]+\s+)?spokes(?:man|woman|person)\b(?!\s+(?:for|of)\b)")
_IT_SAID: Final = re.compile(r"\b(?:that|which)\s+(?:it|they)\s+(?:said|says|claimed|claims|estimated|estimates|believes|believed)\b|"
                             r",\s+its\s+(?:press\s+(?:service|office)|spokes(?:man|woman|person))\s+said\b")


_IT_SAYS: Final = re.compile(r"(?:It|They)\s+(?:also\s+)?(?:said|says|estimated|estimates|reported|reports|found|finds|counted|"
                             r"counts|concluded|concludes)\b")


def _mentioned_kind(sentence: str) -> str:
    """What a pointer that may mean a body named without a credit asks for: 'person' for "he said", 'body' for
    "a spokesman said", 'own' for a pointer inside the sentence's own clause ("when a spokesman said", "that it
    said"), which means the body the sentence opens with; '' for any other pointer."""
    if (("he " in sentence or "He " in sentence) and _HE_SHE.search(sentence)) or PERSONS_CLAIM.match(sentence) or (
            "-year-old" in sentence and _AGED_SPEAKER.search(sentence)):
        return "person"
    if "spokes" in sentence and _SPOKESPERSON.search(sentence):
        return "own" if _SUBORDINATE_SPOKESMAN.search(sentence) else "body"
    if " it " in sentence or " they " in sentence or " its " in sentence:
        return "own" if _IT_SAID.search(sentence) else ""
    if sentence.startswith(("It ", "They ")) and _IT_SAYS.match(sentence):
        return "body"  # "The MSMT publishes its third report. It says Russia delivered 1.1 million barrels"
    return ""


_SHORT_NAMES: Final = {"Team", "Panel", "Committee", "Council", "Commission", "Centre", "Center", "Institute", "Bureau",
                       "Directorate", "Mission", "Monitor", "Observatory", "Headquarters", "Administration"}


@lru_cache(maxsize=64)
def _full_name_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|the|and)\s+)*){{1,6}}{head}\b")


def _mentioned(sentence: str, kinds: set[str]) -> Attribution | None:
    """The last listed body of one of ``kinds`` that a sentence names, cited or not.

    >>> _mentioned("It was based on a statement by Ukraine's military intelligence agency, HUR.", {"intelligence"}).source
    'Defence Intelligence of Ukraine (HUR)'
    """
    for m in reversed(list(_NAME_OR_ACRONYM.finditer(sentence))):
        if known(m.group(0)) and _IN_PASSING.search(sentence, max(0, m.start() - 40), m.start()):
            source, kind, country = canonical(m.group(0))
            if kind in kinds:
                return Attribution(source, "", kind, country)
    return None


_IN_PASSING: Final = re.compile(rf"(?:\b(?:by|from)\s+(?:the\s+)?|\b(?:{INSTITUTION_HEADS}),\s+)$")
"""How a body is named in passing: as the agent ("issued by HUR") or after its description ("intelligence agency, HUR")."""
_NAME_OR_ACRONYM: Final = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*)*")


_COUNTRY_NAMED: Final = re.compile(r"\b(?:North\s+Korea|South\s+Korea|United\s+States|Ukraine|Kyiv|Russia|Moscow|Kremlin|"
                                   r"Pyongyang|Seoul|Japan|Tokyo|China|Beijing|Washington|Britain|UK|London|Poland|Warsaw|"
                                   r"Germany|Berlin|France|Paris)\b")
"""A country or its capital named in a sentence, which bodies.country_of places: "Moscow ... its defence ministry"."""
TOLD_LAWMAKERS: Final = re.compile(r"\b(?:[Ll]awmakers\s+(?:were\s+told|said|say)|according\s+to\s+(?:the\s+)?lawmakers)\b")
_BRIEFED: Final = re.compile(r"\bbrief(?:ed|ing)\b|\btold\s+(?:a\s+)?(?:[a-z-]+\s+)?(?:lawmakers|legislators|parliament|MPs)\b")
_MINISTER: Final = re.compile(r"\b(?P<dept>(?:[A-Z][a-z]+\s+){1,2})Minister\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


def _minister_of(sentence: str, person: Attribution) -> Attribution | None:
    """The ministry of a minister credited in the sentence, by the title the sentence gives him.

    >>> _minister_of("Defense Minister Koichi Tanabe said so.", Attribution("Koichi Tanabe", "", "person", "")).source
    'Defense Ministry'
    """
    if person.kind != "person":
        return None
    for m in _MINISTER.finditer(sentence):
        dept = m.group("dept").split()
        if m.group("name").endswith(person.source.split()[-1]) and dept[0] not in ("Prime", "Deputy", "Vice", "First"):
            source, kind, country = canonical(" ".join(dept[-1:]) + " Ministry")
            return Attribution(source, "", kind, country or person.country)
    return None


def _named_body(name: str) -> Attribution | None:
    """The body a full name means, when it is a name of several words ("Multilateral Sanctions Monitoring Team")."""
    source, kind, country = canonical(name)
    return Attribution(source, "", kind, country) if " " in source else None


def _called(head: str, found: Attribution, sentence: str) -> bool:
    """Whether the body a sentence credits is the one a pointer's head noun means.

    >>> nis = Attribution("National Intelligence Service", "", "intelligence", "South Korea")
    >>> _called("source", nis, "It sent 2.8 million shells, three sources familiar with the assessments told Redfern.")
    True
    >>> gov = Attribution("Sergei Malykhin", "", "person", "")
    >>> _called("governor", gov, "Primorye Governor Sergei Malykhin said."), _called("minister", gov, "Malykhin said.")
    (True, False)
    >>> _called("agency", Attribution("Rosaviatsiya", "", "person", ""), "..., according to Rosaviatsiya, Russia's air agency.")
    True
    """
    low = sentence.lower()
    return bool(
        head in found.source.lower() or f"a {head} " in low or f"{head}s at " in low or f"{head}s from " in low
        or (f" {head} " in low and re.search(rf"\ban?\s+[\w-]+(?:\s+[\w-]+)?\s+{head}\b", low))  # "The firm's analysis"
        # after "X, a Virginia-based firm"; "the researchers found" after "by researchers at the X Center"
        or (f"{head}s " in low and re.search(rf"\b(?:{_FEW})\s+(?:[\w-]+\s+)?{head}s\b", low))  # "three sources ..."
        or (head in _ROLES and f"the {head}s " in low)  # "the sources said", itself resolved
        or (head in _TITLES and found.kind == "person" and re.search(rf"(?i:{head}),?\s+[A-Z]", sentence))  # "Governor X"
        or (f" {head}" in low and f"{found.source}, " in sentence and re.search(  # "Rosaviatsiya, Russia's air transport
            rf"{re.escape(found.source)},\s+(?:[A-Z][\w-]*\s+){{0,3}}?[A-Z][\w-]*[’']s\s+(?:[\w-]+\s+){{0,2}}{head}\b", sentence)))
        # agency": named with what it is

_TITLES: Final = frozenset(("minister", "governor", "mayor", "ambassador", "envoy", "director", "commander", "officer"))
"""Roles that are titles before a name: "the governor noted" means "Governor Sergei Malykhin", cited before."""
_FEW: Final = "two|three|four|five|six|several|multiple|\\d{1,2}"
"""Counts before a plural role that a pointer may mean: "three sources familiar with ..." for "the sources said"."""
_PLAIN_HEADS: Final = {"official", "firm", "company", "group", "monitor"}  # "the firm": the last body cited, whatever its name

_QUOTE_MARK: Final = re.compile(r'[“”"]|‘(?!\d)|(?<=[.,!?…—-])’|’(?=[.,;:!?)]|$)|^\'(?=[A-Z0-9])|(?<=[.,!?…—-])\'(?=\s|$)')
"""Quotation marks, single ones too ('‘We estimate 3,000,’ he said'); ’ closes only next to punctuation or at the end,
since it is also the apostrophe of "Pyongyang’s" and "soldiers’ families". A straight ' (British papers' plain text)
opens a quotation only at a sentence's start and closes one only after punctuation: elsewhere it is an apostrophe."""
_STRAIGHT_SINGLE: Final = re.compile(r"^'|[.,!?]'(?=\s|$)")
_OPENING_MARKS: Final = "“‘\"'"
_POINTER_KINDS: Final = {"think tank": {"think tank"}, "think-tank": {"think tank"}, "institute": {"think tank"},
                         "agency": {"intelligence", "government", "military", "media"}, "ministry": {"government", "military"},
                         "service": {"intelligence", "government"}, "outlet": {"media"}, "newspaper": {"media"},
                         "broadcaster": {"media"}, "administration": {"government"}, "council": {"government"},
                         "command": {"military"}, "brigade": {"military"}, "regiment": {"military"}, "battalion": {"military"},
                         "alliance": {"international body"}, "bloc": {"international body"}, "ngo": {"NGO"},
                         "watchdog": {"NGO"}, "charity": {"NGO"}, "air force": {"military"}}


_KNOWN_HEAD: Final = re.compile(INSTITUTION_HEADS, re.IGNORECASE)
_QUOTE_LABEL: Final = re.compile(r"(?:Quote|Quotation|Direct speech):\s*")
"""A label some outlets put before a quotation of the speaker just cited ("Quote: \"The North Koreans have learned a lot.")."""
_UNIT_NUMBER: Final = re.compile(r"\d+(?:st|nd|rd|th)\b")


def _unit_number(name: str) -> str:
    """A unit's number, which its short and full names share ("149th Brigade", "149th Separate Air Assault Brigade")."""
    m = _UNIT_NUMBER.search(name)
    return m.group(0) if m else name.lower()


_SIGNATURE: Final = re.compile(r"[—–-]\s*(?P<name>(?!(?:Follow|Reporting|Written|Contact|Photo|Edited|Read|By)\b)[\w@][\w.&’'-]*"
                               r"(?:\s+[\w.&’'-]+){0,5}?)(?:\s+/[^(@]{1,40}?|\s+[^\w\s(@]{1,4})?\s*\(@\w{1,30}\)"
                               r"(?:\s*(?:[·•|]|pic\.|https?:|\d|[A-Z][a-z]{2,8}\.?\s+\d).*)?")
"""The line under an embedded post on X, all of it: "— Kyiv Watch (@kyivwatch) May 19, 2026", "— Coordination HQ for POWs
(@UA_POW_HQ) · 8:41 PM · Nov 21, 2026"; not a byline or a bio ("— Daniel Pinkston (@dpinkston) is a lecturer",
"- Reporting by Kim Soo-ah (@kimsooah)")."""
_HEADING_LINE: Final = re.compile(r"[A-Z][\w’' -]{0,50}")
"""A short line without a full stop: a heading, which ends a run of quoted paragraphs."""
_SAID_COLON: Final = re.compile(r"\b(?:said|says|added|adds|stated|states|told\s+[\w\s’'-]{1,40}?|wrote|writes):$")
"""A paragraph that only introduces what a speaker said: "The Foreign Secretary said:"."""
_NAME_WORD: Final = rf"{NAME_WORD}(?:-[^\W\d_]+)*"
"""A word of a personal name, double-barrelled too: "Kukuła", "McKenzie", "Abernethy-Lowe", "Jong-un"."""
_TITLE_ABBREVIATIONS: Final = {"general": r"general|gen\.", "admiral": r"admiral|adm\.", "colonel": r"colonel|col\.",
                                "senator": r"senator|sen\.", "governor": r"governor|gov\."}
"""A title as a pointer's head and as written before a name."""
_UNIT_HEADS: Final = frozenset(("brigade", "regiment", "battalion"))
"""Units an article names once in full and then calls by their head noun alone."""
_OWNERS_SERVICE: Final = re.compile(r"\b[Tt]he\s+(?P<head>[a-z-]+)[’']s\s+(?:press\s+)?(?:service|office)\b")
"""A press service named by its owner's common noun: "the railway's press service", "the inspectorate's press service"."""
_IN_ASIDE: Final = re.compile(r",\s+wh\w+\s+[^,]*$")
_SPOKE: Final = re.compile(r"\s+(?:also\s+|later\s+)?(?:said|says|reported|reports|estimated|estimates|told|added|wrote|"
                           r"claimed|announced|stated)\b")


def _pointer_head(sentence: str) -> str:
    """The head noun of a pointer in the sentence ("the think tank estimated" -> "think tank"), or ''.

    A pointer governed by a preposition is where or to whom something was said, not who said it:
    "In written testimony submitted to the committee, he said" points at him, not at the committee.

    >>> _pointer_head("The think tank estimated 300."), _pointer_head("In testimony to the committee, he said 80%.")
    ('think tank', '')
    >>> _pointer_head("According to the ministry, 300 died."), _pointer_head("In a letter to the panel, the ministry said")
    ('ministry', 'ministry')
    >>> _pointer_head("He said North Korean units had attacked the brigade's positions 41 times.")
    ''
    >>> _pointer_head("The air force shot down 30 drones, the ministry said.")
    'ministry'
    >>> _pointer_head("Rep. Yeo, the committee's secretary, told reporters that the spy agency puts casualties at 7,500.")
    'agency'
    """
    spoke = next((h for h in _POINTER_HEAD.finditer(sentence) if _SPOKE.match(sentence, h.end())
                  and not _IN_ASIDE.search(sentence, 0, h.start())), None)
    if spoke is not None and not spoke.group(0).lower().endswith(("press service", "press office")):
        return spoke.group(1).lower()  # "The air force shot down 30 drones, the ministry said": the one that speaks;
        # not "The document, which the newspaper says was presented ..., estimates": an aside's pointer does not speak
    m = _POINTER_HEAD.search(sentence)
    while m is not None and ((_GOVERNED.search(sentence, 0, m.start()) and
                              sentence[max(0, m.start() - 13):m.start()].lower() != "according to ")
                             or (sentence[max(0, m.start() - 2):m.start()] == ", " and sentence.startswith(("’s", "'s"), m.end()))):
        # "to the committee" is an object; "Rep. Yeo, the committee's secretary, told": an apposition that places the person
        m = _POINTER_HEAD.search(sentence, m.end())
    aside = sentence.rfind(", wh", 0, m.start()) if m is not None else -1
    if m is not None and aside >= 0 and "," not in sentence[aside + 1:m.start()]:
        # "The document, which the newspaper says was presented ..., estimates": the aside's pointer does not speak
        after = sentence.find(",", m.end())
        m = _POINTER_HEAD.search(sentence, after) if after > 0 else None
    if m is None or m.group(0).lower().endswith(("press service", "press office")):
        return ""  # "the press service said": whoever's press service was cited last, whatever its name
    speaker = _HE_SHE.search(sentence, 0, m.start()) if "he " in sentence[:m.start()].lower() else None
    if speaker is not None and (sentence.startswith(("’s", "'s"), m.end())
                                or _VERB_BEFORE.search(sentence, speaker.end(), m.start())):
        return ""  # "He said North Korean units had attacked the brigade's positions": he; the brigade is what they attacked
    return m.group(1).lower()


_VERB_BEFORE: Final = re.compile(r"\s[a-z]{3,}ed\s+$")  # "attacked the brigade" after "he said": an object, not who speaks
_GOVERNED: Final = re.compile(r"\b(?:to|with|from|for|before|about|against|into|at|on)\s+$")
"""A preposition just before a pointer: the pointer is an object ("to the committee"), not a speaker."""
_ROLES: Final = frozenset(ROLE_POINTERS.split("|"))
_POINTER_HEAD: Final = re.compile(r"\b(?:[Tt]he|[Aa]|[Aa]nother)\s+(?:(?:[a-z-]+|[A-Z][\w.]*-[a-z]+)\s+)?"
                                  rf"({INSTITUTION_HEADS}|official|team|panel|{ROLE_POINTERS})s?\b")


class _People(dict):
    """The article's people by surname, read from the text only when a bare surname is cited."""

    def __init__(self, text: str):
        super().__init__()
        self.text, self.read = text, False

    def get(self, key, default=None):  # type: ignore[override]
        if not self.read:
            self.update(people_named(self.text))
            self.read = True
        return super().get(key, default)


class _LazyPrevious:
    """Stands for 'the body cited just before' and is only looked up if a pointer asks for it."""

    def __init__(self, citations: Citations, i: int):
        self.citations, self.i = citations, i

    def resolve(self) -> Attribution | None:
        return self.citations.before(self.i)

    def person(self) -> Attribution | None:
        """The person credited last, a few sentences back at most: whom "By his own reckoning" means."""
        for j in range(self.i - 1, max(-1, self.i - 1 - self.citations.LOOK_BACK), -1):
            found = self.citations.at(j)
            if found is not None and found.kind == "person":
                return found
        return None


_CREDIT_FIELDS: Final = ("source", "conduit", "source_kind", "source_country")


def credit_restatements(rows: list[dict]) -> list[dict]:
    """Rows of one article where a display line restating a credited figure carries that credit.

    The schema reads a heading, bullet or caption that restates a body figure as the same
    claim again; the body sentence says who made it, the display line seldom does. A display
    line is one without a closing full stop, or a list item. The credit is taken only when
    one body alone is credited for that value, unit and metric in the article.

    >>> rows = [{"value": 3000.0, "unit": "persons", "metric": "troops", "source": "", "conduit": "", "source_kind": "",
    ...          "source_country": "", "sentence": "Seoul spy agency sees 3,000 fresh North Korean troops"},
    ...         {"value": 3000.0, "unit": "persons", "metric": "troops", "source": "National Intelligence Service",
    ...          "conduit": "", "source_kind": "intelligence", "source_country": "South Korea",
    ...          "sentence": "About 3,000 more troops arrived in October, the NIS said."}]
    >>> [r["source"] for r in credit_restatements(rows)]
    ['National Intelligence Service', 'National Intelligence Service']
    >>> credit_restatements([{**rows[0], "sentence": "About 3,000 more troops arrived in October."}, rows[1]])[0]["source"]
    ''
    """
    credits: dict[tuple, dict[str, dict]] = {}
    for r in rows:
        if r["source"]:
            credits.setdefault((r["value"], r["unit"], r["metric"]), {}).setdefault(r["source"], r)
    if not credits:
        return rows
    out = []
    for r in rows:
        found = credits.get((r["value"], r["unit"], r["metric"])) if not r["source"] else None
        if found is not None and len(found) == 1 and display_line(r["sentence"]):
            donor = next(iter(found.values()))
            r = {**r, **{k: donor[k] for k in _CREDIT_FIELDS}}
        out.append(r)
    return out
