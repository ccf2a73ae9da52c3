"""Mulberry32 (the seeded generator of src/math/random.ts), transcribed from the C reference, for its unit test.

Run: python3 src/math/gpt/reference/mulberry32.py  (prints the first three uint32 outputs for seed 1)
"""


def mulberry32(seed, count):
    state = seed & 0xFFFFFFFF
    out = []
    for _ in range(count):
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        out.append((t ^ (t >> 14)) & 0xFFFFFFFF)
    return out


if __name__ == "__main__":
    print(mulberry32(1, 3))
