import { Component, type ReactNode, StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../../content/locale.ts';
import { ErrorBox } from '../../ui/ErrorBox.tsx';
import { readWidgetProps } from './widgetProps.ts';

/**
 * Renders the widget of one slot as a React root of its own (loaded with React by ./mountWidgets.ts, when the slot
 * nears the screen). Resolves with a function that unmounts it.
 */
export async function startWidget(slot: HTMLElement, page: { locale: Locale; chapter: string }): Promise<() => void> {
  const name = slot.dataset.widget ?? '';
  const instanceId = slot.dataset.instance ?? name;
  // Each widget is its own React root: give its useId values a prefix of their own, or two widgets would hand out
  // the same ids (and aria-labelledby would point into the wrong widget).
  const root = createRoot(slot, { identifierPrefix: `${instanceId}-` });
  const unmount = () => queueMicrotask(() => root.unmount()); // Never synchronously during a React render pass.
  try {
    const { widgetRegistry } = await import('../../widgets/registry.ts');
    const definition = widgetRegistry[name];
    if (!definition) throw new Error(`no widget named "${name}"`);
    const [{ default: Widget }, props] = await Promise.all([definition.load(), readWidgetProps(slot)]);
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
    root.render(<ErrorBox title={`Widget “${name}”`} message={describe(error)} />);
  }
  return unmount;
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
