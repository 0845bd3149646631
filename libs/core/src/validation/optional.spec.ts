import { IsString, validateSync } from 'class-validator';
import { Nullable, Optional } from './optional';
import { IsName } from './text';

class Example {
  @Optional()
  @IsString()
  @IsName()
  name?: string;

  @Nullable()
  @IsString()
  theme?: string | null;
}

const errors = (value: object) =>
  validateSync(Object.assign(new Example(), value)).flatMap((e) => Object.values(e.constraints ?? {}));

describe('the null rule', () => {
  it('leaves a missing field alone', () => {
    expect(errors({})).toEqual([]);
  });

  it('validates null in an @Optional() field, so it is refused', () => {
    expect(errors({ name: null })).toContain('name must be a string');
  });

  it('accepts null in a @Nullable() field (it clears the value), and validates anything else', () => {
    expect(errors({ theme: null })).toEqual([]);
    expect(errors({ theme: 3 })).toContain('theme must be a string');
  });

  it('names the field and the problem for a name', () => {
    expect(errors({ name: 'Sam\u202e' })).toEqual([
      'name must not contain characters that change the direction of text',
    ]);
  });
});
