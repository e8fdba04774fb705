"""Round-3 builder shared by the French, Spanish, Italian and Portuguese corpora (tests/Eval/<lang>/round3/).

Each language's tests/Eval/<lang>/round3/source/build_corpus.py holds its data (places, frames, other sentences) and
calls `main`. The corpus is filled deterministically, split with split_halves.py, and every (utterance, locale) pair
already in an earlier round of the language (round 1 and round 2, both halves) is dropped mechanically: the builder
reads those files, its author did not.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_halves import split_halves  # noqa: E402
from corpus_rounds import INTENT_NAMES  # noqa: E402

EVAL = Path(__file__).resolve().parents[1]
REPO = EVAL.parents[1]
HEADER = "utterance\tlocale\texpected\tfamily"
LATIN_WORD = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0153]+(?:['-][a-z\u00df-\u00f6\u00f8-\u00ff\u0153]+)*"
SPOKEN = re.compile(f"^{LATIN_WORD}(?: {LATIN_WORD})*$")  # the transcript rule of the corpus tests

# The article of a place name, how "of" contracts with it, and whether it is plural.
ARTICLES = {
    "fr": {"le ": ("du ", False), "la ": ("de la ", False), "l'": ("de l'", False), "les ": ("des ", True)},
    "es": {"el ": ("del ", False), "la ": ("de la ", False), "los ": ("de los ", True), "las ": ("de las ", True)},
    "it": {"il ": ("del ", False), "lo ": ("dello ", False), "la ": ("della ", False), "l'": ("dell'", False),
           "i ": ("dei ", True), "gli ": ("degli ", True), "le ": ("delle ", True)},
    "pt": {"o ": ("do ", False), "a ": ("da ", False), "os ": ("dos ", True), "as ": ("das ", True)},
}
# Words that agree with the place: {has} (it has / they have), {its} (its / their).
AGREEMENT = {
    "fr": {"has": ("a", "ont"), "its": ("sa", "leur"), "is": ("c'est", "c'est")},
    "es": {"has": ("tiene", "tienen"), "its": ("su", "su"), "is": ("es", "son")},
    "it": {"has": ("ha", "hanno"), "its": ("la sua", "la loro"), "is": ("è", "sono")},
    "pt": {"has": ("tem", "têm"), "its": ("a capital dele", "a capital deles"), "is": ("é", "são")},
}
NUMBERS = {"fr": {2: "deux", 3: "trois"}, "es": {2: "dos", 3: "tres"}, "it": {2: "due", 3: "tre"},
           "pt": {2: "duas", 3: "três"}}
VOWELS = "aeiouhâàéèêîïôûœ"


class Name:
    """A spoken name with its article: "la france", "l'irak", "=el salvador" (the article is part of the name)."""

    def __init__(self, lang, text):
        self.fixed = text.startswith("=")
        self.text = text.lstrip("=")
        self.lang = lang
        self.article, self.bare, self.plural = "", self.text, False
        if not self.fixed:
            for article, (_, plural) in ARTICLES[lang].items():
                if self.text.startswith(article):
                    self.article, self.bare, self.plural = article, self.text[len(article):], plural
                    break

    def of(self):
        if self.article:
            return ARTICLES[self.lang][self.article][0] + self.bare
        if self.lang == "fr" and self.bare[0] in VOWELS:
            return "d'" + self.bare
        return ("di " if self.lang == "it" else "de ") + self.text


def parse_pool(lang, text):
    """One place a line: `ID name|alternative|alternative@locale ... #n` (n = number of capitals)."""
    entries = []
    for raw in text.strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("//"):
            continue
        count = None
        if " #" in raw:
            raw, count = raw.split(" #")
            count = int(count)
        place_id, names = raw.split(" ", 1)
        parsed = []
        for name in names.split("|"):
            locales = None
            if "@" in name:
                name, locales = name.split("@")
                locales = locales.split(",")
            parsed.append((Name(lang, name.strip()), locales))
        entries.append({"id": place_id, "names": parsed, "count": count})
    return entries


def fill(frame, name, lang, other, count):
    agree = AGREEMENT[lang]
    values = {
        "x": name.text, "n": name.bare, "de": name.of(),
        "has": agree["has"][name.plural], "its": agree["its"][name.plural], "is": agree["is"][name.plural],
        "num": NUMBERS[lang].get(count, ""),
        "de2": other.of() if other else "", "x2": other.text if other else "",
    }
    return " ".join(frame.format(**values).split())


def earlier_pairs(lang):
    pairs = set()
    for path in [EVAL / lang / "tuning.tsv", EVAL / lang / "heldback.tsv",
                 EVAL / lang / "round2" / "tuning.tsv", EVAL / lang / "round2" / "heldback.tsv"]:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if line and not line.startswith("#"):
                columns = line.split("\t")
                pairs.add((columns[0], columns[1]))
    return pairs


def known_ids():
    data = json.loads((REPO / "lambda" / "Skill" / "Capitals" / "capitals.json").read_text(encoding="utf-8"))
    return {place["id"]: len(place["capitals"]) for place in data["countries"]}


def build(spec):
    lang, seed = spec["LANG"], spec["SEED"]
    rng = random.Random(seed)
    locales, weights = zip(*spec["WEIGHTS"].items())
    earlier = earlier_pairs(lang)
    ids = known_ids()
    pools = {name: parse_pool(lang, text) for name, text in spec["POOLS"].items()}
    for pool in pools.values():
        for entry in pool:
            parts = entry["id"].split("+")
            unknown = [part for part in parts if part not in ids]
            if unknown:
                sys.exit(f"unknown id {unknown} in {lang}")
            if parts != sorted(parts):
                sys.exit(f"ids out of ordinal order: {entry['id']}")
            if entry["count"] and ids[parts[0]] != entry["count"]:
                sys.exit(f"{entry['id']} has {ids[parts[0]]} capitals, not {entry['count']}")
    asked = Counter()
    seen = set()
    corpus = []
    dropped = 0
    for family, pool_name, count, frames in spec["FAMILIES"]:
        pool = list(pools[pool_name])
        rng.shuffle(pool)
        frames = [(f, None) if isinstance(f, str) else (f[0], f[1].split()) for f in frames]
        rng.shuffle(frames)
        used = set()
        made, attempt = 0, 0
        while made < count:
            attempt += 1
            if attempt > count * 40:
                sys.exit(f"cannot fill {lang} family {family}")
            frame, frame_locales = frames[attempt % len(frames)]
            locale = rng.choice(frame_locales) if frame_locales else rng.choices(locales, weights)[0]
            candidates = [e for e in pool if e["id"] not in used and ("{num}" not in frame or e["count"])]
            if not candidates:
                used.clear()
                continue
            entry = min(candidates, key=lambda e: asked[e["id"]])
            names = [n for n, name_locales in entry["names"] if not name_locales or locale in name_locales]
            if not names:
                continue
            name = names[0] if len(names) == 1 or rng.random() < 0.75 else rng.choice(names[1:])
            other = None
            if "{de2}" in frame or "{x2}" in frame:
                others = [e for e in pools["countries"] if e["id"] != entry["id"]]
                other = rng.choice(others)["names"][0][0]
            utterance = fill(frame, name, lang, other, entry["count"])
            if not SPOKEN.match(utterance):
                sys.exit(f"not a transcript: {utterance!r}")
            if (utterance, locale) in earlier:
                dropped += 1
                used.add(entry["id"])
                continue
            if utterance in seen:
                continue
            seen.add(utterance)
            used.add(entry["id"])
            asked[entry["id"]] += 1
            corpus.append((utterance, locale, entry["id"], family))
            made += 1
    dropped_other = 0
    for intent, family, sentences in spec["OTHER"]:
        assert intent in INTENT_NAMES, intent
        for sentence in sentences:
            utterance, sentence_locales = (sentence, None) if isinstance(sentence, str) else sentence
            locale = rng.choice(sentence_locales.split()) if sentence_locales else rng.choices(locales, weights)[0]
            if not SPOKEN.match(utterance):
                sys.exit(f"not a transcript: {utterance!r}")
            if (utterance, locale) in earlier:
                dropped_other += 1
                continue
            if utterance in seen:
                sys.exit(f"repeated sentence: {utterance}")
            seen.add(utterance)
            corpus.append((utterance, locale, intent, family))
    return corpus, dropped, dropped_other


def render(lang, lines):
    generated = (f"# Generated by tests/Eval/{lang}/round3/source/build_corpus.py (round 3, written blind); "
                 "do not edit by hand")
    return "\n".join([HEADER, generated] + ["\t".join(line) for line in lines]) + "\n"


def main(spec):
    """spec: the language's build_corpus.py globals (LANG, SEED, WEIGHTS, POOLS, FAMILIES, OTHER)."""
    lang = spec["LANG"]
    corpus, dropped, dropped_other = build(spec)
    questions = [line for line in corpus if line[2] not in INTENT_NAMES]
    other = [line for line in corpus if line[2] in INTENT_NAMES]
    fallback = [line for line in other if line[2] == "AMAZON.FallbackIntent"]
    places = {part for line in questions for part in line[2].split("+")}
    problems = []
    if len(corpus) < 220:
        problems.append(f"{len(corpus)} lines, fewer than 220")
    if len(questions) < 170:
        problems.append(f"{len(questions)} capital questions, fewer than 170")
    if len(other) < 50 or len(fallback) < 28:
        problems.append(f"{len(other)} other lines ({len(fallback)} fallback), fewer than 50 (28)")
    if len(places) < 140:
        problems.append(f"{len(places)} places, fewer than 140")
    if problems:
        sys.exit(f"{lang}: " + "; ".join(problems))
    halves = split_halves(corpus, spec["SEED"])
    out = EVAL / lang / "round3"
    files = {out / "tuning.tsv": render(lang, halves[0]), out / "heldback.tsv": render(lang, halves[1])}
    print(f"{lang}: {len(corpus)} lines ({len(questions)} capital questions, {len(other)} other, {len(fallback)} fallback), "
          f"{len(places)} places; dropped {dropped} generated and {dropped_other} written lines already in rounds 1-2")
    print("  by locale: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(l[1] for l in corpus).items())))
    print("  by family: " + ", ".join(f"{k} {v}" for k, v in Counter(l[3] for l in corpus).items()))
    if "--check" in sys.argv[1:]:
        stale = [path.name for path, text in files.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        if stale:
            print(f"stale: {', '.join(stale)} (run without --check)", file=sys.stderr)
            sys.exit(1)
        print("  up to date")
        return
    out.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    print(f"  wrote {len(halves[0])} + {len(halves[1])} lines")
