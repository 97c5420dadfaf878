import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateWorld, type WorldOptions } from '../demo-crm/generate-world';
import { demo as hubspot } from '../demo-crm/hubspot/index';
import { demo as pipedrive } from '../demo-crm/pipedrive/index';
import { demo as salesforce } from '../demo-crm/salesforce/index';
import type { DemoWorld } from '../demo-crm/world';
import { makeCertificate } from './certificate';

export const DEMO_CRMS = [hubspot, salesforce, pipedrive] as const;
export const DEMO_HOSTS = DEMO_CRMS.map((d) => d.host);

export interface DemoServer {
  port: number;
  /** The CRM host names served here. */
  hosts: readonly string[];
  spki: string;
  world: DemoWorld;
  /** Every request the server saw, as `host path`. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the demo CRMs over HTTPS on 127.0.0.1 under their real host names: the browser maps
 * the names here with --host-resolver-rules, so the extension runs on URLs of the real shape.
 */
export async function startDemoServer(options: WorldOptions): Promise<DemoServer> {
  const world = generateWorld(options);
  const worldJson = JSON.stringify(world);
  const app = await bundleSpa();
  const { key, cert, spki } = makeCertificate(DEMO_HOSTS);
  const requests: string[] = [];
  const server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(`${host} ${path}`);
    if (path === '/__demo/app.js') return send(res, 'text/javascript', app);
    if (path === '/__demo/world.json') return send(res, 'application/json', worldJson);
    if (path === '/favicon.ico') return send(res, 'image/x-icon', '', 204);
    const crm = DEMO_CRMS.find((d) => d.host === host);
    if (!crm) return send(res, 'text/plain', `No demo CRM at ${host}`, 404);
    send(res, 'text/html; charset=utf-8', shell(crm.crm));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hosts: DEMO_HOSTS,
    spki,
    world,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: import('node:http').ServerResponse, type: string, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function shell(crm: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${crm} demo CRM</title></head><body><script src="/__demo/app.js"></script></body></html>`;
}

let bundled: Promise<string> | undefined;

function bundleSpa(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('../demo-crm/spa.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}
