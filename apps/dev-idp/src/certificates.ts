import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

export interface TlsMaterial {
  caFile: string;
  caPem: string;
  certPem: string;
  keyPem: string;
}

function newKeyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

function certificate(
  subjectCn: string,
  publicPem: string,
  issuer: { cert: forge.pki.Certificate | null; keyPem: string },
  extensions: object[],
  years: number,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicPem);
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + years * 365 * 24 * 3600 * 1000);
  const subject = [
    { name: 'commonName', value: subjectCn },
    { name: 'organizationName', value: 'Commend dev issuer' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(issuer.cert ? issuer.cert.subject.attributes : subject);
  cert.setExtensions(extensions);
  cert.sign(forge.pki.privateKeyFromPem(issuer.keyPem), forge.md.sha256.create());
  return cert;
}

/** Whether the stored server certificate names every one of `hosts`. */
function namesAll(certFile: string, hosts: string[]): boolean {
  const san: unknown = forge.pki.certificateFromPem(readFileSync(certFile, 'utf8')).getExtension('subjectAltName');
  const altNames = (san as { altNames?: { value?: string }[] } | undefined)?.altNames ?? [];
  const names = new Set(altNames.map((name) => name.value));
  return hosts.every((host) => names.has(host));
}

/**
 * The dev issuer's own certificate authority and a server certificate for localhost (and
 * `hosts`, e.g. the demo's idp.localhost in containers), created on first run and kept in
 * `dir`, made anew when a host is added. The API trusts the CA through AUTH_CA_FILE.
 */
export function loadOrCreateTls(dir: string, hosts: string[] = []): TlsMaterial {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = { ca: join(dir, 'ca.pem'), cert: join(dir, 'server.pem'), key: join(dir, 'server-key.pem') };
  const stored = existsSync(files.ca) && existsSync(files.cert) && existsSync(files.key);
  if (!stored || !namesAll(files.cert, hosts)) {
    const caKeys = newKeyPair();
    // A name of its own: a process that trusts two of these CAs (the browser app's in-process
    // fetch, one test suite after another) finds a server's issuer by name, and two CAs of one
    // name would make it check the signature against the wrong key.
    const ca = certificate(
      `Commend dev issuer CA ${randomBytes(4).toString('hex')}`,
      caKeys.publicPem,
      { cert: null, keyPem: caKeys.privatePem },
      [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ],
      10,
    );
    const serverKeys = newKeyPair();
    const server = certificate(
      'localhost',
      serverKeys.publicPem,
      { cert: ca, keyPem: caKeys.privatePem },
      [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            ...hosts.filter((host) => host !== 'localhost').map((host) => ({ type: 2, value: host })),
            { type: 7, ip: '127.0.0.1' },
            { type: 7, ip: '::1' },
          ],
        },
      ],
      2,
    );
    writeFileSync(files.ca, forge.pki.certificateToPem(ca));
    writeFileSync(files.cert, forge.pki.certificateToPem(server));
    writeFileSync(files.key, serverKeys.privatePem, { mode: 0o600 });
  }
  return {
    caFile: files.ca,
    caPem: readFileSync(files.ca, 'utf8'),
    certPem: readFileSync(files.cert, 'utf8'),
    keyPem: readFileSync(files.key, 'utf8'),
  };
}
