/**
 * Dialogues for supervised fine-tuning, in the user/assistant format with special tokens:
 *   <user> question <assistant> reply <end>
 * The targets that count towards the loss are the reply's characters and <end> (the mask m_t of chapter 5's SFT loss):
 * the model learns to answer and to stop, not to imitate the question, which it still sees as context.
 */
import { TOKEN, type Tokenizer } from './tokenizer.ts';

/** One exchange. */
export interface Dialogue {
  user: string;
  assistant: string;
}

/** A dialogue as token ids, with a mask over the prediction targets: mask[t] = 1 when ids[t + 1] is the reply's. */
export interface EncodedDialogue {
  ids: number[];
  /** One entry per target (ids.length − 1). */
  mask: number[];
}

/** The prompt that asks the model for a reply: <user> question <assistant>. */
export function promptTokens(tokenizer: Tokenizer, user: string): number[] {
  return [TOKEN.user, ...tokenizer.encode(user), TOKEN.assistant];
}

/** Encodes one dialogue and its loss mask. */
export function encodeDialogue(tokenizer: Tokenizer, dialogue: Dialogue): EncodedDialogue {
  const prompt = promptTokens(tokenizer, dialogue.user);
  const ids = [...prompt, ...tokenizer.encode(dialogue.assistant), TOKEN.end];
  // Target t is ids[t + 1]: the reply starts at target prompt.length − 1 (the first reply character follows <assistant>).
  const mask = ids.slice(1).map((_, t) => (t + 1 >= prompt.length ? 1 : 0));
  return { ids, mask };
}

/**
 * Parses the dialogue file format: blocks separated by a blank line, each a line starting "U:" (the user) and a line
 * starting "A:" (the assistant); lines starting with "#" are comments. Throws naming the line of the first bad block.
 */
export function parseDialogues(text: string): Dialogue[] {
  const dialogues: Dialogue[] = [];
  const lines = text.split(/\r?\n/);
  let user: string | undefined;
  let userLine = 0;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('U:')) {
      if (user !== undefined) throw new Error(`line ${userLine}: a user line with no assistant line after it`);
      user = line.slice(2).trim();
      userLine = index + 1;
    } else if (line.startsWith('A:')) {
      if (user === undefined) throw new Error(`line ${index + 1}: an assistant line with no user line before it`);
      dialogues.push({ user, assistant: line.slice(2).trim() });
      user = undefined;
    } else {
      throw new Error(`line ${index + 1}: expected a line starting "U:" or "A:", got ${JSON.stringify(line.slice(0, 40))}`);
    }
  });
  if (user !== undefined) throw new Error(`line ${userLine}: a user line with no assistant line after it`);
  return dialogues;
}
