/**
 * A random id for a review: a UUID where the browser offers one (secure contexts), otherwise 128 random bits from
 * getRandomValues, which also works over plain http on a local network.
 */
export function newReviewId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
