// A staff of any size on the sample partnership, written to storage as a saved workspace,
// for journeys and pictures of the continuum map with 30 or 300 teachers.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const FIRST = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eva', 'Femi', 'Gia', 'Hugo', 'Iris', 'Jon', 'Kai', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sami', 'Tess'];
const LAST = ['Ruiz', 'Okoro', 'Park', 'Shah', 'Novak', 'Adeyemi', 'Rossi', 'Blanc', 'Chen', 'Moreau', 'Lund', 'Haddad', 'Ito', 'Mensah', 'Petrov'];
const TEAMS = ['Kindergarten', 'Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5', 'Specialists'];
const STAGES = ['unaware', 'getting-ready', 'started', 'developing', 'unwilling'];
// A staff leans to the middle of the continuum, as real maps do.
const WEIGHTS = [2, 4, 7, 10, 14, 16, 14, 12, 9, 7, 5];

export const PARTNERSHIP = 'p-0a1b2c3d4e5f6071';
export const continuumHash = `#/p/${PARTNERSHIP}/continuum`;

/** The name of teacher `i` (from 0), unique for any staff up to 300. */
export const teacherName = (i: number) =>
  `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

/** `n` teachers, placed across 1–11 with stages, unless `placed` is false. */
export function staff(n: number, placed = true) {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const positions: number[] = [];
  WEIGHTS.forEach((w, i) => {
    for (let k = 0; k < Math.round((w / total) * n); k++) positions.push(i + 1);
  });
  return Array.from({ length: n }, (_, i) => ({
    id: `teacher-${i + 1}`,
    name: teacherName(i),
    assignment: TEAMS[i % TEAMS.length],
    position: placed ? positions[i % positions.length] ?? 6 : null,
    goal_position: null,
    goal_date: null,
    stage: placed ? STAGES[(i * 7) % STAGES.length] : null,
    notes: '',
  }));
}

/** Stores the sample workspace with `teachers` as the staff of its partnership, and opens
 * its continuum map. */
export async function seedStaff(page: Page, teachers: ReturnType<typeof staff>) {
  const doc = JSON.parse(readFileSync(new URL('../fixtures/v1/workspace.json', import.meta.url), 'utf8'));
  doc.partnerships = [doc.partnerships[0]];
  doc.partnerships[0].continuum.teachers = teachers;
  await page.goto('./#/');
  await page.evaluate((text) => localStorage.setItem('partnership-planner.workspace.v1', text), JSON.stringify(doc));
  await page.goto(`./${continuumHash}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Continuum map/ })).toBeVisible();
}
