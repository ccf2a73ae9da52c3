/**
 * Every piece of text the Adam lab shows or announces, in zh and en. Numbers arrive already formatted.
 */
import type { Locale } from '../../content/locale.ts';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Divergence } from '../../math/optimizers/runOptimizer.ts';
import type { SurfaceId } from '../../math/surfaces/surface.ts';
import type { NumericSetting, PanelId } from './labState.ts';

/** A row of the numbers table. */
export type Quantity = 'g' | 'b' | 'm' | 'v' | 'm-hat' | 'v-hat' | 'decay' | 'delta' | 'theta';

/** The lab's UI text in one language. */
export interface AdamLabStrings {
  title: string;
  surfaceLabel: string;
  surfaceNames: Record<SurfaceId, string>;
  /** One sentence on what the surface shows. */
  surfaceLessons: Record<SurfaceId, string>;
  optimizersLegend: string;
  optimizerNames: Record<OptimizerKind, string>;
  settingLabels: Record<NumericSetting | 'steps', string>;
  refuse: (text: string, low: string, high: string) => string;
  refuseBeta: (name: string, text: string) => string;
  stepControls: string;
  panelsLabel: string;
  panelNames: Record<PanelId, string>;
  settingsNote: string;
  reset: string;
  back: string;
  forward: string;
  play: string;
  pause: string;
  speed: string;
  resetLabel: string;
  backLabel: string;
  forwardLabel: string;
  speedOption: (perSecond: number) => string;
  stepCounter: (t: number, steps: number) => string;
  plotLabel: (formula: string) => string;
  handleLabel: string;
  handleRole: string;
  handleHint: string;
  handleKeys: string;
  handleValue: (point: string) => string;
  lossChartLabel: string;
  lossAxis: { gap: string; value: string };
  stepAxis: string;
  tableCaption: (t: number) => string;
  quantityLabels: Record<Quantity, string>;
  lossRow: string;
  quantityColumn: string;
  notUsed: string;
  quantityName: Record<Divergence['quantity'], string>;
  stoppedHeader: (step: number) => string;
  /** One optimizer's stop in the divergence summary: "SGD at step 3 (loss > 1e+12)". */
  divergedAt: (name: string, step: number, quantity: string, nonFinite: boolean) => string;
  /** The divergence summary: which optimizers stopped where, and why. */
  divergence: (list: string, unbounded: boolean) => string;
  equationsTitle: (coordinate: string) => string;
  equationsIdle: string;
  equationsOff: string;
  coordinateLabel: string;
  biasNote: (corrected: string, uncorrected: string) => string;
  description: (facts: { formula: string; start: string; optimizers: string; t: number }) => string;
  readout: (name: string, point: string, loss: string) => string;
  readoutStopped: (name: string, step: number) => string;
  announce: (t: number, readouts: string) => string;
  noOptimizers: string;
  listSeparator: string;
}

const ENGLISH: AdamLabStrings = {
  title: 'Adam lab',
  surfaceLabel: 'Surface',
  surfaceNames: {
    square: 'θ² (1-D bowl)',
    'double-well': 'θ⁴ − 3θ² + θ (two valleys)',
    bowl: 'x² + 10y² (elongated bowl)',
    rosenbrock: 'Rosenbrock (curved valley)',
    saddle: 'x² − y² (saddle)',
    plateau: '1 − e^(−x²−y²) (plateau)',
  },
  surfaceLessons: {
    square: 'The simplest bowl: compare Adam’s steps of about α with SGD’s steps that shrink with the gradient.',
    'double-well': 'Two valleys: where each optimizer ends up depends on how far its steps carry it over the hump.',
    bowl: 'y is ten times steeper than x: SGD must use an α that suits y, while Adam scales each coordinate by itself.',
    rosenbrock: 'A long curved valley with its minimum at (1, 1): easy to find, slow to follow. Try α = 0.001 for SGD.',
    saddle: 'No minimum: starting slightly off the ridge, see who escapes fastest (and runs off to −∞).',
    plateau: 'Far out the gradient is tiny: SGD barely moves, momentum builds up speed, Adam moves about α per step.',
  },
  optimizersLegend: 'Optimizers',
  optimizerNames: {
    sgd: 'SGD',
    momentum: 'Momentum',
    adam: 'Adam',
    'adam-no-bias-correction': 'Adam, no bias correction',
    adamw: 'AdamW',
  },
  settingLabels: {
    lr: 'Learning rate α',
    beta1: 'β₁ (decay of m)',
    beta2: 'β₂ (decay of v)',
    eps: 'ε',
    wd: 'Weight decay λ (AdamW)',
    momentum: 'Momentum μ',
    steps: 'Steps',
  },
  refuse: (text, low, high) => `“${text}” refused: enter a number from ${low} to ${high}. Kept the last value.`,
  refuseBeta: (name, text) =>
    `“${text}” refused: ${name} must be at least 0 and below 1, because the bias correction divides by 1 − ${name}ᵗ, which is 0 when ${name} = 1. Kept the last value.`,
  stepControls: 'Steps',
  panelsLabel: 'Details of the selected step',
  panelNames: { numbers: 'Numbers', equations: 'Equations', settings: 'Settings' },
  settingsNote: 'β₁, β₂ < 1: the bias correction divides by 1 − βᵗ.',
  reset: '|◀',
  back: '◀',
  forward: '▶|',
  play: '▶ Play',
  pause: '❚❚ Pause',
  speed: 'Speed',
  resetLabel: 'Reset to step 0',
  backLabel: 'Step back',
  forwardLabel: 'Step forward',
  speedOption: (perSecond) => `${perSecond}/s`,
  stepCounter: (t, steps) => `t = ${t} of ${steps}`,
  plotLabel: (formula) => `Plot of ${formula} with each optimizer’s path`,
  handleLabel: 'Start point',
  handleRole: 'movable point',
  handleHint: 'Drag the ring, or focus it and use the arrow keys, to move the start.',
  handleKeys: 'Arrow keys move the start point (Shift: ten times further), Home puts it back; a click on the plot moves it there.',
  handleValue: (point) => `at ${point}`,
  lossChartLabel: 'Loss by step',
  lossAxis: { gap: 'f − f* (log)', value: 'f' },
  stepAxis: 'step t',
  tableCaption: (t) => `Numbers at step t = ${t}`,
  quantityLabels: {
    g: 'gₜ gradient',
    b: 'bₜ velocity',
    m: 'mₜ',
    v: 'vₜ',
    'm-hat': 'm̂ₜ',
    'v-hat': 'v̂ₜ',
    decay: '−αλθₜ₋₁ decay',
    delta: 'Δθₜ update',
    theta: 'θₜ',
  },
  lossRow: 'f(θₜ) loss',
  quantityColumn: 'Quantity',
  notUsed: 'not used by this optimizer',
  quantityName: { theta: 'θ', loss: 'loss', gradient: 'gradient', state: 'state' },
  stoppedHeader: (step) => `✕ stopped at step ${step}`,
  divergedAt: (name, step, quantity, nonFinite) =>
    `${name} at step ${step} (${quantity} ${nonFinite ? 'not a number' : '> 1e+12'})`,
  divergence: (list, unbounded) =>
    `Diverged: ${list}; each path stops at ✕. ${
      unbounded ? 'This surface has no minimum: leaving the ridge means running off to −∞.' : 'α is too large for them here.'
    }`,
  equationsTitle: (coordinate) => `Adam’s update at step t, coordinate ${coordinate}`,
  equationsIdle: 'Take a step to see the numbers in Adam’s equations.',
  equationsOff: 'Adam stopped before this step.',
  coordinateLabel: 'Coordinate',
  biasNote: (corrected, uncorrected) =>
    `Step 1: Adam moves ${corrected} (about α); without bias correction ${uncorrected} = α(1 − β₁)/√(1 − β₂), because m and v start at 0.`,
  description: ({ formula, start, optimizers, t }) =>
    `The plot shows ${formula} and, from the start point ${start}, the paths of ${optimizers} up to step ${t}.`,
  readout: (name, point, loss) => `${name} at ${point}, f = ${loss}`,
  readoutStopped: (name, step) => `${name} diverged at step ${step}`,
  announce: (t, readouts) => `Step ${t}. ${readouts}.`,
  noOptimizers: 'no optimizer (switch one on)',
  listSeparator: '; ',
};

const CHINESE: AdamLabStrings = {
  title: 'Adam 实验台',
  surfaceLabel: '损失曲面',
  surfaceNames: {
    square: 'θ²（一维碗形）',
    'double-well': 'θ⁴ − 3θ² + θ（两个山谷）',
    bowl: 'x² + 10y²（狭长的碗）',
    rosenbrock: 'Rosenbrock（弯曲的山谷）',
    saddle: 'x² − y²（鞍点）',
    plateau: '1 − e^(−x²−y²)（平台）',
  },
  surfaceLessons: {
    square: '最简单的碗：Adam 每步约走 α，而 SGD 的步长随梯度一起缩小。',
    'double-well': '两个山谷：优化器最后落在哪里，取决于它的步子能否越过中间的小山。',
    bowl: 'y 方向比 x 陡十倍：SGD 只能选一个适合 y 的 α，Adam 则按各坐标自己的梯度大小缩放。',
    rosenbrock: '一条又长又弯的山谷，最小值在 (1, 1)：找到山谷容易，沿着它走很慢。SGD 请试 α = 0.001。',
    saddle: '没有最小值：从稍微偏离山脊的地方出发，看谁最快逃离（并一路走向 −∞）。',
    plateau: '远处梯度极小：SGD 几乎不动，动量慢慢加速，Adam 每步仍约走 α。',
  },
  optimizersLegend: '优化器',
  optimizerNames: {
    sgd: 'SGD',
    momentum: '动量',
    adam: 'Adam',
    'adam-no-bias-correction': 'Adam（无偏差修正）',
    adamw: 'AdamW',
  },
  settingLabels: {
    lr: '学习率 α',
    beta1: 'β₁（m 的衰减）',
    beta2: 'β₂（v 的衰减）',
    eps: 'ε',
    wd: '权重衰减 λ（AdamW）',
    momentum: '动量系数 μ',
    steps: '步数',
  },
  refuse: (text, low, high) => `不接受“${text}”：请输入 ${low} 到 ${high} 之间的数。已保留原值。`,
  refuseBeta: (name, text) =>
    `不接受“${text}”：${name} 必须大于等于 0 且小于 1，因为偏差修正要除以 1 − ${name}ᵗ，而 ${name} = 1 时它等于 0。已保留原值。`,
  stepControls: '逐步运行',
  panelsLabel: '当前步的详细内容',
  panelNames: { numbers: '数值', equations: '公式', settings: '设置' },
  settingsNote: 'β₁、β₂ 必须小于 1：偏差修正要除以 1 − βᵗ。',
  reset: '|◀',
  back: '◀',
  forward: '▶|',
  play: '▶ 播放',
  pause: '❚❚ 暂停',
  speed: '速度',
  resetLabel: '回到第 0 步',
  backLabel: '后退一步',
  forwardLabel: '前进一步',
  speedOption: (perSecond) => `${perSecond} 步/秒`,
  stepCounter: (t, steps) => `t = ${t} / ${steps}`,
  plotLabel: (formula) => `${formula} 的图像及各优化器的路径`,
  handleLabel: '起点',
  handleRole: '可移动的点',
  handleHint: '拖动圆圈，或聚焦后用方向键，来移动起点。',
  handleKeys: '方向键移动起点（按住 Shift 移动十倍），Home 回到默认起点；点击图中任意位置也会把起点移到那里。',
  handleValue: (point) => `位于 ${point}`,
  lossChartLabel: '各步的损失',
  lossAxis: { gap: 'f − f*（对数）', value: 'f' },
  stepAxis: '步数 t',
  tableCaption: (t) => `第 t = ${t} 步的数值`,
  quantityLabels: {
    g: 'gₜ 梯度',
    b: 'bₜ 速度',
    m: 'mₜ',
    v: 'vₜ',
    'm-hat': 'm̂ₜ',
    'v-hat': 'v̂ₜ',
    decay: '−αλθₜ₋₁ 衰减',
    delta: 'Δθₜ 更新量',
    theta: 'θₜ',
  },
  lossRow: 'f(θₜ) 损失',
  quantityColumn: '量',
  notUsed: '此优化器不用这一项',
  quantityName: { theta: 'θ', loss: '损失', gradient: '梯度', state: '优化器的状态' },
  stoppedHeader: (step) => `✕ 第 ${step} 步停止`,
  divergedAt: (name, step, quantity, nonFinite) =>
    `${name} 在第 ${step} 步（${quantity}${nonFinite ? '不再是有限数' : ' > 1e+12'}）`,
  divergence: (list, unbounded) =>
    `发散：${list}；路径在 ✕ 处停止。${unbounded ? '这个曲面没有最小值：离开山脊就会一路走向 −∞。' : '对它们来说 α 太大了。'}`,
  equationsTitle: (coordinate) => `Adam 在第 t 步的更新（坐标 ${coordinate}）`,
  equationsIdle: '走一步，就能看到代入数值后的 Adam 公式。',
  equationsOff: 'Adam 在这一步之前已经停止。',
  coordinateLabel: '坐标',
  biasNote: (corrected, uncorrected) =>
    `第 1 步：Adam 移动 ${corrected}（约等于 α）；去掉偏差修正则移动 ${uncorrected} = α(1 − β₁)/√(1 − β₂)，因为 m 和 v 从 0 开始。`,
  description: ({ formula, start, optimizers, t }) => `图中是 ${formula}，以及从起点 ${start} 出发、到第 ${t} 步为止的路径：${optimizers}。`,
  readout: (name, point, loss) => `${name} 位于 ${point}，f = ${loss}`,
  readoutStopped: (name, step) => `${name} 在第 ${step} 步发散`,
  announce: (t, readouts) => `第 ${t} 步。${readouts}。`,
  noOptimizers: '没有优化器（请至少打开一个）',
  listSeparator: '；',
};

/** The lab's text in both languages. */
export const STRINGS: Record<Locale, AdamLabStrings> = { en: ENGLISH, zh: CHINESE };
