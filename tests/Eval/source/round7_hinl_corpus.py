"""Round 7 of the Hindi and Dutch evaluation corpora: how a language's sentences become its two halves.

A language's build_corpus.py gives its sentences: FRAMED (family, frame with {} for a sovereign country, times said),
POOLED (family, frame with {}, [(name, expected), ...]: one line per name) and WRITTEN (family, sentence, expected).
Expected is place ids ("FR", "KP+KR"), "@ID" for a reverse question (every place one of whose capitals has the name of
ID's capital in that language), or FB, HELP, STOP, CANCEL, LAUNCH. This module fills the frames, checks, drops what
earlier rounds hold, splits and writes (or --check compares) the halves."""
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_rounds  # noqa: E402
from split_halves import split_halves  # noqa: E402

SCRIPT = {"hi": re.compile(r"^[\u0900-\u097F]+( [\u0900-\u097F]+)*$"),
          "nl": re.compile(r"^[a-zà-ÿ']+([ -][a-zà-ÿ']+)*$")}
MAX_FRAME_USES = 3


def load_data(language):
    capitals = corpus_rounds.capitals_data()
    own = corpus_rounds.capitals_data(language)
    return capitals["countries"], {place["id"]: place for place in own["countries"]}


def data_name(place, language):
    """The data's name of a country as ASR writes it: lower case, Dutch with its article, Hindi hyphens as spaces."""
    if language == "nl":
        name = place.get("forms", {}).get("nl", {}).get("subject") or place["names"]["nl"]
    else:
        name = place["names"]["hi"].replace("-", " ")
    return name.lower().replace("\u2019", "'")


def reverse_expected(pid, places, own, language):
    """Every place one of whose capitals has the same name (in the language) as a capital of pid, ids in ordinal order."""
    def names(p):
        return {(c.get("names", {}).get(language) or "").lower() for c in own[p]["capitals"]} - {""}
    wanted = names(pid)
    hits = sorted({p["id"] for p in places if p["id"] in own and names(p["id"]) & wanted}, key=lambda i: i.encode())
    return "+".join(hits)


def build(language, locale, spoken, framed, pooled, written, builder):
    check = corpus_rounds.check_requested(sys.argv, builder)
    seed = f"round7-20261130-{language}"
    places, own = load_data(language)
    known = {p["id"] for p in places}
    sovereign = [p["id"] for p in places if p["kind"] == "sovereign"]
    earlier = corpus_rounds.earlier_pairs(language, range(2, 7))

    frame_uses = Counter()
    for family, frame, times in framed:
        frame_uses[frame] += times
    for family, frame, names in pooled:
        frame_uses[frame] += len(names)
    overused = [f for f, n in frame_uses.items() if n > MAX_FRAME_USES]
    if overused:
        corpus_rounds.fail(f"frame said more than {MAX_FRAME_USES} times: {overused[0]}")

    queue = sovereign[:]
    random.Random(seed).shuffle(queue)
    uses = Counter()
    lines, refilled, written_texts = [], 0, {w[1] for w in written}

    def name_of(pid, frame):
        names = spoken.get(pid) or [data_name(own[pid], language)]
        name = names[1] if len(names) > 1 and uses[pid] % 4 == 3 else names[0]
        if "land {}" in frame:  # "het land filipijnen", not "het land de filipijnen"
            name = re.sub(r"^(de|het) ", "", name)
        return name

    position = 0
    taken = set()
    for family, frame, times in framed:
        for _ in range(times):
            for attempt in range(len(queue)):
                pid = queue[(position + attempt) % len(queue)]
                text = frame.format(name_of(pid, frame))
                if (text, locale) not in earlier and text not in taken and text not in written_texts:
                    break
                refilled += 1
            else:
                corpus_rounds.fail(f"no country left for frame: {frame}")
            queue.append(queue.pop((position + attempt) % len(queue)))
            uses[pid] += 1
            taken.add(text)
            lines.append((text, locale, pid, family))
    for family, frame, names in pooled:
        for name, expected in names:
            lines.append((frame.format(name), locale, expected, family))
    lines += [(text, locale, expected, family) for family, text, expected in written]

    resolved, seen = [], set()
    for text, loc, expected, family in lines:
        if text in seen:
            corpus_rounds.fail(f"sentence written twice: {text}")
        seen.add(text)
        if not SCRIPT[language].match(text):
            corpus_rounds.fail(f"not a {language} transcript: {text!r}")
        if expected in corpus_rounds.INTENT_CODES:
            expected = corpus_rounds.INTENT_CODES[expected]
        else:
            if expected.startswith("@"):
                expected = reverse_expected(expected[1:], places, own, language)
            problem = corpus_rounds.ids_problem(expected, known)
            if problem:
                corpus_rounds.fail(f"{problem} in: {text}")
        resolved.append((text, loc, expected, family))

    asked = {line[2] for line in resolved}
    kept, dropped, repeats = corpus_rounds.keep_new(resolved, earlier)
    halves = split_halves(kept, seed)
    generated = f"# Generated by tests/Eval/{language}/round7/source/build_corpus.py (seed {seed}); do not edit by hand"
    texts = corpus_rounds.render_halves(halves, generated)
    out_dir = corpus_rounds.EVAL / language / "round7"
    if not check:
        print(f"{language}: written {len(resolved)}, frame lines re-filled {refilled}, dropped as in rounds 1-6 "
              f"{sum(dropped.values())}, kept {len(kept)}, halves {len(halves[0])} + {len(halves[1])}, "
              f"sovereign countries asked {len(set(sovereign) & asked)} of {len(sovereign)}")
        print("  dropped per family: " + ", ".join(f"{f} {n}" for f, n in dropped.most_common()))
        print("  kept per family: " + ", ".join(f"{f} {n}" for f, n in Counter(l[3] for l in kept).most_common()))
    corpus_rounds.write_or_check(texts, out_dir, check, builder)
