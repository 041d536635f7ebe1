/** MLflow names unnamed runs `<adjective>-<noun>-<number>`; so do we (the randomness is passed in). */
const ADJECTIVES = ['amazing', 'bold', 'calm', 'clever', 'gentle', 'happy', 'keen', 'nimble', 'quiet', 'rare', 'sly', 'brave'];
const NOUNS = ['ant', 'bass', 'cat', 'crane', 'deer', 'eel', 'fox', 'gull', 'hare', 'lark', 'owl', 'wren'];

export function generateRunName(random: () => number): string {
  const pick = (words: string[]) => words[Math.floor(random() * words.length)];
  return `${pick(ADJECTIVES)}-${pick(NOUNS)}-${Math.floor(random() * 1000)}`;
}
