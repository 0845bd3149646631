import { nameProblem } from './text';

describe('nameProblem', () => {
  it.each([
    ['Sam Patel', null],
    ['Siân O’Connor-Ndiaye', null],
    ['محمد', null],
    ['Sam\u0000', 'must not contain the NUL character (U+0000)'],
    ['Sam\nPatel', 'must not contain control characters such as line breaks or tabs'],
    ['Sam \u202eletaP', 'must not contain characters that change the direction of text'],
    ['Sam \ud83d', 'contains characters that are not valid Unicode (a lone surrogate)'],
  ])('%j → %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });
});
