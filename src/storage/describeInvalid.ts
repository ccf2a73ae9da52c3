// Readable reasons from zod/mini validation errors, for every store that validates what it reads. A module of its own,
// with nothing but zod/mini, so that the GPT lab's worker can use it without carrying the review log's schemas (and
// with them the quiz engine), which schema.ts builds.
import * as z from 'zod/mini';

/**
 * A short, readable reason from a validation error: the first `limit` issues (default 3), each with its path, put
 * under `prefix` when given (e.g. "reviews.5" for the sixth entry of a file).
 */
export function describeInvalid(error: unknown, prefix?: string, limit = 3): string {
  if (error instanceof z.core.$ZodError) {
    return error.issues
      .slice(0, limit)
      .map((issue) => `${[prefix, ...issue.path].filter((part) => part !== undefined).join('.') || 'record'}: ${describeIssue(issue)}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** zod/mini ships no message texts (they would cost bytes in every reader's bundle): say the common ones here. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  // The schemas are run with reportInput, so a missing field is told apart from a wrong one.
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is missing' : `must be a ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
  return issue.message;
}
