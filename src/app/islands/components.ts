// The island components, imported eagerly: for the server's prerendering and the dev server's client-rendered app.
// The browser entry of the production site loads them one by one instead (./loaders.ts).
import type { IslandEnvironment } from './Island.tsx';
import { ChapterProgress, ContinueReadingIsland, DueBadge, ProgressNotice, ReviewIsland, SearchIsland, ThemeSelectIsland, UpdatePromptIsland } from './parts.tsx';

export const islandComponents: IslandEnvironment['components'] = {
  'theme-select': ThemeSelectIsland,
  search: SearchIsland,
  'due-badge': DueBadge,
  'progress-notice': ProgressNotice,
  'update-prompt': UpdatePromptIsland,
  'continue-reading': ContinueReadingIsland,
  'chapter-progress': ChapterProgress,
  review: ReviewIsland,
};
