import { Fragment, type PointerEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Preference } from '../../math/rlhf/bradleyTerry.ts';
import { Announcer } from '../../ui/Announcer.tsx';
import { ANNOUNCE_INTERVAL_MS, type RlhfLabProps } from './props.ts';
import { ReplyCard } from './ReplyCard.tsx';
import type { RlhfLabStrings } from './strings.ts';

/** Props of step 1. */
export interface RankPanelProps {
  props: RlhfLabProps;
  ranking: readonly number[];
  pairs: readonly Preference[];
  strings: RlhfLabStrings;
  onMove: (from: number, to: number) => void;
  onRanking: (ranking: number[]) => void;
  onNext: () => void;
}

/** Which control of which reply gets the focus once a move has re-rendered the list. */
type FocusAfterMove = { reply: string; control: 'handle' | 'up' | 'down' };

/**
 * Step 1: the prompt, the replies as cards in the reader's order, and the C(K, 2) pairs that order gives. A card moves
 * by dragging its handle (pointer events, so touch works too: the card follows the pointer from slot to slot), by its
 * ▲/▼ buttons, or by ↑/↓ on its handle.
 */
export function RankPanel({ props, ranking, pairs, strings, onMove, onRanking, onNext }: RankPanelProps) {
  const { replies, features, text } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | undefined>();
  const focusAfterMove = useRef<FocusAfterMove | undefined>(undefined);
  const positionRef = useRef(-1);
  const [moved, setMoved] = useState('');

  const move = useCallback(
    (from: number, to: number, control: FocusAfterMove['control']) => {
      const reply = replies[ranking[from]!]!.id;
      focusAfterMove.current = { reply, control };
      onMove(from, to);
      setMoved(strings.moved(reply, to + 1, ranking.length));
    },
    [replies, ranking, onMove, strings],
  );

  // After every render: a move re-renders the list, and the moved card's control must keep the focus.
  useLayoutEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = undefined;
    const card = listRef.current?.querySelector<HTMLElement>(`[data-reply="${wanted.reply}"]`);
    const control = card?.querySelector<HTMLButtonElement>(wanted.control === 'handle' ? '.rlhf-lab__handle' : `[data-testid="${wanted.control}-${wanted.reply}"]`);
    // A ▲ that reached the top is disabled: the handle keeps the focus instead.
    (control && !control.disabled ? control : card?.querySelector<HTMLButtonElement>('.rlhf-lab__handle'))?.focus();
  });

  const onDragStart = useCallback(
    (position: number, event: PointerEvent<HTMLButtonElement>) => {
      if (event.button !== 0) return;
      // No text selection or focus change while dragging. The listeners sit on the window, not on a captured handle:
      // React moves card elements in the DOM as the order changes, and a moved element loses its pointer capture.
      event.preventDefault();
      positionRef.current = position;
      setDragging(ranking[position]);
      const onPointerMove = (moveEvent: globalThis.PointerEvent) => {
        const cards = [...(listRef.current?.children ?? [])];
        const target = cards.findIndex((card) => moveEvent.clientY < card.getBoundingClientRect().bottom);
        const to = target < 0 ? cards.length - 1 : target;
        if (to !== positionRef.current) {
          onMove(positionRef.current, to);
          positionRef.current = to;
        }
      };
      const onPointerUp = () => {
        window.removeEventListener('pointermove', onPointerMove);
        window.removeEventListener('pointerup', onPointerUp);
        window.removeEventListener('pointercancel', onPointerUp);
        setDragging(undefined);
      };
      window.addEventListener('pointermove', onPointerMove);
      window.addEventListener('pointerup', onPointerUp);
      window.addEventListener('pointercancel', onPointerUp);
    },
    [ranking, onMove],
  );

  const isDefault = ranking.every((index, position) => index === props.ranking[position]);
  const id = (index: number) => replies[index]!.id;
  return (
    <>
      <p className="visually-hidden">{strings.rankSummary(ranking.map(id).join(', '), pairs.length)}</p>
      <p className="rlhf-lab__prompt">
        <span className="rlhf-lab__prompt-label">{strings.promptLabel}</span>{' '}
        {/* The chapter's own Markdown, rendered at build time. */}
        {/* oxlint-disable-next-line react/no-danger */}
        <span dangerouslySetInnerHTML={{ __html: text.prompt }} />
      </p>
      <p className="rlhf-lab__hint">{strings.rankHint}</p>
      <ol className="rlhf-lab__cards" ref={listRef} data-testid="ranking">
        {ranking.map((replyIndex, position) => (
          <ReplyCard
            key={replyIndex}
            id={id(replyIndex)}
            position={position}
            count={ranking.length}
            html={text.replies[replyIndex]!}
            features={features}
            featureText={text.features}
            values={replies[replyIndex]!.values}
            dragging={dragging === replyIndex}
            strings={strings}
            onMove={move}
            onDragStart={onDragStart}
          />
        ))}
      </ol>
      <p className="rlhf-lab__pairs" data-testid="pairs">
        {strings.pairsIntro(ranking.length, pairs.length)}{' '}
        {pairs.map((pair, index) => (
          // A space between pairs, so that they are read (and copied) as separate words.
          <Fragment key={index}>
            {index > 0 ? ' ' : null}
            <span className="rlhf-lab__pair">
              {id(pair.winner)}≻{id(pair.loser)}
            </span>
          </Fragment>
        ))}
      </p>
      <div className="rlhf-lab__actions">
        <button type="button" onClick={() => onRanking(props.ranking)} disabled={isDefault} data-testid="default-ranking">
          {strings.defaultRanking}
        </button>
        <button type="button" onClick={onNext} data-testid="next-reward">
          {strings.next.reward}
        </button>
      </div>
      <Announcer text={moved} intervalMs={ANNOUNCE_INTERVAL_MS} />
    </>
  );
}
