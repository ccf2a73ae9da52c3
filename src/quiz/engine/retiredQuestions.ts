/**
 * Questions that were once in the notebook and are no longer: removed as duplicates, or merged into another question.
 * A reader's stored history may still name them; the progress migration (src/storage) uses this list so that such
 * history is either carried over to the question that replaced it (`replacedBy`) or kept aside as retired, never left
 * pointing at nothing. Entries are never deleted: a reader may import a file exported years ago.
 */
export interface RetiredQuestion {
  /** The id of the question that now asks the same thing, if any (same in both locales). */
  replacedBy?: string;
  /** Why it was retired, for maintainers (not shown to readers). */
  note: string;
}

/** Every retired question id, with what became of it. Filled in by whoever removes a question from a chapter. */
export const RETIRED_QUESTIONS: Readonly<Record<string, RetiredQuestion>> = {
  // Issue #20: one question per idea across the notebook. Each id below asked what the question in replacedBy asks.
  'overview-training-order': { replacedBy: 'rlhf-stage-order', note: 'stage order was asked in 01, 03, 05 and 08; 03 keeps it' },
  'loss-stage-order': { replacedBy: 'rlhf-stage-order', note: 'stage order was asked in 01, 03, 05 and 08; 03 keeps it' },
  'build-your-own-stages-order': { replacedBy: 'rlhf-stage-order', note: 'stage order was asked in 01, 03, 05 and 08; 03 keeps it' },
  'overview-temperature': { replacedBy: 'architecture-temperature', note: 'T → 0 was asked in 01, 02 and 05; 02 keeps it' },
  'loss-temperature': { replacedBy: 'architecture-temperature', note: 'T → 0 was asked in 01, 02 and 05; 02 keeps it' },
  'rlhf-alignment-meaning': { replacedBy: 'overview-alignment-meaning', note: 'the meaning of alignment was asked in 01 and 03' },
  'architecture-size-tf': { replacedBy: 'overview-1-5b', note: 'whose size 1.5B is was asked in 01 and 02' },
  'architecture-gelu-where': { replacedBy: 'gelu-where-in-gpt', note: "GeLU's place in a block was asked in 02 and 04" },
  'architecture-memory-tf': { replacedBy: 'overview-stateless', note: 'the stateless model was asked in 01 and 02' },
  'loss-softmax-shift': { replacedBy: 'architecture-softmax-shift', note: 'shifting the logits was asked in 02 and 05' },
  'build-your-own-sft-select': { replacedBy: 'rlhf-sft-selection', note: 'SFT checkpoint selection was asked in 03 and 08' },
  'build-your-own-rm-scores': { replacedBy: 'rlhf-score-shift', note: 'the meaning of a reward score was asked in 03 and 08' },
  'build-your-own-beta': { replacedBy: 'rlhf-kl-beta', note: "InstructGPT's β was asked in 03 and 08" },
  'build-your-own-kl-why': { replacedBy: 'rlhf-kl-purpose', note: 'the purpose of the KL penalty was asked in 03 and 08' },
  'rlhf-pairs-k9': { replacedBy: 'rlhf-pairs-k4', note: 'C(K, 2) was asked three times (03 twice, 08); 03 keeps K = 4' },
  'build-your-own-pairs': { replacedBy: 'rlhf-pairs-k4', note: 'C(K, 2) was asked three times (03 twice, 08); 03 keeps K = 4' },
  'build-your-own-data-kinds': { replacedBy: 'loss-rm-feedback', note: 'what rankings train was asked in 05 and 08' },
};
