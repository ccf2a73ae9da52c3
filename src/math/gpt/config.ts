/**
 * The shape of a tiny GPT: how many layers, how wide, how many attention heads, how long a context, how many symbols.
 * Every other part of the engine derives its sizes from one of these.
 */

/** A model's shape. All counts are whole numbers. */
export interface GptConfig {
  /** Symbols the tokenizer knows, special tokens included. */
  vocabularySize: number;
  /** Longest sequence the model reads at once (positions 0 … contextLength − 1 have learned embeddings). */
  contextLength: number;
  /** Transformer blocks. */
  layers: number;
  /** Width of every hidden vector (d_model). A multiple of `heads`. */
  width: number;
  /** Attention heads per block; each looks at width / heads dimensions. */
  heads: number;
  /**
   * Adds a scalar head (a weight vector of `width` and a bias) beside the tied output layer: the reward model of the
   * next stage reads one number from the final hidden state with it. Default false.
   */
  scalarHead?: boolean;
}

/** The limits the engine accepts: large enough for the labs, small enough for a phone's memory. */
export const CONFIG_LIMITS = {
  vocabularySize: { min: 2, max: 4096 },
  contextLength: { min: 1, max: 512 },
  layers: { min: 1, max: 12 },
  width: { min: 2, max: 512 },
  heads: { min: 1, max: 16 },
} as const;

/** Width of the MLP's hidden layer, as a multiple of the model width (GPT-2's choice). */
export const MLP_EXPANSION = 4;

/** Throws a RangeError naming the first field that is out of range or does not fit the others. */
export function validateConfig(config: GptConfig): void {
  for (const [name, { min, max }] of Object.entries(CONFIG_LIMITS)) {
    const value = config[name as keyof typeof CONFIG_LIMITS];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
    }
  }
  if (config.width % config.heads !== 0) {
    throw new RangeError(`width (${config.width}) must be a multiple of heads (${config.heads})`);
  }
}

/** Dimensions per attention head. */
export function headSize(config: GptConfig): number {
  return config.width / config.heads;
}
