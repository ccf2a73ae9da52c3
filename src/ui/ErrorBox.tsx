/** Where a piece of content or a widget went wrong: shown in place, so the rest of the page still renders. */
export interface ErrorBoxProps {
  /** What failed, e.g. "Formula", "Diagram", "Widget gelu-lab". */
  title: string;
  /** The content file, relative to the repo root (content/en/04-gelu.md). */
  file?: string | undefined;
  /** 1-based line in that file. */
  line?: number | undefined;
  /** The problem, in words. */
  message: string;
  /** The offending source text, shown verbatim. */
  source?: string | undefined;
  /** Render as a span, for errors inside a line of text (a broken inline formula). */
  inline?: boolean | undefined;
}

/** An inline error box that names the file, the line and the problem (role="alert" is avoided on purpose: many of
 * them can sit on one page, and they are not events). */
export function ErrorBox({ title, file, line, message, source, inline }: ErrorBoxProps) {
  const where = file ? `${file}${line ? `:${line}` : ''}` : undefined;
  if (inline) {
    return (
      <span className="error-box error-box--inline" data-error-box="">
        <strong>{title}</strong>
        {where ? <> · <code>{where}</code></> : null}: {message}
        {source ? <> <code className="error-box__source">{source}</code></> : null}
      </span>
    );
  }
  return (
    <div className="error-box" data-error-box="">
      <p className="error-box__title">
        <strong>{title}</strong>
        {where ? <> · <code>{where}</code></> : null}
      </p>
      <p className="error-box__message">{message}</p>
      {source ? (
        <pre className="error-box__source">
          <code>{source}</code>
        </pre>
      ) : null}
    </div>
  );
}
