import { useCallback, useMemo, useState } from 'react';
import { mulberry32, type RandomSource } from '../../math/random.ts';
import { countDraws, pickIndex, samplingStages, type SamplingStages } from '../../math/sampling.ts';
import { readUrlState } from '../../ui/urlState.ts';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import { LIMITS, type SamplingLabProps } from './props.ts';
import { applyUrlState, type SamplingState, serialiseState } from './urlSync.ts';

/** The lab's state, what follows from it, and the ways to change it. */
export interface SamplingLab {
  state: SamplingState;
  stages: SamplingStages;
  /** How often each candidate was drawn in the first `state.draws` draws. */
  counts: number[];
  /** The candidate the latest draw picked, or undefined before the first draw. */
  lastDraw: number | undefined;
  setLogit: (index: number, value: number) => void;
  setTemperature: (value: number) => void;
  setTopK: (value: number) => void;
  setTopP: (value: number) => void;
  /** Draws `count` more (up to LIMITS.draws in all). */
  draw: (count: number) => void;
  clearDraws: () => void;
  /** The next seed: the same number of draws, from another stream. */
  reseed: () => void;
}

/** One seed's uniform numbers, generated once and kept, so that a new draw extends the list rather than redoing it. */
interface UniformStream {
  /** The first `count` numbers of the stream. */
  take: (count: number) => readonly number[];
}

/** The stream of mulberry32(seed). */
function uniformStream(seed: number): UniformStream {
  const random: RandomSource = mulberry32(seed);
  const values: number[] = [];
  return {
    take: (count) => {
      while (values.length < count) values.push(random());
      return values.length === count ? values : values.slice(0, count);
    },
  };
}

/** Clamps a value to [min, max]: controls refuse bad values first, so this only guards against a stray one. */
const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/**
 * The lab's state: the directive's props overridden by the URL, written back to the URL once the reader changes
 * something. The draws are recomputed from the seed on every change, with the same uniform numbers mapped through the
 * current probabilities, so dragging a logit reshapes the histogram of the very same draws and a link reproduces it.
 */
export function useSamplingState(props: SamplingLabProps, instanceId: string): SamplingLab {
  const [state, setState] = useState<SamplingState>(() => applyUrlState(props, readUrlState(instanceId)));
  useUrlStateWriter(instanceId, serialiseState(state));
  const stream = useMemo(() => uniformStream(state.seed), [state.seed]);

  const stages = useMemo(
    () => samplingStages(state.logits, { temperature: state.temperature, topK: state.topK, topP: state.topP }),
    [state.logits, state.temperature, state.topK, state.topP],
  );
  const { counts, lastDraw } = useMemo(() => {
    const drawn = stream.take(state.draws).map((uniform) => pickIndex(stages.final, uniform));
    return { counts: countDraws(drawn, stages.final.length), lastDraw: drawn.at(-1) };
  }, [stages, stream, state.draws]);

  const setLogit = useCallback((index: number, value: number) => {
    setState((previous) => ({ ...previous, logits: previous.logits.map((old, i) => (i === index ? clamp(value, LIMITS.logit) : old)) }));
  }, []);
  const setTemperature = useCallback((value: number) => setState((previous) => ({ ...previous, temperature: clamp(value, LIMITS.temperature) })), []);
  const setTopK = useCallback((value: number) => setState((previous) => ({ ...previous, topK: clamp(Math.round(value), LIMITS.topK) })), []);
  const setTopP = useCallback((value: number) => setState((previous) => ({ ...previous, topP: clamp(value, LIMITS.topP) })), []);
  const draw = useCallback((count: number) => setState((previous) => ({ ...previous, draws: clamp(previous.draws + count, LIMITS.draws) })), []);
  const clearDraws = useCallback(() => setState((previous) => ({ ...previous, draws: 0 })), []);
  const reseed = useCallback(() => setState((previous) => ({ ...previous, seed: (previous.seed + 1) % (LIMITS.seed.max + 1) })), []);

  return { state, stages, counts, lastDraw, setLogit, setTemperature, setTopK, setTopP, draw, clearDraws, reseed };
}
