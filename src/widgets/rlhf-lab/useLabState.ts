import { useEffect, useMemo, useReducer } from 'react';
import type { PpoMode } from '../../math/rlhf/ppo.ts';
import { readUrlState } from '../../ui/urlState.ts';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import { initialLabState, labReducer, type LabState } from './labState.ts';
import type { LabTab, NumericSetting, RewardSource, RlhfLabProps } from './props.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

/** Steps per second while playing: fast enough to watch a fit settle, slow enough to read the numbers move. */
export const PLAY_RATE = { reward: 20, ppo: 12 } as const;

/** Every way the reader changes the lab, as callbacks that keep their identity (memoised controls skip renders). */
export interface LabActions {
  tab: (tab: LabTab) => void;
  move: (from: number, to: number) => void;
  ranking: (ranking: number[]) => void;
  setting: (key: NumericSetting, value: number) => void;
  shift: (value: number) => void;
  mode: (mode: PpoMode) => void;
  reward: (reward: RewardSource) => void;
  step: (which: 'reward' | 'ppo') => void;
  reset: (which: 'reward' | 'ppo') => void;
  quickFit: () => void;
  /** Plays `which`, or pauses it while it plays. */
  playPause: (which: 'reward' | 'ppo') => void;
  /** Advances what plays by one step, up to `limit`. */
  tick: (limit: number) => void;
}

/**
 * The lab's state: the directive's props overridden by whatever the URL holds for this instance, written back to the
 * URL (throttled, and not while playing) once the reader changes something.
 */
export function useLabState(props: RlhfLabProps, instanceId: string): [LabState, LabActions] {
  const [state, dispatch] = useReducer(labReducer, props, (initial) =>
    applyUrlState(initialLabState(initial.settings, initial.ranking), typeof window === 'undefined' ? {} : readUrlState(instanceId), initial),
  );
  useUrlStateWriter(instanceId, serialiseState(state, props), state.playing !== undefined);
  const actions = useMemo(
    (): LabActions => ({
      tab: (tab) => dispatch({ type: 'tab', tab }),
      move: (from, to) => dispatch({ type: 'move', from, to }),
      ranking: (ranking) => dispatch({ type: 'ranking', ranking }),
      setting: (key, value) => dispatch({ type: 'setting', key, value }),
      shift: (value) => dispatch({ type: 'shift', value }),
      mode: (mode) => dispatch({ type: 'mode', mode }),
      reward: (reward) => dispatch({ type: 'reward', reward }),
      step: (which) => dispatch({ type: 'step', which }),
      reset: (which) => dispatch({ type: 'reset', which }),
      quickFit: () => dispatch({ type: 'quickFit' }),
      playPause: (which) => dispatch({ type: 'playPause', which }),
      tick: (limit) => dispatch({ type: 'tick', limit }),
    }),
    [],
  );
  return [state, actions];
}

/**
 * Advances whatever plays at PLAY_RATE, up to `limit` (the last step it can reach: the end, or the step before a
 * divergence), where it pauses. `onTick` is LabActions.tick.
 */
export function usePlayback(playing: LabState['playing'], limit: number, onTick: (limit: number) => void): void {
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => onTick(limit), 1000 / PLAY_RATE[playing]);
    return () => window.clearInterval(timer);
  }, [playing, limit, onTick]);
}
