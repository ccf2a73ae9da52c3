#!/usr/bin/env python3
"""Reference values for src/math/rlhf and src/math/random.ts, computed independently with numpy.

Run from the repository root:   python3 src/math/reference/rlhf.py
It rewrites src/math/reference/rlhf.json, which the unit tests (src/math/rlhf/*.test.ts, src/widgets/rlhf-lab/*.test.ts)
import and the RLHF lab's browser test (tests/e2e/rlhf-lab.test.mjs) reads. Nothing here imports the TypeScript: every formula is written again from its definition (InstructGPT eq. 1
for the reward model, PPO eq. 7 for the clipped surrogate, pi* = pi_ref exp(r/beta) / Z), and the generator is
mulberry32 written with Python integers.
"""
import json
import math
from pathlib import Path

import numpy as np

M32 = 0xFFFFFFFF


def mulberry32(seed):
    state = seed & M32

    def imul(a, b):
        return (a * b) & M32

    def next_value():
        nonlocal state
        state = (state + 0x6D2B79F5) & M32
        t = imul(state ^ (state >> 15), state | 1)
        t = ((t + imul(t ^ (t >> 7), t | 61)) & M32) ^ t
        return ((t ^ (t >> 14)) & M32) / 4294967296.0

    return next_value


def sample_index(p, u):
    s = 0.0
    last = -1
    for k, pk in enumerate(p):
        if pk <= 0:
            continue
        s += pk
        last = k
        if u < s:
            return k
    return last


# The lab's default data: five replies to "How do I read a CSV file in Python?" (content/en/03-rlhf.md).
# Features: answers the question, has a code example, length in hundreds of tokens, polite, hedges.
FEATURES = np.array([
    [1, 1, 0.9, 1, 0],   # A: csv module, short example, encoding reminder
    [1, 0, 0.15, 0, 0],  # B: "just use pandas"
    [1, 1, 0.6, 0, 1],   # C: split on commas
    [0, 0, 0.5, 1, 0],   # D: explains the name only
    [1, 1, 2.4, 1, 0],   # E: long, friendly, calls a function that does not exist
], dtype=float)
REFERENCE = np.array([0.25, 0.3, 0.2, 0.15, 0.1])
TRUE_SCORES = np.array([2.0, 0.8, -0.2, -1.0, -1.5])
RANKING = [0, 4, 1, 2, 3]  # A > E > B > C > D, the hurried labeller's order


def pairs_of(ranking):
    return [(ranking[i], ranking[j]) for i in range(len(ranking)) for j in range(i + 1, len(ranking))]


def log_sigmoid(z):
    return -np.logaddexp(0.0, -z)


def bt_evaluate(w, F, pairs, lam):
    D = np.array([F[a] - F[b] for a, b in pairs])
    m = D @ w
    s = 1.0 / (1.0 + np.exp(-m))
    pair_losses = -log_sigmoid(m)
    grad = -((1.0 - s)[:, None] * D).mean(axis=0) + lam * w
    penalty = lam / 2 * float(w @ w)
    return dict(loss=float(pair_losses.mean() + penalty), pairLoss=float(pair_losses.mean()), penalty=penalty,
                gradient=grad.tolist(), margins=m.tolist(), probabilities=s.tolist(), pairLosses=pair_losses.tolist())


def bt_fit(F, pairs, lam, lr, steps):
    w = np.zeros(F.shape[1])
    out = [w.copy()]
    for _ in range(steps):
        w = w - lr * np.array(bt_evaluate(w, F, pairs, lam)["gradient"])
        out.append(w.copy())
    return out


def log_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max()
    return z - (m + math.log(np.exp(z - m).sum()))


def kl(logp, logq):
    p = np.exp(logp)
    return float(np.sum(np.where(p > 0, p * (logp - logq), 0.0)))


def surrogate(logpi, samples, eps):
    """samples: list of (action, weight, old_log_prob, advantage)."""
    pi = np.exp(logpi)
    value = 0.0
    grad = np.zeros_like(pi)
    ratios = []
    for a, w, old, adv in samples:
        rho = math.exp(logpi[a] - old)
        ratios.append(rho)
        value += w * min(rho * adv, min(max(rho, 1 - eps), 1 + eps) * adv)
        clipped = (adv > 0 and rho > 1 + eps) or (adv < 0 and rho < 1 - eps)
        if not clipped:
            e = np.zeros_like(pi)
            e[a] = 1.0
            grad += w * adv * rho * (e - pi)
    return value, grad, ratios


def ppo_iteration(theta, logref, r, s, rng):
    logold = log_softmax(theta)
    old = np.exp(logold)
    K = len(theta)
    counts = np.zeros(K)
    if s["mode"] == "sampled":
        for _ in range(s["batchSize"]):
            counts[sample_index(old, rng())] += 1
        weights = counts / s["batchSize"]
    else:
        weights = old
    R = r - s["beta"] * (logold - logref)
    actions = [k for k in range(K) if weights[k] > 0]
    baseline = sum(weights[k] * R[k] for k in actions)
    samples = [(k, weights[k], logold[k], R[k] - baseline) for k in actions]
    th = np.array(theta, dtype=float)
    for _ in range(s["epochs"]):
        _, g, _ = surrogate(log_softmax(th), samples, s["epsilon"])
        th = th + s["learningRate"] * g
    th = th - th.mean()
    _, _, ratios = surrogate(log_softmax(th), samples, s["epsilon"])
    clipped = [(adv > 0 and rho > 1 + s["epsilon"]) or (adv < 0 and rho < 1 - s["epsilon"])
               for (_, _, _, adv), rho in zip(samples, ratios)]
    return dict(logits=th.tolist(), counts=counts.tolist(), baseline=float(baseline),
                advantages=[smp[3] for smp in samples], ratios=ratios,
                clippedFraction=float(sum(w for (_, w, _, _), c in zip(samples, clipped) if c)))


def ppo_run(r, s, seed, iterations):
    logref = np.log(REFERENCE)
    rng = mulberry32(seed)
    theta = log_softmax(logref)
    steps = []
    for _ in range(iterations):
        step = ppo_iteration(theta, logref, r, s, rng)
        theta = np.array(step["logits"])
        lp = log_softmax(theta)
        step["probabilities"] = np.exp(lp).tolist()
        step["kl"] = kl(lp, logref)
        steps.append(step)
    return steps


def main():
    pairs = pairs_of(RANKING)
    lam, lr = 0.1, 1.0
    w_probe = np.array([0.7, -0.3, 0.45, 0.2, -0.8])
    fit = bt_fit(FEATURES, pairs, lam, lr, 500)
    w_fit = fit[500]
    raw = FEATURES @ w_fit
    rewards = raw - REFERENCE @ raw          # bias chosen so that the reference policy's mean reward is 0
    true_centred = TRUE_SCORES - REFERENCE @ TRUE_SCORES
    logref = np.log(REFERENCE)

    optimal = {}
    for beta in [0.05, 0.5, 2.0]:
        lp = log_softmax(logref + rewards / beta)
        p = np.exp(lp)
        optimal[str(beta)] = dict(beta=beta, probabilities=p.tolist(), kl=kl(lp, logref),
                                  expectedReward=float(p @ rewards), expectedTrue=float(p @ true_centred),
                                  objective=float(p @ rewards - beta * kl(lp, logref)))

    theta_probe = np.array([0.3, -0.2, 0.1, 0.5, -0.4])
    logpi = log_softmax(theta_probe)
    samples = [(0, 0.25, math.log(0.3), 0.8), (1, 0.25, math.log(0.1), -0.5),
               (3, 0.375, math.log(0.4), 1.2), (4, 0.125, math.log(0.5), -0.3)]
    value, grad, ratios = surrogate(logpi, samples, 0.2)

    settings = dict(beta=0.5, epsilon=0.2, learningRate=1.0, batchSize=32, epochs=4)
    exact = ppo_run(rewards, dict(settings, mode="exact"), 1, 60)
    sampled = ppo_run(rewards, dict(settings, mode="sampled"), 7, 12)
    hacking = ppo_run(rewards, dict(settings, beta=0.05, mode="exact"), 1, 100)

    chapter = np.array([1.9, 0.6, -0.4, -2.1])    # the worked example's assumed scores, ranking A > B > C > D
    chapter_pairs = pairs_of([0, 1, 2, 3])
    chapter_losses = [float(-log_sigmoid(chapter[a] - chapter[b])) for a, b in chapter_pairs]

    reference = {
        "data": {"features": FEATURES.tolist(), "reference": REFERENCE.tolist(), "trueScores": TRUE_SCORES.tolist(),
                 "ranking": RANKING, "pairs": [list(p) for p in pairs]},
        "chapterExample": {"rewards": chapter.tolist(), "pairLosses": chapter_losses,
                           "meanLoss": float(np.mean(chapter_losses))},
        "bradleyTerry": {"l2": lam, "weights": w_probe.tolist(), **bt_evaluate(w_probe, FEATURES, pairs, lam)},
        "fit": {"l2": lam, "learningRate": lr, "steps": {str(t): fit[t].tolist() for t in [1, 2, 10, 50, 500]},
                "loss500": bt_evaluate(w_fit, FEATURES, pairs, lam)["loss"],
                "rewards": rewards.tolist(), "bias": float(-(REFERENCE @ raw)), "trueCentred": true_centred.tolist()},
        "optimalPolicy": optimal,
        "surrogate": {"logits": theta_probe.tolist(), "epsilon": 0.2,
                      "samples": [dict(action=a, weight=w, oldLogProbability=o, advantage=adv) for a, w, o, adv in samples],
                      "value": value, "gradient": grad.tolist(), "ratios": ratios},
        "ppo": {"settings": settings, "exactSeed": 1, "sampledSeed": 7,
                "exact": {str(t): exact[t - 1] for t in [1, 2, 10, 60]},
                "sampled": {str(t): sampled[t - 1] for t in [1, 2, 12]},
                "hacking": {"beta": 0.05, "expectedReward": [float(np.array(s["probabilities"]) @ rewards) for s in hacking],
                            "expectedTrue": [float(np.array(s["probabilities"]) @ true_centred) for s in hacking]}},
    }
    out = Path(__file__).with_suffix(".json")
    out.write_text(json.dumps(reference, indent=1) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
