import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the public key: the test browser alone is told to trust exactly this key. */
  spki: string;
}

/** A throwaway self-signed certificate for the demo's CRM host names, made with openssl. */
export function makeCertificate(hosts: readonly string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'touchline-cert-'));
  try {
    const config = join(dir, 'openssl.cnf');
    writeFileSync(
      config,
      `[req]\ndistinguished_name=dn\nx509_extensions=ext\nprompt=no\n[dn]\nCN=Touchline demo CRM\n[ext]\nsubjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\n`,
    );
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    openssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '3650',
      '-config',
      config,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ]);
    const publicKey = openssl(['x509', '-in', certFile, '-pubkey', '-noout']);
    const der = openssl(['pkey', '-pubin', '-outform', 'DER'], publicKey);
    const spki = openssl(['dgst', '-sha256', '-binary'], der).toString('base64');
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), spki };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function openssl(args: string[], input?: Buffer): Buffer {
  try {
    return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(
      `openssl ${args[0]} failed (${error instanceof Error ? error.message : error}). Install it with: sudo apt-get install openssl`,
    );
  }
}
