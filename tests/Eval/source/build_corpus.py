#!/usr/bin/env python3
"""Builds the evaluation corpora of the languages other than English (tests/Eval/<lang>/tuning.tsv and
heldback.tsv) from the hand-written sentences and place names in tests/Eval/<lang>/source/corpus.py.
Deterministic: the same sources and SEED give the same files. English has its own builder (tests/Eval/en/source).

    python3 tests/Eval/source/build_corpus.py              # writes every language's halves
    python3 tests/Eval/source/build_corpus.py fr ja        # only these languages
    python3 tests/Eval/source/build_corpus.py --check      # writes nothing; exit 1 when a committed file differs
"""
import sys

sys.dont_write_bytecode = True  # the language sources are imported; leave no __pycache__ in the tree

import importlib.util
import json
import random
import re
from collections import Counter
from pathlib import Path

from split_halves import split_halves

SEED = 20261130
LANGUAGES = ["de", "fr", "es", "it", "ja", "pt", "hi", "nl", "ar"]
ROOT = Path(__file__).resolve().parents[3]
EVAL = Path(__file__).resolve().parents[1]
COUNTRY_KINDS = {"sovereign", "observer-state", "partially-recognised", "disputed-territory"}
INTENTS = {"out-of-domain": "AMAZON.FallbackIntent", "help": "AMAZON.HelpIntent",
           "stop": "AMAZON.StopIntent", "cancel": "AMAZON.CancelIntent"}


def load(lang):
    path = EVAL / lang / "source" / "corpus.py"
    spec = importlib.util.spec_from_file_location(f"corpus_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_and_locales(entry, locales):
    """A frame or sentence is a string (said in every locale of the language) or (string, "es-MX es-US")."""
    return (entry, locales) if isinstance(entry, str) else (entry[0], entry[1].split())


class Builder:
    def __init__(self, lang, source, place_ids):
        self.lang, self.source, self.place_ids = lang, source, place_ids
        self.rng = random.Random(f"{SEED}-{lang}")
        self.locales = list(source.LOCALES)
        self.weights = list(source.LOCALES.values())
        self.spoken = re.compile(source.SPOKEN)
        self.corpus, self.seen, self.uses = [], set(), Counter()

    def locale_of(self, allowed):
        if allowed == self.locales:
            return self.rng.choices(self.locales, self.weights)[0]
        return self.rng.choice(allowed)

    def add(self, utterance, locale, expected, family):
        if utterance in self.seen:
            return False
        if not self.spoken.fullmatch(utterance) or utterance != utterance.lower():
            sys.exit(f"{self.lang}: not an ASR transcript: {utterance!r}")
        for place in expected.split("+"):
            if place not in self.place_ids and "." not in expected:
                sys.exit(f"{self.lang}: {place} is not a place id of capitals.json ({utterance!r})")
        if "+" in expected and expected.split("+") != sorted(set(expected.split("+"))):
            sys.exit(f"{self.lang}: {expected} is not in ordinal order")
        self.seen.add(utterance)
        self.corpus.append((utterance, locale, expected, family))
        self.uses.update(expected.split("+"))
        return True

    def frames(self, frames):
        """The frames in a seeded order, over and over, so every frame of a family is used about equally."""
        frames = list(frames)
        while True:
            self.rng.shuffle(frames)
            yield from frames

    def pool(self, name):
        """(forms, expected) items a family draws from; a country's first forms are its everyday name."""
        source = self.source
        if name == "countries":
            return [(forms, place) for place, forms in source.PLACES.items()]
        if name == "alternatives":
            return [([alternative], place) for place, forms in source.PLACES.items() for alternative in forms[1:]]
        if name == "several":
            return [(source.PLACES[place], place) for place in source.SEVERAL]
        return [([forms], expected) for forms, expected in getattr(source, name.upper())]

    def family(self, family, pool_name, count, frames):
        """count lines of a family, each about the least-asked item of its pool not yet used in this family."""
        items = self.pool(pool_name)
        self.rng.shuffle(items)
        frames = self.frames(frames)
        used_here, added, attempts = set(), 0, 0
        while added < count and attempts < count * 10:
            attempts += 1
            if len(used_here) == len(items):
                used_here.clear()
            index = min((i for i in range(len(items)) if i not in used_here),
                        key=lambda i: sum(self.uses[p] for p in items[i][1].split("+")))
            used_here.add(index)
            forms, expected = items[index]
            for _ in range(30):
                chosen = forms[0] if len(forms) == 1 or self.rng.random() < 0.75 else self.rng.choice(forms[1:])
                text, locales = text_and_locales(next(frames), self.locales)
                try:
                    utterance = text.format_map(chosen)
                except KeyError:
                    continue  # the frame needs a form this name does not have
                if self.add(utterance, self.locale_of(locales), expected, family):
                    added += 1
                    break
        if added < count:
            sys.exit(f"{self.lang}: family {family} has only {added} of {count} lines; write more frames or names")

    def build(self):
        for family, pool_name, count, frames in self.source.FAMILIES:
            self.family(family, pool_name, count, frames)
        for family, expected in INTENTS.items():
            for sentence in getattr(self.source, family.upper().replace("-", "_")):
                text, locales = text_and_locales(sentence, self.locales)
                if not self.add(text, self.locale_of(locales), expected, family):
                    sys.exit(f"{self.lang}: sentence written twice: {text!r}")
        return self.corpus


def text_of(lang, lines):
    lines = sorted(lines, key=lambda line: (line[3], line[0], line[1]))
    header = ["utterance\tlocale\texpected\tfamily",
              f"# Generated by tests/Eval/source/build_corpus.py from tests/Eval/{lang}/source/corpus.py; "
              "see tests/Eval/README.md. Do not edit by hand."]
    return "\n".join(header + ["\t".join(line) for line in lines]) + "\n"


def main():
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    unknown = [a for a in arguments if a not in LANGUAGES]
    if unknown:
        sys.exit(f"unknown language(s) {', '.join(unknown)}; known: {' '.join(LANGUAGES)}")
    data = json.loads((ROOT / "lambda/Skill/Capitals/capitals.json").read_text(encoding="utf-8"))
    place_ids = {place["id"] for place in data["countries"]}
    several = {place["id"] for place in data["countries"]
               if place["kind"] in COUNTRY_KINDS and len(place["capitals"]) > 1}
    stale = []
    for lang in arguments or LANGUAGES:
        source = load(lang)
        if set(source.SEVERAL) != several:
            sys.exit(f"{lang}: SEVERAL and the countries with several capitals in capitals.json differ: "
                     f"{sorted(set(source.SEVERAL) ^ several)}")
        corpus = Builder(lang, source, place_ids).build()
        tuning, heldback = split_halves(corpus, f"{SEED}-{lang}")
        files = {EVAL / lang / "tuning.tsv": text_of(lang, tuning), EVAL / lang / "heldback.tsv": text_of(lang, heldback)}
        if "--check" in sys.argv[1:]:
            stale += [f"{lang}/{path.name}" for path, text in files.items()
                      if not path.exists() or path.read_text(encoding="utf-8") != text]
            continue
        for path, text in files.items():
            path.write_text(text, encoding="utf-8", newline="\n")
        families = Counter(line[3] for line in corpus)
        locales = Counter(line[1] for line in corpus)
        places = {p for line in corpus for p in line[2].split("+") if "." not in p}
        print(f"{lang}: {len(corpus)} lines (tuning {len(tuning)}, held back {len(heldback)}), {len(places)} places; "
              + ", ".join(f"{locale} {count}" for locale, count in sorted(locales.items())))
        print("    " + ", ".join(f"{family} {count}" for family, count in sorted(families.items())))
    if stale:
        sys.exit(f"stale (not what tests/Eval/<lang>/source builds): {', '.join(stale)}; rebuild only before any tuning")
    if "--check" in sys.argv[1:]:
        print("every language's tuning.tsv and heldback.tsv match their sources")


if __name__ == "__main__":
    main()
