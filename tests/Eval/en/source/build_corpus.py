#!/usr/bin/env python3
"""Builds the English evaluation corpus (tests/Eval/en/tuning.tsv and heldback.tsv) from the hand-written
frames, place names and other sentences next to this script. Deterministic: the same inputs and SEED give the
same files. Run from anywhere: python3 tests/Eval/en/source/build_corpus.py
With --check it writes nothing and exits 1 when the committed files differ from what the sources give.
"""
import sys

sys.dont_write_bytecode = True  # the sources next to this script are imported; leave no __pycache__ in the tree

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from frames import CARRIER_FAMILIES, COUNTED_THREE_ONLY, COUNTED_TWO_ONLY, FRAMES
from other_intents import CANCEL, HELP, OUT_OF_DOMAIN, STOP
from places import LOOKALIKE_NAMES, PLACES, SEVERAL_CAPITALS, SHARED_NAMES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "source"))
from split_halves import split_halves  # noqa: E402  (shared with the other languages' builder)

SEED = 20261130
LOCALES = ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"]
LOCALE_WEIGHTS = [28, 20, 16, 16, 20]
NUMBER_WORDS = {2: "two", 3: "three"}

# Lines per family for the families that take any country.
GENERAL_COUNTS = {
    "direct-question": 120, "possessive": 90, "indirect-embedded": 110, "polite-request": 90,
    "imperative": 80, "leading-filler": 90, "trailing-words": 90, "other-preposition": 60,
    "word-order-inverted": 60, "bare-name": 60, "follow-up": 60, "regional-idiom": 70,
    "disfluency": 35, "dropped-words": 40, "misc": 50,
}
PLURAL_COUNT, COUNTED_COUNT, OFFICIAL_COUNT, EVERYDAY_COUNT = 55, 45, 100, 75
SHARED_REPEATS, LOOKALIKE_REPEATS = 8, 1

# Official names every corpus must ask about, whatever the draw.
REQUIRED_OFFICIAL = {"the people's republic of china", "the kyrgyz republic", "the united states of america",
                     "the republic of korea", "the democratic people's republic of korea", "the russian federation",
                     "the united kingdom of great britain and northern ireland", "the kingdom of saudi arabia",
                     "the federal republic of germany", "the islamic republic of iran", "the kingdom of the netherlands",
                     "the plurinational state of bolivia", "the republic of south africa", "the swiss confederation"}
# Abbreviations ending in "s" take "'s" like any other name.
ABBREVIATIONS = {"the us", "the usa", "the uae", "the uk", "the drc", "the prc", "the dprk", "png"}
PLURAL_MEANING = {"the koreas", "the two koreas", "both koreas", "the two congos", "both congos"}

ROOT = Path(__file__).resolve().parents[4]
OUT = Path(__file__).resolve().parents[1]
rng = random.Random(SEED)
corpus = []  # (utterance, locale, expected, family)
seen = set()
uses = Counter()  # how often each country id has been asked about


def frame_text(frame):
    return frame if isinstance(frame, str) else frame[0]


def frame_locale(frame):
    if isinstance(frame, str):
        return rng.choices(LOCALES, LOCALE_WEIGHTS)[0]
    return rng.choice(frame[1].split())


def possessive(name):
    return name + ("'" if name.endswith("s") and name not in ABBREVIATIONS else "'s")


def fits(frame, name):
    """False for the few frame and name pairs nobody says ("capital the ukraine", "does the two koreas have")."""
    text = frame_text(frame)
    if name.startswith("the ") and re.search(r"capital (city )?\{X\}", text):
        return False
    return not (name in PLURAL_MEANING and "does {X}" in text)


def fill(frame, name, number=None):
    text = frame_text(frame).replace("{P}", possessive(name)).replace("{X}", name)
    return text.replace("{N}", NUMBER_WORDS[number]) if number else text


def add(utterance, locale, expected, family):
    if utterance in seen:
        return False
    if not re.fullmatch(r"[a-z']+( [a-z']+)*", utterance):
        sys.exit(f"not an ASR transcript: {utterance!r}")
    seen.add(utterance)
    corpus.append((utterance, locale, expected, family))
    for place in expected.split("+"):
        if place in PLACES:
            uses[place] += 1
    return True


def frame_cycle(frames):
    """The frames in a seeded order, over and over, so every frame of a family is used about equally."""
    frames = list(frames)
    while True:
        rng.shuffle(frames)
        yield from frames


def everyday_name(country):
    names = PLACES[country][0]
    return names[0] if len(names) == 1 or rng.random() < 0.75 else rng.choice(names[1:])


def general_family(family, count):
    """count lines of a family, each about the least-asked country not yet in this family."""
    order = list(PLACES)
    rng.shuffle(order)
    frames = frame_cycle(FRAMES[family])
    used_here = set()
    while sum(1 for line in corpus if line[3] == family) < count:
        country = min((c for c in order if c not in used_here), key=lambda c: uses[c])
        for _ in range(20):
            frame, name = next(frames), everyday_name(country)
            if fits(frame, name) and add(fill(frame, name), frame_locale(frame), country, family):
                break
        used_here.add(country)


def named_family(family, pairs, frames, count):
    """count lines of a family about given (name, expected) pairs, cycling through pairs and frames."""
    frames = frame_cycle(frames)
    added, index = 0, 0
    while added < count and index < count * 20:
        name, expected = pairs[index % len(pairs)]
        index += 1
        for _ in range(20):
            frame = next(frames)
            if fits(frame, name) and add(fill(frame, name), frame_locale(frame), expected, family):
                added += 1
                break


def carrier_frames(short_names):
    """Frames for named families; long official names only in frames that put a preposition before them."""
    frames = [f for family in CARRIER_FAMILIES for f in FRAMES[family]]
    if short_names:
        return frames
    bare = re.compile(r"^\{X\}|\{P\}|capital (city )?\{X\}|\{X\} capital")
    return [f for f in frames if not bare.search(frame_text(f))]


def plural_frames():
    return FRAMES["plural-capitals"]


def build():
    for family, count in GENERAL_COUNTS.items():
        general_family(family, count)

    several = [(name, country) for country in SEVERAL_CAPITALS for name in PLACES[country][0]]
    several += [(name, ids) for name, ids in SHARED_NAMES.items() if name in ("korea", "congo", "the koreas", "the two koreas")]
    rng.shuffle(several)
    named_family("plural-capitals", several, plural_frames(), PLURAL_COUNT)

    cycle_counted = [(country, name) for country in SEVERAL_CAPITALS for name in PLACES[country][0]]
    cycle_counted += [("ZA", "south africa")] * 3  # the best-known country with three capitals
    rng.shuffle(cycle_counted)
    counted = 0
    frames_three = frame_cycle(FRAMES["counted-capitals"] + COUNTED_THREE_ONLY)
    frames_two = frame_cycle(FRAMES["counted-capitals"] + COUNTED_TWO_ONLY)
    index = 0
    while counted < COUNTED_COUNT:
        country, name = cycle_counted[index % len(cycle_counted)]
        index += 1
        number = SEVERAL_CAPITALS[country]
        frame = next(frames_two if number == 2 else frames_three)
        if fits(frame, name) and add(fill(frame, name, number), frame_locale(frame), country, "counted-capitals"):
            counted += 1

    official = [(name, country) for country, (_, names) in PLACES.items() for name in names]
    rng.shuffle(official)
    official.sort(key=lambda pair: pair[0] not in REQUIRED_OFFICIAL)
    named_family("official-long-name", official[:OFFICIAL_COUNT], carrier_frames(False), OFFICIAL_COUNT)

    everyday = [(name, country) for country, (names, _) in PLACES.items() for name in names[1:]]
    rng.shuffle(everyday)
    named_family("everyday-short-name", everyday, carrier_frames(True), EVERYDAY_COUNT)

    singular_shared = [(n, ids) for n, ids in SHARED_NAMES.items() if n not in PLURAL_MEANING]
    plural_shared = [(n, ids) for n, ids in SHARED_NAMES.items() if n in PLURAL_MEANING]
    named_family("shared-name", singular_shared, carrier_frames(True), len(singular_shared) * SHARED_REPEATS)
    named_family("shared-name", plural_shared, plural_frames(), len(plural_shared) * 2)
    lookalikes = list(LOOKALIKE_NAMES.items())
    named_family("shared-name", lookalikes, carrier_frames(True), len(lookalikes) * LOOKALIKE_REPEATS)

    for family, expected, sentences in [("out-of-domain", "AMAZON.FallbackIntent", OUT_OF_DOMAIN),
                                        ("help", "AMAZON.HelpIntent", HELP),
                                        ("stop", "AMAZON.StopIntent", STOP),
                                        ("cancel", "AMAZON.CancelIntent", CANCEL)]:
        for sentence in sentences:
            if not add(frame_text(sentence), frame_locale(sentence), expected, family):
                sys.exit(f"sentence written twice: {frame_text(sentence)!r}")


COUNTRY_KINDS = {"sovereign", "observer-state", "partially-recognised", "disputed-territory"}


def check_against_capitals_data():
    data = json.loads((ROOT / "lambda/Skill/Capitals/capitals.json").read_text(encoding="utf-8"))
    # The corpus covers the countries; territories and subdivisions are not in it yet.
    ids = {country["id"] for country in data["countries"] if country["kind"] in COUNTRY_KINDS}
    if ids != set(PLACES):
        sys.exit(f"places.py and capitals.json differ: {sorted(ids ^ set(PLACES))}")
    families_per_country = defaultdict(set)
    for _, _, expected, family in corpus:
        for place in expected.split("+"):
            families_per_country[place].add(family)
    thin = [c for c in ids if len(families_per_country[c]) < 3]
    if thin:
        sys.exit(f"countries in fewer than three families: {sorted(thin)}")


def split():
    """Stratified by family, dealt alternately to the halves (tests/Eval/source/split_halves.py)."""
    return split_halves(corpus, SEED)


def text_of(lines):
    lines = sorted(lines, key=lambda line: (line[3], line[0]))
    header = ["utterance\tlocale\texpected\tfamily",
              "# Generated by tests/Eval/en/source/build_corpus.py; see tests/Eval/README.md. Do not edit by hand."]
    return "\n".join(header + ["\t".join(line) for line in lines]) + "\n"


def main():
    build()
    check_against_capitals_data()
    tuning, heldback = split()
    files = {OUT / "tuning.tsv": text_of(tuning), OUT / "heldback.tsv": text_of(heldback)}
    if "--check" in sys.argv[1:]:
        stale = [path.name for path, text in files.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        if stale:
            sys.exit(f"stale (not what tests/Eval/en/source builds): {', '.join(stale)}; rebuild only before any tuning")
        print("tuning.tsv and heldback.tsv match their sources")
        return
    for path, text in files.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    families = Counter(line[3] for line in corpus)
    locales = Counter(line[1] for line in corpus)
    print(f"{len(corpus)} lines: tuning {len(tuning)}, held back {len(heldback)}")
    for family, count in sorted(families.items()):
        print(f"  {family:22} {count}")
    for locale, count in sorted(locales.items()):
        print(f"  {locale:22} {count}")
    print(f"  fewest asks for one country: {min(uses[c] for c in PLACES)}, most: {max(uses[c] for c in PLACES)}")


if __name__ == "__main__":
    main()
