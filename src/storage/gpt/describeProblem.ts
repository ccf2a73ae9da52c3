/**
 * A short, readable reason from a zod/mini validation error: the first three issues, each with its path. The same
 * wording as ../schema.ts's describeInvalid, kept apart because schema.ts also builds the review log's schemas (and
 * with them the quiz engine), which the GPT lab's worker must not carry: importing it tripled the worker's size.
 */
import * as z from 'zod/mini';

/** The first three issues of `error` (or its message, for any other error). */
export function describeProblem(error: unknown): string {
  if (error instanceof z.core.$ZodError) {
    return error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'record'}: ${describeIssue(issue)}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** zod/mini ships no message texts: the common ones in words. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is missing' : `must be a ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
  return issue.message;
}
