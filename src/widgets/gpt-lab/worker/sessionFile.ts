/**
 * Reading and writing a session's model file: the file format (storage/gpt/modelFile.ts) and the meta's schema
 * (sessionMeta.ts), with zod behind both. labSession.ts imports this module on the first save or restore, a chunk of
 * its own, so that a new reader's first load of the worker carries none of it (issue #23's 40 KB budget).
 */
import type { GptConfig } from '../../../math/gpt/config.ts';
import { describeInvalid } from '../../../storage/describeInvalid.ts';
import { decodeModelFile } from '../../../storage/gpt/modelFile.ts';
import { ModelFileRefused } from './modelFileRefused.ts';
import { parseSessionMeta, type SessionMeta } from './sessionMeta.ts';

export { encodeModelFile } from '../../../storage/gpt/modelFile.ts';

/** What a model file holds once read and checked. */
export interface SessionFile {
  config: GptConfig;
  symbols: string[];
  tensors: Record<string, Float32Array>;
  meta: SessionMeta;
}

/**
 * Reads a model file and its meta (a version-1 meta is migrated, taking `fresh` as its RLHF records); throws
 * ModelFileRefused with the reason when the file or its meta cannot be read.
 */
export function readSessionFile(bytes: Uint8Array, fresh: Pick<SessionMeta, 'reward' | 'ppo'>): SessionFile {
  const decoded = decodeModelFile(bytes);
  if (!decoded.ok) throw new ModelFileRefused(decoded.problem);
  const { config, symbols, tensors } = decoded.contents;
  const parsed = parseSessionMeta(decoded.contents.meta, fresh, (error) => describeInvalid(error));
  if (!parsed.ok) throw new ModelFileRefused({ code: parsed.code, detail: parsed.detail });
  return { config, symbols, tensors, meta: parsed.meta };
}
