"""Tests for analysis.load: real seed articles, small real fixture files, and every kind of bad input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import load
from analysis.load import BadInput, clean_text, decode, infer_metadata, iter_articles, iter_files, load_article, read_catalog
from analysis.paths import ROOT, SEEDS
from analysis.schema import ARTICLE_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "load"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def seed(prefix: str) -> Path:
    return next(p for p in SEED_FILES if p.name.startswith(prefix))


def lines(text: str) -> list[str]:
    return text.split("\n")


# --------------------------------------------------------------------------- seeds

# What each seed must lose (site furniture) and keep (body, headings, figures).
SEED_CASES = {
    "000": {
        "gone": ["magazines", "Magzter", "74.99", "149.99", "Try GOLD", "MORE STORIES", "time to read", "Change font size",
                 "Translate", "Wendy Teo", "Megan Khung", "Louvre", "October 28, 2025"],
        "kept": ["more than 5,000 casualties", "for 30 days", "reported 11,000 troops", "additional 3,000 soldiers",
                 "SEOUL - As the Ukraine war ceasefire negotiations gain momentum",
                 "told The Straits Times that it is natural for North Korea to feel uneasy"],
    },
    "001": {
        "gone": ["Gold Silver Rate", "Exchange Rate", "Nepali Calendar"],
        "kept": ["over 10,000 North Korean troops", "at least 43 trips", "Strategic Partnership Treaty Strengthens Ties",
                 "South Korea’s Potential Policy Shift", "amidst the ongoing conflict."],
    },
    "002": {
        "gone": ["ALSO READ", "Holly Bowles", "Methanol"],
        "kept": ["more than 10,000 troops", "10,000 North Korean Soldiers Sent to Ukraine", "making 43 trips",
                 "A Strengthened Russia-North Korea Alliance", "with which they’ve been hit."],
    },
    "003": {
        "gone": ["Read full news", "source page"],
        "kept": ["more than 13,000 North Koreans", "a 12-fold jump from 2023", "Resolution 2321", "September 2023",
                 "the outcome of Moscow-Washington talks."],
    },
    "004": {
        "gone": ["Further listening"],
        "kept": ["at least 11,000 soldiers", "up to 12 years", "More than $20 billion, according to one South Korean think tank.",
                 "Quid pro no.", "peace remains an abstraction."],
    },
}
WIDGET_LINES = {"Listen", "Translate", "Share", "-", "+", "|", "Image", "Change font size", "time to read"}


def test_there_are_five_seeds():
    assert [p.name[:3] for p in SEED_FILES] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_loses_boilerplate_and_keeps_body(path: Path):
    case = SEED_CASES[path.name[:3]]
    text = load_article(path)["text"]
    for phrase in case["gone"]:
        assert phrase not in text, f"boilerplate {phrase!r} survived"
    for phrase in case["kept"]:
        assert phrase in text, f"body {phrase!r} was removed"
    assert not WIDGET_LINES & set(lines(text))
    assert len(lines(text)) == len(set(lines(text))), "a paragraph is repeated"
    assert all(line == line.strip() and line for line in lines(text))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_row_has_exactly_the_article_columns(path: Path):
    row = load_article(path)
    assert list(row) == ARTICLE_COLUMNS
    assert row["article"] == path.stem
    assert row["path"] == str(path)


@pytest.mark.parametrize("prefix, expected", [
    ("000", {"date": "2025-04-10", "date_source": "text", "publisher": "The Straits Times",
             "title": "Ukraine ceasefire could leave Russia's alliance with N. Korea in the backseat"}),
    ("003", {"date": None, "date_source": None, "publisher": "lowyinstitute.org",
             "title": "Pyongyang–Moscow ties will outlive the Ukraine conflict"}),
    # 001 opens with body text: its first short line is a section heading, not a title.
    ("001", {"date": None, "date_source": None, "publisher": None, "title": None}),
    ("002", {"date": None, "date_source": None, "publisher": None, "title": None}),
    ("004", {"date": None, "date_source": None, "publisher": None, "title": None}),
])
def test_seed_metadata(prefix: str, expected: dict):
    row = load_article(seed(prefix))
    assert {k: row[k] for k in expected} == expected


def test_seed_000_title_repeat_kept_once_and_first():
    text = load_article(seed("000"))["text"]
    assert lines(text)[0] == "Ukraine ceasefire could leave Russia's alliance with N. Korea in the backseat"
    assert text.count("Ukraine ceasefire could leave") == 1
    assert "April 10, 2025" in lines(text)


def test_seed_003_caption_and_preview_paragraph_once():
    text = load_article(seed("003"))["text"]
    assert text.count("ended disastrously on Friday, 28 February 2025 (White House/Flickr)") == 1
    short = "People-to-people exchanges have also increased drastically over the past year, with more than 13,000 North Koreans entering Russia last year."
    assert lines(text).count(short) == 1
    longer = [s for s in lines(text) if s.startswith("In addition to science and technology")]
    assert len(longer) == 1 and "12-fold jump" in longer[0]
    assert "lowyinstitute.org" in lines(text)


def test_seed_002_first_paragraph_once():
    text = load_article(seed("002"))["text"]
    assert lines(text)[0].startswith("Russia has supplied North Korea with anti-aircraft missiles")
    assert text.count("Russia has supplied North Korea with anti-aircraft missiles") == 1
    assert lines(text)[-1].startswith("The increasingly close ties")


def test_seed_004_truncated_line_not_glued_to_the_next():
    text = load_article(seed("004"))["text"]
    assert "the soldiers revealed that they" in lines(text)[2]
    assert lines(text)[3] == "The soldiers also said they had been told to kill themselves rather than be taken alive."


# --------------------------------------------------------------------------- formats and encodings


def test_html_article_keeps_body_numbers_and_drops_page_furniture():
    row = load_article(FIXTURES / "kursk_news.html")
    text = row["text"]
    for figure in ["about 3,000 additional soldiers", "roughly 11,000 troops", "another 2,700 wounded",
                   "nearly 4,000 North Korean soldiers", "more than $20 billion", "about 300 of them"]:
        assert figure in text
    for furniture in ["Gold Silver Rate", "Subscribe", "4.99", "Related stories", "drone factory", "12 trillion won",
                      "cookies", "All rights reserved", "dataLayer", "adSlots", "Privacy", "font-family"]:
        assert furniture not in text
    assert row["title"] == "North Korean troops in Kursk: losses mount as Pyongyang sends reinforcements"
    assert row["publisher"] == "Asia Defence Review"
    assert row["date"] == "2025-02-14" and row["date_source"] == "text"
    assert row["url"] == "https://www.asiadefencereview.example/world/north-korean-troops-kursk-losses"


HOLDOUTS = FIXTURES.parent


@pytest.mark.parametrize("path, caption", [
    (HOLDOUTS / "holdout7" / "803_northline_rajin_run_osint.html",
     "Northline counted 164 shipping containers stacked on the quay that day"),
    (HOLDOUTS / "holdout7" / "812_northern_dispatch_unecha_ammo_train.html", "the blasts could be heard 25 kilometres away"),
    (HOLDOUTS / "holdout11" / "1043_ridgeline_feature_the_ones_who_went_north.html",
     "KCNA said it bore the names of 1,034 soldiers killed"),
    # a lead photo above the story's body, whose caption the main-text extractor leaves out with the photo
    (HOLDOUTS / "holdout4" / "513_fincourier_oil_money_pyongyang.html", "Satellite images show at least 14 different tankers"),
    (HOLDOUTS / "holdout12" / "1071_hollowaytimes_obituary_pak_yong_su.html", "From a single Russian propaganda video"),
])
def test_html_figure_caption_is_kept_as_a_paragraph(path: Path, caption: str):
    """trafilatura drops <figcaption>; a caption's figure may be given nowhere else."""
    assert caption in load_article(path)["text"]


def test_html_caption_and_alt_text_of_one_figure_give_the_claim_once():
    text = load_article(HOLDOUTS / "holdout" / "203_meridian_explainer_payment.html")["text"]
    assert "What North Korea has sent Russia: 28,000 containers, 250 missiles and 14,000 troops" in text
    assert "Infographic: 28,000 containers" not in text  # the image's alt text says it again


def test_markdown_article_markup_stripped_headings_kept():
    row = load_article(FIXTURES / "kursk_brief.md")
    text = row["text"]
    assert row["title"] == "Kursk offensive: what we know about North Korea's losses"
    assert row["date"] == "2025-03-02"
    assert "Reinforcements" in lines(text)  # a heading is its own line
    assert ("South Korea's spy agency said on Sunday that about 4,000 North Korean soldiers had been killed or wounded "
            "in the Kursk region since the troops first entered combat in December.") in lines(text)
    assert "- Around 11,000 troops arrived in October and November." in lines(text)  # an item stays a list item
    assert "roughly 3,000 more soldiers" in text and "about 14,000" in text
    for markup in ["**", "*", "](", "http", "#", "Satellite image of a rail yard", "> "]:
        assert markup not in text
    for furniture in ["Home", "World", "Share this article", "Related articles", "Seoul weighs lethal aid"]:
        assert furniture not in text


def test_cp1252_file_decodes_curly_quotes_and_euro():
    path = FIXTURES / "cp1252_article.txt"
    assert b"\x93" in path.read_bytes() and b"\x80" in path.read_bytes()
    row = load_article(path)
    assert "“more than 4,000”" in row["text"]
    assert "€ 1,800 a month" in row["text"]
    assert "Ukraine’s military intelligence" in row["text"]
    assert row["title"] == "North Korean casualties in Kursk pass 4,000, Kyiv says"


def test_utf8_bom_crlf_file_is_normalised():
    path = FIXTURES / "utf8_bom_crlf.txt"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in path.read_bytes()
    row = load_article(path)
    assert "\ufeff" not in row["text"] and "\r" not in row["text"]
    assert lines(row["text"])[0] == "North Korean troops return to the front in Kursk"
    assert row["title"] == "North Korean troops return to the front in Kursk"
    assert row["date"] == "2025-03-07"
    assert "some 1,500 additional troops" in row["text"]


@pytest.mark.parametrize("data, expected", [
    (b"Caf\xc3\xa9", "Café"),
    (b"\xef\xbb\xbfCaf\xc3\xa9", "Café"),
    (b"\x93Caf\xe9\x94 \x80", "“Café” €"),
    (b"Caf\xe9 \x81", "Café \x81"),  # 0x81 is undefined in cp1252: latin-1 takes over
    (b"\xff\xfe" + "Café".encode("utf-16-le"), "Café"),  # UTF-16 with BOM: NULs, but text
])
def test_decode_encodings(data: bytes, expected: str):
    assert decode(data, "x.txt") == expected


def test_decode_keeps_text_with_a_few_controls_and_no_break_spaces():
    text = "Some 11,000\u00a0troops were sent, officials said. " * 10 + "Page\x0c 2\u0085"  # a form feed, a stray NEL
    assert decode(text.encode("utf-8"), "x.txt") == text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\r\n ", "empty file"),
    (b"abc\x00def", "binary content"),
    (bytes(range(1, 32)) * 4 + b"abc", "binary or undecodable"),
    ("Troops\u0085\u0090\u0091 crossed".encode("utf-8") * 20, "binary or undecodable"),  # C1 controls in UTF-8
    (bytes(range(0x80, 0xa0)) * 4 + b"abc", "binary or undecodable"),  # C1 bytes: latin-1 controls, not cp1252
])
def test_decode_rejects(data: bytes, reason: str):
    """Whichever encoding reads the bytes, text made mostly of control characters is not an article."""
    with pytest.raises(BadInput) as err:
        decode(data, "x.txt")
    assert err.value.file == "x.txt" and reason in err.value.reason
    assert str(err.value).startswith("x.txt: ")


# --------------------------------------------------------------------------- boilerplate rules, generically


def test_price_lines_go_but_sentences_with_money_stay():
    raw = "\n".join(["$149.99", "$74.99/Year", "from €4.99 a month", "S$9.90/month",
                     "More than $20 billion, according to one South Korean think tank.",
                     "Pyongyang has sent more than 10,000 troops to Russia, officials said."])
    assert lines(clean_text(raw, "txt")) == raw.split("\n")[4:]


def test_subscription_offers_with_prices_go_but_body_prices_stay():
    body = "Workers earn about $500 a month, and many subscribe to state newsletters, the NIS said."
    raw = "\n".join([
        "SUBSCRIBE: Unlimited digital access for just $6 a week, billed every four weeks. Terms and conditions apply.",
        "*Ordnance & Logistics Monthly is published 12 times a year. Subscribe from £189 a year, or £19.99 a month.*",
        "> **Subscribe** · Paid subscribers get the full spreadsheet (updated monthly). $8/month · $80/year",
        "Monthly $39.99 · Annual $399 (save 17%) · Start free 7-day trial", body])
    assert clean_text(raw, "txt") == body


def test_trending_topics_list_is_cut():
    body = "North Korea has sent about 3,000 more soldiers to Kursk, Seoul's spy agency said."
    raw = "\n".join([body, "Trending Topics", "1. IPL 2025 Points Table: RCB climb to No. 1 after 11 wins",
                      "2. Gold Rate Today: 24 carat at Rs 97,000 per 10 grams"])
    assert clean_text(raw, "txt") == body


def test_reading_time_share_and_cookie_lines_go():
    body = "Russia paid North Korea for 11,000 troops with oil and cash, officials said."
    raw = "\n".join(["3 min read", "Reading time: 4 minutes", "12 mins", "Share on Facebook", "Facebook Twitter WhatsApp",
                     "Follow us on Telegram", "We use cookies to give you the best experience. Accept all",
                     "© 2025 Korea Times. All rights reserved.", body, "Advertisement", "Subscribe now to continue reading."])
    assert clean_text(raw, "txt") == body


def test_one_line_markers_drop_one_line_tail_markers_cut_to_end():
    body1 = "North Korea has sent about 3,000 more soldiers to Kursk, Seoul's spy agency said."
    body2 = "The agency said the troops were replacing about 4,000 killed or wounded."
    raw = "\n".join([body1, "READ MORE: Kim inspects drone factory", body2, "Related articles",
                     "Seoul weighs lethal aid to Kyiv after 10,000 troops deployed, officials said on Monday evening.",
                     "2 min read"])
    assert lines(clean_text(raw, "txt")) == [body1, body2]


def test_weak_marker_above_the_body_is_a_menu_label_not_the_end():
    body = "North Korea has sent about 3,000 more soldiers to Kursk, Seoul's spy agency said."
    assert clean_text(f"Trending\nWorld\n{body}", "txt") == f"World\n{body}"


def test_nav_bullets_dropped_only_above_the_body():
    body = "Officials listed what Pyongyang received in exchange for its troops this year."
    raw = "\n".join(["- Home", "- Exchange Rate", body, "- Anti-aircraft missiles", "- Oil"])
    assert lines(clean_text(raw, "txt")) == [body, "- Anti-aircraft missiles", "- Oil"]


def test_bylines_go_headings_stay():
    raw = "\n".join(["By Min-jung Park", "Kim's Troops Sent to Kursk",
                     "North Korea has sent about 3,000 more soldiers to Kursk, Seoul's spy agency said.",
                     "10,000 North Korean Soldiers Sent to Ukraine",
                     "By sending soldiers, North Korea secures cash and combat experience, analysts said."])
    assert lines(clean_text(raw, "txt")) == raw.split("\n")[1:]


def test_repeated_paragraphs_keep_first_after_whitespace_normalisation():
    para = "North Korea has sent about 3,000 more soldiers to Kursk, Seoul's spy agency said."
    raw = f"{para}\n\nImage\n\n  North  Korea has sent about 3,000 more soldiers to Kursk,   Seoul's spy agency said.  \n{para} Later."
    assert lines(clean_text(raw, "txt")) == [para, f"{para} Later."]


def test_hard_wrapped_lines_are_joined():
    raw = ("North Korea has sent about 3,000 more soldiers to the Kursk region\n"
           "since January, Seoul's spy agency said.\nA second paragraph begins here.\n$4.99/month\nfrom $9.99 a year")
    assert lines(clean_text(raw, "txt")) == [
        "North Korea has sent about 3,000 more soldiers to the Kursk region since January, Seoul's spy agency said.",
        "A second paragraph begins here."]


@pytest.mark.parametrize("line", [
    '^ "Monitoring team says 1.2 million barrels breached UN cap". Reuters. 14 May 2026.',  # a wiki reference list
    "Donate: €10, €25, €50.",
    "Become a patron from 10 zł a month.",
    ("The Post is run by a small team and published by an independent, non-profit foundation funded through donations "
     "from our readers, not from advertisers or owners. We cannot do what we do without your support, and every "
     "contribution matters. Become a member from just €5 a month."),  # too long for the short-appeal rule
    "Signal Pro subscribers get the full KIDA data table — $599/year, or 14 days free.",
    "APE Desk: +33 1 40 41 46 46 | Clients: 3,500 media in 151 countries",
])
def test_page_furniture_with_numbers_is_removed(line: str):
    body = "North Korea has sent about 3,000 more soldiers to the Kursk region since January, Seoul's spy agency said."
    assert lines(clean_text(f"{body}\n{line}\n{body} Again.", "txt")) == [body, f"{body} Again."]


@pytest.mark.parametrize("line", [
    "The ministry's hotline, +380 44 454 4000, received 3,000 calls from relatives of prisoners of war.",
    "Donated weapons worth $2 billion arrived in Kyiv this week, the defence ministry said.",
])
def test_news_sentences_that_look_like_furniture_stay(line: str):
    assert lines(clean_text(line, "txt")) == [line]


def test_clean_text_returns_empty_for_boilerplate_only_and_rejects_unknown_kind():
    assert clean_text("Listen\nShare\n$4.99/month\nTry Premium - Free\n", "txt") == ""
    assert clean_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "html") == ""
    with pytest.raises(ValueError):
        clean_text("text", "pdf")


@pytest.mark.parametrize("text, expected", [
    ("10 April 2025\nbody", "2025-04-10"),
    ("Thursday, April 10, 2025\nbody", "2025-04-10"),
    ("Published: 2025-04-10\nbody", "2025-04-10"),
    ("Updated 10 Apr 2025 14:05 KST\nbody", "2025-04-10"),
    ("It happened on April 10, 2025, officials said.", None),
    ("February 30, 2025", None),
])
def test_infer_date_only_from_date_lines(text: str, expected: str | None):
    assert infer_metadata(text)["date"] == expected


def test_infer_publisher_and_title():
    meta = infer_metadata("https://www.Example.co.uk/\nTroops in Kursk\nMarch 2, 2025\n"
                          "North Korea has sent about 3,000 more soldiers to Kursk, Seoul's spy agency said.\nA Heading Later")
    assert meta == {"date": "2025-03-02", "publisher": "example.co.uk", "title": "Troops in Kursk"}
    assert infer_metadata("MORE STORIES FROM The Korea Herald")["publisher"] == "The Korea Herald"
    assert infer_metadata("Who are the fighters? Officials said 11,000 were sent.") == {"date": None, "publisher": None, "title": None}


@pytest.mark.parametrize("file, publisher, title, published", [
    # a wire copy: headline, then the agency's name over the date line
    ("dev/101_wire_nis_casualties.txt", "Reuters",
     "North Korean troops in Russia suffer heavy losses, South Korea's spy agency says", "2025-01-13"),
    # a masthead over a language switch, a section label and the headline
    ("holdout/207_kyiv_herald_pows.txt", "KYIV HERALD",
     "'Nobody said the word Ukraine': Two captured North Korean soldiers describe their war", "2025-02-21"),
    # a breadcrumb trail ending in the headline
    ("holdout/201_delhi_kursk_confirmation.txt", "The Delhi Dispatch",
     "North Korea confirms troops in Kursk for 1st time; 4,700 casualties so far, says Seoul", "2025-04-28"),
    # a time before the date; a section label in capitals before the headline
    ("holdout3/402_rin_shoigu_kursk_builders.txt", "RIN - Russian Information Network",
     "Russia, DPRK to step up cooperation on Kursk reconstruction, demining - Shoigu", "2025-09-04"),
    # a ministry's release: a translation notice comes before the headline; an era in brackets after the date
    ("holdout4/515_japan_mod_missile_release.txt", "Ministry of Defense, Japan",
     "Ballistic Missile Launch by North Korea (Report No. 3) and Related Matters", "2026-04-28"),
    # an app notice before the headline; the date shares its line with a section name
    ("holdout5/615_un_news_council_dprk_russia.txt", "UN News",
     "Russia-DPRK military cooperation 'fuelling' war in Ukraine, Security Council hears", "2026-05-22"),
    # HTML: "Press release No. 2026/07" is not a date, whatever htmldate reads into it; the footer's © names the publisher
    ("holdout4/505_msmt_third_report_release.html", "Multilateral Sanctions Monitoring Team",
     "MSMT publishes third report: DPRK–Russia military cooperation in violation of UN Security Council resolutions", None),
])
def test_metadata_the_page_shows(file: str, publisher: str | None, title: str, published: str | None):
    row = load_article(ROOT / "tests" / "fixtures" / file)
    assert (row["publisher"], row["title"], row["date"]) == (publisher, title, published)


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("binary.txt", "binary content"),
    ("boilerplate_only.txt", "no article text after removing boilerplate"),
])
def test_bad_fixture_files_raise_with_file_and_reason(name: str, reason: str):
    path = FIXTURES / name
    with pytest.raises(BadInput) as err:
        load_article(path)
    assert err.value.file == str(path)
    assert reason in err.value.reason
    assert str(err.value) == f"{path}: {err.value.reason}"


def test_missing_file_dangling_link_folder_and_too_large(tmp_path: Path, monkeypatch):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "never-existed.txt")
    cases = {tmp_path / "absent.txt": "no such file", link: "dangling symlink", tmp_path: "is a folder"}
    for path, reason in cases.items():
        with pytest.raises(BadInput) as err:
            load_article(path)
        assert err.value.file == str(path) and reason in err.value.reason and str(path) in str(err.value)
    big = tmp_path / "big.txt"
    shutil.copy(seed("001"), big)
    monkeypatch.setattr(load, "MAX_BYTES", 1000)
    with pytest.raises(BadInput, match=r"big\.txt: too large"):
        load_article(big)


def test_iter_files_yields_bad_paths_instead_of_raising(tmp_path: Path):
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    items = list(iter_files([tmp_path, tmp_path / "absent.html"]))
    bad = {Path(b.file).name: b.reason for b in items if isinstance(b, BadInput)}
    assert set(bad) == {"dangling.md", "absent.html"}
    assert "dangling symlink" in bad["dangling.md"] and "no such file" in bad["absent.html"]


def test_iter_files_filters_folders_by_suffix_sorts_and_deduplicates(tmp_path: Path):
    sub = tmp_path / "b"
    sub.mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["z.txt", "a.HTML", "b/c.md", "notes.json", "catalog.csv", ".hidden/x.txt", "b/d.markdown"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    odd = tmp_path / "notes.json"
    found = list(iter_files([tmp_path, tmp_path / "z.txt", odd, str(sub / "c.md")]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.HTML", "b/c.md", "b/d.markdown", "notes.json", "z.txt"]


# --------------------------------------------------------------------------- catalog


def test_read_catalog_keys_by_stem_and_skips_empty_cells(tmp_path: Path):
    cat = tmp_path / "catalog.csv"
    cat.write_text("File, Publisher ,url,published,title\n"
                   "000_82d5e14ca52d887f.txt,The Straits Times,https://www.straitstimes.com/x,2025-04-11,\n"
                   "kursk_news,,,,\n\n", encoding="utf-8")
    assert read_catalog(cat) == {
        "000_82d5e14ca52d887f": {"publisher": "The Straits Times", "url": "https://www.straitstimes.com/x",
                                 "published": "2025-04-11"},
        "kursk_news": {},
    }


@pytest.mark.parametrize("name, reason", [
    ("catalog_no_file_column.csv", "no 'file' column"),
    ("catalog_bad_date.csv", "published '14/02/2025' is not a date in YYYY-MM-DD form"),
])
def test_malformed_catalog_fixtures(name: str, reason: str):
    path = FIXTURES / name
    with pytest.raises(BadInput) as err:
        read_catalog(path)
    assert err.value.file == str(path) and reason in err.value.reason
    assert name in str(err.value)


@pytest.mark.parametrize("body, reason", [
    ("file,published\na.txt,2025-01-01\na.md,\n", "listed twice"),
    ("file,published\n,2025-01-01\n", "empty 'file'"),
    ("file,published\na.txt,2025-02-30\n", "not a date"),
    ("", "catalog is empty"),
])
def test_catalog_problems_say_how_to_fix(tmp_path: Path, body: str, reason: str):
    cat = tmp_path / "catalog.csv"
    cat.write_text(body, encoding="utf-8")
    with pytest.raises(BadInput, match=reason):
        read_catalog(cat)


def test_catalog_wins_over_inferred_metadata_field_by_field(tmp_path: Path):
    shutil.copy(seed("000"), tmp_path)
    shutil.copy(FIXTURES / "kursk_news.html", tmp_path)
    (tmp_path / "catalog.csv").write_text(
        "file,publisher,url,published,title\n"
        f"{seed('000').name},ST,https://www.straitstimes.com/asia/ceasefire,2025-04-11,\n"
        "kursk_news.html,,,,Catalog title\n", encoding="utf-8")
    rows = {r["article"]: r for r in iter_articles([tmp_path])}
    st = rows[seed("000").stem]
    assert (st["publisher"], st["url"], st["date"], st["date_source"]) == (
        "ST", "https://www.straitstimes.com/asia/ceasefire", "2025-04-11", "catalog")
    assert st["title"] == "Ukraine ceasefire could leave Russia's alliance with N. Korea in the backseat"  # not in catalog
    kn = rows["kursk_news"]
    assert kn["title"] == "Catalog title" and kn["publisher"] == "Asia Defence Review" and kn["date_source"] == "text"
    assert "catalog" not in rows  # the catalog is not read as an article


def test_malformed_catalog_is_reported_once_and_the_run_goes_on(tmp_path: Path):
    shutil.copy(FIXTURES / "catalog_no_file_column.csv", tmp_path / "catalog.csv")
    shutil.copy(seed("003"), tmp_path)
    shutil.copy(FIXTURES / "empty.txt", tmp_path)
    items = list(iter_articles([tmp_path]))
    bad = [i for i in items if isinstance(i, BadInput)]
    assert [Path(b.file).name for b in bad] == ["catalog.csv", "empty.txt"]
    assert "no 'file' column" in bad[0].reason
    rows = [i for i in items if isinstance(i, dict)]
    assert [r["publisher"] for r in rows] == ["lowyinstitute.org"]


def test_iter_articles_over_fixture_folder_reports_each_bad_file():
    items = list(iter_articles([FIXTURES]))
    bad = {Path(i.file).name: i.reason for i in items if isinstance(i, BadInput)}
    good = {i["article"] for i in items if isinstance(i, dict)}
    assert set(bad) == {"empty.txt", "binary.txt", "boilerplate_only.txt"}
    assert good == {"kursk_news", "kursk_brief", "cp1252_article", "utf8_bom_crlf"}


def test_iter_articles_streams_one_file_at_a_time(tmp_path: Path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(seed("004"), tmp_path / name)
    stream = iter_articles([tmp_path])
    assert next(stream)["article"] == "a"
    (tmp_path / "b.txt").write_bytes(b"")  # b is read only when asked for
    second = next(stream)
    assert isinstance(second, BadInput) and "empty file" in second.reason


def test_explicit_catalog_path_is_used(tmp_path: Path):
    cat = tmp_path / "meta.csv"
    cat.write_text(f"file,published\n{seed('004').name},2025-04-24\n", encoding="utf-8")
    (row,) = iter_articles([seed("004")], catalog_path=cat)
    assert (row["date"], row["date_source"]) == ("2025-04-24", "catalog")


# --------------------------------------------------------------------------- import cost


def test_importing_load_does_not_import_trafilatura():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import analysis.load"],
                         capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    assert "analysis.load" in out.stderr
    assert "trafilatura" not in out.stderr


def test_markdown_table_rows_keep_their_label_and_values():
    md = ("| Item | My central estimate | Main source |\n|---|---|---|\n| Ballistic missiles | ~250 | HUR [5] |\n"
          "| Artillery systems | ~200 | NIS |\n\nPut crudely, Russia is paying roughly $500 per 152mm round.[^4]")
    assert lines(clean_text(md, "md")) == [
        "Item; My central estimate; Main source", "Ballistic missiles: ~250; HUR", "Artillery systems: ~200; NIS",
        "Put crudely, Russia is paying roughly $500 per 152mm round."]


def test_headlines_listed_under_read_more_go():
    body = "Kyiv holds two North Korean prisoners, officials said on Monday."
    raw = "\n".join([body, "Read more:", "North Korea's 12,000 soldiers: who they are and why they are fighting",
                     "Inside the 240-kilometre DMZ: a photo essay", "Comments are closed for this article, which is "
                     "more than a month old."])
    assert lines(clean_text(raw, "txt"))[0] == body
    assert not any("12,000" in line or "240" in line for line in lines(clean_text(raw, "txt")))


def test_html_and_markdown_tables_give_each_value_its_column_name():
    md = ("| Period | Containers (est.) | Voyages |\n|---|---|---|\n| Q1 2025 | 1,750 | 15 |\n\n"
          "| Metric | Jun 2025 | Jan 2026 |\n|---|---|---|\n| Peak wagons in yard (single day) | 88 | 146 |")
    assert lines(clean_text(md, "md")) == [
        "Period; Containers (est.); Voyages", "Containers: 1,750 (Q1 2025)", "Voyages: 15 (Q1 2025)",
        "Metric; Jun 2025; Jan 2026", "Peak wagons in yard: 88 (Jun 2025)", "Peak wagons in yard: 146 (Jan 2026)"]


def test_pipes_without_a_table_separator_are_not_a_table():
    body = "North Korea has sent about 3,000 more soldiers to Kursk, Seoul's spy agency said."
    assert clean_text(f"| Home | World | Business |\n{body}", "md") == body


def test_a_text_wrapped_at_a_fixed_width_is_rejoined_into_its_sentences():
    raw = ("Defence Intelligence assesses that North Korea has sent around 17,500 military personnel to\n"
           "Russia since October 2024. This includes the initial deployment of some 11,000 troops to the\n"
           "Kursk region and at least three subsequent rotations, the most recent of which, of about\n"
           "2,500 personnel, arrived in May 2026.\n\nNorth Korea: Military Casualties\nDame Helen Prowse: [41873]")
    assert clean_text(raw, "txt").split("\n") == [
        "Defence Intelligence assesses that North Korea has sent around 17,500 military personnel to Russia since "
        "October 2024. This includes the initial deployment of some 11,000 troops to the Kursk region and at least "
        "three subsequent rotations, the most recent of which, of about 2,500 personnel, arrived in May 2026.",
        "North Korea: Military Casualties", "Dame Helen Prowse: [41873]"]


@pytest.mark.parametrize("footer, expected", [
    ("Ostrog Media SIA · Riga, Latvia · © 2021-2026 Ostrog", "Ostrog"),
    ("© The Financial Courier Limited 2026. All rights reserved.", "The Financial Courier"),
    ("Figure 2. Containers at the pier. Image © 2024 Airbus DS.", None),
])
def test_a_page_with_no_masthead_takes_its_publisher_from_the_copyright_line(tmp_path, footer: str, expected: str | None):
    path = tmp_path / "a.txt"
    path.write_text("Contract 0409: how Russian regions hire North Korean labour\n\n16 November 2026\n\n"
                    "At least 63 public contracts worth 7.9 billion rubles involve North Korean workers, "
                    "our analysis of procurement records shows.\n\n" + footer + "\n", encoding="utf-8")
    assert load_article(path)["publisher"] == expected


def test_words_hyphenated_across_a_pdfs_line_breaks_are_rejoined():
    raw = ("Our count of the satellite imagery is the basis of this paper.\n\nWe estimate that 6,400 con-\n"
           "tainers were loaded at Rajin for Russia, and that tankers delivered between 1.1 million and 1.4 mil-\n"
           "lion barrels; the self-\npropelled guns came later.")
    text = clean_text(raw, "txt")
    assert "6,400 containers were loaded" in text and "1.4 million barrels" in text and "self-propelled guns" in text


def test_a_broken_word_the_text_writes_whole_elsewhere_loses_its_hyphen():
    raw = ("The lawmakers in Seoul follow the North Korean deployment closely, week after week, in closed sessions.\n\n"
           "The agency said that 11,000 North Ko-\nrean troops had arrived in Kursk by then, law-\nmakers were told.")
    text = clean_text(raw, "txt")
    assert "11,000 North Korean troops" in text and "lawmakers were told" in text


@pytest.mark.parametrize("line", [
    "Kestrel Weekly is free and funded by readers. Join 3,400 members from GBP 5 a month: https://kestrel.example/support",
    "You are receiving this because you are a member of the Foreign Press Pool (Ukraine). 214 members. Unsubscribe: x",
    "Related timelines: North Korea in Kursk: the first 100 days · The 7 sanctions packages, explained",
])
def test_a_newsletters_footer_and_related_links_are_furniture(line: str):
    body = "Pyongyang has sent more than 10,000 troops to Russia, South Korea's spy agency said on Monday."
    assert clean_text(f"{body}\n{line}", "txt") == body


def test_an_inline_box_of_other_stories_goes_and_the_article_after_it_stays():
    text = ("Lusail News could not independently verify either side's claims.\n\nRecommended Stories\nlist of 2 items\n"
            "list 1 of 2\nRussia-Ukraine war: List of key events, day 1,730\nlist 2 of 2\n"
            "Who are the 31 North Korean prisoners held by Ukraine?\nend of list\n\nPrisoners in limbo\n"
            "The four new captives bring to 31 the number of North Korean soldiers held by Ukraine, the headquarters said.")
    cleaned = clean_text(text, "txt")
    assert "The four new captives bring to 31" in cleaned
    assert "day 1,730" not in cleaned and "Recommended Stories" not in cleaned and "list of 2 items" not in cleaned


def test_a_one_story_box_inside_the_article_goes_and_the_prose_after_it_stays():
    body = ("The official said Russian Il-76 cargo planes had made at least 18 flights to Pyongyang's Sunan airport since "
            "August, some of them carrying parts for the jets.")
    text = (f"{body}\n\nRELATED ARTICLE\nNorth Korean prisoner says he was told to blow himself up rather than be captured\n\n"
            "Casualties \"in the thousands\"\n\nThe officials said US intelligence now estimates that North Korea has "
            "suffered roughly 8,000 casualties in the war, about a third of them killed.\n\nThat is broadly in line with "
            "the estimate from South Korea's National Intelligence Service, which told lawmakers that about 9,200 North "
            "Koreans had been killed or wounded.\n\nSign up for NCN's Asia Briefing newsletter. Get the top stories from "
            "the region in your inbox, 5 days a week.")
    cleaned = clean_text(text, "txt")
    assert "roughly 8,000 casualties" in cleaned and "about 9,200 North Koreans" in cleaned
    assert "RELATED ARTICLE" not in cleaned and "blow himself up" not in cleaned and "5 days a week" not in cleaned
    closing = clean_text(f"{body}\n\nRelated articles\nOne headline\nAnother headline\n\nAbout us", "txt")
    assert closing == body  # a closing list still ends the article


def test_a_related_storys_caption_in_an_aside_is_not_the_articles():
    page = ("<html><body><article><figure><img src='a.jpg'><figcaption>At least 14 loaded freight cars stood at the "
            "station.</figcaption></figure><div><p>North Korea has sent Russia more than 300 missiles since late 2023, "
            "officials said on condition of anonymity to discuss intelligence matters.</p><p>Another paragraph of the "
            "story with more words in it so that it is long enough to be the body.</p></div></article><aside><figure>"
            "<figcaption>Flood in Bangladesh leaves 2,400 families homeless</figcaption></figure></aside></body></html>")
    text = clean_text(page, "html")
    assert "14 loaded freight cars" in text and "Bangladesh" not in text


def test_normalised_lines_only_rewrite_lines_with_uneven_whitespace():
    """clean_text skips lines already normalised; the rest are made exactly as " ".join(line.split()) makes them."""
    text = "Body  text \n\tTabbed\n\u00a0\nplain line\nend\u2028here \n\u3000x\x1cy"
    assert load._normalised_lines(text) == [" ".join(line.split()) for line in text.split("\n")]
