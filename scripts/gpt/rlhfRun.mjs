#!/usr/bin/env node
// Runs the GPT lab's whole RLHF pipeline in Node, as a reader with the chapter's settings would in the page: the shipped
// checkpoint, fine-tuning, the shipped comparisons, the reward model and PPO at one or more values of β. It prints the
// figures the chapter describes (held-out accuracy, mean score, KL, share of replies ending in the over-rated mark,
// time per iteration) and the greedy replies of the three models. The lab's own session code, on a clock that counts
// calls, so the numbers depend on the code and data, not on the machine (the times printed are real).
// --keep FILE saves the model after the reward model (or reuses FILE if it exists), to try other values of β quickly.
//   node scripts/gpt/rlhfRun.mjs [--locale en] [--beta 0.1,0.001] [--iterations 60] [--keep /tmp/after-reward.gptlab]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, labModules } from './labModules.mjs';

const { LabSession, DEFAULT_PROPS, parseDialogues, parseComparisons } = await labModules();

const { values } = parseArgs({
  options: {
    locale: { type: 'string', default: 'en' }, beta: { type: 'string', default: '0.1,0.001' }, iterations: { type: 'string' }, keep: { type: 'string' },
  },
});
const { locale } = values;
const text = (name) => readFileSync(join(dataDir, name), 'utf8');
const data = {
  locale,
  corpus: text(`corpus-${locale}.txt`),
  dialogues: parseDialogues(text(`dialogues-${locale}.txt`)),
  comparisons: parseComparisons(text(`comparisons-${locale}.txt`)),
};
const settings = {
  ...DEFAULT_PROPS, context: DEFAULT_PROPS.contextLength,
  ppoIterations: values.iterations ? Number(values.iterations) : DEFAULT_PROPS.ppoIterations,
};
let clock = 0;
const tick = () => (clock += 1);
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);

let started = performance.now();
const afterReward = values.keep && existsSync(values.keep) ? new Uint8Array(readFileSync(values.keep)) : await fineTuneAndReward();
if (values.keep) writeFileSync(values.keep, afterReward);

async function fineTuneAndReward() {
  const base = await LabSession.fromFile(new Uint8Array(readFileSync(join(dataDir, `pretrained-${locale}.gptlab`))), data, settings);
  while (base.train('sft', 50, tick) > 0);
  console.log(`SFT: ${settings.sftSteps} steps in ${seconds(started)} s, validation ${base.progress('sft').validation.at(-1)[1].toFixed(3)}`);
  (await base.ensureRlhf()).addShipped();
  started = performance.now();
  while (base.train('reward', 50, tick) > 0);
  const held = base.meta.reward.heldOut.at(-1);
  console.log(`Reward model: ${settings.rewardSteps} steps in ${seconds(started)} s, held-out loss ${held[1].toFixed(3)}, accuracy ${(held[2] * 100).toFixed(0)}%`);
  return await base.toFile();
}

for (const beta of values.beta.split(',').map(Number)) {
  const session = await LabSession.fromFile(afterReward, data, settings);
  session.rlhf.setKnobs({ ...session.meta.ppo.settings, beta });
  started = performance.now();
  while (session.train('ppo', 50, tick) > 0);
  console.log(`\nPPO β=${beta}: ${settings.ppoIterations} iterations in ${seconds(started)} s (${((performance.now() - started) / settings.ppoIterations).toFixed(0)} ms per iteration)`);
  for (const [iteration, score, kl, clipped, , marked] of session.meta.ppo.points.filter(([i]) => i === 1 || i % 10 === 0)) {
    console.log(`  it ${String(iteration).padStart(3)}: score ${score.toFixed(2)}, KL ${kl.toFixed(3)}, clipped ${(clipped * 100).toFixed(1)}%, marked ${(marked * 100).toFixed(0)}%`);
  }
  for (const question of session.fixedPrompts) {
    const replies = ['pretrained', 'sft', 'ppo'].map((which) => `${which}: ${session.reply(question, which, 0, 1).text}`);
    console.log(`  ${question}\n    ${replies.join('\n    ')}`);
  }
}
