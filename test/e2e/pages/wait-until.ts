import type { Page } from 'playwright-core';

/**
 * Waits until a script expression is true in the page. Not page.waitForFunction: when its first
 * check fails, Playwright polls by evaluating the string inside the page, which the app's CSP
 * (no 'unsafe-eval') refuses, so a check that needs a moment failed only on a slow run.
 * page.evaluate goes through DevTools, which the CSP does not govern.
 */
export async function waitUntil(page: Page, expression: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(expression)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
