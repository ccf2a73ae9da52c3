/**
 * Height the prerendered page reserves for a quiz block, and the block's own min-height, so that nothing shifts when
 * it mounts. The block shows one question at a time; this fits the title row, the question list, a prompt of three
 * lines, four options, the Check button and the links at 320 px. Longer questions grow the block (below the fold,
 * when the reader gets there) rather than reserving empty space for every quiz.
 */
export const QUIZ_RESERVE = '28rem';
