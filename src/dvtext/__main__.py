"""``python -m dvtext`` runs the command line."""

import sys

from dvtext.cli import main

sys.exit(main())
