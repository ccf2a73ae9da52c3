// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../search/buildSearchIndex.ts';
import { enChapters, zhChapters } from '../../search/fixtures/sampleChapters.ts';
import type { SerializedSearchIndex } from '../../search/indexFormat.ts';
import { loadSearchIndex, searchIndex } from '../../search/searchIndex.ts';
import type { LocaleSearch } from './loadLocaleIndex.ts';
import { SearchBox } from './SearchBox.tsx';

// The real loader imports `virtual:search-index`, which only the build provides; the tests pass their own index.
vi.mock('./loadLocaleIndex.ts', () => ({ loadLocaleIndex: () => Promise.reject(new Error('no index in tests')) }));

let serialized: SerializedSearchIndex;
beforeAll(() => {
  const hostile = {
    ...enChapters[1]!,
    slug: 'hostile',
    title: 'Hostile <b>chapter</b>',
    headings: [{ id: 'x', text: 'Heading <img src=x onerror=alert(1)>' }],
    html: '<h2 id="x">Heading &lt;img src=x onerror=alert(1)&gt;</h2><p>&lt;script&gt;alert("onerror")&lt;/script&gt; onerror</p>',
  };
  serialized = JSON.parse(JSON.stringify(buildSearchIndex([...zhChapters, ...enChapters, hostile]))) as SerializedSearchIndex;
});
afterEach(cleanup);

/** Renders the box with an index that loads at once (or fails), and a recorded navigation. */
function setup(locale: 'zh' | 'en' = 'en', fail = false) {
  const loadIndex = vi.fn<(wanted: string) => Promise<LocaleSearch>>((wanted) => {
    if (fail) return Promise.reject(new Error('offline'));
    const index = loadSearchIndex(serialized, wanted);
    return Promise.resolve({ search: (query: string) => searchIndex(index, query) });
  });
  const navigate = vi.fn<(href: string) => void>();
  render(<SearchBox locale={locale} loadIndex={loadIndex} navigate={navigate} />);
  const input = screen.getByRole('combobox');
  return { input, loadIndex, navigate };
}

/** Types into the field and lets the index load and the deferred query settle. */
async function type(input: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
  });
  await act(async () => {
    await Promise.resolve();
  });
}

describe('SearchBox', () => {
  it('is a labelled combobox that loads the index only when used', async () => {
    const { input, loadIndex } = setup('zh');
    expect(screen.getByLabelText('搜索笔记')).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(loadIndex).not.toHaveBeenCalled();
    await act(async () => fireEvent.focus(input));
    expect(loadIndex).toHaveBeenCalledWith('zh');
  });

  it('shows results grouped by chapter with the matches marked', async () => {
    const { input } = setup('en');
    await type(input, 'adam');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby') && document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'The Adam optimizer',
      'Loss functions',
    ]);
    const options = screen.getAllByRole('option');
    expect(options[0]!.textContent).toContain('Adam and its bias correction');
    expect(options[0]!.querySelector('mark')?.textContent).toBe('Adam');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
  });

  it('finds Chinese text and labels a quiz snippet', async () => {
    const { input } = setup('zh');
    await type(input, '剪切范围');
    const [option] = screen.getAllByRole('option');
    expect(option!.textContent).toContain('PPO 的剪切目标');
    expect(option!.textContent).toContain('测验');
    expect(option!.querySelector('mark')?.textContent).toBe('剪切范围');
  });

  it('moves through results with the arrow keys and opens the active one with Enter', async () => {
    const { input, navigate } = setup('en');
    await type(input, 'adam');
    const options = screen.getAllByRole('option');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' }); // Wraps to the last.
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(navigate).toHaveBeenCalledWith('/en/adam/#adam-and-bias-correction');
  });

  it('opens a result on click', async () => {
    const { input, navigate } = setup('en');
    await type(input, 'cross entropy');
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(navigate).toHaveBeenCalledWith('/en/loss/#cross-entropy');
  });

  it('closes with Escape, and clears with a second Escape', async () => {
    const { input } = setup('en');
    await type(input, 'adam');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toEqual([]);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('says when nothing is found', async () => {
    const { input } = setup('en');
    await type(input, 'xylophone');
    expect(screen.getByText('Nothing found for “xylophone”.')).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows indexed text as text, never as markup', async () => {
    const { input } = setup('en');
    await type(input, 'onerror');
    const option = screen.getAllByRole('option')[0]!;
    expect(option.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.search img, .search script, .search b')).toBeNull();
  });

  it('says when the index cannot be loaded, and tries again on the next focus', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { input, loadIndex } = setup('en', true);
    await type(input, 'adam');
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.getByText(/could not be loaded/)).toBeTruthy();
    await act(async () => fireEvent.focus(input));
    expect(loadIndex).toHaveBeenCalledTimes(2);
  });

  it('focuses the field on / and Ctrl+K, but not while typing in another field', async () => {
    const { input } = setup('en');
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(input);
    input.blur();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(input);
    other.remove();
  });
});
