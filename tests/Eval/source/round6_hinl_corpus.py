"""Round 6 of the Hindi and Dutch corpora: the shared filling of frames; each language's build_corpus.py holds its
sentences (SPOKEN, FRAMED, WRITTEN) and calls build().

A frame ("{X} की राजधानी बताओ") is filled with the sovereign country asked least recently (a queue shuffled with the
seed), by its spoken name: the language data's name (Dutch with its article), or the everyday name the builder gives
three times in four. A filled sentence already in an earlier round (or already written) takes the next country; a whole
written sentence already in an earlier round is dropped. Expected "@KE" is a reverse question: every place whose capital
has the same name as KE's."""
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_rounds  # noqa: E402
from split_halves import split_halves  # noqa: E402

MAX_PER_FRAME = 3
SCRIPT = {"hi": re.compile(r"^[\u0900-\u097f ]+$"), "nl": re.compile(r"^[a-zà-ÿ' -]+$")}


def load_places(language):
    """({id: kind}, {sovereign id: spoken data name}, {id: set of capital names})."""
    data = corpus_rounds.capitals_data()
    local = corpus_rounds.capitals_data(language)
    kinds = {c["id"]: c["kind"] for c in data["countries"]}
    capitals = {c["id"]: {cap["name"] for cap in c["capitals"]} for c in data["countries"]}
    names = {}
    for c in local["countries"]:
        if kinds.get(c["id"]) != "sovereign":
            continue
        name = c.get("forms", {}).get(language, {}).get("subject") or c["names"][language]
        name = name.lower().replace(".", "").replace("\u2019", "'")
        names[c["id"]] = name.replace("-", " ") if language == "hi" else name
    return kinds, names, capitals


def reverse_expected(place, capitals):
    same = capitals[place]
    ids = [pid for pid, names in capitals.items() if names & same]
    return "+".join(sorted(ids, key=lambda pid: pid.encode()))


def whole_sentences(placed, intents):
    """The written lines (sentence, expected, family) of {family: [(sentence, id)]} and {family: (intent, [sentence])}."""
    lines = [(sentence, expected, family) for family, pairs in placed.items() for sentence, expected in pairs]
    return lines + [(sentence, intent, family) for family, (intent, sentences) in intents.items() for sentence in sentences]


def build(language, locale, spoken, framed, written, builder):
    check = corpus_rounds.check_requested(sys.argv, builder)
    seed = f"round6-20261130-{language}"
    rng = random.Random(seed)
    kinds, names, capitals = load_places(language)
    earlier = corpus_rounds.earlier_pairs(language, [2, 3, 4, 5])
    script = SCRIPT[language]

    lines, frame_uses, written_seen = [], Counter(), set()
    dropped_written = Counter()
    for sentence, expected, family in written:
        if sentence in written_seen:
            corpus_rounds.fail(f"written twice: {sentence}")
        written_seen.add(sentence)
        frame_uses[sentence] += 1
        if expected in corpus_rounds.INTENT_CODES:
            expected = corpus_rounds.INTENT_CODES[expected]
        elif expected.startswith("@"):
            expected = reverse_expected(expected[1:], capitals)
        if (sentence, locale) in earlier:
            dropped_written[family] += 1
            continue
        lines.append((sentence, locale, expected, family))

    queue = sorted(names)
    rng.shuffle(queue)
    asked = Counter()
    refilled = Counter()
    taken = {line[0] for line in lines}
    for family, frames in framed.items():
        for frame, times in frames:
            frame_uses[frame] += times
            for _ in range(times):
                for attempt in range(len(queue)):
                    place = queue.pop(0)
                    queue.append(place)
                    choices = spoken.get(place)
                    name = choices[0] if choices and rng.random() < 0.75 else (
                        rng.choice(choices[1:]) if choices and len(choices) > 1 else names[place])
                    sentence = frame.replace("{X}", name)
                    if (sentence, locale) not in earlier and sentence not in taken:
                        break
                    refilled[family] += 1
                taken.add(sentence)
                asked[place] += 1
                lines.append((sentence, locale, place, family))

    over = [f for f, n in frame_uses.items() if n > MAX_PER_FRAME]
    if over:
        corpus_rounds.fail(f"frame said more than {MAX_PER_FRAME} times: {over[0]}")
    known = set(kinds)
    for sentence, _, expected, _ in lines:
        if not script.match(sentence) or sentence != sentence.strip() or "  " in sentence:
            corpus_rounds.fail(f"not a {language} transcript: {sentence!r}")
        if not expected.startswith(("AMAZON.", "LaunchRequest")):
            problem = corpus_rounds.ids_problem(expected, known)
            if problem:
                corpus_rounds.fail(f"{problem} in: {sentence}")

    kept, dropped_earlier, dropped_repeat = corpus_rounds.keep_new(lines, earlier)
    halves = split_halves(kept, seed)
    rel = Path(builder).resolve().relative_to(corpus_rounds.REPO)
    generated = f"# Generated by {rel} (seed {seed}); edit the sources, not this file"
    corpus_rounds.write_or_check(corpus_rounds.render_halves(halves, generated), Path(builder).resolve().parent.parent,
                                 check, builder)
    if check:
        return
    families = Counter(line[3] for line in kept)
    print(f"build_corpus: {language}: written {len(lines) + sum(dropped_written.values())}, "
          f"dropped as in rounds 1-5 {sum(dropped_written.values()) + sum(dropped_earlier.values())} "
          f"({dict(dropped_written)}), frame lines re-filled {sum(refilled.values())}, kept {len(kept)}, "
          f"halves {len(halves[0])} + {len(halves[1])}, countries asked {len(asked)}")
    for family, count in sorted(families.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {family}: {count}")
