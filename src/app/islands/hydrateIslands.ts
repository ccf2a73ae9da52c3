import type { ComponentType } from 'react';
import { afterLoad } from '../afterLoad.ts';
import { ISLAND_ATTRIBUTES, islandIdPrefix } from './names.ts';
import { isIslandName, islandLoaders } from './loaders.ts';

/** Events that make a waiting island hydrate at once: the reader is about to use it. */
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * Hydrates the page's islands (src/app/islands/Island.tsx), each as a React root of its own with the useId prefix
 * the server rendered it with. An island marked "now" starts at once; the others once the page has loaded and is
 * idle, or as soon as the reader points at, focuses or types into one. React itself loads with the first island, and
 * every hydration is a transition, so React renders it in slices. Tests pass their own `loaders`.
 */
export function hydrateIslands(root: ParentNode = document, loaders: Partial<typeof islandLoaders> = islandLoaders): void {
  for (const container of root.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTES.name}]`)) {
    const name = container.getAttribute(ISLAND_ATTRIBUTES.name) ?? '';
    const load = isIslandName(name) ? loaders[name] : undefined;
    if (!load) {
      console.error(`island: there is no island named "${name}"`);
      continue;
    }
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      cancelIdle();
      for (const type of WAKE_EVENTS) container.removeEventListener(type, start);
      void hydrate(container, name, load);
    };
    let cancelIdle = () => {};
    if (container.getAttribute(ISLAND_ATTRIBUTES.when) === 'now') {
      start();
      continue;
    }
    cancelIdle = afterLoad(start);
    for (const type of WAKE_EVENTS) container.addEventListener(type, start);
  }
}

async function hydrate(container: HTMLElement, name: string, load: () => Promise<ComponentType<never>>): Promise<void> {
  try {
    const props = JSON.parse(container.getAttribute(ISLAND_ATTRIBUTES.props) ?? '{}') as Record<string, unknown>;
    const id = container.getAttribute(ISLAND_ATTRIBUTES.id) ?? name;
    const [{ createElement, StrictMode, startTransition }, { hydrateRoot }, Component] = await Promise.all([
      import('react'),
      import('react-dom/client'),
      load(),
    ]);
    startTransition(() => {
      hydrateRoot(container, createElement(StrictMode, null, createElement(Component, props as never)), {
        identifierPrefix: islandIdPrefix(id),
      });
    });
  } catch (error) {
    // The prerendered HTML stays as it is: the page reads on, only this control does not come to life.
    console.error(`island "${name}" could not start`, error);
  }
}
