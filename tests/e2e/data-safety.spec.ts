// Data safety: export, anonymised export, import with preview and undo, and storage that
// survives full, missing, corrupt and shared browser storage.
import { test, expect, type Page } from '@playwright/test';
import {
  openApp,
  createPartnership,
  expectNoAxeViolations,
  downloadJson,
  importFile,
  partnershipList,
  ageUnexportedChanges,
  AUTOSAVE_DELAY_MS,
} from './helpers';

const lincoln = { school: 'Lincoln Elementary', year: '2026-27', principal: 'Maria Lopez', coaches: ['Ana Diaz'] };
const sampleName = /Lincoln Elementary \(sample\)/;

async function addSample(page) {
  await page.getByRole('button', { name: 'Open the sample school' }).click();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(page).getByRole('heading', { name: sampleName })).toBeVisible();
}

test('a file saved again by an old Windows editor keeps its accented letters', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Export Lincoln Elementary 2026-27' }).click();
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  // Opened in Notepad to fix the name, then saved as "ANSI" (Windows-1252), not UTF-8.
  const edited = file.text.replace('"name": "Lincoln Elementary 2026-27"', '"name": "Lincoln Élémentaire – 2026-27"');
  expect(edited).not.toEqual(file.text);
  await importFile(page, file.name, Buffer.from(edited.replace('–', '\x96'), 'latin1'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(partnershipList(page).getByRole('heading', { name: 'Lincoln Élémentaire – 2026-27' })).toBeVisible();

  // Saved as "Unicode" (UTF-16 with its byte-order mark), as Notepad offers too.
  const unicode = file.text.replace('"name": "Lincoln Elementary 2026-27"', '"name": "Lincoln Zoë 2026-27"');
  await importFile(page, 'unicode.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(unicode, 'utf16le')]));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(partnershipList(page).getByRole('heading', { name: 'Lincoln Zoë 2026-27' })).toBeVisible();
});

test('a partnership exports as a readable file named for its school, year and date', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  const card = partnershipList(page).getByRole('listitem');
  await expect(card).toContainText(/Last exported\s*never/);
  await page.getByRole('button', { name: 'Export Lincoln Elementary 2026-27' }).click();
  await expectNoAxeViolations(page, 'export choice');
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  expect(file.name).toMatch(/^partnership-lincoln-elementary-2026-27-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.text).toContain('\n  "format": "partnership-planner",\n');
  expect(file.json).toMatchObject({ format: 'partnership-planner', version: 2, scope: 'partnership', anonymised: false });
  expect(file.json.app_version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(Date.parse(file.json.saved_at)).not.toBeNaN();
  expect(file.json.partnerships[0]).toMatchObject({ school: 'Lincoln Elementary', principal: 'Maria Lopez' });
  await expect(card).toContainText(/Last exported\s*just now/);
  await expect(page.getByRole('status').filter({ hasText: 'The file is in your downloads' })).toBeVisible();
});

test('an anonymised export has codes instead of teacher names and says so', async ({ page }) => {
  await openApp(page);
  await addSample(page);
  await page.getByRole('button', { name: /^Export Lincoln Elementary \(sample\)/ }).click();
  await page.getByRole('button', { name: 'Anonymised file for sharing' }).click();
  const review = page.getByRole('region', { name: 'Check before you share' });
  await expect(review).toContainText('No names found.');
  const file = await downloadJson(page, () => review.getByRole('button', { name: 'Download anonymised file' }).click());
  expect(file.name).toMatch(/-anonymised\.json$/);
  expect(file.json.anonymised).toBe(true);
  const names = file.json.partnerships[0].continuum.teachers.map((t) => t.name);
  expect(names.slice(0, 3)).toEqual(['T01', 'T02', 'T03']);
  for (const teacher of ['Alex Rivera', 'Dana Smith', 'Gus Moreau']) expect(file.text).not.toContain(teacher);
  // An anonymised file is no backup: the card still says it was never exported.
  await expect(partnershipList(page).getByRole('listitem')).toContainText(/Last exported\s*never/);
});

test('export then import gives back the same partnership, after a preview', async ({ page }) => {
  await openApp(page);
  await addSample(page);
  await page.getByRole('button', { name: /^Export Lincoln Elementary \(sample\)/ }).click();
  const first = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());

  await page.getByRole('button', { name: /^Delete Lincoln Elementary \(sample\)/ }).click();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await expect(partnershipList(page)).toHaveCount(0);

  await importFile(page, first.name, first.text);
  const preview = page.getByRole('region', { name: `Import “${first.name}”?` });
  await expect(preview).toContainText('It holds 1 partnership saved just now.');
  await expect(preview).toContainText('25 teachers');
  await expect(preview).toContainText('16 support actions');
  await expect(preview).not.toContainText('left out');
  await expectNoAxeViolations(page, 'import preview');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 partnership.' })).toBeVisible();
  await expect(partnershipList(page).getByRole('heading', { name: sampleName })).toBeVisible();
  // The file was an export: the copy opened from it says so.
  await expect(partnershipList(page).getByRole('listitem').first()).toContainText(/Last exported\s*just now/);

  await page.getByRole('button', { name: /^Export Lincoln Elementary \(sample\)/ }).click();
  const second = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  // Each file says when it was exported; all else is the same.
  const exported = (file: { json: { partnerships: { last_exported: string }[] } }) =>
    file.json.partnerships.map(({ last_exported, ...rest }) => (expect(last_exported).not.toBeNull(), rest));
  expect(exported(second)).toEqual(exported(first));

  // Fields added by hand are not kept: the preview says which, before anything changes.
  const edited = structuredClone(first.json);
  edited.partnerships[0].mood = 'hopeful';
  edited.partnerships[0].continuum.teachers[1].nickname = 'Bee';
  edited.partnerships[0].continuum.teachers[2].remark = '';
  await importFile(page, 'edited.json', JSON.stringify(edited, null, 2));
  await expect(page.getByRole('region', { name: 'Import “edited.json”?' })).toContainText(
    'This file holds things Partnership Planner does not keep, which will be left out: Partnership 1, teacher 2, nickname; Partnership 1, mood. Everything else comes in.');
});

test('importing over a partnership replaces it, and the replacement can be undone', async ({ page }) => {
  await openApp(page);
  await addSample(page);
  await page.getByRole('button', { name: /^Export Lincoln Elementary \(sample\)/ }).click();
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  await page.getByRole('button', { name: /^Rename Lincoln Elementary \(sample\)/ }).click();
  await page.getByLabel('New name').fill('Our edited plan');
  await page.getByRole('button', { name: 'Save name' }).click();

  await importFile(page, file.name, file.text);
  const preview = page.getByRole('region', { name: /^Import/ });
  // Renamed here after the export: replacing would take that back, so keeping both is
  // what the preview offers first.
  await expect(preview).toContainText('Already in this browser as “Our edited plan”, and changed here since this file was saved.');
  await expect(preview).toContainText('Replacing would take back the changes made in this browser since the file was saved.');
  await expect(preview.getByLabel(/add the file's version as new partnerships/)).toBeChecked();
  await preview.getByLabel(/Replace them with the file's version/).check();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
  await expect(partnershipList(page).getByRole('heading', { name: sampleName })).toBeVisible();
  // The keyboard goes on from what the import did, then back to where imports start.
  await expect(page.locator('#import-done')).toBeFocused();

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(partnershipList(page).getByRole('heading', { name: 'Our edited plan' })).toBeVisible();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Import a file')).toBeFocused();

  // Looked at, then left: focus waits on "Import a file", not at the top of the page.
  await importFile(page, file.name, file.text);
  await page.getByRole('region', { name: /^Import/ }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Import a file')).toBeFocused();

  await importFile(page, file.name, file.text);
  await page.getByLabel(/add the file's version as new partnerships/).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
  // Side by side, the two can be told apart.
  await expect(partnershipList(page).getByRole('heading', { name: 'Our edited plan', exact: true })).toBeVisible();
  await expect(partnershipList(page).getByRole('heading', { name: /^Lincoln Elementary \(sample\).*\(from the file\)/ })).toBeVisible();
  // A delete after it is the undo on offer; undoing it does not bring the import's back.
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Our edited plan', exact: true }).click();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
});

test('a bad file is refused with a clear message and nothing changes', async ({ page }) => {
  await openApp(page);
  await addSample(page);
  const fs = await import('node:fs');
  const good = JSON.parse(fs.readFileSync('../fixtures/v1/workspace.json', 'utf8'));
  good.partnerships[0].continuum.teachers[2].position = 12;
  await importFile(page, 'colleague.json', JSON.stringify(good));
  const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
  await expect(alert).toContainText('Partnership 1, teacher 3 (Carl Okafor), position: position 12 is outside 1-11.');
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Nothing in this browser has changed.');
  await expectNoAxeViolations(page, 'refused import');
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);

  await importFile(page, 'newer.json', fs.readFileSync('../fixtures/bad/newer-version.json'));
  await expect(page.getByRole('alert').filter({ hasText: 'was not imported' })).toContainText(
    'made by a newer version of Partnership Planner',
  );
  await importFile(page, 'huge.json', Buffer.alloc(20_200_000, 32));
  await expect(page.getByRole('alert').filter({ hasText: 'was not imported' })).toContainText('opens files up to 20 MB');
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
});

test('a file with values that cannot be read can come in without them, each change listed first', async ({ page }) => {
  await openApp(page);
  const fs = await import('node:fs');
  const file = JSON.parse(fs.readFileSync('../fixtures/v1/workspace.json', 'utf8'));
  file.partnerships = file.partnerships.slice(0, 1);
  const p = file.partnerships[0];
  p.continuum.teachers[2].position = 12;
  p.continuum.teachers[1].name = ' ';
  p.plan.actions[0].starts = '01/10/2026';
  await importFile(page, 'hand-edited.json', JSON.stringify(file, null, 2));
  const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Nothing in this browser has changed.');
  // Every problem at once, not one per try.
  const changes = alert.getByRole('listitem');
  await expect(changes).toHaveText([
    'Teacher 3 (Carl Okafor), position: left empty (position 12 is outside 1-11)',
    'Support action 1 (“Look at writing from classrooms at 9-10”), starts: left empty (“01/10/2026” is not a date written year-month-day, such as 2026-09-28 for 28 September 2026)',
    'Teacher 2, name: set to “Teacher 2” (a teacher needs a name or a code)',
  ]);
  await expectNoAxeViolations(page, 'a refused import that can come in without what cannot be read');
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(0);

  await alert.getByRole('button', { name: 'Import without these' }).click();
  const preview = page.getByRole('region', { name: 'Import “hand-edited.json”?' });
  await expect(preview).toContainText('Coming in without what could not be read:');
  // Whose plan it is, so two pairs' files of one school tell apart.
  await expect(preview.getByRole('listitem').first()).toContainText('Maria Lopez with Ana Diaz');
  await expect(preview.getByRole('listitem').filter({ hasText: 'Teacher 2, name' })).toBeVisible();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 partnership.' })).toBeVisible();
  await partnershipList(page).getByRole('link', { name: /^Lincoln Elementary/ }).click();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Continuum map/ }).click();
  await expect(page.getByRole('button', { name: /^Teacher 2\b/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Not yet placed (1)' }).getByRole('button', { name: /^Carl Okafor/ })).toBeVisible();
});

test('the preview of a file names each partnership plainly, with no empty parts and no date misread as just now', async ({ page }) => {
  await openApp(page);
  const fs = await import('node:fs');
  await importFile(page, 'every-field.json', fs.readFileSync('../fixtures/v2/every-field.json', 'utf8'));
  const preview = page.getByRole('region', { name: 'Import “every-field.json”?' });
  // No principal or coach yet, and last edited on a day ahead of this device's clock.
  await expect(preview).toContainText('Maple School, 2027-28 · 0 teachers · 0 support actions · last edited 1 July 2027');
  await expect(preview).not.toContainText('· ·');
  await expect(preview).toContainText('Lincoln Elementary, 2026-27 · Maria Lopez with Ana Diaz and Sam Lee · 7 teachers · 5 support actions');
});

test('a file edited by hand, a stage in capitals and a note deleted, imports as meant', async ({ page }) => {
  await openApp(page);
  const fs = await import('node:fs');
  const file = JSON.parse(fs.readFileSync('../fixtures/v1/workspace.json', 'utf8'));
  file.partnerships = file.partnerships.slice(0, 1);
  const [alex, bea, carl] = file.partnerships[0].continuum.teachers;
  alex.stage = 'Developing';
  bea.stage = 'GETTING READY';
  delete carl.notes;
  await importFile(page, 'edited.json', JSON.stringify(file, null, 2));
  const preview = page.getByRole('region', { name: 'Import “edited.json”?' });
  await expect(preview).not.toContainText('left out');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 partnership.' })).toBeVisible();
  await partnershipList(page).getByRole('link', { name: /^Lincoln Elementary/ }).first().click();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Continuum map/ }).click();
  await expect(page.getByRole('button', { name: /^Alex Rivera Developing/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Bea Chen Getting ready/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Carl Okafor/ })).toBeVisible();
});

test('a facilitator brings in several pairs’ files at once, and two copies of one plan are pointed out', async ({ page }) => {
  await openApp(page);
  const fs = await import('node:fs');
  const whole = JSON.parse(fs.readFileSync('../fixtures/v1/workspace.json', 'utf8'));
  const pair = (n: number, school: string, anonymised: boolean) => {
    const file = structuredClone(whole);
    file.scope = 'partnership';
    file.partnerships = [file.partnerships[n]];
    file.partnerships[0].name = `${school} 2026-27`;
    file.anonymised = anonymised;
    if (!anonymised) file.partnerships[0].mood = 'hopeful';
    return { name: `${school}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
  };
  const maple = pair(0, 'Maple', false);
  const oak = pair(1, 'Oak', true);
  await page.getByLabel('Import a file').setInputFiles([maple, oak]);
  const preview = page.getByRole('region', { name: 'Import these 2 files?' });
  await expect(preview).toContainText('They hold 2 partnerships, brought in together.');
  await expect(preview).toContainText('Oak 2026-27 (anonymised)');
  await expect(preview).toContainText('These files hold things Partnership Planner does not keep, which will be left out: “Maple.json”: Partnership 1, mood. Everything else comes in.');
  await expectNoAxeViolations(page, 'import of several files');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 partnerships.' })).toBeVisible();
  await expect(partnershipList(page).getByRole('heading', { name: 'Maple 2026-27' })).toBeVisible();
  await expect(partnershipList(page).getByRole('heading', { name: 'Oak 2026-27 (anonymised)' })).toBeVisible();

  // The same plan twice, one copy renamed: the pair is asked to choose.
  const again = { ...maple, name: 'Maple (copy).json' };
  await page.getByLabel('Import a file').setInputFiles([maple, again]);
  const alert = page.getByRole('alert').filter({ hasText: 'The 2 files were not imported.' });
  await expect(alert).toContainText('“Maple.json” and “Maple (copy).json” both hold “Maple 2026-27”: import one of them.');
  await expect(alert).toBeFocused();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
});

test('a file dropped on the window is offered for import', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const fs = await import('node:fs');
  const text = fs.readFileSync('../fixtures/v1/workspace.json', 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'from-facilitator.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const preview = page.getByRole('region', { name: 'Import “from-facilitator.json”?' });
  await expect(preview).toContainText('It holds 2 partnerships');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(3);
});

test('a reload right after typing keeps the text', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Rename Lincoln Elementary 2026-27' }).click();
  await page.getByLabel('New name').fill('Typed a moment ago');
  await page.getByLabel('New name').press('Enter');
  await page.reload();
  await expect(partnershipList(page).getByRole('heading', { name: 'Typed a moment ago' })).toBeVisible();
});

test('with storage switched off the app still works and says nothing is saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  const alert = page.getByRole('alert').filter({ hasText: 'not letting Partnership Planner save' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await createPartnership(page, lincoln);
  await expect(alert).toBeVisible();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
  const file = await downloadJson(page, () => alert.getByRole('button', { name: 'Export all partnerships' }).click());
  expect(file.json.partnerships[0].school).toBe('Lincoln Elementary');
  await expectNoAxeViolations(page, 'storage unavailable');
});

test('when storage is full the work stays on screen and the way out is an export', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('partnership-planner.workspace') && (window as any).__full) {
        (window as any).__refused = ((window as any).__refused ?? 0) + 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openApp(page);
  await addSample(page);
  // The sample is saved before storage fills, so the notice comes with the rename: a
  // notice from the sample's own save could shift the form while Save name is clicked.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  await page.evaluate(() => ((window as any).__full = true));
  await page.getByRole('button', { name: /^Rename Lincoln Elementary \(sample\)/ }).click();
  await page.getByLabel('New name').fill('Renamed while full');
  await page.getByRole('button', { name: 'Save name' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(alert).toBeVisible();
  await expect(partnershipList(page).getByRole('heading', { name: 'Renamed while full' })).toBeVisible();
  const file = await downloadJson(page, () => alert.getByRole('button', { name: 'Export all partnerships' }).click());
  expect(file.json.partnerships[0].name).toBe('Renamed while full');

  // The next edit cannot be saved either. The notice stays as it was, the same element, so
  // a screen reader does not announce it again at every edit; closing the tab asks first.
  await alert.evaluate((notice) => ((window as any).__notice = notice));
  const refused = await page.evaluate(() => (window as any).__refused);
  await page.getByRole('button', { name: 'Rename Renamed while full' }).click();
  await page.getByLabel('New name').fill('Not saved yet');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.waitForFunction((before) => (window as any).__refused > before, refused);
  await expect(alert).toBeVisible();
  expect(await alert.evaluate((notice) => notice === (window as any).__notice)).toBe(true);
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
});

test('stored data that cannot be read is kept, listed at every start with a download, and the app starts', async ({ page }) => {
  const unreadable = '{"format": "partnership-planner", "version": 9';
  await openApp(page);
  await page.evaluate((text) => localStorage.setItem('partnership-planner.workspace.v1', text), unreadable);
  await page.reload();
  const kept = page.getByRole('region', { name: 'Saved work kept aside' });
  await expect(kept).toContainText('kept each of these exactly as it was');
  await expect(kept).toContainText('Everything saved in this browser at the time');
  // Said of saved work, not of a file the person never opened.
  await expect(kept).toContainText('It stops before its end, as if the browser was closed while it was being saved.');
  await expect(page.getByRole('heading', { name: 'Start your first partnership' })).toBeVisible();
  await expect(page.getByText('No partnership opens here yet: the saved work kept aside above can be downloaded')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kept.getByRole('button', { name: 'Download Everything saved in this browser at the time' }).click(),
  ]);
  const fs = await import('node:fs');
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(unreadable);
  const copies = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('partnership-planner.unreadable.'))
        .map((k) => localStorage.getItem(k)),
    );
  expect(await copies()).toEqual([unreadable]);
  await expectNoAxeViolations(page, 'unreadable storage');

  // Work goes on, and the copy is still offered after the next start, until deleted.
  await createPartnership(page, lincoln);
  await page.reload();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(kept).toContainText('Everything saved in this browser at the time');
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
  expect(await copies()).toEqual([unreadable]);
});

/** Holds a tab's autosave: its debounce timer never fires, so its edits wait unsaved. */
async function holdAutosave(page: Page) {
  await page.addInitScript((debounce) => {
    const setTimeout = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, delay?: number, ...args: unknown[]) =>
      delay === debounce ? 0 : setTimeout(fn, delay, ...args)) as typeof window.setTimeout;
  }, AUTOSAVE_DELAY_MS);
}

test('two tabs: a save in one appears in the other, and a clash asks before losing anything', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await addSample(first);

  const second = await context.newPage();
  // The second tab's autosave waits while the first tab saves.
  await holdAutosave(second);
  await openApp(second);
  await expect(partnershipList(second).getByRole('heading', { name: sampleName })).toBeVisible();

  await createPartnership(first, lincoln);
  await expect(partnershipList(second).getByRole('listitem')).toHaveCount(2);

  await second.getByRole('button', { name: /^Rename Lincoln Elementary \(sample\)/ }).click();
  await second.getByLabel('New name').fill('Second tab name');
  await second.getByRole('button', { name: 'Save name' }).click();
  await first.getByRole('link', { name: 'All partnerships' }).click();
  await first.getByRole('button', { name: /^Rename Lincoln Elementary \(sample\)/ }).click();
  await first.getByLabel('New name').fill('First tab name');
  await first.getByRole('button', { name: 'Save name' }).click();

  const clash = second.getByRole('alert').filter({ hasText: 'also open in another tab' });
  await expect(clash).toBeVisible();
  await expectNoAxeViolations(second, 'two-tab clash');
  await clash.getByRole('button', { name: "Keep this tab's version" }).click();
  await expect(clash).toBeHidden();
  // The version given up is kept aside, listed at once, to download and import.
  await expect(second.getByRole('alert').filter({ hasText: "The other tab's version is kept aside" })).toBeVisible();
  const aside = second.getByRole('region', { name: 'Saved work kept aside' });
  await expect(aside.getByRole('listitem').filter({ hasText: 'Lincoln Elementary 2026-27 and First tab name' })).toContainText('This can be opened now');
  // The tab whose version was given up lists it too, without a reload.
  await expect(first.getByRole('region', { name: 'Saved work kept aside' }).getByRole('listitem').filter({ hasText: 'Lincoln Elementary 2026-27 and First tab name' })).toBeVisible();
  await expect(partnershipList(first).getByRole('heading', { name: 'Second tab name' })).toBeVisible();
  await first.reload();
  await expect(partnershipList(first).getByRole('heading', { name: 'Second tab name' })).toBeVisible();

  // A second clash, settled the other way: the second tab takes the first tab's version.
  await second.getByRole('button', { name: 'Rename Second tab name' }).click();
  await second.getByLabel('New name').fill('Lost on purpose');
  await second.getByRole('button', { name: 'Save name' }).click();
  await first.getByRole('button', { name: 'Rename Second tab name' }).click();
  await first.getByLabel('New name').fill('Kept from the first tab');
  await first.getByRole('button', { name: 'Save name' }).click();
  await clash.getByRole('button', { name: "Use the other tab's version" }).click();
  await expect(clash).toBeHidden();
  await expect(second.getByRole('alert').filter({ hasText: "This tab's version is kept aside" })).toBeVisible();
  await expect(aside.getByRole('listitem').filter({ hasText: 'Lincoln Elementary 2026-27 and Lost on purpose' })).toBeVisible();
  await expectNoAxeViolations(second, 'versions kept aside after two clashes');
  await expect(partnershipList(second).getByRole('heading', { name: 'Kept from the first tab' })).toBeVisible();
  await second.reload();
  await expect(partnershipList(second).getByRole('heading', { name: 'Kept from the first tab' })).toBeVisible();
});

test('two tabs that change different things keep both, without asking', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await createPartnership(first, lincoln);
  const agreement = first.url();

  const second = await context.newPage();
  // The second tab's autosave waits while the first tab saves.
  await holdAutosave(second);
  await second.goto(agreement);
  await second.getByLabel('Who decides an exception').fill('The principal, within a day');
  await first.getByLabel('Desired student outcome').fill('Every student writes a paragraph a week');

  // Each tab shows the other's words beside its own, and nothing asks which to keep.
  await expect(second.getByLabel('Desired student outcome')).toHaveValue('Every student writes a paragraph a week');
  await expect(first.getByLabel('Who decides an exception')).toHaveValue('The principal, within a day');
  await expect(second.getByRole('alert').filter({ hasText: 'also open in another tab' })).toHaveCount(0);
  await first.reload();
  await expect(first.getByLabel('Who decides an exception')).toHaveValue('The principal, within a day');
  await expect(first.getByLabel('Desired student outcome')).toHaveValue('Every student writes a paragraph a week');
});

test('a whole journey makes no request outside its own origin and breaks no security rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(e.violatedDirective));
  });
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(policy).not.toContain('unsafe-inline');
  await addSample(page);
  await createPartnership(page, lincoln);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Continuum map/ }).click();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Export all partnerships' }).click());
  await importFile(page, file.name, file.text);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
});

test('changes left unexported for days bring a gentle reminder that an export clears', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(page.getByRole('complementary', { name: 'Time for a backup' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await ageUnexportedChanges(page, 5);
  await page.reload();
  const reminder = page.getByRole('complementary', { name: 'Time for a backup' });
  await expect(reminder).toContainText('“Lincoln Elementary 2026-27”: changes from 5 days ago are not in a file yet');
  await expectNoAxeViolations(page, 'backup reminder');
  const file = await downloadJson(page, () => reminder.getByRole('button', { name: 'Export Lincoln Elementary 2026-27' }).click());
  expect(file.json.scope).toBe('partnership');
  await expect(reminder).toHaveCount(0);
});

test('text from an imported file is shown as text, never run as markup', async ({ page }) => {
  const fs = await import('node:fs');
  const doc = JSON.parse(fs.readFileSync('../fixtures/v1/workspace.json', 'utf8'));
  doc.partnerships = doc.partnerships.slice(0, 1);
  doc.partnerships[0].name = '<img src=x onerror="window.__ran=1">Hostile plan';
  doc.partnerships[0].agreement.focus.goal = '<script>window.__ran=1</script>';
  await page.addInitScript(() => ((window as any).__ran = 0));
  await openApp(page);
  await importFile(page, 'hostile.json', JSON.stringify(doc));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const card = partnershipList(page).getByRole('heading', { name: '<img src=x onerror="window.__ran=1">Hostile plan' });
  await expect(card).toBeVisible();
  await card.getByRole('link').click();
  await expect(page.getByLabel('Improvement-plan goal')).toHaveValue('<script>window.__ran=1</script>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__ran)).toBe(0);
});

test('a file the browser has no room to keep is not imported, rather than lost at the next start', async ({ page }) => {
  // Room for what is saved now and a little more, not for a second plan.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      const room = (window as any).__room;
      if (key.startsWith('partnership-planner.workspace') && room && value.length > room) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openApp(page);
  await addSample(page);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  await page.getByRole('button', { name: /^Export Lincoln Elementary \(sample\)/ }).click();
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('partnership-planner.workspace'))!;
    (window as any).__room = localStorage.getItem(key)!.length + 2_000;
  });

  await importFile(page, file.name, file.text);
  await page.getByLabel(/add the file's version as new partnerships/).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('This browser has no room left to keep what the file holds, so nothing was imported.');
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  await page.reload();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
});
