import type { Locale } from '../../content/locale.ts';

/** The softmax lab's interface text, in both languages. */
export const STRINGS = {
  zh: {
    title: 'Softmax 与交叉熵',
    temperature: '温度 T',
    logit: (i: number) => `第 ${i + 1} 个词元的 logit`,
    target: '正确的下一个词元',
    token: (i: number) => `词元 ${i + 1}`,
    probability: '概率',
    loss: '交叉熵损失',
    perplexity: '困惑度',
    refuse: (text: string, lo: number, hi: number) => `“${text}”不行：请输入 ${lo} 到 ${hi} 之间的数。已保留上一个值。`,
    describe: (p: string, loss: string) => `正确词元的概率是 ${p}，损失是 ${loss} 奈特。`,
  },
  en: {
    title: 'Softmax and cross-entropy',
    temperature: 'Temperature T',
    logit: (i: number) => `Logit of token ${i + 1}`,
    target: 'The correct next token',
    token: (i: number) => `Token ${i + 1}`,
    probability: 'Probability',
    loss: 'Cross-entropy loss',
    perplexity: 'Perplexity',
    refuse: (text: string, lo: number, hi: number) => `“${text}” is refused: enter a number from ${lo} to ${hi}. The last good value is kept.`,
    describe: (p: string, loss: string) => `The correct token gets probability ${p}; the loss is ${loss} nats.`,
  },
} satisfies Record<Locale, Record<string, unknown>>;
