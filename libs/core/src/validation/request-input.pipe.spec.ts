import { InvalidInputError } from '../errors/common-errors';
import { checkInput, MAX_INPUT_DEPTH, RequestInputPipe } from './request-input.pipe';

describe('RequestInputPipe', () => {
  const pipe = new RequestInputPipe();
  const refusal = (value: unknown, type: 'body' | 'query' | 'param' = 'body', data?: string) => {
    try {
      pipe.transform(value, { type, data });
      return null;
    } catch (error) {
      return error as InvalidInputError;
    }
  };

  it('passes ordinary input through unchanged, nulls and all', () => {
    const body = { nominee: { name: 'Sam Patel' }, relationship: null, statements: [{ text: 'Kept people safe' }] };

    expect(pipe.transform(body, { type: 'body' })).toBe(body);
  });

  it('refuses a NUL anywhere in a body, naming where', () => {
    const error = refusal({ statements: [{ text: 'ok' }, { text: 'Kept\u0000safe' }] });

    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error?.code).toBe('request.invalid_text');
    expect(error?.message).toBe('statements.1.text must not contain the NUL character (U+0000)');
  });

  it('refuses a NUL in a field name', () => {
    expect(refusal({ ['a\u0000b']: 1 })?.message).toBe('A field name must not contain the NUL character (U+0000)');
  });

  it('refuses a lone surrogate, which PostgreSQL would store as U+FFFD', () => {
    expect(refusal({ name: 'Sam \udc00' })?.message).toContain('name contains characters that are not valid Unicode');
  });

  it('accepts a surrogate pair (an emoji)', () => {
    expect(refusal({ name: 'Sam 🎉' })).toBeNull();
  });

  it('refuses a NUL in a path parameter and in a query, naming the parameter', () => {
    expect(refusal('sam\u0000@example.org', 'param', 'email')?.message).toMatch(/^email must not contain the NUL/);
    expect(refusal({ entityId: 'a\u0000' }, 'query')?.message).toMatch(/^entityId must not contain the NUL/);
  });

  it('leaves custom parameters (the signed-in user) to their own checks', () => {
    expect(pipe.transform({ name: 'a\u0000b' }, { type: 'custom' })).toEqual({ name: 'a\u0000b' });
  });

  it(`accepts ${MAX_INPUT_DEPTH} levels of nesting and refuses one more, without overflowing the stack`, () => {
    const nest = (levels: number): unknown => {
      let value: unknown = 'leaf';
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };

    expect(() => checkInput(nest(MAX_INPUT_DEPTH))).not.toThrow();
    expect(() => checkInput(nest(MAX_INPUT_DEPTH + 1))).toThrow(/more than 32 levels deep/);
    expect(() => checkInput(nest(100_000))).toThrow(InvalidInputError);
  });
});
