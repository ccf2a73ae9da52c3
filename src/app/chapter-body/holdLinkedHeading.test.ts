// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdLinkedHeading } from './holdLinkedHeading.ts';

/** A stand-in for ResizeObserver (jsdom has none): the test reports size changes by hand. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  observed: Element[] = [];
  connected = true;
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.connected = false;
  }
  /** Reports a size change, as the browser does when a block is laid out at its real height. */
  resize() {
    if (this.connected) this.callback();
  }
}

let scrolled: string[];

beforeEach(() => {
  FakeResizeObserver.all = [];
  scrolled = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.useFakeTimers();
  document.body.innerHTML = `<article class="chapter-body">
    <section class="chapter-section"><h2 id="first">First</h2><p>a</p></section>
    <section class="chapter-section"><h2 id="second">Second</h2><p>b</p><ul><li>c</li></ul></section>
  </article><h2 id="outside">Not in the chapter</h2>`;
  for (const heading of document.querySelectorAll('h2')) heading.scrollIntoView = () => scrolled.push(heading.id);
  window.location.hash = '';
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const body = () => document.querySelector<HTMLElement>('.chapter-body')!;

describe('holdLinkedHeading', () => {
  it('brings the linked heading back whenever a section or block changes size, until the time is up', () => {
    window.location.hash = '#second';
    const stop = holdLinkedHeading(body(), 2000);
    const [observer] = FakeResizeObserver.all;
    expect(observer!.observed.map((element) => element.tagName)).toEqual(['SECTION', 'H2', 'P', 'SECTION', 'H2', 'P', 'UL']);
    observer!.resize();
    observer!.resize();
    expect(scrolled).toEqual(['second', 'second']);
    vi.advanceTimersByTime(2000);
    observer!.resize();
    expect(scrolled).toEqual(['second', 'second']);
    stop();
  });

  it('lets go at the reader’s first scroll, tap or key', () => {
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
      window.location.hash = '#first';
      const stop = holdLinkedHeading(body());
      const observer = FakeResizeObserver.all.at(-1)!;
      window.dispatchEvent(new Event(type));
      observer.resize();
      expect({ type, connected: observer.connected }).toEqual({ type, connected: false });
      stop();
    }
    expect(scrolled).toEqual([]);
  });

  it('holds again after an in-page jump, and ignores anchors that are missing or outside the chapter', () => {
    const stop = holdLinkedHeading(body());
    expect(FakeResizeObserver.all).toEqual([]); // no anchor: nothing to hold
    for (const hash of ['#nowhere', '#outside', '#first']) {
      window.location.hash = hash;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    expect(FakeResizeObserver.all).toHaveLength(1);
    FakeResizeObserver.all[0]!.resize();
    expect(scrolled).toEqual(['first']);
    window.location.hash = '#second';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(FakeResizeObserver.all[0]!.connected).toBe(false); // the earlier hold ends
    FakeResizeObserver.all[1]!.resize();
    expect(scrolled).toEqual(['first', 'second']);
    stop();
    expect(FakeResizeObserver.all[1]!.connected).toBe(false);
  });
});
