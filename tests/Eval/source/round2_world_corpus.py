"""Builds a round-2 evaluation corpus for ar, ja, hi, nl or pt from its hand-written source
(tests/Eval/<lang>/round2/source/corpus.py) and splits it into tuning.tsv and heldback.tsv next to that folder.

A language's corpus.py gives:
  LANGUAGE, LOCALE, SEED  the language code, the one locale of its lines, the seed of every random choice;
  TEXT                    a regular expression every utterance must match (what speech recognition hands over);
  POOLS                   name -> list of Place: what the capital questions ask about;
  FAMILIES                list of Family: frames, the pool they take places from, how many lines;
  OTHER                   family -> (expected intent, list of sentences): out-of-domain, help, stop, cancel;
  forms(name)             the forms of a spoken name the frames use, as a dict ({x} at least).

The builder fills each family's frames in turn with the place of its pool asked about least so far that the family
has not used yet (ties in a seeded order; once it has used them all, it starts over); the place's first name three times in four, another of its names otherwise.
A frame tagged with a word ("two", "three", "state") only takes places carrying that tag. It stops with a message
on an unknown id, ids out of order, a line that is not a transcript, or a family it cannot fill.
"""
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_halves import split_halves  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
CAPITALS = ROOT / "lambda" / "Skill" / "Capitals" / "capitals.json"
HEADER = "utterance\tlocale\texpected\tfamily"
INTENTS = {"AMAZON.FallbackIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "LaunchRequest"}


@dataclass(frozen=True)
class Place:
    """What a question asks about: the expected value (an id, or ids joined by '+') and the names said for it."""
    expected: str
    names: tuple
    tags: frozenset = frozenset()


def place(expected, *names, tags=""):
    return Place(expected, tuple(names), frozenset(tags.split()))


@dataclass(frozen=True)
class Family:
    name: str
    pool: str
    count: int
    frames: tuple
    example: str = field(default="")


def family(name, pool, count, *frames):
    """A frame is a string, or (string, tag) when it fits only places with that tag."""
    return Family(name, pool, count, tuple(f if isinstance(f, tuple) else (f, None) for f in frames))


class CorpusError(Exception):
    pass


def load_source(language):
    path = ROOT / "tests" / "Eval" / language / "round2" / "source" / "corpus.py"
    spec = importlib.util.spec_from_file_location(f"round2_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def known_ids():
    data = json.loads(CAPITALS.read_text(encoding="utf-8"))
    return {country["id"] for country in data["countries"]}


def check_expected(expected, ids, where):
    if expected in INTENTS:
        return
    parts = expected.split("+")
    unknown = [part for part in parts if part not in ids]
    if unknown:
        raise CorpusError(f"{where}: unknown id {', '.join(unknown)} in {expected}")
    if parts != sorted(set(parts)):
        raise CorpusError(f"{where}: ids of {expected} are not in ordinal order without repeats")


def fill_family(source, fam, asked, rng, seen):
    pool = source.POOLS[fam.pool]
    order = list(pool)
    rng.shuffle(order)
    rank = {p: i for i, p in enumerate(order)}
    used = set()
    lines = []
    frame_index = 0
    misses = 0
    while len(lines) < fam.count:
        if frame_index > 50 * fam.count:
            raise CorpusError(f"family {fam.name}: too many repeated sentences to fill {fam.count} lines")
        text, tag = fam.frames[frame_index % len(fam.frames)]
        frame_index += 1
        fitting = [p for p in pool if tag is None or tag in p.tags]
        candidates = [p for p in fitting if p not in used]
        if fitting and not candidates:
            used.difference_update(fitting)
            candidates = fitting
        if not candidates:
            misses += 1
            if misses > 4 * len(fam.frames):
                raise CorpusError(f"family {fam.name}: cannot fill {fam.count} lines from pool {fam.pool}")
            continue
        chosen = min(candidates, key=lambda p: (asked[p.expected], rank[p]))
        names = chosen.names
        name = names[0] if len(names) == 1 or rng.random() < 0.75 else rng.choice(names[1:])
        try:
            utterance = text.format_map(source.forms(name))
        except KeyError:
            misses += 1
            if misses > 4 * len(fam.frames) + fam.count:
                raise CorpusError(f"family {fam.name}: frames need forms its places lack")
            continue
        utterance = " ".join(utterance.split())
        used.add(chosen)
        if utterance in seen:
            continue
        seen.add(utterance)
        asked[chosen.expected] += 1
        lines.append((utterance, source.LOCALE, chosen.expected, fam.name))
    return lines


def build(language):
    source = load_source(language)
    ids = known_ids()
    text_rule = re.compile(source.TEXT)
    for pool_name, pool in source.POOLS.items():
        for p in pool:
            check_expected(p.expected, ids, f"pool {pool_name}")
    rng = random.Random(source.SEED)
    asked = Counter()
    seen = set()
    corpus = []
    for fam in source.FAMILIES:
        corpus.extend(fill_family(source, fam, asked, rng, seen))
    for fam_name, (intent, sentences) in source.OTHER.items():
        if intent not in INTENTS:
            raise CorpusError(f"family {fam_name}: {intent} is not an intent")
        for sentence in sentences:
            if sentence in seen:
                raise CorpusError(f"family {fam_name}: '{sentence}' is written twice")
            seen.add(sentence)
            corpus.append((sentence, source.LOCALE, intent, fam_name))
    for utterance, _, expected, fam_name in corpus:
        if not text_rule.fullmatch(utterance) or utterance != utterance.lower():
            raise CorpusError(f"family {fam_name}: not a {language} transcript: '{utterance}'")
        check_expected(expected, ids, f"family {fam_name}")
    return source, corpus


def render(language, source, lines):
    out = [HEADER, f"# Generated by tests/Eval/{language}/round2/source/build_corpus.py from corpus.py "
                   f"(seed {source.SEED}); edit the source, not this file"]
    out.extend("\t".join(line) for line in lines)
    return "\n".join(out) + "\n"


def main(language, argv):
    check = "--check" in argv[1:]
    unknown = [arg for arg in argv[1:] if arg != "--check"]
    if unknown:
        print(f"usage: build_corpus.py [--check]  (unknown argument {unknown[0]})", file=sys.stderr)
        return 2
    try:
        source, corpus = build(language)
    except CorpusError as error:
        print(f"{language} round 2: {error}", file=sys.stderr)
        return 1
    halves = split_halves(corpus, source.SEED)
    folder = ROOT / "tests" / "Eval" / language / "round2"
    stale = []
    for name, half in zip(("tuning.tsv", "heldback.tsv"), halves):
        path = folder / name
        content = render(language, source, half)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.write_text(content, encoding="utf-8")
    if check:
        if stale:
            print(f"stale, rebuild with tests/Eval/{language}/round2/source/build_corpus.py: {', '.join(stale)}",
                  file=sys.stderr)
            return 1
        return 0
    families = Counter(line[3] for line in corpus)
    print(f"{language} round 2: {len(corpus)} lines ({len(halves[0])} tuning, {len(halves[1])} held back), "
          f"{len({p for line in corpus for p in line[2].split('+') if line[2] not in INTENTS})} places")
    for name in families:
        print(f"  {name:20} {families[name]}")
    return 0
