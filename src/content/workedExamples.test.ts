import { describe, expect, it } from 'vitest';
import { gelu, geluDerivative } from '../math/gelu.ts';
import { readChapterSources } from './testing.ts';

// The numbers the worked examples of issue #20 state, computed here from their definitions and looked for in the
// chapters of both languages. workedExamples.reference.py computes the same numbers in Python, independently.
const chapter = (locale: string, slug: string) => readChapterSources().find((each) => each.locale === locale && each.slug === slug)?.source ?? '';
/** A number as the chapters print it: fixed decimals, with a real minus sign. */
const printed = (value: number, decimals: number) => value.toFixed(decimals).replace('-', '−');

/** Per-token rewards, TD errors and GAE advantages of the three-token episode in chapter 03 (γ_d = λ = 1). */
function rlhfExample(score: number) {
  const beta = 0.02;
  const logRatios = [0.5, -0.2, 0.3];
  const values = [0.9, 1.0, 1.1, 0];
  const rewards = logRatios.map((ratio, t) => -beta * ratio + (t === logRatios.length - 1 ? score : 0));
  const deltas = rewards.map((reward, t) => reward + values[t + 1]! - values[t]!);
  const advantages = deltas.map((_, t) => deltas.slice(t).reduce((sum, delta) => sum + delta, 0));
  return { rewards, deltas, advantages };
}

/** Adam on f(θ) = θ² from θ = 1 with α = 0.1 and the paper's defaults: θ after each step. */
function adamOnSquare(steps: number): number[] {
  let theta = 1;
  let m = 0;
  let v = 0;
  const thetas: number[] = [];
  for (let t = 1; t <= steps; t += 1) {
    const g = 2 * theta;
    m = 0.9 * m + 0.1 * g;
    v = 0.999 * v + 0.001 * g * g;
    theta -= (0.1 * (m / (1 - 0.9 ** t))) / (Math.sqrt(v / (1 - 0.999 ** t)) + 1e-8);
    thetas.push(theta);
  }
  return thetas;
}

/** The chain-rule example of chapter 04: u = w·x, y = GeLU(u), L = (y − t)², and dL/dw link by link. */
function chainRule(x: number, w: number, target: number) {
  const loss = (weight: number) => (gelu(weight * x) - target) ** 2;
  const y = gelu(w * x);
  const links = { lossByOutput: 2 * (y - target), outputByInput: geluDerivative(w * x), inputByWeight: x };
  const h = 0.001;
  return {
    y,
    loss: loss(w),
    links,
    gradient: links.lossByOutput * links.outputByInput * links.inputByWeight,
    finiteDifference: (loss(w + h) - loss(w - h)) / (2 * h),
  };
}

/** Bytes of a KV cache: 2 (keys and values) × layers × d_model (= heads × head width) × bytes per number × tokens × batch. */
const kvCacheBytes = (layers: number, modelWidth: number, bytesPerNumber: number, tokens: number, batch: number) =>
  2 * layers * modelWidth * bytesPerNumber * tokens * batch;
/** An integer with thousands separators, as the chapters print it in prose ("," ) or in math ("{,}"). */
const grouped = (value: number, separator: string) => Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, separator);

describe('worked examples', () => {
  it('the chain-rule gradient agrees with its finite difference, and the KV-cache figures are what the formula gives', () => {
    const example = chainRule(2, 0.5, 1);
    expect(example.finiteDifference).toBeCloseTo(example.gradient, 5);
    expect(kvCacheBytes(96, 96 * 128, 2, 2048, 1)).toBe(9 * 2 ** 30);
  });

  for (const locale of ['zh', 'en']) {
    it(`03 (${locale}): the table of rewards, TD errors and advantages, and the lower-score variant`, () => {
      const source = chapter(locale, 'rlhf');
      const { rewards, deltas, advantages } = rlhfExample(1.2);
      [0, 1, 2].forEach((t) => {
        const row = `| ${t + 1} | ${printed([0.5, -0.2, 0.3][t]!, 1)} | ${printed(rewards[t]!, 3)} | ${printed([0.9, 1.0, 1.1][t]!, 1)} | ${printed(deltas[t]!, 3)} | ${printed(advantages[t]!, 3)} |`;
        expect(source).toContain(row);
      });
      const lower = rlhfExample(0.8).advantages.map((advantage) => printed(advantage, 3));
      for (const advantage of lower) expect(source).toContain(advantage);
    });

    it(`05 (${locale}): the wrong-target loss at T = 0.5 and where the pair loss passes 1`, () => {
      const source = chapter(locale, 'loss');
      const logits = [2, 1, 0.1];
      const loss = (target: number, temperature: number) =>
        Math.log(logits.reduce((sum, z) => sum + Math.exp(z / temperature), 0)) - logits[target]! / temperature;
      expect(source).toContain(printed(loss(2, 1), 3));
      expect(source).toContain(printed(loss(2, 0.5), 3));
      const passesOne = Math.log(Math.exp(-1) / (1 - Math.exp(-1)));
      expect(source).toContain(printed(passesOne, 3));
      expect(source).toContain(printed(-Math.log(1 / (1 + Math.exp(0.3))), 3));
    });

    it(`04 (${locale}): the chain rule through one GeLU, link by link, and its finite-difference check`, () => {
      const source = chapter(locale, 'gelu');
      const { y, loss, links, gradient, finiteDifference } = chainRule(2, 0.5, 1);
      expect(source).toContain(`$y=\\operatorname{GELU}(1)=${printed(y, 6)}$`);
      expect(source).toContain(`$L=(${printed(y, 6)}-1)^2=${printed(loss, 6)}$`);
      for (const value of [links.lossByOutput, links.outputByInput, gradient]) expect(source).toContain(`| ${printed(value, 6)} |`);
      expect(source).toContain(`${locale === 'en' ? 'gives' : '给出'} ${printed(finiteDifference, 6)}`);
      const zeroTarget = chainRule(2, 0.5, 0);
      expect(source).toContain(`= ${printed(zeroTarget.links.lossByOutput, 6)}$`);
      expect(source).toContain(printed(zeroTarget.gradient, 3));
      expect(source).toContain(`answer: ${printed(zeroTarget.gradient, 2)}`);
    });

    it(`02 (${locale}): the KV cache of a GPT-3-sized model, per token, per context, per batch, and with shared heads`, () => {
      const source = chapter(locale, 'architecture');
      const perToken = kvCacheBytes(96, 12288, 2, 1, 1);
      const context = kvCacheBytes(96, 12288, 2, 2048, 1);
      expect(source).toContain(`= ${grouped(perToken, '{,}')}$`);
      expect(source).toContain(grouped(context, ','));
      expect(source).toContain(`${(context / 1e9).toFixed(2)} GB`);
      expect(source).toContain(`${context / 2 ** 30} GiB`);
      expect(source).toContain(`${(kvCacheBytes(96, 12288, 2, 2048, 8) / 1e9).toFixed(1)} GB`);
      // Grouped-query attention with 8 key/value heads of width 128, and multi-query attention with one.
      expect(source).toContain(`${(kvCacheBytes(96, 8 * 128, 2, 2048, 1) / 1e9).toFixed(2)} GB`);
      expect(source).toContain(`${(kvCacheBytes(96, 128, 2, 2048, 1) / 1e9).toFixed(2)} GB`);
      const quiz = kvCacheBytes(96, 12288, 2, 1024, 4);
      expect(source).toContain(`= ${grouped(quiz, '{,}')}$`);
      expect(source).toContain(`answer: ${(quiz / 1e9).toFixed(1)}`);
    });

    it(`06 (${locale}): Adam first overshoots zero at step 12, and the step bound is 3.16 α`, () => {
      const source = chapter(locale, 'adam');
      const thetas = adamOnSquare(25);
      const firstNegative = thetas.findIndex((theta) => theta < 0) + 1;
      expect(firstNegative).toBe(12);
      expect(source).toContain(locale === 'en' ? `passes 0 at step ${firstNegative}` : `在第 ${firstNegative} 步越过 0`);
      expect(source).toContain(`+${printed(thetas[10]!, 3)}`);
      expect(source).toContain(printed(thetas[11]!, 3));
      expect(source).toContain(printed(Math.min(...thetas), 2));
      expect(source).toContain(printed(0.1 / Math.sqrt(0.001), 2));
    });
  }
});
