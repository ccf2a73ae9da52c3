/**
 * `virtual:search-index-<locale>`: made at build time by the notebook's Vite plugin (scripts/vite/notebookContent.ts)
 * with src/search/buildSearchIndex.ts from the chapters of one language. Only the search box imports it, lazily.
 */
declare module 'virtual:search-index-zh' {
  const index: import('../../search/indexFormat.ts').SerializedSearchIndex;
  export default index;
}
declare module 'virtual:search-index-en' {
  const index: import('../../search/indexFormat.ts').SerializedSearchIndex;
  export default index;
}
