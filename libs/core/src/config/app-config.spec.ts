import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://commend:secret@localhost:5432/commend',
  REDIS_URL: 'redis://localhost:6379',
  AUTH_TENANT_ID: '5f1c2a3b-1111-4222-8333-444455556666',
  AUTH_CLIENT_ID: '9a8b7c6d-1111-4222-8333-444455556666',
  AUTH_METADATA_URL:
    'https://login.microsoftonline.com/5f1c2a3b-1111-4222-8333-444455556666/v2.0/.well-known/openid-configuration',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('reads a valid environment with defaults', () => {
    const config = loadConfig(valid);

    expect(config.port).toBe(3000);
    expect(config.env).toBe('development');
    expect(config.auth.audience).toEqual([valid.AUTH_CLIENT_ID, `api://${valid.AUTH_CLIENT_ID}`]);
  });

  it('sweeps orphan evidence after 24 hours unless told otherwise, and refuses a grace under an hour', () => {
    expect(loadConfig(valid).evidenceOrphanGraceHours).toBe(24);
    expect(loadConfig({ ...valid, EVIDENCE_ORPHAN_GRACE_HOURS: '72' }).evidenceOrphanGraceHours).toBe(72);
    expect(problemsOf({ ...valid, EVIDENCE_ORPHAN_GRACE_HOURS: '0' })).toEqual([
      'EVIDENCE_ORPHAN_GRACE_HOURS must be a whole number of hours, 1 or more',
    ]);
  });

  it('names a missing DATABASE_URL', () => {
    const { DATABASE_URL: _omitted, ...env } = valid;

    expect(problemsOf(env)).toEqual([expect.stringMatching(/^DATABASE_URL is missing: DATABASE_URL must be a URL/)]);
  });

  it('names a malformed value and what it expects', () => {
    expect(problemsOf({ ...valid, DATABASE_URL: 'mysql://x', PORT: 'eighty' })).toEqual([
      'PORT must be a whole number between 0 and 65535',
      expect.stringContaining('DATABASE_URL must be a URL like postgres://'),
    ]);
  });

  it('refuses an http metadata URL', () => {
    expect(problemsOf({ ...valid, AUTH_METADATA_URL: 'http://idp.local/.well-known/openid-configuration' })).toEqual([
      expect.stringContaining('AUTH_METADATA_URL must be the https URL'),
    ]);
  });

  it('names an unreadable CA file', () => {
    expect(problemsOf({ ...valid, AUTH_CA_FILE: '/nonexistent/ca.pem' })).toEqual([
      expect.stringContaining('AUTH_CA_FILE must name a readable PEM file'),
    ]);
  });

  it('defaults the API scope and leaves the sign-in boundary open', () => {
    expect(loadConfig(valid).auth).toMatchObject({
      scope: 'Awards.Access',
      allowedEmailDomains: [],
      requiredRole: undefined,
      requiredGroup: undefined,
      accessContact: expect.stringContaining('awards coordinator'),
    });
  });

  it('reads the sign-in boundary', () => {
    const config = loadConfig({
      ...valid,
      AUTH_SCOPE: 'access_as_user',
      AUTH_ALLOWED_EMAIL_DOMAINS: ' Trust.nhs.uk, council.gov.uk ',
      AUTH_REQUIRED_ROLE: 'Awards.User',
      AUTH_REQUIRED_GROUP: '6F0E0C1A-0000-4000-8000-000000000001',
      AUTH_ACCESS_CONTACT: 'the awards team (awards@trust.nhs.uk)',
    });

    expect(config.auth).toMatchObject({
      scope: 'access_as_user',
      allowedEmailDomains: ['trust.nhs.uk', 'council.gov.uk'],
      requiredRole: 'Awards.User',
      requiredGroup: '6f0e0c1a-0000-4000-8000-000000000001',
      accessContact: 'the awards team (awards@trust.nhs.uk)',
    });
  });

  it('names a bad scope, domain, role and group', () => {
    expect(
      problemsOf({
        ...valid,
        AUTH_SCOPE: 'api://x/Awards.Access',
        AUTH_ALLOWED_EMAIL_DOMAINS: 'trust.nhs.uk,@nhs.net',
        AUTH_REQUIRED_ROLE: 'Awards User',
        AUTH_REQUIRED_GROUP: 'judges',
      }),
    ).toEqual([
      expect.stringContaining('AUTH_SCOPE must be the name of the API scope'),
      expect.stringContaining('AUTH_REQUIRED_ROLE must be an app role value'),
      expect.stringContaining('AUTH_REQUIRED_GROUP must be the object id'),
      expect.stringContaining('"@nhs.net" is not one'),
    ]);
  });
  describe('storage', () => {
    const connectionString =
      'DefaultEndpointsProtocol=https;AccountName=commendtrust;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net';

    it('keeps evidence in the local folder unless told otherwise', () => {
      expect(loadConfig(valid).storage).toEqual({ driver: 'local' });
    });

    it('reads Azure Blob Storage by connection string or by account URL, in the default container or another', () => {
      expect(
        loadConfig({ ...valid, STORAGE_DRIVER: 'azure-blob', AZURE_STORAGE_CONNECTION_STRING: connectionString })
          .storage,
      ).toEqual({
        driver: 'azure-blob',
        connectionString,
        accountUrl: undefined,
        container: 'commend',
      });
      expect(
        loadConfig({
          ...valid,
          STORAGE_DRIVER: 'azure-blob',
          AZURE_STORAGE_ACCOUNT_URL: 'https://commendtrust.blob.core.windows.net',
          AZURE_STORAGE_CONTAINER: 'awards-evidence',
        }).storage,
      ).toEqual({
        driver: 'azure-blob',
        connectionString: undefined,
        accountUrl: 'https://commendtrust.blob.core.windows.net',
        container: 'awards-evidence',
      });
    });

    it('names what azure-blob lacks, or has twice', () => {
      expect(problemsOf({ ...valid, STORAGE_DRIVER: 'azure-blob' })).toEqual([
        'STORAGE_DRIVER=azure-blob needs AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT_URL to sign in with managed identity',
      ]);
      expect(
        problemsOf({
          ...valid,
          STORAGE_DRIVER: 'azure-blob',
          AZURE_STORAGE_CONNECTION_STRING: connectionString,
          AZURE_STORAGE_ACCOUNT_URL: 'https://commendtrust.blob.core.windows.net',
        }),
      ).toEqual([expect.stringContaining('AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL, not both')]);
    });

    it('names a bad driver, connection string, account URL and container, without quoting the secret', () => {
      const problems = problemsOf({
        ...valid,
        STORAGE_DRIVER: 's3',
        AZURE_STORAGE_CONNECTION_STRING: 'AccountName=commendtrust;Password=hunter2',
        AZURE_STORAGE_ACCOUNT_URL: 'ftp://commendtrust',
        AZURE_STORAGE_CONTAINER: 'Evidence--Files',
      });

      expect(problems).toEqual([
        'STORAGE_DRIVER must be local or azure-blob',
        expect.stringMatching(/^AZURE_STORAGE_CONNECTION_STRING must be the storage account's connection string/),
        expect.stringMatching(/^AZURE_STORAGE_ACCOUNT_URL must be the account's blob endpoint/),
        expect.stringMatching(/^AZURE_STORAGE_CONTAINER must be a container name/),
      ]);
      expect(problems.join('\n')).not.toContain('hunter2');
    });
  });
});
