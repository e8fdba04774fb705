"""Round 2 of the evaluation corpora for German, French, Spanish and Italian: fills one language's hand-written frames
with its hand-written place names, deterministically, and splits the lines into a tuning and a held-back half.

Each language's builder (tests/Eval/<lang>/round2/source/build_corpus.py) holds its own frames, names and other
sentences and calls `main(language)`; `--check` exits 1 when the committed halves differ from what the sources build.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split_halves import split_halves  # noqa: E402

EVAL = Path(__file__).resolve().parents[1]
CAPITALS = EVAL.parents[1] / "lambda" / "Skill" / "Capitals" / "capitals.json"
HEADER = "utterance\tlocale\texpected\tfamily"
INTENTS = {
    "AMAZON.FallbackIntent": "out-of-domain",
    "AMAZON.HelpIntent": "help",
    "AMAZON.StopIntent": "stop",
    "AMAZON.CancelIntent": "cancel",
}
WORD = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0153]+(?:['-][a-z\u00df-\u00f6\u00f8-\u00ff\u0153]+)*"
TRANSCRIPT = re.compile(f"^{WORD}(?: {WORD})*$")
SLOT = re.compile(r"\{(\w+)\}")
AGREEMENT = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


class CorpusError(Exception):
    pass


def parse_places(text):
    """One place a line: `ID name | other name | ...`; `ID1+ID2` for a name that means several places; a name ending
    in `@locale` (`@es-MX`, `@fr-CA es-US`) is said only in those locales."""
    places = []
    for raw in text.strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        ident, _, names = raw.partition(" ")
        entries = []
        for name in names.split("|"):
            name, _, locales = name.partition("@")
            entries.append((name.strip(), tuple(locales.split()) if locales else ()))
        places.append((ident, entries))
    return places


def known_ids():
    data = json.loads(CAPITALS.read_text(encoding="utf-8"))
    return {place["id"] for place in data["countries"]}, {
        place["id"] for place in data["countries"] if len(place["capitals"]) > 1}


class Filler:
    """Deals a family's lines: each line takes the next frame of the family (in a seeded order) and the item of the
    family's pool asked about least so far that the family has not used yet."""

    def __init__(self, language):
        self.language = language
        self.rng = random.Random(language.SEED)
        self.asked = Counter()
        self.seen = set()
        self.lines = []

    def locale_for(self, allowed):
        weights = self.language.LOCALE_WEIGHTS
        choices = [locale for locale in weights if not allowed or locale in allowed]
        return self.rng.choices(choices, [weights[locale] for locale in choices])[0]

    def add(self, utterance, locale, expected, family):
        utterance = " ".join(utterance.split())
        if not TRANSCRIPT.match(utterance):
            raise CorpusError(f"not a transcript ({family}): {utterance!r}")
        if utterance in self.seen:
            return False
        self.seen.add(utterance)
        self.lines.append((utterance, locale, expected, family))
        return True

    def fill(self, family, count, pool, frames):
        frames = [frame if isinstance(frame, tuple) else (frame, "") for frame in frames]
        order = list(range(len(frames)))
        self.rng.shuffle(order)
        used = set()
        made, attempts = 0, 0
        while made < count:
            attempts += 1
            if attempts > count * 40:
                raise CorpusError(f"family {family} cannot fill {count} lines (made {made})")
            frame, frame_locales = frames[order[attempts % len(order)]]
            candidates = [item for item in pool if (item[0], item[1]) not in used]
            if not candidates:
                used.clear()
                continue
            low = min(self.asked[item[0]] for item in candidates)
            ident, name, name_locales = self.rng.choice([item for item in candidates if self.asked[item[0]] == low])
            allowed = set(frame_locales.split()) if frame_locales else set(self.language.LOCALE_WEIGHTS)
            if name_locales:
                allowed &= set(name_locales)
            if not allowed:
                continue
            forms = self.language.forms(name, ident, self.rng)
            slots = set(SLOT.findall(frame))
            if any(forms.get(slot) is None for slot in slots):
                continue
            text = SLOT.sub(lambda match: forms[match.group(1)], frame)
            text = AGREEMENT.sub(lambda match: match.group(2 if forms.get("plural") else 1), text)
            if self.add(text, self.locale_for(allowed), ident, family):
                used.add((ident, name))
                self.asked[ident] += 1
                made += 1


def pools(language, ids):
    """The items (id, name, locales) a family can ask about, per pool: every name of the places in `language.POOLS`,
    except for the countries, whose first name is the "countries" pool and other names the "everyday" pool."""
    result = {}
    for pool_name, text in language.POOLS.items():
        places = parse_places(text)
        for ident, _ in places:
            if any(part not in ids for part in ident.split("+")):
                raise CorpusError(f"{pool_name}: unknown place id in {ident}")
            if ident.split("+") != sorted(ident.split("+")):
                raise CorpusError(f"{pool_name}: ids out of ordinal order: {ident}")
        if pool_name == "countries":
            result["countries"] = [(ident, *entries[0]) for ident, entries in places]
            result["everyday"] = [(ident, *entry) for ident, entries in places for entry in entries[1:]]
        else:
            result[pool_name] = [(ident, *entry) for ident, entries in places for entry in entries]
    return result


def build(language):
    ids, several = known_ids()
    item_pools = pools(language, ids)
    several_asked = {ident for ident, _, _ in item_pools["several"]}
    if not several_asked <= several:
        raise CorpusError(f"the several-capitals pool has places with one capital: {sorted(several_asked - several)}")
    filler = Filler(language)
    for family, count, pool, frames in language.FAMILIES:
        filler.fill(family, count, item_pools[pool], frames)
    for intent, sentences in language.OTHER.items():
        if intent not in INTENTS:
            raise CorpusError(f"unknown intent {intent}")
        for sentence in sentences:
            sentence, locales = sentence if isinstance(sentence, tuple) else (sentence, "")
            if not filler.add(sentence, filler.locale_for(set(locales.split())), intent, INTENTS[intent]):
                raise CorpusError(f"written twice: {sentence}")
    return split_halves(filler.lines, language.SEED)


def render(language, lines):
    generated = (f"# Generated by tests/Eval/{language.LANG}/round2/source/build_corpus.py; "
                 "see tests/Eval/README.md (Round 2). Do not edit by hand.")
    return "\n".join([HEADER, generated] + ["\t".join(line) for line in lines]) + "\n"


def main(language):
    check = "--check" in sys.argv[1:]
    try:
        halves = build(language)
    except CorpusError as error:
        print(f"build_corpus ({language.LANG} round 2): {error}", file=sys.stderr)
        return 2
    target = EVAL / language.LANG / "round2"
    stale = []
    for name, lines in zip(("tuning.tsv", "heldback.tsv"), halves):
        path = target / name
        text = render(language, lines)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(EVAL.parents[1])))
        else:
            path.write_text(text, encoding="utf-8")
    if check:
        if stale:
            print("stale, rebuild with build_corpus.py: " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    print(f"{language.LANG} round 2: tuning {len(halves[0])} lines, held back {len(halves[1])} lines")
    return 0
