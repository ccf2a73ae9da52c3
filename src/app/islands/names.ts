import type { Locale } from '../../content/locale.ts';

/** Every island and its props (JSON-safe: they travel in the page's HTML). */
export interface IslandPropsByName {
  'theme-select': { locale: Locale };
  search: { locale: Locale };
  'due-badge': { locale: Locale };
  'progress-notice': { locale: Locale };
  'update-prompt': { locale: Locale };
  'continue-reading': { locale: Locale };
  'chapter-progress': { locale: Locale; slug: string; questionIds: readonly string[] };
  review: { locale: Locale };
}

export type IslandName = keyof IslandPropsByName;
export type IslandProps<N extends IslandName> = IslandPropsByName[N];

/** Attributes of an island's container in the prerendered page, read by the browser entry. */
export const ISLAND_ATTRIBUTES = { name: 'data-island', id: 'data-island-id', props: 'data-island-props', when: 'data-island-when' } as const;

/** The useId prefix of an island, shared by the server render and the browser's hydration. */
export function islandIdPrefix(id: string): string {
  return `i-${id}-`;
}

