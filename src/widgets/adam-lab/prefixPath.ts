/**
 * A polyline path drawn once with d3-shape and then cut at any vertex: stepping through a run of 1,000 steps takes a
 * substring of a string built once, instead of formatting 1,000 points per step for every optimizer. Vertices closer
 * than `tolerance` pixels to the last kept one are left out (a slow optimizer crawls in sub-pixel steps), which keeps
 * the path short for the browser to paint; the cut path still ends exactly at the requested vertex.
 */
import { line } from 'd3-shape';

/** Paths with one decimal: plenty at one SVG unit per pixel, and short strings for the browser to parse. */
const pathOf = line().digits(1);
/** d3-path's rounding for one decimal, so an appended vertex reads exactly as d3 would write it. */
const round = (value: number) => Math.round(value * 10) / 10;

/** Default distance (px) under which a vertex is dropped: half a pixel cannot be seen. */
export const PATH_TOLERANCE_PX = 0.5;

/** A polyline that can be cut after any vertex. */
export interface PrefixPath {
  /** The SVG path through the first `count` vertices: '' for none, a bare move-to for one. */
  through: (count: number) => string;
}

/** Builds the path through `points` (finite pixel coordinates), keeping vertices at least `tolerance` px apart. */
export function prefixPath(points: readonly (readonly [number, number])[], tolerance = PATH_TOLERANCE_PX): PrefixPath {
  const kept: number[] = [];
  // keptUpTo[i]: how many kept vertices have an index ≤ i.
  const keptUpTo = new Int32Array(points.length);
  points.forEach(([x, y], index) => {
    const last = kept.length > 0 ? points[kept[kept.length - 1]!]! : undefined;
    if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) kept.push(index);
    keptUpTo[index] = kept.length;
  });
  const full = pathOf(kept.map((index) => points[index] as [number, number])) ?? '';
  // d3-shape writes "M x,y" then "L x,y" per further vertex: a vertex ends where the next "L" starts.
  const ends: number[] = [];
  for (let index = full.indexOf('L'); index !== -1; index = full.indexOf('L', index + 1)) ends.push(index);
  ends.push(full.length);
  return {
    through: (count) => {
      const lastIndex = Math.min(count, points.length) - 1;
      if (lastIndex < 0) return '';
      const keptCount = keptUpTo[lastIndex]!;
      const head = keptCount === 1 && kept.length === 1 ? full.replace(/Z$/, '') : full.slice(0, ends[keptCount - 1]);
      if (kept[keptCount - 1] === lastIndex) return head;
      const [x, y] = points[lastIndex]!;
      return `${head}L${round(x)},${round(y)}`;
    },
  };
}
