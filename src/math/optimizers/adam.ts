import type { Optimizer, OptimizerKind, QuantityName } from './optimizer.ts';

/** Which member of the Adam family to build. */
interface AdamVariant {
  kind: OptimizerKind;
  /** Divide m and v by 1 − βᵗ (Kingma & Ba, Alg. 1). Without it the early steps use the zero-biased m and v. */
  biasCorrection: boolean;
  /** Apply decoupled weight decay θ ← θ·(1 − α·λ) before the Adam step (PyTorch's AdamW). */
  decoupledWeightDecay: boolean;
}

/** Builds one member of the Adam family; the three exported optimizers differ only in these two switches. */
function adamFamily({ kind, biasCorrection, decoupledWeightDecay }: AdamVariant): Optimizer {
  const quantities: QuantityName[] = ['m', 'v'];
  if (biasCorrection) quantities.push('mHat', 'vHat');
  if (decoupledWeightDecay) quantities.push('decay');
  const decayIndex = quantities.indexOf('decay');
  return {
    kind,
    quantities,
    carried: 2,
    step: (theta, gradient, t, previous, next, { learningRate, beta1, beta2, epsilon, weightDecay }) => {
      const m = beta1 * previous[0]! + (1 - beta1) * gradient;
      const v = beta2 * previous[1]! + (1 - beta2) * gradient * gradient;
      const mHat = biasCorrection ? m / (1 - beta1 ** t) : m;
      const vHat = biasCorrection ? v / (1 - beta2 ** t) : v;
      next[0] = m;
      next[1] = v;
      if (biasCorrection) {
        next[2] = mHat;
        next[3] = vHat;
      }
      // PyTorch's order: shrink θ first, then take the Adam step computed from g at the old θ.
      let decayed = theta;
      if (decoupledWeightDecay) {
        decayed = theta * (1 - learningRate * weightDecay);
        next[decayIndex] = -learningRate * weightDecay * theta;
      }
      return decayed - (learningRate * mHat) / (Math.sqrt(vHat) + epsilon);
    },
  };
}

/**
 * Adam (Kingma & Ba 2015, Alg. 1): m_t = β₁m_{t−1} + (1 − β₁)g_t, v_t = β₂v_{t−1} + (1 − β₂)g_t²,
 * m̂_t = m_t/(1 − β₁ᵗ), v̂_t = v_t/(1 − β₂ᵗ), θ_t = θ_{t−1} − α·m̂_t/(√v̂_t + ε), with m₀ = v₀ = 0.
 * Its first step is exactly α·g/(|g| + ε) per coordinate: about α whatever the gradient's size.
 */
export const adam: Optimizer = adamFamily({ kind: 'adam', biasCorrection: true, decoupledWeightDecay: false });

/**
 * Adam without the bias correction: θ_t = θ_{t−1} − α·m_t/(√v_t + ε). Because m and v start at 0, early m is
 * shrunk by (1 − β₁) and early √v by √(1 − β₂): step 1 is α(1 − β₁)/√(1 − β₂) (0.316 for α = 0.1 and the defaults).
 */
export const adamWithoutBiasCorrection: Optimizer = adamFamily({
  kind: 'adam-no-bias-correction',
  biasCorrection: false,
  decoupledWeightDecay: false,
});

/**
 * AdamW (Loshchilov & Hutter 2019) as PyTorch implements it: θ ← θ·(1 − α·λ), then the Adam step. The decay is
 * not divided by √v̂, unlike "Adam + L2", which folds λθ into g.
 */
export const adamW: Optimizer = adamFamily({ kind: 'adamw', biasCorrection: true, decoupledWeightDecay: true });
