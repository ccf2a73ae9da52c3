import { type ComponentType, createContext, type ReactElement, useContext } from 'react';
import { ISLAND_ATTRIBUTES, type IslandName, type IslandProps, islandIdPrefix } from './names.ts';

/**
 * What wakes an island besides the reader reaching for it (pointer, focus or key on it always does):
 * - `now`: nothing to wait for, it is the page's main content;
 * - `saved-reviews`: the browser holds quiz progress (checked once the page is idle), or the page comes to hold some;
 * - `saved-reading`: the browser holds reading progress (checked once the page is idle);
 * - `update`: a new version of the notebook is waiting.
 * Until then the island is the server's HTML, which is what a reader without saved progress should see anyway; React
 * and the island's code load only when one wakes.
 */
export type IslandWake = 'now' | 'saved-reviews' | 'saved-reading' | 'update';

/**
 * How islands render where they are: on the server, each as a root of its own (`render`), so that the browser can
 * hydrate it alone with the same ids; in the dev server's client-rendered app, simply in place (`render` absent).
 */
export interface IslandEnvironment {
  components: { [N in IslandName]: ComponentType<IslandProps<N>> };
  render?: (element: ReactElement, identifierPrefix: string) => string;
}

export const IslandContext = createContext<IslandEnvironment | undefined>(undefined);

/**
 * An interactive part of an otherwise static page. The browser hydrates only these (src/app/entry-client.tsx), never
 * the whole page: a chapter is thousands of elements of prerendered HTML that React has no reason to walk, and
 * hydrating it all was most of a phone's main-thread work after the first paint.
 * `id` must be unique on the page; `props` must survive JSON.
 */
export function Island<N extends IslandName>({
  name,
  id,
  props,
  as: Tag = 'span',
  className,
  when = [],
}: {
  name: N;
  id: string;
  props: IslandProps<N>;
  as?: 'span' | 'div';
  className?: string;
  when?: readonly IslandWake[];
}) {
  const environment = useContext(IslandContext);
  if (!environment) throw new Error(`Island "${name}" rendered without an IslandContext`);
  const Component = environment.components[name] as ComponentType<IslandProps<N>>;
  if (!environment.render) {
    return (
      <Tag className={className} {...{ [ISLAND_ATTRIBUTES.name]: name }}>
        <Component {...props} />
      </Tag>
    );
  }
  const html = environment.render(<Component {...props} />, islandIdPrefix(id));
  return (
    <Tag
      className={className}
      {...{ [ISLAND_ATTRIBUTES.name]: name, [ISLAND_ATTRIBUTES.id]: id, [ISLAND_ATTRIBUTES.props]: JSON.stringify(props), [ISLAND_ATTRIBUTES.when]: when.join(' ') || undefined }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
