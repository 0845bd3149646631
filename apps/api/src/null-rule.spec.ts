import 'reflect-metadata';
import { getMetadataStorage, IS_OPTIONAL } from 'class-validator';
// Loads every controller, and so every request DTO, that the API serves.
import './api.module';

/**
 * The null rule (docs/architecture.md, "Input"): request DTOs use @Optional() or @Nullable()
 * from @commend/core, never class-validator's @IsOptional(), which lets null through unvalidated.
 * PartialType applies @IsOptional() too unless given `{ skipNullProperties: false }`.
 */
describe('the null rule', () => {
  it('no request DTO lets null through with @IsOptional()', () => {
    // class-validator keeps its metadata in a private map; reading it is the one way to see it all.
    const byTarget = (
      getMetadataStorage() as unknown as {
        validationMetadatas: Map<unknown, { name?: string; target: unknown; propertyName: string }[]>;
      }
    ).validationMetadatas;
    const offenders = [...byTarget.values()]
      .flat()
      .filter((m) => m.name === IS_OPTIONAL)
      .map((m) => `${(m.target as { name: string }).name}.${m.propertyName}`)
      // Environment variables are never null: the API's and the browser app's schemas (the latter is
      // in class-validator's storage when a web unit spec ran first in this worker).
      .filter((name) => !/^(Web)?EnvSchema\./.test(name));

    expect(byTarget.size).toBeGreaterThan(10); // the DTOs were loaded
    expect(offenders).toEqual([]);
  });
});
