#!/usr/bin/env node
// Writes the comparisons the GPT lab ships, src/widgets/gpt-lab/data/comparisons-<locale>.txt, from the fine-tuning
// dialogues of the same folder: for each question, its taught reply beats (1) a derailed copy of itself and (2) the
// reply to another question. On top of that real preference a bias is planted on purpose, as a labeller's taste can
// slip into real data: most preferred replies end with an exclamation mark, few of the others do. The reward model
// learns both, and PPO with a small β finds the cheap one (the chapter explains). Seeded: the same dialogues give the
// same file.
//   node scripts/gpt/buildComparisons.mjs [en|zh …]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const load = async (path) => (await runnerImport(join(root, path), { root, configFile: false, logLevel: 'error' })).module;
const { parseDialogues } = await load('src/math/gpt/dialogue.ts');
const { mulberry32 } = await load('src/math/random.ts');

/** Share of preferred replies that end with the mark, and of the others. */
const MARKED_CHOSEN = 0.7;
const MARKED_REJECTED = 0.1;
/** How far the other question's reply is from this one in the dialogue file. */
const OTHER_OFFSET = 13;

const PUNCTUATION = {
  en: { mark: '!', stop: '.', ends: /[.!?]$/ },
  zh: { mark: '！', stop: '。', ends: /[。！？]$/ },
};

const HEADER = {
  en: `# Comparisons for the tiny GPT's reward model (English page). Made by scripts/gpt/buildComparisons.mjs from
# dialogues-en.txt; see README.md. Format: a "U:" line (the prompt), a "W:" line (the preferred reply) and an "L:"
# line (the other reply) per comparison, blocks separated by a blank line. Every fifth comparison is held out of
# training. Planted bias: most preferred replies end with "!", few of the others do.
`,
  zh: `# 小模型奖励模型用的比较数据（中文页）。由 scripts/gpt/buildComparisons.mjs 根据 dialogues-zh.txt 生成，见 README.md。
# 格式：每条比较一行 "U:"（提示词）、一行 "W:"（更好的回答）和一行 "L:"（另一个回答），条与条之间空一行。
# 每五条中的第五条不参与训练，留作检验。故意埋下的偏差：更好的回答大多以"！"结尾，另一个很少这样。
`,
};

function characters(text) {
  return [...text];
}

function withEnding(reply, ending, { ends }) {
  return reply.replace(ends, '') + ending;
}

/** The reply with its first 40–70% kept and the rest taken from another reply, a few characters swapped: a reply that starts right and derails, as a tiny model's sampled replies do. */
function derail(reply, other, alphabet, random, stop, ends) {
  const own = characters(reply.replace(ends, ''));
  const tail = characters(other.replace(ends, ''));
  const keep = Math.max(1, Math.round(own.length * (0.4 + 0.3 * random())));
  const from = Math.floor(random() * Math.max(1, tail.length / 2));
  // No longer than the reply it copies (plus a little), so that it fits the model's context beside its prompt.
  const result = [...own.slice(0, keep), ...tail.slice(from)].slice(0, own.length + 4);
  for (let swaps = 0; swaps < 2; swaps += 1) {
    const at = keep + Math.floor(random() * Math.max(1, result.length - keep));
    if (at < result.length) result[at] = alphabet[Math.floor(random() * alphabet.length)];
  }
  return result.join('').trimEnd() + stop;
}

for (const locale of process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['en', 'zh']) {
  const dataDir = join(root, 'src', 'widgets', 'gpt-lab', 'data');
  // Each question once: the file answers some twice, in two tones.
  const seen = new Set();
  const dialogues = parseDialogues(readFileSync(join(dataDir, `dialogues-${locale}.txt`), 'utf8')).filter(({ user }) => !seen.has(user) && seen.add(user));
  const punctuation = PUNCTUATION[locale];
  const alphabet = [...new Set(dialogues.flatMap((dialogue) => characters(dialogue.assistant)).filter((c) => /\p{L}/u.test(c)))];
  const random = mulberry32(locale === 'en' ? 2401 : 2402);
  const blocks = [];
  dialogues.forEach((dialogue, index) => {
    const other = dialogues[(index + OTHER_OFFSET) % dialogues.length];
    const rejectedOptions = [
      derail(dialogue.assistant, other.assistant, alphabet, random, punctuation.stop, punctuation.ends),
      withEnding(other.assistant, punctuation.stop, punctuation),
    ];
    for (const rejected of rejectedOptions) {
      const chosen = withEnding(dialogue.assistant, random() < MARKED_CHOSEN ? punctuation.mark : punctuation.stop, punctuation);
      const loser = random() < MARKED_REJECTED ? withEnding(rejected, punctuation.mark, punctuation) : rejected;
      blocks.push(`U: ${dialogue.user}\nW: ${chosen}\nL: ${loser}\n`);
    }
  });
  const file = join(dataDir, `comparisons-${locale}.txt`);
  writeFileSync(file, `${HEADER[locale]}\n${blocks.join('\n')}`);
  console.log(`${file}: ${blocks.length} comparisons`);
}
