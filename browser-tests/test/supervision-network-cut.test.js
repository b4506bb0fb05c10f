import { after, before, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import { Api, createSession } from '../lib/api.js';
import { launchBrowser, screenshot } from '../lib/browser.js';
import { startCuttableProxy } from '../lib/cuttable-proxy.js';
import { startExamServer } from '../lib/exam-server.js';
import { ApiCandidate, loginInvigilator, row } from '../lib/invigilator.js';

const staffToken = randomUUID();
let server;
let proxy;
let browser;

before(async () => {
  server = await startExamServer({ staffToken });
  proxy = await startCuttableProxy(server.url);
  browser = await launchBrowser({ withExtension: false, fakeSitesPort: 9 });
});

after(async () => {
  await browser?.close();
  await proxy?.stop();
  await server?.stop();
});

test('the supervision says when the network is cut, reconnects by itself and catches up', async () => {
  const api = new Api(server.url);
  const identity = { lastName: 'Lefèvre', firstName: 'Zoé', birthdate: '2010-03-04' };
  const session = await createSession(api, staffToken, [identity]);
  const candidate = new ApiCandidate(api, session, identity);
  const page = await browser.context.newPage();
  await loginInvigilator(page, proxy.url, session);
  await page.getByText('En direct').waitFor();

  proxy.cut();
  await page.getByText('Connexion perdue, reconnexion…').waitFor();
  await candidate.enter();
  await screenshot(page, 'supervision-connection-lost');

  proxy.restore();
  await page.getByText('En direct').waitFor();
  await row(page, 'Lefèvre').getByRole('button', { name: 'Autoriser le début' }).waitFor();
});
