// Step 4 and the room around it: the sample school's summary, printing it, presenting,
// handing a template over as a file and as a link, and the meeting guide.
import { test, expect, type Page, type Browser } from '@playwright/test';
import { openApp, createPartnership, expectNoAxeViolations, downloadJson, importFile, scanQrCode } from './helpers';
import { seedStaff, staff, PARTNERSHIP } from './staff';

/** How many pages a PDF made by Chromium has. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function openSample(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Summary/ })).toBeVisible();
}

/** A page in a browser context of its own, as another pair's laptop would be. */
async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test('a new user opens the sample school and reads its summary in a minute', async ({ page }) => {
  await openSample(page);
  await expect(page.getByText(/This is the sample school/)).toBeVisible();
  // What the step bar's "2 of 3 done" leaves to do, with the way there.
  const toDo = page.locator('.still-to-do');
  await expect(toDo).toContainText('Still to finish before this plan is complete:');
  await expect(toDo.getByRole('listitem')).toHaveText(['Step 3, Support plan: 1 of 2 done']);
  await toDo.getByRole('link', { name: 'Step 3, Support plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Step 3 of 4\s*Support plan/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Summary/ }).click();
  const summary = page.getByRole('article', { name: /our coaching partnership/ });
  await expect(summary.getByRole('heading', { name: 'Our focus' })).toBeVisible();
  await expect(summary).toContainText('Improve the writing of our English Language Learners');
  // The outcome's date ends its sentence.
  await expect(summary).toContainText(/\(from 48%\), by 29 May \d{4}\./);
  await expect(summary).toContainText('Signed by Maria Lopez and Ana Diaz');
  const shares = summary.getByRole('list', { name: "The coach's time by coaching action" });
  await expect(shares.getByRole('listitem').first()).toHaveText(/^Modelling lessons\s*20%$/);
  await expect(summary.getByRole('img', { name: /Teachers at each position.*11: 1\./ })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Our 25 teachers on the continuum' })).toBeVisible();
  await expect(summary.getByRole('table')).toContainText('Ana Diaz (coach)');
  // Names stay off the page until the pair chooses to show them.
  await expect(summary).not.toContainText('Lena Fischer');
  await expectNoAxeViolations(page, 'summary');
  await page.getByRole('switch', { name: "Show teachers' names" }).check();
  await expect(summary.getByRole('list', { name: 'Teachers by position, highest first' })).toContainText('11: Lena Fischer');
  // The card on the home screen says it is a sample too.
  await page.getByRole('link', { name: 'All partnerships' }).click();
  await expect(page.getByText('Sample school: made up, for practice')).toBeVisible();
  // Opening it again goes to the same sample, not a second one.
  await page.getByRole('button', { name: 'Open the sample school' }).click();
  // The summary's way to a file lands on this plan's own Export button.
  await page.getByRole('link', { name: 'Export on this plan’s card' }).click();
  await expect(page.getByRole('button', { name: /^Export .*sample/i })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Partnerships in this browser' }).getByRole('listitem')).toHaveCount(1);
});

test('the summary prints on one page in Letter and in A4, and the whole plan across pages', async ({ page }) => {
  await openSample(page);
  await page.getByRole('switch', { name: "Show teachers' names" }).check();
  for (const format of ['Letter', 'A4']) {
    expect(pageCount(await page.pdf({ format }))).toBe(1);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the summary' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // The print buttons open the browser's print window, which a test cannot close, so the
  // whole plan is printed to PDF from the view they print.
  await page.getByRole('button', { name: 'Read the whole plan' }).click();
  const whole = page.getByRole('article', { name: /the whole plan/ });
  await expect(whole.getByRole('heading', { name: '1. Agreement' })).toBeVisible();
  await expect(whole.getByRole('heading', { name: '2. Continuum map' })).toBeVisible();
  await expect(whole.getByRole('heading', { name: '3. Support plan' })).toBeVisible();
  await expect(whole).toContainText('Lena Fischer');
  // Every teacher of the sample is placed: no empty "Not placed" column on the board.
  await expect(whole.locator('.print-column h4', { hasText: 'Not placed' })).toHaveCount(0);
  const pages = pageCount(await page.pdf({ format: 'A4' }));
  expect(pages).toBeGreaterThan(2);
  await expectNoAxeViolations(page, 'whole plan');
  await page.getByRole('button', { name: 'Back to the one-page summary' }).click();
  await page.getByRole('button', { name: 'Print the whole plan' }).click();
  await expect(whole.getByRole('heading', { name: '1. Agreement' })).toBeVisible();
});

test('with names off, neither the summary nor the whole plan names a teacher, on screen or printed', async ({ page }) => {
  await openSample(page);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('link', { name: /Support plan/ }).click();
  await page.getByRole('button', { name: 'Add a support action' }).click();
  const editor = page.locator('.action-editor');
  await editor.getByLabel('What', { exact: true }).fill('Plan a visit to a classroom at 9');
  await editor.getByLabel('For whom').selectOption({ label: 'One teacher' });
  await expect(editor.getByLabel('Teacher', { exact: true })).toHaveAccessibleDescription('Choose the teacher this support is for. The list runs A to Z, and starts at its first name.');
  // The staff listed A to Z, and the first of them chosen until the pair chooses.
  const names = await editor.getByLabel('Teacher', { exact: true }).locator('option').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await expect(editor.getByLabel('Teacher', { exact: true }).locator('option:checked')).toHaveText(names[0]);
  await editor.getByLabel('Teacher', { exact: true }).selectOption({ label: 'Lena Fischer' });
  await editor.getByLabel('Starts').fill('2026-09-01');
  await steps.getByRole('link', { name: /Summary/ }).click();
  const summary = page.getByRole('article', { name: /our coaching partnership/ });
  const next = summary.getByRole('row', { name: /Plan a visit to a classroom at 9/ });
  await expect(next).not.toContainText('Lena Fischer');
  await expect(next).toContainText(/T\d\d/);
  // Whoever holds the page learns what the code stands for, and how to print names.
  await expect(summary).toContainText('Teachers appear as codes (T01, T02…), as in a shared copy.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body')).not.toContainText('Lena Fischer');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Read the whole plan' }).click();
  const whole = page.getByRole('article', { name: /the whole plan/ });
  await expect(whole.getByRole('heading', { name: '2. Continuum map' })).toBeVisible();
  await expect(whole).not.toContainText('Lena Fischer');
  await expect(whole).not.toContainText('Gus Moreau');
  // The page, and its printout, say why there are codes and how to print names.
  await expect(whole).toContainText("Teachers appear as codes (T01, T02…), as in a shared copy. To print their names, switch on “Show teachers' names” before printing.");
  await page.getByRole('switch', { name: "Show teachers' names" }).check();
  await expect(whole).toContainText('Lena Fischer');
  await expect(whole).not.toContainText('Teachers appear as codes');
  await page.getByRole('button', { name: 'Back to the one-page summary' }).click();
  await expect(next).toContainText('Lena Fischer');
});

test('on a phone the whole plan reads each support action and teacher as a card, not a squeezed table', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSample(page);
  await page.getByRole('switch', { name: "Show teachers' names" }).check();
  await page.getByRole('button', { name: 'Read the whole plan' }).click();
  const whole = page.getByRole('article', { name: /the whole plan/ });
  const action = whole.getByRole('row', { name: /Notice and approve feedback attempts/ });
  // Before, seven columns in 350 pixels broke "feedback" into letters; now each cell
  // takes the row's width, after its column's name.
  for (const cell of await action.getByRole('cell').all()) {
    expect((await cell.boundingBox())?.width).toBeGreaterThan(300);
  }
  await expect(action.getByRole('cell', { name: 'Short visits with a positive note' })).toBeVisible();
  const teacher = whole.getByRole('row', { name: /Lena Fischer/ });
  expect((await teacher.getByRole('cell', { name: 'Grade 2' }).boundingBox())?.width).toBeGreaterThan(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Two steps a row: each step's name fits inside its box.
  const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('link');
  for (const link of await steps.all()) {
    expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth)).toBe(true);
  }
  await expectNoAxeViolations(page, 'whole plan on a phone');
  // At 200 % zoom on a laptop (640 pixels wide) the rows read as cards too, so no date
  // breaks inside its year.
  await page.setViewportSize({ width: 640, height: 360 });
  for (const cell of await action.getByRole('cell').all()) {
    expect((await cell.boundingBox())?.width).toBeGreaterThan(500);
  }
});

test('long texts keep the printed summary to one page, and the screen says which are shortened', async ({ page }) => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => ['writing', 'evidence', 'students', 'feedback', 'classrooms'][i % 5]).join(' ');
  await seedStaff(page, staff(40));
  await page.evaluate((long) => {
    const key = 'partnership-planner.workspace.v1';
    const doc = JSON.parse(localStorage.getItem(key) ?? '{}');
    const a = doc.partnerships[0].agreement;
    a.focus.goal = `Improve the writing of our English Language Learners: ${long}`;
    a.focus.student_outcome = long;
    Object.assign(a.first_indicator, { practice: long, how_gathered: long });
    Object.assign(a.coach_role, { staff_description: long, coach_does_not: long, confidentiality: long });
    const actions = doc.partnerships[0].plan.actions;
    // As many open actions as the page lists, each with a long name.
    while (actions.length < 8) actions.push({ ...actions[0], id: `support-extra-${actions.length}` });
    for (const action of actions) action.what = long.slice(0, 300);
    localStorage.setItem(key, JSON.stringify(doc));
  }, words(500));
  await page.goto(`./#/p/${PARTNERSHIP}/summary`);
  await page.reload();
  await expect(page.getByText('To keep to one printed page, the printout shortens the goal, the student outcome, the first sign of progress, how you see it, the coach\'s role, what the coach does not do, what you share and the longest support actions\' names. Write them shorter, or print the whole plan, which has every word.')).toBeVisible();
  const goal = page.locator('.focus-goal');
  // On screen every word; printed, the first of them and "…".
  await expect(goal).toHaveText(/^Improve the writing of our English Language Learners: writing evidence .* classrooms$/, { useInnerText: true });
  await page.getByRole('switch', { name: "Show teachers' names" }).check();
  await page.emulateMedia({ media: 'print' });
  const printed = await goal.innerText();
  expect(printed.startsWith('Improve the writing of our English Language Learners: writing')).toBe(true);
  expect(printed.endsWith('…')).toBe(true);
  expect(printed.length).toBeLessThanOrEqual(201);
  for (const format of ['Letter', 'A4']) {
    expect(pageCount(await page.pdf({ format }))).toBe(1);
  }
});

test('a whole staff of 300 still prints the summary on one page, names in the whole plan', async ({ page }) => {
  await seedStaff(page, staff(300));
  await page.goto(`./#/p/${PARTNERSHIP}/summary`);
  await expect(page.getByRole('heading', { name: 'Our 300 teachers on the continuum' })).toBeVisible();
  await page.getByRole('switch', { name: "Show teachers' names" }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('With more than 80 teachers the names do not fit on one page')).toBeVisible();
  for (const format of ['Letter', 'A4']) {
    expect(pageCount(await page.pdf({ format }))).toBe(1);
  }
});

test('presentation mode switches on and off with one control and the P key, which can be turned off, and is kept', async ({ page }) => {
  await openSample(page);
  const html = page.locator('html');
  await page.getByRole('button', { name: /^Present/ }).click();
  await expect(html).toHaveClass(/presenting/);
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Stop presenting/ })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'summary in presentation mode');
  // With the step links hidden, the foot of the step still leads to the others.
  await page.getByRole('link', { name: '← Step 3: Support plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Step 3 of 4\s*Support plan/ })).toBeVisible();
  await expect(html).toHaveClass(/presenting/);
  await page.getByRole('link', { name: 'Next: step 4, Summary →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Step 4 of 4\s*Summary/ })).toBeVisible();
  // The bar at the top leads to every step, however far down the page is.
  const bar = page.getByRole('navigation', { name: 'Go to step' });
  await expect(bar.getByRole('link', { name: '4 Summary' })).toHaveAttribute('aria-current', 'step');
  await bar.getByRole('link', { name: '1 Agreement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Step 1 of 4\s*Agreement/ })).toBeVisible();
  await expect(html).toHaveClass(/presenting/);
  await bar.getByRole('link', { name: '4 Summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Step 4 of 4\s*Summary/ })).toBeVisible();
  await page.reload();
  await expect(html).toHaveClass(/presenting/);
  // A P typed into a field is only a letter.
  await page.getByRole('button', { name: 'Make a template' }).click();
  // The button goes as the form comes: the keyboard is in the name.
  await expect(page.getByLabel('Template name')).toBeFocused();
  await page.getByLabel('Template name').fill('Plan');
  await expect(html).toHaveClass(/presenting/);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('p');
  await expect(html).not.toHaveClass(/presenting/);
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();
  // Escape leaves presenting, as it leaves a slide show.
  await page.keyboard.press('p');
  await expect(html).toHaveClass(/presenting/);
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveClass(/presenting/);
  // P pressed on a step link, which presenting hides: the focus goes to the switch, and
  // the change is said.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Summary/ }).focus();
  await page.keyboard.press('p');
  await expect(html).toHaveClass(/presenting/);
  await expect(page.getByRole('button', { name: /^Stop presenting/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Presenting, in large type.' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveClass(/presenting/);

  // On the board, the card with focus stays in sight as the type grows.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Continuum map/ }).click();
  const card = page.getByRole('button', { name: /^Umar Qureshi/ });
  await card.focus();
  await card.evaluate((e) => e.scrollIntoView({ block: 'end' }));
  await page.keyboard.press('p');
  await expect(html).toHaveClass(/presenting/);
  await expect(card).toBeInViewport();
  // An older projector's 1024 px hold the eleven columns without scrolling sideways.
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(() => page.locator('.board-grid').evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
  if (wide) await page.setViewportSize(wide);
  await card.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.keyboard.press('p');
  await expect(html).not.toHaveClass(/presenting/);
  await expect(card).toBeInViewport();

  // The P key can be turned off on the home screen, for speech input: the button is left.
  await page.getByRole('link', { name: 'Partnership Planner' }).click();
  const key = page.getByRole('checkbox', { name: /The P key starts and stops presenting/ });
  await expect(key).toBeChecked();
  await key.uncheck();
  await page.reload();
  await expect(key).not.toBeChecked();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('p');
  await expect(html).not.toHaveClass(/presenting/);
  const toggle = page.getByRole('button', { name: 'Present', exact: true });
  await expect(toggle).not.toHaveAttribute('aria-keyshortcuts');
  await toggle.click();
  await expect(html).toHaveClass(/presenting/);
  await page.keyboard.press('p');
  await expect(html).toHaveClass(/presenting/);
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveClass(/presenting/);
  await key.check();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('p');
  await expect(html).toHaveClass(/presenting/);
});

test('a facilitator hands a template over as a file, and a pair starts from it in a fresh browser', async ({ page, browser, baseURL }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Make a template' }).click();
  // The name is kept as the facilitator types it, their own first name too.
  await page.getByLabel('Template name').fill('Writing feedback workshop – Ana’s');
  // A reload keeps the form and the name typed; Close forgets both.
  await page.reload();
  await expect(page.getByLabel('Template name')).toHaveValue('Writing feedback workshop – Ana’s');
  await page.locator('.make-template').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Make a template' })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('Template name')).toHaveCount(0);
  await page.getByRole('button', { name: 'Make a template' }).click();
  await expect(page.getByLabel('Template name')).not.toHaveValue('Writing feedback workshop – Ana’s');
  await page.getByLabel('Template name').fill('Writing feedback workshop – Ana’s');
  // What the pairs will find in it, before it is shared.
  const contents = /It brings the agreement's wording, \d+ coaching actions with their shares of time, the continuum's descriptions/;
  await expect(page.locator('.make-template')).toContainText(contents);
  const file = await downloadJson(page, () => page.getByRole('button', { name: 'Download the template file' }).click());
  expect(file.name).toBe('template-writing-feedback-workshop-ana-s.json');
  expect(file.json.template.name).toBe('Writing feedback workshop – Ana’s');
  expect(file.json.scope).toBe('template');
  expect(file.json.partnerships).toEqual([]);
  for (const person of ['Maria Lopez', 'Ana Diaz', 'Diaz', 'Lena Fischer', 'Alex Rivera', 'Lincoln']) {
    expect(file.text).not.toContain(person);
  }
  expect(file.text).toContain('The coach will invite each of us');

  const pair = await freshPage(browser, baseURL);
  await openApp(pair);
  await importFile(pair, file.name, file.text);
  await expect(pair.getByText('holds the template “Writing feedback workshop – Ana’s”')).toBeVisible();
  await expect(pair.getByText(contents)).toBeVisible();
  // A reload before the partnership starts keeps the template.
  await pair.reload();
  await expect(pair.getByText('holds the template “Writing feedback workshop – Ana’s”')).toBeVisible();
  await expectNoAxeViolations(pair, 'starting from a template');
  const form = pair.getByRole('form', { name: 'New partnership from the template' });
  await form.getByLabel('School', { exact: true }).fill('Maple School');
  await form.getByLabel('Principal').fill('Jo Park');
  await form.getByLabel('Coach', { exact: true }).fill('Lee Wong');
  await form.getByRole('button', { name: 'Create partnership' }).click();
  await expect(pair.getByRole('heading', { level: 1, name: /Agreement/ })).toBeVisible();
  await expect(pair.getByLabel('Improvement-plan goal')).toHaveValue('Improve the writing of our English Language Learners');
  await pair.getByRole('link', { name: 'Next: step 2, Continuum map →' }).click();
  await expect(pair.getByText('No teachers yet.')).toBeVisible();
  await pair.context().close();
});

test('a template of a plan not yet written in says it would hand over next to nothing, and names no school', async ({ page }) => {
  await openApp(page);
  await createPartnership(page, { school: 'Maple Grove Elementary', year: '2026-27', principal: 'Jo Park', coaches: ['Lee Wong'] });
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Summary/ }).click();
  await page.getByRole('button', { name: 'Make a template' }).click();
  await expect(page.getByLabel('Template name')).toHaveValue('Our partnership template');
  await expect(page.locator('.make-template .notice')).toHaveText(
    "It brings the agreement's wording and the usual playbook; no focus, shares of the coach's time or continuum descriptions are written in it. Fill in the agreement's focus and shares of time, and the continuum's descriptions, before sharing it.",
  );
  await expectNoAxeViolations(page, 'a blank template');
});

test('a template link and its QR code start a partnership in a fresh browser; a changed or cut link is refused', async ({ page, browser, baseURL }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Make a template' }).click();
  await page.getByRole('button', { name: 'Show a link and QR code' }).click();
  await expect(page.getByRole('img', { name: /QR code of the template link/ })).toBeVisible();
  const link = await page.getByLabel('Link to the template').inputValue();
  expect(link).toContain('/dist/#/template/');
  // Said copied, the link goes with its words once the name changes.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('The link is copied.')).toBeVisible();
  const templateName = await page.getByLabel('Template name').inputValue();
  await page.getByLabel('Template name').fill(`${templateName} for pairs`);
  await expect(page.getByText('The link is copied.')).toHaveCount(0);
  await expect(page.getByLabel('Link to the template')).toHaveCount(0);
  await page.getByLabel('Template name').fill(templateName);
  await page.getByRole('button', { name: 'Show a link and QR code' }).click();
  await expectNoAxeViolations(page, 'template link and QR code');
  // The code a phone scans holds the same template, written in the letters QR codes
  // store most densely.
  const scanned = await scanQrCode(page, page.getByRole('img', { name: /QR code of the template link/ }));
  expect(scanned).toContain('/dist/#/template/~');
  const phone = await freshPage(browser, baseURL);
  await phone.goto(scanned);
  await expect(phone.getByText(/The template link holds the template/)).toBeVisible();
  await phone.context().close();

  const pair = await freshPage(browser, baseURL);
  await pair.goto(link);
  await expect(pair.getByText(/The template link holds the template/)).toBeVisible();
  const form = pair.getByRole('form', { name: 'New partnership from the template' });
  await form.getByLabel('School', { exact: true }).fill('Oak School');
  // A tablet that reloads the tab keeps the template and what was typed.
  await pair.reload();
  await expect(form.getByLabel('School', { exact: true })).toHaveValue('Oak School');
  await form.getByRole('button', { name: 'Create partnership' }).click();
  await expect(pair.getByLabel('Improvement-plan goal')).toHaveValue('Improve the writing of our English Language Learners');

  const payload = link.split('#/template/')[1];
  const changed = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41);
  for (const bad of [payload.slice(0, payload.length - 30), changed]) {
    await pair.goto(link.replace(payload, bad));
    await expect(pair.getByRole('alert')).toContainText('was not imported');
    await expect(pair.getByRole('alert')).toContainText(/damaged or incomplete|cannot use/);
    await pair.getByRole('button', { name: 'Close' }).click();
  }
  await pair.context().close();
});

test("a school's own playbook still fits in a template's QR code", async ({ page }) => {
  await openSample(page);
  await page.getByRole('link', { name: /Support plan/ }).first().click();
  await page.getByText('See and edit the playbook').click();
  const suggestion = page.getByLabel('Suggested action').first();
  await suggestion.fill(`${await suggestion.inputValue()} in a writing lesson`);
  await page.getByRole('link', { name: /Summary/ }).first().click();
  await page.getByRole('button', { name: 'Make a template' }).click();
  await page.getByRole('button', { name: 'Show a link and QR code' }).click();
  const code = page.getByRole('img', { name: /QR code of the template link/ });
  expect(await scanQrCode(page, code)).toContain('#/template/~');
});

test('a template too large for a QR code says so and still offers the link and the file', async ({ page }) => {
  await openSample(page);
  await page.getByRole('link', { name: /Agreement/ }).first().click();
  // Words that do not repeat, so they do not compress away.
  let words = '';
  for (let i = 0; words.length < 4_500; i++) words += `${((i * 7_919) % 100_003).toString(36)} `;
  await page.getByLabel('Improvement-plan goal').fill(words.trim());
  await page.getByRole('link', { name: /Summary/ }).first().click();
  await page.getByRole('button', { name: 'Make a template' }).click();
  await page.getByRole('button', { name: 'Show a link and QR code' }).click();
  await expect(page.getByText('This template is too large for a QR code')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await expect(page.getByLabel('Link to the template')).toHaveValue(/#\/template\//);
  await expect(page.getByRole('button', { name: 'Download the template file' })).toBeVisible();
});

test('the meeting guide keeps time beside the steps and can be paused', async ({ page }) => {
  await page.clock.install();
  await openSample(page);
  await page.getByRole('button', { name: 'Meeting guide' }).click();
  const guide = page.getByRole('region', { name: 'Meeting guide' });
  await expect(guide).toContainText('0:00 of 90 min');
  await expect(guide).toContainText('Now: Open: why we are here');
  await guide.getByRole('button', { name: 'Start the clock' }).click();
  await page.clock.runFor(6 * 60_000);
  await expect(guide).toContainText('6:00');
  await expect(guide).toContainText('Now: Agree how coaching time serves the focus (30 min)');
  await guide.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(60_000);
  await expect(guide).toContainText('6:00');
  await guide.getByLabel('Meeting length').selectOption('60');
  await expect(guide).toContainText('of 60 min');
  // The steps stay in view and the clock carries on from step to step.
  await guide.getByRole('link', { name: 'Place every teacher on the continuum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Continuum map/ })).toBeVisible();
  await expect(guide).toContainText('6:00');
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();
  await expectNoAxeViolations(page, 'meeting guide');
  // A reload in the middle of the meeting keeps the guide as it was, its clock running.
  await guide.getByRole('button', { name: 'Resume' }).click();
  await page.reload();
  await expect(guide).toContainText('of 60 min');
  await expect(guide.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(guide.locator('.clock-time')).toHaveText(/^[67]:\d\d$/);
});
