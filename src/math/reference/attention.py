"""Reference values for src/math/attention (the attention lab's numbers), computed independently with numpy.

Run from the repository root:
    python3 src/math/reference/attention.py > src/math/reference/attention.json
It prints every intermediate of the cases that src/math/attention/attention.test.ts checks against (as JSON, at full
float64 precision); the test reads the committed attention.json.
The chapter's worked example (content/<locale>/02-architecture.md, #attention-example) is case "walkthrough".
"""
import json

import numpy as np

WALKTHROUGH = {
    "X": [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]],
    "W_Q": [[0, 1], [1, 0], [0, 0], [1, 0]],
    "W_K": [[1, 0], [0, 1], [0, 0], [1, 1]],
    "W_V": [[1, 0], [0, 1], [1, 0], [0, 1]],
}

# Five positions, d_model = 6, two heads of width 3: entries written out once (two decimals) so that the TypeScript
# test holds the same literals.
FIVE = {
    "X": [
        [0.5, -1.2, 0.3, 0.8, -0.4, 1.1],
        [-0.7, 0.2, 1.5, -0.3, 0.9, 0.0],
        [1.3, 0.6, -0.8, 0.4, 0.1, -0.9],
        [0.0, -0.5, 0.7, 1.2, -1.1, 0.6],
        [-0.2, 1.4, 0.2, -0.6, 0.5, 0.3],
    ],
    "W_Q": [[0.4, -0.3, 0.9], [0.1, 0.8, -0.5], [-0.6, 0.2, 0.3], [0.7, -0.1, 0.2], [0.0, 0.5, -0.8], [0.3, 0.6, 0.1]],
    "W_K": [[-0.2, 0.7, 0.4], [0.9, -0.4, 0.1], [0.3, 0.3, -0.7], [-0.5, 0.8, 0.6], [0.6, 0.0, 0.2], [0.1, -0.9, 0.5]],
    "W_V": [[0.8, 0.1, -0.3], [-0.4, 0.6, 0.2], [0.5, -0.7, 0.9], [0.2, 0.3, -0.1], [-0.9, 0.4, 0.0], [0.6, -0.2, 0.7]],
    "W_Q2": [[0.2, 0.5, -0.4], [-0.7, 0.1, 0.6], [0.3, -0.8, 0.2], [0.9, 0.4, -0.1], [-0.3, 0.6, 0.8], [0.5, -0.2, 0.0]],
    "W_K2": [[0.6, -0.1, 0.3], [0.2, 0.9, -0.4], [-0.5, 0.4, 0.7], [0.1, -0.6, 0.2], [0.8, 0.3, -0.9], [-0.4, 0.7, 0.5]],
    "W_V2": [[-0.3, 0.8, 0.4], [0.7, -0.2, 0.1], [0.0, 0.5, -0.6], [0.4, 0.9, 0.3], [-0.8, 0.1, 0.7], [0.2, -0.5, 0.6]],
}


def softmax_rows(matrix):
    shifted = matrix - matrix.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=1, keepdims=True)


def head(x, w_q, w_k, w_v, causal=True, scaled=True):
    x, w_q, w_k, w_v = (np.array(m, dtype=np.float64) for m in (x, w_q, w_k, w_v))
    q, k, v = x @ w_q, x @ w_k, x @ w_v
    scores = q @ k.T
    factor = 1 / np.sqrt(k.shape[1]) if scaled else 1.0
    masked = scores * factor
    if causal:
        masked = np.where(np.tril(np.ones_like(masked)) == 1, masked, -np.inf)
    weights = softmax_rows(masked)
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.where(weights > 0, np.log(np.where(weights > 0, weights, 1)), 0)
    return {
        "Q": q, "K": k, "V": v, "scores": scores, "scaled": scores * factor, "weights": weights,
        "output": weights @ v, "entropy": -(weights * logs).sum(axis=1),
    }


def printable(result):
    return {name: np.asarray(value).tolist() for name, value in result.items()}


cases = {
    "walkthrough": head(WALKTHROUGH["X"], WALKTHROUGH["W_Q"], WALKTHROUGH["W_K"], WALKTHROUGH["W_V"]),
    "walkthrough_unmasked": head(WALKTHROUGH["X"], WALKTHROUGH["W_Q"], WALKTHROUGH["W_K"], WALKTHROUGH["W_V"], causal=False),
    "five": head(FIVE["X"], FIVE["W_Q"], FIVE["W_K"], FIVE["W_V"]),
    "five_unscaled": head(FIVE["X"], FIVE["W_Q"], FIVE["W_K"], FIVE["W_V"], scaled=False),
    "five_head2": head(FIVE["X"], FIVE["W_Q2"], FIVE["W_K2"], FIVE["W_V2"]),
}
cases["five_concatenated"] = {"output": np.hstack([cases["five"]["output"], cases["five_head2"]["output"]])}
np.set_printoptions(precision=17)
print(json.dumps({name: printable(result) for name, result in cases.items()}, indent=1))
