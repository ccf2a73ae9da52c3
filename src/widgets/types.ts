import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { Locale } from '../content/locale.ts';

/** Where a widget instance lives. Passed to every widget next to its props. */
export interface WidgetContext {
  locale: Locale;
  /** Chapter slug without its number, e.g. "gelu". */
  chapter: string;
  /** Anchor of the `##` section the widget sits in, if any. */
  section: string | undefined;
  /** Unique within the page, stable across builds (e.g. "gelu-lab", "gelu-lab-2"); prefixes the widget's URL state. */
  instanceId: string;
}

/** The props a widget component receives: its parsed props plus its context. */
export type WidgetProps<P> = P & { context: WidgetContext };

/** A lazily loaded widget component. */
export type WidgetLoader<P> = () => Promise<{ default: ComponentType<WidgetProps<P>> }>;

/**
 * Renders inline Markdown (with `$math$`) to static HTML at build time. Handed to container widgets so that their
 * text is typeset once, in Node, and the reader's browser needs neither the Markdown parser nor KaTeX for it.
 */
export type RenderInline = (markdown: string) => string;

/** A leaf directive widget: `::name{attr=value}`. */
export interface LeafWidgetDefinition<P> {
  kind: 'leaf';
  /** Parses the directive's attributes (always strings) into JSON-serialisable props. */
  props: z.ZodType<P, Record<string, string>>;
  load: WidgetLoader<P>;
  /** Height reserved in the prerendered page before the widget mounts (a CSS length), so nothing shifts. */
  reserve: string;
}

/** A container directive widget: `:::name{attr=value}` … `:::`, whose body is YAML. */
export interface ContainerWidgetDefinition<P> {
  kind: 'container';
  /**
   * Parses the YAML body (already parsed to plain data) and the directive's attributes (strings, as for a leaf) into
   * JSON-serialisable props, rendering Markdown fields with `renderInline`. Throws a ZodError (or an Error) to report
   * a problem; a ZodError whose path names a place in the body points the error box at that line.
   */
  parse: (body: unknown, renderInline: RenderInline, attributes?: Record<string, string>) => P;
  load: WidgetLoader<P>;
  reserve: string;
  /**
   * Props keys that hold reader-facing text, which differs between zh and en (the parity test compares the rest).
   * Default: none.
   */
  localisedProps?: readonly string[];
}

export type WidgetDefinition<P> = LeafWidgetDefinition<P> | ContainerWidgetDefinition<P>;
