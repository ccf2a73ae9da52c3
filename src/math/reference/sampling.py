"""Reference values for src/math/sampling.ts and src/math/random.ts, computed independently with Python and numpy.

Run from the repository root:
    python3 src/math/reference/sampling.py > src/math/reference/sampling.json
The tests (src/math/sampling.test.ts, src/math/random.test.ts) read the committed sampling.json.

mulberry32 is rewritten here from its published C form with explicit 32-bit masks; the filters use numpy's stable
sort on the negated probabilities, so equal probabilities keep index order, as the TypeScript does.
"""
import json

import numpy as np

MASK = 0xFFFFFFFF


def mulberry32(seed):
    state = seed & MASK

    def draw():
        nonlocal state
        state = (state + 0x6D2B79F5) & MASK
        t = ((state ^ (state >> 15)) * (1 | state)) & MASK
        t = (t + (((t ^ (t >> 7)) * (61 | t)) & MASK)) & MASK ^ t
        return ((t ^ (t >> 14)) & MASK) / 2**32

    return draw


def softmax(logits, temperature):
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def top_k(p, k):
    order = np.argsort(-p, kind="stable")
    kept = np.zeros_like(p)
    kept[order[:k]] = p[order[:k]]
    return kept / kept.sum()


def top_p(p, threshold):
    order = np.argsort(-p, kind="stable")
    cumulative = np.cumsum(p[order])
    # The smallest prefix whose sum reaches the threshold (a relative slack of 1e-12, as in the TypeScript).
    count = int(np.argmax(cumulative >= threshold * (1 - 1e-12))) + 1
    kept = np.zeros_like(p)
    kept[order[:count]] = p[order[:count]]
    return kept / kept.sum()


def stages(logits, temperature, k=None, p=None):
    if temperature == 0:
        probabilities = np.zeros(len(logits))
        probabilities[int(np.argmax(logits))] = 1.0
    else:
        probabilities = softmax(logits, temperature)
    after_k = top_k(probabilities, k) if k is not None else probabilities / probabilities.sum()
    final = top_p(after_k, p) if p is not None else after_k
    return {"probabilities": probabilities.tolist(), "afterTopK": after_k.tolist(), "final": final.tolist()}


def draw_counts(probabilities, count, seed):
    draw = mulberry32(seed)
    cumulative = np.cumsum(probabilities)
    tokens = []
    for _ in range(count):
        u = draw()
        index = int(np.searchsorted(cumulative, u, side="right"))
        tokens.append(min(index, len(probabilities) - 1))
    return tokens


LOGITS = [2.0, 1.0, 0.1]
CHAPTER = [3.2, 2.5, 1.8, 1.0, 0.2, -1.0]
streams = {}
for seed in (1, 42, 2**32 - 1):
    draw = mulberry32(seed)
    streams[str(seed)] = [draw() for _ in range(8)]
result = {
    "mulberry32": streams,
    "temperature": {str(t): stages(LOGITS, t) for t in (0.5, 1.0, 2.0)},
    "chapter": {
        "T1": stages(CHAPTER, 1.0),
        "T0.7_k3": stages(CHAPTER, 0.7, k=3),
        "T1_p0.9": stages(CHAPTER, 1.0, p=0.9),
        "T1.5_k4_p0.8": stages(CHAPTER, 1.5, k=4, p=0.8),
        "T0": stages(CHAPTER, 0),
    },
    "ties": {
        "k2": stages([1.0, 1.0, 1.0, 0.0], 1.0, k=2),
        "p0.5": stages([1.0, 1.0, 1.0, 0.0], 1.0, p=0.5),
        "greedy": stages([0.5, 2.0, 2.0], 0),
    },
}
final = np.asarray(result["chapter"]["T1"]["final"])
result["draws"] = {"seed": 3, "first10": draw_counts(final, 10, 3), "counts1000": np.bincount(draw_counts(final, 1000, 3), minlength=len(final)).tolist()}
print(json.dumps(result, indent=1))
