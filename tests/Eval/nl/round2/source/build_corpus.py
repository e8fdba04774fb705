#!/usr/bin/env python3
"""Builds tests/Eval/nl/round2/tuning.tsv and heldback.tsv from corpus.py beside this file.
--check writes nothing and exits 1 when the committed halves differ from what the source builds."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round2_world_corpus import main  # noqa: E402

sys.exit(main("nl", sys.argv))
