// Search query time: the pure `searchIndex` of src/search over an index built from the chapters exactly as the
// build makes it (compiled by the Markdown pipeline, indexed by buildSearchIndex, loaded with loadSearchIndex),
// timed over QUERY_COUNT queries in both languages. Skips with "not available" while src/search lacks those exports.
import { join } from 'node:path';
import { MEASUREMENT_BUDGETS } from '../budgets.mjs';
import { median, percentile } from '../stats.mjs';

/** Queries timed (after WARM_UP untimed ones), alternating between the locales' query lists. */
export const QUERY_COUNT = 200;
const WARM_UP = 20;

/** What readers type: words, prefixes, a typo, Chinese terms and phrases, formulas' names. */
export const QUERIES = {
  en: ['gelu', 'adam', 'softmax', 'reward model', 'bias correction', 'layernorm', 'attention', 'transfomer', 'emb',
    'learning rate', 'PPO', 'KL penalty', 'perplexity', 'cross-entropy', 'residual', 'RLHF', 'token', 'Vicuna',
    'tanh approximation', 'momentum'],
  zh: ['注意力', '奖励模型', '学习率', '交叉熵', '残差', '词元', '偏差修正', '强化学习', '监督微调', '困惑度',
    'GeLU', 'Adam', '位置嵌入', '开放权重', '温度', '动量', '梯度', 'softmax', '解码器', '人类反馈'],
};

/** The search measurement. */
export const searchQueryTime = {
  id: 'search-query',
  label: 'search query (median)',
  unit: 'ms',
  budget: MEASUREMENT_BUDGETS.searchQueryMs,
  async run({ root }) {
    const { runnerImport } = await import('vite');
    const load = async (path) => (await runnerImport(join(root, path), { root, configFile: false, logLevel: 'error' })).module;
    let search;
    let pipeline;
    try {
      search = await load('src/search/searchIndex.ts');
      pipeline = await load('src/markdown/nodeEntry.ts');
    } catch (error) {
      return { status: 'not available', reason: `src/search could not be loaded: ${error.message.split('\n')[0]}` };
    }
    const { searchIndex, loadSearchIndex } = search;
    const { buildSearchIndex, compileChapter, createDiagramLookup, listChapters, widgetRegistry } = pipeline;
    const missing = Object.entries({ searchIndex, loadSearchIndex, buildSearchIndex })
      .filter(([, value]) => typeof value !== 'function').map(([name]) => name);
    if (missing.length > 0) return { status: 'not available', reason: `src/search does not export ${missing.join(', ')} yet` };

    const environment = { registry: widgetRegistry, diagrams: createDiagramLookup(root) };
    const { readFileSync } = await import('node:fs');
    // The pipeline module lists the chapters too: no second module runner just for the listing.
    const chapters = listChapters(root).map((chapter) =>
      compileChapter(readFileSync(chapter.path, 'utf8'), chapter.file, environment));
    const serialized = JSON.parse(JSON.stringify(buildSearchIndex(chapters)));
    const indexes = { en: loadSearchIndex(serialized, 'en'), zh: loadSearchIndex(serialized, 'zh') };
    const samples = [];
    let hits = 0;
    for (let index = 0; index < WARM_UP + QUERY_COUNT; index += 1) {
      const locale = index % 2 === 0 ? 'en' : 'zh';
      const list = QUERIES[locale];
      const query = list[Math.floor(index / 2) % list.length];
      const start = performance.now();
      const results = searchIndex(indexes[locale], query);
      const elapsed = performance.now() - start;
      if (index >= WARM_UP) {
        samples.push(elapsed);
        if (results.total > 0) hits += 1;
      }
    }
    return {
      status: 'ok',
      value: median(samples),
      detail: { queries: QUERY_COUNT, p95: percentile(samples, 95), max: Math.max(...samples), queriesWithResults: hits },
    };
  },
};
