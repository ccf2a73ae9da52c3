import { defineConfig } from 'vitest/config';

// Unit and component tests live beside the code. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` line at the top; everything else runs in plain Node.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'bench/**/*.test.mjs'],
    environment: 'node',
    restoreMocks: true,
  },
});
