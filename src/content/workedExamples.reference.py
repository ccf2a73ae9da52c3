"""Recomputes the numbers that the chapters' worked examples added for issue #20 state, independently of the notebook's
TypeScript. Run: python3 src/content/workedExamples.reference.py (standard library only). workedExamples.test.ts
checks the same numbers in the chapters of both languages."""
import math

# 03-rlhf, "A worked example: rewards and advantages for three tokens": beta = 0.02, gamma_d = lambda = 1.
def rlhf_example(score):
    beta, log_ratios, values = 0.02, [0.5, -0.2, 0.3], [0.9, 1.0, 1.1]
    rewards = [-beta * r for r in log_ratios]
    rewards[-1] += score                       # the reward model's score arrives with the last token
    nxt = values[1:] + [0.0]                   # the value after the last token is 0: the episode is over
    deltas = [r + v1 - v0 for r, v0, v1 in zip(rewards, values, nxt)]
    advantages = [sum(deltas[t:]) for t in range(3)]   # GAE with gamma_d * lambda = 1
    return rewards, deltas, advantages
print('03 rewards, deltas, advantages (score 1.2):', [[round(x, 3) for x in row] for row in rlhf_example(1.2)])
print('03 advantages (score 0.8):', [round(x, 3) for x in rlhf_example(0.8)[2]])

# 05-loss: the temperature caveat and the pairwise loss.
def ce(logits, target, temperature=1.0):
    scaled = [z / temperature for z in logits]
    return math.log(sum(math.exp(z) for z in scaled)) - scaled[target]
print('05 fish loss at T=1, T=0.5:', round(ce([2, 1, 0.1], 2), 3), round(ce([2, 1, 0.1], 2, 0.5), 3))
print('05 pair loss passes 1 below a difference of', round(math.log(math.exp(-1) / (1 - math.exp(-1))), 3))
print('05 pair loss at a difference of -0.3:', round(-math.log(1 / (1 + math.exp(0.3))), 3))

# 06-adam: f(theta) = theta^2 from 1, alpha 0.1, defaults; when theta first turns negative, and v-hat after 5 steps.
theta, m, v, first_negative = 1.0, 0.0, 0.0, None
squares = []
for t in range(1, 26):
    g = 2 * theta
    squares.append(g * g)
    m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
    m_hat, v_hat = m / (1 - 0.9 ** t), v / (1 - 0.999 ** t)
    theta -= 0.1 * m_hat / (math.sqrt(v_hat) + 1e-8)
    if t == 5:
        print('06 v-hat after 5 steps:', round(v_hat, 3), 'mean of the five g^2:', round(sum(squares) / 5, 3))
    if t in (11, 12, 19):
        print(f'06 theta after step {t}:', round(theta, 4))
    if theta < 0 and first_negative is None:
        first_negative = t
print('06 theta first negative after step', first_negative)
print('06 largest step with the defaults, in units of alpha:', round((1 - 0.9) / math.sqrt(1 - 0.999), 2))
