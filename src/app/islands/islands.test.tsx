// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeSelect } from '../theme/ThemeSelect.tsx';
import { uiStrings } from '../strings.ts';
import { hydrateIslands, type WakeSignals } from './hydrateIslands.ts';
import { Island, IslandContext, type IslandEnvironment } from './Island.tsx';
import type { Locale } from '../../content/locale.ts';

// The real components and loaders reach `virtual:` modules that only the build provides: the tests use the theme
// select (a real island) and a stand-in for the review page.
function ThemeSelectIsland({ locale }: { locale: Locale }) {
  return <ThemeSelect strings={uiStrings[locale]} />;
}
const components = { 'theme-select': ThemeSelectIsland, review: () => <p>review</p> } as unknown as IslandEnvironment['components'];
const loaders = { 'theme-select': () => Promise.resolve(ThemeSelectIsland as never) };
/** Signals that never come. */
const quietSignals: WakeSignals = { 'saved-reviews': () => () => {}, 'saved-reading': () => () => {}, update: () => () => {} };

function isHydrated(element: Element): boolean {
  return Object.keys(element).some((key) => key.startsWith('__reactFiber'));
}

/** The page as prerendering writes it: the islands rendered by the server, each as a root of its own. */
function prerender(children: React.ReactNode): string {
  return renderToString(
    <IslandContext value={{ components, render: (element, identifierPrefix) => renderToString(element, { identifierPrefix }) }}>
      {children}
    </IslandContext>,
  );
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-theme');
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('islands', () => {
  it('prerender as separate roots carrying their name, id, props and timing', () => {
    const html = prerender(
      <nav>
        <Island name="theme-select" id="theme" props={{ locale: 'zh' }} />
        <Island name="review" id="review" as="div" when={['now']} props={{ locale: 'en' }} />
      </nav>,
    );
    document.body.innerHTML = html;
    const theme = document.querySelector('[data-island="theme-select"]')!;
    expect(theme.tagName).toBe('SPAN');
    expect(JSON.parse(theme.getAttribute('data-island-props')!)).toEqual({ locale: 'zh' });
    expect(theme.hasAttribute('data-island-when')).toBe(false); // Wakes only when the reader reaches for it.
    // The label and the select share an id made with the island's own prefix, which hydration reuses.
    const select = theme.querySelector('select')!;
    expect(select.id).toMatch(/^_i-theme-/);
    expect(theme.querySelector('label')!.htmlFor).toBe(select.id);
    expect(document.querySelector('[data-island="review"]')!.getAttribute('data-island-when')).toBe('now');
  });

  it('hydrate without a mismatch when their signal comes, and then respond to the reader', async () => {
    document.body.innerHTML = prerender(<Island name="theme-select" id="theme" when={['saved-reviews']} props={{ locale: 'en' }} />);
    const waiting: (() => void)[] = [];
    const signals = { ...quietSignals, 'saved-reviews': (wake: () => void) => (waiting.push(wake), () => {}) };
    const errors = vi.spyOn(console, 'error');
    const selectBefore = document.querySelector('select')!;
    hydrateIslands(document, loaders, signals);
    expect(waiting).toHaveLength(1); // Waiting for its signal, not hydrating yet.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isHydrated(selectBefore)).toBe(false);
    waiting[0]!();
    await vi.waitFor(() => expect(isHydrated(selectBefore)).toBe(true));
    expect(document.querySelector('select')).toBe(selectBefore); // Hydrated in place, not re-rendered.
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(errors).not.toHaveBeenCalled();
  });

  it('without a signal stay static HTML, however idle the page, until the reader reaches for one', async () => {
    document.body.innerHTML = prerender(<Island name="theme-select" id="theme" props={{ locale: 'en' }} />);
    const load = vi.fn<() => Promise<never>>(loaders['theme-select']);
    hydrateIslands(document, { 'theme-select': load }, quietSignals);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).not.toHaveBeenCalled();
    fireEvent.pointerDown(document.querySelector('select')!);
    await vi.waitFor(() => expect(isHydrated(document.querySelector('select')!)).toBe(true));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('say so when an island names a signal that does not exist', () => {
    document.body.innerHTML = '<span data-island="theme-select" data-island-when="someday"></span>';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    hydrateIslands(document, loaders, quietSignals);
    expect(errors).toHaveBeenCalledWith('island "theme-select": there is no wake-up named "someday"');
  });

  it('hydrate at once when the reader focuses one still waiting for its signal', async () => {
    document.body.innerHTML = prerender(<Island name="theme-select" id="theme" when={['saved-reading']} props={{ locale: 'en' }} />);
    hydrateIslands(document, loaders, quietSignals);
    const select = document.querySelector('select')!;
    fireEvent.focusIn(select);
    await vi.waitFor(() => expect(isHydrated(select)).toBe(true));
  });

  it('hydrate at once when the reader reached one before the page code ran, or enters text without a key', async () => {
    document.body.innerHTML = prerender(
      <>
        <Island name="theme-select" id="focused" props={{ locale: 'en' }} />
        <Island name="theme-select" id="typed" props={{ locale: 'en' }} />
      </>,
    );
    const [focused, typed] = [...document.querySelectorAll('select')];
    focused!.focus(); // By Tab, before the entry's task bound anything.
    hydrateIslands(document, loaders, quietSignals);
    await vi.waitFor(() => expect(isHydrated(focused!)).toBe(true));
    expect(isHydrated(typed!)).toBe(false);
    fireEvent.input(typed!); // An input method's text comes as `input`, with no keydown.
    await vi.waitFor(() => expect(isHydrated(typed!)).toBe(true));
  });

  it('leave an unknown island as it is and say so', () => {
    document.body.innerHTML = '<span data-island="no-such-island"></span>';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    hydrateIslands(document, loaders);
    expect(errors).toHaveBeenCalledWith('island: there is no island named "no-such-island"');
  });
});
