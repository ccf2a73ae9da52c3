import { describe, expect, it } from 'vitest';
import type { GptConfig } from '../../math/gpt/config.ts';
import { createModel } from '../../math/gpt/model.ts';
import { crc32 } from './crc32.ts';
import { decodeModelFile, encodeModelFile, MODEL_FILE_VERSION } from './modelFile.ts';

const config: GptConfig = { vocabularySize: 6, contextLength: 8, layers: 1, width: 8, heads: 2 };
const symbols = ['<unk>', '<user>', '<assistant>', '<end>', 'a', 'b'];
const model = createModel(config, 3);
const moments = Float32Array.from({ length: 10 }, (_, i) => i / 7);

function encoded(half: string[] = []) {
  return encodeModelFile({ config, symbols, tensors: { weights: model.parameters.all, 'adam.m': moments }, meta: { stage: 'pretrained', step: 12 } }, half);
}

/** Rewrites the trailing checksum so that a deliberate change to the contents is not caught as corruption. */
function resealed(bytes: Uint8Array): Uint8Array {
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)), true);
  return bytes;
}

describe('model file', () => {
  it('round-trips weights exactly in float32, and to float16 precision in float16', () => {
    const back = decodeModelFile(encoded());
    if (!back.ok) throw new Error(back.problem.detail);
    expect(back.contents.config).toEqual(config);
    expect(back.contents.symbols).toEqual(symbols);
    expect(back.contents.tensors.weights).toEqual(model.parameters.all);
    expect(back.contents.tensors['adam.m']).toEqual(moments);
    expect(back.contents.meta).toEqual({ stage: 'pretrained', step: 12 });
    const half = decodeModelFile(encoded(['weights']));
    if (!half.ok) throw new Error(half.problem.detail);
    const weights = half.contents.tensors.weights!;
    model.parameters.all.forEach((value, i) => expect(Math.abs(weights[i]! - value)).toBeLessThanOrEqual(Math.abs(value) * 2 ** -11 + 2 ** -25));
    expect(encoded(['weights']).length).toBeLessThan(encoded().length * 0.6);
  });

  it('refuses a file that is not a model file', () => {
    const result = decodeModelFile(new TextEncoder().encode('{"format":"chatgpt-study-notebook/progress","version":2}'));
    expect(result).toMatchObject({ ok: false, problem: { code: 'not-model-file' } });
  });

  it('refuses a file with a changed byte or a missing end as corrupt', () => {
    const flipped = encoded();
    flipped[flipped.length - 40]! ^= 0x10;
    expect(decodeModelFile(flipped)).toMatchObject({ ok: false, problem: { code: 'corrupt' } });
    expect(decodeModelFile(encoded().subarray(0, 200))).toMatchObject({ ok: false, problem: { code: 'corrupt' } });
  });

  it('refuses a newer format version with a message that says so', () => {
    const bytes = encoded();
    new DataView(bytes.buffer).setUint32(8, MODEL_FILE_VERSION + 1, true);
    const result = decodeModelFile(resealed(bytes));
    expect(result).toMatchObject({ ok: false, problem: { code: 'newer-version', detail: expect.stringMatching(/version 2/) } });
  });

  it('refuses a header whose weights do not fit its config', () => {
    const bad = encodeModelFile({ config: { ...config, width: 16 }, symbols, tensors: { weights: model.parameters.all }, meta: null });
    const result = decodeModelFile(bad);
    expect(result).toMatchObject({ ok: false, problem: { code: 'bad-shape', detail: expect.stringMatching(/"weights" must hold/) } });
    const noSymbols = encodeModelFile({ config, symbols: symbols.slice(0, 5), tensors: { weights: model.parameters.all }, meta: null });
    expect(decodeModelFile(noSymbols)).toMatchObject({ ok: false, problem: { code: 'bad-shape' } });
  });

  it('refuses non-finite numbers', () => {
    const weights = model.parameters.all.slice();
    weights[3] = Number.NaN;
    expect(decodeModelFile(encodeModelFile({ config, symbols, tensors: { weights }, meta: null }))).toMatchObject({ ok: false, problem: { code: 'bad-shape' } });
  });
});
