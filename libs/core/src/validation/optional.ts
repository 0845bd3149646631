import { ValidateIf } from 'class-validator';

/*
 * What `null` means in a request body, decided once:
 * - a field left out is left alone (on an edit) or takes its default (on a create);
 * - `null` is a value like any other, so it is validated, and a field that must be a string or a
 *   date refuses it with a 400 naming the field;
 * - only a field declared `@Nullable()` accepts `null`, and there it means "clear this value"
 *   (or, for a per-category setting, "inherit the programme's").
 * class-validator's own `@IsOptional()` skips validation for null as well as undefined, which let
 * null through to services (500s, dates stored as 1970-01-01); DTOs use these two instead, and
 * apps/api/src/null-rule.spec.ts fails if any request DTO still uses it.
 */

/** The field may be left out; when present, even as null, it is validated. */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** The field may be left out or be null, which clears it; any other value is validated. */
export function Nullable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined && value !== null);
}
