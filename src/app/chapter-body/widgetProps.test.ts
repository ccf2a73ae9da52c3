// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { readWidgetProps } from './widgetProps.ts';

function slotWith(attributes: Record<string, string>): HTMLElement {
  const slot = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) slot.setAttribute(name, value);
  return slot;
}

describe('readWidgetProps', () => {
  it('reads inline props', async () => {
    expect(await readWidgetProps(slotWith({ 'data-props': '{"x":2}' }))).toEqual({ x: 2 });
    expect(await readWidgetProps(slotWith({}))).toEqual({});
  });

  it('fetches the page’s props file once for all its slots', async () => {
    const fetchJson = vi.fn<(url: string) => Promise<unknown>>(async () => [{ questions: ['a'] }, { questions: ['b'] }]);
    const first = readWidgetProps(slotWith({ 'data-props-src': '/en/a/widget-props.json#0' }), fetchJson);
    const second = readWidgetProps(slotWith({ 'data-props-src': '/en/a/widget-props.json#1' }), fetchJson);
    expect(await first).toEqual({ questions: ['a'] });
    expect(await second).toEqual({ questions: ['b'] });
    expect(fetchJson).toHaveBeenCalledTimes(1);
    expect(fetchJson).toHaveBeenCalledWith('/en/a/widget-props.json');
  });

  it('names the place when the props are not there', async () => {
    const fetchJson = async () => [{ x: 1 }];
    await expect(readWidgetProps(slotWith({ 'data-props-src': '/en/b/widget-props.json#4' }), fetchJson)).rejects.toThrow(
      '/en/b/widget-props.json#4: no widget props at that place',
    );
  });

  it('tries again after a failed fetch (offline, then back)', async () => {
    const fetchJson = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('/en/c/widget-props.json: 503 Service Unavailable'))
      .mockResolvedValueOnce([{ x: 3 }]);
    const slot = slotWith({ 'data-props-src': '/en/c/widget-props.json#0' });
    await expect(readWidgetProps(slot, fetchJson)).rejects.toThrow('503');
    expect(await readWidgetProps(slot, fetchJson)).toEqual({ x: 3 });
  });
});
