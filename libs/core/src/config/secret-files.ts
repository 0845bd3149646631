import { readFileSync } from 'node:fs';

/**
 * The variables that hold secrets. Each may instead be given as `<NAME>_FILE`, the path of a
 * file holding the value (Docker and Kubernetes secrets are mounted as files), so the secret
 * is not in the process's environment, where `docker inspect` and child processes see it.
 * One list for the API, the worker, the browser app and the migration step.
 */
export const SECRET_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'NOTIFY_API_KEY',
  'SMTP_URL',
  'WEB_CLIENT_SECRET',
  'WEB_SESSION_SECRET',
  'AZURE_STORAGE_CONNECTION_STRING',
] as const;

/**
 * `env` with each secret given by file read in: the file's content, less one trailing newline
 * (what `echo` and most editors add). Setting both `X` and `X_FILE` is a problem, as is a file
 * that cannot be read; an empty value counts as unset, as everywhere in the configuration.
 */
export function withSecretFiles(env: NodeJS.ProcessEnv): {
  env: NodeJS.ProcessEnv;
  problems: string[];
  /** The variables whose file could not be read: that problem names them, so "missing" need not. */
  unread: Set<string>;
} {
  const resolved: NodeJS.ProcessEnv = { ...env };
  const problems: string[] = [];
  const unread = new Set<string>();
  for (const name of SECRET_VARIABLES) {
    const path = env[`${name}_FILE`];
    delete resolved[`${name}_FILE`];
    if (!path) continue;
    if (env[name]) {
      problems.push(`${name} and ${name}_FILE are both set: set one of them`);
      continue;
    }
    try {
      resolved[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch {
      problems.push(`${name}_FILE must name a readable file (cannot read ${path})`);
      unread.add(name);
    }
  }
  return { env: resolved, problems, unread };
}

/** One secret outside the schema (the migration step and the audit check need only DATABASE_URL). */
export function secretFromEnv(
  name: (typeof SECRET_VARIABLES)[number],
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const { env: resolved, problems } = withSecretFiles({ [name]: env[name], [`${name}_FILE`]: env[`${name}_FILE`] });
  if (problems.length > 0) throw new Error(problems.join('; '));
  return resolved[name] || undefined;
}
