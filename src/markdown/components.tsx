import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { Components } from 'react-markdown';
import { ErrorBox } from '../ui/ErrorBox.tsx';
import type { Locale } from '../content/locale.ts';
import { STRINGS } from './strings.ts';

/** Props that the pipeline's own elements carry, as react-markdown hands them over (data-* kept verbatim). */
type DataProps = Record<string, string | undefined> & { children?: ReactNode };

/** react-markdown's Components type knows only HTML tag names; the pipeline's own elements are added here. */
export type NotebookComponents = Components & {
  'nb-error': (props: DataProps) => ReactNode;
  'nb-widget': (props: DataProps) => ReactNode;
  'nb-mermaid': (props: DataProps) => ReactNode;
};

/** The component map for chapter Markdown in one locale; `file` names the chapter in error boxes. */
export function notebookComponents(locale: Locale, file: string): NotebookComponents {
  const strings = STRINGS[locale];
  return {
    'nb-error': (props) => (
      <ErrorBox
        title={props['data-title'] ?? 'Error'}
        file={file}
        line={props['data-line'] ? Number(props['data-line']) : undefined}
        message={props['data-message'] ?? ''}
        source={props['data-source']}
        inline={props['data-inline'] === 'true'}
      />
    ),
    'nb-widget': (props) => (
      <div
        className="widget-slot"
        data-widget={props['data-widget']}
        data-instance={props['data-instance']}
        data-section={props['data-section']}
        data-props={props['data-props']}
        style={{ minHeight: props['data-reserve'] }}
      >
        <p className="widget-slot__fallback">{strings.widgetLoading}</p>
      </div>
    ),
    'nb-mermaid': (props) => {
      const light = props['data-light'];
      const dark = props['data-dark'];
      if (light && dark) {
        return (
          <figure className="diagram" data-diagram="">
            <div className="diagram__svg diagram__svg--light" dangerouslySetInnerHTML={{ __html: light }} />
            <div className="diagram__svg diagram__svg--dark" dangerouslySetInnerHTML={{ __html: dark }} />
          </figure>
        );
      }
      return (
        <figure
          className="diagram diagram--pending"
          data-diagram=""
          data-mermaid-source={props['data-source']}
          data-file={file}
          data-line={props['data-line']}
        >
          <pre className="diagram__source">
            <code>{props['data-source']}</code>
          </pre>
        </figure>
      );
    },
    h2: (props) => <Heading level={2} anchorLabel={strings.linkToSection} {...props} />,
    h3: (props) => <Heading level={3} anchorLabel={strings.linkToSection} {...props} />,
    input: ({ node: _node, ...props }) =>
      props.type === 'checkbox' ? <input {...props} aria-label={strings.taskDone} /> : <input {...props} />,
    // A link or image whose URL the safety filter dropped (javascript: and the like) keeps only its words: a link to
    // "" would reload the page, and an image with an empty src is a broken picture.
    a: ({ node: _node, href, children, ...props }) =>
      href ? (
        <a href={href} {...props}>
          {children}
        </a>
      ) : (
        <span>{children}</span>
      ),
    img: ({ node: _node, src, alt, ...props }) => (src ? <img src={src} alt={alt} {...props} /> : <span>{alt}</span>),
    table: ({ node: _node, ...props }) => (
      <div className="table-scroll">
        <table {...props} />
      </div>
    ),
  };
}

function Heading({
  level,
  anchorLabel,
  id,
  children,
  node: _node,
  ...rest
}: ComponentPropsWithoutRef<'h2'> & { level: 2 | 3; anchorLabel: string; node?: unknown }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} {...rest}>
      {children}
      {id ? (
        <a className="heading-anchor" href={`#${id}`} aria-label={`${anchorLabel}`}>
          #
        </a>
      ) : null}
    </Tag>
  );
}
