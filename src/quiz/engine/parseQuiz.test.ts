import { renderToString } from 'katex';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseQuiz, QuizFormatError } from './parseQuiz.ts';

/** A stand-in for the pipeline's renderInline: escapes HTML, typesets `$…$` with KaTeX in strict mode, marks `**`. */
function renderInline(markdown: string): string {
  return markdown
    .split(/(\$[^$]+\$)/)
    .map((part) =>
      part.startsWith('$') && part.endsWith('$') && part.length > 1
        ? renderToString(part.slice(1, -1), { strict: 'error', throwOnError: true })
        : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>'),
    )
    .join('');
}

/** The example of content/README.md, "Quizzes". */
const README_EXAMPLE = `
- id: overview-roles
  type: single
  prompt: Which role carries the model's reply?
  options: [system, user, assistant]
  answer: 2
  explain: The reply is the assistant message; system sets behaviour, user asks.
- id: overview-multi
  type: multiple
  prompt: Which of these were on OpenAI's own list of limitations?
  options: [Plausible but wrong answers, Needs a GPU on the user's machine, Verbosity]
  answer: [2, 0]
  explain: x
- id: overview-tf
  type: truefalse
  prompt: ChatGPT could draw images itself in mid-2023.
  answer: false
  explain: x
- id: rlhf-order
  type: order
  prompt: Put the stages in training order.
  items: [SFT, Reward model, PPO]
  explain: x
- id: gelu-at-1
  type: numeric
  prompt: GeLU(1) to 3 decimals?
  answer: 0.841
  tolerance: 0.0005
  explain: x
- id: adam-cloze
  type: cloze
  prompt: Fill in the bias correction.
  text: "Adam divides $m_t$ by $1-[[\\\\beta_1^t|beta_1^t|β1^t]]$ and the result is called [[m-hat|m̂]]."
  explain: x
- id: overview-recall
  type: recall
  prompt: Name three things that help against wrong answers.
  answer: Reference text in the prompt, asking for sources and checking them, splitting the task.
  explain: x
`;

/** Parses a YAML body and returns the problems parseQuiz reports (empty when it accepts the body). */
function problemsOf(yaml: string): string[] {
  try {
    parseQuiz(parseYaml(yaml), renderInline);
    return [];
  } catch (error) {
    if (error instanceof QuizFormatError) return error.problems;
    throw error;
  }
}

describe('parseQuiz', () => {
  it('accepts every type of the authoring guide and keeps their answers', () => {
    const { questions } = parseQuiz(parseYaml(README_EXAMPLE), renderInline);
    expect(questions.map((question) => question.type)).toEqual([
      'single', 'multiple', 'truefalse', 'order', 'numeric', 'cloze', 'recall',
    ]);
    expect(questions[0]).toMatchObject({ id: 'overview-roles', answer: 2, optionsHtml: ['system', 'user', 'assistant'] });
    expect(questions[1]).toMatchObject({ answer: [0, 2] });
    expect(questions[4]).toMatchObject({ answer: 0.841, tolerance: 0.0005 });
    expect(JSON.parse(JSON.stringify(questions))).toEqual(questions);
  });

  it('renders every Markdown field with renderInline', () => {
    const [question] = parseQuiz(
      parseYaml('- {id: a, type: single, prompt: "**x** $x^2$", options: ["$a$", b], answer: 0, explain: "**e**"}'),
      renderInline,
    ).questions;
    expect(question?.promptHtml).toContain('<strong>x</strong>');
    expect(question?.promptHtml).toContain('class="katex"');
    expect(question?.type === 'single' && question.optionsHtml[0]).toContain('class="katex"');
    expect(question?.explainHtml).toBe('<strong>e</strong>');
  });

  it('turns formula blanks into numbered KaTeX boxes and text blanks into numbered gaps', () => {
    const cloze = parseQuiz(parseYaml(README_EXAMPLE), renderInline).questions[5];
    if (cloze?.type !== 'cloze') throw new Error('expected a cloze question');
    expect(cloze.textHtml).toContain('boxed');
    expect(cloze.textHtml).toContain('<span class="quiz-cloze__gap" data-blank="2">?<sub>2</sub></span>');
    expect(cloze.textHtml).not.toContain('zzquiz');
    expect(cloze.solutionHtml).toContain('<mark class="quiz-cloze__fill">m-hat</mark>');
    expect(cloze.blanks).toEqual([
      { number: 1, inFormula: true, accepted: ['beta_1^t', 'β1^t'] },
      { number: 2, inFormula: false, accepted: ['m-hat', 'm̂'] },
    ]);
  });

  it('names the question and the field in every message', () => {
    const problems = problemsOf(`
- {id: a, type: single, prompt: p, options: [x, y], answer: 0, explain: e}
- {id: b, type: single, prompt: p, options: [x, y], answer: 0, explain: e}
- {id: gelu-at-1, type: numeric, prompt: p, answer: "0.841", tolerance: 0.0005, explain: e}`);
    expect(problems).toEqual(['question 3 (gelu-at-1): answer must be a number']);
  });

  it.each([
    ['a body that is not a list', 'id: a', 'the quiz must be a YAML list'],
    ['an empty list', '[]', 'the quiz must be a YAML list'],
    ['an item that is not a mapping', '- just text', 'question 1: must be a mapping'],
    ['an unknown type', '- {id: a, type: singel, prompt: p, explain: e}', "question 1 (a): type must be one of single, multiple, truefalse, order, numeric, cloze, recall, got 'singel'"],
    ['a missing type', '- {id: a, prompt: p, explain: e}', 'question 1 (a): type is missing'],
    ['a missing explain', '- {id: a, type: truefalse, prompt: p, answer: true}', 'question 1 (a): explain is missing'],
    ['an empty prompt', '- {id: a, type: truefalse, prompt: " ", answer: true, explain: e}', 'question 1 (a): prompt must not be empty'],
    ['a bad id', '- {id: Gelu_1, type: truefalse, prompt: p, answer: true, explain: e}', 'question 1 (Gelu_1): id must be lowercase'],
    ['a misspelt field', '- {id: a, type: truefalse, prompt: p, answers: true, explain: e}', "question 1 (a): unknown field 'answers' (a truefalse question has"],
    ['a truefalse answer in words', '- {id: a, type: truefalse, prompt: p, answer: "yes", explain: e}', 'question 1 (a): answer must be true or false'],
    ['an option index out of range', '- {id: a, type: single, prompt: p, options: [x, y], answer: 2, explain: e}', 'question 1 (a): answer must be the index of an option, 0 to 1 (0-based), got 2'],
    ['a fractional index', '- {id: a, type: single, prompt: p, options: [x, y], answer: 0.5, explain: e}', 'question 1 (a): answer must be a whole number'],
    ['one option only', '- {id: a, type: single, prompt: p, options: [x], answer: 0, explain: e}', 'question 1 (a): options must list at least two options'],
    ['a bad option', '- {id: a, type: single, prompt: p, options: [x, {y: 1}], answer: 0, explain: e}', 'question 1 (a): options[1] must be text'],
    ['multiple indices out of range', '- {id: a, type: multiple, prompt: p, options: [x, y], answer: [0, 3], explain: e}', 'question 1 (a): answer must hold option indices 0 to 1 (0-based), got 3'],
    ['a repeated index', '- {id: a, type: multiple, prompt: p, options: [x, y], answer: [1, 1], explain: e}', 'question 1 (a): answer lists an index twice'],
    ['a negative tolerance', '- {id: a, type: numeric, prompt: p, answer: 1, tolerance: -1, explain: e}', 'question 1 (a): tolerance must not be negative'],
    ['a missing tolerance', '- {id: a, type: numeric, prompt: p, answer: 1, explain: e}', 'question 1 (a): tolerance is missing'],
    ['one order item', '- {id: a, type: order, prompt: p, items: [x], explain: e}', 'question 1 (a): items must list at least two items'],
    ['cloze without blank', '- {id: a, type: cloze, prompt: p, text: no blank here, explain: e}', 'question 1 (a): text has no blank'],
    ['an unclosed cloze blank', '- {id: a, type: cloze, prompt: p, text: "x [[y", explain: e}', 'question 1 (a): text has a blank "[[" with no closing "]]"'],
    ['a repeated id', '- {id: a, type: truefalse, prompt: p, answer: true, explain: e}\n- {id: a, type: truefalse, prompt: p, answer: true, explain: e}', 'question 2 (a): id is used by an earlier question'],
    ['a formula KaTeX refuses', '- {id: a, type: truefalse, prompt: "$\\\\frac{1$", answer: true, explain: e}', 'question 1 (a): prompt could not be rendered'],
  ])('refuses %s', (_case, yaml, message) => {
    const problems = problemsOf(yaml);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(message);
  });

  it('lists every problem, not only the first', () => {
    const problems = problemsOf(`
- {id: a, type: truefalse, prompt: p, explain: e}
- {id: b, type: numeric, prompt: p, answer: x, tolerance: y, explain: e}`);
    expect(problems).toEqual([
      'question 1 (a): answer is missing',
      'question 2 (b): answer must be a number',
      'question 2 (b): tolerance must be a number (the absolute tolerance, e.g. 0.0005)',
    ]);
  });

  it('accepts numbers as option text, as YAML reads [1, 2] as numbers', () => {
    const [question] = parseQuiz(parseYaml('- {id: a, type: single, prompt: p, options: [1, 2], answer: 1, explain: e}'), renderInline).questions;
    expect(question?.type === 'single' && question.optionsHtml).toEqual(['1', '2']);
  });
});
