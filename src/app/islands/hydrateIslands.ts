import type { ComponentType } from 'react';
import { onProgressPresent } from '../../storage/progressPresent.ts';
import { afterLoad } from '../afterLoad.ts';
import { onUpdateReady } from '../offline/updateReady.ts';
import type { IslandWake } from './Island.tsx';
import { ISLAND_ATTRIBUTES, islandIdPrefix } from './names.ts';
import { isIslandName, islandLoaders } from './loaders.ts';
import { hasSavedReading, hasSavedReviews } from '../../storage/savedProgress.ts';

/**
 * Events that make a waiting island hydrate at once: the reader is about to use it. `input` covers text that comes
 * without a key press: an input method's composed text, dictation, a paste from the context menu.
 */
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown', 'input'] as const;

/** Each wake-up other than `now`: it calls `wake` when its moment comes and returns the function that stops waiting. */
export type WakeSignals = Record<Exclude<IslandWake, 'now'>, (wake: () => void) => () => void>;

/** One look at the progress database per page, however many islands wait for it (the home page has ten). */
let savedReviews: Promise<boolean> | undefined;

const browserSignals: WakeSignals = {
  'saved-reviews': (wake) => {
    let waiting = true;
    const cancel = afterLoad(() => void (savedReviews ??= hasSavedReviews()).then((saved) => saved && waiting && wake()));
    const stopListening = onProgressPresent(wake);
    return () => {
      waiting = false;
      cancel();
      stopListening();
    };
  },
  'saved-reading': (wake) => afterLoad(() => hasSavedReading() && wake()),
  update: (wake) => onUpdateReady(() => wake()),
};

/**
 * Hydrates the page's islands (src/app/islands/Island.tsx), each as a React root of its own with the useId prefix
 * the server rendered it with, when it wakes: at once (`now`), when its data or event comes (see IslandWake), or as
 * soon as the reader points at, focuses or types into it. React itself loads with the first island to wake, so a
 * first visit to a chapter runs no React at all until the reader uses a control; every hydration is a transition,
 * which React renders in slices. Tests pass their own `loaders` and `signals`.
 */
export function hydrateIslands(
  root: ParentNode = document,
  loaders: Partial<typeof islandLoaders> = islandLoaders,
  signals: WakeSignals = browserSignals,
): void {
  for (const container of root.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTES.name}]`)) {
    const name = container.getAttribute(ISLAND_ATTRIBUTES.name) ?? '';
    const load = isIslandName(name) ? loaders[name] : undefined;
    if (!load) {
      console.error(`island: there is no island named "${name}"`);
      continue;
    }
    const wakes = (container.getAttribute(ISLAND_ATTRIBUTES.when) ?? '').split(' ').filter(Boolean);
    // At once when asked to, or when the reader got there first: focus moved in (by Tab, or by the search shortcut)
    // before this page's code ran.
    if (wakes.includes('now') || container.contains(document.activeElement)) {
      void hydrate(container, name, load);
      continue;
    }
    const stops: (() => void)[] = [];
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      for (const stop of stops) stop();
      void hydrate(container, name, load);
    };
    for (const type of WAKE_EVENTS) {
      container.addEventListener(type, start);
      stops.push(() => container.removeEventListener(type, start));
    }
    for (const wake of wakes) {
      if (Object.hasOwn(signals, wake)) stops.push(signals[wake as keyof WakeSignals](start));
      else console.error(`island "${name}": there is no wake-up named "${wake}"`);
    }
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
