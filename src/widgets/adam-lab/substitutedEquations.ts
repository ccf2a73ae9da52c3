/**
 * Adam's update equations (Kingma & Ba, arXiv:1412.6980, Algorithm 1) as LaTeX, symbolic or with one coordinate's numbers of step t
 * substituted. Pure strings; the component typesets them with KaTeX.
 */
import type { StepRecord } from '../../math/optimizers/runOptimizer.ts';
import { formatTex } from '../../ui/formatNumber.ts';

/** The settings the equations show. */
export interface EquationSettings {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
}

/** The six equations of Adam with symbols only (before the first step). */
export const SYMBOLIC_EQUATIONS: readonly string[] = [
  'g_t=\\nabla_\\theta f(\\theta_{t-1})',
  'm_t=\\beta_1 m_{t-1}+(1-\\beta_1)\\,g_t',
  'v_t=\\beta_2 v_{t-1}+(1-\\beta_2)\\,g_t^{2}',
  '\\hat m_t=\\dfrac{m_t}{1-\\beta_1^{t}}',
  '\\hat v_t=\\dfrac{v_t}{1-\\beta_2^{t}}',
  '\\theta_t=\\theta_{t-1}-\\alpha\\,\\dfrac{\\hat m_t}{\\sqrt{\\hat v_t}+\\epsilon}',
];

/**
 * The six equations for coordinate `index` (named `coordinate`: x, y or θ) at step t = current.step ≥ 1, with the
 * numbers substituted: symbol form = numbers = result.
 */
export function substitutedEquations(
  previous: StepRecord,
  current: StepRecord,
  index: number,
  coordinate: string,
  settings: EquationSettings,
): string[] {
  const t = current.step;
  const n = (value: number | undefined) => formatTex(value ?? Number.NaN);
  const factor = (value: number | undefined) => formatTex(value ?? Number.NaN, { factor: true });
  const g = current.gradient?.[index];
  const mPrevious = previous.m?.[index];
  const vPrevious = previous.v?.[index];
  const m = current.m?.[index];
  const v = current.v?.[index];
  const mHat = current.mHat?.[index];
  const vHat = current.vHat?.[index];
  const thetaPrevious = previous.theta[index];
  const theta = current.theta[index];
  const { lr, beta1, beta2, eps } = settings;
  const partial = coordinate === '\\theta' ? 'f\'(\\theta_{t-1})' : `\\tfrac{\\partial f}{\\partial ${coordinate}}(\\theta_{t-1})`;
  return [
    `g_{${t}}=${partial}=${n(g)}`,
    `m_{${t}}=${n(beta1)}\\cdot ${factor(mPrevious)}+${n(1 - beta1)}\\cdot ${factor(g)}=${n(m)}`,
    `v_{${t}}=${n(beta2)}\\cdot ${factor(vPrevious)}+${n(1 - beta2)}\\cdot ${factor(g)}^{2}=${n(v)}`,
    `\\hat m_{${t}}=\\dfrac{${n(m)}}{1-${n(beta1)}^{${t}}}=${n(mHat)}`,
    `\\hat v_{${t}}=\\dfrac{${n(v)}}{1-${n(beta2)}^{${t}}}=${n(vHat)}`,
    `${coordinate}_{${t}}=${n(thetaPrevious)}-${n(lr)}\\cdot\\dfrac{${factor(mHat)}}{\\sqrt{${n(vHat)}}+${n(eps)}}=${n(theta)}`,
  ];
}
