/**
 * Every piece of text the GeLU lab shows or announces, in zh and en. Numbers arrive already formatted.
 */
import type { Locale } from '../../content/locale.ts';
import type { CurveId } from './definition.ts';

/** The lab's UI text in one language. */
export interface GeluLabStrings {
  /** Accessible name of the whole widget. */
  title: string;
  /** Full curve names (legend, readouts, announcements). */
  curveNames: Record<CurveId, string>;
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
  columnValue: (x: string) => string;
  columnError: string;
  off: string;
  offView: (x: string, side: 'left' | 'right') => string;
  noCurves: string;
  errorPanelTitle: string;
  errorRow: (name: string, value: string, at: string) => string;
  errorRowOff: (name: string) => string;
  formulaLabel: string;
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
    plotLabel: 'Plot of GeLU and related curves; drag or use the arrow keys to move the probe',
    plotHint: 'Drag on the plot, or focus it and use ← →; Shift+arrow moves 10 times as far.',
    probeLabel: 'Probe x',
    refuseProbe: (text, limit) => `x must be a number between -${limit} and ${limit}, got '${text}'. Kept the last value.`,
    viewLabel: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    presetLabel: (xmin, xmax) => `Show x from ${xmin} to ${xmax}`,
    keyPoints: 'Mark key points',
    minimumLabel: 'minimum',
    steepestLabel: 'steepest',
    tableCaption: 'Curves: switch each on or off; values at the probe',
    columnCurve: 'Curve',
    columnValue: (x) => `Value at x = ${x}`,
    columnError: 'Minus exact',
    off: 'off',
    offView: (x, side) => (side === 'left' ? `← probe at x = ${x}` : `probe at x = ${x} →`),
    noCurves: 'No curve is switched on.',
    errorPanelTitle: 'Error of each approximation (approximation − exact GeLU), each on its own scale',
    errorRow: (name, value, at) => `${name}: largest |error| in view ${value} at x = ${at}`,
    errorRowOff: (name) => `${name}: switched off`,
    formulaLabel: 'The formulas at the probe',
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
      cdf: 'Φ(正态分布函数)',
      derivative: 'GeLU′(斜率)',
    },
    plotLabel: 'GeLU 及相关曲线的图;拖动或用方向键移动探针',
    plotHint: '在图上拖动,或选中图后按 ← →;按住 Shift 每次移动 10 倍距离。',
    probeLabel: '探针 x',
    refuseProbe: (text, limit) => `x 必须是 -${limit} 到 ${limit} 之间的数,收到的是“${text}”。已保留上一个值。`,
    viewLabel: '视图',
    zoomIn: '放大',
    zoomOut: '缩小',
    presetLabel: (xmin, xmax) => `显示 x 从 ${xmin} 到 ${xmax}`,
    keyPoints: '标出关键点',
    minimumLabel: '最小值',
    steepestLabel: '最陡',
    tableCaption: '曲线:逐条开关;探针处的取值',
    columnCurve: '曲线',
    columnValue: (x) => `x = ${x} 处的值`,
    columnError: '减去精确值',
    off: '已关闭',
    offView: (x, side) => (side === 'left' ? `← 探针在 x = ${x}` : `探针在 x = ${x} →`),
    noCurves: '没有打开任何曲线。',
    errorPanelTitle: '各近似的误差(近似值 − 精确 GeLU),各用自己的纵轴刻度',
    errorRow: (name, value, at) => `${name}:视图内最大 |误差| ${value},位于 x = ${at}`,
    errorRowOff: (name) => `${name}:已关闭`,
    formulaLabel: '探针处的公式',
    description: (facts) =>
      `图中画出 ${facts.curves},x 从 ${facts.xmin} 到 ${facts.xmax};探针位于 x = ${facts.probe}。` +
      `GeLU 在 x = ${facts.minimum[0]} 处最低,值为 ${facts.minimum[1]};在 x = ${facts.steepest[0]} 处最陡,斜率为 ${facts.steepest[1]}。` +
      `最左边趋于 0,最右边趋于 x,与 ReLU 相同。${facts.errors}`,
    readout: (name, value) => `${name} ${value}`,
    announce: (x, readouts) => `x = ${x}:${readouts}`,
    listSeparator: ';',
  },
};
