// The lab's reward-model and PPO stages on a tiny session: the order of the stages, the comparisons (the reader's and
// the shipped ones, held-out sets, bad entries refused), the records each stage keeps, a save in the middle of PPO that
// a reload repeats exactly, and model files of other versions: version 1 migrated, a newer one refused, a damaged
// RLHF record refused.
import { describe, expect, it } from 'vitest';
import { encodeModelFile, decodeModelFile } from '../../../storage/gpt/modelFile.ts';
import { LabSession, ModelFileRefused, type SessionData, type SessionSettings } from './labSession.ts';

const data: SessionData = {
  locale: 'en',
  corpus: 'the cat sat on the mat and the dog sat on the log! '.repeat(40),
  dialogues: [
    { user: 'cat?', assistant: 'on the mat.' },
    { user: 'dog?', assistant: 'on the log!' },
    { user: 'dog?', assistant: 'on the log.' },
    { user: 'mat?', assistant: 'the cat.' },
  ],
  comparisons: Array.from({ length: 10 }, (_, i) => ({
    prompt: ['cat?', 'dog?', 'mat?'][i % 3]!,
    chosen: ['on the mat!', 'on the log!', 'the cat.'][i % 3]!,
    rejected: ['the dog.', 'on tho mat.', 'og the.'][i % 3]!,
  })),
};
const settings: SessionSettings = { seed: 3, layers: 1, width: 16, heads: 2, context: 24, batch: 4, steps: 20, sftSteps: 20, rewardSteps: 6, ppoIterations: 6 };
/** A clock that moves 1 ms per call, so slices have a fixed length whatever the machine's speed. */
const tick = () => {
  let time = 0;
  return () => (time += 1);
};

/** A session pretrained and fine-tuned, its RLHF stages' code loaded. */
async function fineTuned(): Promise<LabSession> {
  const session = new LabSession(data, settings);
  while (session.train('pretrain', 50, tick()) > 0);
  while (session.train('sft', 50, tick()) > 0);
  await session.ensureRlhf();
  return session;
}

describe('the RLHF stages', () => {
  it('wait for fine-tuning and comparisons, then train the reward model with held-out loss and accuracy', { timeout: 120_000 }, async () => {
    const session = new LabSession(data, settings);
    expect(session.canTrain('reward')).toBe(false);
    while (session.train('pretrain', 50, tick()) > 0);
    while (session.train('sft', 50, tick()) > 0);
    expect(session.canTrain('reward')).toBe(false); // no comparisons yet
    // The stages' code is not loaded until asked for; once it is, the same stages serve every later call.
    expect(session.rlhfLoaded).toBe(false);
    expect(() => session.rlhf).toThrow(/ensureRlhf/);
    const stages = await session.ensureRlhf();
    expect(await session.ensureRlhf()).toBe(stages);
    expect(session.rlhf).toBe(stages);
    expect(session.rlhf.addShipped()).toBe(10);
    expect(session.rlhf.addShipped()).toBe(0); // already there
    expect(session.rlhf.comparisonCounts()).toEqual({ training: 8, heldOut: 2 });
    expect(session.canTrain('reward')).toBe(true);
    expect(session.canTrain('ppo')).toBe(false);
    expect(session.rlhf.score('cat?', 'on the mat.')).toBeUndefined();

    expect(session.train('reward', 2, tick())).toBeGreaterThan(0);
    expect(session.meta.stage).toBe('reward');
    expect(session.canTrain('sft')).toBe(false);
    // Held out at the start: a zero head scores everything 0, so loss ln 2 and accuracy one half.
    expect(session.meta.reward.heldOut[0]).toEqual([0, expect.closeTo(Math.LN2, 6), 0.5]);
    while (session.train('reward', 50, tick()) > 0);
    expect(session.meta.reward.step).toBe(6);
    expect(session.meta.reward.train.map(([step]) => step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(session.meta.reward.heldOut.map(([step]) => step)).toEqual([0, 5, 6]);
    expect(typeof session.rlhf.score('cat?', 'on the mat.')).toBe('number');
    expect(session.throughput().rewardStepsPerSecond).toBeGreaterThan(0);
  });

  it('runs PPO from the fine-tuned model, records each iteration, and repeats exactly after a save mid-iteration', { timeout: 120_000 }, async () => {
    const straight = await fineTuned();
    straight.rlhf.addShipped();
    while (straight.train('reward', 50, tick()) > 0);
    const sft = straight.model.parameters.all.slice();
    const fromReward = await straight.toFile();
    while (straight.train('ppo', 50, tick()) > 0);
    expect(straight.meta.stage).toBe('ppo');
    expect(straight.meta.ppo.step).toBe(6);
    expect(straight.meta.ppo.points).toHaveLength(6);
    const [iteration, score, kl, clipped, beta, marked] = straight.meta.ppo.points[0]!;
    expect(iteration).toBe(1);
    expect(Number.isFinite(score)).toBe(true);
    expect(kl).toBeLessThan(1e-6); // the first iteration's π_old is π_SFT
    expect(clipped).toBeGreaterThanOrEqual(0);
    expect(beta).toBe(0.1);
    expect(marked).toBeGreaterThanOrEqual(0);
    expect(straight.meta.ppo.samples.map((sample) => sample.iteration)).toEqual([0, 5, 6]);
    expect(straight.meta.ppo.samples[0]!.replies).toHaveLength(3);
    // π_SFT stays as fine-tuning left it; the policy moved.
    expect(Array.from(straight.model.parameters.all)).toEqual(Array.from(sft));
    expect(Array.from(straight.rlhf.policy!.parameters.all)).not.toEqual(Array.from(sft));
    expect(straight.throughput().ppoIterationMs).toBeGreaterThan(0);

    // The same run, saved after two and a half iterations and reloaded: the save holds the last whole iteration.
    const resumed = await LabSession.fromFile(fromReward, data, settings);
    expect(resumed.rlhfLoaded).toBe(true); // a file past fine-tuning loads the stages to restore its reward model
    while (resumed.meta.ppo.step < 2) resumed.train('ppo', 1, tick());
    for (let piece = 0; piece < 5; piece += 1) resumed.train('ppo', 1, tick());
    expect(resumed.meta.ppo.step).toBe(2);
    const reloaded = await LabSession.fromFile(await resumed.toFile(), data, settings);
    expect(reloaded.meta.ppo.step).toBe(2);
    while (reloaded.train('ppo', 50, tick()) > 0);
    expect(Array.from(reloaded.rlhf.policy!.parameters.all)).toEqual(Array.from(straight.rlhf.policy!.parameters.all));
    expect(reloaded.meta.ppo.points).toEqual(straight.meta.ppo.points);
    expect(reloaded.reply('cat?', 'ppo', 0, 1)).toEqual(straight.reply('cat?', 'ppo', 0, 1));
    expect(reloaded.reply('cat?', 'sft', 0, 1)).toEqual(straight.reply('cat?', 'sft', 0, 1));
  });

  it('starts a stage over: PPO from the fine-tuned model, or the reward model (and PPO with it)', { timeout: 120_000 }, async () => {
    const session = await fineTuned();
    session.rlhf.addShipped();
    while (session.train('reward', 50, tick()) > 0);
    session.train('ppo', 3, tick());
    session.rlhf.setKnobs({ beta: 0.5, epsilon: 0.3, learningRate: 2e-4, rollouts: 8 });
    session.rlhf.reset('ppo');
    expect(session.meta.stage).toBe('reward');
    expect(session.meta.ppo).toMatchObject({ step: 0, updates: 0, points: [], samples: [], settings: { beta: 0.5, rollouts: 8 } });
    expect(session.rlhf.policy).toBeUndefined();
    expect(session.canTrain('ppo')).toBe(true);
    session.rlhf.reset('reward');
    expect(session.meta.stage).toBe('sft');
    expect(session.meta.reward).toMatchObject({ step: 0, train: [], heldOut: [] });
    expect(session.rlhf.rewardModel).toBeUndefined();
    expect(session.meta.comparisons).toHaveLength(10); // the data stays
  });

  it('takes the reader’s comparisons, holding out every fifth, and refuses ones that do not fit', { timeout: 120_000 }, async () => {
    const session = new LabSession(data, settings);
    await session.ensureRlhf();
    for (let i = 0; i < 5; i += 1) expect(session.rlhf.addComparison({ prompt: 'cat?', chosen: `on the mat ${i}`, rejected: 'no' })).toBe(true);
    expect(session.meta.comparisons.map((entry) => entry.heldOut)).toEqual([false, false, false, false, true]);
    expect(session.meta.comparisons.every((entry) => entry.source === 'reader')).toBe(true);
    expect(session.rlhf.addComparison({ prompt: 'cat?', chosen: 'same', rejected: 'same' })).toBe(false);
    expect(session.rlhf.addComparison({ prompt: '', chosen: 'a', rejected: 'b' })).toBe(false);
    expect(session.rlhf.addComparison({ prompt: 'cat?', chosen: 'x'.repeat(81), rejected: 'b' })).toBe(false);
    expect(session.rlhf.removeComparison(9)).toBe(false);
    expect(session.rlhf.removeComparison(0)).toBe(true);
    expect(session.meta.comparisons).toHaveLength(4);
  });
});

describe('model files across versions', () => {
  it('keeps the comparisons and every model through export and import', { timeout: 120_000 }, async () => {
    const session = await fineTuned();
    session.rlhf.addShipped();
    session.rlhf.addComparison({ prompt: 'cat?', chosen: 'on the mat.', rejected: 'the log.' });
    while (session.train('reward', 50, tick()) > 0);
    session.train('ppo', 30, tick());
    const imported = await LabSession.fromFile(await session.toFile(), data, settings);
    expect(imported.meta.comparisons).toEqual(session.meta.comparisons);
    expect(imported.meta.reward).toEqual(session.meta.reward);
    expect(Array.from(imported.rlhf.rewardModel!.parameters.all)).toEqual(Array.from(session.rlhf.rewardModel!.parameters.all));
    expect(imported.rlhf.score('cat?', 'on the mat.')).toBe(session.rlhf.score('cat?', 'on the mat.'));
  });

  it('reads a version-1 file (issue #23’s) and migrates it; refuses one whose comparisons it cannot read', { timeout: 120_000 }, async () => {
    const session = await fineTuned();
    const { version: _version, reward: _reward, ppo: _ppo, ...v1 } = session.meta;
    const v1File = (meta: unknown) => encodeModelFile({ config: session.config, symbols: [...session.tokenizer.symbols], tensors: { weights: session.model.parameters.all }, meta });
    const migrated = await LabSession.fromFile(v1File({ ...v1, comparisons: [] }), data, settings);
    expect(migrated.rlhfLoaded).toBe(false); // nothing past fine-tuning to restore: the stages' code waits for first use
    expect(migrated.meta).toMatchObject({ version: 2, stage: 'sft', comparisons: [], reward: { step: 0, total: 6 }, ppo: { step: 0, total: 6 } });
    expect(migrated.canTrain('sft')).toBe(false); // its 20 steps are done
    await expect(LabSession.fromFile(v1File({ ...v1, comparisons: [{ anything: 1 }] }), data, settings)).rejects.toThrow(/version 1 record holds 1 comparisons/);
  });

  it('refuses a newer training record, a PPO record without its policy, and a comparison too long', { timeout: 120_000 }, async () => {
    const session = await fineTuned();
    session.rlhf.addShipped();
    while (session.train('reward', 50, tick()) > 0);
    session.train('ppo', 30, tick());
    const file = await session.toFile();
    const rewrite = (change: (contents: ReturnType<typeof contentsOf>) => void) => {
      const contents = contentsOf(file); // decoded afresh each time: every change starts from the same file
      change(contents);
      return encodeModelFile(contents);
    };
    const refusal = async (bytes: Uint8Array) => {
      try {
        await LabSession.fromFile(bytes, data, settings);
      } catch (error) {
        return error instanceof ModelFileRefused ? error.problem : error;
      }
      return undefined;
    };
    expect(await refusal(rewrite((contents) => Object.assign(contents.meta as object, { version: 3 })))).toMatchObject({ code: 'newer-version' });
    expect(await refusal(rewrite((contents) => delete contents.tensors['policy.weights']))).toMatchObject({ code: 'bad-shape', detail: expect.stringMatching(/PPO policy/) });
    expect(await refusal(rewrite((contents) => { contents.tensors['reward.weights'] = new Float32Array(5); }))).toMatchObject({ code: 'bad-shape', detail: expect.stringMatching(/reward model/) });
    expect(await refusal(rewrite((contents) => {
      (contents.meta as { comparisons: { chosen: string }[] }).comparisons[0]!.chosen = 'x'.repeat(200);
    }))).toMatchObject({ code: 'bad-meta', detail: expect.stringMatching(/comparisons\.0\.chosen/) });
  });
});

function contentsOf(bytes: Uint8Array) {
  const decoded = decodeModelFile(bytes);
  if (!decoded.ok) throw new Error(decoded.problem.detail);
  return decoded.contents;
}
