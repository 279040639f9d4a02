"""The vocabulary: what a number counts (nouns mapped to a unit and a metric) and how news credits it.

Kept apart from the matching code in ``figures`` and ``attribute`` so that an analyst can read
and extend the vocabulary without reading regular expressions.  Keys are lower-case words as they
follow a number ("11,000 troops", "43 trips", "a dozen oil tankers").  ``word_trie`` turns a
word list (verbs of saying, hedges) into the fast pattern the other stages match with.
"""

from __future__ import annotations

import re
from typing import Final

# noun -> (unit, metric)
NOUNS: dict[str, tuple[str, str]] = {}


def _add(words: str, unit: str, metric: str) -> None:
    for word in words.split():
        NOUNS[word] = (unit if unit != "=" else word, metric)


_add("troops soldiers servicemen servicemembers personnel fighters combatants reinforcements conscripts recruits "
     "marines paratroopers infantrymen infantry sappers deminers commandos officers generals men mercenaries volunteers "
     "sailors pilots snipers instructors troop soldier forces special-forces operators crews gunners defenders "
     "specialists advisers advisors engineers replacements", "persons", "troops")
# units of an army counted as such: "up to 18 battalions"
_add("battalions brigades regiments divisions platoons squads", "=", "troops")
_add("casualties losses casualty", "persons", "casualties")
_add("killed dead deaths death fatalities bodies died", "persons", "killed")
_add("funerals obituaries", "=", "killed")  # what a count of the dead is often made from (not graves: a cemetery holds them)
_add("wounded injured injuries", "persons", "wounded")
_add("prisoners pows captives captured detainees prisoner", "persons", "captured")
_add("workers labourers laborers builders labourer worker technicians", "persons", "workers")
_add("people persons koreans russians ukrainians civilians visitors tourists students entrants defectors refugees "
     "children residents migrants delegates citizens nationals athletes individuals trainees orphans members "
     "women diplomats households families indians nepalis cubans syrians africans rescuers firefighters "
     "medics doctors paramedics relatives entries arrivals", "persons", "people")  # entries: border statistics
_add("shells rounds", "shells", "munitions")
_add("missiles", "missiles", "munitions")
_add("rockets", "rockets", "munitions")
_add("munitions ammunition bullets grenades bombs warheads containers mortars", "=", "munitions")
_add("drones uavs", "drones", "munitions")
_add("launches", "=", "munitions")
_add("howitzers guns launchers systems tanks vehicles aircraft jets helicopters warships submarines "
     "satellites rifles weapons pieces radars mlrs batteries equipment carriers excavators bulldozers machines "
     "machinery cranes bombers fighter-jets warplanes frigates corvettes destroyers cruisers squadrons motorcycles motorbikes "
     "buggies airplanes planes", "=", "equipment")
_add("trips voyages journeys calls deliveries shipments transfers consignments railcars wagons trains flights convoys "
     "crossings loads trainloads truckloads shiploads carloads cargoes carriages", "trips", "shipments")
_add("flatcars boxcars", "=", "shipments")
_add("instances incidents occasions sightings", "=", "other")  # "27 instances of North Korean personnel": a count of events
_add("vessels ships tankers freighters", "vessels", "shipments")
_add("trucks lorries cars buses", "=", "shipments")
_add("barrels tonnes tons litres liters gallons kilograms kg bags sacks", "=", "supplies")
NOUNS["t"] = ("tonnes", "supplies")  # "3,500t gasoil", as trade papers write tonnes
_add("days weeks months years hours minutes decades day week month year hour minute decade", "=", "duration")
_add("system missile launcher howitzer vehicle drone rocket shell gun helicopter jet satellite warship",
     "=", "equipment")
NOUNS.update({"round": ("rounds", "munitions"), "wagon": ("trips", "shipments"),
              "missile": ("missiles", "munitions"), "rocket": ("rockets", "munitions"), "shell": ("shells", "munitions"),
              "drone": ("drones", "munitions"), "ship": ("vessels", "shipments"), "vessel": ("vessels", "shipments"),
              "tanker": ("vessels", "shipments"), "trip": ("trips", "shipments"), "voyage": ("trips", "shipments"),
              "train": ("trips", "shipments"), "freight": ("freight", "shipments"), "person": ("persons", "people"),
              "barrel": ("barrels", "supplies"), "tonne": ("tonnes", "supplies"), "container": ("containers", "munitions"),
              "kilometre": ("km", "other"), "kilometer": ("km", "other"), "mile": ("miles", "other")})
_add("kilometres kilometers km miles villages settlements countries nations companies firms entities exchanges "
     "sanctions locations sites appeals applications requests complaints facilities buildings houses homes bridges "
     "objects organizations organisations visits rotations images sightings passes meters metres occasions "
     "regions oblasts provinces towns cities allies communities schools hospitals agencies", "=", "other")
# events counted in battlefield reports: "164 combat engagements", "61 air strikes", "repelled 14 assaults"
_add("engagements clashes battles assaults attacks strikes airstrikes shellings sorties raids", "=", "other")


# what a share of money is a share of ("10% to 20% of their pay", "16% of its income"); not counted nouns: "4 main
# revenue streams" counts streams; not "prices": "Prices rose 20.5%" is a change
MONEY_SHARED: Final = ("pay", "salary", "salaries", "wage", "wages", "income", "incomes", "revenue", "revenues", "earnings",
                       "profit", "profits", "proceeds")

# words that may stand between a number and its noun without ending the phrase
MODIFIERS: Final = set(
    """of the its their his her additional more new other military regular active elite special combat young
    estimated reported total armed foreign oil artillery ballistic cruise short-range long-range anti-aircraft
    air-defence air-defense self-propelled multiple rocket heavy light north south korean russian ukrainian
    american chinese iranian dead confirmed suspected crude refined fuel cargo freight rail railway train
    container shipping construction it medical spare armoured armored military-grade further some extra
    civilian enemy frontline front-line battle-hardened highly skilled well-trained trained fresh separate
    different individual large small such unarmed injured captured killed fighter attack fallen slain
    surface-to-air air-to-air naval navy army square cubic""".split()
)

# words that end a noun phrase: a number is not followed by its noun across them
FUNCTION_WORDS: Final = set(
    """on in into to for with at by from were was have has had is are be been being and or but that which who
    whom than as if when while since per a an this these those there here it they he she we you not last next
    past previous coming""".split()
)

# a troop noun becomes another metric when one of these follows it closely
FATE_AFTER: list[tuple[str, str]] = [
    (r"(?:(?:were|was|have\s+been|had\s+been|being)\s+)?(?:killed|dead|died)\s+(?:or|and)\s+(?:wounded|injured)|"
     r"(?:(?:were|was|have\s+been|had\s+been|being)\s+)?(?:wounded|injured)\s+(?:or|and)\s+killed|casualties", "casualties"),
    (r"as\s+prisoners|prisoners\s+of\s+war|captured|held\s+(?:captive|prisoner|in\s+Ukraine|by\s+(?:Ukrain\w*|Kyiv))|taken\s+(?:prisoner|captive)|as\s+pows?|(?:in|from)\s+(?:\w+\s+)?captivity|"
     r"in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:prisoner|pow|prisoner-of-war)\s+(?:exchange|swap)",
     "captured"),
    (r"(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:listed\s+as\s+|reported\s+|still\s+)?missing", "casualties"),
    (r"(?:were|was|have\s+been|had\s+been|being)\s+killed|killed|died|dead|lost\s+their\s+lives", "killed"),
    (r"(?:were|was|have\s+been|had\s+been)\s+(?:wounded|injured)|wounded|injured|with\s+(?:\w+\s+)?(?:wounds|injuries)|"
     r"(?:remain|remained|are|were|is|was)\s+"
     r"(?:still\s+)?(?:in\s+(?:a\s+)?hospital|hospitali[sz]ed)", "wounded"),
    (r"(?:are|were|have\s+been|had\s+been|is|was)\s+(?:working|employed|labou?ring)|work(?:ed|ing|s)?\s+(?:in|at|on|abroad|overseas)|"
     r"(?:would\s+be\s+|were\s+|are\s+|be\s+)?(?:sent|dispatched|brought)\s+(?:[\w-]+\s+){0,3}?to\s+work\b|held\s+(?:[\w-]+\s+)?work\s+permits",
     "workers"),
    (r"(?:have|has|had)\s+served\s+(?:in|at|with|on)\b|(?:are|were)\s+(?:now\s+)?serving\s+(?:in|at|with|on)\b", "troops"),
]
# a number becomes a loss when one of these verbs stands just before it ("has lost 4,000 soldiers")
FATE_BEFORE: list[tuple[str, str]] = [
    (r"(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)\s*$|(?:wounded|injured)\s+(?:or|and)\s+killed\s*$", "casualties"),
    (r"(?:lost|losing|suffered|sustained|incurred)[\s“\"]*$", "casualties"),
    (r"(?:killed|killing|eliminated|eliminating)[\s“\"”]*$", "killed"),
    (r"\b(?:deaths|bodies|remains|funerals|burials)\s+(?:of|for)\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+|"
     r"nearly\s+|over\s+|the\s+)?$", "killed"),  # "confirmed the deaths of 4,318 men", "the bodies of 40 soldiers"
    (r"(?:wounded|wounding|injured|injuring)\s*$", "wounded"),
    (r"(?:captured|took|taken|captures)\s+(?:only\s+|just\s+)?$", "captured"),
    (r"(?:employ(?:s|ed|ing)?|hire[sd]?|hiring)\s+$", "workers"),  # "a firm that employs about 300 North Koreans"
]

# unit of a currency code
MONEY_METRIC: Final = "money"


def word_trie(words: list[str]) -> str:
    """An alternation of plain words grouped by shared prefixes, which the regex engine tries far faster.

    >>> word_trie(["said", "says", "say", "stated"])
    's(?:a(?:id|y(?:s)?)|tated)'
    """
    if len(words) == 1:
        return re.escape(words[0])
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    parts = []
    for head, tails in groups.items():
        if head == "":
            continue
        rest = [t for t in tails if t]
        tail = word_trie(rest) if rest else ""
        if "" in tails:  # a word that is also the prefix of longer ones: the longer are tried first
            parts.append(f"{re.escape(head)}(?:{tail})?" if rest else re.escape(head))
        elif len(rest) == 1:
            parts.append(re.escape(head) + tail)
        else:
            parts.append(f"{re.escape(head)}(?:{tail})")
    return parts[0] if len(parts) == 1 else "|".join(parts)


# Weapons named by designation alone ("three KN-23s", "at least one Shahed-136"): what the name counts.
DESIGNATIONS: dict[str, tuple[str, str]] = {
    "kn": ("missiles", "munitions"), "hwasong": ("missiles", "munitions"), "iskander": ("missiles", "munitions"),
    "kh": ("missiles", "munitions"), "kinzhal": ("missiles", "munitions"), "kalibr": ("missiles", "munitions"),
    "shahed": ("drones", "munitions"), "geran": ("drones", "munitions"), "lancet": ("drones", "munitions"),
    "su": ("jets", "equipment"), "mig": ("jets", "equipment"), "t": ("tanks", "equipment"),
}
"""Prefix of a designation (letters before the digits, lower case) -> unit, metric."""


# Words of attribution: how news credits a claim and to whom (read by ``attribute``).

REPORTING_VERBS: Final = (
    r"said|says|say|estimated|estimates|estimate|revealed|reveals|reported|reports|report|told|tells|stated|states|"
    r"claimed|claims|claim|announced|announces|confirmed|confirms|believes|believe|assessed|assesses|assess|noted|"
    r"notes|added|warned|warns|indicated|indicates|indicate|showed|shows|show|found|finds|suggested|suggests|suggest|wrote|writes|"
    r"calculated|calculates|put|puts|counted|counts|disclosed|discloses|acknowledged|alleged|alleges|insisted|predicted|"
    r"projected|concluded|observed|documented|recorded|briefed|informed|testified|cited|cites|quoted|published|allege|"
    r"stating|saying|estimating|reporting|claiming|revealing|noting|warning|indicating|showing|suggesting|putting|"
    r"informs|tracked|tracks|identified|identifies|detected|spotted|monitored|logged|tallied|traced|traces|reckon|"
    r"reckons|reckoned|think|thinks|argues|argued|asserted|asserts|asserting|judges|judged|specified|maintains|contends|"
    r"revised|revises|mentioned|mentions|called for|calls for|proposed|proposes|gave|gives|expects|"
    r"forecasts|predicts|anticipates|adds|adding|examined|inspected|analysed|analyzed|describes|described|complained|complains|values|valued"
)

GENERIC_SUBJECTS: Final = set(
    """analysts analyst experts expert observers sources source reports report media officials official people
    critics researchers researcher commentators diplomats diplomat soldiers troops residents witnesses authorities
    it they he she we i you this that these those there who which study studies data imagery images photos evidence
    estimates estimate figures statistics documents survey surveys footage many some others one
    government military intelligence lawmakers lawmaker legislators legislator mps politicians satellite pictures
    video videos records commanders commander investigators investigator nobody everyone everybody anyone anybody
    someone somebody no-one i've i'd i'm i'll we've we'd we're we'll you've you'd another"""
    .split()
)

BODY_WORDS: Final = set(
    """of for the and from in on at think tank intelligence ministry agency service services spy defence defense
    forces army navy group monitor monitoring organisation organization nonprofit non-profit independent research
    institute news state national security council spokesman spokesperson spokeswoman lawmakers lawmaker command
    staff general leadership authorities administration department office embassy centre center military
    government foreign affairs unification armed public broadcaster newspaper wire chiefs joint air force border
    guard coast customs counterintelligence prosecutors prosecutor police governor mayor regional local city
    state-run state-owned official officials source sources unnamed anonymous senior top former media outlet
    agency bureau committee commission panel team monitors observers marine corps brigade battalion unit
    operations special general's headquarters directorate inspectorate firm company consultancy bank branch
    airport railway railways central agencies departments ministries administrations region
    federal provincial municipal district migration commissariat commissariats
    und für fur der des die de du la le van von y chief ministers""".split()  # "Stiftung Wissenschaft und Politik"
)

TITLE_WORDS: Final = (r"president|minister|aide|surgeon|doctor|economist|historian|journalist|correspondent|editor|"
                       r"negotiator|lieutenant|admiral|marshal|judge|secretary|advis[eo]r|spokes(?:man|woman|person)|leader|"
                       r"general|gen\.|commander|"
                       r"chief|rep\.|sen\.|gov\.|director|head|ambassador|envoy|lawmaker|senator|representative|governor|mayor|"
                       r"prosecutor|commissioner|ombudsman|chairman|chairwoman|deputy|premier|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|"
                       r"professor|lt\.?|col\.?|colonel|major|captain|sergeant|analyst|researcher|fellow|expert|official|agent|investigator")
"""Words that title a person, case aside: 'Ukraine's President Zelensky', 'South Korean lawmaker Lee'."""

# a person described rather than named: "a former construction worker", "one investigator", "local contractors"
PERSON_ROLES: Final = (r"workers?|labou?rers?|defectors?|soldiers?|servicem[ae]n|veterans?|investigators?|officials?|officers?|"
                 r"commanders?|diplomats?|residents?|witness(?:es)?|refugees?|engineers?|medics?|volunteers?|contractors?|"
                 r"analysts?|researchers?|experts?|pilots?|prisoners?|guards?|sergeants?|doctors?|nurses?|traders?|"
                 r"smugglers?|(?:ship)?brokers?|managers?|executives?|employees?|students?|survivors?|farmers?|drivers?|sailors?|"
                 r"gunners?|operators?|crews?|surgeons?|paramedics?|economists?|participants?|specialists?|academics?|"
                 r"scholars?|historians?|journalists?|lawyers?|sources?|(?:crew\s+)?members?|"
                 r"fishermen|fisherman|mothers?|fathers?|wi(?:fe|ves)|widows?|relatives?|villagers?|locals|forem[ae]n|"
                 r"recruiters?|builders?|dockers?|miners?|teachers?|(?:mil)?bloggers?|correspondents?|reporters?|leaders?")

SPEAKING_GROUPS: Final = {"witness", "analysts", "experts", "diplomats", "residents", "defectors", "brokers", "traders",
                            "economists", "researchers", "witnesses", "specialists", "scholars", "historians", "commanders",
                            "soldiers", "medics", "doctors", "volunteers", "villagers", "locals", "refugees", "survivors"}
"""Who speak as a group without a describing word ("analysts say", "residents said"): the article credits them."""
