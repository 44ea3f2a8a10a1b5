// Offline: after the first visit the app opens with no network at all, and a new version
// is announced and loads on request, with everything in storage kept.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, createPartnership, expectNoAxeViolations, partnershipList } from './helpers';

const lincoln = { school: 'Lincoln Elementary', year: '2026-27', principal: 'Maria Lopez', coaches: ['Ana Diaz'] };
const WORKSPACE_KEY = 'partnership-planner.workspace.v1';
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', WORKSPACE_KEY);

/** Waits until the service worker has kept the app's files and serves this page. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/** Creates Lincoln through the app, back on the list, and waits until it is stored. */
async function createLincoln(page: Page) {
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(page).getByRole('heading', { name: /Lincoln Elementary/ })).toBeVisible();
  await expect.poll(() => stored(page)).toContain('Lincoln Elementary');
}

test('after the first visit the app opens with no network at all, with the work kept', async ({ context, page }) => {
  await openApp(page);
  await waitForOfflineCopy(page);
  await createLincoln(page);

  await context.setOffline(true);
  // The network really is off: a file the worker does not keep cannot be fetched.
  const fetched = await page.evaluate(() => fetch('./sw.js', { cache: 'no-store' }).then(() => 'fetched', () => 'failed'));
  expect(fetched).toBe('failed');

  await page.reload();
  await expect(page.getByRole('link', { name: 'Partnership Planner' })).toBeVisible();
  await expect(partnershipList(page).getByRole('heading', { name: /Lincoln Elementary/ })).toBeVisible();

  // A new visit, straight to a partnership's step, opens as well.
  const url = page.url();
  await partnershipList(page).getByRole('link', { name: /Lincoln Elementary/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Agreement/ })).toBeVisible();
  const step = page.url();
  expect(step).not.toBe(url);
  await page.close();
  const again = await context.newPage();
  await again.goto(step);
  await expect(again.getByRole('link', { name: 'Partnership Planner' })).toBeVisible();
  await expect(again.getByRole('heading', { level: 1, name: /Agreement/ })).toBeVisible();
  await expect(again.getByText('A new version of Partnership Planner is ready')).toBeHidden();
});

/** A copy of the build under test, in this test's output folder, and its address there. */
function deployCopy(baseURL: string, dir: string) {
  // The test server serves the repository (playwright.config.ts), so any folder in it has an address.
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const built = path.join(repo, decodeURIComponent(new URL(baseURL).pathname));
  fs.cpSync(built, dir, { recursive: true });
  // Well in the past, so the host's Last-Modified of every file the next deploy writes is newer.
  const past = new Date(Date.now() - 3_600_000);
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) fs.utimesSync(path.join(dir, name), past, past);
  const address = path.relative(repo, dir).split(path.sep).map(encodeURIComponent).join('/');
  if (address.startsWith('..')) throw new Error(`${dir} is outside the served repository`);
  return new URL(`/${address}/`, baseURL).href;
}

test('a new version is announced, and loads on request with everything in storage kept', async ({ page, baseURL }, testInfo) => {
  // Playwright cannot intercept the browser's check for a new sw.js, so this deploys for real:
  // a copy of the build gets a changed index.html and the sw.js that the build hook writes for it.
  const dir = testInfo.outputPath('site');
  const site = deployCopy(baseURL!, dir);
  await page.goto(`${site}#/`);
  await expect(page.getByRole('link', { name: 'Partnership Planner' })).toBeVisible();
  await waitForOfflineCopy(page);
  await createLincoln(page);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of Partnership Planner is ready' });
  await expect(notice).toBeHidden();

  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<meta charset="utf-8">', '$&<meta name="deploy" content="next">'));
  const worker = path.join(dir, 'sw.js');
  const before = fs.readFileSync(worker, 'utf8');
  execFileSync('python3', [fileURLToPath(new URL('../../.trunk/add-offline.py', import.meta.url))], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PROFILE: 'release' },
  });
  expect(fs.readFileSync(worker, 'utf8')).not.toBe(before);

  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())!.update();
  });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText(
    'A new version of Partnership Planner is ready. It opens the next time you load this page; everything you entered is kept. Load it now',
  );
  await expectNoAxeViolations(page, 'new version notice');
  // The page still runs the version it opened with; only the new version's files are kept.
  await expect(page.locator('meta[name="deploy"]')).toHaveCount(0);
  const version = /^const VERSION = '(\w+)';$/m.exec(fs.readFileSync(worker, 'utf8'))![1];
  expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(new RegExp(` ${version}$`))]);
  const saved = await stored(page);

  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Load it now' }).click()]);
  await expect(page.getByRole('link', { name: 'Partnership Planner' })).toBeVisible();
  await expect(page.locator('meta[name="deploy"]')).toHaveAttribute('content', 'next');
  await expect(notice).toBeHidden();
  await expect(partnershipList(page).getByRole('heading', { name: /Lincoln Elementary/ })).toBeVisible();
  expect(await stored(page)).toBe(saved);
});
