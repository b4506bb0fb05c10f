// Points the extension at a school's exam server before packaging:
//   node tools/set-exam-origin.js https://certification.mon-lycee.fr
// The page at that origin's /exam/ then talks to the extension; localhost stays for development.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEVELOPMENT_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The manifest with its content script matching `origin` (an https origin, without path) and localhost. */
export function withExamOrigin(manifest, origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`not an origin: ${origin}`);
  }
  if (url.protocol !== 'https:' || url.origin !== origin.replace(/\/$/, '')) {
    throw new Error(`the exam origin must look like https://exam.example.org (got ${origin})`);
  }
  const [script, ...others] = manifest.content_scripts;
  return {
    ...manifest,
    content_scripts: [{ ...script, matches: [...DEVELOPMENT_MATCHES, `https://${url.hostname}/*`] }, ...others],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length !== 3) {
    console.error('usage: node tools/set-exam-origin.js https://exam.example.org');
    process.exit(2);
  }
  const file = new URL('../manifest.json', import.meta.url);
  const manifest = withExamOrigin(JSON.parse(readFileSync(file, 'utf8')), process.argv[2]);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`content script now matches ${manifest.content_scripts[0].matches.join(', ')}`);
}
