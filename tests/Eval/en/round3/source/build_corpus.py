"""Builds the round-3 English evaluation corpus (tests/Eval/en/round3/{tuning,heldback}.tsv).

    python3 tests/Eval/en/round3/source/build_corpus.py          write both halves
    python3 tests/Eval/en/round3/source/build_corpus.py --check  exit 1 when the committed halves are stale

Written blind (see tests/Eval/README.md, "English, round 3"). Lines whose (utterance, locale) pair already occurs in
an earlier English round are dropped here, mechanically, and counted; the earlier files are read only for that."""
import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
ROOT = ROUND.parents[3]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "Eval" / "source"))

from frames import COMMON, FRAMES, QUOTAS  # noqa: E402
from other_intents import other_lines  # noqa: E402
from places import COUNTRY_KINDS, possessive, possessive_unmarked, spoken_names  # noqa: E402
from corpus_rounds import INTENT_NAMES  # noqa: E402
from split_halves import split_halves  # noqa: E402
from written_lines import written_lines  # noqa: E402

HEADER = "utterance\tlocale\texpected\tfamily"
DEAL_SEED = 20261130
SPLIT_SEED = 3_2026_11_30
# One turn of the locales for dealt lines: en-US 35%, en-GB 20%, en-CA, en-AU and en-IN 15% each.
LOCALE_TURN = ["en-US", "en-GB", "en-CA", "en-US", "en-AU", "en-IN", "en-US", "en-GB", "en-CA", "en-US",
               "en-AU", "en-IN", "en-US", "en-GB", "en-US", "en-CA", "en-AU", "en-GB", "en-IN", "en-US"]
EARLIER_ROUNDS = [ROOT / "tests/Eval/en/tuning.tsv", ROOT / "tests/Eval/en/heldback.tsv",
                  ROOT / "tests/Eval/en/round2/tuning.tsv", ROOT / "tests/Eval/en/round2/heldback.tsv"]
MINIMUM_PER_COUNTRY = 2
FAMILY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LOCALES = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"}


def load_places():
    data = json.loads((ROOT / "lambda/Skill/Capitals/capitals.json").read_text(encoding="utf-8"))
    return {place["id"]: place for place in data["countries"]}


def country_queue(places, rng):
    """Every country twice, in a seeded order; the second time under its second everyday name when it has one."""
    countries = sorted(pid for pid, place in places.items() if place["kind"] in COUNTRY_KINDS)
    first, second = list(countries), list(countries)
    rng.shuffle(first)
    rng.shuffle(second)
    return first + second


def fill(frame, name):
    return frame.format(p=name, ps=possessive(name), pn=possessive_unmarked(name))


def dealt_lines(places, rng):
    """The families of FRAMES, each family's lines given locales in turn and countries from one shared queue."""
    queue = country_queue(places, rng)
    said = Counter()
    lines = []
    position = 0
    for family_index, family in enumerate(FRAMES):
        frames = FRAMES[family]
        used = Counter()
        for i in range(QUOTAS[family]):
            locale = LOCALE_TURN[(i + family_index) % len(LOCALE_TURN)]
            choices = frames.get(locale, []) + frames.get(COMMON, [])
            frame = choices[used[locale] % len(choices)]
            used[locale] += 1
            place_id = queue[position % len(queue)]
            position += 1
            names = spoken_names(places[place_id])
            name = names[said[place_id] % len(names)]
            if "{p" + "s}" in frame or "{pn}" in frame:
                name = min(names, key=lambda n: len(n.split()))  # "the drc's capital", not the long name's
            said[place_id] += 1
            lines.append((fill(frame, name), locale, place_id, family))
    return lines


def earlier_pairs():
    pairs = set()
    for path in EARLIER_ROUNDS:
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            if row and not row.startswith("#"):
                utterance, locale = row.split("\t")[:2]
                pairs.add((utterance, locale))
    return pairs


def build(report):
    places = load_places()
    rng = random.Random(DEAL_SEED)
    candidates = dealt_lines(places, rng) + written_lines() + other_lines()
    earlier = earlier_pairs()
    corpus, seen = [], set()
    dropped_earlier = dropped_repeat = 0
    for line in candidates:
        pair = (line[0], line[1])
        if pair in earlier:
            dropped_earlier += 1
        elif pair in seen:
            dropped_repeat += 1
        else:
            seen.add(pair)
            corpus.append(line)
    check_corpus(corpus, places)
    report(f"{len(candidates)} lines written, {dropped_earlier} dropped as already in an earlier round, "
           f"{dropped_repeat} dropped as repeated in this round, {len(corpus)} kept")
    return corpus


def check_corpus(corpus, places):
    problems = []
    asked = Counter()
    for utterance, locale, expected, family in corpus:
        if utterance != utterance.strip() or "  " in utterance or any(c in utterance for c in ",.?!-&\t"):
            problems.append(f"not as ASR writes it: {utterance!r}")
        if utterance != utterance.lower():
            problems.append(f"not lower case: {utterance!r}")
        if locale not in LOCALES or not FAMILY.match(family):
            problems.append(f"bad locale or family: {locale} {family}")
        if expected in INTENT_NAMES:
            continue
        if expected.split("+") != sorted(expected.split("+")):
            problems.append(f"place ids not in ordinal order: {expected}")
        for place_id in expected.split("+"):
            if place_id not in places:
                problems.append(f"unknown place id {place_id} for {utterance!r}")
            asked[place_id] += 1
    for place_id, place in sorted(places.items()):
        if place["kind"] in COUNTRY_KINDS and asked[place_id] < MINIMUM_PER_COUNTRY:
            problems.append(f"{place_id} asked {asked[place_id]} times, fewer than {MINIMUM_PER_COUNTRY}")
    if problems:
        raise SystemExit("build_corpus: " + "\n  ".join(["the corpus breaks its rules:"] + problems))


def half_text(half):
    rows = sorted(half, key=lambda line: (line[3], line[1], line[0]))
    return "\n".join([HEADER] + ["\t".join(line) for line in rows]) + "\n"


def summary(corpus):
    families = Counter(line[3] for line in corpus)
    locales = Counter(line[1] for line in corpus)
    capital = [line for line in corpus if line[2] not in INTENT_NAMES]
    lines = [f"capital questions {len(capital)}, other lines {len(corpus) - len(capital)}",
             "locales (capital questions): " + ", ".join(
                 f"{loc} {n}" for loc, n in sorted(Counter(line[1] for line in capital).items())),
             "locales (all): " + ", ".join(f"{loc} {n}" for loc, n in sorted(locales.items())),
             "families: " + ", ".join(f"{fam} {n}" for fam, n in sorted(families.items()))]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description="Build the round-3 English evaluation corpus.")
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed halves are stale")
    args = parser.parse_args()
    report = (lambda _: None) if args.check else print
    corpus = build(report)
    halves = split_halves(corpus, SPLIT_SEED)
    outputs = {ROUND / "tuning.tsv": half_text(halves[0]), ROUND / "heldback.tsv": half_text(halves[1])}
    if args.check:
        stale = [path.name for path, text in outputs.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        if stale:
            print(f"build_corpus: {', '.join(stale)} stale; run python3 {Path(__file__).relative_to(ROOT)}")
            return 1
        print("build_corpus: round-3 English corpus up to date")
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    print(summary(corpus))
    print(f"tuning {len(halves[0])} lines, heldback {len(halves[1])} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
