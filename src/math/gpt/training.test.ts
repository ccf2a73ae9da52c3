// Seeded training runs in Node: the whole engine (batches, forward, masked loss, backward, clipping, AdamW with its
// schedule, generation) has to work together for these losses to fall below their thresholds.
import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../random.ts';
import { DEFAULT_ADAMW } from './adamw.ts';
import { dialogueBatch, evenlySpacedBatches, streamBatch } from './batches.ts';
import { encodeDialogue, promptTokens } from './dialogue.ts';
import { generate } from './generation.ts';
import { createModel } from './model.ts';
import { buildVocabulary, createTokenizer, TOKEN } from './tokenizer.ts';
import { createTrainer } from './trainer.ts';
import { mulberry32 } from '../random.ts';

const TEXT = `${'the cat sat on the mat. the dog sat on the log. a cat and a dog sat in the sun. '.repeat(12)}`;

describe('a seeded training run', () => {
  const tokenizer = createTokenizer(buildVocabulary(TEXT, 64));
  const stream = tokenizer.encode(TEXT);
  const config = { vocabularySize: tokenizer.size, contextLength: 16, layers: 1, width: 16, heads: 2 };
  const settings = { ...DEFAULT_ADAMW, learningRate: 1e-2, warmupSteps: 20, decaySteps: 300 };

  const run = (steps: number) => {
    const trainer = createTrainer(createModel(config, 1), settings, 8, 16);
    const validation = evenlySpacedBatches(stream, 8, 16, 16);
    const before = trainer.evaluate(validation);
    for (let step = 0; step < steps; step += 1) trainer.step(streamBatch(stream, 8, 16, deriveSeed(1, step)));
    return { before, after: trainer.evaluate(validation), trainer };
  };

  // Generous limits: these run a few seconds alone, and much longer on a machine busy with other builds.
  it('drives the loss on a small fixed text from ln V to below 0.5 nats per character in 300 steps', { timeout: 120_000 }, () => {
    const { before, after } = run(300);
    // Untrained, every symbol is about equally likely: ln(vocabulary size) nats.
    expect(Math.abs(before - Math.log(tokenizer.size))).toBeLessThan(0.1);
    expect(after).toBeLessThan(0.5);
  });

  it('repeats exactly with the same seed', { timeout: 120_000 }, () => {
    expect(Array.from(run(40).trainer.model.parameters.all)).toEqual(Array.from(run(40).trainer.model.parameters.all));
  });

  it('fine-tunes on masked dialogues until greedy decoding gives the taught reply', { timeout: 120_000 }, () => {
    const dialogues = [
      { user: 'the cat?', assistant: 'sat on the mat.' },
      { user: 'the dog?', assistant: 'sat on the log.' },
    ];
    const dialogueTokenizer = createTokenizer(buildVocabulary(TEXT, 64, dialogues.map((d) => d.user + d.assistant).join('')));
    const encoded = dialogues.map((dialogue) => encodeDialogue(dialogueTokenizer, dialogue));
    const sftConfig = { ...config, vocabularySize: dialogueTokenizer.size, contextLength: 32 };
    const trainer = createTrainer(createModel(sftConfig, 2), { ...settings, decaySteps: 200 }, 4, 32);
    const first = trainer.step(dialogueBatch(encoded, 4, 32, deriveSeed(2, 0)));
    // Only the reply and <end> count: 15 + 1 targets per dialogue, 4 dialogues.
    expect(first.count).toBe(64);
    let last = first;
    for (let step = 1; step < 200; step += 1) last = trainer.step(dialogueBatch(encoded, 4, 32, deriveSeed(2, step)));
    expect(last.loss).toBeLessThan(0.05);
    const reply = generate(trainer.model, promptTokens(dialogueTokenizer, 'the dog?'), {
      maxTokens: 30, temperature: 0, random: mulberry32(0), stopTokens: [TOKEN.end],
    });
    expect(dialogueTokenizer.decode(reply)).toBe('sat on the log.');
    expect(reply[reply.length - 1]).toBe(TOKEN.end);
  });
});
