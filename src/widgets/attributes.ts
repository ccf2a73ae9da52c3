/**
 * Parsers for directive attributes and URL values, shared by every widget. Attributes arrive as strings; each parser
 * turns one into a typed value or reports one message in the house style:
 *
 *   `<name> must be <what is allowed>, got '<text>'` (plus a reason after a colon where the limit needs one)
 *
 * Messages are in English: chapter authors read them at build time, in the error box where the directive stands.
 * A widget's own vocabulary file (its props, limits and defaults) builds its schema from these.
 */
import { z } from 'zod';

/** An inclusive range for a number attribute. */
export interface NumberRange {
  min: number;
  max: number;
}

/** A limit as an author would write it: 1000 → "1000", 1000000 → "1e6", 0.00001 → "1e-5". */
export function formatLimit(limit: number): string {
  const magnitude = Math.abs(limit);
  if (magnitude !== 0 && (magnitude >= 1e5 || magnitude < 1e-3)) return limit.toExponential().replace('+', '');
  return String(limit);
}

/** The house message: `lr must be a number from 1e-5 to 100, got 'abc'`. */
export function attributeMessage(name: string, allowed: string, text: string, reason?: string): string {
  return `${name} must be ${allowed}, got '${text}'${reason ? `: ${reason}` : ''}`;
}

/** Parses `text` as a finite number (no empty strings, no "Infinity"), or undefined. */
export function parseFiniteNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A number in `range` (inclusive), optionally a whole number, and optionally strictly above `range.min` (`openMin`,
 * for quantities such as a temperature that must be positive) or strictly below `range.max` (`openMax`, for β of
 * Adam, which must stay below 1). `reason` says why the range is what it is.
 */
export function numberAttribute(
  name: string,
  range: NumberRange,
  options: { integer?: boolean; openMin?: boolean; openMax?: boolean; reason?: string } = {},
) {
  const { integer = false, openMin = false, openMax = false, reason } = options;
  const kind = integer ? 'a whole number' : 'a number';
  const [low, high] = [formatLimit(range.min), formatLimit(range.max)];
  const allowed =
    openMin || openMax
      ? `${kind} ${openMin ? 'above' : 'at least'} ${low} and ${openMax ? 'below' : 'at most'} ${high}`
      : `${kind} from ${low} to ${high}`;
  return z.string().transform((text, context) => {
    const value = parseFiniteNumber(text);
    const below = value !== undefined && (openMin ? value <= range.min : value < range.min);
    const above = value !== undefined && (openMax ? value >= range.max : value > range.max);
    if (value === undefined || below || above || (integer && !Number.isInteger(value))) {
      context.addIssue({ code: 'custom', message: attributeMessage(name, allowed, text, reason) });
      return z.NEVER;
    }
    return value;
  });
}

/** `true` or `false`; a bare attribute (`{keypoints}`, which arrives as '') means true. */
export function booleanAttribute(name: string) {
  return z.string().transform((text, context) => {
    if (text === '' || text === 'true') return true;
    if (text === 'false') return false;
    context.addIssue({ code: 'custom', message: attributeMessage(name, 'true or false', text) });
    return z.NEVER;
  });
}

/** One of `choices`. */
export function choiceAttribute<const T extends string>(name: string, choices: readonly T[]) {
  return z.string().transform((text, context): T => {
    const value = text.trim();
    if ((choices as readonly string[]).includes(value)) return value as T;
    context.addIssue({ code: 'custom', message: attributeMessage(name, `one of ${choices.join(', ')}`, text) });
    return z.NEVER;
  });
}

/**
 * A comma-separated list of `choices`, returned in the order of `choices` without repeats, whatever order the author
 * wrote (legend order stays the widget's).
 */
export function choiceListAttribute<const T extends string>(name: string, choices: readonly T[]) {
  return z.string().transform((text, context): T[] => {
    const names = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const unknown = names.filter((part) => !(choices as readonly string[]).includes(part));
    if (unknown.length > 0 || names.length === 0) {
      const detail = unknown.length > 0 ? `unknown: ${unknown.map((part) => `'${part}'`).join(', ')}` : undefined;
      context.addIssue({
        code: 'custom',
        message: attributeMessage(name, `a comma-separated list of ${choices.join(', ')}`, text, detail),
      });
      return z.NEVER;
    }
    return choices.filter((choice) => names.includes(choice));
  });
}

/**
 * A comma-separated list of `count.min` to `count.max` numbers, each within `range`: "2,1,0.1" → [2, 1, 0.1].
 * `separator` may be another single character (";" separates matrix rows, for example).
 */
export function numberListAttribute(
  name: string,
  count: NumberRange,
  range: NumberRange,
  options: { separator?: string; integer?: boolean } = {},
) {
  const { separator = ',', integer = false } = options;
  const size = count.min === count.max ? `${count.min}` : `${count.min} to ${count.max}`;
  const allowed = `${size} ${separator === ',' ? 'comma' : `'${separator}'`}-separated ${integer ? 'whole numbers' : 'numbers'} from ${formatLimit(range.min)} to ${formatLimit(range.max)}`;
  return z.string().transform((text, context) => {
    const values = parseNumberList(text, separator);
    const fits =
      values !== undefined &&
      values.length >= count.min &&
      values.length <= count.max &&
      values.every((value) => value >= range.min && value <= range.max && (!integer || Number.isInteger(value)));
    if (!fits) {
      context.addIssue({ code: 'custom', message: attributeMessage(name, allowed, text) });
      return z.NEVER;
    }
    return values;
  });
}

/** Splits `text` on `separator` into finite numbers, or undefined if any part is empty or not a number. */
export function parseNumberList(text: string, separator = ','): number[] | undefined {
  const values: number[] = [];
  for (const part of text.split(separator)) {
    const value = parseFiniteNumber(part);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * A comma-separated list of `count.min` to `count.max` non-empty words of at most `maxLength` characters each
 * (tokens, labels): "The,cat,sat" → ["The", "cat", "sat"]. Spaces around each word are dropped.
 */
export function wordListAttribute(name: string, count: NumberRange, maxLength: number) {
  const size = count.min === count.max ? `${count.min}` : `${count.min} to ${count.max}`;
  const allowed = `${size} comma-separated words of 1 to ${maxLength} characters`;
  return z.string().transform((text, context) => {
    const words = text.split(',').map((part) => part.trim());
    const fits =
      words.length >= count.min &&
      words.length <= count.max &&
      words.every((word) => word.length > 0 && [...word].length <= maxLength);
    if (!fits) {
      context.addIssue({ code: 'custom', message: attributeMessage(name, allowed, text) });
      return z.NEVER;
    }
    return words;
  });
}
