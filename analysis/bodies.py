"""Who is cited: canonical names of bodies and people, their aliases, kind and country.

``attribute`` finds the phrase an article credits ("South Korea's spy agency"); this module
says which body that is ("National Intelligence Service", intelligence, South Korea).
Names not listed here keep their own wording; their kind and country are read from the
words they contain.  Add a body by adding one line to ``BODIES``.
"""

from __future__ import annotations

import re
from typing import Final
from functools import lru_cache

# canonical name, kind, country, aliases (lower-case, as written in news)
BODIES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("UK Ministry of Defence", "government", "UK", (
        "uk ministry of defence", "british ministry of defence", "britain's ministry of defence", "uk defence ministry",
        "british defence ministry", "uk's ministry of defence", "uk mod", "british mod", "ministry of defence in london",
        "britain's defence ministry", "britain's defense ministry", "british defense ministry", "uk defense ministry")),
    ("UK Defence Intelligence", "intelligence", "UK", (  # the ministry's intelligence arm, which publishes its own assessments
        "defence intelligence", "uk defence intelligence", "british military intelligence", "uk military intelligence",
        "britain's military intelligence", "british defence intelligence", "britain's defence intelligence")),
    ("General Directorate for External Security (DGSE)", "intelligence", "France", (
        "dgse", "general directorate for external security", "france's foreign intelligence service", "french foreign intelligence",
        "french foreign intelligence service")),
    # generic names that other countries' bodies share ("Ukraine's Defense Intelligence Agency") only with the country
    ("Directorate of Military Intelligence (DRM)", "intelligence", "France", (
        "drm", "france's directorate of military intelligence", "french military intelligence", "france's military intelligence")),
    ("Central Intelligence Agency (CIA)", "intelligence", "US", ("cia", "central intelligence agency")),
    ("Defense Intelligence Agency (DIA)", "intelligence", "US", (
        "dia", "us defense intelligence agency", "u.s. defense intelligence agency", "pentagon's defense intelligence agency")),
    ("Federal Intelligence Service (BND)", "intelligence", "Germany", (
        "bnd", "germany's federal intelligence service", "german federal intelligence service", "german foreign intelligence",
        "germany's foreign intelligence service")),
    ("Secret Intelligence Service (MI6)", "intelligence", "UK", ("mi6", "britain's mi6", "britain's secret intelligence service",
                                                                 "british secret intelligence service")),
    ("National Intelligence Service", "intelligence", "South Korea", (
        "national intelligence service", "nis", "south korea's spy agency", "seoul's spy agency", "south korean spy agency",
        "south korea's intelligence agency", "seoul's intelligence agency", "south korean intelligence agency",
        "south korea's intelligence service", "south korean intelligence", "south korean intelligence services",
        "seoul's national intelligence service", "south korea's national intelligence service")),
    ("Joint Chiefs of Staff (South Korea)", "military", "South Korea", ("joint chiefs of staff", "jcs", "south korea's military", "south korean military")),
    ("South Korean Ministry of National Defense", "government", "South Korea", (
        "south korea's defence ministry", "south korea's defense ministry", "south korean defence ministry",
        "south korean defense ministry", "seoul's defence ministry", "seoul's defense ministry", "ministry of national defense")),
    ("Open Source Centre", "NGO", "UK", ("open source centre", "open source center", "osc")),
    ("Volodymyr Zelensky", "person", "Ukraine", ("zelensky", "zelenskyy", "zelenskiy", "volodymyr zelensky", "volodymyr zelenskyy")),
    ("Vladimir Putin", "person", "Russia", ("putin", "vladimir putin")),
    ("Kim Jong Un", "person", "North Korea", ("kim jong un", "kim jong-un")),
    ("Donald Trump", "person", "US", ("trump", "donald trump")),
    ("Pentagon", "government", "US", ("pentagon", "us department of defense", "department of defense", "us defense department", "dod")),
    ("US State Department", "government", "US", ("state department", "us state department")),
    ("White House", "government", "US", ("white house",)),
    ("US intelligence", "intelligence", "US", ("us intelligence", "american intelligence", "u.s. intelligence")),
    ("Defence Intelligence of Ukraine (HUR)", "intelligence", "Ukraine", (
        "hur", "gur", "ukraine's military intelligence", "ukrainian military intelligence", "defence intelligence of ukraine",
        "defense intelligence of ukraine", "main intelligence directorate", "ukraine's defence intelligence", "ukraine's defense intelligence")),
    ("General Staff of the Armed Forces of Ukraine", "military", "Ukraine", ("ukraine's general staff", "ukrainian general staff", "general staff of ukraine")),
    ("Russian Ministry of Defence", "government", "Russia", ("russian ministry of defence", "russian defence ministry", "russian defense ministry", "russia's defence ministry", "russia's defense ministry")),
    ("Kremlin", "government", "Russia", ("kremlin", "russian government", "russian presidency")),
    ("KCNA", "media", "North Korea", ("kcna", "korean central news agency")),
    ("Yonhap", "media", "South Korea", ("yonhap", "yonhap news agency")),
    ("NATO", "international body", "", ("nato", "north atlantic treaty organization")),
    ("UN Security Council", "international body", "", ("un security council", "u.n. security council",
                                                        "united nations security council", "unsc")),
    ("United Nations", "international body", "", ("united nations", "un", "u.n.", "un panel of experts")),
    ("Multilateral Sanctions Monitoring Team", "international body", "", ("multilateral sanctions monitoring team", "msmt")),
    ("Institute for the Study of War", "think tank", "US", ("institute for the study of war", "isw")),
    ("Center for Strategic and International Studies", "think tank", "US", ("center for strategic and international studies", "csis")),
    ("Royal United Services Institute", "think tank", "UK", ("royal united services institute", "rusi")),
    ("38 North", "think tank", "US", ("38 north",)),
    ("Korea Institute for National Unification", "think tank", "South Korea", ("korea institute for national unification", "kinu")),
    ("Korea Institute for Defense Analyses", "think tank", "South Korea", ("korea institute for defense analyses", "kida")),
    ("Security Service of Ukraine (SBU)", "intelligence", "Ukraine", (
        "sbu", "security service of ukraine", "ukraine's security service", "ukrainian security service", "ukraine's sbu")),
    ("Federal Security Service (FSB)", "intelligence", "Russia", (
        "fsb", "federal security service", "russia's federal security service", "russian federal security service", "russia's fsb")),
    ("Coordination Headquarters for the Treatment of Prisoners of War", "government", "Ukraine", (
        "coordination headquarters for the treatment of prisoners of war", "coordination headquarters for the treatment of pows",
        "ukraine's coordination headquarters for the treatment of prisoners of war", "coordination headquarters",
        "ukraine's coordination headquarters")),
    ("Ukrainian Air Force", "military", "Ukraine", (
        "ukrainian air force", "ukraine's air force", "air force of the armed forces of ukraine", "air force of ukraine")),
    ("Unification Ministry", "government", "South Korea", (
        "unification ministry", "ministry of unification", "south korea's unification ministry", "seoul's unification ministry",
        "south korean unification ministry", "south korea's ministry of unification")),
    ("Bank of Korea", "government", "South Korea", ("bank of korea", "bok", "south korea's central bank")),
    ("US Treasury Department", "government", "US", (
        "treasury department", "us treasury", "u.s. treasury", "us treasury department", "u.s. treasury department",
        "department of the treasury", "us department of the treasury", "u.s. department of the treasury")),
    ("Office of Foreign Assets Control (OFAC)", "government", "US", ("ofac", "office of foreign assets control")),
    ("European Union", "international body", "", ("european union", "eu")),
    ("Russian Interior Ministry", "government", "Russia", (
        "russian interior ministry", "russia's interior ministry", "russian ministry of internal affairs",
        "russia's ministry of internal affairs")),
    ("Russian Railways", "other", "Russia", ("russian railways", "rzd")),
    ("Department of Foreign Affairs and Trade", "government", "Australia", (
        "department of foreign affairs and trade", "dfat", "australia's department of foreign affairs and trade")),
    ("Foreign, Commonwealth and Development Office", "government", "UK", (  # its commas cut a cited phrase short
        "foreign, commonwealth and development office", "commonwealth and development office", "fcdo",
        "foreign, commonwealth & development office", "commonwealth & development office",
        "uk foreign office", "british foreign office")),
    ("Rosstat", "government", "Russia", ("rosstat", "federal state statistics service", "russia's federal state statistics service",
                                         "russian statistics service", "russia's statistics service")),
    ("Federal Customs Service", "government", "Russia", (
        "federal customs service", "russia's federal customs service", "russian federal customs service")),
    ("General Administration of Customs", "government", "China", (
        "general administration of customs", "china's general administration of customs", "chinese customs", "china's customs")),
    ("Ministry of External Affairs", "government", "India", (
        "ministry of external affairs", "mea", "india's ministry of external affairs", "india's external affairs ministry")),
    ("Russian Foreign Ministry", "government", "Russia", (
        "russian foreign ministry", "russia's foreign ministry", "russian ministry of foreign affairs", "russia's ministry of foreign affairs")),
    ("Chinese Foreign Ministry", "government", "China", (
        "chinese foreign ministry", "china's foreign ministry", "chinese ministry of foreign affairs", "china's ministry of foreign affairs")),
    ("South Korean Foreign Ministry", "government", "South Korea", (
        "south korean foreign ministry", "south korea's foreign ministry", "seoul's foreign ministry")),
    ("Prosecutor General's Office of Ukraine", "government", "Ukraine", (
        "ukraine's prosecutor general's office", "prosecutor general's office of ukraine", "ukrainian prosecutor general's office")),
    ("International Institute for Strategic Studies", "think tank", "UK", ("international institute for strategic studies", "iiss")),
    ("International Committee of the Red Cross", "NGO", "", ("international committee of the red cross", "icrc")),
    ("Kyiv School of Economics", "think tank", "Ukraine", ("kyiv school of economics", "kse")),
    ("Stimson Center", "think tank", "US", ("stimson center", "henry l. stimson center")),
    ("James Martin Center for Nonproliferation Studies", "think tank", "US", (
        "james martin center for nonproliferation studies", "james martin center")),
    ("United States", "government", "US", ("united states", "us", "u.s.", "u.s", "washington", "us government")),
    ("South Korea", "government", "South Korea", ("south korea", "seoul", "south korean government")),
    ("Ukraine", "government", "Ukraine", ("ukraine", "kyiv", "ukrainian government")),
]

_ALIASES: dict[str, tuple[str, str, str]] = {
    alias: (name, kind, country) for name, kind, country, aliases in BODIES for alias in aliases + (name.lower(),)
}

COUNTRIES_AS_BODIES: Final = {"United States", "South Korea", "Ukraine"}
"""Named only when the whole phrase is the country: "Ukraine's air force" is not "Ukraine"."""
_BY_LENGTH: Final = sorted((a for a, (name, _, _) in _ALIASES.items() if len(a) > 3 and name not in COUNTRIES_AS_BODIES),
                           key=len, reverse=True)

# country from the words of a name: "South Korean think tank" -> South Korea
COUNTRY_WORDS: list[tuple[str, str]] = [
    (r"\bnorth kore|pyongyang|\bdprk\b|democratic people", "North Korea"),
    (r"\bsouth kore|\bseoul|republic of korea|\brok\b", "South Korea"),
    (r"\bu\.?s\.?\b|\bunited states|\bamerica|\bwashington|\bpentagon", "US"),
    (r"\bu\.?k\.?\b|\bbrit|\blondon|united kingdom", "UK"),
    (r"\bukrain|\bkyiv", "Ukraine"), (r"\brussia|\bmoscow|\bkremlin", "Russia"), (r"\bjapan|\btokyo", "Japan"),
    (r"\bchin(?:a|ese)|\bbeijing", "China"), (r"\bfinn|\bfinland", "Finland"), (r"\bestonia", "Estonia"),
    (r"\bfrance|\bfrench|\bparis", "France"), (r"\bgerman|\bberlin", "Germany"), (r"\bpol(?:and|ish)\b|\bwarsaw", "Poland"),
    (r"\blithuania", "Lithuania"), (r"\blatvia", "Latvia"),
]
COUNTRY_NAMES: Final = set("""united kingdom|uk|britain|great britain|united states|us|japan|france|germany|china|russia|
    russian federation|republic of korea|south korea|north korea|dprk|democratic people's republic of korea|ukraine|
    poland|lithuania|latvia|estonia|finland|sweden|norway|denmark|netherlands|belgium|italy|spain|czech republic|
    czechia|slovakia|hungary|romania|bulgaria|turkey|iran|israel|canada|australia|new zealand|india|pakistan|
    mongolia|vietnam|singapore|philippines|indonesia|brazil|mexico|switzerland|austria|ireland|portugal|greece|belarus|
    kazakhstan|georgia|moldova|syria|nepal|cuba""".replace("\n", "").replace("    ", "").split("|"))
"""A name that is a whole country speaks for its government ("the representative of Japan said")."""
CAPITALS: Final = frozenset(("tokyo", "moscow", "brussels", "beijing", "pyongyang", "kyiv", "kiev", "seoul", "washington",
                             "london", "paris", "berlin", "warsaw", "ottawa", "canberra", "new delhi", "tehran", "minsk",
                             "vilnius", "riga", "tallinn", "helsinki", "stockholm", "oslo", "rome", "madrid", "ankara"))
KIND_WORDS: list[tuple[str, str]] = [
    (r"(?:regional|city|municipal|district|provincial|oblast|county|town|village)\s+(?:council|government)", "government"),
    (r"\bcommittee$|\s(?:region|krai|oblast|province|prefecture)$", "government"),  # "the National Assembly's Intelligence
    # Committee": lawmakers, not spies; "the Amur Region promised": a region's government
    (r"intelligence|spy|\bnis\b|directorate", "intelligence"),
    (r"think[ -]?tank|institute|centre|center|studies|foundation|council|\brand\b|research|university|academy", "think tank"),
    (r"\bngo\b|non-?profit|watch\b|amnesty|red cross|charity", "NGO"),
    (r"army|military|armed forces|general staff|command\b|navy|air force|forces\b|defence attach|defense attach|"
     r"coast guard|border guard|brigade|battalion|regiment|\bcorps\b|commissariat", "military"),
    (r"ministry|department|government|office|president|minister|secretary|officials?\b|prosecutors?\b|embassy|parliament|lawmakers?|"
     r"treasury|\bofac\b|\bmod\b|\bmofa\b|\bmnd\b|\bmfa\b|"
     r"central bank|bank of|headquarters", "government"),
    (r"news|times|\bpost\b|journal|agency|broadcaster|television|\btv\b|radio|newspaper|media|reuters|bbc|cnn|afp|associated press|"
     r"bloomberg|jazeera|yonhap|xinhua|\btass\b|interfax|kyodo|nhk|\bdpa\b|guardian|economist|politico|axios|daily\b|"
     r"pravda|gazette|herald|tribune|chronicle|courier|telegraph|izvestia|kommersant|vedomosti|novosti|ilbo\b|"
     r"shimbun|hankyoreh|asahi|yomiuri|nikkei|mainichi|investigations\b", "media"),
    (r"united nations|\bun\b|nato|panel|commission|european union|\beu\b|iaea", "international body"),
    (r"\bservice\b", "government"),  # "European External Action Service", "State Emergency Service" (outlets' services above)
]


_COMPANY: Final = re.compile(r"analytics|maritime|consult|partners|\bltd\b|\binc\b|\bllc\b|\bgmbh\b|capital|associates|"
                             r"\blabs?\b|solutions|technologies|logistics|shipping|trading|holdings|\bgroup\b")
_KIND_PATTERNS: Final = [(re.compile(p), kind) for p, kind in KIND_WORDS]
_COUNTRY_PATTERNS: Final = [(re.compile(p), country) for p, country in COUNTRY_WORDS]


def _key(name: str) -> str:
    name = name.replace("’", "'").replace("‘", "'")
    name = re.sub(r"^(?:the|a|an|one)\s+", "", name.strip(" ,;:\"“”'"), flags=re.IGNORECASE)
    if "." in name:
        name = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), name)  # "N.I.S.", "U.S." as "NIS", "US"
    return " ".join(name.lower().split()).rstrip(".")


_DOTTED: Final = re.compile(r"(?<![\w.])[A-Za-z](?:\.[A-Za-z]){1,4}\.?(?![\w])")
"""An acronym written with full stops, as some papers do ("N.I.S.", "C.I.A.", "U.N.")."""


_HEADS: Final = r"(?:agency|directorate|service|ministry|department|office|bureau|committee|council|institute|centre|center|" \
         r"command|headquarters|administration|commission)\b"
"""A name that goes on into one of these is another body's: "Defence Intelligence Directorate", "Defence Intelligence Agency"."""


@lru_cache(maxsize=4096)
def canonical(name: str) -> tuple[str, str, str]:
    """Canonical name, kind and country of a cited body.

    >>> canonical("the British Ministry of Defence")
    ('UK Ministry of Defence', 'government', 'UK')
    >>> canonical("South Korea's spy agency")
    ('National Intelligence Service', 'intelligence', 'South Korea')
    >>> canonical("one South Korean think tank")
    ('South Korean think tank', 'think tank', 'South Korea')
    >>> canonical("South Korea's JCS")[0]
    'Joint Chiefs of Staff (South Korea)'
    >>> canonical("the N.I.S.")[0], canonical("U.N. Security Council")[0]
    ('National Intelligence Service', 'UN Security Council')
    """
    key = _key(name)
    if key in _ALIASES:
        return _spelled(_ALIASES[key], key)
    owner, _, owned = key.rpartition("'s ")
    if owner and owned in _ALIASES and _ALIASES[owned][0] not in COUNTRIES_AS_BODIES:
        return _spelled(_ALIASES[owned], key)  # "South Korea's JCS": a short alias after its country
    for alias in _BY_LENGTH:  # "Ukraine's President Zelensky" holds "zelensky"; "Defence Intelligence Agency" is not
        if alias not in key:
            continue  # most aliases: no pattern to build or look up
        tail = "" if "'s " in alias else rf"(?!\s+{_HEADS})"  # "Defence Intelligence" + "Agency"; not "Ukraine's ..."
        if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-]){tail}", key):
            return _spelled(_ALIASES[alias], key)
    clean = re.sub(r"^(?:(?:the|a|an|one|unnamed|anonymous)\s+)+", "", name.strip(" ,.;:\"“”'"), flags=re.IGNORECASE)
    return clean, kind_of(clean), country_of(clean)


def _spelled(found: tuple[str, str, str], key: str) -> tuple[str, str, str]:
    """The canonical name in the article's spelling: an American text's "Russia's Defense Ministry" is the "Russian Defense
    Ministry", as its reader would write it; ``spelling_key`` lets tables count both spellings as one body.

    >>> _spelled(("Russian Ministry of Defence", "government", "Russia"), "russia's defense ministry")[0]
    'Russian Defense Ministry'
    """
    if "defense" in key and "Defence" in found[0] and found[2] != "UK":  # the UK's is the Ministry of Defence by name
        return found[0].replace("Ministry of Defence", "Defense Ministry").replace("Defence", "Defense"), found[1], found[2]
    return found


def spelling_key(name: str) -> str:
    """One key for a body's British and American spellings ("Russian Ministry of Defence", "Russian Defense Ministry")."""
    return name.replace("Defense Ministry", "Ministry of Defence").replace("Defense", "Defence")


def known(name: str) -> bool:
    """Whether a name is one of the listed bodies' names or aliases, as a whole.

    >>> known("Seoul"), known("the NIS"), known("Table")
    (True, True, False)
    """
    return _key(name) in _ALIASES


def kind_of(name: str) -> str:
    """The kind of body a name suggests; a bare personal name is a person.

    >>> kind_of("Seonghyeon Ryu"), kind_of("Korea Institute for National Unification"), kind_of("US intelligence")
    ('person', 'think tank', 'intelligence')
    >>> kind_of("Daily NK"), kind_of("Seastat Analytics"), kind_of("Japan Coast Guard"), kind_of("Tokyo")
    ('media', 'other', 'military', 'government')
    >>> kind_of("National Assembly's Intelligence Committee")
    'government'
    """
    low = name.lower()
    if low.removeprefix("the ") in COUNTRY_NAMES or low in CAPITALS:
        return "government"  # "Tokyo added eight entities to its list": the capital speaks for its government
    for pattern, kind in _KIND_PATTERNS:
        if pattern.search(low):
            return kind
    words = name.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _COMPANY.search(low) and \
            not (len(words) > 1 and any(len(w) > 1 and w.isupper() and w.isalpha() for w in words)):  # not "T." of a name
        return "person"  # "Seastat Analytics" is a firm, "Daily NK" an outlet: a person's name has no acronym
    return "other"


def country_of(name: str) -> str:
    """The country a name states, or ''."""
    low = name.lower()
    for pattern, country in _COUNTRY_PATTERNS:
        if pattern.search(low):
            return country
    return ""
