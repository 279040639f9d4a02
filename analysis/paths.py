"""Where the project keeps things. Importing this module only computes paths."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CATALOG = SEEDS / "catalog.csv"
NOTEBOOKS = ROOT / "notebooks"
REPORT_NOTEBOOK = NOTEBOOKS / "report.ipynb"
EXPLORE_NOTEBOOK = NOTEBOOKS / "explore.ipynb"
REPORTS = ROOT / "reports"
TESTS = ROOT / "tests"
GOLD = TESTS / "gold" / "seeds.csv"
