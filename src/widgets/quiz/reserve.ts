/**
 * Height the prerendered page reserves for a quiz block, and the block's own min-height, so that nothing shifts when
 * it mounts. The block shows one question at a time. Measured in Chromium (natural heights of a sample block with a
 * three-line prompt and four options, a three-item order question and a two-blank cloze): at most 473 px at 320 px
 * wide, 461 px at 375 px, 370 px at 600 px and 366 px at 768 px. Narrow screens need more height (text wraps), so
 * the reserve shrinks with the viewport: 30rem (480 px) on phones down to 24rem (384 px) on wide screens. A question
 * longer than that grows the block when it mounts, which happens before it scrolls into view.
 */
export const QUIZ_RESERVE = 'clamp(24rem, calc(36rem - 24vw), 30rem)';
