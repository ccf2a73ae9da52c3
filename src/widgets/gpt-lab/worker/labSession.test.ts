import { describe, expect, it } from 'vitest';
import { encodeModelFile } from '../../../storage/gpt/modelFile.ts';
import { LabSession, ModelFileRefused, type SessionData, type SessionSettings } from './labSession.ts';

const data: SessionData = {
  locale: 'en',
  corpus: 'the cat sat on the mat and the dog sat on the log. '.repeat(40),
  dialogues: [
    { user: 'cat?', assistant: 'on the mat.' },
    { user: 'dog?', assistant: 'on the log.' },
  ],
  comparisons: [],
};
const settings: SessionSettings = { seed: 3, layers: 1, width: 16, heads: 2, context: 24, batch: 4, steps: 60, sftSteps: 30, rewardSteps: 10, ppoIterations: 3 };
/** A clock that moves 1 ms per call, so slices have a fixed length in steps whatever the machine's speed. */
const tick = () => {
  let time = 0;
  return () => (time += 1);
};

describe('LabSession', () => {
  it('pretrains on schedule: loss points, validation, samples, and stops at the planned step', { timeout: 120_000 }, async () => {
    const session = new LabSession(data, settings);
    expect(session.meta.samples).toHaveLength(1); // the untrained model's sample, at step 0
    while (session.train('pretrain', 5, tick()) > 0);
    const { step, train, validation } = session.progress('pretrain');
    expect(step).toBe(60);
    expect(train.map(([at]) => at)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(validation.map(([at]) => at)).toEqual([60]);
    expect(train.at(-1)![1]).toBeLessThan(train[0]![1]);
    expect(session.meta.samples.map((sample) => sample.step)).toEqual([0, 50, 60]);
    expect(session.canTrain('pretrain')).toBe(false);
    expect(session.throughput().stepsPerSecond).toBeGreaterThan(0);
  });

  it('saved, reloaded and resumed, repeats a run that never stopped', { timeout: 120_000 }, async () => {
    const straight = new LabSession(data, settings);
    while (straight.train('pretrain', 7, tick()) > 0);
    const first = new LabSession(data, settings);
    first.train('pretrain', 25, tick());
    const resumed = await LabSession.fromFile(await first.toFile(), data, settings);
    expect(resumed.progress('pretrain').step).toBe(first.progress('pretrain').step);
    while (resumed.train('pretrain', 11, tick()) > 0);
    expect(Array.from(resumed.model.parameters.all)).toEqual(Array.from(straight.model.parameters.all));
    expect(resumed.continueText('the ', 0.8, 5)).toBe(straight.continueText('the ', 0.8, 5));
  });

  it('fine-tunes with the loss on the replies only, keeping the pretrained weights for the comparison', { timeout: 120_000 }, async () => {
    const session = new LabSession(data, settings);
    while (session.train('pretrain', 20, tick()) > 0);
    const before = session.model.parameters.all.slice();
    session.train('sft', 3, tick());
    expect(session.meta.stage).toBe('sft');
    expect(session.canTrain('pretrain')).toBe(false);
    expect(Array.from(session.pretrained!.parameters.all)).toEqual(Array.from(before));
    // Four dialogues a batch, each 11 reply characters plus <end>.
    expect(session.meta.sftLoss?.count).toBe(48);
    while (session.train('sft', 20, tick()) > 0);
    expect(session.progress('sft').validation[0]![1]).toBeGreaterThan(session.progress('sft').validation.at(-1)![1]);
    const reloaded = await LabSession.fromFile(await session.toFile(), data, settings);
    expect(reloaded.reply('cat?', 'pretrained', 0, 1)).toEqual(session.reply('cat?', 'pretrained', 0, 1));
    expect(reloaded.reply('dog?', 'sft', 0, 1)).toEqual(session.reply('dog?', 'sft', 0, 1));
  });

  it('inspects a prompt: its symbols, the top next tokens and every head’s attention', { timeout: 120_000 }, async () => {
    const session = new LabSession(data, settings);
    const view = session.inspect('the c€t');
    expect(view.symbols).toEqual(['t', 'h', 'e', ' ', 'c', '<unk>', 't']);
    expect(view.unknown).toBe(1);
    expect(view.top).toHaveLength(10);
    expect(view.top[0]!.probability).toBeGreaterThanOrEqual(view.top[9]!.probability);
    expect(view.attention).toHaveLength(1);
    expect(view.attention[0]).toHaveLength(2);
    expect(view.attention[0]![0]).toHaveLength(49);
  });

  it('refuses a file for the other language, and one whose meta is not the lab’s', { timeout: 120_000 }, async () => {
    const session = new LabSession(data, settings);
    await expect(LabSession.fromFile(await session.toFile(), { ...data, locale: 'zh' }, settings)).rejects.toThrow(ModelFileRefused);
    const foreign = encodeModelFile({ config: session.config, symbols: [...session.tokenizer.symbols], tensors: { weights: session.model.parameters.all }, meta: { kind: 'other' } });
    await expect(LabSession.fromFile(foreign, data, settings)).rejects.toThrow(/kind/);
    await expect(LabSession.fromFile(new Uint8Array([1, 2, 3]), data, settings)).rejects.toThrow(/signature/);
  });
});
