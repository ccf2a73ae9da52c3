import type { ComponentType } from 'react';
import type { IslandName } from './names.ts';

/** Each island's component, loaded when the island hydrates (the browser entry of the production site). */
export const islandLoaders: Record<IslandName, () => Promise<ComponentType<never>>> = {
  'theme-select': () => import('./parts.tsx').then((module) => module.ThemeSelectIsland),
  search: () => import('./parts.tsx').then((module) => module.SearchIsland),
  'due-badge': () => import('./parts.tsx').then((module) => module.DueBadge),
  'progress-notice': () => import('./parts.tsx').then((module) => module.ProgressNotice),
  'update-prompt': () => import('./parts.tsx').then((module) => module.UpdatePromptIsland),
  'continue-reading': () => import('./parts.tsx').then((module) => module.ContinueReadingIsland),
  'chapter-progress': () => import('./parts.tsx').then((module) => module.ChapterProgress),
  review: () => import('./parts.tsx').then((module) => module.ReviewIsland),
};

export function isIslandName(name: string): name is IslandName {
  return Object.hasOwn(islandLoaders, name);
}
