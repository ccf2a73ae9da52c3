/**
 * `virtual:search-index`: made at build time by the notebook's Vite plugin (scripts/vite/notebookContent.ts) with
 * src/search/buildSearchIndex.ts from every chapter of every locale. Only the search box imports it, lazily.
 */
declare module 'virtual:search-index' {
  const index: import('../../search/indexFormat.ts').SerializedSearchIndex;
  export default index;
}
