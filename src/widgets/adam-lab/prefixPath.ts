/**
 * A polyline path drawn once with d3-shape and then cut at any vertex: stepping through a run of 1,000 steps takes a
 * substring of a string built once, instead of formatting 1,000 points per step for every optimizer.
 */
import { line } from 'd3-shape';

/** Paths with one decimal: plenty at one SVG unit per pixel, and short strings for the browser to parse. */
const pathOf = line().digits(1);

/** A polyline that can be cut after any vertex. */
export interface PrefixPath {
  /** The SVG path through the first `count` vertices: '' for none, a bare move-to for one. */
  through: (count: number) => string;
}

/** Builds the path through all `points` (finite pixel coordinates) and remembers where each vertex ends. */
export function prefixPath(points: readonly (readonly [number, number])[]): PrefixPath {
  const full = pathOf(points as [number, number][]) ?? '';
  // d3-shape writes "M x,y" then "L x,y" per further vertex (the runs hold finite points only): a vertex ends where
  // the next "L" starts.
  const ends: number[] = [];
  for (let index = full.indexOf('L'); index !== -1; index = full.indexOf('L', index + 1)) ends.push(index);
  ends.push(full.length);
  return {
    through: (count) => (count <= 0 ? '' : full.slice(0, ends[Math.min(count, ends.length) - 1])),
  };
}
