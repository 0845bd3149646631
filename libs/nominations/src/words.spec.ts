import { countWords } from './words';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Sam spotted the signs.', 4],
    ["Her well-being didn't suffer — at all", 6],
    ['Line one\nline two\ttabbed', 5],
    ['Ówen’s café', 2],
    ['3 visits in 2026', 4],
    ['- — … !!', 0],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
