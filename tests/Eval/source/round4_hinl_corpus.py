"""Round-4 corpora for Hindi and Dutch: expands a language's hand-written sources into tuning.tsv and heldback.tsv.

A language's source gives its LOCALE, SCRIPT check, COUNTRIES (id -> spoken names, everyday name first), FRAMED
(families of sentence frames, each frame with how many times it is said, at most 3) and WRITTEN (whole sentences,
one per line: `family | utterance | expected`; expected is ids joined by +, an intent, or `@City` for a reverse
question, whose expected value is every place of the data with that capital)."""
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_halves import split_halves  # noqa: E402
from corpus_rounds import (INTENT_NAMES, capitals_data, check_requested, earlier_pairs, fail, ids_problem,  # noqa: E402
                           keep_new, places_by_capital, places_with_capital, render_halves, write_or_check)

REPO = Path(__file__).resolve().parents[3]
EVAL = REPO / "tests" / "Eval"
COUNTRY_KINDS = {"sovereign", "observer-state", "partially-recognised", "disputed-territory"}
MAX_FRAME_USES = 3


def load_data():
    """{id: kind}, the places by lower-case English capital name, and the countries with several capitals."""
    data = capitals_data()
    kinds = {c["id"]: c["kind"] for c in data["countries"]}
    by_capital = places_by_capital(key=str.lower)
    several = {c["id"] for c in data["countries"] if len(c["capitals"]) > 1 and c["kind"] in COUNTRY_KINDS}
    return kinds, by_capital, several


def expected_value(raw, kinds, by_capital, where):
    if raw in INTENT_NAMES:
        return raw
    if raw.startswith("@"):
        return places_with_capital(raw[1:].lower(), by_capital, f"{raw[1:]} ({where})")
    problem = ids_problem(raw, kinds)
    if problem:
        fail(f"{where}: {problem}")
    return raw


def expand(source, seed, earlier):
    kinds, by_capital, several = load_data()
    for cid in source.COUNTRIES:
        if cid not in kinds:
            fail(f"unknown country id {cid}")
    rng = random.Random(seed)
    queue = sorted(source.COUNTRIES)
    rng.shuffle(queue)
    asked = Counter()
    uses = Counter()
    lines = []
    turn = 0
    refilled = 0
    taken = set(earlier)
    frame_uses = Counter()
    for family, pool, frames in source.FRAMED:
        items = list(pool) if pool is not None else None
        if items is not None:
            rng.shuffle(items)
        item_turn = 0
        for frame, times in frames:
            frame_uses[frame] += times
            if frame_uses[frame] > MAX_FRAME_USES:
                fail(f"{family}: frame said more than {MAX_FRAME_USES} times: {frame}")
            for _ in range(times):
                if items is not None:
                    # A family's own pool (name, id): each item in turn, skipping sentences already taken.
                    for step in range(len(items)):
                        name, cid = items[(item_turn + step) % len(items)]
                        utterance = frame.replace("{}", name)
                        if (utterance, source.LOCALE) not in taken:
                            break
                        refilled += 1
                    else:
                        fail(f"{family}: no fresh sentence for frame {frame}")
                    item_turn += step + 1
                    expected_value(cid, kinds, by_capital, family)
                    for i in cid.split("+"):
                        asked[i] += 1
                    taken.add((utterance, source.LOCALE))
                    lines.append((utterance, source.LOCALE, cid, family))
                    continue
                # The next country in the seeded queue; a sentence already in an earlier round (or already
                # written) takes the country's other name, else the next country.
                for step in range(len(queue)):
                    cid = queue[(turn + step) % len(queue)]
                    names = source.COUNTRIES[cid]
                    preferred = names[1] if len(names) > 1 and uses[cid] % 4 == 3 else names[0]
                    options = [preferred] + [n for n in names if n != preferred]
                    fresh = [n for n in options if (frame.replace("{}", n), source.LOCALE) not in taken]
                    if fresh:
                        break
                    refilled += 1
                else:
                    fail(f"{family}: no fresh sentence for frame {frame}")
                if fresh[0] != preferred:
                    refilled += 1
                queue.remove(cid)
                queue.insert(turn % (len(queue) + 1), cid)
                turn += 1
                uses[cid] += 1
                asked[cid] += 1
                utterance = frame.replace("{}", fresh[0])
                taken.add((utterance, source.LOCALE))
                lines.append((utterance, source.LOCALE, cid, family))
    for n, row in enumerate(source.WRITTEN.strip().splitlines(), 1):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in row.split("|")]
        if len(parts) != 3:
            fail(f"WRITTEN line {n}: want family | utterance | expected: {row}")
        family, utterance, raw = parts
        value = expected_value(raw, kinds, by_capital, f"WRITTEN line {n}")
        for i in value.split("+"):
            asked[i] += 1
        lines.append((utterance, source.LOCALE, value, family))
    return lines, kinds, asked, refilled, several


def check_line(source, line):
    utterance, _, _, family = line
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", family):
        fail(f"family not kebab-case: {family}")
    if utterance != utterance.strip() or "  " in utterance or not source.SCRIPT.fullmatch(utterance):
        fail(f"not a transcript of the language: {utterance!r}")


def main(source, lang):
    builder = f"tests/Eval/{lang}/round4/source/build_corpus.py"
    check = check_requested(sys.argv, builder)
    seed = f"round4-20261130-{lang}"
    earlier = earlier_pairs(lang, (2, 3))
    lines, kinds, asked, refilled, several = expand(source, seed, earlier)
    for line in lines:
        check_line(source, line)
    twice = [utterance for (utterance, _), count in Counter((l[0], l[1]) for l in lines).items() if count > 1]
    if twice:
        fail(f"sentence written twice: {twice[0]}")
    kept, _, _ = keep_new(lines, earlier)
    missing = sorted(c for c, k in kinds.items() if k in COUNTRY_KINDS and
                     not any(c in l[2].split("+") for l in kept))
    if missing:
        fail(f"countries never asked about: {' '.join(missing)}")
    plural = {i for l in kept if l[3] == "plural-capitals" for i in l[2].split("+")}
    if several - plural:
        fail(f"countries with several capitals not asked in plural-capitals: {' '.join(sorted(several - plural))}")
    tuning, heldback = split_halves(kept, seed)
    write_or_check(render_halves((tuning, heldback), f"# Generated by {builder}"), EVAL / lang / "round4", check, builder)
    if check:
        return
    families = Counter(l[3] for l in kept)
    places = {i for l in kept for i in l[2].split("+") if i in kinds}
    print(f"{lang}/round4: {len(lines)} written, {len(lines) - len(kept)} dropped as in an earlier round, "
          f"{len(kept)} kept: tuning {len(tuning)}, held back {len(heldback)}; "
          f"{refilled} framed sentences already in an earlier round took another name or place")
    print(f"places asked about: {len(places)} ({sum(1 for p in places if kinds[p] in COUNTRY_KINDS)} countries)")
    for family, count in sorted(families.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {family:24} {count}")
