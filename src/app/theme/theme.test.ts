// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from '../../storage/storageKeys.ts';
import { bindThemeSelect } from './theme.ts';

function themeSelect(): HTMLSelectElement {
  const select = document.createElement('select');
  for (const value of ['system', 'light', 'dark']) select.append(new Option(value, value));
  document.body.append(select);
  return select;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-theme');
  localStorage.clear();
});

describe('bindThemeSelect', () => {
  it('shows the stored choice, applies a change, and follows another tab', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    const select = themeSelect();
    bindThemeSelect(select);
    expect(select.value).toBe('dark');

    select.value = 'light';
    select.dispatchEvent(new Event('change'));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');

    localStorage.removeItem(THEME_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY }));
    expect(select.value).toBe('system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});
