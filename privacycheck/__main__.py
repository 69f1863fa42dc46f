"""`python -m privacycheck`: the same as the `privacycheck` command."""

import sys

from privacycheck.cli import main

sys.exit(main())
