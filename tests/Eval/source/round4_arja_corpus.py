"""Round-4 Arabic and Japanese corpora: the shared machinery. Each language's build_corpus.py holds its sentences
(families of frames filled with places, and whole sentences) and calls build(); this module fills the frames,
checks ids and script, drops pairs an earlier round of the language holds, splits and writes (or checks) the halves."""
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split_halves import split_halves  # noqa: E402
from corpus_rounds import (INTENT_CODES, INTENT_NAMES, capitals_data, check_requested, earlier_pairs,  # noqa: E402
                           expected_of, fail, ids_problem, keep_new, places_by_capital, render_halves, write_or_check)

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(os.path.dirname(EVAL))
MAX_FRAME_USES = 3


def load_places():
    return {c["id"]: c for c in capitals_data()["countries"]}


def expected_value(raw, places, by_capital):
    """CITY:<English capital> and FB, HELP, STOP, CANCEL, LAUNCH as corpus_rounds.expected_of reads them, an intent's
    name as written; place ids checked against places."""
    if raw.startswith("CITY:") or raw in INTENT_CODES:
        return expected_of(raw, by_capital)
    if raw in INTENT_NAMES:
        return raw
    problem = ids_problem(raw, places)
    if problem:
        fail(problem)
    return raw


def build(lang, locale, script_check, generic, written, sovereign_extra, variant=None, spell=None):
    """generic: [(family, [frame with {}], uses)]: each frame filled with `uses` places, the one asked least so far
    that the family has not used yet (every sovereign country is covered this way). written: [(family, [(frame,
    [(name, id)])])] or whole sentences (frame without {} and one (None, id)). names: id -> spoken name."""
    places = load_places()
    by_capital = places_by_capital()
    seed = f"round4-20261130-{lang}"
    earlier = earlier_pairs(lang, (2, 3))
    rng = random.Random(seed)
    names = generic["names"]
    frame_uses = Counter()
    lines = []
    asked = Counter()

    def add(utterance, raw_expected, family, frame):
        frame_uses[frame] += 1
        if frame_uses[frame] > MAX_FRAME_USES:
            fail(f"frame used more than {MAX_FRAME_USES} times: {frame}")
        utterance = " ".join(utterance.split())
        if spell is not None:
            utterance = spell(utterance)
        if lang == "ja":
            utterance = utterance.replace(" ", "")
        if not script_check(utterance):
            fail(f"not a transcript in the language's script: {utterance!r}")
        expected = expected_value(raw_expected, places, by_capital)
        for i in expected.split("+"):
            if i in places:
                asked[i] += 1
        lines.append((utterance, locale, expected, family))

    for family, shapes in written:
        for frame, fills in shapes:
            for name, raw in fills:
                utterance = frame
                for part in (name if isinstance(name, tuple) else (name,)):
                    if part is not None:
                        utterance = utterance.replace("{}", part, 1)
                if "{}" in utterance:
                    fail(f"frame not filled: {frame}")
                add(utterance, raw, family, frame)

    countries = sorted([i for i, c in places.items() if c["kind"] == "sovereign"] + list(sovereign_extra))
    order = {i: rng.random() for i in countries}
    for family, frames, uses in generic["families"]:
        used = set()
        for frame in frames:
            for _ in range(uses):
                # The least-asked country whose sentence no earlier round holds (read mechanically, never shown).
                for pick in sorted((i for i in countries if i not in used), key=lambda i: (asked[i], order[i])):
                    name = names[pick]
                    if variant is not None and family in variant[0]:
                        name = variant[1](name, rng)
                    utterance = frame.replace("{}", name)
                    if lang == "ja":
                        utterance = utterance.replace(" ", "")
                    if (spell(utterance) if spell else utterance, locale) not in earlier:
                        break
                used.add(pick)
                add(utterance, pick, family, frame)

    kept, dropped, repeats = keep_new(lines, earlier)
    kept_ids = {i for line in kept for i in line[2].split("+")}
    missing = [i for i in countries if i not in kept_ids]
    if missing:
        fail(f"countries never asked once earlier rounds' pairs are dropped: {missing}")
    halves = split_halves(kept, seed)
    return {"written": len(lines), "repeats": sum(repeats.values()), "dropped": sum(dropped.values()), "kept": kept,
            "halves": halves}


def report(lang, result):
    kept = result["kept"]
    families = Counter(line[3] for line in kept)
    print(f"{lang}: written {result['written']}, repeats {result['repeats']}, dropped (earlier rounds) "
          f"{result['dropped']}, kept {len(kept)}: tuning {len(result['halves'][0])}, heldback {len(result['halves'][1])}")
    capital = [line for line in kept if line[2] not in INTENT_NAMES]
    print(f"{lang}: capital questions {len(capital)}, other {len(kept) - len(capital)}, "
          f"places {len({i for line in capital for i in line[2].split('+')})}")
    for family, count in sorted(families.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {family}: {count}")


def main(lang, result_fn, builder_path):
    check = check_requested(sys.argv, builder_path)
    result = result_fn()
    report(lang, result)
    generated_by = f"# Generated by {builder_path}: edit the sources and rerun, do not edit this file"
    write_or_check(render_halves(result["halves"], generated_by), os.path.join(EVAL, lang, "round4"), check,
                   builder_path)


ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")
JAPANESE = re.compile(r"^[\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF\u3005]+$")


def is_arabic(text):
    return bool(ARABIC.match(text))


def is_japanese(text):
    return bool(JAPANESE.match(text))
