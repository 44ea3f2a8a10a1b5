// Saved work always opens again: controls keep to the reader's rule, an unreadable
// partnership is set aside rather than hiding the rest, and undo touches only what it changed.
import { test, expect } from '@playwright/test';
import { openApp, createPartnership, expectNoAxeViolations, downloadJson, importFile, partnershipList } from './helpers';

const lincoln = { school: 'Lincoln Elementary', year: '2026-27', principal: 'Maria Lopez', coaches: ['Ana Diaz'] };
const oak = { school: 'Oak Park Middle', year: '2026-27', principal: 'Sam Reed', coaches: ['Lee Park'] };

test('a two-digit year is read as this century after a pause in typing, and after a reload every partnership is there', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, oak);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await createPartnership(page, lincoln);
  const target = page.getByLabel('Target date for the outcome');
  // Typed as a person types it in the browser's own date box: month, day, then "26".
  await target.focus();
  await page.keyboard.type('0529');
  await page.keyboard.type('26');
  // A pause is enough: the year is read and kept while the box still has focus, so a
  // reload straight after loses nothing.
  await expect(page.getByRole('status').filter({ hasText: 'Read as 29 May 2026.' })).toBeVisible();
  await expect(target).toHaveValue('2026-05-29');
  await expect(target).toBeFocused();
  await expectNoAxeViolations(page, 'a corrected date');
  await page.reload();
  await expect(page.getByLabel('Target date for the outcome')).toHaveValue('2026-05-29');
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
});

test('a date with a two-digit year survives a reload straight after typing it', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const target = page.getByLabel('Target date for the outcome');
  await target.focus();
  await page.keyboard.type('5/6/27');
  // Reloaded before the pause in typing has passed, with the box still showing year 0027.
  await expect(target).toHaveValue('0027-05-06');
  await page.reload();
  await expect(page.getByLabel('Target date for the outcome')).toHaveValue('2027-05-06');
});

test('a day passed through on the way to an impossible date is not kept, and a date emptied by keyboard stays empty', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const target = page.getByLabel('Target date for the outcome');
  await target.fill('2027-05-29');
  await page.getByLabel('Desired student outcome').click();
  // 30 February passes through 3 February as the day is typed; the box is left on the
  // calendar button inside it, so the reload comes before the box is ever left.
  await target.focus();
  await page.keyboard.type('02302027');
  await expect(target).toHaveValue('');
  await page.reload();
  await expect(target).toHaveValue('2027-05-29');

  // Backspace empties the month, the day and the year: the date is gone after a reload.
  await target.focus();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Backspace');
  await expect(target).toHaveValue('');
  await page.reload();
  await expect(target).toHaveValue('');
});

test('words typed in a box before its Add button are still there after a reload', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const reason = page.getByLabel('Another reason to review');
  await reason.fill('Budget cut');
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('link', { name: /Continuum map/ }).click();
  const paste = page.getByLabel('Names, one a line, or rows copied from a spreadsheet');
  await paste.fill('Ana Ruiz\nBen Okoro\nCleo Park');
  await page.getByLabel('Name or code').fill('Dev Shah');
  await page.reload();
  await expect(paste).toHaveValue('Ana Ruiz\nBen Okoro\nCleo Park');
  await expect(page.getByLabel('Name or code')).toHaveValue('Dev Shah');
  // Added, the list leaves the box, and a reload does not bring it back.
  await page.getByRole('button', { name: 'Add 3 teachers' }).click();
  await page.reload();
  await expect(paste).toHaveValue('');
  await steps.getByRole('link', { name: /Agreement/ }).click();
  await expect(reason).toHaveValue('Budget cut');
  // Deleting the partnership leaves none of its typed words, names among them, behind.
  const typed = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('partnership-planner.typed.')).length);
  expect(await typed()).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Delete Lincoln Elementary 2026-27', exact: true }).click();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await expect.poll(typed).toBe(0);
});

test('an impossible year is refused where it is typed and never saved', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const target = page.getByLabel('Target date for the outcome');
  await target.fill('1850-05-29');
  await page.getByLabel('Desired student outcome').click();
  const problem = page.getByRole('alert').filter({ hasText: 'The year 1850 cannot be right' });
  await expect(problem).toBeVisible();
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'a refused date');
  // The same rule where a date is added to a list or an agreement is signed.
  await page.getByLabel('New review date').fill('1850-01-01');
  await page.getByLabel('New review date').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'The year 1850 cannot be right' })).toHaveCount(2);
  await page.getByLabel('Date agreed').fill('0026-09-08');
  await page.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(page.getByLabel('Date agreed')).toHaveValue('2026-09-08');
  await page.reload();
  await expect(page.getByLabel('Target date for the outcome')).toHaveValue('');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);

  // A two-digit year is read as this century's, and the box shows it so, even when the
  // date read is the one already saved.
  await target.fill('2027-06-15');
  await target.fill('0027-06-15');
  await page.getByLabel('Desired student outcome').click();
  await expect(page.getByRole('status').filter({ hasText: 'Read as 15 June 2027.' })).toBeVisible();
  await expect(target).toHaveValue('2027-06-15');
});

test('one unreadable partnership is set aside: the others open, and it is offered at every start until deleted', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, oak);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('partnership-planner.workspace.v1') ?? ''))
    .toContain('Lincoln Elementary');
  // As an older version, a hand edit or a bug might have left it.
  await page.evaluate(() => {
    const key = 'partnership-planner.workspace.v1';
    const doc = JSON.parse(localStorage.getItem(key)!);
    const lincoln = doc.partnerships.find((p: { school: string }) => p.school === 'Lincoln Elementary');
    lincoln.meeting_date = '0026-09-08';
    localStorage.setItem(key, JSON.stringify(doc));
  });
  await page.reload();
  const kept = page.getByRole('region', { name: 'Saved work kept aside' });
  await expect(kept).toContainText('Lincoln Elementary 2026-27');
  await expect(kept).toContainText('Meeting date: the year 26 is outside 1990-2200.');
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
  await expect(partnershipList(page).getByRole('heading', { name: 'Oak Park Middle 2026-27' })).toBeVisible();
  await expectNoAxeViolations(page, 'set-aside partnership');

  const file = await downloadJson(page, () => kept.getByRole('button', { name: 'Download Lincoln Elementary 2026-27' }).click());
  expect(file.json.partnerships).toHaveLength(1);
  expect(file.json.partnerships[0].meeting_date).toBe('0026-09-08');
  expect(file.json.partnerships[0].principal).toBe('Maria Lopez');

  // Offered again at the next start, even with no edit in between, until deleted.
  await page.reload();
  await expect(kept).toContainText('Lincoln Elementary 2026-27');

  // It can be opened without the value that cannot be read, and the copy stays until deleted.
  await expect(kept.getByRole('listitem').filter({ hasText: /^Meeting date: left empty \(the year 26/ })).toBeVisible();
  await kept.getByRole('button', { name: 'Open it without these: Lincoln Elementary 2026-27' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'is in your list again' })).toBeVisible();
  await partnershipList(page).getByRole('link', { name: 'Lincoln Elementary 2026-27' }).click();
  await expect(page.getByLabel('Date of this planning meeting')).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Partnership basics' }).getByLabel('Principal', { exact: true })).toHaveValue('Maria Lopez');
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.reload();
  await expect(kept).toContainText('Lincoln Elementary 2026-27');
  await kept.getByRole('button', { name: 'Delete Lincoln Elementary 2026-27 from this browser' }).click();
  await kept.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted from this browser.' })).toBeVisible();
  await expect(kept).toBeHidden();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Saved work kept aside' })).toHaveCount(0);
  await expect(partnershipList(page).getByRole('heading', { name: 'Oak Park Middle 2026-27' })).toBeVisible();

  // What did open saves as usual.
  await page.getByRole('button', { name: 'Rename Oak Park Middle 2026-27' }).click();
  await page.getByLabel('New name').fill('Oak Park plan');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.reload();
  await expect(partnershipList(page).getByRole('heading', { name: 'Oak Park plan' })).toBeVisible();
});

test('undoing an import takes back only what it changed: an edit made after it stays', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Export Lincoln Elementary 2026-27' }).click();
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download file', exact: true }).click());
  const other = file.json;
  other.partnerships[0].id = 'p-from-a-colleague';
  other.partnerships[0].name = 'Elm Street 2026-27';
  other.partnerships[0].school = 'Elm Street';
  await importFile(page, 'elm.json', JSON.stringify(other));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);

  await partnershipList(page).getByRole('link', { name: 'Lincoln Elementary 2026-27' }).click();
  await page.getByLabel('Improvement-plan goal').fill('Typed after the import');
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await partnershipList(page).getByRole('link', { name: 'Lincoln Elementary 2026-27' }).click();
  await expect(page.getByLabel('Improvement-plan goal')).toHaveValue('Typed after the import');

  // Undoing an import whose partnership was edited since asks first, and can keep it all.
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await importFile(page, 'elm.json', JSON.stringify(other));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await partnershipList(page).getByRole('link', { name: 'Elm Street 2026-27' }).click();
  await page.getByLabel('Improvement-plan goal').fill('Our Elm Street goal');
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('“Elm Street 2026-27” was changed after the import. Undoing the import also undoes those changes.')).toBeVisible();
  await expectNoAxeViolations(page, 'undo import after edits');
  await page.getByRole('button', { name: 'Keep everything' }).click();
  await expect(partnershipList(page).getByRole('listitem')).toHaveCount(2);
});

test('text past the limit is cut with a message, and the school cannot be emptied', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const notDo = page.getByLabel('What the coach does not do');
  await notDo.fill('x'.repeat(4_600));
  await expect(page.getByText('400 of 5,000 characters left.')).toBeVisible();
  await notDo.fill('y'.repeat(5_100));
  await expect(page.getByRole('alert').filter({ hasText: 'Cut at 5,000 characters' })).toContainText('the last 100 were not kept');
  await expect(notDo).toHaveValue('y'.repeat(5_000));

  const school = page.getByLabel('School', { exact: true });
  await school.fill('');
  await expect(page.getByText("A partnership needs its school's name")).toBeVisible();
  await expect(school).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'limits in the agreement');
  await page.reload();
  await expect(page.getByLabel('School', { exact: true })).toHaveValue('Lincoln Elementary');
  await expect(page.getByLabel('What the coach does not do')).toHaveValue('y'.repeat(5_000));
});

test('a date chosen without pressing Add is added when the person moves on', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByLabel('New check date').fill('2026-11-13');
  await page.getByLabel('How you will gather the evidence').click();
  await expect(page.getByRole('button', { name: 'Remove check date 13 November 2026' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Added 13 November 2026.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Remove check date 13 November 2026' })).toBeVisible();
});

test("a tab protecting unreadable data saves again once it takes the other tab's version", async ({ context }) => {
  const unreadable = '{"format": "partnership-planner", "version": 9';
  const first = await context.newPage();
  // This tab cannot copy the unreadable data aside, so it must not write over it.
  await first.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('partnership-planner.unreadable.')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openApp(first);
  await first.evaluate((text) => localStorage.setItem('partnership-planner.workspace.v1', text), unreadable);
  await first.reload();
  await expect(first.getByRole('alert').filter({ hasText: 'could not be opened' })).toBeVisible();

  const second = await context.newPage();
  await openApp(second);
  await createPartnership(second, lincoln);

  const clash = first.getByRole('alert').filter({ hasText: 'also open in another tab' });
  await clash.getByRole('button', { name: "Use the other tab's version" }).click();
  await expect(clash).toBeHidden();
  await first.getByRole('button', { name: 'Rename Lincoln Elementary 2026-27' }).click();
  await first.getByLabel('New name').fill('Saved from the first tab');
  await first.getByRole('button', { name: 'Save name' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();
  await second.getByRole('link', { name: 'All partnerships' }).click();
  await expect(partnershipList(second).getByRole('heading', { name: 'Saved from the first tab' })).toBeVisible();
});

test('the school and school year boxes follow a change saved in another tab', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await createPartnership(first, lincoln);
  const second = await context.newPage();
  await second.goto(first.url());
  await second.getByLabel('School year', { exact: true }).fill('2027-28');
  await second.getByLabel('School', { exact: true }).fill('Lincoln Elementary School');
  await expect(second.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(first.getByLabel('School year', { exact: true })).toHaveValue('2027-28');
  await expect(first.getByLabel('School', { exact: true })).toHaveValue('Lincoln Elementary School');
});

test('a date left impossible keeps the date from before, not a day the keys passed through', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const target = page.getByLabel('Target date for the outcome');
  await target.fill('2027-02-15');
  await page.getByLabel('Desired student outcome').click();
  // Typed over, segment by segment: 02/03 is a real date on the way to 02/30.
  await target.focus();
  await page.keyboard.type('0203');
  await expect(target).toHaveValue('2027-02-03');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('30');
  await page.getByLabel('Desired student outcome').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Write a whole date that exists: day, month and year.' })).toBeVisible();
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('partnership-planner.workspace.v1') ?? '{}').partnerships?.[0]?.agreement?.focus?.outcome_target_date);
  await expect.poll(saved).toBe('2027-02-15');
  await page.reload();
  await expect(page.getByLabel('Target date for the outcome')).toHaveValue('2027-02-15');
});

test('Back with the cursor still in a box goes back, and keeps what the box holds', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await createPartnership(page, lincoln);
  const home = page.getByRole('heading', { name: 'Your partnerships', level: 1 });
  const boxes = [
    { box: () => page.getByLabel('Date of this planning meeting'), typed: '052926', kept: '2026-05-29' },
    { box: () => page.getByLabel('School year', { exact: true }), typed: '2027-28', kept: '2027-28' },
    { box: () => page.getByLabel('Share of time').first(), typed: '25', kept: '25' },
  ];
  for (const { box, typed, kept } of boxes) {
    await box().focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(typed);
    // Straight away, before a pause could settle the box: as a hurried Back would.
    await page.goBack();
    await expect(home).toBeVisible();
    await page.goForward();
    await expect(box()).toHaveValue(kept);
  }
  // The calendar button inside a date box, reached by Tab, has the focus when Back is pressed.
  await page.getByLabel('Date of this planning meeting').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await page.goBack();
  await expect(home).toBeVisible();
  await expect(page.getByText('stopped working')).toHaveCount(0);
  expect(errors).toEqual([]);
});
