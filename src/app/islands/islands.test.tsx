// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeSelect } from '../ThemeSelect.tsx';
import { uiStrings } from '../strings.ts';
import { hydrateIslands } from './hydrateIslands.ts';
import { Island, IslandContext, type IslandEnvironment } from './Island.tsx';
import type { Locale } from '../../content/locale.ts';

// The real components and loaders reach `virtual:` modules that only the build provides: the tests use the theme
// select (a real island) and a stand-in for the review page.
function ThemeSelectIsland({ locale }: { locale: Locale }) {
  return <ThemeSelect strings={uiStrings[locale]} />;
}
const components = { 'theme-select': ThemeSelectIsland, review: () => <p>review</p> } as unknown as IslandEnvironment['components'];
const loaders = { 'theme-select': () => Promise.resolve(ThemeSelectIsland as never) };

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
        <Island name="review" id="review" as="div" when="now" props={{ locale: 'en' }} />
      </nav>,
    );
    document.body.innerHTML = html;
    const theme = document.querySelector('[data-island="theme-select"]')!;
    expect(theme.tagName).toBe('SPAN');
    expect(JSON.parse(theme.getAttribute('data-island-props')!)).toEqual({ locale: 'zh' });
    expect(theme.getAttribute('data-island-when')).toBe('idle');
    // The label and the select share an id made with the island's own prefix, which hydration reuses.
    const select = theme.querySelector('select')!;
    expect(select.id).toMatch(/^_i-theme-/);
    expect(theme.querySelector('label')!.htmlFor).toBe(select.id);
    expect(document.querySelector('[data-island="review"]')!.getAttribute('data-island-when')).toBe('now');
  });

  it('hydrate without a mismatch once the page is idle, and then respond to the reader', async () => {
    document.body.innerHTML = prerender(<Island name="theme-select" id="theme" props={{ locale: 'en' }} />);
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const errors = vi.spyOn(console, 'error');
    const selectBefore = document.querySelector('select')!;
    hydrateIslands(document, loaders);
    expect(idle).toHaveLength(1); // Waiting for an idle moment, not hydrating yet.
    idle[0]!();
    await vi.waitFor(() => expect(Object.keys(selectBefore).some((key) => key.startsWith('__reactFiber'))).toBe(true));
    expect(document.querySelector('select')).toBe(selectBefore); // Hydrated in place, not re-rendered.
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(errors).not.toHaveBeenCalled();
  });

  it('hydrate at once when the reader reaches for one before the page is idle', async () => {
    document.body.innerHTML = prerender(<Island name="theme-select" id="theme" props={{ locale: 'en' }} />);
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => {});
    hydrateIslands(document, loaders);
    const select = document.querySelector('select')!;
    fireEvent.focusIn(select);
    await vi.waitFor(() => expect(Object.keys(select).some((key) => key.startsWith('__reactFiber'))).toBe(true));
  });

  it('leave an unknown island as it is and say so', () => {
    document.body.innerHTML = '<span data-island="no-such-island"></span>';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    hydrateIslands(document, loaders);
    expect(errors).toHaveBeenCalledWith('island: there is no island named "no-such-island"');
  });
});
