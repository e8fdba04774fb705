"""The split of an evaluation corpus into its tuning and held-back halves, shared by every language's builder."""
import random
from collections import defaultdict


def split_halves(corpus, seed):
    """Stratified by family: each family's lines (utterance, locale, expected, family) in a seeded order, dealt
    alternately to the two halves, each family starting with the half that is currently smaller, so the halves end
    within one line."""
    halves = ([], [])
    by_family = defaultdict(list)
    for line in corpus:
        by_family[line[3]].append(line)
    split_rng = random.Random(seed)
    for family in sorted(by_family):
        lines = by_family[family]
        split_rng.shuffle(lines)
        first = 0 if len(halves[0]) <= len(halves[1]) else 1
        for i, line in enumerate(lines):
            halves[(first + i) % 2].append(line)
    return halves
