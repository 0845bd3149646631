/** The API's answer to a request it refused: `{statusCode, code, message, details}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A refusal the person can act on re-renders the form; anything else goes to the error pages. */
export function actionable(error: unknown): error is ApiError {
  return error instanceof ApiError && [400, 409, 413, 415, 422].includes(error.status);
}

/** The design system's error summary and inline errors, as a page's view model carries them. */
export interface PageErrors {
  /** Each links to its field (`#<field>`), or to nothing for a whole-form error. */
  summary: { text: string; href?: string }[];
  fields: Record<string, { text: string }>;
}

/**
 * One way to show what the API refused: its message in the error summary, and, when its
 * details name fields (`{fields: {name: message}}` or `[{field, message}]`), each field's
 * message inline and in the summary linking to it. `fieldIds` maps the API's field names to
 * the page's input ids where they differ.
 */
export function toPageErrors(error: ApiError, fieldIds: Record<string, string> = {}): PageErrors {
  const named = fieldMessages(error.details);
  if (named.length === 0) return { summary: [{ text: error.message }], fields: {} };
  const fields: PageErrors['fields'] = {};
  const summary: PageErrors['summary'] = [];
  for (const { field, message } of named) {
    const id = fieldIds[field] ?? field;
    fields[id] = { text: message };
    summary.push({ text: message, href: `#${id}` });
  }
  return { summary, fields };
}

function fieldMessages(details: unknown): { field: string; message: string }[] {
  if (Array.isArray(details)) {
    return details.flatMap((item: unknown) => {
      const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
      return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
    });
  }
  const fields = (details as { fields?: unknown } | null | undefined)?.fields;
  if (fields && typeof fields === 'object') {
    return Object.entries(fields).flatMap(([field, message]) =>
      typeof message === 'string' ? [{ field, message }] : [],
    );
  }
  return [];
}
