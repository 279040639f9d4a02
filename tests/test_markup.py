"""Tests for analysis.markup: the text of pages the main-text extractor would read short."""

from __future__ import annotations

import pytest

from analysis.extract import article_figures
from analysis.load import clean_text

STORY = ("<html><head><title>North Korea sent more workers</title></head><body><article>"
         "<h1>North Korea sent more workers to Russia, Kyiv says</h1>"
         "<p>Ukraine's military intelligence agency said on Tuesday that North Korea had sent thousands more workers to "
         "Russia this spring. The agency gave details of the deliveries and of the plants where they work.</p>{post}"
         "<p>Russia has not commented on the claims. Moscow says all foreign workers in the country are employed legally "
         "and that none of them work in its defence industry.</p>"
         "<p>Analysts say the numbers are plausible but cannot be verified. The deliveries would be the largest since "
         "the deployment began in 2024.</p></article><footer>© 2026 Example News</footer></body></html>")
MESSAGE = "About 15,000 North Korean workers arrived in Russia between January and April."


@pytest.mark.parametrize("post", [
    f'<div class="telegram-post telegram-post--desktop"><div class="tgme_widget_message_text">{MESSAGE}</div></div>',
    f'<div class="social-embed"><p>{MESSAGE}</p></div>',
    f'<div class="tgme_widget_message_wrap"><div class="telegram-post"><div class="tgme_widget_message_author">HUR</div>'
    f'<div class="tgme_widget_message_text">{MESSAGE}</div><div class="tgme_widget_message_footer">52.1K views</div></div></div>',
    f'<aside class="telegram-embed"><p>{MESSAGE}</p></aside>',
    f'<div class="embed embed--telegram"><div class="tgme_widget_message_text">{MESSAGE}</div></div>',
])
def test_an_embedded_telegram_post_keeps_its_message(post: str):
    text = clean_text(STORY.format(post=post), "html")
    assert MESSAGE in text
    rows = article_figures({"article": "a", "date": "2026-05-20", "text": text})
    assert 15000.0 in [r["value"] for r in rows]


def test_a_follow_button_is_not_a_post():
    text = clean_text(STORY.format(post='<div class="telegram-follow"><a href="#">Follow us on Telegram</a></div>'), "html")
    assert "Follow us" not in text


@pytest.mark.parametrize("furniture", [
    '<div class="related-embed-posts"><p>Ukraine says 3,000 North Korean troops killed in Kursk offensive</p>'
    '<p>Russia ships 1 million barrels of oil to Pyongyang, satellite images show</p></div>',
    '<aside class="top-tweets"><h4>Top tweets today</h4><div class="twitter-tweet-list">Zelensky: 200 North Koreans '
    'killed and 40 captured this week, he says in a new video address</div></aside>',
])
def test_boxes_of_related_or_top_posts_stay_out(furniture: str):
    text = clean_text(STORY.format(post=furniture), "html")
    assert "3,000" not in text and "200 North Koreans" not in text
