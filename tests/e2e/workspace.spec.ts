// The workspace journey: start, rename, copy, delete and undo partnerships, and keep them.
import { test, expect } from '@playwright/test';
import { openApp, createPartnership, expectNoAxeViolations } from './helpers';

const lincoln = { school: 'Lincoln Elementary', year: '2026-27', principal: 'Maria Lopez', coaches: ['Ana Diaz'] };

test('an empty browser offers to start a partnership or open the sample', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Your partnerships' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start your first partnership' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a partnership' })).toBeVisible();
  await expect(page.getByText('Browsers can clear their storage')).toBeVisible();
  // The app asked the browser to keep its storage, and says what the browser answered.
  await expect(page.getByText(/This browser (has agreed not to clear it|may clear it when the device runs low on space)\./)).toBeVisible();
  await expectNoAxeViolations(page, 'empty home');

  await page.getByRole('button', { name: 'Open the sample school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Summary/ })).toBeVisible();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  const list = page.getByRole('list', { name: 'Partnerships in this browser' });
  await expect(list.getByRole('heading', { name: /Lincoln Elementary \(sample\)/ })).toBeVisible();
  await list.getByRole('link', { name: /Lincoln Elementary \(sample\)/ }).click();
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('link', { name: /Agreement.*Complete/ })).toBeVisible();
});

test('a partnership is created, listed with its people and kept after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start a partnership' }).click();
  await expectNoAxeViolations(page, 'new partnership form');
  await page.getByRole('button', { name: 'Cancel' }).click();
  // The form goes and the focus is on the button that opens it again, not on nothing.
  await expect(page.getByRole('button', { name: 'Start a partnership' })).toBeFocused();

  await createPartnership(page, { ...lincoln, coaches: ['Ana Diaz', 'Sam Lee'] });
  await expect(page).toHaveTitle(/Agreement · Lincoln Elementary 2026-27/);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('link')).toHaveText([/1\s*Agreement/, /2\s*Continuum map/, /3\s*Support plan/, /4\s*Summary/]);
  await expect(steps.getByRole('link', { name: /Agreement/ })).toHaveAttribute('aria-current', 'step');
  await expect(steps.getByRole('link', { name: /Agreement/ })).toContainText(/\d+ of \d+ done/);
  await expectNoAxeViolations(page, 'agreement step');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Agreement/ })).toBeVisible();

  await page.getByRole('link', { name: 'All partnerships' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Lincoln Elementary 2026-27' });
  await expect(card).toContainText('Maria Lopez');
  await expect(card).toContainText('Ana Diaz and Sam Lee');
  await expect(card).toContainText('Coaches');
  await expect(card).toContainText(/Last edited\s*just now/);
  await expectNoAxeViolations(page, 'home with a partnership');
});

test('a partnership made at the foot of a phone screen opens at the top of its first step', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openApp(page);
  await createPartnership(page, { ...lincoln, coaches: ['Ana Diaz', 'Sam Lee', 'Kim Ito'] });
  await expect(page.getByRole('banner')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the school is required, and the form says so where it is', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start a partnership' }).click();
  const form = page.getByRole('form', { name: 'New partnership' });
  await form.getByLabel('School year').fill('2026-29');
  await form.getByRole('button', { name: 'Create partnership' }).click();
  await expect(form.getByText("Write the school's name.")).toBeVisible();
  await expect(form.getByText('is not a school year')).toBeVisible();
  await expect(form.getByLabel('School', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'form with errors');
});

test('the new partnership form is open again after a reload with the school and principal typed, and gone once it is cancelled', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start a partnership' }).click();
  let form = page.getByRole('form', { name: 'New partnership' });
  await form.getByLabel('School', { exact: true }).fill('Lincoln Elementary');
  await form.getByLabel('Principal').fill('Maria Lopez');
  await page.reload();
  form = page.getByRole('form', { name: 'New partnership' });
  await expect(form.getByLabel('School', { exact: true })).toHaveValue('Lincoln Elementary');
  await expect(form.getByLabel('Principal')).toHaveValue('Maria Lopez');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Start a partnership' }).click();
  await expect(page.getByRole('form', { name: 'New partnership' }).getByLabel('School', { exact: true })).toHaveValue('');
});

test('rename, copy for next year, delete and undo all stick after a reload', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  const list = page.getByRole('list', { name: 'Partnerships in this browser' });

  await page.getByRole('button', { name: 'Rename Lincoln Elementary 2026-27' }).click();
  const nameField = page.getByLabel('New name');
  await expect(nameField).toBeFocused();
  await nameField.fill('Lincoln writing plan');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to “Lincoln writing plan”.' })).toBeVisible();
  await expect(list.getByRole('heading', { name: 'Lincoln writing plan' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy for next year: Lincoln writing plan' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const copy = list.getByRole('listitem').filter({ hasText: '2027-28' });
  await expect(copy).toContainText('Lincoln writing plan (copy)');
  await expect(page.getByRole('status').filter({ hasText: 'Copied for next year as “Lincoln writing plan (copy)”: every date is a year on' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Lincoln writing plan', exact: true }).click();
  await expect(page.getByText(/Delete “Lincoln writing plan”\?/)).toBeVisible();
  await expectNoAxeViolations(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Deleted “Lincoln writing plan”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await page.reload();
  await expect(list.getByRole('heading', { name: 'Lincoln writing plan', exact: true })).toBeVisible();
  await expect(list.getByRole('heading', { name: 'Lincoln writing plan (copy)' })).toBeVisible();

  // A name another partnership already has is kept, and pointed out.
  await page.getByRole('button', { name: 'Rename Lincoln writing plan (copy)' }).click();
  await page.getByLabel('New name').fill('lincoln writing plan');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to “lincoln writing plan”. Another partnership here has this name too' })).toBeVisible();
  await page.getByRole('button', { name: 'Rename lincoln writing plan', exact: true }).click();
  await page.getByLabel('New name').fill('Lincoln writing plan (copy)');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Renamed to “Lincoln writing plan \(copy\)”\.$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Lincoln writing plan (copy)' }).click();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('heading', { name: 'Lincoln writing plan (copy)' })).toHaveCount(0);
});

test('the same school and year started twice are told apart on the home list', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  const list = page.getByRole('list', { name: 'Partnerships in this browser' });
  await expect(list.getByRole('heading', { name: 'Lincoln Elementary 2026-27 (2)' })).toBeVisible();
  await expect(list.getByRole('heading', { name: 'Lincoln Elementary 2026-27', exact: true })).toBeVisible();
});

test('a link to any step opens that step, and a link to an unknown partnership says so', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('link', { name: /Support plan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Step 3 of 4\s*Support plan/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Propose support from the map' })).toBeVisible();
  const link = page.url();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: /Support plan/ })).toBeVisible();
  await other.goBack();
  await other.goto(link.replace(/p-[0-9a-f]+/, 'p-unknown'));
  await expect(other.getByRole('heading', { level: 1, name: 'This partnership is not in this browser' })).toBeVisible();
  await expectNoAxeViolations(other, 'unknown partnership');
  await other.getByRole('link', { name: 'Go to your partnerships' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Your partnerships' })).toBeVisible();
});

test('a partnership can be started with the keyboard alone', async ({ page }) => {
  await openApp(page);
  const start = page.getByRole('button', { name: 'Start a partnership' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  for (let i = 0; i < 10 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('School', { exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard High');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Principal')).toBeFocused();
  await page.keyboard.type('Pat Principal');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Casey Coach');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Agreement/ })).toBeFocused();
  await expect(page.getByText('Keyboard High')).toBeVisible();
});

test('removing a coach from the new partnership form keeps the other names and the keyboard in place', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start a partnership' }).click();
  const form = page.getByRole('form', { name: 'New partnership' });
  await form.getByLabel('School', { exact: true }).fill('Coaches High');
  await form.getByLabel('Coach', { exact: true }).fill('Ana Diaz');
  for (const [label, name] of [['Coach 2', 'Sam Lee'], ['Coach 3', 'Kim Park']]) {
    await form.getByRole('button', { name: 'Add another coach' }).click();
    // The new box takes focus: the name typed next goes into it.
    await expect(form.getByLabel(label, { exact: true })).toBeFocused();
    await page.keyboard.type(name);
  }
  await form.getByRole('button', { name: 'Remove Coach 2' }).focus();
  await page.keyboard.press('Enter');
  // The third coach moves up, and focus lands on the box before the removed one.
  await expect(form.getByLabel('Coach 2', { exact: true })).toHaveValue('Kim Park');
  await expect(form.getByLabel('Coach 3', { exact: true })).toHaveCount(0);
  await expect(form.getByLabel('Coach', { exact: true })).toBeFocused();
  await form.getByRole('button', { name: 'Create partnership' }).click();
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Coaches High' })).toContainText('Ana Diaz and Kim Park');
  // The link that went with its screen hands the focus to the new screen's heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Your partnerships' })).toBeFocused();
});

test('the keyboard stays with the card through delete, keep, export and undo', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, lincoln);
  await page.getByRole('link', { name: 'All partnerships' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Lincoln Elementary 2026-27' });
  await card.getByRole('button', { name: /^Delete / }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Delete partnership' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: /^Delete / })).toBeFocused();

  await card.getByRole('button', { name: /^Export / }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Download file' })).toBeFocused();
  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(card.getByRole('button', { name: /^Export / })).toBeFocused();
  // Escape backs out of a question as Cancel does, focus back where it came from.
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Download file' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card.getByRole('button', { name: /^Export / })).toBeFocused();
  await card.getByRole('button', { name: /^Delete Lincoln/ }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Delete partnership' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card.getByRole('button', { name: 'Delete partnership' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: /^Delete Lincoln/ })).toBeFocused();

  await card.getByRole('button', { name: /^Delete / }).click();
  await card.getByRole('button', { name: 'Delete partnership' }).click();
  await expect(page.getByRole('button', { name: 'Undo delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Lincoln Elementary 2026-27' })).toBeFocused();
});
