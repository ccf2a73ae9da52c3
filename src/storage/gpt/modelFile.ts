/**
 * The tiny GPT's model file (`.gptlab`): what the lab saves in IndexedDB and what a reader exports and imports.
 *
 *   bytes 0–7   magic: 0x89 "GPTLAB" 0x0A (a high first byte, as PNG's, so a file mangled as text is caught early)
 *   bytes 8–11  format version (uint32, little-endian)
 *   bytes 12–15 header length H (uint32)
 *   16 …        header: UTF-8 JSON { format, config, symbols, tensors: [{ name, dtype, length }], meta }
 *   then        each tensor's numbers in header order, float32 or float16, little-endian, each padded to 4 bytes
 *   last 4      CRC-32 of every byte before it
 *
 * A file holds any number of named tensors: the weights, AdamW's moments to resume training, the pretrained weights
 * kept for the before/after comparison, and later stages' models (a reward model, a PPO policy's reference). `meta`
 * is the lab's own JSON (stage, seed, loss history, comparisons), checked by the lab. Reading never trusts the file:
 * every problem becomes a ModelFileProblem with a code the lab puts into words.
 */
import * as z from 'zod/mini';
import { CONFIG_LIMITS, type GptConfig } from '../../math/gpt/config.ts';
import { parameterCount } from '../../math/gpt/parameterLayout.ts';
import { crc32 } from './crc32.ts';
import { fromFloat16Bits, toFloat16Bits } from './float16.ts';
import { describeInvalid } from '../describeInvalid.ts';

/** The magic bytes at the start of every model file. */
export const MODEL_FILE_MAGIC = Uint8Array.from([0x89, 0x47, 0x50, 0x54, 0x4c, 0x41, 0x42, 0x0a]);
/** The format version this notebook writes; it reads versions 1 to this. */
export const MODEL_FILE_VERSION = 1;
/** The header's `format` field. */
export const MODEL_FILE_FORMAT = 'chatgpt-study-notebook/gpt-model';
/** Largest file accepted (a guard against reading a huge unrelated file into memory). */
export const MAX_MODEL_FILE_BYTES = 64 * 1024 * 1024;

/** How a tensor's numbers are stored. */
export type TensorDtype = 'float32' | 'float16';

/** A file's contents. */
export interface ModelFileContents {
  config: GptConfig;
  symbols: string[];
  /** Named tensors; 'weights' (the model's parameters) is required. */
  tensors: Record<string, Float32Array>;
  /** The lab's own JSON, checked by the lab. */
  meta: unknown;
}

/** Why a file was refused. `detail` is technical (English), shown under the localised message. */
export interface ModelFileProblem {
  code: 'not-model-file' | 'newer-version' | 'corrupt' | 'bad-shape' | 'too-large';
  detail: string;
}

const limit = (name: keyof typeof CONFIG_LIMITS) =>
  z.int().check(z.minimum(CONFIG_LIMITS[name].min), z.maximum(CONFIG_LIMITS[name].max));

const headerSchema = z.object({
  format: z.literal(MODEL_FILE_FORMAT),
  config: z.strictObject({
    vocabularySize: limit('vocabularySize'),
    contextLength: limit('contextLength'),
    layers: limit('layers'),
    width: limit('width'),
    heads: limit('heads'),
    scalarHead: z.optional(z.boolean()),
  }),
  symbols: z.array(z.string()),
  tensors: z.array(
    z.strictObject({
      name: z.string().check(z.minLength(1), z.maxLength(100)),
      dtype: z.enum(['float32', 'float16']),
      length: z.int().check(z.minimum(0)),
    }),
  ),
  meta: z.unknown(),
});

/** Encodes `contents` as a model file, storing the tensors named in `half` (default none) as float16. */
export function encodeModelFile(contents: ModelFileContents, half: readonly string[] = []): Uint8Array {
  const entries = Object.entries(contents.tensors);
  const header = {
    format: MODEL_FILE_FORMAT,
    config: contents.config,
    symbols: contents.symbols,
    tensors: entries.map(([name, data]) => ({ name, dtype: half.includes(name) ? 'float16' : 'float32', length: data.length })),
    meta: contents.meta,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = pad4(16 + headerBytes.length);
  let size = dataStart;
  for (const { dtype, length } of header.tensors) size += pad4(length * (dtype === 'float16' ? 2 : 4));
  const bytes = new Uint8Array(size + 4);
  const view = new DataView(bytes.buffer);
  bytes.set(MODEL_FILE_MAGIC, 0);
  view.setUint32(8, MODEL_FILE_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  bytes.set(headerBytes, 16);
  let offset = dataStart;
  header.tensors.forEach(({ dtype }, index) => {
    const data = entries[index]![1];
    for (let i = 0; i < data.length; i += 1) {
      if (dtype === 'float16') view.setUint16(offset + 2 * i, toFloat16Bits(data[i]!), true);
      else view.setFloat32(offset + 4 * i, data[i]!, true);
    }
    offset += pad4(data.length * (dtype === 'float16' ? 2 : 4));
  });
  view.setUint32(size, crc32(bytes.subarray(0, size)), true);
  return bytes;
}

/** Reads a model file: its contents, or why it was refused. Never throws. */
export function decodeModelFile(bytes: Uint8Array): { ok: true; contents: ModelFileContents } | { ok: false; problem: ModelFileProblem } {
  const refuse = (code: ModelFileProblem['code'], detail: string) => ({ ok: false as const, problem: { code, detail } });
  if (bytes.length > MAX_MODEL_FILE_BYTES) return refuse('too-large', `${bytes.length} bytes; the limit is ${MAX_MODEL_FILE_BYTES}`);
  if (bytes.length < 20 || MODEL_FILE_MAGIC.some((byte, i) => bytes[i] !== byte)) {
    return refuse('not-model-file', 'the file does not start with the model file signature');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version > MODEL_FILE_VERSION) return refuse('newer-version', `format version ${version}; this notebook reads 1 to ${MODEL_FILE_VERSION}`);
  if (version < 1) return refuse('bad-shape', `format version ${version}`);
  const stored = view.getUint32(bytes.length - 4, true);
  const computed = crc32(bytes.subarray(0, bytes.length - 4));
  if (stored !== computed) return refuse('corrupt', `checksum ${hex(stored)} does not match the contents (${hex(computed)})`);
  const headerLength = view.getUint32(12, true);
  if (16 + headerLength > bytes.length - 4) return refuse('corrupt', 'the header runs past the end of the file');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(16, 16 + headerLength)));
  } catch (error) {
    return refuse('corrupt', `the header is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = headerSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return refuse('bad-shape', describeInvalid(parsed.error));
  const header = parsed.data;
  const config: GptConfig = header.config;
  if (config.width % config.heads !== 0) return refuse('bad-shape', `width ${config.width} is not a multiple of heads ${config.heads}`);
  if (header.symbols.length !== config.vocabularySize) {
    return refuse('bad-shape', `${header.symbols.length} symbols for a vocabulary of ${config.vocabularySize}`);
  }
  const tensors: Record<string, Float32Array> = {};
  let offset = pad4(16 + headerLength);
  for (const { name, dtype, length } of header.tensors) {
    const size = length * (dtype === 'float16' ? 2 : 4);
    if (offset + size > bytes.length - 4) return refuse('corrupt', `tensor ${name} runs past the end of the file`);
    if (name in tensors) return refuse('bad-shape', `tensor ${name} appears twice`);
    const data = new Float32Array(length);
    for (let i = 0; i < length; i += 1) {
      const value = dtype === 'float16' ? fromFloat16Bits(view.getUint16(offset + 2 * i, true)) : view.getFloat32(offset + 4 * i, true);
      if (!Number.isFinite(value)) return refuse('bad-shape', `tensor ${name} holds a non-finite number at ${i}`);
      data[i] = value;
    }
    tensors[name] = data;
    offset += pad4(size);
  }
  const expected = parameterCount(config);
  if (tensors.weights?.length !== expected) {
    return refuse('bad-shape', `"weights" must hold ${expected} numbers for this config, got ${tensors.weights?.length ?? 'none'}`);
  }
  return { ok: true, contents: { config, symbols: header.symbols, tensors, meta: header.meta } };
}

function pad4(size: number): number {
  return Math.ceil(size / 4) * 4;
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}
