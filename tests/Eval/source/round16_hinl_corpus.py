"""Round 16's Hindi and Dutch corpora: the entry format and mechanics of round 12 (source/round12_hinl_corpus.py) under
round 16's number, so its seed is round16-20261201-<language> and the lines of rounds 1-15 are dropped."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from round12_hinl_corpus import build_round  # noqa: E402


def build(language, text, argv, builder):
    """Builds (or with --check compares) tests/Eval/<language>/round16/{tuning,heldback}.tsv and prints the counts."""
    build_round(16, language, text, argv, builder)
