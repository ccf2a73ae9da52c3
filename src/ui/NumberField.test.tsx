// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField, type NumberFieldProps } from './NumberField.tsx';

const refuse = (text: string, low: number, high: number) => `refused ${text}: ${low} to ${high}`;
const field = (props: Partial<NumberFieldProps> = {}) => (
  <NumberField label="x" value={1} min={-4} max={4} step={0.01} refuse={refuse} onChange={() => {}} testId="probe" {...props} />
);
const text = () => screen.getByTestId('probe-input') as HTMLInputElement;
const type = (value: string) => {
  fireEvent.change(text(), { target: { value } });
  fireEvent.keyDown(text(), { key: 'Enter' });
};

afterEach(cleanup);

describe('NumberField', () => {
  it('tags its slider and text box with the test id', () => {
    render(field());
    expect((screen.getByTestId('probe-slider') as HTMLInputElement).type).toBe('range');
    expect(text().type).toBe('text');
  });

  it('hands on a typed value within the hard limits, and refuses others with a message, keeping the value', () => {
    const onChange = vi.fn<(value: number) => void>();
    render(field({ onChange, hardMin: -10, hardMax: 10 }));
    type('7.5');
    expect(onChange).toHaveBeenLastCalledWith(7.5);
    type('abc');
    type('11');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByText('refused 11: -10 to 10')).toBeTruthy();
    expect(text().getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a value set from elsewhere and drops a pending refusal', () => {
    const { rerender } = render(field());
    type('abc');
    expect(text().value).toBe('abc');
    rerender(field({ value: 2.5 }));
    expect(text().value).toBe('2.5');
    expect(text().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/refused/)).toBeNull();
  });

  it('maps a log slider onto [min, max]', () => {
    const onChange = vi.fn<(value: number) => void>();
    render(field({ log: true, min: 1e-4, max: 10, value: 0.1, onChange }));
    const slider = screen.getByTestId('probe-slider') as HTMLInputElement;
    expect(slider.max).toBe('1000');
    fireEvent.change(slider, { target: { value: '1000' } });
    expect(onChange.mock.calls[0]![0]).toBeCloseTo(10, 10);
  });
});
