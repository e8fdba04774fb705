"""Mechanics every round's corpus builder shares: the --check argument, stopping with a message, the intent a short
code (FB, HELP, STOP, CANCEL, LAUNCH) stands for, the places a reverse question expects (CITY:<capital>), the
(utterance, locale) pairs earlier rounds of a language hold, dropping lines already said, rendering a half and writing
(or, with --check, comparing) the halves.

A builder keeps what is its own: its sentences, how it fills frames, its checks, its seed and its printed report."""
import json
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent
REPO = EVAL.parent.parent
HEADER = "utterance\tlocale\texpected\tfamily"
HALVES = ("tuning.tsv", "heldback.tsv")
CAPITALS = REPO / "lambda" / "Skill" / "Capitals"
INTENT_CODES = {"FB": "AMAZON.FallbackIntent", "HELP": "AMAZON.HelpIntent", "STOP": "AMAZON.StopIntent",
                "CANCEL": "AMAZON.CancelIntent", "LAUNCH": "LaunchRequest"}
INTENT_NAMES = frozenset(INTENT_CODES.values())


def check_requested(argv, builder):
    """True for `--check`, False for no argument; anything else is a one-line usage error (exit 2)."""
    arguments = argv[1:]
    if arguments in ([], ["--check"]):
        return arguments == ["--check"]
    unknown = next((a for a in arguments if a != "--check"), arguments[-1])
    print(f"build_corpus: unknown argument {unknown} (usage: python3 {builder} [--check])", file=sys.stderr)
    sys.exit(2)


def fail(message):
    """Stops the builder on a broken corpus: `build_corpus: <message>` on stderr, exit code 1."""
    print(f"build_corpus: {message}", file=sys.stderr)
    sys.exit(1)


def capitals_data(language=None):
    """capitals.json as read (language None), or languages/<language>.json."""
    path = CAPITALS / "capitals.json" if language is None else CAPITALS / "languages" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def places_by_capital(language=None, key=lambda name: name):
    """The capitals-by-name index a reverse question needs: {key(name): set of the ids of the places with a capital of
    that name}, over the English names of capitals.json (language None) or the names of languages/<language>.json
    (capitals without a name in the language are left out). key folds a name as the builder compares names."""
    by_capital = {}
    for place in capitals_data(language)["countries"]:
        for capital in place["capitals"]:
            name = capital["name"] if language is None else capital.get("names", {}).get(language)
            if name:
                by_capital.setdefault(key(name), set()).add(place["id"])
    return by_capital


def ordinal_ids(ids):
    """Place ids as an expected value: each once, in ordinal (byte) order, joined by '+'."""
    return "+".join(sorted(set(ids), key=lambda pid: pid.encode()))


def places_with_capital(city, by_capital, said=None):
    """The expected value of a reverse question on city (a key of by_capital): every place with that capital, in
    ordinal order; stops the builder when no place has it (naming the capital as said, or city)."""
    ids = by_capital.get(city)
    if not ids:
        fail(f"no place has the capital {city if said is None else said}")
    return ordinal_ids(ids)


def expected_of(value, by_capital, key=lambda name: name):
    """A written expected value as a corpus line holds it: an intent code (FB, HELP, STOP, CANCEL, LAUNCH) as the
    intent's name, CITY:<capital> as every place with that capital (the capital folded with key to look it up in
    by_capital), anything else (place ids, an intent's name) as written."""
    if value in INTENT_CODES:
        return INTENT_CODES[value]
    if value.startswith("CITY:"):
        return places_with_capital(key(value[5:]), by_capital, value[5:])
    return value


def earlier_pairs(language, rounds):
    """The (utterance, locale) pairs of tests/Eval/<language>/ (round 1) and of tests/Eval/<language>/round<n>/ for
    each n in rounds (2 and up) the language has (German, Italian and Portuguese skip from round 3 to 18, Japanese from
    4), both halves each."""
    folders = [EVAL / language] + [folder for n in rounds if (folder := EVAL / language / f"round{n}").is_dir()]
    pairs = set()
    for folder in folders:
        for half in HALVES:
            for row in (folder / half).read_text(encoding="utf-8").splitlines()[1:]:
                if row and not row.startswith("#"):
                    utterance, locale = row.split("\t")[:2]
                    pairs.add((utterance, locale))
    return pairs


def keep_new(lines, earlier):
    """The lines (utterance, locale, expected, family) whose (utterance, locale) is neither in earlier nor in a line
    before them, in order; and per family how many were dropped as in earlier, and how many as repeats."""
    kept, seen, dropped_earlier, dropped_repeat = [], set(), Counter(), Counter()
    for line in lines:
        pair = (line[0], line[1])
        if pair in earlier:
            dropped_earlier[line[3]] += 1
        elif pair in seen:
            dropped_repeat[line[3]] += 1
        else:
            seen.add(pair)
            kept.append(line)
    return kept, dropped_earlier, dropped_repeat


def ids_problem(expected, known):
    """What is wrong with an expected value of place ids ("FR", "KP+KR"): an id not in known, or ids not in ordinal
    order (or repeated); None when nothing is."""
    ids = expected.split("+")
    unknown = [pid for pid in ids if pid not in known]
    if unknown:
        return f"unknown place id {unknown[0]}"
    if ids != sorted(set(ids), key=lambda pid: pid.encode()):
        return f"ids not in ordinal order: {expected}"
    return None


def render(lines, generated_by_line):
    """A half as committed: the header, the "# Generated by" line, then one tab-separated row per line."""
    return "\n".join([HEADER, generated_by_line] + ["\t".join(line) for line in lines]) + "\n"


def render_halves(halves, generated_by_line):
    """{"tuning.tsv": text, "heldback.tsv": text} of the two halves split_halves returns."""
    return {name: render(half, generated_by_line) for name, half in zip(HALVES, halves)}


def write_or_check(texts, out_dir, check, builder):
    """Writes texts ({file name: text}) into out_dir; with check, writes nothing, prints whether the committed files
    are exactly these texts and exits 1 when one is not (stale or missing)."""
    out_dir = Path(out_dir).resolve()
    if not check:
        for name, text in texts.items():
            with open(out_dir / name, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        return
    stale = [str((out_dir / name).relative_to(REPO)) for name, text in texts.items()
             if not (out_dir / name).exists() or (out_dir / name).read_text(encoding="utf-8") != text]
    if stale:
        print(f"build_corpus: stale: {', '.join(stale)}; run python3 {builder}")
        sys.exit(1)
    print(f"build_corpus: {out_dir.relative_to(REPO)} halves are what the sources build")
