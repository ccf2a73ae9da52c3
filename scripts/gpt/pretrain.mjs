#!/usr/bin/env node
// Trains the checkpoints a reader can load to skip pretraining: src/widgets/gpt-lab/data/pretrained-<locale>.gptlab.
// The lab's own session code (labSession.ts, loaded through Vite's module runner) with the lab's default props, seeded,
// for the default number of steps, on a clock that counts steps rather than time, so the file depends only on the code,
// the data and the Node version (Math.exp and Math.tanh may differ in the last bits between engines).
//   node scripts/gpt/pretrain.mjs [en|zh …]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, labModules } from './labModules.mjs';

const { LabSession, DEFAULT_PROPS, parseDialogues } = await labModules();

const locales = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['en', 'zh'];
for (const locale of locales) {
  const data = {
    locale,
    corpus: readFileSync(join(dataDir, `corpus-${locale}.txt`), 'utf8'),
    dialogues: parseDialogues(readFileSync(join(dataDir, `dialogues-${locale}.txt`), 'utf8')),
  };
  const session = new LabSession(data, { ...DEFAULT_PROPS, context: DEFAULT_PROPS.contextLength });
  const started = performance.now();
  let clock = 0;
  while (session.train('pretrain', 50, () => (clock += 1)) > 0) {
    const { step, total, validation } = session.progress('pretrain');
    if (step % 250 === 0) console.log(`${locale}: step ${step}/${total}, validation ${validation.at(-1)?.[1]?.toFixed(3)}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const bytes = await session.toFile({ compact: true });
  const file = join(dataDir, `pretrained-${locale}.gptlab`);
  writeFileSync(file, bytes);
  const { validation } = session.progress('pretrain');
  console.log(`${file}: ${bytes.length} bytes, validation loss ${validation.at(-1)[1].toFixed(3)} nats/char`);
  console.log(session.meta.samples.map((sample) => `  ${sample.step}: ${sample.text}`).join('\n'));
}
