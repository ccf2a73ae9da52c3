import { type KeyboardEvent, memo, type PointerEvent } from 'react';
import { formatNumber } from '../../ui/formatNumber.ts';
import type { RlhfFeature, RlhfLabText } from './props.ts';
import type { RlhfLabStrings } from './strings.ts';

/** Props of one reply's card in the ranking. */
export interface ReplyCardProps {
  id: string;
  /** The reply's place in the ranking, 0 = best. */
  position: number;
  count: number;
  html: string;
  features: readonly RlhfFeature[];
  featureText: RlhfLabText['features'];
  /** Authored feature values. */
  values: readonly number[];
  dragging: boolean;
  strings: RlhfLabStrings;
  /** Moves the card at `from` to `to` (positions); `focus` says which of its controls keeps the focus. */
  onMove: (from: number, to: number, focus: 'handle' | 'up' | 'down') => void;
  onDragStart: (position: number, event: PointerEvent<HTMLButtonElement>) => void;
}

/**
 * A reply: its rank, id, text and features, with a handle (drag it, or press ↑/↓ on it) and ▲/▼ buttons. Every
 * control is a button, so it works from the keyboard; the handle's name says where the reply stands.
 */
export const ReplyCard = memo(function ReplyCard(props: ReplyCardProps) {
  const { id, position, count, strings } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const to = event.key === 'ArrowUp' ? position - 1 : event.key === 'ArrowDown' ? position + 1 : undefined;
    if (to === undefined) return;
    event.preventDefault();
    if (to >= 0 && to < count) props.onMove(position, to, 'handle');
  };
  return (
    <li className="rlhf-lab__card" data-reply={id} data-dragging={props.dragging ? '' : undefined}>
      <button
        type="button"
        className="rlhf-lab__handle"
        aria-label={strings.handleLabel(id, position + 1, count)}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => props.onDragStart(position, event)}
        data-testid={`handle-${id}`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="rlhf-lab__rank" aria-hidden="true">
        {position + 1}
      </span>
      <div className="rlhf-lab__card-body">
        <p className="rlhf-lab__reply">
          <strong className="rlhf-lab__reply-id">{id}</strong>{' '}
          {/* The chapter's own Markdown, rendered to HTML at build time: never reader input. */}
          {/* oxlint-disable-next-line react/no-danger */}
          <span dangerouslySetInnerHTML={{ __html: props.html }} />
        </p>
        <ul className="rlhf-lab__features" aria-label={strings.featuresOf(id)}>
          {props.features.map((feature, j) => {
            const value = props.values[j]!;
            const { label, unit } = props.featureText[j]!;
            if (feature.scale !== undefined) {
              return (
                <li key={feature.id} data-feature={feature.id}>
                  {strings.featureAmount(label, formatNumber(value), unit)}
                </li>
              );
            }
            const yes = value !== 0;
            return (
              <li key={feature.id} data-feature={feature.id} data-value={yes ? 'yes' : 'no'}>
                <span aria-hidden="true">{yes ? '✓ ' : '✗ '}</span>
                <span className="visually-hidden">{yes ? strings.yes : strings.no}: </span>
                {label}
              </li>
            );
          })}
        </ul>
      </div>
      <div className="rlhf-lab__move">
        <button type="button" aria-label={strings.moveUp(id)} title={strings.moveUp(id)} disabled={position === 0} onClick={() => props.onMove(position, position - 1, 'up')} data-testid={`up-${id}`}>
          <span aria-hidden="true">▲</span>
        </button>
        <button type="button" aria-label={strings.moveDown(id)} title={strings.moveDown(id)} disabled={position === count - 1} onClick={() => props.onMove(position, position + 1, 'down')} data-testid={`down-${id}`}>
          <span aria-hidden="true">▼</span>
        </button>
      </div>
    </li>
  );
});
