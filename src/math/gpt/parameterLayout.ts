/**
 * Where each weight of a model lives. All parameters sit in one flat array, in the order below, and each tensor is a
 * view into it: the optimiser, gradient clipping, checkpoints and the gradient buffer (same layout) then treat the
 * model as one vector, while the layers see named matrices. Matrices are stored row-major as [out, in], as in llm.c.
 */
import { mulberry32, randomNormal } from '../random.ts';
import { type GptConfig, MLP_EXPANSION, validateConfig } from './config.ts';

/** Either precision: Float32Array in the browser, Float64Array for gradient checks. */
export type FloatArray = Float32Array | Float64Array;

/** A constructor of either precision. */
export type FloatArrayConstructor = Float32ArrayConstructor | Float64ArrayConstructor;

/** How a tensor starts: N(0, 0.02²) as GPT-2, N(0, (0.02/√(2·layers))²) for projections into the residual stream, 0 or 1. */
export type Initialiser = 'normal' | 'residual' | 'zeros' | 'ones';

/** One named tensor of the layout. */
export interface TensorSpec {
  name: string;
  /** Dimensions, outermost first. */
  shape: number[];
  /** Element offset in the flat array. */
  offset: number;
  size: number;
  init: Initialiser;
  /** AdamW's weight decay applies to it (matrices and embeddings; not biases or layer-norm gains). */
  decay: boolean;
}

/** The named tensors of one transformer block. */
export interface BlockTensors<A extends FloatArray> {
  norm1Gain: A;
  norm1Bias: A;
  /** [3·width, width]: queries, keys and values in one matrix. */
  attentionInWeight: A;
  attentionInBias: A;
  /** [width, width]. */
  attentionOutWeight: A;
  attentionOutBias: A;
  norm2Gain: A;
  norm2Bias: A;
  /** [4·width, width]. */
  mlpInWeight: A;
  mlpInBias: A;
  /** [width, 4·width]. */
  mlpOutWeight: A;
  mlpOutBias: A;
}

/** Views of every tensor in one flat array (parameters or their gradients). */
export interface ModelTensors<A extends FloatArray> {
  /** The flat array itself. */
  all: A;
  /** [vocabularySize, width]: token embeddings, also the output layer (tied). */
  tokenEmbedding: A;
  /** [contextLength, width]: learned position embeddings. */
  positionEmbedding: A;
  blocks: BlockTensors<A>[];
  finalNormGain: A;
  finalNormBias: A;
  /** [width] and [1], present when the config asks for a scalar head. */
  scalarHeadWeight: A | undefined;
  scalarHeadBias: A | undefined;
}

const BLOCK_FIELDS: [keyof BlockTensors<FloatArray>, (c: GptConfig) => number[], Initialiser, boolean][] = [
  ['norm1Gain', (c) => [c.width], 'ones', false],
  ['norm1Bias', (c) => [c.width], 'zeros', false],
  ['attentionInWeight', (c) => [3 * c.width, c.width], 'normal', true],
  ['attentionInBias', (c) => [3 * c.width], 'zeros', false],
  ['attentionOutWeight', (c) => [c.width, c.width], 'residual', true],
  ['attentionOutBias', (c) => [c.width], 'zeros', false],
  ['norm2Gain', (c) => [c.width], 'ones', false],
  ['norm2Bias', (c) => [c.width], 'zeros', false],
  ['mlpInWeight', (c) => [MLP_EXPANSION * c.width, c.width], 'normal', true],
  ['mlpInBias', (c) => [MLP_EXPANSION * c.width], 'zeros', false],
  ['mlpOutWeight', (c) => [c.width, MLP_EXPANSION * c.width], 'residual', true],
  ['mlpOutBias', (c) => [c.width], 'zeros', false],
];

/** The tensors of a config, in storage order, with their offsets. Throws on an invalid config. */
export function parameterLayout(config: GptConfig): TensorSpec[] {
  validateConfig(config);
  const specs: TensorSpec[] = [];
  let offset = 0;
  const add = (name: string, shape: number[], init: Initialiser, decay: boolean) => {
    const size = shape.reduce((product, dimension) => product * dimension, 1);
    specs.push({ name, shape, offset, size, init, decay });
    offset += size;
  };
  add('tokenEmbedding', [config.vocabularySize, config.width], 'normal', true);
  add('positionEmbedding', [config.contextLength, config.width], 'normal', true);
  for (let layer = 0; layer < config.layers; layer += 1) {
    for (const [field, shape, init, decay] of BLOCK_FIELDS) add(`blocks.${layer}.${field}`, shape(config), init, decay);
  }
  add('finalNormGain', [config.width], 'ones', false);
  add('finalNormBias', [config.width], 'zeros', false);
  if (config.scalarHead) {
    add('scalarHeadWeight', [config.width], 'zeros', false);
    add('scalarHeadBias', [1], 'zeros', false);
  }
  return specs;
}

/** Total number of parameters of a config (every weight and bias, the tied output layer counted once). */
export function parameterCount(config: GptConfig): number {
  const layout = parameterLayout(config);
  const last = layout[layout.length - 1]!;
  return last.offset + last.size;
}

/** Named views into `all`, which must hold parameterCount(config) elements. */
export function tensorViews<A extends FloatArray>(config: GptConfig, all: A): ModelTensors<A> {
  const layout = parameterLayout(config);
  const total = layout[layout.length - 1]!.offset + layout[layout.length - 1]!.size;
  if (all.length !== total) throw new RangeError(`expected ${total} parameters for this config, got ${all.length}`);
  const view = (spec: TensorSpec) => all.subarray(spec.offset, spec.offset + spec.size) as A;
  const byName = new Map(layout.map((spec) => [spec.name, view(spec)]));
  const get = (name: string) => byName.get(name)!;
  const blocks: BlockTensors<A>[] = [];
  for (let layer = 0; layer < config.layers; layer += 1) {
    const block = {} as BlockTensors<A>;
    for (const [field] of BLOCK_FIELDS) block[field] = get(`blocks.${layer}.${field}`);
    blocks.push(block);
  }
  return {
    all,
    tokenEmbedding: get('tokenEmbedding'),
    positionEmbedding: get('positionEmbedding'),
    blocks,
    finalNormGain: get('finalNormGain'),
    finalNormBias: get('finalNormBias'),
    scalarHeadWeight: byName.get('scalarHeadWeight'),
    scalarHeadBias: byName.get('scalarHeadBias'),
  };
}

/** Standard deviation of the GPT-2 initialisation. */
export const INIT_STD = 0.02;

/**
 * Fills `all` with a fresh initialisation drawn from `seed`: the same seed always gives the same weights. Residual
 * projections are scaled by 1/√(2·layers) so that the residual stream's variance does not grow with depth (GPT-2).
 */
export function initialiseParameters(config: GptConfig, all: FloatArray, seed: number): void {
  const random = mulberry32(seed);
  const residualStd = INIT_STD / Math.sqrt(2 * config.layers);
  for (const spec of parameterLayout(config)) {
    for (let index = spec.offset; index < spec.offset + spec.size; index += 1) {
      all[index] =
        spec.init === 'ones' ? 1
        : spec.init === 'zeros' ? 0
        : randomNormal(random) * (spec.init === 'residual' ? residualStd : INIT_STD);
    }
  }
}
