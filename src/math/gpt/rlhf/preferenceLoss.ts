/**
 * The reward model's loss (chapter 3, "the reward model"): for a comparison whose preferred reply scores r_w and the
 * other r_l, −log σ(r_w − r_l), averaged over a batch of comparisons. σ(r_w − r_l) is the model's probability that a
 * person prefers the winner, so the loss is logistic regression on "which one wins"; only the difference of the two
 * scores enters, so adding a constant to every score changes nothing. σ and log σ are chapter 3's RLHF lab's
 * (src/math/rlhf/bradleyTerry.ts), which fits the same loss to a linear reward model.
 */
import { logSigmoid, sigmoid } from '../../rlhf/bradleyTerry.ts';

/** A batch of comparisons scored by a reward model: the loss, how often it ranks them right, and the gradient. */
export interface PreferenceLoss {
  /** mean −log σ(r_w − r_l), in nats per comparison (0 for an empty batch). */
  loss: number;
  /** Share of comparisons with r_w > r_l; a tie counts one half (a model that cannot tell them apart is at chance). */
  accuracy: number;
  /** r_w − r_l per comparison. */
  margins: Float64Array;
  /** ∂loss/∂r_w = −(1 − σ(r_w − r_l))/N per comparison. */
  dchosen: Float64Array;
  /** ∂loss/∂r_l = +(1 − σ(r_w − r_l))/N per comparison. */
  drejected: Float64Array;
}

/** The pairwise loss of comparisons i = 0 … N − 1, whose preferred reply scored chosen[i] and the other rejected[i]. */
export function preferenceLoss(chosen: ArrayLike<number>, rejected: ArrayLike<number>): PreferenceLoss {
  const count = chosen.length;
  if (rejected.length !== count) throw new RangeError(`${count} chosen scores but ${rejected.length} rejected ones`);
  const margins = new Float64Array(count);
  const dchosen = new Float64Array(count);
  const drejected = new Float64Array(count);
  let loss = 0;
  let right = 0;
  for (let i = 0; i < count; i += 1) {
    const margin = chosen[i]! - rejected[i]!;
    margins[i] = margin;
    loss -= logSigmoid(margin);
    right += margin > 0 ? 1 : margin === 0 ? 0.5 : 0;
    // d(−log σ(m))/dm = −(1 − σ(m)) = −σ(−m).
    const pull = sigmoid(-margin) / count;
    dchosen[i] = -pull;
    drejected[i] = pull;
  }
  return { loss: count > 0 ? loss / count : 0, accuracy: count > 0 ? right / count : 0, margins, dchosen, drejected };
}
