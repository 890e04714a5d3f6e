import type { Locator } from 'playwright-core';

interface DescribedElement {
  getAttribute(name: string): string | null;
  ownerDocument: { getElementById(id: string): { textContent: string | null } | null };
}

/**
 * The text of what a field's aria-describedby points at (its error or hint), or null when it
 * points at nothing. Read in one step inside the page: reading the attribute and then waiting
 * for the element raced a render that cleared the error, and the wait then ran out.
 */
export async function describedText(field: Locator): Promise<string | null> {
  return field.evaluate((el) => {
    const node = el as unknown as DescribedElement;
    const ids = (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const texts = ids.map((id) => node.ownerDocument.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean);
    return texts.length > 0 ? texts.join(' ') : null;
  });
}

/** The error shown beside a field (what aria-describedby points at when it ends in -error), or null. */
export async function describedError(field: Locator): Promise<string | null> {
  return field.evaluate((el) => {
    const node = el as unknown as DescribedElement;
    const ids = (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
    const texts = ids.map((id) => node.ownerDocument.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean);
    return texts.length > 0 ? texts.join(' ') : null;
  });
}
