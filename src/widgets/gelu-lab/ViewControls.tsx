import type { GeluLabStrings } from './strings.ts';
import { formatPosition, sameView, type View, VIEW_PRESETS, ZOOM_FACTOR, zoomView } from './view.ts';

/** Props of the view toolbar. */
export interface ViewControlsProps {
  view: View;
  probe: number;
  strings: GeluLabStrings;
  onView: (view: View) => void;
}

/** Zoom out and in (about the probe when it is in view) and preset ranges. */
export function ViewControls({ view, probe, strings, onView }: ViewControlsProps) {
  const zoomedIn = zoomView(view, 1 / ZOOM_FACTOR, probe);
  const zoomedOut = zoomView(view, ZOOM_FACTOR, probe);
  return (
    <fieldset className="gelu-lab__toolbar">
      <legend className="visually-hidden">{strings.viewLabel}</legend>
      <button type="button" aria-label={strings.zoomOut} title={strings.zoomOut} disabled={sameView(zoomedOut, view)} onClick={() => onView(zoomedOut)}>
        −
      </button>
      <button type="button" aria-label={strings.zoomIn} title={strings.zoomIn} disabled={sameView(zoomedIn, view)} onClick={() => onView(zoomedIn)}>
        +
      </button>
      {VIEW_PRESETS.map((preset) => {
        const [low, high] = [formatPosition(preset.xmin), formatPosition(preset.xmax)];
        // The accessible name starts with the visible text, so that voice control can say what it sees.
        return (
          <button
            key={`${preset.xmin}:${preset.xmax}`}
            type="button"
            aria-label={`${low}…${high}: ${strings.presetLabel(low, high)}`}
            aria-pressed={sameView(preset, view)}
            onClick={() => onView(preset)}
          >
            {low}…{high}
          </button>
        );
      })}
    </fieldset>
  );
}
