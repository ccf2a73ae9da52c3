import { formatCompact } from './format.ts';
import type { GeluLabStrings } from './strings.ts';
import { sameView, type View, VIEW_PRESETS, ZOOM_FACTOR, zoomView } from './view.ts';

/** Props of the view toolbar. */
export interface ViewControlsProps {
  view: View;
  probe: number;
  keyPoints: boolean;
  strings: GeluLabStrings;
  onView: (view: View) => void;
  onKeyPoints: (on: boolean) => void;
}

/** Zoom out and in (about the probe when it is in view), preset ranges, and the key-point switch. */
export function ViewControls({ view, probe, keyPoints, strings, onView, onKeyPoints }: ViewControlsProps) {
  const zoomedIn = zoomView(view, 1 / ZOOM_FACTOR, probe);
  const zoomedOut = zoomView(view, ZOOM_FACTOR, probe);
  return (
    <div className="gelu-lab__toolbar" role="group" aria-label={strings.viewLabel}>
      <button type="button" aria-label={strings.zoomOut} title={strings.zoomOut} disabled={sameView(zoomedOut, view)} onClick={() => onView(zoomedOut)}>
        −
      </button>
      <button type="button" aria-label={strings.zoomIn} title={strings.zoomIn} disabled={sameView(zoomedIn, view)} onClick={() => onView(zoomedIn)}>
        +
      </button>
      {VIEW_PRESETS.map((preset) => {
        const [low, high] = [formatCompact(preset.xmin), formatCompact(preset.xmax)];
        return (
          <button
            key={`${preset.xmin}:${preset.xmax}`}
            type="button"
            aria-label={strings.presetLabel(low, high)}
            aria-pressed={sameView(preset, view)}
            onClick={() => onView(preset)}
          >
            {low}…{high}
          </button>
        );
      })}
      <label className="gelu-lab__keypoints">
        <input type="checkbox" checked={keyPoints} onChange={(event) => onKeyPoints(event.currentTarget.checked)} data-testid="toggle-keypoints" />
        {strings.keyPoints}
      </label>
    </div>
  );
}
