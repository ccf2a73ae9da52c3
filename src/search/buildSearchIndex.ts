import MiniSearch from 'minisearch';
import { htmlToSearchText } from './htmlToSearchText.ts';
import {
  type IndexedDocument,
  MINI_SEARCH_OPTIONS,
  SEARCH_INDEX_VERSION,
  type SearchChapter,
  type SearchDocument,
  type SerializedLocaleIndex,
  type SerializedSearchIndex,
} from './indexFormat.ts';
import { quizQuestionHtml, type SearchableWidget } from './quizText.ts';
import { splitSections } from './splitSections.ts';

/**
 * What the index needs of a compiled chapter (src/content/chapter.ts `CompiledChapter` has all of it; it is restated
 * here because src/search is pure code that cannot see the content folder).
 */
export interface SearchableChapter {
  locale: string;
  slug: string;
  title: string;
  /** The chapter's static HTML. */
  html: string;
  headings: readonly { id: string; text: string }[];
  widgets: readonly SearchableWidget[];
  /** 'reference' for pages such as the glossary (front matter `kind`); chapters may leave it out. */
  kind?: string;
}

/** Splits one chapter into search documents: one per section, quiz questions attached to the section they sit in. */
export function chapterDocuments(chapter: SearchableChapter, chapterIndex: number): SearchDocument[] {
  const headingText = new Map(chapter.headings.map((heading) => [heading.id, heading.text]));
  const sections = splitSections(chapter.html, new Set(headingText.keys()));
  const quizHtml: string[][] = sections.map(() => []);
  for (const widget of chapter.widgets) {
    const questions = quizQuestionHtml(widget);
    if (questions.length === 0) continue;
    // The slot's position in the HTML decides; the `##` section the pipeline recorded is the fallback.
    let at = sections.findIndex((section) => section.widgetInstances.includes(widget.instanceId));
    if (at === -1) at = sections.findIndex((section) => section.headingId !== undefined && section.headingId === widget.section);
    quizHtml[Math.max(at, 0)]!.push(...questions);
  }

  const documents: SearchDocument[] = [];
  sections.forEach((section, at) => {
    const body = htmlToSearchText(section.bodyHtml);
    const quiz = quizHtml[at]!.map((html) => htmlToSearchText(html));
    const document: SearchDocument = {
      chapter: chapterIndex,
      headingText:
        section.headingId === undefined
          ? ''
          : (headingText.get(section.headingId) ?? htmlToSearchText(section.headingHtml).paragraphs.join(' ')),
      text: body.paragraphs.join('\n'),
      tex: [...body.tex, ...quiz.flatMap((part) => part.tex)].join('\n'),
      quiz: quiz.flatMap((part) => part.paragraphs).join('\n'),
    };
    if (section.headingId !== undefined) document.headingId = section.headingId;
    else if (!document.text && !document.tex && !document.quiz) return; // No introduction.
    documents.push(document);
  });
  return documents;
}

/** Builds the index of one locale's chapters (given in reading order). */
export function buildLocaleIndex(chapters: readonly SearchableChapter[]): SerializedLocaleIndex {
  const searchChapters: SearchChapter[] = chapters.map((chapter) => ({
    slug: chapter.slug,
    title: chapter.title,
    ...(chapter.kind === 'reference' ? { reference: true as const } : {}),
  }));
  const documents = chapters.flatMap((chapter, index) => chapterDocuments(chapter, index));
  const miniSearch = new MiniSearch<IndexedDocument>(MINI_SEARCH_OPTIONS);
  miniSearch.addAll(
    documents.map((document, id) => ({
      id,
      chapterTitle: searchChapters[document.chapter]!.title,
      headingText: document.headingText,
      text: document.text,
      tex: document.tex,
      quiz: document.quiz,
    })),
  );
  return { chapters: searchChapters, documents, miniSearch: miniSearch.toJSON() };
}

/**
 * The search index of every chapter in every locale, made at build time (the Vite plugin exports it as
 * `virtual:search-index`). Covers headings, text, the TeX of formulas and quiz questions; see tokenize.ts for how
 * Chinese and English text become terms.
 */
export function buildSearchIndex(chapters: readonly SearchableChapter[]): SerializedSearchIndex {
  const byLocale = new Map<string, SearchableChapter[]>();
  for (const chapter of chapters) {
    const list = byLocale.get(chapter.locale) ?? [];
    list.push(chapter);
    byLocale.set(chapter.locale, list);
  }
  const locales: Record<string, SerializedLocaleIndex> = {};
  for (const [locale, list] of byLocale) locales[locale] = buildLocaleIndex(list);
  return { version: SEARCH_INDEX_VERSION, locales };
}
