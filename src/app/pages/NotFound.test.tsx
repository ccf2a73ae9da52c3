// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotFound } from './NotFound.tsx';

describe('the not-found page', () => {
  afterEach(cleanup);

  it.each([
    ['zh', '找不到这一页', 'Page not found'],
    ['en', 'Page not found', '找不到这一页'],
  ] as const)('says so in %s first, then in the other language, each linking to its chapter list', (locale, first, second) => {
    const { container } = render(<NotFound locale={locale} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(first);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(second);
    const sections = [...container.querySelectorAll('section')];
    expect(sections.map((section) => section.lang)).toEqual(locale === 'zh' ? ['zh', 'en'] : ['en', 'zh']);
    for (const section of sections) {
      expect(within(section).getByRole('link').getAttribute('href')).toBe(`/${section.lang}/`);
    }
  });
});
