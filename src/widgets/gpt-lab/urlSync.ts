/**
 * The lab's state in the page URL: the seed, the temperature and the open tab (`gpt-lab.seed=2`). The model itself
 * lives in the browser's storage, not in a link. URL values are untrusted: each is parsed by the directive's own
 * attribute parser, and what does not parse is ignored.
 */
import { attributeParsers, type GptLabProps } from './props.ts';
import { TAB_IDS, type TabId } from './strings.ts';

/** What the URL can set. */
export interface UrlLabState {
  seed: number;
  temperature: number;
  tab: TabId;
}

/** The state as it goes into a link. */
export function serialiseState(state: UrlLabState): Record<string, string> {
  return { seed: String(state.seed), temperature: String(state.temperature), tab: state.tab };
}

/** Applies the URL's values to the directive's props; what does not parse is ignored. */
export function applyUrlState(props: GptLabProps, raw: Record<string, string>): UrlLabState {
  const state: UrlLabState = { seed: props.seed, temperature: props.temperature, tab: 'pretrain' };
  const seed = raw.seed === undefined ? undefined : attributeParsers.seed.safeParse(raw.seed);
  if (seed?.success) state.seed = seed.data;
  const temperature = raw.temperature === undefined ? undefined : attributeParsers.temperature.safeParse(raw.temperature);
  if (temperature?.success) state.temperature = temperature.data;
  const tab = TAB_IDS.find((id) => id === raw.tab);
  if (tab) state.tab = tab;
  return state;
}
