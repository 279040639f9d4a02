"""Tests for analysis.figures: what a number counts, and which numbers are not figures at all.

Sentences are taken from the seed articles and from news reports on North Korean troops in
Russia; each row lists every figure a reader would take from the sentence.
"""

from __future__ import annotations

import pytest

from analysis.figures import _fate_before, figures_in_sentence, find_figures
from analysis.sentences import split_sentences
from analysis.extract import article_figures
from analysis.load import clean_text, decode
from analysis.paths import SEEDS


def figures(sentence: str, context: str | None = None) -> list[tuple]:
    return [(f.value, f.low, f.high, f.qualifier, f.unit, f.metric)
            for f in figures_in_sentence(sentence, context=context)]


def values(sentence: str) -> list[float]:
    return [f.value for f in figures_in_sentence(sentence)]


# (sentence, [(value, low, high, qualifier, unit, metric), ...])
FIGURES = [
    # troops
    ("Reports indicate that Russia has supplied North Korea with oil in exchange for over 10,000 North Korean "
     "troops deployed to support its war in Ukraine.", [(10000, 10000, None, "more_than", "persons", "troops")]),
    ("Over the past seven months, Kim Jong-un has reportedly sent at least 11,000 soldiers to the Russian region of Kursk.",
     [(11000, 11000, None, "at_least", "persons", "troops")]),
    ("North Korea sent about 3,000 more troops to Russia in January and February.",
     [(3000, None, None, "approx", "persons", "troops")]),
    ("North Korea may send up to 100,000 troops.", [(100000, None, 100000, "at_most", "persons", "troops")]),
    # casualties, killed, wounded, captured
    ("A March 28 intelligence update from the British Ministry of Defence estimated that North Korea has suffered "
     "more than 5,000 casualties in the war as at March.", [(5000, 5000, None, "more_than", "persons", "casualties")]),
    ("South Korea's spy agency said about 300 North Korean soldiers have been killed and 2,700 wounded.",
     [(300, None, None, "approx", "persons", "killed"), (2700, None, None, "exact", "persons", "wounded")]),
    ("Ukraine's military said about 300 North Korean soldiers have been killed, while 2,700 were wounded.",
     [(300, None, None, "approx", "persons", "killed"), (2700, None, None, "exact", "persons", "wounded")]),
    ("South Korea's spy agency said about 4,000 North Korean soldiers had been killed or wounded in the Kursk region.",
     [(4000, None, None, "approx", "persons", "casualties")]),
    ("Around 1,100 North Korean soldiers had been killed or wounded, lawmakers said.",
     [(1100, None, None, "approx", "persons", "casualties")]),
    ("The NIS estimated that North Korean troops had suffered about 4,700 casualties, including some 600 deaths.",
     [(4700, None, None, "approx", "persons", "casualties"), (600, None, None, "approx", "persons", "killed")]),
    ("In January, Ukraine's President Zelensky announced that Ukrainian forces had taken two North Korean soldiers "
     "as prisoners of war.", [(2, None, None, "exact", "persons", "captured")]),
    ("Ukraine says it captured two North Korean soldiers in the Kursk region.",
     [(2, None, None, "exact", "persons", "captured")]),
    ("Russia has lost more than 1 million soldiers since February 2022.",
     [(1e6, 1e6, None, "more_than", "persons", "casualties")]),
    # workers and people
    ("North Korea dispatched thousands of workers to construction industry sites across Russia last year.",
     [(1000, 1000, None, "vague", "persons", "workers")]),
    ("North Korea has sent nearly 6,000 military builders to Russia.", [(6000, None, 6000, "at_most", "persons", "workers")]),
    ("People-to-people exchanges have also increased drastically over the past year, with more than 13,000 North "
     "Koreans entering Russia last year.", [(13000, 13000, None, "more_than", "persons", "people")]),
    # munitions and equipment
    ("In 2022 US intelligence revealed that Russia was buying millions of artillery shells and rockets from North Korea.",
     [(1e6, 1e6, None, "vague", "shells", "munitions")]),
    ("North Korea has shipped more than 20,000 containers of munitions to Russia, the State Department said.",
     [(20000, 20000, None, "more_than", "containers", "munitions")]),
    ("North Korea supplied 148 ballistic missiles.", [(148, None, None, "exact", "missiles", "munitions")]),
    ("North Korea is believed to have sent 120 170mm self-propelled guns to Russia.",
     [(120, None, None, "exact", "guns", "equipment")]),
    ("North Korea has sent 120 170mm self-propelled guns and 120 240mm multiple rocket launchers to Russia.",
     [(120, None, None, "exact", "guns", "equipment"), (120, None, None, "exact", "launchers", "equipment")]),
    # shipments and supplies
    ("In addition, the Open Source Centre reported that satellite imagery shows North Korean oil tankers making at "
     "least 43 trips to Russian terminals over the past eight months.", [(43, 43, None, "at_least", "trips", "shipments")]),
    ("Satellite imagery from the non-profit Open Source Centre revealed over a dozen North Korean oil tankers making "
     "43 trips to Russian ports in recent months.",
     [(12, 12, None, "more_than", "vessels", "shipments"), (43, None, None, "exact", "trips", "shipments")]),
    ("Russia has provided North Korea with over 1 million barrels of oil since March.",
     [(1e6, 1e6, None, "more_than", "barrels", "supplies")]),
    ("UN sanctions cap North Korea's imports of refined petroleum at 500,000 barrels a year.",
     [(500000, None, None, "exact", "barrels", "supplies")]),
    # money
    ("What's in it for Kim? More than $20 billion, according to one South Korean think tank.",
     [(2e10, 2e10, None, "more_than", "USD", "money")]),
    ("Seoul pledged 1.2 trillion won in aid to Kyiv.", [(1.2e12, None, None, "exact", "KRW", "money")]),
    ("Russia paid about $2,000 a month for each soldier.", [(2000, None, None, "approx", "USD", "money")]),
    # duration
    ("Ceasefire talks are still ongoing, but an agreement was reached on March 18 for both Ukraine and Russia to "
     "temporarily halt attacks on energy infrastructure facilities for 30 days.", [(30, None, None, "exact", "days", "duration")]),
    ("Military service is mandatory for North Korean men, as well as some women, and can last up to 12 years.",
     [(12, None, 12, "at_most", "years", "duration")]),
    ("Putin proposed a 30-day ceasefire on energy infrastructure.", [(30, None, None, "exact", "days", "duration")]),
    ("Seonghyeon Ryu, a defector who served seven years in the military, told Tortoise he slept as little as two "
     "hours per night.", [(7, None, None, "exact", "years", "duration"), (2, None, 2, "at_most", "hours", "duration")]),
    # shares and multiples
    ("About a third of the North Korean soldiers were wounded.", [(1 / 3, None, None, "approx", "ratio", "wounded")]),
    ("More than 13,000 North Koreans entered Russia last year, a 12-fold jump from 2023.",
     [(13000, 13000, None, "more_than", "persons", "people"), (12, None, None, "exact", "ratio", "people")]),
    ("The unit suffered 40% losses.", [(40, None, None, "exact", "percent", "casualties")]),
]


@pytest.mark.parametrize("sentence, expected", FIGURES, ids=[f[0][:40] for f in FIGURES])
def test_figures_in_real_sentences(sentence: str, expected: list[tuple]):
    got = figures(sentence)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[0] == pytest.approx(e[0], rel=1e-4) and g[3:] == e[3:], (g, e)
        assert (g[1], g[2]) == (e[1] and pytest.approx(e[1]), e[2] and pytest.approx(e[2])), (g, e)


def test_share_of_a_previous_claim_takes_its_metric():
    s = "This would account for nearly half of the reported 11,000 troops it deployed to aid Russia."
    assert figures(s, context="casualties") == [(0.5, None, 0.5, "at_most", "ratio", "casualties"),
                                                (11000, None, None, "exact", "persons", "troops")]


def test_figure_text_and_offsets_point_into_the_sentence():
    s = "Satellite imagery revealed over a dozen North Korean oil tankers making 43 trips to Russian ports."
    found = figures_in_sentence(s, offset=100)
    assert [f.text for f in found] == ["over a dozen North Korean oil tankers", "43 trips"]
    assert all(s[f.start - 100:f.end - 100] == f.text and f.sentence == s and f.sentence_start == 100 for f in found)


# --------------------------------------------------------------------------- not figures

NOT_FIGURES = [
    "The meeting took place on March 28.",
    "The report was published on April 10, 2025.",
    "Exchanges then took off in earnest in 2022.",
    "Putin and Kim have been deepening cooperation ever since Kim's visit to Russia in September 2023.",
    "Cooperation in this field is banned under UN Security Council Resolution 2321.",
    "The Team recommends that the 1718 Committee designate the vessels and entities listed in annex 12.",
    "Russia supplied Su-27 fighter jets to North Korea.",
    "The Kursk-2 submarine was never repaired.",
    "Troops from the 11th Army Corps were deployed.",
    "A 26-year-old soldier was captured in Kursk.",
    "Tourism has spiked, with the number of Russians visiting the country in 2024 reaching a 12-year high.",
    "Two months later, both sides discussed joint exploration of precious and rare earth metals.",
    "Three weeks ago, the ministry confirmed the deployment.",
    "The trip came two weeks after the summit.",
    "Putin visited North Korea for the first time in more than two decades last June.",
    "While global media has mainly focused on the cooperation between Russia and North Korea over the past two years, "
    "the two countries have done much more than talk weapons.",
    "One of the captured soldiers said he wanted to stay in Ukraine.",
    "Kim, 41, has ruled since 2011.",
    "Talks between Donald Trump and Volodymyr Zelenskyy at the White House ended disastrously on Friday, 28 February 2025.",
    "India is still waiting for Project 1135.6 frigates from a shipyard in Kaliningrad.",
    "A cargo manifest for a March 2025 voyage of the Belaya Bukhta lists sawn timber.",
    "Five relatives interviewed by Polynya said their units had been merged with North Korean battalions.",
    "The figures put North Korean arrivals at their highest half-year level since the statistics began.",
    "Trade rose sharply in the first half, customs data show.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES, ids=[s[:40] for s in NOT_FIGURES])
def test_dates_identifiers_ages_idioms_and_framing_are_not_figures(sentence: str):
    assert figures(sentence) == []
    assert article_figures({"article": "a", "text": sentence}) == []  # and where the pipeline looks for numbers first


@pytest.mark.parametrize("sentence, kept", [
    ("North Korea supplied KN-23 missiles and 50 launchers to Russia.", [50]),
    ("Over the past seven months, Kim Jong-un has sent at least 11,000 soldiers to Kursk.", [11000]),
    ("Tankers made 43 trips to Russian terminals over the past eight months.", [43]),
    ("In 2024, 13,000 North Koreans entered Russia.", [13000]),
    ("On April 10, 2,000 troops arrived in Kursk.", [2000]),
    ("North Korea’s 11th Army Corps has 12,000 soldiers.", [12000]),
    ("Pyongyang sent 1,500 soldiers on Friday, 28 February 2025.", [1500]),
])
def test_only_the_counted_number_of_a_sentence_is_a_figure(sentence: str, kept: list[float]):
    assert values(sentence) == kept


# --------------------------------------------------------------------------- seed boilerplate

def seed_text(prefix: str, cleaned: bool = True) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    raw = decode(path.read_bytes(), str(path))
    return clean_text(raw, "txt") if cleaned else raw


BOILERPLATE = ["magazines", "74.99", "149.99", "mins", "MORE STORIES", "24 years"]


def test_raw_seed_000_boilerplate_would_yield_false_figures():
    raw = seed_text("000", cleaned=False)
    assert all(b in raw for b in BOILERPLATE)  # the phrases are there before cleaning ...
    assert any(b in f.sentence for f in find_figures(raw) for b in BOILERPLATE)  # ... and some read as figures


def test_cleaned_seed_000_has_exactly_the_body_figures():
    found = find_figures(seed_text("000"))
    assert not [f.sentence for f in found if any(b in f.sentence for b in BOILERPLATE)]
    assert sorted(f.value for f in found) == [0.5, 30, 3000, 5000, 11000]
    assert [f.metric for f in found] == ["casualties", "casualties", "troops", "troops", "duration"]


@pytest.mark.parametrize("prefix, expected", [
    ("001", [10000, 43]),
    ("002", [1000, 12, 43, 10000, 10000]),
    ("004", [11000, 2, 12, 7, 2, 1e6, 2e10]),
])
def test_cleaned_seed_figures(prefix: str, expected: list[float]):
    assert [f.value for f in find_figures(seed_text(prefix))] == expected


# --------------------------------------------------------------------------- sentences

def test_split_sentences_keeps_abbreviations_and_offsets():
    text = ("SEOUL - As talks gain momentum under the mediation of the U.S., unease has set in. "
            "Dr Cho Han-bum told The Straits Times so.\nStrategic Partnership Treaty Strengthens Ties")
    parts = split_sentences(text)
    assert [s for _, s in parts] == [
        "SEOUL - As talks gain momentum under the mediation of the U.S., unease has set in.",
        "Dr Cho Han-bum told The Straits Times so.",
        "Strategic Partnership Treaty Strengthens Ties",
    ]
    assert all(text[o:o + len(s)] == s for o, s in parts)


# --------------------------------------------------------------------------- known defects

def test_share_and_its_base_in_one_sentence():
    s = "Nearly half of the 11,000 troops have been killed or wounded."
    assert figures(s) == [(0.5, None, 0.5, "at_most", "ratio", "casualties"),
                          (11000, None, None, "exact", "persons", "troops")]


def test_quoted_figure_and_share_of_casualties():
    s = ("Ukraine’s military intelligence agency said on Monday that “more than 4,000” North Korean soldiers had been "
         "killed or wounded since December – roughly a third of the 12,000 troops Pyongyang sent to Russia.")
    got = figures(s)
    assert [(g[0], g[3], g[5]) for g in got] == [(4000, "more_than", "casualties"),
                                                 (pytest.approx(1 / 3), "approx", "casualties"), (12000, "exact", "troops")]


def test_currency_sign_followed_by_a_space():
    s = "The agency estimated that Moscow pays the North about € 1,800 a month for each soldier."
    assert figures(s) == [(1800, None, None, "approx", "EUR", "money")]


def test_subject_of_a_change_gives_the_metric():
    s = "North Korean casualties in Kursk have risen to about 4,000, Seoul's spy agency said."
    assert figures(s) == [(4000, None, None, "approx", "persons", "casualties")]


@pytest.mark.parametrize("item, expected", [
    ("• tanks — 4 units;", [(4.0, None, None, "exact", "tanks", "equipment")]),
    ("• air defence systems — 1 unit;", [(1.0, None, None, "exact", "systems", "equipment")]),
    ("• operational-tactical level UAVs — 312;", [(312.0, None, None, "exact", "drones", "munitions")]),
    ("- Rail wagons: about 1,200", [(1200.0, None, None, "approx", "trips", "shipments")]),
    ("• personnel — about 1,230 persons;", [(1230.0, None, None, "approx", "persons", "troops")]),
    ("Page 3 — 12", []),
])
def test_a_list_item_counts_what_its_label_names(item: str, expected: list[tuple]):
    assert figures(item) == expected


def test_people_in_a_list_of_losses_are_casualties():
    lead = "The estimated losses of the enemy over the past day, according to the General Staff, are:"
    found = figures_in_sentence("• personnel — about 1,230 persons;", lead=lead)
    assert [(f.value, f.metric) for f in found] == [(1230.0, "casualties")]


def test_losses_that_amount_to_a_number_of_persons_are_casualties():
    s = ("The total estimated personnel losses of the enemy from 24.02.2022 to 21.11.2025 amount to about "
         "1,163,610 persons.")
    assert figures(s) == [(1163610.0, None, None, "approx", "persons", "casualties")]


def test_of_whom_some_were_killed_takes_their_fate():
    s = ("KPA units have lost over 6,500 servicemen killed and wounded, of whom around 1,800 were killed.")
    assert [(v, m) for v, _, _, _, _, m in figures(s)] == [(6500.0, "casualties"), (1800.0, "killed")]


@pytest.mark.parametrize("sentence, expected", [
    ("Russia lost 360 infantry fighting vehicles.", [(360.0, "vehicles", "equipment")]),
    ("It bears on the safety of the 28,500 American service members stationed on the Korean Peninsula.",
     [(28500.0, "persons", "troops")]),
    ("We have roughly 100,000 U.S. forces in Europe right now.", [(100000.0, "persons", "troops")]),
    ("HUR said North Korea had shipped \"at least 120\" KN-23/24 missiles to Russia.",
     [(120.0, "missiles", "munitions")]),
    ("Most of them were 152 mm rounds.", []),
    ("The missile hit a residential area, killing two people and wounding 17.",
     [(2.0, "persons", "killed"), (17.0, "persons", "wounded")]),
    ("Kyiv said Ukraine had lost \"up to 195 servicemen\" in the Kursk area.", [(195.0, "persons", "casualties")]),
    ("Ukraine's losses in the Kursk direction exceeded 76,000 servicemen.", [(76000.0, "persons", "casualties")]),
    ("Ukraine brought home 157 soldiers and civilians in a prisoner exchange last Friday.",
     [(157.0, "persons", "captured")]),
    ("Russia shipped 1.1 million barrels, more than double the 500,000-barrel annual cap.",
     [(1100000.0, "barrels", "supplies"), (2.0, "ratio", "supplies"), (500000.0, "barrels", "supplies")]),
    ("Roughly 45 percent of the soldiers in the original expeditionary force have become casualties.",
     [(45.0, "percent", "casualties")]),
    ("Resolution 2397 required member states to send the workers home.", []),
    ("Ukraine has publicly confirmed holding two North Korean soldiers, both captured in January 2025.",
     [(2.0, "persons", "captured")]),
    ("Kyiv still holds the only 2 North Korean soldiers known to have been captured alive.",
     [(2.0, "persons", "captured")]),
    ("Australia sanctioned 16 individuals and four entities.", [(16.0, "persons", "other"), (4.0, "entities", "other")]),
    ("The plant is now running at close to 80 percent of capacity.", [(80.0, "percent", "other")]),
    ("North Korean shells made up roughly 40 percent of the artillery rounds Russian forces fired, after 58 rail cars "
     "arrived.", [(40.0, "percent", "munitions"), (58.0, "cars", "shipments")]),
    ("The North has shipped tens of thousands of tons of ammunition.", [(10000.0, "tons", "munitions")]),
    ("Russia received as many as 20 of North Korea's MiG-29 fighters.", [(20.0, "jets", "equipment")]),
    ("In 2016, an estimated 100,000 North Koreans worked abroad.", [(100000.0, "persons", "workers")]),
    ("Reinforcements of about 3,000 followed early in 2025.", [(3000.0, "persons", "troops")]),
    ("A second wave of at least 3,000 followed in January and February.", [(3000.0, "persons", "troops")]),
    ("Moscow kept the force at roughly 11,000 through the winter.", [(11000.0, "persons", "troops")]),
    ("The NIS raised the number of North Korean military personnel in Russia to north of 15,000.",
     [(15000.0, "persons", "troops")]),
    ("There were more than two dozen visits by Russian defense-industry delegations.", [(24.0, "visits", "other")]),
    ("The drills involved two U.S. Air Force B-52H bombers.", [(2.0, "bombers", "equipment")]),
    ("For inquiries after hours: 03-5366-3111.", []),
    ("Yoon said one in every three rounds fired by Russian artillery now comes from the North.",
     [(1 / 3, "ratio", "munitions")]),
    ("About 11,000 soldiers were sent, and about 3,000 of them had been killed or wounded.",
     [(11000.0, "persons", "troops"), (3000.0, "persons", "casualties")]),
])
def test_compounds_identifiers_and_fates(sentence: str, expected: list[tuple]):
    assert [(v, u, m) for v, _, _, _, u, m in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A standard 20-foot container can hold up to 500 rounds of 152mm artillery ammunition.",
     [(500.0, "shells", "munitions")]),
    ("The enemy attacked with 3 Iskander-M/KN-23 ballistic missiles launched from the Kursk region.",
     [(3.0, "missiles", "munitions")]),
    ("The eight-member panel had monitored sanctions on North Korea for 15 years.",
     [(8.0, "members", "other"), (15.0, "years", "duration")]),
    ("In January the NIS reported about 3,000 killed and wounded.", [(3000.0, "persons", "casualties")]),
    ("About 300 North Korean soldiers were listed as missing.", [(300.0, "persons", "casualties")]),
    ("Another 140 are listed as missing.", [(140.0, "persons", "casualties")]),
    ("185 Ukrainian defenders returned home from Russian captivity today.", [(185.0, "persons", "captured")]),
    ("Some 50,000 North Koreans work abroad, about 30,000 of them in Russia.",
     [(50000.0, "persons", "workers"), (30000.0, "persons", "workers")]),
    ("Hits by 2 ballistic missiles were recorded at 9 locations.",
     [(2.0, "missiles", "munitions"), (9.0, "locations", "other")]),
    ("Russia's defence ministry said its air defences downed 58 Ukrainian drones, 21 of them over Belgorod.",
     [(58.0, "drones", "munitions"), (21.0, "drones", "munitions")]),
    ("They now attack in groups of 30-40 rather than in long columns.", [(30.0, "persons", "troops")]),
    # lengths and distances: glued, spaced before "long", and "a kilometre"
    ("Ukrainian forces held a sector roughly 20km long on the Kursk border.", [(20.0, "km", "other")]),
    ("The new covered sheds at Rajin are each roughly 120 m long.", [(120.0, "m", "other")]),
    ("Russian engineers are building the 1-km road bridge across the Tumen River.", [(1.0, "km", "other")]),
    ("The first missiles missed their targets by a kilometer or more.", [(1.0, "km", "other")]),
    ("Pyongyang earned $120m from the sales.", [(120e6, "USD", "money")]),
    # multiples of something not counted, money glued to its currency code, hyphenated fractions
    ("Trade turnover in January-June 2025 grew 2.4-fold year-on-year.", [(2.4, "ratio", "other")]),
    ("Production of key munitions had grown 17.5 times, Shoigu said.", [(17.5, "ratio", "munitions")]),
    ("The inspectors visit 2.5 times a year.", []),
    ("Russia fired three times as many shells as Ukraine in 2024.", [(3.0, "ratio", "munitions")]),
    # a size is not a count; a report's numbered section heading is not one either
    ("Each twenty-foot container holds up to 500 shells.", [(500.0, "shells", "munitions")]),
    ("3 THE MUNITIONS ROUTE", []),
    ("12 DRONES DOWNED OVERNIGHT", [(12.0, "drones", "munitions")]),
    ("Bank of Dandong handled Rmb680mn in payments in 2025.", [(680e6, "CNY", "money")]),
    ("North Korea supplies perhaps one-fifth of the shells Russia fires.", [(0.2, "ratio", "munitions")]),
    ("Earlier, officials had put the death toll at six.", [(6.0, "persons", "killed")]),
    ("North Korean-flagged tankers accounted for 17 of the 21 calls.",
     [(17.0, "trips", "shipments"), (21.0, "trips", "shipments")]),
    # two describing words joined by "and"; units of an army
    ("Russia has sent about 1,500 artillery and drone specialists to Belgorod.", [(1500.0, "persons", "troops")]),
    ("Pyongyang sent up to 4,000 construction and engineering troops.", [(4000.0, "persons", "troops")]),
    ("North Korea has deployed up to 18 battalions near Pokrovsk.", [(18.0, "battalions", "troops")]),
    ("Russian strikes hit power plants in five regions, leaving some 600,000 households without electricity.",
     [(5.0, "regions", "other"), (600000.0, "persons", "people")]),
    ("Resolution 2397 states that member states must repatriate all workers.", []),
    ("Of the 236 defectors who arrived, 41 were women.", [(236.0, "persons", "people"), (41.0, "persons", "people")]),
    # "every second shell"; a standalone "tripled"; "something like"
    ("In some sectors, every second shell fired at Ukrainian positions comes from Pyongyang.",
     [(0.5, "ratio", "munitions")]),
    ("The veterans group meets every second Tuesday at the VFW post.", []),
    ("Output at the Kusong plant roughly tripled between 2023 and 2025.", [(3.0, "ratio", "other")]),
    ("Russia launched 212 drones overnight, including 21 over the Kursk region.",
     [(212.0, "drones", "munitions"), (21.0, "drones", "munitions")]),
    ("Nearly 2,000 are employed on housing projects in Primorye alone.", [(2000.0, "persons", "workers")]),
    # comparisons need a time of comparison; groups are people only where people were counted or fight
    ("Russia deployed 20 brigades against 3 Ukrainian positions.", [(20.0, "brigades", "troops")]),
    ("The report analysed 40 tankers in groups of 5.", [(40.0, "vessels", "shipments")]),
    ("The two sides remain a mile apart, and Ukraine won the vote by a mile.", []),
    # a weapon named by its designation alone
    ("Among the missiles were at least three North Korean-made KN-23s, air force spokesman Yuriy Ignat said.",
     [(3.0, "missiles", "munitions")]),
    ("Russia launched 58 Shahed-136s and 3 Iskander-M/KN-23 ballistic missiles overnight.",
     [(58.0, "drones", "munitions"), (3.0, "missiles", "munitions")]),
    ("About 2,000 were sent to Kursk, where soldiers fought.", []),
    # ordinals are not shares; idioms are not claims; a currency after a range's second amount
    ("MSMT members are drafting a third report, due within weeks.", []),
    ("The NIS said a third deployment of some 3,000 troops had arrived.", [(3000.0, "persons", "troops")]),
    ("Roughly a third of the 11,000 troops were killed.", [(1 / 3, "ratio", "killed"), (11000.0, "persons", "troops")]),
    ("An old Korea hand on why soldiers fighting half a world away matter.", []),
    ("Workers abroad earn 800 to 1,000 dollars a month.", [(800.0, "USD", "money")]),
    # the same thing counted at another time, its noun not repeated
    ("North Korean tankers made nine trips to Vostochny in January, up from five in December.",
     [(9.0, "trips", "shipments"), (5.0, "trips", "shipments")]),
    ("In January I counted roughly 1,200 loaded wagons crossing north, against about 900 in June 2025.",
     [(1200.0, "trips", "shipments"), (900.0, "trips", "shipments")]),
    ("North Korean soldiers are moving in groups of two or three.", [(2.0, "persons", "troops")]),
    # a counted noun, then a verb of being or reaching: the number counts the noun
    ("The NIS told lawmakers that casualties were close to 6,500, including some 2,200 killed.",
     [(6500.0, "persons", "casualties"), (2200.0, "persons", "killed")]),
    ("The number of dead after the strike on Kharkiv has risen to four, the governor said.",
     [(4.0, "persons", "killed")]),
    ("The Ministry assesses North Korean casualties at more than 6,000.", [(6000.0, "persons", "casualties")]),
    ("The reason was simple, and the answer is no.", []),
    # currency codes and names before and after the amount
    ("One account received CNY 140 million and UAH 48 million.", [(140e6, "CNY", "money"), (48e6, "UAH", "money")]),
    ("A loaf now costs 300 hryvnias.", [(300.0, "UAH", "money")]),
    # "killed or wounded" after an auxiliary is a casualty count, not a death toll; "eliminated" in quotes kills
    ("Roughly two in five of the soldiers it has sent have been killed or wounded.", [(0.4, "ratio", "casualties")]),
    ("Roughly 40 percent of the original force has been killed or wounded.", [(40.0, "percent", "casualties")]),
    ('Its forces had "eliminated" more than 1,100 Ukrainian servicemen.', [(1100.0, "persons", "killed")]),
    # nouns added: replacements are troops; communities and schools are counted places
    ("The JCS saw at least two trainloads of personnel moving north.", [(2.0, "trips", "shipments")]),
    ("Pyongyang sent some 3,000 replacements and shelled 19 communities and 27 schools.",
     [(3000.0, "persons", "troops"), (19.0, "communities", "other"), (27.0, "schools", "other")]),
    # trade-press units and money: tonnes glued as "t", "trn", and the North's won
    ("Tanker A (4,990 / 1997) loaded 3,500t gasoil at Nakhodka.", [(3500.0, "tonnes", "supplies")]),
    ("The Bank of Korea put gross national income at KRW 42.7trn for 2025.", [(42.7e12, "KRW", "money")]),
    ("A US dollar bought about 31,500 North Korean won in early November.", [(31500.0, "KPW", "money")]),
])
def test_what_news_counts_in_real_sentences(sentence: str, expected: list[tuple]):
    assert [(v, u, m) for v, _, _, _, u, m in figures(sentence)] == expected


def test_groups_of_people_take_the_people_just_counted():
    assert figures("They may leave the dormitory only in groups of five.", context="workers") == [
        (5.0, None, None, "exact", "persons", "workers")]


def test_a_bare_number_that_remains_continues_the_people_just_counted():
    assert figures("About 10,000 are there today.", context="troops") == [
        (10000.0, None, None, "approx", "persons", "troops")]
    assert figures("Around 11,000 remain in Kursk.", context="troops") == [
        (11000.0, None, None, "approx", "persons", "troops")]


def test_entries_and_arrivals_counted_by_border_statistics_are_people():
    assert [f[5] for f in figures("Russia's Interior Ministry recorded about 21,000 entries by North Korean citizens.")] \
        == ["people"]
    assert [f[5] for f in figures("The peak was 2,914 arrivals, recorded in 2009.")] == ["people"]


def test_cargoes_carriages_and_hulls_are_shipments():
    assert [f[5] for f in figures("The tankers loaded at least 46 cargoes of diesel at Vostochny.")] == ["shipments"]
    assert [f[5] for f in figures("Each train had 12 carriages.")] == ["shipments"]


@pytest.mark.parametrize("sentence, expected", [
    ("North Korean troops in Russia now number about 14,000, down from a peak of roughly 20,000 in January.",
     [(14000.0, "troops"), (20000.0, "troops")]),
    ("The death toll is estimated at around 2,700.", [(2700.0, "killed")]),
    ("Container traffic peaked at around 480 on June 14, up from fewer than 100 in 2024.",
     [(480.0, "munitions"), (100.0, "munitions")]),
    ("The commander said his unit had captured 14.", [(14.0, "captured")]),
    ("We have 216,000 soldiers today, and the army will grow to 300,000 by 2035.", [(216000.0, "troops"), (300000.0, "troops")]),
    ("The NIS put the number of North Korean soldiers killed in action at 2,400.", [(2400.0, "killed")]),
    ("The NIS puts the number of North Korean soldiers in Russia at about 11,000.", [(11000.0, "troops")]),
    ("North Korean troops in Russia number roughly 12,000.", [(12000.0, "troops")]),
    ("The troops still in Kursk are believed to be around 11,000.", [(11000.0, "troops")]),
    ("Rail shipments slowed to about 150 wagons a month, down from a high of 1,200 in late 2024.",
     [(150.0, "shipments"), (1200.0, "shipments")]),
    ("The retirement age for officers will climb to 65 under a new decree.", []),  # an age
    ("The report put the number of soldiers sent to replace those killed at 3,000.", [(3000.0, "troops")]),
    ("The recruits were 19.", []),  # an age
    ("The captured soldier is thought to be 19, and had served since 2021.", []),  # an age
    ("The soldier, identified by the number 134 on his uniform, was captured in Kursk.", []),  # an identifier
    ("About 3,000 North Korean workers arrived in July, when temperatures hit a high of 35.", [(3000.0, "workers")]),
])
def test_bare_numbers_that_count_the_subject_its_peak_or_a_fate(sentence: str, expected: list[tuple]):
    assert [(f[0], f[5]) for f in figures(sentence)] == expected


def test_a_table_printed_as_label_and_number_counts_what_its_heading_counts():
    text = ("Volunteers remain the largest group on the list.\n"
            "Confirmed deaths by category, as of July 10, 2026\n"
            "Prisoners: 31,904\nMobilised: 19,115\nPrivate military companies: 8,210\nTotal: 168,412\n"
            "The list grows every week.")
    rows = article_figures({"article": "a", "date": "2026-07-20", "text": text})
    assert [(r["value"], r["metric"], r["as_of"]) for r in rows] == [
        (31904.0, "killed", "2026-07-10"), (19115.0, "killed", "2026-07-10"), (8210.0, "killed", "2026-07-10"),
        (168412.0, "killed", "2026-07-10")]


def test_that_is_up_from_compares_the_count_of_the_sentence_before():
    assert figures("That is up from 1,500 in 2023.", context="workers") == [(1500.0, None, None, "exact", "persons", "workers")]
    assert figures("That is up from 1,500 in 2023.", context=None) == []


@pytest.mark.parametrize("text, expected", [
    ("North Korean troops in Russia at a glance\nAverage age: 22\nMinimum service: 10\nUnits: 4\nThey fight in Kursk.", []),
    ("Estimated North Korean casualties since deployment\nKilled: 4,700\nWounded: 6,900\nCaptured: 2\nNo more.",
     [(4700.0, "killed"), (6900.0, "wounded"), (2.0, "captured")]),  # a row's own fate stays
])
def test_tables_under_a_heading_keep_ages_out_and_rows_their_own_fates(text: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-07-20", "text": text})
    assert [(r["value"], r["metric"]) for r in rows] == expected


def test_a_share_of_pay_price_or_income_is_money():
    assert [f[5] for f in figures("The workers keep between 10% and 20% of their pay.")] == ["money"]
    assert [f[5] for f in figures("Arms sales brought in about 16% of the North's income last year.")] == ["money"]
    assert figures("The 2027 budget sets aside $5 billion for defence.")[0][0] == 5e9  # a year before a noun is no count


def test_a_bare_number_a_source_claims_or_a_figure_is_counts_what_was_just_counted():
    assert figures("Kyiv counts 3,000 dead; HUR claims 12,000.") == [
        (3000.0, None, None, "exact", "persons", "killed"), (12000.0, None, None, "exact", "persons", "killed")]
    assert figures("I would put it closer to 10,000.", context="casualties") == [
        (10000.0, None, None, "exact", "persons", "casualties")]
    assert figures("In March the figure was 46.", context="equipment")[0][5] == "equipment"  # not an age
    assert figures("In March the recruits were 19.", context="troops") == []  # an age


@pytest.mark.parametrize("sentence, metric", [
    ("Pyongyang sent 11,000 troops, many of them killed in the first weeks.", "troops"),
    ("Ukraine's losses were heavy as Russia sent 11,000 troops.", "troops"),
    ("Kyiv holds two soldiers, both captured in January.", "captured"),
])
def test_a_fate_after_a_comma_belongs_to_the_noun_only_when_it_says_so(sentence: str, metric: str):
    assert figures(sentence)[0][-1] == metric


def test_a_multiple_with_two_decimals_is_read_where_an_article_has_it():
    """ "2.25" alone could be a clock time; an article's number anchors and the word "times" say it is a multiple."""
    rows = article_figures({"article": "a", "date": "2026-02-01", "text": "Exports to the North rose 2.25 times last year."})
    assert [(r["value"], r["unit"], r["metric"]) for r in rows] == [(2.25, "ratio", "other")]


@pytest.mark.parametrize("sentence, kept", [
    ("Two people familiar with the shipments said each ship carried up to 3,000 tonnes of diesel per trip.", [3000]),
    ("Three US officials who spoke on condition of anonymity said 3,000 troops had moved.", [3000]),
    ("Two people were killed and 14 wounded.", [2, 14]),
    ("Two diplomats in Seoul said 3,000 troops were rotated home.", [3000]),
    ("Three US officials told reporters that 3,000 troops had moved.", [3000]),
])
def test_how_many_told_the_story_is_not_a_figure_in_it(sentence: str, kept: list[float]):
    assert [r["value"] for r in article_figures({"article": "a", "text": sentence})] == kept


@pytest.mark.parametrize("sentence, expected", [
    ("Germany pledged a new 1.2 billion euro ($1.4bn) military aid package.", [(1.2e9, "EUR"), (1.4e9, "USD")]),
    ("The ministry will spend 7.6 billion zloty on shells and PLN 412 million on drones.", [(7.6e9, "PLN"), (4.12e8, "PLN")]),
    ("Poland will spend zł 7.6 billion on air defence and 412 million zł on drones.", [(7.6e9, "PLN"), (4.12e8, "PLN")]),
])
def test_a_currency_named_after_the_amount_in_the_singular_or_in_zloty(sentence: str, expected: list[tuple]):
    assert [(r["value"], r["unit"]) for r in article_figures({"article": "a", "text": sentence})] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the verb just before a number says what it counts, when the fate after it belongs to the next clause
    ("Russian shelling killed three people and injured 12 over the past day.", [(3.0, "killed"), (12.0, "wounded")]),
    ("Ukraine captured two soldiers, both wounded, near Kursk.", [(2.0, "captured")]),
    ("Russia has lost 4,000 soldiers killed or wounded.", [(4000.0, "casualties")]),
    ("The strike killed two civilians and injured 15 others, the governor said.", [(2.0, "killed"), (15.0, "wounded")]),
    # a written "one" counts only as a toll: a fate verb before it and a person after, or "one civilian was injured"
    ("A drone killed one soldier and wounded nine.", [(1.0, "killed"), (9.0, "wounded")]),
    ("Ukrainian forces captured one North Korean soldier near Kursk.", [(1.0, "captured")]),
    ("One civilian was injured and three soldiers were killed.", [(1.0, "wounded"), (3.0, "killed")]),
    ("One soldier told us 300 shells fell that night.", [(300.0, "munitions")]),
])
def test_a_fate_verb_before_the_number_and_one_after_it(sentence: str, expected: list[tuple]):
    assert [(r["value"], r["metric"]) for r in article_figures({"article": "a", "text": sentence})] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Of the 11,500 soldiers sent, about 4,500 had died by March.", [(11500.0, "troops"), (4500.0, "killed")]),
    ("The agency estimates that North Korea has sent around 25,000 soldiers, of whom some 9,000 have been killed or "
     "wounded.", [(25000.0, "troops"), (9000.0, "casualties")]),
    # the number completes "the contingent of", it is not the subject of "have been killed"
    ("The agency estimates that as many as one in three of the soldiers in the first contingent of around 11,000 have "
     "been killed or wounded.", [(11000.0, "troops")]),
])
def test_a_bare_number_that_had_died_or_has_been_killed(sentence: str, expected: list[tuple]):
    found = {r["value"]: r["metric"] for r in article_figures({"article": "a", "text": sentence})}
    assert [(value, found.get(value)) for value, _ in expected] == expected


@pytest.mark.parametrize("sentence, expected", [
    # how often something happened, in a stated span, is a count of times
    ("North Korea test-fired short-range ballistic missiles eight times this year, the JCS said.", [(8.0, "times", "other")]),
    ("The ship called at Rajin 71 times between January and October.", [(71.0, "times", "other")]),
    ("Freight trains cross the bridge about three times a day.", [(3.0, "times", "other")]),
    ("Exports rose three times in the first half.", []),  # a change, not how often
    ("Russia fired three times as many shells as Ukraine.", [(3.0, "ratio", "munitions")]),
    # a part of the people just counted, written in words: "three of whom", "Two of them"
    ("Ukraine holds 11 North Korean prisoners of war, three of whom have asked to be sent to South Korea.",
     [(11.0, "persons", "captured"), (3.0, "persons", "captured")]),
    ("Ukraine holds 11 North Korean prisoners. Two of them have asked to be handed over to South Korea.",
     [(11.0, "persons", "captured"), (2.0, "persons", "captured")]),
    ("Russia launched 40 drones. Two of them hit a school.", [(40.0, "drones", "munitions")]),
])
def test_how_often_and_parts_of_a_group_written_in_words(sentence: str, expected: list[tuple]):
    assert [(r["value"], r["unit"], r["metric"]) for r in article_figures({"article": "a", "text": sentence})] == expected


def test_a_month_before_a_count_is_not_a_day():
    rows = figures("In March 2,000 soldiers arrived, and in April 3,000 more soldiers came.")
    assert [(f[0], f[5]) for f in rows] == [(2000.0, "troops"), (3000.0, "troops")]


@pytest.mark.parametrize("sentence", [
    "Two civilians were killed and seven others were injured, including a 12-year-old boy.",
    "Two civilians were killed and 7 others were injured in the strike on Shostka.",
])
def test_others_are_counted_with_their_own_fate(sentence: str):
    assert [(f[0], f[5]) for f in figures(sentence)] == [(2.0, "killed"), (7.0, "wounded")]


def test_another_number_counts_what_the_one_before_it_counted():
    """holdout21's 1195: "with another 8,000 in and around Moscow" are North Koreans at work too."""
    rows = figures("The NGO estimates that at least 15,000 North Koreans work in the Russian Far East alone, with another "
                   "8,000 in and around Moscow and St Petersburg.")
    assert [(f[0], f[5]) for f in rows] == [(15000.0, "workers"), (8000.0, "workers")]


def test_putting_the_figure_lower_at_a_number_gives_that_number():
    """holdout21's 1195: "put the figure lower, at about 35,000" after a count of workers."""
    rows = article_figures({"article": "a", "text": "At least 50,000 North Korean workers are in Russia, the NGO says. "
                            "South Korea's Unification Ministry put the figure lower, at about 35,000."})
    assert [(r["value"], r["metric"]) for r in rows] == [(50000.0, "workers"), (35000.0, "workers")]


def test_a_list_of_labels_and_numbers_counts_the_people_its_lead_counts():
    """holdout21's 1195: entries of North Koreans by purpose, one "label: number" item each."""
    text = ("The purposes of visit that North Koreans declared on entry this year break down as follows, according to "
            "the ministry:\n\n- study: more than 12,000\n- work: about 3,400\n- tourism: 1,870\n")
    rows = article_figures({"article": "a", "text": text})
    assert [(r["value"], r["metric"]) for r in rows] == [(12000.0, "people"), (3400.0, "people"), (1870.0, "people")]
    assert article_figures({"article": "a", "text": text.replace("North Koreans declared", "were declared")}) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The document estimates that about 11,500 of those soldiers have been killed or wounded.", [(11500.0, "casualties")]),
    ("About 600 of those casualties were suffered in the Zaporizhzhia region in August alone.", [(600.0, "casualties")]),
])
def test_a_part_of_those_counts_what_they_are(sentence: str, expected: list[tuple]):
    """holdout14's 1102 and holdout15's 1131: "N of those <noun>" counts the noun, with the fate that follows."""
    assert [(f[0], f[5]) for f in figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Joint Chiefs of Staff said it had detected North Korean Il-76 transport planes flying to Vladivostok 14 times "
     "in September, up from five times in August.", [(14.0, "other"), (5.0, "other")]),  # holdout20's 1182
    ("North Korean troops attacked the brigade's positions 41 times in September.", [(41.0, "other")]),
    ("Russia's exports to North Korea grew three times in 2025.", []),  # a change, not how often
])
def test_how_often_in_a_month(sentence: str, expected: list[tuple]):
    assert [(f[0], f[5]) for f in figures(sentence)] == expected


@pytest.mark.parametrize("text", [
    "The tanker Sig carried 700,000 barrels of diesel. Its IMO number is 9384712.",
    "North Korea sent 11,000 troops. The hotline number is 1588 for defectors.",
    "North Korean soldiers sent to Russia at a glance:\n\n- unit code: 1588\n- troops: 11,000\n",
])
def test_an_identifier_is_not_a_figure_of_what_was_counted_before(text: str):
    rows = article_figures({"article": "a", "text": text})
    assert not [r for r in rows if r["value"] in (9384712, 1588)]


@pytest.mark.parametrize("sentence, expected", [
    # a plural noun the lexicon does not know, after digits: another count on the topic
    ("The Treasury said investigators had identified more than 40 rouble-denominated accounts at three small lenders.",
     [(40, 40, None, "more_than", "accounts", "other")]),
    ("Chainalysis counted 212 wallets and the exchange has frozen 31 addresses.",
     [(212, None, None, "exact", "wallets", "other"), (31, None, None, "exact", "addresses", "other")]),
    ("Kharkiv had 41 air-raid alerts in October.", [(41, None, None, "exact", "alerts", "other")]),
    ("Prosecutors have opened 46 cases this year.", [(46, None, None, "exact", "cases", "other")]),
])
def test_digits_before_an_unknown_plural_count_it(sentence: str, expected: list[tuple]):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "1,204 comments", "Read the full 84 pages here.", "214,806 subscribers", "7 myths about North Korea's army",
    "The post has 1,284 likes and 212 restacks.",
])
def test_a_pages_furniture_counts_nothing(sentence: str):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a tally's total and, in brackets, its increase since the last report: both count the same thing
    ("Ukrainian defenders also destroyed 11,904 (+3) tanks and 24,512 (+6) armored combat vehicles.",
     [(11904, None, None, "exact", "tanks", "equipment"), (3, None, None, "exact", "tanks", "equipment"),
      (24512, None, None, "exact", "vehicles", "equipment"), (6, None, None, "exact", "vehicles", "equipment")]),
    ("tanks - 11,812 (+4);", [(11812, None, None, "exact", "tanks", "equipment"), (4, None, None, "exact", "tanks", "equipment")]),
    ("It rose to 40 (+5 on the week).", []),
])
def test_a_tallys_increase_in_brackets_counts_what_its_total_counts(sentence: str, expected: list[tuple]):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what a count of the dead is made from (not graves: a cemetery holds them); soldiers held by the other side are
    # prisoners
    ("Amur.Watch counted 37 funerals of soldiers from the region.", [(37, None, None, "exact", "funerals", "killed")]),
    ("We found 58 such obituaries.", [(58, None, None, "exact", "obituaries", "killed")]),
    ("It named the three North Korean soldiers held in Ukraine.", [(3, None, None, "exact", "persons", "captured")]),
    ("About 2,000 troops held in reserve near Kursk.", [(2000, None, None, "approx", "persons", "troops")]),
])
def test_funerals_count_the_dead_and_soldiers_held_by_the_enemy_are_captured(sentence: str, expected: list[tuple]):
    assert figures(sentence) == expected


def test_a_british_quotation_opens_a_sentence():
    text = ("'They are spent like ammunition,' said the minister, Helen Carr. 'Russian guns fire 12,000 shells a day.' "
            "Then the briefing ended.")
    assert [s for _, s in split_sentences(text)] == [
        "'They are spent like ammunition,' said the minister, Helen Carr.", "'Russian guns fire 12,000 shells a day.'",
        "Then the briefing ended."]



@pytest.mark.parametrize("sentence, expected", [
    # found in review: a plural after digits is a toll when the sentence says so, and not after a name or "in"
    ("At least 15 journalists have been killed in the war.", [(15, 15, None, "at_least", "persons", "killed")]),
    ("About 300 hostages remain in Russian captivity.", [(300, None, None, "approx", "persons", "captured")]),
    ("The bank raised rates by 200 basis points.", []),
    ("Boeing 737 passengers were evacuated.", []),
    ("Nine in 10 respondents said so.", []),
    # held for training is not held captive; mourners at funerals are not the dead
    ("About 11,000 North Korean soldiers held in Russia for training are expected to join the fight.",
     [(11000, None, None, "approx", "persons", "troops")]),
    ("Hundreds of mourners attended the funerals in Dnipro.", []),
    ("The cemetery holds about 3,000 graves.", [(3000, None, None, "approx", "graves", "other")]),
    # an increase counts what the total just before it counts, not an earlier figure's
    ("Personnel: about 1,020,450 (+1,090) persons; tanks: 11,904 (+3).",
     [(1020450, None, None, "approx", "persons", "troops"), (1090, None, None, "exact", "persons", "troops")]),
])
def test_review_cases_for_counted_nouns(sentence: str, expected: list[tuple]):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a toll told by its verb, of a part or of more
    ("Ministry spokesperson Yoon Ji-hoon said that two of the nine were captured in Kursk.", [(2, "captured")]),
    ("Our sources say at least two more were captured in December.", [(2, "captured")]),
    # the same thing counted at another time, or settled since
    ("The money will cover about 11,500 North Korean citizens, against 8,200 this year.",
     [(11500, "people"), (8200, "people")]),
    ("It said 34 North Korean defectors reached the South, and that about 34,500 have now settled in the country.",
     [(34, "people"), (34500, "people")]),
    # amounts whose digits read like a year or a name: "19.6 bln", "$US800"
    ("The deficit is expected to reach RUB 19.6 bln in 2026.", [(19.6e9, "money")]),
    ("Each shell is worth about $US800 ($1,230) to the regime.", [(800, "money"), (1230, "money")]),
    ("Prices rose 20.5 percent.", [(20.5, "other")]),
    # a year is still no count, nor the whole a part is taken from
    ("In 2019 the nine were captured.", []),
])
def test_tolls_told_by_verbs_comparisons_and_amounts_read_as_years(sentence: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-01-10", "text": sentence})
    assert [(r["value"], r["metric"]) for r in rows] == expected


@pytest.mark.parametrize("sentence, expected", [
    # "killed or wounded" before a count is a casualty count, not the wounded alone
    ("Drone operators have killed or wounded 240 North Korean soldiers near Tetkino.", [(240, "casualties")]),
    # a share of an economy or a budget counts nothing the article counts
    ("Members agreed to spend 5 percent of GDP on defense.", [(5, "other")]),
    ("Arms sales earned 14 percent of the North's economy.", [(14, "other")]),
    # designations under an asset freeze; vehicles on two wheels
    ("The government decided to freeze the assets of 14 more groups and individuals.", [(14, "other")]),
    ("The drones destroyed 11 motorcycles.", [(11, "equipment")]),
])
def test_metrics_of_casualties_shares_of_an_economy_and_designations(sentence: str, expected: list[tuple]):
    assert [(f.value, f.metric) for f in figures_in_sentence(sentence)] == expected


def test_departures_of_people_are_not_shipments():
    assert [(f.value, f.metric) for f in figures_in_sentence(
        "The ministry reported 260,000 departures to Georgia, most of them military-age men.")] == [(260000, "other")]


@pytest.mark.parametrize("sentence, expected", [
    # designations are no head-count of people, wherever the sentence names the sanctions
    ("As of 30 June, 47 individuals and entities are designated under the sanctions regime, 19 of them since January.",
     [(47, "other"), (19, "other")]),
    ("The Treasury adds 26 individuals and 14 entities to the list.", [(26, "other"), (14, "other")]),
    # people employed, hired or sent to work are workers
    ("A construction company that employs about 300 North Koreans pays RUB 95,000 a month.",
     [(300, "workers"), (95000, "money")]),
    ("As many as 1,000 North Koreans would be sent to work there.", [(1000, "workers")]),
    # people counted otherwise stay people
    ("About 300 North Koreans attended the ceremony.", [(300, "people")]),
])
def test_designations_and_people_employed(sentence: str, expected: list[tuple]):
    assert [(f.value, f.metric) for f in figures_in_sentence(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # soldiers Ukraine (or "it", its headquarters) holds are prisoners; a force losing men counts casualties
    ("Ukraine is now holding nine North Korean soldiers, up from six in July.", [(9, "captured"), (6, "captured")]),
    ("It now holds six North Korean soldiers.", [(6, "captured")]),
    ("They lose no more than 150 men a week.", [(150, "casualties")]),
    # a force held in reserve or a base's garrison is no prisoner count
    ("Russia holds 10,000 troops in reserve near Kursk.", [(10000, "troops")]),
    ("The base held 2,000 soldiers at its peak.", [(2000, "troops")]),
])
def test_soldiers_held_by_ukraine_are_prisoners(sentence: str, expected: list[tuple]):
    assert [(f.value, f.metric) for f in figures_in_sentence(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # factories after what they make count factories; rounds of talks are no ammunition
    ("Satellite images show two new munitions plants near Kanggye.", [(2, "other")]),
    ("Roughly 300 munitions factories work around the clock.", [(300, "other")]),
    ("After three rounds of shuttle diplomacy, talks stalled.", [(3, "other")]),
    ("Russia fired 300 rounds of artillery.", [(300, "munitions")]),
    # people still in hospital were wounded
    ("Eleven people remain in hospital.", [(11, "wounded")]),
])
def test_factories_rounds_of_talks_and_people_in_hospital(sentence: str, expected: list[tuple]):
    assert [(f.value, f.metric) for f in figures_in_sentence(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a share with its noun inside: "one round in five"; "one in two" is a half
    ("We assess that one North Korean artillery round in four now fails to function, down from as many as one in two "
     "early in 2024.", [(0.25, "munitions"), (0.5, "munitions")]),
    ("The ship sails with its transponder off roughly one trip in three.", [(1 / 3, "shipments")]),
    # a span of days after "in" is no share
    ("One soldier in three days.", [(3, "duration")]),
])
def test_a_share_with_its_noun_inside(sentence: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-01-10", "text": sentence})
    assert [(r["value"], r["metric"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # taken alive or prisoner is captured; people "currently in" a country are where the count before them is
    ("Fewer than ten have been taken alive, officials said.", [(10, "captured")]),
    ("- two were taken prisoner;", [(2, "captured")]),
    ("North Korea sent 11,000 troops. Some 10,000 are currently in Russia.", [(11000, "troops"), (10000, "troops")]),
])
def test_taken_prisoner_and_currently_in(text: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-01-10", "text": text})
    assert [(r["value"], r["metric"]) for r in rows] == expected


@pytest.mark.parametrize("sentence, expected", [
    # found in a second review: holding and losing count soldiers only; designations near their sanctions; rates per time
    ("The headquarters held 14 briefings in March.", [(14, "other")]),
    ("Kyiv is holding 2,000 troops in reserve for a possible counteroffensive.", [(2000, "troops")]),
    ("Companies that lose 30 employees to mobilisation can apply for a waiver.", [(30, "other")]),
    ("Ukraine says it holds 14 North Koreans.", [(14, "captured")]),
    ("A court in Rostov sentenced 12 individuals for desertion; separately, the UK sanctioned two banks.",
     [(12, "people")]),
    ("A Shahed flies one mile in 10 seconds.", []),
])
def test_second_review_cases_for_metrics(sentence: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-01-10", "text": sentence})
    assert [(r["value"], r["metric"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # parts and parallels of a count made just before: "three of them", "of whom N gave", "Of them, N",
    # "N on <date>" after "M on <date>", "N did so", "compared with N over the same period"
    ("The North has fired nine ballistic missiles so far this year, three of them on March 10 alone.",
     [(9, "munitions"), (3, "munitions")]),
    ("11,870 North Korean citizens entered Russia in the first quarter, of whom 8,940 gave study as the purpose.",
     [(11870, "people"), (8940, "people")]),
    ("Spisok has confirmed the deaths of 4,318 men. Of them, 1,106 had signed their contracts after 2025.",
     [(4318, "killed"), (1106, "killed")]),
    ("Earlier imagery showed 96 cars on August 22 and 140 on October 6.", [(96, "shipments"), (140, "shipments")]),
    ("About 7,200 Russians visited North Korea in 2025, and 5,100 did so in the first seven months of this year.",
     [(7200, "people"), (5100, "people")]),
    ("We identified 27 port calls at Rajin, compared with 16 over the same period last year.",
     [(27, "shipments"), (16, "shipments")]),
    # not a part: a year after "and", a date without a parallel
    ("The plant made 300 shells in May and 2025 was a record year.", [(300, "munitions")]),
    ("The ships made 12 port calls in May and 40 tonnes of rice arrived.", [(12, "shipments"), (40, "supplies")]),
])
def test_parts_and_parallels_of_the_count_before(text: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-01-10", "text": text})
    assert [(r["value"], r["metric"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # what a count is of: served soldiers, funerals of the dead, airplanes, instances of something seen
    ("Around 15,000 North Koreans have served in Russia since 2024.", [(15000, "troops")]),
    ("Funerals for at least 37 soldiers have been held across the province.", [(37, "killed")]),
    ("Russia has lost 428 airplanes since the invasion began.", [(428, "equipment")]),
    ("Analysts have observed at least 27 instances of North Korean personnel operating in Kursk.", [(27, "other")]),
    # a share after a sentence that only named a span of time is not a duration
    ("Trade grew 14-fold in two years. Russia's share of the North's trade rose to 17 percent.",
     [(14, "other"), (2, "duration"), (17, "other")]),
])
def test_served_funerals_airplanes_instances_and_shares_after_a_span(text: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-01-10", "text": text})
    assert [(r["value"], r["metric"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    # found in review: only soldiers named by nationality "serve" as troops; a year after "the" is not a count
    ("Over three decades, 2,000 diplomats have served in Pyongyang.", [(3, "duration"), (2000, "people")]),
    ("Some 3,000 North Korean students are serving in internships at Russian universities.", [(3000, "people")]),
    ("The 2025 strikes on the city killed 30 people, and two of the 2024 attacks hit hospitals.",
     [(30, "killed"), (2, "other")]),
])
def test_review_cases_for_serving_and_years(text: str, expected: list[tuple]):
    rows = article_figures({"article": "a", "date": "2026-01-10", "text": text})
    assert [(r["value"], r["metric"]) for r in rows] == expected


@pytest.mark.parametrize("before, fate", [
    # one phrase per row of lexicon.FATE_BEFORE: the cheap hint in front of them must let each through
    ("troops killed or wounded ", "casualties"), ("Russia has lost ", "casualties"), ("the strike killed ", "killed"),
    ("confirmed the deaths of ", "killed"), ("funerals for at least ", "killed"), ("the shelling injured ", "wounded"),
    ("Ukraine captured ", "captured"), ("a firm that employs ", "workers"), ("Russia sent ", None),
])
def test_fate_before_a_number_passes_its_hint(before: str, fate: str | None):
    assert _fate_before(before) == fate
