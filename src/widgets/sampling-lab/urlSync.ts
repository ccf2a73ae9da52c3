/**
 * The next-token lab's state in the page URL (`sampling-lab.t=0.7&sampling-lab.draws=1000`), so that a link
 * reproduces the settings and the histogram: the draws are the first `draws` numbers of the seeded generator, so the
 * seed and the count are enough. URL values are untrusted: each is parsed by the directive's own attribute parser,
 * and what does not parse (or, for logits, does not match the number of candidates) is ignored.
 */
import { attributeParsers, type SamplingLabProps } from './props.ts';

/** What the reader can change; the candidates themselves are the chapter's. */
export type SamplingState = Omit<SamplingLabProps, 'tokens'>;

/** The state as it goes into a link. */
export function serialiseState(state: SamplingState): Record<string, string> {
  return {
    logits: state.logits.join(','),
    t: String(state.temperature),
    k: String(state.topK),
    p: String(state.topP),
    seed: String(state.seed),
    draws: String(state.draws),
  };
}

/** `base` (the directive's props) with every URL value that parses put in its place. */
export function applyUrlState(base: SamplingLabProps, raw: Record<string, string>): SamplingState {
  const parse = <T>(parser: { safeParse: (text: string) => { success: boolean; data?: T } }, text: string | undefined): T | undefined => {
    if (text === undefined) return undefined;
    const result = parser.safeParse(text);
    return result.success ? result.data : undefined;
  };
  const logits = parse<number[]>(attributeParsers.logits, raw.logits);
  return {
    logits: logits?.length === base.tokens.length ? logits : [...base.logits],
    temperature: parse<number>(attributeParsers.temperature, raw.t) ?? base.temperature,
    topK: parse<number>(attributeParsers.topk, raw.k) ?? base.topK,
    topP: parse<number>(attributeParsers.topp, raw.p) ?? base.topP,
    seed: parse<number>(attributeParsers.seed, raw.seed) ?? base.seed,
    draws: parse<number>(attributeParsers.draws, raw.draws) ?? base.draws,
  };
}
