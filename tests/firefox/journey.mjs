// One journey in Debian's firefox-esr, driven headless through WebDriver BiDi: start a
// partnership, fill part of the agreement, reload, export and import it back, and place
// teachers on the continuum map by keyboard and by pointer. Everything else is tested in
// Chromium (tests/e2e); this proves the app as it is built also runs in Firefox.
//
// Run with `make firefox`, or here with `node --test journey.mjs` (needs dist/ built).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORAGE_KEY = 'partnership-planner.workspace.v1';
/** How long any one condition may take to come true. */
const WAIT_MS = 20_000;

const lincoln = { school: 'Lincoln Elementary', year: '2026-27', principal: 'Maria Lopez', coach: 'Ana Diaz' };
const cardName = `${lincoln.school} ${lincoln.year}`;
const goal = 'Writing success of our English Language Learners, typed in Firefox';

// Shared by the steps, in order; a step after a failed one is skipped, not run half-set-up.
let server, browser, page, partnershipId, exported;
const profileDir = mkdtempSync(join(tmpdir(), 'pp-firefox-profile-'));
const downloadDir = mkdtempSync(join(tmpdir(), 'pp-firefox-downloads-'));
const problems = [];
let failed = false;

// A static server for the repository root, so the app opens from /dist/, a sub-folder, as
// in the Chromium journeys; port 0 lets the system pick a free port of its own.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function serve(root) {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) {
        if (!path.endsWith('/')) return res.writeHead(301, { Location: `${path}/` }).end();
        file = join(file, 'index.html');
      }
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
}

/** Waits until `fn(...args)` is truthy in the page; on timeout, fails saying `what`. */
async function waitUntil(what, fn, ...args) {
  try {
    return await page.waitForFunction(fn, { timeout: WAIT_MS, polling: 50 }, ...args);
  } catch (error) {
    throw new Error(`Firefox: timed out after ${WAIT_MS} ms waiting for ${what}`, { cause: error });
  }
}

/** The element matching `selector` once it is visible; fails saying `what` otherwise. */
async function find(selector, what = selector) {
  try {
    return await page.waitForSelector(selector, { visible: true, timeout: WAIT_MS });
  } catch (error) {
    throw new Error(`Firefox: ${what} did not appear within ${WAIT_MS} ms (${selector})`, { cause: error });
  }
}

/** Accessible role and name, as Firefox's accessibility tree computes them. */
const aria = (role, name) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
const button = (name) => find(aria('button', name), `the button “${name}”`);
const field = (name) => find(aria('textbox', name), `the text box “${name}”`);

/** Types `text` over whatever the text box held, key by key, as a person would. */
async function fill(name, text) {
  const box = await field(name);
  await box.focus();
  await box.evaluate((e) => e.select());
  await page.keyboard.type(text);
  return box;
}

/** Waits until an element's text is exactly `text`, and says what it was if it never is. */
async function expectText(selector, text) {
  try {
    await page.waitForFunction(
      (selector, text) => [...document.querySelectorAll(selector)].some((e) => e.textContent.trim() === text),
      { timeout: WAIT_MS, polling: 50 },
      selector,
      text,
    );
  } catch (error) {
    const seen = await page.$$eval(selector, (all) => all.map((e) => e.textContent.trim())).catch(() => []);
    throw new Error(`Firefox: expected ${selector} to read “${text}”; it reads ${JSON.stringify(seen)}`, { cause: error });
  }
}

/** The stored workspace, as the app last saved it. */
const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);

/** Waits until the stored workspace puts `name` at `position` (null: not yet placed). */
function storedPosition(name, position) {
  return waitUntil(
    `${name} to be saved at position ${position}`,
    (key, name, position) => {
      const doc = JSON.parse(localStorage.getItem(key) ?? 'null');
      const teacher = doc?.partnerships?.[0]?.continuum?.teachers?.find((t) => t.name === name);
      return teacher !== undefined && teacher.position === position;
    },
    STORAGE_KEY,
    name,
    position,
  );
}

/** The handle of `name`'s card: the button that is picked up, dragged or clicked. */
async function card(name) {
  const handle = await waitUntil(
    `the card of ${name}`,
    (name) =>
      [...document.querySelectorAll('.card-handle')].find(
        (e) => e.querySelector('.card-name')?.textContent === name && e.getClientRects().length > 0,
      ),
    name,
  );
  return handle.asElement();
}
const inColumn = (position, name) =>
  waitUntil(
    `${name}'s card in column ${position}`,
    (position, name) =>
      [...document.querySelectorAll(`.column[data-position="${position}"] .card-name`)].some((e) => e.textContent === name),
    position,
    name,
  );

/** Drags a card with the mouse, in steps as a hand does, to the middle of a column. */
async function drag(name, position) {
  await page.$eval('.board', (board) => board.scrollIntoView());
  const from = await (await card(name)).boundingBox();
  const to = await (await find(`.column[data-position="${position}"]`, `column ${position}`)).boundingBox();
  assert.ok(from && to, `${name}'s card or column ${position} has no box on screen`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 });
  await page.mouse.up();
}

/** Waits for a downloaded file to be complete in `dir`, and returns its name and text. */
async function downloaded(dir) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const names = readdirSync(dir);
    const done = names.filter((n) => n.endsWith('.json'));
    if (done.length === 1 && !names.some((n) => n.endsWith('.part'))) {
      const text = readFileSync(join(dir, done[0]), 'utf8');
      try {
        return { name: done[0], text, json: JSON.parse(text) };
      } catch {
        // Still being written: look again.
      }
    }
    if (done.length > 1) throw new Error(`Firefox: more than one file downloaded: ${names.join(', ')}`);
    if (Date.now() > deadline) throw new Error(`Firefox: no download finished within ${WAIT_MS} ms in ${dir} (it holds: ${names.join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the page shows, for a failure's message: address, heading, alerts, and a picture. */
async function whereWeAre() {
  try {
    const seen = await page.evaluate(() => ({
      address: location.href,
      heading: document.querySelector('h1')?.textContent.trim(),
      alerts: [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent.trim()),
      focused: document.activeElement?.outerHTML.slice(0, 200),
    }));
    const picture = join(tmpdir(), `pp-firefox-failure-${process.pid}.png`);
    await page.screenshot({ path: picture });
    return `The page: ${JSON.stringify(seen, null, 2)}\nScreenshot: ${picture}`;
  } catch (error) {
    return `(the page could not be read: ${error.message})`;
  }
}

function step(name, fn) {
  test(name, async (t) => {
    if (failed) return t.skip('an earlier step failed');
    try {
      await fn();
    } catch (error) {
      failed = true;
      error.message += `\n${await whereWeAre()}`;
      if (problems.length) error.message += `\nConsole errors so far:\n  ${problems.join('\n  ')}`;
      throw error;
    }
  });
}

before(async () => {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error(`${join(ROOT, 'dist')} holds no built app: run make build first`);
  server = serve(ROOT.endsWith(sep) ? ROOT : ROOT + sep);
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 720 },
  });
  // A context of its own, because WebDriver BiDi sets where downloads go per context.
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloadDir } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error?.message ?? error}`));
});

after(async () => {
  await browser?.close().catch(() => {});
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  for (const dir of [profileDir, downloadDir]) rmSync(dir, { recursive: true, force: true });
});

step('the app opens fresh in Firefox from a sub-folder', async () => {
  const version = await browser.version();
  assert.match(version, /^firefox\//, `expected Firefox, got ${version}`);
  await page.goto(`http://127.0.0.1:${server.address().port}/dist/#/`);
  await find(aria('link', 'Partnership Planner'), 'the header link “Partnership Planner”');
  await find(aria('heading', 'Your partnerships'), 'the home screen');
  assert.equal(await stored(), null, 'a fresh profile should hold no workspace');
});

step('a partnership is started through the form', async () => {
  await (await button('Start a partnership')).click();
  await find('form[aria-labelledby="new-title"]', 'the form “New partnership”');
  await fill('School', lincoln.school);
  await fill('School year', lincoln.year);
  await fill('Principal', lincoln.principal);
  await fill('Coach', lincoln.coach);
  await (await button('Create partnership')).click();
  await waitUntil('the Agreement step', () => /Agreement/.test(document.querySelector('h1')?.textContent ?? ''));
  const hash = await page.evaluate(() => location.hash);
  partnershipId = /^#\/p\/([^/]+)\/agreement$/.exec(hash)?.[1];
  assert.ok(partnershipId, `expected the agreement's address, got ${hash}`);
  await find(`::-p-text(${lincoln.school})`, 'the school name on the agreement');
});

step('part of the agreement is typed and saved after the autosave delay', async () => {
  await fill('Improvement-plan goal', goal);
  await waitUntil(
    'the goal to reach localStorage',
    (key, text) => (localStorage.getItem(key) ?? '').includes(text),
    STORAGE_KEY,
    goal,
  );
  await find('::-p-text(All changes saved)', 'the “All changes saved” status');
});

step('after a reload the agreement still holds the text', async () => {
  await page.reload();
  await waitUntil(
    'the goal after the reload',
    (text) => document.getElementById('focus-goal')?.value === text,
    goal,
  );
});

step('the partnership is exported as a real download', async () => {
  await (await find(aria('link', 'All partnerships'))).click();
  await (await button(`Export ${cardName}`)).click();
  await (await button('Download file')).click();
  exported = await downloaded(downloadDir);
  assert.match(exported.name, /^partnership-lincoln-elementary-2026-27-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(exported.json.format, 'partnership-planner');
  assert.equal(exported.json.scope, 'partnership');
  assert.equal(exported.json.partnerships.length, 1);
  assert.equal(exported.json.partnerships[0].id, partnershipId);
  assert.equal(exported.json.partnerships[0].school, lincoln.school);
  assert.ok(exported.text.includes(goal), 'the exported file should hold the goal');
  await find('::-p-text(The file is in your downloads)', 'the message that the file is in the downloads');
});

step('deleted, then imported back from the file, it comes back whole', async () => {
  await (await button(`Delete ${cardName}`)).click();
  await (await button('Delete partnership')).click();
  await waitUntil('the partnership to leave the list', () => !document.querySelector('[aria-label="Partnerships in this browser"] li'));
  await waitUntil(
    'the deletion to be saved',
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}').partnerships?.length === 0,
    STORAGE_KEY,
  );
  const input = await page.waitForSelector('input#import-file', { timeout: WAIT_MS });
  await input.uploadFile(join(downloadDir, exported.name));
  const preview = await find('section.import-preview', 'the import preview');
  await find(aria('heading', `Import “${exported.name}”?`), 'the import preview\'s question');
  const says = await preview.evaluate((e) => e.textContent);
  assert.match(says, /It holds 1 partnership saved just now\./);
  assert.doesNotMatch(says, /Already in this browser/, 'the deleted partnership should not be found again');
  await (await button('Import')).click();
  await find('::-p-text(Imported 1 partnership.)', 'the message “Imported 1 partnership.”');
  await (await find(`a[href$="/${partnershipId}/agreement"]`, 'the imported partnership on the list')).click();
  await waitUntil('the imported goal', (text) => document.getElementById('focus-goal')?.value === text, goal);
});

step('on the continuum map, two typed teachers are added', async () => {
  await (await find(`nav[aria-label="Steps"] a[href$="/${partnershipId}/continuum"]`, 'the Continuum map step')).click();
  await waitUntil('the continuum map', () => /Continuum map/.test(document.querySelector('h1')?.textContent ?? ''));
  assert.equal(await page.evaluate(() => location.hash), `#/p/${partnershipId}/continuum`);
  const list = await field('Names, one a line, or rows copied from a spreadsheet');
  await list.type('Ana Ruiz');
  await page.keyboard.press('Enter');
  await list.type('Ben Ruiz');
  await expectText('.paste-roster [role="status"]', '2 teachers will be added.');
  await (await button('Add 2 teachers')).click();
  await expectText('.board-said', 'Added 2 teachers to the map, not yet placed.');
  await find(aria('heading', 'Not yet placed (2)'));
  await storedPosition('Ana Ruiz', null);
});

step('a card is moved by keyboard alone: Enter, ArrowRight, Enter', async () => {
  await (await card('Ana Ruiz')).focus();
  await page.keyboard.press('Enter');
  await expectText('.board-said', 'Picked up Ana Ruiz, not yet placed, no stage yet. An arrow puts them in the middle, at 6, then left and right arrows move, Enter drops, Escape cancels.');
  await page.keyboard.press('ArrowRight');
  await expectText('.board-said', 'Ana Ruiz, position 6.');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectText('.board-said', 'Ana Ruiz, position 8.');
  await page.keyboard.press('Enter');
  await expectText('.board-said', 'Ana Ruiz moved from not yet placed to 8. Position 8 now has 1 teacher.');
  await inColumn(8, 'Ana Ruiz');
  await waitUntil('focus to stay on Ana Ruiz', () => document.activeElement?.querySelector?.('.card-name')?.textContent === 'Ana Ruiz');
  await storedPosition('Ana Ruiz', 8);
});

step('cards are moved by pointer: a drag between columns and one from the tray', async () => {
  await drag('Ana Ruiz', 3);
  await expectText('.board-said', 'Ana Ruiz moved from 8 to 3. Position 3 now has 1 teacher.');
  await inColumn(3, 'Ana Ruiz');
  await storedPosition('Ana Ruiz', 3);
  await drag('Ben Ruiz', 3);
  await expectText('.board-said', 'Ben Ruiz moved from not yet placed to 3. Position 3 now has 2 teachers.');
  await inColumn(3, 'Ben Ruiz');
  await storedPosition('Ben Ruiz', 3);
  assert.equal(await page.$$eval('dialog[open]', (open) => open.length), 0, 'a drag must not open the Move dialog');
});

step('the moves are kept after a reload', async () => {
  await find('::-p-text(All changes saved)', 'the “All changes saved” status');
  await page.reload();
  await inColumn(3, 'Ana Ruiz');
  await inColumn(3, 'Ben Ruiz');
  const teachers = (await stored()).partnerships[0].continuum.teachers.map((t) => [t.name, t.position]);
  assert.deepEqual(teachers, [['Ana Ruiz', 3], ['Ben Ruiz', 3]]);
});

step('Firefox logged no errors along the way', async () => {
  assert.deepEqual(problems, [], `Firefox logged errors:\n  ${problems.join('\n  ')}`);
});
