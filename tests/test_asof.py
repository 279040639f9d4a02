"""Tests for analysis.asof: the date a figure refers to, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.asof import as_of, latest_date, time_expressions

APRIL_10 = date(2025, 4, 10)  # The Straits Times, seed 000
APRIL_24 = date(2025, 4, 24)  # Tortoise, seed 004


# (sentence, the figure's words, publication date, expected as_of)
CASES = [
    ("A March 28 intelligence update from the British Ministry of Defence estimated that North Korea has suffered "
     "more than 5,000 casualties in the war as at March.", "more than 5,000", APRIL_10, "2025-03"),
    ("While North Korean leader Kim Jong Un was said to have dispatched an additional 3,000 soldiers in February, "
     "analysts say that his anxiety is likely growing.", "3,000", APRIL_10, "2025-02"),
    ("People-to-people exchanges have also increased drastically over the past year, with more than 13,000 North "
     "Koreans entering Russia last year.", "13,000", APRIL_10, "2024"),
    ("It has deployed 11,000 troops to aid Russia since October 2024.", "11,000", APRIL_10, "2025-04-10"),
    ("Talks in London were downgraded yesterday after 2,000 more troops arrived.", "2,000", APRIL_24, "2025-04-23"),
    ("About 11,000 troops were in Kursk as of early January.", "11,000", APRIL_10, "2025-01"),
    ("For instance, last May, North Korea sent a science delegation of 30 scientists to Moscow.", "30 scientists",
     APRIL_10, "2024-05"),
    ("Ceasefire talks are still ongoing, but an agreement was reached on March 18 for both Ukraine and Russia to "
     "temporarily halt attacks on energy infrastructure facilities for 30 days.", "30 days", APRIL_10, "2025-03-18"),
    ("Talks on 28 February 2025 ended with 2,000 troops still in Kursk.", "2,000", APRIL_10, "2025-02-28"),
    ("In January, Ukraine’s President Zelensky announced that Ukrainian forces had taken two North Korean soldiers "
     "as prisoners of war.", "two", APRIL_24, "2025-01"),
    ("In 2022 US intelligence revealed that Russia was buying millions of artillery shells and rockets from North "
     "Korea.", "millions", APRIL_24, "2022"),
    ("North Korea sent 10,000 troops in October 2024.", "10,000", APRIL_10, "2024-10"),
    ("North Korea sent 10,000 troops in mid-October.", "10,000", APRIL_10, "2024-10"),  # after April: last year
    ("By late March, 5,000 soldiers had been killed or wounded.", "5,000", APRIL_10, "2025-03"),
    ("As of December 2024, 11,000 troops were in Kursk.", "11,000", APRIL_10, "2024-12"),
    ("The NIS said on Monday that 300 soldiers had died.", "300", APRIL_10, "2025-04-07"),
    ("The NIS said in December that 3,000 troops had arrived by the end of November.", "3,000", APRIL_10, "2024-11"),
    ("About 1,000 soldiers died last month.", "1,000", APRIL_10, "2025-03"),
    ("About 1,000 soldiers died this month.", "1,000", APRIL_10, "2025-04"),
    ("An agreement was reached on March 18 to halt attacks for 30 days.", "30", date(2025, 3, 10), "2024-03-18"),
    # a comparison base is never the as-of date
    ("More than 13,000 North Koreans entered Russia last year – a 12-fold jump from 2023.", "12-fold", APRIL_10, "2024"),
    ("Casualties doubled compared with December to 4,000.", "4,000", APRIL_10, ""),
    # nothing dates the figure
    ("Military service is mandatory for North Korean men and can last up to 12 years.", "12", APRIL_24, ""),
]


@pytest.mark.parametrize("sentence, words, published, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_as_of(sentence: str, words: str, published: date, expected: str):
    assert as_of(sentence, sentence.index(words), published) == expected


@pytest.mark.parametrize("sentence, words", [
    ("North Korea has suffered more than 5,000 casualties in the war as at March.", "5,000"),
    ("Kim dispatched an additional 3,000 soldiers in February.", "3,000"),
    ("More than 13,000 North Koreans entered Russia last year.", "13,000"),
    ("Ukraine said yesterday that 300 soldiers had been killed.", "300"),
    ("Last May, North Korea sent 30 scientists to Moscow.", "30"),
    ("An agreement was reached on March 18 to halt attacks for 30 days.", "30"),
    ("It has deployed 11,000 troops since October 2024.", "11,000"),
])
def test_relative_forms_need_a_publication_date(sentence: str, words: str):
    assert as_of(sentence, sentence.index(words), None) == ""


@pytest.mark.parametrize("sentence, words, expected", [
    ("Talks on 28 February 2025 ended with 2,000 troops still in Kursk.", "2,000", "2025-02-28"),
    ("In 2022 US intelligence revealed that Russia was buying millions of artillery shells.", "millions", "2022"),
    ("North Korea sent 10,000 troops in October 2024.", "10,000", "2024-10"),
])
def test_absolute_dates_resolve_without_a_publication_date(sentence: str, words: str, expected: str):
    assert as_of(sentence, sentence.index(words), None) == expected


def test_marked_expression_wins_over_the_date_of_the_statement():
    s = "The MoD estimated on March 28 that 5,000 were lost as at March."
    assert [(t.text, t.iso, t.marked) for t in time_expressions(s, APRIL_10)] == [
        ("March 28", "2025-03-28", False), ("March", "2025-03", True)]
    assert as_of(s, s.index("5,000"), APRIL_10) == "2025-03"


def test_since_is_a_period_running_to_publication():
    found = time_expressions("It has deployed 11,000 troops since October 2024.", APRIL_10)
    assert found and all(t.period and t.iso == "2025-04-10" for t in found)


def test_comparison_base_is_not_a_time_expression():
    found = time_expressions("More than 13,000 entered Russia last year, a 12-fold jump from 2023.", APRIL_10)
    assert [(t.text, t.iso) for t in found] == [("last year", "2024")]


def test_weekdays_and_weeks_go_back_from_publication():
    found = time_expressions("Kim sent 2,000 workers last week and 300 on Monday.", APRIL_10)  # a Thursday
    assert [t.iso for t in found] == ["2025-04-03", "2025-04-07"]


def test_until_does_not_date_a_figure():
    assert time_expressions("Sanctions stay until 2026; Kim sent 2,000 troops.", APRIL_10) == []


# --------------------------------------------------------------------------- latest_date

@pytest.mark.parametrize("text, expected", [
    ("Talks on Friday, 28 February 2025 ended; Kim visited in September 2023.", date(2025, 2, 28)),
    ("Published April 10, 2025. Talks on 28 February 2025 ended.", date(2025, 4, 10)),
    ("The summit was held on June 19, 2024.", date(2024, 6, 19)),
    ("On 31 February 2025 nothing happened, but on March 3, 2025 it did.", date(2025, 3, 3)),  # impossible dates skipped
    ("Kim visited in September 2023 and again in 2024.", None),  # no full date
    ("No dates here at all.", None),
])
def test_latest_date(text: str, expected: date | None):
    assert latest_date(text) == expected


# --------------------------------------------------------------------------- known defects

def test_latest_date_reads_iso_dates():
    assert latest_date("Published April 10, 2025. Updated 2025-04-12.") == date(2025, 4, 12)


@pytest.mark.parametrize("sentence, expected", [
    ("Casualties were 5,000, up from the 2023 level.", []),
    ("Deaths rose to 300 AS OF March, a jump from the 2024 figure.", [("March", "2025-03", True, False)]),
    # not ASCII: the word tests before the patterns are not trusted ('ſ' is an 's', 'ı' an 'i' to them), the patterns decide
    ("Losses in riſe from 2024 were high.", []),
    ("It was nearby March when 200 came, untıl 2025 and ſince 2023.", [("2023", "2025-04-10", False, True)]),
    ("By the END of March 300 had died, against 100 in 2024, UNTIL 2025.", [("2024", "2024", False, False)]),
])
def test_words_before_an_expression_mark_drop_or_extend_it(sentence: str, expected: list[tuple]):
    found = time_expressions(sentence, date(2025, 4, 10))
    assert [(t.text, t.iso, t.marked, t.period) for t in found] == expected
