"""An independent NumPy forward pass of the engine's GPT, on fixed weights, for src/math/gpt/forward.test.ts.

Run: python3 src/math/gpt/reference/forward.py
It prints the logits of a 1-layer model (vocabulary 6, context 4, width 8, 2 heads) for the tokens [3, 0, 5, 2], and
the attention weights of head 1 at the last position. The test holds these numbers.

The weights are w[i] = 0.5*sin(0.37*i + 0.11) over the flat parameter array, in the engine's order (parameterLayout.ts):
token embedding [V, d], position embedding [T, d], then per block: ln1 gain [d], ln1 bias [d], qkv weight [3d, d],
qkv bias [3d], attention output weight [d, d] and bias [d], ln2 gain and bias, MLP in weight [4d, d] and bias [4d],
MLP out weight [d, 4d] and bias [d]; then the final layer norm's gain and bias. Matrices are [out, in], row-major.
The model: x = E[token] + P[position]; per block x += Wo·attn(LN1(x)) + bo; x += W2·gelu_tanh(W1·LN2(x) + b1) + b2;
logits = LN_f(x)·Eᵀ. Written from the GPT-2 paper's description, not from the TypeScript.
"""
import numpy as np

V, T, D, H, L = 6, 4, 8, 2, 1
TOKENS = [3, 0, 5, 2]


def take(flat, offset, shape):
    size = int(np.prod(shape))
    return flat[offset:offset + size].reshape(shape), offset + size


def layer_norm(x, gain, bias, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


def gelu_tanh(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))


def main():
    count = V * D + T * D + L * (12 * D * D + 13 * D) + 2 * D
    flat = 0.5 * np.sin(0.37 * np.arange(count) + 0.11)
    o = 0
    wte, o = take(flat, o, (V, D))
    wpe, o = take(flat, o, (T, D))
    blocks = []
    for _ in range(L):
        names = [("g1", (D,)), ("b1", (D,)), ("wqkv", (3 * D, D)), ("bqkv", (3 * D,)), ("wo", (D, D)), ("bo", (D,)),
                 ("g2", (D,)), ("b2", (D,)), ("w1", (4 * D, D)), ("bm1", (4 * D,)), ("w2", (D, 4 * D)), ("bm2", (D,))]
        block = {}
        for name, shape in names:
            block[name], o = take(flat, o, shape)
        blocks.append(block)
    gf, o = take(flat, o, (D,))
    bf, o = take(flat, o, (D,))
    assert o == count

    x = wte[TOKENS] + wpe[np.arange(len(TOKENS))]
    hs = D // H
    last_weights = None
    for blk in blocks:
        h = layer_norm(x, blk["g1"], blk["b1"])
        qkv = h @ blk["wqkv"].T + blk["bqkv"]
        q, k, v = qkv[:, :D], qkv[:, D:2 * D], qkv[:, 2 * D:]
        heads = []
        for head in range(H):
            sl = slice(head * hs, (head + 1) * hs)
            scores = q[:, sl] @ k[:, sl].T / np.sqrt(hs)
            scores = np.where(np.tril(np.ones((len(TOKENS), len(TOKENS)))) > 0, scores, -np.inf)
            weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
            weights /= weights.sum(axis=-1, keepdims=True)
            heads.append(weights @ v[:, sl])
            if head == 1:
                last_weights = weights[-1]
        x = x + np.concatenate(heads, axis=-1) @ blk["wo"].T + blk["bo"]
        h = layer_norm(x, blk["g2"], blk["b2"])
        x = x + gelu_tanh(h @ blk["w1"].T + blk["bm1"]) @ blk["w2"].T + blk["bm2"]
    logits = layer_norm(x, gf, bf) @ wte.T
    np.set_printoptions(precision=12, suppress=False, linewidth=120)
    print("logits =", [[float(f"{value:.12g}") for value in row] for row in logits])
    print("head 1 weights at the last position =", [float(f"{value:.12g}") for value in last_weights])


if __name__ == "__main__":
    main()
