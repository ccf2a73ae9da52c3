/**
 * The quiz's data, as the build hands it to the browser. Every Markdown field has already been rendered to HTML
 * (KaTeX included) at build time; the answers needed for grading are kept raw (normalised where text is compared).
 * Everything here is JSON-serialisable.
 */

/** The seven question types a chapter may use (content/README.md, "Quizzes"). */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'numeric', 'cloze', 'recall'] as const;
/** One of {@link QUESTION_TYPES}. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Fields every question has. `promptHtml` and `explainHtml` are rendered inline Markdown. */
interface QuestionBase {
  /** Unique across the notebook, the same in zh and en: the key of the reader's review history. */
  id: string;
  promptHtml: string;
  explainHtml: string;
}

/** One right option among several. */
export interface SingleQuestion extends QuestionBase {
  type: 'single';
  optionsHtml: string[];
  /** 0-based index of the right option. */
  answer: number;
}

/** Every right option must be ticked, and no wrong one. */
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  optionsHtml: string[];
  /** 0-based indices of the right options, ascending, at least one. */
  answer: number[];
}

/** A statement that is true or false. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
}

/** Items to put in order; `itemsHtml` is the right order (the reader sees them shuffled). */
export interface OrderQuestion extends QuestionBase {
  type: 'order';
  itemsHtml: string[];
}

/** A number, right when within `tolerance` (absolute, ≥ 0) of `answer`. */
export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answer: number;
  tolerance: number;
}

/** One blank of a cloze question. Blanks are numbered from 1 in reading order. */
export interface ClozeBlank {
  number: number;
  /** True when the blank sits inside a `$…$` formula: then backslashes, braces and spaces are ignored too. */
  inFormula: boolean;
  /** Every accepted answer, already normalised (see normaliseAnswer). */
  accepted: string[];
}

/** Text with blanks: `textHtml` shows each blank as a numbered box, the reader fills numbered fields. */
export interface ClozeQuestion extends QuestionBase {
  type: 'cloze';
  /** The text with each blank replaced by a numbered box (a KaTeX `\boxed{?_n}` inside formulas). */
  textHtml: string;
  /** The text with each blank filled with its first answer: the "correct answer" shown after answering. */
  solutionHtml: string;
  blanks: ClozeBlank[];
}

/** Recall from memory: the reader reveals the answer and rates themself. */
export interface RecallQuestion extends QuestionBase {
  type: 'recall';
  answerHtml: string;
}

/** Any question, discriminated by `type`. */
export type Question =
  | SingleQuestion
  | MultipleQuestion
  | TrueFalseQuestion
  | OrderQuestion
  | NumericQuestion
  | ClozeQuestion
  | RecallQuestion;

/** The quiz widget's props: the questions of one `:::quiz` block, in the author's order. */
export interface QuizProps {
  questions: Question[];
}

/** FSRS ratings as numbers (ts-fsrs' Rating enum without Manual): 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const RATINGS = [1, 2, 3, 4] as const;
/** One of {@link RATINGS}. */
export type ReviewRating = (typeof RATINGS)[number];
/** Named ratings, so that code reads `RATING.good` rather than `3`. */
export const RATING = { again: 1, hard: 2, good: 3, easy: 4 } as const satisfies Record<string, ReviewRating>;

/**
 * What the reader gave, per question type. Options and items are named by identity, never by where they were shown:
 * `option`, `options` and `order` hold authored indices (the position in the chapter's list, which the parity test
 * keeps the same in zh and en). `shown` records the arrangement the reader saw (authored indices, top to bottom); it
 * is absent from answers saved before schema version 3, when everything was shown in the authored order.
 */
export type QuizResponse =
  | { type: 'single'; option: number | undefined; shown?: number[] }
  | { type: 'multiple'; options: number[]; shown?: number[] }
  | { type: 'truefalse'; value: boolean | undefined }
  /** The author's item indices in the order the reader placed them. */
  | { type: 'order'; order: number[]; shown?: number[] }
  | { type: 'numeric'; text: string }
  | { type: 'cloze'; blanks: string[] }
  /** Recall is graded by the reader: `rating` Again means "did not remember". */
  | { type: 'recall'; rating: ReviewRating };

/** Why a response cannot be graded yet: the UI turns this into a message and lets the reader fix it. */
export type GradeProblem =
  | 'no-choice'
  | 'not-a-number'
  /** A number such as 1,000 that reads as one thousand in zh and en but as 1.000 with a decimal comma. */
  | 'ambiguous-number'
  /** A number followed by a unit or a per cent sign: the question states the unit, the reader types the number. */
  | 'number-with-unit'
  | 'empty-blank'
  | 'wrong-type';

/** The outcome of grading: right or wrong (with per-blank detail for cloze), or a problem with the input. */
export type GradeResult =
  | { status: 'graded'; correct: boolean; blanksCorrect?: boolean[] }
  | { status: 'invalid'; problem: GradeProblem };
