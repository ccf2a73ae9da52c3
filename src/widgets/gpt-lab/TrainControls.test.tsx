// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LossChart } from './LossChart.tsx';
import { STRINGS } from './strings.ts';
import { TrainControls } from './TrainControls.tsx';

afterEach(cleanup);
const strings = STRINGS.en;

describe('TrainControls', () => {
  it('asks for a second press before a reset throws away a trained model', () => {
    const onReset = vi.fn<() => void>();
    render(<TrainControls stage="pretrain" running={false} canTrain trained strings={strings} onTrain={vi.fn<() => void>()} onPause={vi.fn<() => void>()} onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: strings.confirmReset }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('resets an untrained model at once, and shows Pause while training', () => {
    const onReset = vi.fn<() => void>();
    const onPause = vi.fn<() => void>();
    const { rerender } = render(<TrainControls stage="sft" running={false} canTrain trained={false} strings={strings} onTrain={vi.fn<() => void>()} onPause={onPause} onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    rerender(<TrainControls stage="sft" running canTrain trained strings={strings} onTrain={vi.fn<() => void>()} onPause={onPause} onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onPause).toHaveBeenCalledTimes(1);
  });
});

describe('LossChart', () => {
  it('draws both curves and says what they show in words', () => {
    const { container } = render(
      <LossChart train={[[10, 4.5], [20, 3.25]]} validation={[[20, 3.5]]} total={100} stageName="pretraining" strings={strings} width={300} />,
    );
    expect(container.querySelector('.gpt-lab__line--train')?.getAttribute('d')).toMatch(/^M.*L/);
    expect(container.querySelectorAll('.gpt-lab__dot')).toHaveLength(1);
    expect(container.textContent).toContain('Training loss went from 4.500 to 3.250 nats per token; latest validation loss 3.500.');
  });
});
