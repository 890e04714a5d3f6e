import { it } from 'vitest';
import { app, call, page, useAppForFile } from './fixtures/app-session';
import { ScenariosPage } from './pages/scenarios-page';

useAppForFile({ viewport: { width: 1280, height: 720 } });

for (const language of ['en', 'zh-CN'] as const) {
  it(`shots ${language}`, async () => {
    await call('settings.set', { language });
    const plan = await call<{ id: string }>('plans.createFromSample', { sample: 'infant-formula', language });
    const part = new ScenariosPage(page);
    await page.goto(`${app.url}#/plans/${plan.id}/budget`);
    await page.reload();
    await page.waitForTimeout(1500);
    const section = page.locator('section.editor-section').last();
    await section.scrollIntoViewIfNeeded();
    await section.evaluate((el) => (el as unknown as { scrollIntoView(o: unknown): void }).scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/scn-${language}-1.png` });
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 550);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/scn-${language}-2.png` });
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 550);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/scn-${language}-3.png` });
    void part;
  });
}
