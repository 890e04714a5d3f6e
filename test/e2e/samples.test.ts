// "New plan from sample" end to end in browser mode: the dialog lists the samples with their
// descriptions, creates the chosen one in the chosen language and opens it; in a Chinese UI the
// whole flow works from the keyboard and defaults to a Chinese plan.
import { describe, expect, it } from 'vitest';
import { library, page, startApp, useAppPerTest } from './fixtures/app-session';
import { PlanWorkspacePage } from './pages/plan-workspace-page';

const POLL = { timeout: 10_000, interval: 50 };

// Each test starts the app in the system language it needs.
useAppPerTest({ start: 'manual' });

describe('new plan from sample', () => {
  it('creates a Chinese plan from a sample in an English UI and opens it', async () => {
    await startApp({ locale: 'en-US' });
    await page.getByRole('button', { name: 'New plan from sample', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New plan from sample' });
    // The list arrives after the dialog opens (the dialog says it is loading until then).
    await expect.poll(() => dialog.getByRole('radio').count(), POLL).toBe(5);
    await expect(dialog.getByRole('radio', { name: /Kids’ STEM centre/ }).isChecked()).resolves.toBe(true);
    await expect(dialog.getByText('A formula brand builds a member database').isVisible()).resolves.toBe(true);
    await expect(dialog.getByLabel('Language of the plan', { exact: true }).inputValue()).resolves.toBe('en');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await library.createFromSample('Infant formula: member program', { language: '简体中文' });
    const workspace = new PlanWorkspacePage(page);
    await workspace.waitUntilOpen();
    await page.getByText('禾初婴幼儿营养 2027 年会员精准营销计划').first().waitFor();
    await workspace.backToLibrary();
    await library.row('禾初婴幼儿营养 2027 年会员精准营销计划').waitFor();
    await expect.poll(() => library.planNames(), POLL).toEqual(['禾初婴幼儿营养 2027 年会员精准营销计划']);
  });

  it('works from the keyboard in a Chinese UI, whose plans default to Chinese', async () => {
    await startApp({ locale: 'zh-CN' });
    const button = page.getByRole('button', { name: '从样例新建计划', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '从样例新建计划' });
    // A string expression: the Node-side tsconfig has no DOM types.
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.value'), POLL).toBe('education');
    await expect(dialog.getByLabel('计划语言', { exact: true }).inputValue()).resolves.toBe('zh-CN');
    // Arrow keys move between the samples, as in any radio group; Enter submits the form.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /外贸网络营销课程/ }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: '计划的各个部分' }).waitFor();
    await page.getByText('远帆外贸学院 2027 年实战营营销计划').first().waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/plans\/[0-9a-f-]{36}$/);
  });
});
