// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget } from './searchShortcut.ts';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('isSearchShortcut', () => {
  it('is `/`, Ctrl+K or Cmd+K', () => {
    expect(isSearchShortcut(press('/'))).toBe(true);
    expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }))).toBe(true);
  });
  it('is not a plain k, Alt or Shift combinations, or Ctrl+/', () => {
    expect(isSearchShortcut(press('k'))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(press('/', { altKey: true }))).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }))).toBe(false);
  });
});

describe('isTypingTarget', () => {
  const element = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild;
  };
  it('is true for text fields, text areas, selects and editable content', () => {
    for (const html of ['<input>', '<input type="search">', '<input type="number">', '<textarea></textarea>', '<select></select>']) {
      expect({ html, typing: isTypingTarget(element(html)) }).toEqual({ html, typing: true });
    }
    const editable = element('<div contenteditable="true"></div>') as HTMLElement;
    Object.defineProperty(editable, 'isContentEditable', { value: true }); // jsdom does not compute it.
    expect(isTypingTarget(editable)).toBe(true);
  });
  it('is false for buttons, check boxes, sliders, links and the page itself', () => {
    for (const html of ['<input type="checkbox">', '<input type="range">', '<button></button>', '<a href="#">x</a>']) {
      expect({ html, typing: isTypingTarget(element(html)) }).toEqual({ html, typing: false });
    }
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
