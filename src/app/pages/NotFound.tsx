import type { Locale } from '../../content/locale.ts';
import { LOCALES } from '../../content/locale.ts';
import { uiStrings } from '../strings.ts';

/**
 * What an address that holds nothing shows. One 404 page answers every such address, whatever language its path
 * starts with, so it says so in both languages, the page's own first, and offers each language's chapter list.
 */
export function NotFound({ locale }: { locale: Locale }) {
  const order = [locale, ...LOCALES.filter((other) => other !== locale)];
  return (
    <div className="not-found">
      {order.map((each, index) => {
        const strings = uiStrings[each];
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <section key={each} lang={each} className="not-found__language">
            <Heading>{strings.notFoundTitle}</Heading>
            <p>{strings.notFound}</p>
            <p>
              <a href={`/${each}/`}>{strings.notFoundHome}</a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
