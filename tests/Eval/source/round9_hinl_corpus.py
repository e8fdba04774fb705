"""What the round-9 Hindi and Dutch builders share: reading the capitals data, filling frames with countries, computing
the places a reverse question expects, the checks, and writing or checking the halves.

A builder (tests/Eval/<lang>/round9/source/build_corpus.py) holds its language's sentences and calls build()."""
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_rounds  # noqa: E402
from split_halves import split_halves  # noqa: E402

LOCALES = {"hi": "hi-IN", "nl": "nl-NL"}
EARLIER_ROUNDS = range(2, 9)
MOST_PER_FRAME = 3
SPOKEN_SHARE = 0.3

HINDI_WORD = re.compile(r"^[\u0900-\u0963\u0971-\u097F]+$")
DUTCH_WORD = re.compile(r"^[a-zà-öø-ÿ']+(-[a-zà-öø-ÿ']+)*$")


class Data:
    """The places of capitals.json with one language's names: sovereign ids in data order, every id, and per id the
    name, the Dutch subject and "of" forms, and the places by their capitals' names."""

    def __init__(self, language):
        self.language = language
        world = corpus_rounds.capitals_data()
        local = corpus_rounds.capitals_data(language)
        self.ids = {c["id"] for c in world["countries"]}
        self.sovereign = [c["id"] for c in world["countries"] if c["kind"] == "sovereign"]
        self.name, self.subject, self.of = {}, {}, {}
        for c in local["countries"]:
            pid = c["id"]
            self.name[pid] = self.spoken(c["names"][language])
            forms = c.get("forms", {}).get(language, {})
            self.subject[pid] = self.spoken(forms.get("subject", c["names"][language]))
            self.of[pid] = self.spoken(forms.get("of", "van " + c["names"][language]))
        self.by_capital = corpus_rounds.places_by_capital(language, key=self.spoken)

    def spoken(self, text):
        """A name as ASR writes it: Hindi with hyphens as spaces; Dutch in lower case with a plain apostrophe."""
        if self.language == "hi":
            return " ".join(text.replace("-", " ").split())
        return text.lower().replace("’", "'")

    def places_with_capital(self, city):
        """Every place one of whose capitals has this name, "+"-joined in ordinal order; exits when none has."""
        return corpus_rounds.places_with_capital(city, self.by_capital)


def is_transcript(language, sentence):
    words = sentence.split(" ")
    pattern = HINDI_WORD if language == "hi" else DUTCH_WORD
    return sentence == sentence.strip() and all(word and pattern.match(word) for word in words)


def fill(data, frame, pid, alternative):
    """A frame with its country: {X} the name (Dutch: with its article), {van} the Dutch "van ..." form, {N} the Dutch
    name without article; an alternative (a spoken name, Dutch with its article when it takes one) replaces the name."""
    if alternative is None:
        subject, of, bare = data.subject[pid], data.of[pid], data.name[pid]
    else:
        subject, of = alternative, "van " + alternative
        bare = re.sub(r"^(de|het) ", "", alternative)
    return frame.replace("{X}", subject).replace("{van}", of).replace("{N}", bare)


def build(language, builder, framed, spoken, pooled, written, minimum_note=""):
    """Builds the round-9 corpus of a language from its sources and writes (or with --check compares) the halves."""
    check = corpus_rounds.check_requested(sys.argv, builder)
    data = Data(language)
    locale = LOCALES[language]
    earlier = corpus_rounds.earlier_pairs(language, EARLIER_ROUNDS)
    seed = f"round9-20261201-{language}"
    rng = random.Random(seed)

    def expected_of(value):
        if value in corpus_rounds.INTENT_CODES:
            return corpus_rounds.INTENT_CODES[value]
        if value.startswith("@"):
            return data.places_with_capital(data.spoken(value[1:]))
        problem = corpus_rounds.ids_problem(value, data.ids)
        if problem:
            corpus_rounds.fail(problem)
        return value

    frame_uses = Counter()
    for _, frame, times in framed:
        frame_uses[frame] += times
    for _, frame, names in pooled:
        frame_uses[frame] += len(names)
    overused = [frame for frame, uses in frame_uses.items() if uses > MOST_PER_FRAME]
    if overused:
        corpus_rounds.fail(f"frame said more than {MOST_PER_FRAME} times: {overused[0]}")
    for pid in spoken:
        expected_of(pid)

    lines, own = [], set()

    def add(sentence, expected, family):
        if not is_transcript(language, sentence):
            corpus_rounds.fail(f"not a {language} transcript: {sentence!r}")
        lines.append((sentence, locale, expected_of(expected), family))

    for family, frame, names in pooled:
        for name, pid in names:
            add(frame.replace("{X}", name), pid, family)
    for family, sentence, expected in written:
        if sentence in own:
            corpus_rounds.fail(f"written twice: {sentence}")
        own.add(sentence)
        add(sentence, expected, family)
    pooled_and_written = {line[0] for line in lines}

    queue = list(data.sovereign)
    rng.shuffle(queue)
    refilled = 0
    framed_lines = []
    for family, frame, times in framed:
        for _ in range(times):
            for attempt in range(len(queue)):
                pid = queue.pop(0)
                queue.append(pid)
                alternative = rng.choice(spoken[pid]) if pid in spoken and rng.random() < SPOKEN_SHARE else None
                sentence = fill(data, frame, pid, alternative)
                if (sentence, locale) in earlier or sentence in pooled_and_written or sentence in own:
                    refilled += 1
                    continue
                own.add(sentence)
                if not is_transcript(language, sentence):
                    corpus_rounds.fail(f"not a {language} transcript: {sentence!r}")
                framed_lines.append((sentence, locale, pid, family))
                break
    lines = framed_lines + lines

    kept, dropped_earlier, dropped_repeat = corpus_rounds.keep_new(lines, earlier)
    halves = split_halves(kept, seed)
    generated_by = f"# Generated by {builder} (round 9, written blind; seed {seed}){minimum_note}"
    corpus_rounds.write_or_check(corpus_rounds.render_halves(halves, generated_by), corpus_rounds.REPO / Path(builder).parent.parent, check, builder)
    if check:
        return
    families = Counter(line[3] for line in kept)
    asked = {pid for line in kept for pid in line[2].split("+") if pid in data.ids}
    print(f"{language}: written {len(lines)}, frame lines re-filled {refilled}, dropped as in rounds 1-8 {sum(dropped_earlier.values())}"
          f" ({dict(dropped_earlier.most_common())}), repeats {sum(dropped_repeat.values())}; kept {len(kept)};"
          f" halves {len(halves[0])} + {len(halves[1])}; countries asked {len(asked & set(data.sovereign))} of {len(data.sovereign)}")
    print("  families: " + ", ".join(f"{family} {n}" for family, n in families.most_common()))
    print("  families in tuning: " + str(len({line[3] for line in halves[0]})))
