// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from './Tabs.tsx';

const IDS = ['one', 'two', 'three'] as const;
type Id = (typeof IDS)[number];

function Harness({ keepMounted = false }: { keepMounted?: boolean }) {
  const [active, setActive] = useState<Id>('one');
  return (
    <Tabs
      ids={IDS}
      active={active}
      onSelect={setActive}
      label="Steps"
      names={{ one: 'One', two: 'Two', three: 'Three' }}
      renderPanel={(id) => <input aria-label={`field ${id}`} defaultValue={id} />}
      keepMounted={keepMounted}
    />
  );
}

afterEach(cleanup);

describe('Tabs', () => {
  it('moves and selects with the arrow keys, Home and End, wrapping around, and focuses the tab it selects', () => {
    render(<Harness />);
    const tab = (id: Id) => screen.getByTestId(`tab-${id}`);
    fireEvent.keyDown(tab('one'), { key: 'ArrowRight' });
    expect(tab('two').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('two'));
    fireEvent.keyDown(tab('two'), { key: 'End' });
    expect(tab('three').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('three'), { key: 'ArrowRight' });
    expect(tab('one').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('one'), { key: 'ArrowLeft' });
    expect(tab('three').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('three'), { key: 'Home' });
    expect(tab('one').getAttribute('aria-selected')).toBe('true');
    // Only the selected tab is in the tab order.
    expect(IDS.map((id) => tab(id).tabIndex)).toEqual([0, -1, -1]);
  });

  it('ties each tab to its panel and renders only the active panel unless asked to keep all', () => {
    const { unmount } = render(<Harness />);
    const panel = screen.getByTestId('panel-two');
    expect(screen.getByTestId('tab-two').getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(true);
    expect(panel.childElementCount).toBe(0);
    unmount();
    render(<Harness keepMounted />);
    fireEvent.change(screen.getByLabelText('field one'), { target: { value: 'typed' } });
    fireEvent.click(screen.getByTestId('tab-two'));
    fireEvent.click(screen.getByTestId('tab-one'));
    expect((screen.getByLabelText('field one') as HTMLInputElement).value).toBe('typed');
  });
});
