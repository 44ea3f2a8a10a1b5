// Shared steps of the journeys: opening the app fresh and checking a screen with axe.
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The autosave's debounce, read from the one place it is set. */
export const AUTOSAVE_DELAY_MS = Number(
  /const DEBOUNCE: Duration = Duration::from_millis\((\d+)\)/.exec(
    readFileSync(new URL('../../src/storage/autosave.rs', import.meta.url), 'utf8'),
  )?.[1],
);
if (!Number.isInteger(AUTOSAVE_DELAY_MS)) throw new Error('DEBOUNCE not found in src/storage/autosave.rs');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens the app on `hash` and waits until the WebAssembly has drawn the screen. */
export async function openApp(page: Page, hash = '#/') {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('link', { name: 'Partnership Planner' })).toBeVisible();
}

/** Fails with the list of violations when axe finds any on the screen as it is now. */
export async function expectNoAxeViolations(page: Page, screen: string) {
  // Sections out of sight skip layout (`content-visibility: auto`) until they near the
  // screen, so they have no size to measure; drawn in full, they are checked as seen.
  const sections = (visibility: string) =>
    page.evaluate((v) => document.querySelectorAll<HTMLElement>('.step-section').forEach((s) => (s.style.contentVisibility = v)), visibility);
  await sections('visible');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  await sections('');
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

export type NewPartnership = { school: string; year?: string; principal: string; coaches: string[] };

/** Starts a partnership through the form and waits for its first step to open. */
export async function createPartnership(page: Page, p: NewPartnership) {
  const start = page.getByRole('button', { name: /^(Start a partnership|New partnership)$/ });
  await start.click();
  const form = page.getByRole('form', { name: 'New partnership' });
  await form.getByLabel('School', { exact: true }).fill(p.school);
  if (p.year) await form.getByLabel('School year').fill(p.year);
  await form.getByLabel('Principal').fill(p.principal);
  for (const [i, name] of p.coaches.entries()) {
    if (i > 0) await form.getByRole('button', { name: 'Add another coach' }).click();
    await form.getByLabel(i === 0 ? 'Coach' : `Coach ${i + 1}`, { exact: true }).fill(name);
  }
  await form.getByRole('button', { name: 'Create partnership' }).click();
  // The new step takes focus to its heading once drawn: a test that focuses a field
  // before then would have its typing land on the heading.
  await expect(page.getByRole('heading', { level: 1, name: /Agreement/ })).toBeFocused();
}

/** Clicks `button` and returns the downloaded file's name and parsed JSON. */
export async function downloadJson(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  const fs = await import('node:fs');
  const text = fs.readFileSync(path, 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) };
}

/** Picks a file for import through the labelled file input. */
export async function importFile(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel('Import a file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

export const partnershipList = (page: Page) =>
  page.getByRole('list', { name: 'Partnerships in this browser' });

/** Makes the first partnership's unexported changes `days` old, as if left for days. */
export async function ageUnexportedChanges(page: Page, days: number) {
  await page.evaluate((days) => {
    const key = 'partnership-planner.workspace.v1';
    const doc = JSON.parse(localStorage.getItem(key)!);
    doc.partnerships[0].unexported_since = new Date(Date.now() - days * 86_400_000).toISOString();
    localStorage.setItem(key, JSON.stringify(doc));
  }, days);
}

/** What a phone reads from the QR code drawn as `svg`: the picture is drawn on a canvas
 * in a page of its own (the app's policy allows no outside script) and read with jsQR. */
export async function scanQrCode(page: Page, svg: Locator): Promise<string> {
  const markup = await svg.evaluate((e) => new XMLSerializer().serializeToString(e));
  const scanner = await page.context().newPage();
  await scanner.setContent('<body></body>');
  await scanner.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr') });
  const read = await scanner.evaluate(async (markup) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    const size = 1000;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    const pixels = context.getImageData(0, 0, size, size);
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(pixels.data, size, size)?.data ?? '';
  }, markup);
  await scanner.close();
  return read;
}
