"""Builds tests/Eval/ja/round3/{tuning,heldback}.tsv from round3/source/lines.txt (see
tests/Eval/source/round3_world_corpus.py). Usage: python3 build_corpus.py [--check]"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "source"))
from round3_world_corpus import build  # noqa: E402

build("ja", "ja-JP", re.compile("^[\u3005\u3040-\u30FF\u4E00-\u9FFF]+$"))
