"""Tests for analysis.numbers: hedges, number words, fractions, scales, percents, ranges, vague amounts.

Every expectation below is a value a reader of the sentence would write down; a case the
extractor gets wrong is marked xfail(strict=True) with the reason, never asserted as is.
"""

from __future__ import annotations

import pytest

from analysis.numbers import POST_QUANTIFIERS, QUANTIFIERS, find_quantities, hedge, parse_number


def one(sentence: str):
    """The single quantity of a sentence that holds exactly one."""
    found = find_quantities(sentence)
    assert len(found) == 1, f"expected one quantity in {sentence!r}, got {[q.text for q in found]}"
    return found[0]


def summary(sentence: str) -> tuple:
    q = one(sentence)
    return q.value, q.low, q.high, q.qualifier


# --------------------------------------------------------------------------- the QUANTIFIERS table

def _table_words() -> list[tuple[str, str, str | None]]:
    rows = []
    for words, qualifier, bound in QUANTIFIERS:
        for word in words.split("|"):
            rows.append((word.replace("\\.?", ".").replace("\\", ""), qualifier, bound))
    return rows


@pytest.mark.parametrize("words, qualifier, bound", QUANTIFIERS, ids=[row[1] + "-" + row[0].split("|")[0] for row in QUANTIFIERS])
def test_each_quantifier_row_bounds_the_number_it_qualifies(words: str, qualifier: str, bound: str | None):
    for word in words.replace("\\.?", ".").replace("\\", "").split("|"):
        sentence = f"Officials said {word} 5,000 North Korean troops were sent to Kursk."
        q = one(sentence)
        assert q.text == f"{word} 5,000", sentence
        assert (q.value, q.qualifier) == (5000, qualifier), sentence
        assert (q.low, q.high) == ((5000, None) if bound == "low" else (None, 5000) if bound == "high" else (None, None))


@pytest.mark.parametrize("words, qualifier, bound", POST_QUANTIFIERS,
                         ids=[row[1] + "-" + row[0].split("|")[0] for row in POST_QUANTIFIERS])
def test_each_hedge_after_the_number_bounds_it(words: str, qualifier: str, bound: str | None):
    for word in words.split("|"):
        sentence = f"Officials said 5,000 {word} North Korean troops were sent to Kursk."
        q = one(sentence)
        assert q.text == f"5,000 {word}", sentence
        assert (q.value, q.qualifier) == (5000, qualifier), sentence
        assert (q.low, q.high) == ((5000, None) if bound == "low" else (None, 5000) if bound == "high" else (None, None))


def test_a_hedge_before_the_number_wins_over_one_after():
    q = one("Some 11,000 or more North Korean soldiers were sent.")
    assert (q.value, q.qualifier, q.low) == (11000, "approx", None)


@pytest.mark.parametrize("word, qualifier, bound", _table_words(), ids=lambda v: str(v))
def test_hedge_looks_up_every_table_word_case_insensitively(word: str, qualifier: str, bound: str | None):
    assert hedge(word) == (qualifier, bound)
    assert hedge(word.upper()) == (qualifier, bound)


def test_no_hedge_is_exact():
    assert hedge(None) == ("exact", None)
    assert hedge("") == ("exact", None)


# One real sentence per hedge word: (sentence, value, low, high, qualifier).
HEDGES = [
    ("North Korea has suffered more than 5,000 casualties in the war as at March.", 5000, 5000, None, "more_than"),
    ("Loaded wagons north: ~900 in June, by the blog's count.", 900, None, None, "approx"),  # a tilde is "about"
    ("Russia has supplied North Korea with oil in exchange for over 10,000 North Korean troops.", 10000, 10000, None, "more_than"),
    ("Losses above 4,000 soldiers were reported by Kyiv.", 4000, 4000, None, "more_than"),
    ("Seoul estimates arms sales in excess of $20 billion since 2023.", 2e10, 2e10, None, "more_than"),
    ("Kim Jong-un has reportedly sent at least 11,000 soldiers to the Russian region of Kursk.", 11000, 11000, None, "at_least"),
    ("No fewer than 300 North Korean soldiers have been killed, lawmakers said.", 300, 300, None, "at_least"),
    ("This would account for nearly half of the reported troops it deployed.", 0.5, None, 0.5, "at_most"),
    ("Almost 4,000 North Korean soldiers have been killed or wounded in Kursk.", 4000, None, 4000, "at_most"),
    ("Close to 2,000 North Korean workers arrived in Vladivostok in January.", 2000, None, 2000, "at_most"),
    ("Less than 1,000 North Korean soldiers remain on the front line.", 1000, None, 1000, "less_than"),
    ("Fewer than 100 North Korean soldiers have been captured alive.", 100, None, 100, "less_than"),
    ("Under 500 North Korean troops remained in the region by April.", 500, None, 500, "less_than"),
    ("Military service is mandatory for North Korean men and can last up to 12 years.", 12, None, 12, "at_most"),
    ("As many as 15,000 North Korean workers were sent to Russian building sites.", 15000, None, 15000, "at_most"),
    ("Seonghyeon Ryu told Tortoise he slept as little as two hours per night.", 2, None, 2, "at_most"),
    ("At most 200 North Korean soldiers were captured, the official said.", 200, None, 200, "at_most"),
    ("About 300 North Korean soldiers have been killed and 2,700 wounded.", 300, None, None, "approx"),
    ("Around 11,000 troops arrived in October and November.", 11000, None, None, "approx"),
    ("Approximately 3,000 soldiers were sent in January and February.", 3000, None, None, "approx"),
    ("Roughly 11,000 troops were deployed to the Kursk region.", 11000, None, None, "approx"),
    ("Some 1,500 additional troops returned to the front in Kursk.", 1500, None, None, "approx"),
    ("An estimated 12,000 soldiers were deployed to Russia last autumn.", 12000, None, None, "approx"),
]


@pytest.mark.parametrize("sentence, value, low, high, qualifier", HEDGES, ids=[h[0][:32] for h in HEDGES])
def test_hedge_words_in_real_sentences(sentence: str, value: float, low, high, qualifier: str):
    q = find_quantities(sentence)[0]
    assert (q.value, q.low, q.high, q.qualifier) == (pytest.approx(value), low and pytest.approx(low),
                                                     high and pytest.approx(high), qualifier)


# --------------------------------------------------------------------------- number words

@pytest.mark.parametrize("text, value", [
    ("11,000", 11000), ("1.5", 1.5), ("two", 2), ("a dozen", 12), ("dozen", 12), ("eleven", 11),
    ("eleven thousand", 11000), ("two hundred thousand", 200000), ("one hundred and twenty", 120),
    ("twenty-five", 25), ("Two", 2), ("1,200,000", 1200000),
])
def test_parse_number(text: str, value: float):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "troops", "a lot", "1,2x"])
def test_parse_number_rejects_non_numbers(text: str):
    assert parse_number(text) is None


@pytest.mark.parametrize("sentence, value", [
    ("In January, Zelensky announced that Ukrainian forces had taken two North Korean soldiers.", 2),
    ("Satellite imagery revealed over a dozen North Korean oil tankers.", 12),
    ("Eleven thousand North Korean troops were deployed to Kursk.", 11000),
    ("Two hundred thousand North Korean workers could be sent to Russia.", 200000),
    ("One hundred and twenty North Korean soldiers were killed in a single assault.", 120),
])
def test_number_words_in_sentences(sentence: str, value: float):
    assert one(sentence).value == value
    assert one(sentence).kind == "count"


# --------------------------------------------------------------------------- fractions, percents, multiples

@pytest.mark.parametrize("sentence, value, qualifier", [
    ("Half of the troops sent to Kursk were killed or wounded.", 0.5, "exact"),
    ("This would account for nearly half of the reported troops.", 0.5, "at_most"),
    ("A third of the North Korean soldiers were wounded.", 1 / 3, "exact"),
    ("Roughly a third of the North Korean troops were lost.", 1 / 3, "approx"),
    ("Two-thirds of the shells were fired within weeks.", 2 / 3, "exact"),
    ("Two thirds of the shells were fired within weeks.", 2 / 3, "exact"),
    ("A quarter of the shells failed to explode, Ukrainian officers said.", 0.25, "exact"),
])
def test_fractions_are_ratios(sentence: str, value: float, qualifier: str):
    q = one(sentence)
    assert (q.value, q.qualifier, q.kind) == (pytest.approx(value, rel=1e-4), qualifier, "ratio")


@pytest.mark.parametrize("sentence, value, kind", [
    ("The 11th Army Corps suffered 40% losses in Kursk.", 40, "percent"),
    ("North Korean casualties rose 50 percent in a month.", 50, "percent"),
    ("Trade between the two countries rose by 12 per cent last year.", 12, "percent"),
    ("More than 13,000 North Koreans entered Russia last year, a 12-fold jump.", 12, "multiple"),
    ("Rail shipments saw a threefold increase after the summit.", 3, "multiple"),
    ("Arrivals of North Korean workers rose tenfold.", 10, "multiple"),
    ("Traffic at the yard in January was roughly three times the 2023 average.", 3, "multiple"),
    ("Some 14,830 North Koreans entered Russia in 2024, more than three times as many as the year before.", 3,
     "multiple"),
])
def test_percents_and_multiples(sentence: str, value: float, kind: str):
    q = [q for q in find_quantities(sentence) if q.kind in ("percent", "multiple")]
    assert [(x.value, x.kind) for x in q] == [(value, kind)]


# --------------------------------------------------------------------------- scales and money

@pytest.mark.parametrize("sentence, value, kind, currency", [
    ("What's in it for Kim? More than $20 billion, according to one South Korean think tank.", 2e10, "money", "USD"),
    ("Pyongyang has shipped 4 million artillery shells to Russia.", 4e6, "count", None),
    ("The arms deal was worth £1.5bn to Pyongyang.", 1.5e9, "money", "GBP"),
    ("Seoul pledged 1.2 trillion won in aid to Kyiv.", 1.2e12, "money", "KRW"),
    ("The deal was worth $500m to North Korea.", 5e8, "money", "USD"),
    ("Pyongyang sent 1.5m artillery shells.", 1.5e6, "count", None),
    ("Brussels pledged 300 million euros for air defence.", 3e8, "money", "EUR"),
    ("The regime earned an estimated $US7-9 billion from arms deals with Russia last year.", 7e9, "money", "USD"),
    ("Canberra has committed A$1.5 billion in military assistance.", 1.5e9, "money", "AUD"),
    ("North Korea earns about $500 million (roughly Rs 4,400 crore) a year.", 4.4e10, "money", "INR"),
    ("He estimated the cost of restoring housing at 14.6 bln rubles this year alone.", 1.46e10, "money", "RUB"),
    ("Pyongyang had supplied Russia with more than 12 mln artillery shells.", 1.2e7, "count", None),
    ("Russia sent more than a million barrels of petroleum products a year.", 1e6, "count", None),
    ("India has shipped more than 1,00,000 tonnes of wheat and flour this year.", 1e5, "count", None),  # lakh grouping
    ("That is above the UN ceiling of 5,00,000 barrels a year.", 5e5, "count", None),
])
def test_scales_and_currencies(sentence: str, value: float, kind: str, currency: str | None):
    q = [q for q in find_quantities(sentence) if q.value != 1]  # "one South Korean think tank" is a count of 1
    assert [(x.value, x.kind, x.currency) for x in q][-1:] == [(pytest.approx(value), kind, currency)]


@pytest.mark.parametrize("sentence, expected", [
    ("Gunners said as many as one in five North Korean shells failed to detonate.", [(0.2, "ratio")]),
    ("Roughly 1 in 10 recruits deserted.", [(0.1, "ratio")]),
    # not a share: a count, then a span of time or of events
    ("Drones killed two in three days.", [(2.0, "count"), (3.0, "count")]),
    ("Missiles hit 2 in 3 separate attacks.", [(2.0, "count"), (3.0, "count")]),
])
def test_one_in_five_is_a_share(sentence: str, expected: list[tuple]):
    assert [(pytest.approx(q.value, rel=1e-3), q.kind) for q in find_quantities(sentence)] == expected


# --------------------------------------------------------------------------- ranges

@pytest.mark.parametrize("sentence, low, high, kind", [
    ("Between 11,000 and 12,000 North Korean troops were deployed to Kursk.", 11000, 12000, "count"),
    ("An estimated 11 or 12,000 North Korean soldiers were sent.", 11000, 12000, "count"),
    ("Some 600,000 to 700,000 shells were shipped by rail.", 600000, 700000, "count"),
    ("Arms sales earned Pyongyang from 2 to 3 billion dollars a year.", 2e9, 3e9, "money"),
    ("Pyongyang earned $2 to 3 billion from the shells.", 2e9, 3e9, "money"),
    ("3,000-4,000 North Korean soldiers were wounded in December.", 3000, 4000, "count"),
    ("North Korean ammunition makes up “somewhere between 40 and 60 percent of that,” he said.", 40, 60, "percent"),
    ("Before the invasion the factories ran at between 30% and 40% of capacity.", 30, 40, "percent"),
])
def test_ranges(sentence: str, low: float, high: float, kind: str):
    q = one(sentence)
    assert (q.value, q.low, q.high, q.qualifier, q.kind) == (low, low, high, "range", kind)


@pytest.mark.parametrize("sentence", ["The 2022-2024 period saw rising exchanges.", "It ran 2023 to 2025."])
def test_year_spans_are_not_ranges(sentence: str):
    assert find_quantities(sentence) == []


@pytest.mark.parametrize("sentence", ["Exchanges grew from 2023 to 2025.", "Talks between 2022 and 2024 stalled."])
def test_year_spans_with_from_or_between_are_not_ranges(sentence: str):
    assert find_quantities(sentence) == []


# --------------------------------------------------------------------------- vague amounts and "+"

@pytest.mark.parametrize("sentence, base", [
    ("North Korea dispatched thousands of workers to construction sites across Russia.", 1000),
    ("Tens of thousands of North Korean troops could follow.", 10000),
    ("Several hundred casualties were reported in the first week.", 100),
    ("US intelligence revealed that Russia was buying millions of artillery shells.", 1e6),
    ("Hundreds of thousands of shells were sent by rail.", 100000),
    ("Dozens of North Korean soldiers were captured, Kyiv claimed.", 12),
    ("A few thousand North Korean troops remained in Kursk.", 1000),
])
def test_vague_amounts_bound_from_below(sentence: str, base: float):
    q = one(sentence)
    assert (q.value, q.low, q.high, q.qualifier) == (base, base, None, "vague")


def test_plus_sign_is_a_lower_bound():
    q = one("Get unlimited access to 10,000+ magazines, newspapers and Premium stories")
    assert (q.text, q.value, q.low, q.high, q.qualifier) == ("10,000+", 10000, 10000, None, "at_least")


def test_quantities_come_left_to_right_with_offsets():
    s = "About 300 North Korean soldiers have been killed and 2,700 wounded."
    found = find_quantities(s)
    assert [(q.text, q.value) for q in found] == [("About 300", 300), ("2,700", 2700)]
    assert [s[q.start:q.end] for q in found] == ["About 300", "2,700"]


def test_sentence_without_numbers_has_no_quantities():
    assert find_quantities("But when the time comes for a truce, the alliance will take a backseat, say analysts.") == []


@pytest.mark.parametrize("sentence, expected", [
    # thousands grouped by spaces, as translated Russian copy writes them (a no-break space too)
    ("Since the launch of the passenger carriage in June 2025, 3 960 passengers have used it.",
     [("2025", 2025.0), ("3 960", 3960.0)]),
    ("Korean workers receive from 90 000 to 120 000 rubles a month.", [("from 90 000 to 120 000 rubles", 90000.0)]),
    ("A five-day tour costs from 85\u00a0000 rubles per person.", [("five", 5.0), ("85\u00a0000 rubles", 85000.0)]),
    # not table columns, calibres or a day of a month
    ("Total 23 984", [("23", 23.0), ("984", 984.0)]),
    ("approximately 180 170 mm self-propelled guns", [("approximately 180", 180.0), ("170", 170.0)]),
    ("On March 5 300 drones hit the city.", [("5", 5.0), ("300", 300.0)]),
])
def test_thousands_grouped_by_spaces(sentence: str, expected: list[tuple[str, float]]):
    assert [(q.text, q.value) for q in find_quantities(sentence)] == expected


# --------------------------------------------------------------------------- anchors read as bytes

def test_wide_digit_leads_cover_every_decimal_digit_beyond_ascii():
    """anchors reads a text as bytes only when no digit beyond ASCII is in it: the lead bytes it tests must be all."""
    from analysis.numbers import _WIDE_DIGIT_LEADS
    leads = {chr(c).encode()[0] for c in range(0x80, 0x110000) if chr(c).isdecimal()}
    assert leads <= set(_WIDE_DIGIT_LEADS)


@pytest.mark.parametrize("text", [
    "Over a dozen tankers made 43 trips, in seventeen or seventy days.",
    "“ÉVERY second shell” – 1,200.5, .5, 3..4,, TWENTY-ONE Ölbrücken one?two ?one a mile, éa mile",
    "Д one ДДone two1 ١٢ twelve",  # an Arabic-Indic digit: read as characters
    "İstanbul sent two; a Kilometre",  # 'İ' and the Kelvin sign lower-case to other lengths or to ASCII
    "", "a kilometre", "7",
])
def test_anchors_read_as_bytes_as_as_characters(text: str):
    from analysis.numbers import _anchors_unicode, anchors
    assert anchors(text) == _anchors_unicode(text)
