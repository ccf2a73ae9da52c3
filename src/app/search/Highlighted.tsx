import type { ReactNode } from 'react';
import type { TextRange } from '../../search/snippet.ts';

/**
 * Text with some ranges marked. Built from React elements (never HTML from the index), so whatever a chapter
 * contains is shown as text.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts: ReactNode[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start < position || end > text.length || start >= end) continue; // Out of order or out of bounds: skip.
    if (start > position) parts.push(text.slice(position, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    position = end;
  }
  if (position < text.length) parts.push(text.slice(position));
  return <>{parts}</>;
}
