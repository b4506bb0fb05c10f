// A local HTTPS server standing in for chatgpt.com, deepl.com and the like (the browser maps their names to it).
// HTTPS because these domains are HSTS-preloaded; the certificate is self-signed, made for this run by openssl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

export const FAKE_DOMAINS = ['chatgpt.com', 'deepl.com', 'www.deepl.com'];

export async function startFakeSites() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certamen-fake-sites-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=fake-sites',
    '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  const server = https.createServer({
    key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')),
  }, (request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>${request.headers.host}</title><h1>Site de ${request.headers.host}</h1>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  rmSync(dir, { recursive: true, force: true });
  return {
    port: server.address().port,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
