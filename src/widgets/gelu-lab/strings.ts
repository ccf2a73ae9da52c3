/**
 * Every piece of text the GeLU lab shows or announces, in zh and en. Numbers arrive already formatted.
 */
import type { Locale } from '../../content/locale.ts';
import type { CurveId } from './props.ts';

/** The lab's UI text in one language. */
export interface GeluLabStrings {
  /** Accessible name of the whole widget. */
  title: string;
  /** Full curve names (legend, readouts, announcements). */
  curveNames: Record<CurveId, string>;
  /** Short names of the approximations, for the error strips. */
  shortNames: Record<'tanh' | 'sigmoid', string>;
  /** Accessible name of the plot, which is also the probe's drag-and-arrow-key control. */
  plotLabel: string;
  /** Keyboard help shown under the plot. */
  plotHint: string;
  probeLabel: string;
  refuseProbe: (text: string, limit: string) => string;
  viewLabel: string;
  zoomIn: string;
  zoomOut: string;
  presetLabel: (xmin: string, xmax: string) => string;
  keyPoints: string;
  minimumLabel: string;
  steepestLabel: string;
  tableCaption: string;
  columnCurve: string;
  /** Header of the value column; `{x}` marks where the probe's x goes. */
  columnValue: string;
  /** An approximation's error at the probe (approximation − exact), under its value: "error -1.53e-4". */
  errorReadout: (error: string) => string;
  off: string;
  offView: (x: string, side: 'left' | 'right') => string;
  noCurves: string;
  errorPanelTitle: string;
  errorRow: (name: string, value: string, at: string) => string;
  errorRowOff: (name: string) => string;
  /** The text description of the plot (for screen readers, via aria-describedby). */
  description: (facts: {
    curves: string;
    xmin: string;
    xmax: string;
    probe: string;
    minimum: [string, string];
    steepest: [string, string];
    errors: string;
  }) => string;
  /** One readout in an announcement or a list: "exact GeLU 0.841345". */
  readout: (name: string, value: string) => string;
  announce: (x: string, readouts: string) => string;
  listSeparator: string;
}

/** The lab's text in both languages. */
export const STRINGS: Record<Locale, GeluLabStrings> = {
  en: {
    title: 'GeLU lab',
    curveNames: {
      gelu: 'exact GeLU',
      tanh: 'tanh approximation',
      sigmoid: 'sigmoid approximation',
      relu: 'ReLU',
      erf: 'erf',
      cdf: 'Φ (normal CDF)',
      derivative: 'GeLU′ (slope)',
    },
    shortNames: { tanh: 'tanh', sigmoid: 'sigmoid' },
    plotLabel: 'Plot of GeLU and related curves; drag or use the arrow keys to move the probe',
    plotHint: 'Drag on the plot or press ← → on it (Shift: ×10).',
    probeLabel: 'Probe x',
    refuseProbe: (text, limit) => `x must be a number between -${limit} and ${limit}, got '${text}'`,
    viewLabel: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    presetLabel: (xmin, xmax) => `Show x from ${xmin} to ${xmax}`,
    keyPoints: 'key points: minimum, steepest slope',
    minimumLabel: 'minimum',
    steepestLabel: 'steepest',
    tableCaption: 'Curves: switch each on or off; values at the probe',
    columnCurve: 'Curve',
    columnValue: 'Value at x = {x}',
    errorReadout: (error) => `error ${error}`,
    off: 'off',
    offView: (x, side) => (side === 'left' ? `← probe at x = ${x}` : `probe at x = ${x} →`),
    noCurves: 'No curve is switched on.',
    errorPanelTitle: 'Approximation − exact GeLU, each on its own scale',
    errorRow: (name, value, at) => `${name}: max |error| ${value} at x = ${at}`,
    errorRowOff: (name) => `${name}: switched off`,
    description: (facts) =>
      `The plot shows ${facts.curves} for x from ${facts.xmin} to ${facts.xmax}; the probe is at x = ${facts.probe}. ` +
      `GeLU is lowest at x = ${facts.minimum[0]}, where it is ${facts.minimum[1]}, and steepest at x = ${facts.steepest[0]}, ` +
      `where its slope is ${facts.steepest[1]}. Far left it approaches 0 and far right it approaches x, like ReLU. ${facts.errors}`,
    readout: (name, value) => `${name} ${value}`,
    announce: (x, readouts) => `x = ${x}: ${readouts}`,
    listSeparator: ', ',
  },
  zh: {
    title: 'GeLU 实验室',
    curveNames: {
      gelu: '精确 GeLU',
      tanh: 'tanh 近似',
      sigmoid: 'sigmoid 近似',
      relu: 'ReLU',
      erf: 'erf',
      cdf: 'Φ（正态分布函数）',
      derivative: 'GeLU′（斜率）',
    },
    shortNames: { tanh: 'tanh', sigmoid: 'sigmoid' },
    plotLabel: 'GeLU 及相关曲线的图；拖动或用方向键移动探针',
    plotHint: '在图上拖动，或在图上按 ← →（Shift：×10）。',
    probeLabel: '探针 x',
    refuseProbe: (text, limit) => `x 必须是 -${limit} 到 ${limit} 之间的数，收到的是“${text}”`,
    viewLabel: '视图',
    zoomIn: '放大',
    zoomOut: '缩小',
    presetLabel: (xmin, xmax) => `显示 x 从 ${xmin} 到 ${xmax}`,
    keyPoints: '关键点：最小值、最陡处',
    minimumLabel: '最小值',
    steepestLabel: '最陡',
    tableCaption: '曲线：逐条开关；探针处的取值',
    columnCurve: '曲线',
    columnValue: 'x = {x} 处的值',
    errorReadout: (error) => `误差 ${error}`,
    off: '已关闭',
    offView: (x, side) => (side === 'left' ? `← 探针在 x = ${x}` : `探针在 x = ${x} →`),
    noCurves: '没有打开任何曲线。',
    errorPanelTitle: '近似值 − 精确 GeLU（纵轴各自缩放）',
    errorRow: (name, value, at) => `${name}：最大 |误差| ${value}（x = ${at}）`,
    errorRowOff: (name) => `${name}：已关闭`,
    description: (facts) =>
      `图中画出 ${facts.curves}，x 从 ${facts.xmin} 到 ${facts.xmax}；探针位于 x = ${facts.probe}。` +
      `GeLU 在 x = ${facts.minimum[0]} 处最低，值为 ${facts.minimum[1]}；在 x = ${facts.steepest[0]} 处最陡，斜率为 ${facts.steepest[1]}。` +
      `最左边趋于 0，最右边趋于 x，与 ReLU 相同。${facts.errors}`,
    readout: (name, value) => `${name} ${value}`,
    announce: (x, readouts) => `x = ${x}：${readouts}`,
    listSeparator: '；',
  },
};
