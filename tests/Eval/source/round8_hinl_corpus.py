"""Round-8 corpus mechanics of Hindi (hi-IN) and Dutch (nl-NL): filling frames with countries, pooled and written
lines, the checks that stop a bad corpus, the split and the printed report. The sentences are in each language's
hi/round8/source/build_corpus.py and nl/round8/source/build_corpus.py."""
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_rounds  # noqa: E402
from split_halves import split_halves  # noqa: E402

EARLIER_ROUNDS = range(2, 8)
TRANSCRIPT = {"hi": re.compile(r"^[\u0900-\u097F]+( [\u0900-\u097F]+)*$"),
              "nl": re.compile(r"^[a-zà-ÿ']+(-[a-zà-ÿ']+)*( [a-zà-ÿ']+(-[a-zà-ÿ']+)*)*$")}
SPOKEN_ALTERNATIVE_EVERY = 4


def spoken(text, language):
    """A data name as ASR writes it: lower case, no punctuation but apostrophes (and inner hyphens for nl)."""
    text = text.lower().replace("’", "'").replace("॰", "").replace(".", "").replace("(", "").replace(")", "").replace(",", "")
    if language == "hi":
        text = text.replace("-", " ")
    return " ".join(text.split())


class Places:
    def __init__(self, language):
        data = corpus_rounds.capitals_data()
        names = corpus_rounds.capitals_data(language)
        self.language = language
        self.ids = {c["id"] for c in data["countries"]} | {s["id"] for s in data["sharedNames"]}
        self.sovereign = sorted(c["id"] for c in data["countries"] if c["kind"] == "sovereign")
        self.entries = {c["id"]: c for c in names["countries"]}
        self.by_capital = corpus_rounds.places_by_capital(language, key=lambda name: spoken(name, language))

    def name(self, pid):
        entry = self.entries[pid]
        if self.language == "nl":
            return spoken(entry["forms"]["nl"]["subject"], "nl")
        return spoken(entry["names"]["hi"], "hi")

    def places_with_capital(self, city):
        """Every place one of whose capitals is called city in the language, '+'-joined in ordinal order."""
        return corpus_rounds.places_with_capital(city, self.by_capital)


def expected_value(value, places):
    if value in corpus_rounds.INTENT_CODES:
        return corpus_rounds.INTENT_CODES[value]
    if value.startswith("@"):
        return places.places_with_capital(value[1:])
    problem = corpus_rounds.ids_problem(value, places.ids)
    if problem:
        corpus_rounds.fail(problem)
    return value


def build(language, locale, seed, spoken_names, framed, pooled, written, builder, out_dir):
    """framed: (family, frame with {X}, times); pooled: (family, frame with {X}, [(name, id)]);
    written: (family, sentence, id or intent or @city). {X} is the country's name as said."""
    check = corpus_rounds.check_requested(sys.argv, builder)
    places = Places(language)
    earlier = corpus_rounds.earlier_pairs(language, EARLIER_ROUNDS)
    frame_uses = Counter()
    for family, frame, times in framed:
        frame_uses[frame] += times
    for family, frame, names in pooled:
        frame_uses[frame] += len(names)
    overused = [frame for frame, uses in frame_uses.items() if uses > 3]
    if overused:
        corpus_rounds.fail(f"frame said more than three times: {overused[0]}")
    for pid in spoken_names:
        if pid not in places.ids:
            corpus_rounds.fail(f"unknown place id {pid}")

    written_lines = [(sentence, locale, expected_value(value, places), family) for family, sentence, value in written]
    pooled_lines = [(frame.replace("{X}", name), locale, expected_value(pid, places), family)
                    for family, frame, names in pooled for name, pid in names]
    texts = [line[0] for line in written_lines + pooled_lines]
    repeated = [text for text, count in Counter(texts).items() if count > 1]
    if repeated:
        corpus_rounds.fail(f"sentence written twice: {repeated[0]}")

    queue = list(places.sovereign)
    random.Random(seed).shuffle(queue)
    taken = set(texts)
    framed_lines, refilled, said = [], 0, Counter()
    for family, frame, times in framed:
        for _ in range(times):
            for attempt, pid in enumerate(list(queue)):
                said[pid] += 1
                alternatives = spoken_names.get(pid, [])
                if alternatives and said[pid] % SPOKEN_ALTERNATIVE_EVERY == 0:
                    name = alternatives[said[pid] // SPOKEN_ALTERNATIVE_EVERY % len(alternatives)]
                else:
                    name = places.name(pid)
                if language == "nl" and ("land {X}" in frame or frame.startswith("hoofdstad {X}")):
                    name = re.sub(r"^(de|het) ", "", name)
                sentence = frame.replace("{X}", name)
                if (sentence, locale) in earlier or sentence in taken:
                    refilled += 1
                    continue
                queue.remove(pid)
                queue.append(pid)
                taken.add(sentence)
                framed_lines.append((sentence, locale, pid, family))
                break
            else:
                corpus_rounds.fail(f"no country left for {frame}")

    lines = framed_lines + pooled_lines + written_lines
    for line in lines:
        if not TRANSCRIPT[language].match(line[0]):
            corpus_rounds.fail(f"not a {language} transcript: {line[0]!r}")
    kept, dropped_earlier, dropped_repeat = corpus_rounds.keep_new(lines, earlier)
    asked = {pid for line in kept for pid in line[2].split("+") if pid in places.sovereign}
    halves = split_halves(kept, seed)
    generated_by = f"# Generated by tests/Eval/{language}/round8/source/build_corpus.py (seed {seed}); do not edit by hand"
    corpus_rounds.write_or_check(corpus_rounds.render_halves(halves, generated_by), out_dir, check, builder)
    families = Counter(line[3] for line in kept)
    print(f"build_corpus: {language} written {len(lines)}, frame lines re-filled {refilled}, "
          f"dropped {sum(dropped_earlier.values())} (in rounds 1-7) + {sum(dropped_repeat.values())} (repeats), "
          f"kept {len(kept)}, halves {len(halves[0])} + {len(halves[1])}, "
          f"sovereign countries asked {len(asked)} of {len(places.sovereign)}")
    print("  dropped per family: " + ", ".join(f"{f} {n}" for f, n in dropped_earlier.most_common()))
    print("  families: " + ", ".join(f"{f} {n}" for f, n in families.most_common()))
