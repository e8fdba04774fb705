"""Builds the round-3 evaluation corpora of German (de-DE) and Dutch (nl-NL), written blind for issue 15.

Each language's sentences are in tests/Eval/<lang>/round3/source/sentences.py: the places as they are said (PLACES),
families of sentence frames filled with those places (FRAMED), families of hand-written sentences (WRITTEN), and
self-corrections (CORRECTIONS). This script fills the frames deterministically, drops any (utterance, locale) pair
already in an earlier round of the same language (round 1 and round 2, both halves), splits the rest with
split_halves.py and writes tests/Eval/<lang>/round3/{tuning,heldback}.tsv.

    python3 tests/Eval/source/round3_germanic_corpus.py          # writes the files
    python3 tests/Eval/source/round3_germanic_corpus.py --check  # exit 1 when a file differs from its sources
"""
import importlib.util
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

from corpus_rounds import INTENT_NAMES
from split_halves import split_halves

EVAL = Path(__file__).resolve().parent.parent
CAPITALS = EVAL.parent.parent / "lambda" / "Skill" / "Capitals" / "capitals.json"
LANGUAGES = {"de": "de-DE", "nl": "nl-NL"}
HEADER = "utterance\tlocale\texpected\tfamily"
SPOKEN = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)*(?: [^\W\d_]+(?:'[^\W\d_]+)*)*$")


def fail(message):
    sys.exit(f"round3_germanic_corpus: {message}")


def load_sentences(lang):
    path = EVAL / lang / "round3" / "source" / "sentences.py"
    spec = importlib.util.spec_from_file_location(f"sentences_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_places(table):
    """One place a line: id|form|form|...; the names of the forms are the module's PLACE_FORMS."""
    places = []
    for line in table.strip().splitlines():
        fields = line.strip().split("|")
        places.append(fields)
    return places


def contract(text, contractions):
    for long, short in contractions:
        text = re.sub(rf"\b{long}\b", short, text)
    return text


def fields_of(frame):
    return [name for _, name, _, _ in string.Formatter().parse(frame) if name]


def fill_framed(module, rng):
    """Each family: its count of lines, each with the family's least-used frame that some place can fill, about the
    place asked least so far (over every family) that this family has not used yet; ties in a seeded order."""
    places = parse_places(module.PLACES)
    form_names = module.PLACE_FORMS
    order = list(range(len(places)))
    rng.shuffle(order)
    rank = {index: position for position, index in enumerate(order)}
    asked = Counter()
    lines = []
    for entry in module.FRAMED:
        family, count, frames = entry[0], entry[1], entry[-1]
        allowed = set(getattr(module, entry[2])) if len(entry) == 4 else None
        frame_uses = Counter()
        used_places = set()
        for _ in range(count):
            chosen = None
            for frame in sorted(frames, key=lambda f: (frame_uses[f], frames.index(f))):
                needed = fields_of(frame)
                candidates = [i for i in range(len(places)) if i not in used_places
                              and (allowed is None or places[i][0] in allowed)
                              and all(places[i][form_names.index(name)] for name in needed)]
                if candidates:
                    place = min(candidates, key=lambda i: (asked[places[i][0]], rank[i]))
                    chosen = (frame, place)
                    break
            if chosen is None:
                fail(f"family {family}: no place left for any frame")
            frame, place = chosen
            values = {name: places[place][form_names.index(name)] for name in form_names}
            text = contract(frame.format(**values), module.CONTRACTIONS)
            frame_uses[frame] += 1
            used_places.add(place)
            asked[places[place][0]] += 1
            lines.append((text, places[place][0], family))
    return lines


def fill_corrections(module, rng):
    """Self-corrections: a place said first, then the place meant; the line expects the second."""
    places = [p for p in parse_places(module.PLACES)]
    form_names = module.PLACE_FORMS
    family, frames, pairs = module.CORRECTIONS
    lines = []
    for i, (first, second) in enumerate(pairs):
        frame = frames[i % len(frames)]
        by_id = {p[0]: p for p in places}
        values = {}
        for name in form_names:
            values[name + "1"] = by_id[first][form_names.index(name)]
            values[name + "2"] = by_id[second][form_names.index(name)]
        lines.append((contract(frame.format(**values), module.CONTRACTIONS), second, family))
    return lines


def build(lang, ids):
    module = load_sentences(lang)
    locale = LANGUAGES[lang]
    rng = random.Random(f"20261130-{lang}-round3")
    written = [(text, expected, family) for family, pairs in module.WRITTEN for text, expected in pairs]
    corpus = []
    seen = set()
    for text, expected, family in fill_framed(module, rng) + fill_corrections(module, rng) + written:
        text = " ".join(text.split())
        if not SPOKEN.match(text):
            fail(f"{lang}: not as ASR writes it: {text!r}")
        if expected not in INTENT_NAMES:
            parts = expected.split("+")
            unknown = [p for p in parts if p not in ids]
            if unknown:
                fail(f"{lang}: unknown id {unknown} in {text!r}")
            if parts != sorted(parts):
                fail(f"{lang}: ids not in ordinal order: {expected}")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", family):
            fail(f"{lang}: family not kebab-case: {family}")
        if (text, locale) in seen:
            continue
        seen.add((text, locale))
        corpus.append((text, locale, expected, family))
    earlier = earlier_pairs(lang)
    kept = [line for line in corpus if (line[0], line[1]) not in earlier]
    print(f"{lang}: {len(corpus)} sentences written, {len(corpus) - len(kept)} dropped as already in round 1 or 2, "
          f"{len(kept)} kept")
    return split_halves(kept, f"20261130-{lang}-round3-split")


def earlier_pairs(lang):
    pairs = set()
    for path in (EVAL / lang / "tuning.tsv", EVAL / lang / "heldback.tsv",
                 EVAL / lang / "round2" / "tuning.tsv", EVAL / lang / "round2" / "heldback.tsv"):
        if not path.exists():
            continue
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            if row and not row.startswith("#"):
                fields = row.split("\t")
                if len(fields) >= 2:
                    pairs.add((fields[0], fields[1]))
    return pairs


def render(lang, lines):
    generated = f"# Generated by tests/Eval/source/round3_germanic_corpus.py from tests/Eval/{lang}/round3/source/sentences.py; do not edit."
    return HEADER + "\n" + generated + "\n" + "".join("\t".join(line) + "\n" for line in lines)


def main(argv):
    check = argv[1:] == ["--check"]
    if argv[1:] and not check:
        fail("usage: round3_germanic_corpus.py [--check]")
    ids = {place["id"] for place in json.loads(CAPITALS.read_text(encoding="utf-8"))["countries"]}
    stale = []
    for lang in LANGUAGES:
        tuning, heldback = build(lang, ids)
        for name, lines in (("tuning.tsv", tuning), ("heldback.tsv", heldback)):
            path = EVAL / lang / "round3" / name
            text = render(lang, lines)
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(str(path.relative_to(EVAL.parent.parent)))
            else:
                path.write_text(text, encoding="utf-8", newline="\n")
                print(f"wrote {path.relative_to(EVAL.parent.parent)}: {len(lines)} lines")
    if stale:
        print("stale (run round3_germanic_corpus.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
