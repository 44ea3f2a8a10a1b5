// Click-to-paint timing for `make bench`: from an input event to the frame after the
// screen changed, as a median over repeated runs.
import type { Page } from '@playwright/test';

const RUNS = 15;

/** Arms a one-shot timer: from the next `type` event to just after the following paint. */
async function arm(page: Page, type: string) {
  await page.evaluate((type) => {
    const w = window as any;
    w.__paints ??= [];
    const start = (e: Event) => {
      window.removeEventListener(type, start, true);
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const scripted = performance.now() - t0;
        const after = new MessageChannel();
        after.port1.onmessage = () => { w.__paints.push(performance.now() - t0); (w.__scripts ??= []).push(scripted); };
        after.port2.postMessage(0);
      });
    };
    window.addEventListener(type, start, true);
  }, type);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median click-to-paint of `act` over the runs; `prepare` readies each run and may
 * even reload the page, since every sample is collected as soon as it is taken. */
export async function measure(page: Page, type: string, act: (i: number) => Promise<void>, prepare?: (i: number) => Promise<void>) {
  const paints: number[] = [];
  const scripts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (prepare) await prepare(i);
    await page.evaluate(() => { (window as any).__paints = []; (window as any).__scripts = []; });
    await arm(page, type);
    await act(i);
    await page.waitForFunction(() => (window as any).__paints.length >= 1);
    const [paint, script] = await page.evaluate(() => [(window as any).__paints[0], (window as any).__scripts[0]]);
    paints.push(paint);
    scripts.push(script);
  }
  if (process.env.BENCH_SPLIT) console.log(`    (until the frame: ${median(scripts).toFixed(1)} ms)`);
  return median(paints);
}
