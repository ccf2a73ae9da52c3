"""Reference arrangements for shuffle.test.ts, computed independently of the TypeScript.

Run: python3 src/quiz/engine/shuffleReference.py

It re-implements FNV-1a (over UTF-16 code units), mulberry32 and the Fisher-Yates shuffle of seededPermutation, and
the rule of presentationOrder (draw with seed "id#n", redraw with "id#n#k" up to six times while the draw is not
allowed, then rotate), and prints the arrangements the test holds.
"""

MASK = 0xFFFFFFFF


def fnv1a(text):
    value = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        value ^= data[i] | (data[i + 1] << 8)
        value = (value * 0x01000193) & MASK
    return value


def imul(a, b):
    return (a * b) & MASK


def mulberry32(seed):
    state = seed & MASK

    def next_number():
        nonlocal state
        state = (state + 0x6D2B79F5) & MASK
        mixed = imul(state ^ (state >> 15), 1 | state)
        mixed = ((mixed + imul(mixed ^ (mixed >> 7), 61 | mixed)) & MASK) ^ mixed
        return ((mixed ^ (mixed >> 14)) & MASK) / 4294967296

    return next_number


def permutation(length, seed):
    order = list(range(length))
    random = mulberry32(fnv1a(seed))
    for position in range(length - 1, 0, -1):
        other = int(random() * (position + 1))
        order[position], order[other] = order[other], order[position]
    return order


def presentation_order(question_id, length, presentation, kind):
    previous = None
    order = []
    for number in range(presentation + 1):
        def allowed(candidate):
            identity = candidate == list(range(length))
            return not (kind == "items" and length >= 2 and identity) and candidate != previous

        candidate = permutation(length, f"{question_id}#{number}")
        draw = 1
        while draw <= 6 and not allowed(candidate):
            candidate = permutation(length, f"{question_id}#{number}#{draw}")
            draw += 1
        turn = 0
        while turn < length and not allowed(candidate):
            candidate = candidate[1:] + candidate[:1]
            turn += 1
        if not allowed(candidate) and kind == "items" and length == 2:
            candidate = [1, 0]
        order = candidate
        previous = order
    return order


CASES = [
    ("fixture-options-single", 6, "options"),
    ("overview-roles", 4, "options"),
    ("rlhf-stage-order", 3, "items"),
    ("pair", 2, "options"),
]

for question_id, length, kind in CASES:
    print(question_id, length, kind, [presentation_order(question_id, length, n, kind) for n in range(4)])
