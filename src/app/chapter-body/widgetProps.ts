/**
 * A widget slot's props: inline in `data-props`, or, for the large ones the prerender moved out of the page (a
 * chapter's quiz questions), in the page's widget-props.json, named by `data-props-src="<url>#<index>"`. That file is
 * fetched once per page, when the first such widget mounts.
 */

const files = new Map<string, Promise<unknown>>();

/** The props of `slot`. Rejects with a message naming the file when they cannot be had (offline and not cached). */
export async function readWidgetProps(
  slot: HTMLElement,
  fetchJson: (url: string) => Promise<unknown> = fetchJsonFile,
): Promise<object> {
  const source = slot.dataset.propsSrc;
  if (!source) return JSON.parse(slot.dataset.props ?? '{}') as object;
  const [url = '', index = ''] = source.split('#');
  let file = files.get(url);
  if (!file) {
    file = fetchJson(url);
    files.set(url, file);
    // A failed fetch is not kept: the next widget to mount tries again.
    file.catch(() => files.delete(url));
  }
  const all = await file;
  const props = Array.isArray(all) ? (all[Number(index)] as unknown) : undefined;
  if (typeof props !== 'object' || props === null) throw new Error(`${source}: no widget props at that place`);
  return props;
}

async function fetchJsonFile(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}
