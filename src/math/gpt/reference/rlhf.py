"""Reference values for src/math/gpt/rlhf (the tiny GPT's reward model and PPO), computed independently with numpy.

Run from the repository root:
    python3 src/math/gpt/reference/rlhf.py
It prints the numbers that src/math/gpt/rlhf/*.test.ts hold, at full float64 precision. The comparisons are chapter 3's
worked example (content/<locale>/03-rlhf.md, #reward-example); the per-token rewards are its advantage example
(#advantage-example).
"""
import json

import numpy as np

# Chapter 3's six comparisons: scores of the winner and of the loser.
CHOSEN = np.array([1.9, 1.9, 1.9, 0.6, 0.6, -0.4])
REJECTED = np.array([0.6, -0.4, -2.1, -0.4, -2.1, -2.1])

# Two next-token distributions over five tokens, as logits.
LOGITS = np.array([0.3, -1.2, 2.0, 0.0, -0.7])
REFERENCE_LOGITS = np.array([1.1, -0.4, 0.9, 0.2, -2.5])

# Clipped surrogate: log π_θ, log π_old and advantages of six tokens, the fifth not counted (mask 0), ε = 0.2.
NEW_LOG_P = np.array([-0.5, -1.0, -2.0, -0.3, -1.5, -0.9])
OLD_LOG_P = np.array([-0.8, -0.9, -1.6, -0.3, -1.0, -1.2])
ADVANTAGES = np.array([0.7, -1.1, 0.4, 2.0, 0.5, -0.6])
MASK = np.array([1, 1, 1, 1, 0, 1])
EPSILON = 0.2

# Per-token rewards: chapter 3's three tokens (log-ratios 0.5, -0.2, 0.3, score 1.2, beta 0.02).
LOG_RATIOS = np.array([0.5, -0.2, 0.3])
SCORE = 1.2
BETA = 0.02

# Leave-one-out baselines: two groups of three replies.
RETURNS = np.array([1.0, 0.4, -0.2, 2.5, 2.0, 3.1])
GROUPS = np.array([0, 0, 0, 1, 1, 1])


def log_softmax(z):
    shifted = z - z.max()
    return shifted - np.log(np.exp(shifted).sum())


def main():
    margins = CHOSEN - REJECTED
    sigma = 1 / (1 + np.exp(-margins))
    pair_losses = -np.log(sigma)
    n = len(margins)

    log_p, log_q = log_softmax(LOGITS), log_softmax(REFERENCE_LOGITS)
    kl = float(np.sum(np.exp(log_p) * (log_p - log_q)))

    ratio = np.exp(NEW_LOG_P - OLD_LOG_P)
    clipped_ratio = np.clip(ratio, 1 - EPSILON, 1 + EPSILON)
    terms = np.minimum(ratio * ADVANTAGES, clipped_ratio * ADVANTAGES)
    counted = MASK.sum()
    is_clipped = ((ADVANTAGES > 0) & (ratio > 1 + EPSILON)) | ((ADVANTAGES < 0) & (ratio < 1 - EPSILON))
    weights = np.where((MASK > 0) & ~is_clipped, ratio * ADVANTAGES / counted, 0.0)

    rewards = -BETA * LOG_RATIOS
    rewards[-1] += SCORE
    to_go = np.cumsum(rewards[::-1])[::-1]

    baselines = []
    for i, group in enumerate(GROUPS):
        others = [RETURNS[j] for j in range(len(RETURNS)) if GROUPS[j] == group and j != i]
        baselines.append(float(np.mean(others)))

    print(json.dumps({
        'pairLosses': pair_losses.tolist(),
        'meanPairLoss': float(pair_losses.mean()),
        'dchosen': (-(1 - sigma) / n).tolist(),
        'kl': kl,
        'surrogate': float((terms * MASK).sum() / counted),
        'surrogateWeights': weights.tolist(),
        'clippedCount': int((is_clipped & (MASK > 0)).sum()),
        'rewards': rewards.tolist(),
        'rewardsToGo': to_go.tolist(),
        'baselines': baselines,
    }, indent=1))


main()
