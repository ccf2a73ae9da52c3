import { memo, useId } from 'react';
import { SURFACE_IDS } from '../../math/surfaces/catalog.ts';
import type { SurfaceId } from '../../math/surfaces/surface.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the surface picker. */
export interface SurfacePickerProps {
  surface: SurfaceId;
  strings: AdamLabStrings;
  onSurface: (surface: SurfaceId) => void;
}

/** The labelled list of surfaces. Memoised: a lab re-rendering for its settings or steps leaves the select alone. */
export const SurfacePicker = memo(function SurfacePicker({ surface, strings, onSurface }: SurfacePickerProps) {
  const selectId = useId();
  return (
    <label className="adam-lab__inline-field" htmlFor={selectId}>
      {strings.surfaceLabel}
      <select
        id={selectId}
        value={surface}
        onChange={(event) => onSurface(event.currentTarget.value as SurfaceId)}
        data-testid="surface-select"
      >
        {SURFACE_IDS.map((id) => (
          <option key={id} value={id}>
            {strings.surfaceNames[id]}
          </option>
        ))}
      </select>
    </label>
  );
});
