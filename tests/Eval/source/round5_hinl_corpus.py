"""Shared builder of the round-5 Hindi and Dutch evaluation corpora (tests/Eval/{hi,nl}/round5/).

A language's build_corpus.py hands over its spoken country names, its pools of names, its sentence frames and its
whole sentences; this module fills the frames deterministically, checks every line, drops what an earlier round of the
language already holds, splits with split_halves and writes (or, with --check, compares) the two halves."""
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_halves import split_halves  # noqa: E402
from corpus_rounds import (INTENT_NAMES, REPO, capitals_data, check_requested, earlier_pairs, ids_problem,  # noqa: E402
                           keep_new, render_halves, write_or_check)

COUNTRY_KINDS = {"sovereign", "observer-state", "partially-recognised", "disputed-territory"}
LATIN_WORD = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0153]+(['-][a-z\u00df-\u00f6\u00f8-\u00ff\u0153]+)*"
SCRIPTS = {
    "hi": re.compile("^[\u0900-\u097f]+( [\u0900-\u097f]+)*$"),
    "nl": re.compile(f"^{LATIN_WORD}( {LATIN_WORD})*$"),
}


# The places with several capitals; each must be asked in the plural-capitals family (checked against the data).
SEVERAL_CAPITALS = ["BJ", "BO", "CI", "IN-JK", "IN-UK", "LK", "MS", "MY", "NL", "PS", "SZ", "ZA"]


def fail(message):
    """Stops with exit code 2 (the other builders' corpus_rounds.fail exits 1)."""
    print(f"build_corpus: {message}", file=sys.stderr)
    sys.exit(2)


def load_places():
    data = capitals_data()
    return {place["id"]: place for place in data["countries"]}


def data_countries(lang):
    """(id, the data's name in lang, its aliases in lang) for every country of the data, in the data's order."""
    names = capitals_data(lang)["countries"]
    by_id = {place["id"]: place for place in names}
    return [(pid, by_id[pid]["names"][lang], by_id[pid]["aliases"][lang])
            for pid, place in load_places().items() if place["kind"] in COUNTRY_KINDS]


def reverse_expected(places, place_id):
    """What CityIntent reports for the capital of place_id: every place with a capital of that name, '+'-joined."""
    wanted = {capital["name"] for capital in places[place_id]["capitals"]}
    ids = [pid for pid, place in places.items() if wanted & {capital["name"] for capital in place["capitals"]}]
    return "+".join(sorted(ids))


def check_expected(places, expected, line):
    if expected in INTENT_NAMES:
        return
    problem = ids_problem(expected, places)
    if problem:
        fail(f"{problem} in {line!r}")


def build(lang, locale, countries, pools, framed, written):
    """countries: [(id, [everyday name, alternatives...])]; pools: name -> [(name, id)];
    framed: [(family, pool or None for the country queue, [(frame with {X}, times)])];
    written: [(utterance, expected or @ID for a reverse question, family)]."""
    builder = f"tests/Eval/{lang}/round5/source/build_corpus.py"
    check = check_requested(sys.argv, builder)
    places = load_places()
    seed = f"round5-20261130-{lang}"
    script = SCRIPTS[lang]
    rng = random.Random(seed)
    earlier = earlier_pairs(lang, (2, 3, 4))

    country_ids = [pid for pid, _ in countries]
    data_countries = sorted(pid for pid, place in places.items() if place["kind"] in COUNTRY_KINDS)
    if sorted(country_ids) != data_countries:
        fail(f"COUNTRIES differ from the data: missing {sorted(set(data_countries) - set(country_ids))}, "
             f"extra {sorted(set(country_ids) - set(data_countries))}")
    names_of = dict(countries)
    queue = list(country_ids)
    rng.shuffle(queue)

    frames_seen = Counter()
    lines, seen = [], set()
    refilled = 0

    def accept(utterance, expected, family):
        line = (utterance, locale, expected, family)
        if not script.match(utterance) or utterance != utterance.lower():
            fail(f"not a {lang} transcript: {utterance!r}")
        check_expected(places, expected, utterance)
        lines.append(line)
        seen.add(utterance)

    reserved = Counter(utterance for utterance, _, _ in written)
    twice = [utterance for utterance, count in reserved.items() if count > 1]
    if twice:
        fail(f"sentence written twice: {twice}")

    def free(utterance):
        return utterance not in seen and utterance not in reserved and (utterance, locale) not in earlier

    for family, pool, frames in framed:
        pool_index = 0
        for frame, times in frames:
            frames_seen[frame] += times
            if frames_seen[frame] > 3 or times < 1:
                fail(f"frame said more than three times: {frame!r}")
            for _ in range(times):
                if pool is None:
                    # The country asked least recently that this frame has not said before; skipped ones stay in front.
                    for attempt, pid in enumerate(queue):
                        names = names_of[pid]
                        order = list(names) if rng.random() < 0.75 or len(names) == 1 else names[1:] + names[:1]
                        choice = next((frame.format(X=n) for n in order if free(frame.format(X=n))), None)
                        if choice is not None:
                            if attempt:
                                refilled += 1
                            queue.append(queue.pop(attempt))
                            accept(choice, pid, family)
                            break
                    else:
                        fail(f"no country left for {frame!r}")
                else:
                    entries = pools[pool]
                    for attempt in range(len(entries)):
                        name, pid = entries[(pool_index + attempt) % len(entries)]
                        utterance = frame.format(X=name)
                        if free(utterance):
                            if attempt:
                                refilled += 1
                            pool_index += attempt + 1
                            accept(utterance, pid, family)
                            break
                    else:
                        fail(f"pool {pool} has no name left for {frame!r}")

    written_lines = [(utterance, locale, reverse_expected(places, expected[1:]) if expected.startswith("@") else expected,
                      family) for utterance, expected, family in written]
    kept_written, dropped, _ = keep_new(written_lines, earlier)  # no repeats: a sentence written twice failed above
    for utterance, _, expected, family in kept_written:
        accept(utterance, expected, family)

    asked = {pid for line in lines for pid in line[2].split("+")}
    missing = sorted(set(country_ids) - asked)
    if missing:
        fail(f"countries never asked about: {missing}")
    plural = {line[2] for line in lines if line[3] == "plural-capitals"}
    if not set(SEVERAL_CAPITALS) <= plural:
        fail(f"several-capital places not asked in plural-capitals: {sorted(set(SEVERAL_CAPITALS) - plural)}")
    data_several = sorted(pid for pid, place in places.items() if len(place["capitals"]) > 1)
    if sorted(SEVERAL_CAPITALS) != data_several:
        fail(f"several-capital places differ from the data: {data_several}")

    halves = split_halves(lines, seed)
    out_dir = REPO / "tests/Eval" / lang / "round5"
    write_or_check(render_halves(halves, f"# Generated by {builder} (seed {seed}); do not edit by hand"), out_dir, check,
                   builder)
    if check:
        return
    families = Counter(line[3] for line in lines)
    written_total = len(lines) + sum(dropped.values())
    print(f"{lang} round 5: {written_total} written, {sum(dropped.values())} written lines dropped as in an earlier round "
          f"({dict(dropped)}), {refilled} frame lines re-filled; {len(lines)} kept: "
          f"tuning {len(halves[0])}, heldback {len(halves[1])}; {len(asked)} places")
    for family, count in sorted(families.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {family}: {count}")
