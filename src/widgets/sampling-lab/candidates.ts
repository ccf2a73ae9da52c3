import type { Locale } from '../../content/locale.ts';

/**
 * The words the next-token lab can offer as candidates, all plausible ends of "The cat sat on the …" (猫坐在……上).
 * Chapters name them by id (`tokens="mat,floor,sofa"`); the lab shows them in the reader's language.
 */
export const CANDIDATES = {
  mat: { en: 'mat', zh: '垫子' },
  floor: { en: 'floor', zh: '地板' },
  sofa: { en: 'sofa', zh: '沙发' },
  bed: { en: 'bed', zh: '床' },
  chair: { en: 'chair', zh: '椅子' },
  table: { en: 'table', zh: '桌子' },
  windowsill: { en: 'windowsill', zh: '窗台' },
  keyboard: { en: 'keyboard', zh: '键盘' },
  roof: { en: 'roof', zh: '屋顶' },
  moon: { en: 'moon', zh: '月亮' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A candidate's id. */
export type CandidateId = keyof typeof CANDIDATES;

/** Every candidate id, in the order above. */
export const CANDIDATE_IDS = Object.keys(CANDIDATES) as CandidateId[];
