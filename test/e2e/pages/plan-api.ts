/** The app's command API, called from inside the page (with its token), to set up plans and read back what was stored. */
import type { Page } from 'playwright-core';

export async function invoke<T>(page: Page, command: string, request: unknown): Promise<T> {
  const token = await page.locator('meta[name="planwright-token"]').getAttribute('content');
  const result = await page.evaluate(
    async ([command, request, token]) => {
      const res = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': token as string },
        body: JSON.stringify({ command, request }),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [command, request, token] as const,
  );
  if (!result.ok) throw new Error(`${command} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
