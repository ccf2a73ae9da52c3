/**
 * `virtual:quiz-bank`: a module made at build time (by the integrator's Vite plugin) from every `:::quiz` block of
 * every chapter, each question parsed by the quiz widget's `parse`. Only the review page imports it, lazily.
 */
declare module 'virtual:quiz-bank' {
  const bank: import('../engine/reviewQueue.ts').QuizBank;
  export default bank;
}
