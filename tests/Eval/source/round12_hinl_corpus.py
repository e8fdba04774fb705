"""Round 12's Hindi and Dutch corpora: each language's builder hands over its lines as text, one entry a line,
`family | frame or sentence | expected`, or `family | frame or sentence | expected | locale` where the language has
several locales (French, Spanish; without the fourth field a line is in the language's first locale). A frame has one `{}` slot and its fills as `name=expected; name=expected`
(at most three, and a frame at most three times over the whole corpus); a sentence has one expected value: place ids
(several joined by `+` in ordinal order), `CITY:<capital>` (every place with that capital, the capital as the
language's data names it) or an intent code (FB, HELP, STOP, CANCEL, LAUNCH). Lines of the earlier rounds are dropped.
Round 13 (source/round13_hinl_corpus.py) builds with the same mechanics under its own number; from round 18 German,
Italian, Portuguese and Japanese (one locale each, like Hindi and Dutch) build with them too, and from round 19 French and
Spanish (a locale a line)."""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_rounds  # noqa: E402
from split_halves import split_halves  # noqa: E402

# Each language's locales, the first one the default of a line that names none.
LOCALES = {"hi": ("hi-IN",), "nl": ("nl-NL",), "de": ("de-DE",), "it": ("it-IT",), "pt": ("pt-BR",), "ja": ("ja-JP",),
           "fr": ("fr-FR", "fr-CA"), "es": ("es-ES", "es-MX", "es-US")}
# Lower-case Latin letters (with the diacritics and the sharp s German, Italian, Portuguese, French and Spanish names keep),
# apostrophes, inner hyphens, single spaces.
LATIN = re.compile(r"^[a-zß-öø-ÿ']+(['-][a-zß-öø-ÿ']+)*( [a-zß-öø-ÿ']+(['-][a-zß-öø-ÿ']+)*)*$")
SCRIPT = {
    # Devanagari letters and signs (no digits, danda or abbreviation sign), single spaces.
    "hi": re.compile(r"^[\u0900-\u0963\u0971-\u097F]+( [\u0900-\u0963\u0971-\u097F]+)*$"),
    # Lower-case letters (with the diacritics Dutch names keep), apostrophes, inner hyphens, single spaces.
    "nl": re.compile(r"^[a-zà-öø-ÿ']+(-[a-zà-öø-ÿ']+)*( [a-zà-öø-ÿ']+(-[a-zà-öø-ÿ']+)*)*$"),
    "de": LATIN,
    "it": LATIN,
    "pt": LATIN,
    "fr": LATIN,
    "es": LATIN,
    # Kana, kanji and the iteration mark, no spaces (Japanese transcripts have none).
    "ja": re.compile(r"^[\u3005\u3040-\u30FF\u4E00-\u9FFF]+$"),
}
def entries(text, locales):
    """(family, frame or sentence, [(name or None, written expected)], locale) of each entry line of text; locales are
    the language's, a line without a fourth field is in the first."""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split(" | ")]
        if len(parts) == 3:
            parts.append(locales[0])
        if len(parts) != 4:
            corpus_rounds.fail(f"entry line {number} is not 'family | frame | expected' or "
                               f"'family | frame | expected | locale': {line}")
        family, frame, rest, locale = parts
        if locale not in locales:
            corpus_rounds.fail(f"entry line {number}: locale {locale} is not one of {', '.join(locales)}: {line}")
        if "{}" in frame:
            fills = [fill.strip().rsplit("=", 1) for fill in rest.split(";") if fill.strip()]
            if not fills or any(len(fill) != 2 for fill in fills) or len(fills) > 3:
                corpus_rounds.fail(f"entry line {number}: a frame takes one to three 'name=expected' fills: {line}")
            yield family, frame, [(name.strip(), value.strip()) for name, value in fills], locale
        else:
            yield family, frame, [(None, rest)], locale


def lines_of(language, text):
    """The corpus lines (utterance, locale, expected, family) the entries of text say, checked."""
    known = {place["id"] for place in corpus_rounds.capitals_data()["countries"]}
    by_capital = corpus_rounds.places_by_capital(language, key=str.lower)
    frames, lines = Counter(), []
    for family, frame, fills, locale in entries(text, LOCALES[language]):
        frames[frame] += len(fills)
        if frames[frame] > 3:
            corpus_rounds.fail(f"frame said more than three times: {frame}")
        for name, written in fills:
            utterance = frame if name is None else frame.replace("{}", name)
            if not SCRIPT[language].match(utterance):
                corpus_rounds.fail(f"not a {language} transcript: {utterance!r}")
            expected = corpus_rounds.expected_of(written, by_capital, key=str.lower)
            if expected not in corpus_rounds.INTENT_NAMES:
                problem = corpus_rounds.ids_problem(expected, known)
                if problem:
                    corpus_rounds.fail(f"{problem} in {utterance!r}")
            lines.append((utterance, locale, expected, family))
    written = Counter((line[0], line[1]) for line in lines)
    twice = [pair for pair, count in written.items() if count > 1]
    if twice:
        corpus_rounds.fail(f"sentence written twice: {twice[0][0]} ({twice[0][1]})")
    return lines


def build(language, text, argv, builder):
    """Builds (or with --check compares) tests/Eval/<language>/round12/{tuning,heldback}.tsv and prints the counts."""
    build_round(12, language, text, argv, builder)


def shared_code_file(number):
    """Rounds 13 to 16 call build_round through a wrapper of their own; later rounds call it here directly."""
    wrapper = f"round{number}_hinl_corpus.py"
    return wrapper if (Path(__file__).resolve().parent / wrapper).exists() else Path(__file__).name


def build_round(number, language, text, argv, builder):
    """Builds (or with --check compares) tests/Eval/<language>/round<number>/{tuning,heldback}.tsv, dropping the lines
    of rounds 1 to number - 1, and prints the counts."""
    check = corpus_rounds.check_requested(argv, builder)
    written = lines_of(language, text)
    earlier = corpus_rounds.earlier_pairs(language, range(2, number))
    kept, dropped_earlier, _ = corpus_rounds.keep_new(written, earlier)
    seed = f"round{number}-20261201-{language}"
    halves = split_halves(list(kept), seed)
    generated_by = (f"# Generated by {builder} (shared code tests/Eval/source/{shared_code_file(number)}); "
                    f"split seed {seed}")
    texts = corpus_rounds.render_halves(halves, generated_by)
    corpus_rounds.write_or_check(texts, corpus_rounds.EVAL / language / f"round{number}", check, builder)
    if check:
        return
    families = Counter(line[3] for line in kept)
    sovereign = {p["id"] for p in corpus_rounds.capitals_data()["countries"] if p["kind"] == "sovereign"}
    asked = {pid for line in kept for pid in line[2].split("+")} & sovereign
    print(f"{language}: written {len(written)}, dropped as in rounds 1-{number - 1} {sum(dropped_earlier.values())}, "
          f"kept {len(kept)}, halves {len(halves[0])} + {len(halves[1])}, families {len(families)}, "
          f"sovereign countries asked {len(asked)} of {len(sovereign)}")
    if len(LOCALES[language]) > 1:
        per_locale = Counter(line[1] for line in kept)
        print("kept per locale: " + ", ".join(f"{locale} {per_locale[locale]}" for locale in LOCALES[language]))
    print("kept per family: " + ", ".join(f"{f} {n}" for f, n in families.most_common()))
    print("dropped per family: " + ", ".join(f"{f} {n}" for f, n in dropped_earlier.most_common()))
    print("sovereign not asked: " + " ".join(sorted(sovereign - asked)))
