import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { notebookContent } from './scripts/vite/notebookContent.ts';

// The client build. scripts/build.mjs runs it, then the server build, then prerenders every page.
export default defineConfig({
  plugins: [notebookContent(), react()],
  appType: 'spa',
  build: {
    target: 'es2022',
    cssCodeSplit: true,
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
