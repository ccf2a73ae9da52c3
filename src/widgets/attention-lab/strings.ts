/**
 * Every piece of text the attention lab shows or announces, in zh and en. Numbers arrive already formatted; formulas
 * (which are language-neutral) come from cellFormula.ts.
 */
import type { Locale } from '../../content/locale.ts';
import type { MatrixId } from './cellFormula.ts';
import type { StageId } from './stages.ts';

/** The lab's UI text in one language. */
export interface AttentionLabStrings {
  title: string;
  tokensLegend: string;
  tokenLabel: (position: number) => string;
  addToken: string;
  removeToken: string;
  switchesLegend: string;
  mask: string;
  scale: string;
  secondHead: string;
  positions: string;
  keyWidth: string;
  refuse: (text: string, low: number, high: number) => string;
  refuseWhole: (text: string, low: number, high: number) => string;
  stagesLabel: string;
  stageNames: Record<StageId, string>;
  /** Caption of each matrix; `scaled` and `inputs` depend on the switches. */
  captions: (facts: { scale: boolean; positions: boolean }) => Record<MatrixId, string>;
  headName: (head: number) => string;
  /** A matrix's caption under its head's name: "Head 2: O = A·V". */
  headCaption: (head: number, caption: string) => string;
  /** Accessible name of a matrix grid: its caption, size, and how to use the keyboard. */
  gridLabel: (caption: string, rows: number, columns: number) => string;
  rowsLabel: string;
  columnLabel: (column: number) => string;
  weightsTitle: string;
  weightsHint: string;
  entropyHeader: string;
  editHint: string;
  selectedWeight: (name: string) => string;
  formulaTitle: string;
  formulaIdle: string;
  /** What a cell is, above its formula: "Q, row 3 (fish), column 1". */
  cellTitle: (caption: string, row: number, token: string | undefined, column: number | undefined) => string;
  maskOn: string;
  maskOff: (token: string, share: string) => string;
  entropyLesson: (facts: { scaled: string; unscaled: string; most: string; keyWidth: number; scale: boolean }) => string;
  positionsLesson: (facts: { token: string; before: string; after: string; changed: boolean; positions: boolean }) => string;
  reverse: string;
  /** The state in words, for screen readers. */
  summary: (facts: { tokens: string; modelWidth: number; keyWidth: number; heads: number; mask: boolean; scale: boolean; positions: boolean; rows: string }) => string;
  summaryRow: (token: string, weights: string) => string;
  weightItem: (token: string, weight: string) => string;
  listSeparator: string;
}

const ENGLISH: AttentionLabStrings = {
  title: 'Attention lab',
  tokensLegend: 'Tokens (token i is row i of every matrix)',
  tokenLabel: (position) => `Token ${position}`,
  addToken: 'Add a token',
  removeToken: 'Remove the last',
  switchesLegend: 'Switches',
  mask: 'Causal mask',
  scale: 'Divide by √d_k',
  secondHead: 'Second head',
  positions: 'Position embeddings',
  keyWidth: 'd_k, the width of queries, keys and values',
  refuse: (text, low, high) => `"${text}" refused: enter a number from ${low} to ${high}. Kept the last value.`,
  refuseWhole: (text, low, high) => `"${text}" refused: enter a whole number from ${low} to ${high}. Kept the last value.`,
  stagesLabel: 'Stages of the computation',
  stageNames: { inputs: '1 · X', projections: '2 · Q, K, V', scores: '3 · Scores', output: '4 · Output' },
  captions: ({ scale, positions }) => ({
    embeddings: 'E: token embeddings',
    positions: 'P: position embeddings',
    inputs: positions ? 'X = E + P' : 'X = E (no positions)',
    wq: 'W_Q',
    wk: 'W_K',
    wv: 'W_V',
    queries: 'Q = X·W_Q',
    keys: 'K = X·W_K',
    values: 'V = X·W_V',
    scores: 'S = Q·Kᵀ',
    scaled: scale ? 'Z = S / √d_k' : 'Z = S (not scaled)',
    mask: 'M: causal mask',
    weights: 'A = softmax(Z + M)',
    entropy: 'H: entropy of each row',
    output: 'O = A·V',
    concat: 'Concat(O₁, O₂)',
  }),
  headName: (head) => `Head ${head}`,
  headCaption: (head, caption) => `Head ${head}: ${caption}`,
  gridLabel: (caption, rows, columns) => `${caption}, ${rows} × ${columns}; arrow keys move between cells`,
  rowsLabel: 'Token',
  columnLabel: (column) => `Column ${column}`,
  weightsTitle: 'Attention weights A: row i is how token i spreads its attention over tokens 1 … i',
  weightsHint: "Each row sums to 1. H is the row's entropy in nats: 0 when one token takes everything.",
  entropyHeader: 'H',
  editHint: 'In W_Q, W_K and W_V, + and − change the focused entry by 0.1 and Page Up / Page Down by 1; or use the field below.',
  selectedWeight: (name) => `Selected weight ${name}`,
  formulaTitle: 'How the selected cell is computed',
  formulaIdle: 'Point at or focus a cell of any matrix to see the formula that produced it, with its numbers.',
  cellTitle: (caption, row, token, column) =>
    `${caption}, row ${row}${token ? ` (${token})` : ''}${column === undefined ? '' : `, column ${column}`}`,
  maskOn: 'Mask on: the upper triangle of A is exactly 0, so no token takes anything from a later one.',
  maskOff: (token, share) =>
    `Mask off: "${token}" now takes ${share} of its attention from later tokens. In training every position must predict the token after it; if it can read that token it simply copies it, learns nothing about predicting, and fails when generating, where later tokens do not exist yet.`,
  entropyLesson: ({ scaled, unscaled, most, keyWidth, scale }) =>
    `Mean row entropy at d_k = ${keyWidth}: ${scaled} nats with ÷√d_k, ${unscaled} without (an even spread over all visible tokens would give up to ${most}). ${
      scale ? 'Switch the scaling off and raise d_k:' : 'Without the scaling,'
    } dot products of longer vectors grow, softmax piles the weight onto one token, and its gradients vanish.`,
  positionsLesson: ({ token, before, after, changed, positions }) =>
    positions
      ? `With positions: reversing the tokens before "${token}" ${changed ? 'changes' : 'leaves'} its output ${changed ? `from ${before} to ${after}` : `at ${before}`}. Each row of X now carries where its token stands.`
      : `No positions: reversing the tokens before "${token}" leaves its output at ${before}${changed ? ` (now ${after})` : ''}. Attention sees which tokens come earlier, not in what order; switch position embeddings on and try again.`,
  reverse: 'Reverse the tokens before the last',
  summary: ({ tokens, modelWidth, keyWidth, heads, mask, scale, positions, rows }) =>
    `Tokens: ${tokens}. d_model ${modelWidth}, d_k ${keyWidth}, ${heads === 2 ? 'two heads' : 'one head'}, causal mask ${mask ? 'on' : 'off'}, scaling by √d_k ${scale ? 'on' : 'off'}, position embeddings ${positions ? 'on' : 'off'}. Attention weights of head 1, row by row: ${rows}`,
  summaryRow: (token, weights) => `${token} looks at ${weights}.`,
  weightItem: (token, weight) => `${token} ${weight}`,
  listSeparator: ', ',
};

const CHINESE: AttentionLabStrings = {
  title: '注意力实验台',
  tokensLegend: '词元（第 i 个词元就是每个矩阵的第 i 行）',
  tokenLabel: (position) => `第 ${position} 个词元`,
  addToken: '添加一个词元',
  removeToken: '删除最后一个',
  switchesLegend: '开关',
  mask: '因果掩码',
  scale: '除以 √d_k',
  secondHead: '第二个头',
  positions: '位置嵌入',
  keyWidth: 'd_k：查询、键和值的宽度',
  refuse: (text, low, high) => `不接受“${text}”：请输入 ${low} 到 ${high} 之间的数。已保留原值。`,
  refuseWhole: (text, low, high) => `不接受“${text}”：请输入 ${low} 到 ${high} 之间的整数。已保留原值。`,
  stagesLabel: '计算的各个步骤',
  stageNames: { inputs: '1 · X', projections: '2 · Q、K、V', scores: '3 · 分数', output: '4 · 输出' },
  captions: ({ scale, positions }) => ({
    embeddings: 'E：词元嵌入',
    positions: 'P：位置嵌入',
    inputs: positions ? 'X = E + P' : 'X = E（不加位置）',
    wq: 'W_Q',
    wk: 'W_K',
    wv: 'W_V',
    queries: 'Q = X·W_Q',
    keys: 'K = X·W_K',
    values: 'V = X·W_V',
    scores: 'S = Q·Kᵀ',
    scaled: scale ? 'Z = S / √d_k' : 'Z = S（不缩放）',
    mask: 'M：因果掩码',
    weights: 'A = softmax(Z + M)',
    entropy: 'H：每一行的熵',
    output: 'O = A·V',
    concat: 'Concat(O₁, O₂)',
  }),
  headName: (head) => `第 ${head} 个头`,
  headCaption: (head, caption) => `第 ${head} 个头：${caption}`,
  gridLabel: (caption, rows, columns) => `${caption}，${rows} × ${columns}；用方向键在格子之间移动`,
  rowsLabel: '词元',
  columnLabel: (column) => `第 ${column} 列`,
  weightsTitle: '注意力权重 A：第 i 行表示第 i 个词元怎样把注意力分给第 1 到第 i 个词元',
  weightsHint: '每一行之和为 1。H 是这一行的熵（单位：奈特），一个词元独占全部权重时为 0。',
  entropyHeader: 'H',
  editHint: '在 W_Q、W_K、W_V 中，按 + 和 − 把聚焦的数加减 0.1，按 Page Up / Page Down 加减 1；也可以用下面的输入框。',
  selectedWeight: (name) => `选中的权重 ${name}`,
  formulaTitle: '选中的格子是怎样算出来的',
  formulaIdle: '把指针移到任一矩阵的格子上，或用键盘聚焦它，就能看到算出它的公式和代入的数。',
  cellTitle: (caption, row, token, column) =>
    `${caption}，第 ${row} 行${token ? `（${token}）` : ''}${column === undefined ? '' : `，第 ${column} 列`}`,
  maskOn: '掩码已打开：A 的右上三角全是 0，没有哪个词元能从后面的词元那里拿到信息。',
  maskOff: (token, share) =>
    `掩码已关闭：“${token}”现在有 ${share} 的注意力来自后面的词元。训练时每个位置都要预测它后面的那个词元；如果能直接读到那个词元，它只会照抄，学不会预测，到了生成时后面的词元根本还不存在，模型就不管用了。`,
  entropyLesson: ({ scaled, unscaled, most, keyWidth, scale }) =>
    `d_k = ${keyWidth} 时各行熵的平均值：除以 √d_k 为 ${scaled} 奈特，不除为 ${unscaled} 奈特（注意力平均分给所有可见词元时最多可达 ${most}）。${
      scale ? '关掉缩放再调大 d_k 试试：' : '不缩放时，'
    }向量越长点积越大，softmax 把权重都堆到一个词元上，梯度也随之消失。`,
  positionsLesson: ({ token, before, after, changed, positions }) =>
    positions
      ? `加了位置嵌入：把“${token}”前面的词元倒过来排，它的输出${changed ? `从 ${before} 变成了 ${after}` : `仍是 ${before}`}。现在 X 的每一行都带着它所在的位置。`
      : `没有位置嵌入：把“${token}”前面的词元倒过来排，它的输出仍是 ${before}${changed ? `（现在是 ${after}）` : ''}。注意力只知道前面有哪些词元，不知道它们的先后；打开位置嵌入再试一次。`,
  reverse: '把最后一个之前的词元倒过来',
  summary: ({ tokens, modelWidth, keyWidth, heads, mask, scale, positions, rows }) =>
    `词元：${tokens}。d_model ${modelWidth}，d_k ${keyWidth}，${heads === 2 ? '两个头' : '一个头'}，因果掩码${mask ? '打开' : '关闭'}，除以 √d_k ${scale ? '打开' : '关闭'}，位置嵌入${positions ? '打开' : '关闭'}。第 1 个头的注意力权重，逐行：${rows}`,
  summaryRow: (token, weights) => `${token}看向 ${weights}。`,
  weightItem: (token, weight) => `${token} ${weight}`,
  listSeparator: '，',
};

/** The lab's text in both languages. */
export const STRINGS: Record<Locale, AttentionLabStrings> = { en: ENGLISH, zh: CHINESE };
