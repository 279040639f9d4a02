"""Analyst workbook: quantitative claims in news, as pandas DataFrames.

Stages, one module each: ``load`` (files to clean text) -> ``figures`` (numbers and
what they count) -> ``attribute`` (who said so) -> ``asof`` (as of when) -> ``frame``
(the articles / figures / sources tables) -> ``plots`` -> ``report``.
"""

__version__ = "0.1.0"
