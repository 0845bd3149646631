import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each(['/', '/nominations/mine', '/programmes/1?tab=categories', '/a#b'])(
    'follows a path of this app: %s',
    (path) => {
      expect(safeReturnTo(path)).toBe(path);
    },
  );

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\tevil',
    'evil.example',
    '',
    undefined,
    42,
  ])('refuses anything else, going home instead: %p', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
