/**
 * Every piece of text the next-token lab shows or announces, in zh and en. Numbers arrive already formatted.
 */
import type { Locale } from '../../content/locale.ts';
import { formatCount } from '../../ui/formatNumber.ts';

/** The lab's UI text in one language. */
export interface SamplingLabStrings {
  /** Accessible name and heading of the whole widget. */
  title: string;
  /** The context the candidates continue. */
  prompt: string;
  temperature: string;
  topK: string;
  topP: string;
  /** Hints under the three settings: what the current value does. */
  temperatureHint: (greedy: boolean) => string;
  topKHint: (k: number, count: number) => string;
  /** Marks the candidate the latest draw picked. */
  lastDrawBadge: string;
  topPHint: (p: string, off: boolean) => string;
  refuse: (text: string, low: number, high: number) => string;
  refuseWhole: (text: string, low: number, high: number) => string;
  logitLabel: (token: string) => string;
  candidatesLegend: string;
  probabilityLabel: string;
  samplesLabel: string;
  dropped: string;
  /** Caption of the stage table. */
  stagesCaption: string;
  stageHeaders: { token: string; temperature: string; topK: string; topP: string };
  drawLegend: string;
  draw: (count: number) => string;
  reset: string;
  reseed: string;
  seedLabel: (seed: number) => string;
  drawCount: (count: number) => string;
  lastDraw: (token: string, index: number) => string;
  noDraws: string;
  limitReached: (limit: string) => string;
  greedyNote: string;
  /** The summary of the state, for screen readers and the announcement after a change. */
  summary: (facts: { settings: string; kept: string; draws: string }) => string;
  settingsText: (t: string, k: string, p: string) => string;
  keptItem: (token: string, p: string) => string;
  drawsText: (count: number, counts: string) => string;
  countItem: (token: string, count: string) => string;
  listSeparator: string;
}

const ENGLISH: SamplingLabStrings = {
  title: 'Next-token lab',
  prompt: 'The cat sat on the …',
  temperature: 'Temperature T',
  topK: 'Top-k',
  topP: 'Top-p (nucleus)',
  temperatureHint: (greedy) =>
    greedy ? 'T = 0: greedy, always the most likely token.' : 'Below 1 sharpens, above 1 flattens; 0 is greedy.',
  topKHint: (k, count) => (k >= count ? `k ≥ ${count}: every candidate is kept.` : `Only the ${k} most likely candidates stay.`),
  lastDrawBadge: '(picked by the last draw)',
  topPHint: (p, off) => (off ? 'p = 1: every candidate is kept.' : `The fewest candidates whose probabilities add up to ${p} or more.`),
  refuse: (text, low, high) => `"${text}" refused: enter a number from ${low} to ${high}. Kept the last value.`,
  refuseWhole: (text, low, high) => `"${text}" refused: enter a whole number from ${low} to ${high}. Kept the last value.`,
  logitLabel: (token) => `${token} logit`,
  candidatesLegend: 'Candidates: drag a logit',
  probabilityLabel: 'probability',
  samplesLabel: 'share of draws',
  dropped: 'filtered out',
  stagesCaption: 'Probability after each step: softmax at T, then top-k, then top-p, each renormalised (a column sums to 1)',
  stageHeaders: { token: 'Token', temperature: 'at T', topK: 'top-k', topP: 'top-p' },
  drawLegend: 'Draw samples',
  draw: (count) => `Draw ${formatCount(count)}`,
  reset: 'Clear draws',
  reseed: 'New seed',
  seedLabel: (seed) => `Seed ${seed}`,
  drawCount: (count) => `${formatCount(count)} draws`,
  lastDraw: (token, index) => `Draw ${formatCount(index)} picked "${token}".`,
  noDraws: 'No draws yet.',
  limitReached: (limit) => `At most ${limit} draws.`,
  greedyNote:
    'Greedy decoding: with T = 0 the lab does not divide by T; it gives the largest logit (the first, if several tie) probability 1, so every draw picks it.',
  summary: ({ settings, kept, draws }) => `${settings} Candidates left: ${kept}. ${draws}`,
  settingsText: (t, k, p) => `T = ${t}, top-k ${k}, top-p ${p}.`,
  keptItem: (token, p) => `${token} ${p}`,
  drawsText: (count, counts) => `${formatCount(count)} draws: ${counts}.`,
  countItem: (token, count) => `${token} ${count}`,
  listSeparator: ', ',
};

const CHINESE: SamplingLabStrings = {
  title: '下一个词元实验台',
  prompt: '猫坐在……上',
  temperature: '温度 T',
  topK: 'top-k',
  topP: 'top-p（核采样）',
  temperatureHint: (greedy) => (greedy ? 'T = 0：贪心解码，总是选概率最高的词元。' : '小于 1 使分布更尖，大于 1 使分布更平；0 即贪心。'),
  topKHint: (k, count) => (k >= count ? `k ≥ ${count}：所有候选都保留。` : `只保留概率最高的 ${k} 个候选。`),
  lastDrawBadge: '（最近一次抽中）',
  topPHint: (p, off) => (off ? 'p = 1：所有候选都保留。' : `保留最少的几个候选，使它们的概率之和不低于 ${p}。`),
  refuse: (text, low, high) => `不接受“${text}”：请输入 ${low} 到 ${high} 之间的数。已保留原值。`,
  refuseWhole: (text, low, high) => `不接受“${text}”：请输入 ${low} 到 ${high} 之间的整数。已保留原值。`,
  logitLabel: (token) => `${token}的 logit`,
  candidatesLegend: '候选词元：拖动 logit',
  probabilityLabel: '概率',
  samplesLabel: '抽中比例',
  dropped: '已被过滤',
  stagesCaption: '每一步之后的概率：先按温度 T 做 softmax，再做 top-k，再做 top-p，每步都重新归一化（每列之和为 1）',
  stageHeaders: { token: '词元', temperature: '温度 T', topK: 'top-k', topP: 'top-p' },
  drawLegend: '抽样',
  draw: (count) => `抽 ${formatCount(count)} 次`,
  reset: '清空抽样',
  reseed: '换一个种子',
  seedLabel: (seed) => `种子 ${seed}`,
  drawCount: (count) => `共 ${formatCount(count)} 次`,
  lastDraw: (token, index) => `第 ${formatCount(index)} 次抽中“${token}”。`,
  noDraws: '还没有抽样。',
  limitReached: (limit) => `最多抽 ${limit} 次。`,
  greedyNote: '贪心解码：T = 0 时实验台不做除以 T 的运算，而是让最大的 logit（若有并列，取第一个）的概率为 1，所以每次都抽中它。',
  summary: ({ settings, kept, draws }) => `${settings}剩下的候选：${kept}。${draws}`,
  settingsText: (t, k, p) => `T = ${t}，top-k ${k}，top-p ${p}。`,
  keptItem: (token, p) => `${token} ${p}`,
  drawsText: (count, counts) => `共抽 ${formatCount(count)} 次：${counts}。`,
  countItem: (token, count) => `${token} ${count} 次`,
  listSeparator: '；',
};

/** The lab's text in both languages. */
export const STRINGS: Record<Locale, SamplingLabStrings> = { en: ENGLISH, zh: CHINESE };
