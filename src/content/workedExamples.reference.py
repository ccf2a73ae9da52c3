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

# 04-gelu, "How a slope reaches a weight: the chain rule": u = w x, y = GeLU(u), L = (y - t)^2, with math.erf.
def gelu(u):
    return 0.5 * u * (1 + math.erf(u / math.sqrt(2)))
def gelu_slope(u):
    return 0.5 * (1 + math.erf(u / math.sqrt(2))) + u * math.exp(-u * u / 2) / math.sqrt(2 * math.pi)
def chain_rule(x, w, t, h=0.001):
    y = gelu(w * x)
    links = [2 * (y - t), gelu_slope(w * x), x]
    loss = lambda weight: (gelu(weight * x) - t) ** 2
    return y, loss(w), links, links[0] * links[1] * links[2], (loss(w + h) - loss(w - h)) / (2 * h)
y, loss, links, gradient, difference = chain_rule(2, 0.5, 1)
print('04 y, L:', round(y, 6), round(loss, 6), 'links:', [round(v, 6) for v in links], 'dL/dw:', round(gradient, 6),
      'central difference (h = 0.001):', round(difference, 6))
print('04 dL/dw with t = 0:', round(chain_rule(2, 0.5, 0)[3], 3), 'first link:', round(chain_rule(2, 0.5, 0)[2][0], 6))

# 02-architecture, "How much memory the KV cache takes": 2 (K and V) x layers x d_model x bytes x tokens x batch.
def kv_bytes(layers=96, width=12288, bytes_per_number=2, tokens=2048, batch=1):
    return 2 * layers * width * bytes_per_number * tokens * batch
print('02 KV per token:', kv_bytes(tokens=1), 'bytes; 2,048 tokens:', kv_bytes(), 'bytes =', round(kv_bytes() / 1e9, 2),
      'GB =', kv_bytes() / 2 ** 30, 'GiB')
print('02 KV batch of 8:', round(kv_bytes(batch=8) / 1e9, 1), 'GB; 8 KV heads:', round(kv_bytes(width=8 * 128) / 1e9, 2),
      'GB; 1 KV head:', round(kv_bytes(width=128) / 1e9, 2), 'GB; quiz (4 x 1,024):', kv_bytes(tokens=1024, batch=4))
