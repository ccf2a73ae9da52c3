import { Component, type ReactNode, StrictMode, startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Locale } from '../content/locale.ts';
import { ErrorBox } from '../ui/ErrorBox.tsx';
import { afterLoad } from './afterLoad.ts';

/** How far below the viewport a widget starts loading, so it is ready by the time the reader gets there. */
const PRELOAD_MARGIN = '600px 0px';

/**
 * Mounts the widgets in a chapter body as independent React roots ("islands"), each when it nears the viewport. The
 * widget's code is fetched only then, and it renders into the space the prerendered page reserved for it.
 * Returns a function that unmounts them all.
 */
export function mountIslands(body: HTMLElement, page: { locale: Locale; chapter: string }): () => void {
  const roots: Root[] = [];
  let disposed = false;
  const mount = async (slot: HTMLElement) => {
    const name = slot.dataset.widget ?? '';
    const instanceId = slot.dataset.instance ?? name;
    // Each island is its own React root: give its useId values a prefix of their own, or two islands would hand out
    // the same ids (and aria-labelledby would point into the wrong widget).
    const root = createRoot(slot, { identifierPrefix: `${instanceId}-` });
    roots.push(root);
    try {
      const { widgetRegistry } = await import('../widgets/registry.ts');
      const definition = widgetRegistry[name];
      if (!definition) throw new Error(`no widget named "${name}"`);
      const { default: Widget } = await definition.load();
      if (disposed) return;
      const props = JSON.parse(slot.dataset.props ?? '{}') as object;
      const context = { locale: page.locale, chapter: page.chapter, section: slot.dataset.section, instanceId };
      // A transition: React renders the widget in slices, yielding to the reader's input between them.
      startTransition(() => {
        root.render(
          <StrictMode>
            <WidgetBoundary name={name}>
              <Widget {...(props as Record<string, unknown>)} context={context} />
            </WidgetBoundary>
          </StrictMode>,
        );
      });
    } catch (error) {
      if (!disposed) root.render(<ErrorBox title={`Widget “${name}”`} message={describe(error)} />);
    }
  };

  // A widget near the screen at load still waits for the page to finish loading and for an idle moment: its space is
  // reserved, and the reader is reading the text meanwhile.
  const cancels: (() => void)[] = [];
  const slots = [...body.querySelectorAll<HTMLElement>('.widget-slot[data-widget]')];
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              cancels.push(afterLoad(() => void mount(entry.target as HTMLElement)));
            }
          },
          { rootMargin: PRELOAD_MARGIN },
        )
      : undefined;
  for (const slot of slots) {
    if (observer) observer.observe(slot);
    else cancels.push(afterLoad(() => void mount(slot)));
  }
  return () => {
    disposed = true;
    observer?.disconnect();
    cancels.forEach((cancel) => cancel());
    // Unmount after the current render pass: React forbids unmounting a root synchronously during one.
    queueMicrotask(() => roots.forEach((root) => root.unmount()));
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Keeps one broken widget from taking the page down: it shows an error box in its own slot instead. */
class WidgetBoundary extends Component<{ name: string; children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error !== undefined) {
      return <ErrorBox title={`Widget “${this.props.name}”`} message={describe(this.state.error)} />;
    }
    return this.props.children;
  }
}
