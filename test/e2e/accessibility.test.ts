// Accessibility with axe-core: the library and every part of a sample, in the light and the dark
// theme, have no serious or critical finding (colour contrast to WCAG AA among them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, useAppForFile } from './fixtures/app-session';
import { LibraryPage } from './pages/library-page';
import { PartPage } from './pages/part-page';
import { PART_TITLES } from './pages/part-titles';

const PARTS = ['summary', 'situation', 'swot', 'objectives', 'strategy', 'actions', 'budget', 'control'] as const;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Finding = { id: string; impact: string; nodes: number; sample: string };

/** axe's serious and critical findings on the page as it is (added through the debugger: the app's CSP allows no injected script). */
async function seriousFindings(): Promise<Finding[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate<Finding[]>(`(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, sample: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' — ' + (n.any[0]?.message ?? n.failureSummary)).join(' | ') }));
  })()`);
}

let planId: string;
let part: PartPage;

useAppForFile({ viewport: { width: 1440, height: 900 } });

beforeAll(async () => {
  part = new PartPage(page);
  planId = (await call<{ id: string }>('plans.createFromSample', { sample: 'education', language: 'en' })).id;
});

describe('axe-core', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`finds nothing serious on the library and every part, ${theme}`, async () => {
      await call('settings.set', { theme });
      await page.goto(app.url);
      await new LibraryPage(page).waitUntilReady();
      await page.waitForTimeout(200);
      expect({ screen: 'library', findings: await seriousFindings() }).toEqual({ screen: 'library', findings: [] });
      for (const [index, key] of PARTS.entries()) {
        await part.open(app.url, planId, key, PART_TITLES[index]!);
        await page.waitForTimeout(400);
        expect({ screen: key, findings: await seriousFindings() }).toEqual({ screen: key, findings: [] });
      }
    });
  }
});
