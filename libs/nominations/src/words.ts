/** Words as a person counts them: runs separated by spaces that contain a letter or a digit ("well-being" is one; a lone dash is none). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
