import { type KeyboardEvent, type PointerEvent, type RefObject, useRef } from 'react';
import type { Surface } from '../../math/surfaces/surface.ts';
import { formatNumber } from '../../ui/formatNumber.ts';
import type { Projection } from './geometry.ts';
import type { AdamLabStrings } from './strings.ts';

/** Arrow keys move the start by this fraction of the domain's width; Shift or Page keys by ten times as much. */
export const KEY_STEP_FRACTION = 1 / 60;
const HANDLE_RADIUS = 7;
const HIT_RADIUS = 18;

/** Props of the draggable, focusable start point. */
export interface StartHandleProps {
  surface: Surface;
  start: readonly number[];
  projection: Projection;
  svgRef: RefObject<SVGSVGElement | null>;
  strings: AdamLabStrings;
  describedBy: string;
  onMove: (start: number[]) => void;
}

/** The start point as text: "(1, 1)" or "θ = 1". */
export function pointText(point: readonly number[]): string {
  return point.length === 1 ? `θ = ${formatNumber(point[0]!)}` : `(${point.map((value) => formatNumber(value)).join(', ')})`;
}

/** Where a pointer event falls on the SVG, in SVG units (one unit is one CSS pixel). */
export function pointerPosition(svg: SVGSVGElement, event: { clientX: number; clientY: number }): [number, number] {
  const box = svg.getBoundingClientRect();
  return [event.clientX - box.left, event.clientY - box.top];
}

/**
 * The start point: drag it with a pointer, or focus it and use the arrow keys (← → move x or θ, ↑ ↓ move y; Shift or
 * Page Up/Down for ten times larger moves; Home for the surface's default start). A slider to assistive technology,
 * with the point as its value text.
 */
export function StartHandle({ surface, start, projection, svgRef, strings, describedBy, onMove }: StartHandleProps) {
  const dragging = useRef(false);
  const [cx, cy] = projection.project(start);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const width = surface.domain[0]![1] - surface.domain[0]![0];
    const large = event.shiftKey || event.key === 'PageUp' || event.key === 'PageDown';
    const delta = width * KEY_STEP_FRACTION * (large ? 10 : 1);
    const next = start.slice();
    const vertical = surface.dimension === 2 ? 1 : 0;
    switch (event.key) {
      case 'ArrowLeft':
        next[0] = next[0]! - delta;
        break;
      case 'ArrowRight':
        next[0] = next[0]! + delta;
        break;
      case 'ArrowUp':
      case 'PageUp':
        next[vertical] = next[vertical]! + delta;
        break;
      case 'ArrowDown':
      case 'PageDown':
        next[vertical] = next[vertical]! - delta;
        break;
      case 'Home':
        onMove(surface.defaultStart.slice());
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    onMove(next);
  };

  const moveTo = (event: PointerEvent<SVGGElement>) => {
    const svg = svgRef.current;
    if (svg) onMove(projection.invert(...pointerPosition(svg, event)));
  };

  return (
    <g
      className="adam-lab__handle"
      // An SVG point cannot be an <input>: a focusable <g> with the slider role is the ARIA way to expose it.
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="slider"
      tabIndex={0}
      aria-label={strings.handleLabel}
      aria-roledescription={strings.handleRole}
      aria-valuemin={surface.domain[0]![0]}
      aria-valuemax={surface.domain[0]![1]}
      aria-valuenow={start[0]}
      aria-valuetext={strings.handleValue(pointText(start))}
      aria-describedby={describedBy}
      data-testid="start-handle"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.stopPropagation();
      }}
      onPointerMove={(event) => {
        if (dragging.current) moveTo(event);
      }}
      onPointerUp={(event) => {
        dragging.current = false;
        event.currentTarget.releasePointerCapture?.(event.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
      onClick={(event) => event.stopPropagation()}
    >
      <circle className="adam-lab__handle-hit" cx={cx} cy={cy} r={HIT_RADIUS} />
      <circle className="adam-lab__handle-ring" cx={cx} cy={cy} r={HANDLE_RADIUS} />
    </g>
  );
}
