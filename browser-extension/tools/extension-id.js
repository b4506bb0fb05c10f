// Prints the Chromium extension id that the manifest's public `key` fixes: `node tools/extension-id.js`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Chromium's id for an extension: the first 128 bits of SHA-256 over the DER public key, written with the
 * letters a–p for the hexadecimal digits 0–f.
 */
export function extensionIdFromKey(base64Key) {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
  console.log(extensionIdFromKey(manifest.key));
}
