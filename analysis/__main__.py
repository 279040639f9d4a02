"""``python -m analysis``: see ``analysis.cli``.  The compiled stages are used when a fresh build exists."""

import sys

from analysis import native

native.enable()  # before any stage is imported; a no-op without a build that matches the sources

from analysis.cli import main  # noqa: E402

sys.exit(main())
