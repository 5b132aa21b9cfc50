"""Make the repository root importable when pytest is run as ``pytest`` (not ``python -m pytest``)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
