/**
 * Widget state in the page URL, so that a link reproduces a view. Each widget instance owns the query keys that start
 * with its instance id and a dot (`gelu-lab.x=1.5`); the hash (the section anchor) is left alone.
 * Values are strings: the widget parses them with its own schema and ignores what does not parse.
 */

/** Reads every key of `instanceId` from the current URL, without the prefix. */
export function readUrlState(instanceId: string, search: string = window.location.search): Record<string, string> {
  const params = new URLSearchParams(search);
  const prefix = `${instanceId}.`;
  const state: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(prefix)) state[key.slice(prefix.length)] = value;
  }
  return state;
}

/**
 * Replaces the keys of `instanceId` in the URL with `state` (undefined values are removed), keeping every other key
 * and the hash. Uses replaceState: moving a slider should not fill the back button's history.
 */
export function writeUrlState(instanceId: string, state: Record<string, string | undefined>): void {
  const url = new URL(window.location.href);
  const prefix = `${instanceId}.`;
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith(prefix)) url.searchParams.delete(key);
  }
  for (const [key, value] of Object.entries(state)) {
    if (value !== undefined) url.searchParams.set(prefix + key, value);
  }
  const next = url.pathname + url.search + url.hash;
  if (next !== window.location.pathname + window.location.search + window.location.hash) {
    window.history.replaceState(window.history.state, '', next);
  }
}
