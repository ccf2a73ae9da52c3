/**
 * Shows HTML that the build produced from the chapter's Markdown (KaTeX included). It is the pipeline's own output,
 * never reader input, so it is inserted as is.
 */
export function Html({ html, block = false, className, id }: { html: string; block?: boolean; className?: string; id?: string }) {
  const Tag = block ? 'div' : 'span';
  return <Tag className={className} id={id} dangerouslySetInnerHTML={{ __html: html }} />;
}
