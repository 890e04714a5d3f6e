import type { HealthFinding } from '../../../shared/logic/health';
import { requestRowReveal } from '../components/grid/reveal-row';
import { navigate } from '../routing/use-route';

/**
 * "Fix": opens the part where a finding is fixed and puts the focus on the very thing to change,
 * with a brief highlight. The editors mark what can be found:
 * - a grid row `tr[data-row-id]`, its cells `td[data-column=<field>]`, the grid `[data-collection]`;
 * - a card `[data-card-id]` (SWOT, TOWS, objectives), its main text `[data-card-text]`, its own
 *   fields `[data-field=<field>]` (a form field given `fieldPath="<field>"`);
 * - a labelled field bound to a part's fields `[data-field="<part>.<path>"]`;
 * - the part page itself `[data-part=<part>]`.
 * Best first: the row and its cell, the row the finding is about, the field, the table, and last
 * the first control of the part.
 */

export type FixTarget = { highlight: HTMLElement | null; focus: HTMLElement | null };

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), [contenteditable="true"], button:not([disabled]), a[href], [tabindex]';
const CONTROL = 'input:not([type="hidden"]), textarea, select, [contenteditable="true"]';
const HIGHLIGHT_MS = 1800;
const WAIT_MS = 2500;

const attr = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

function isShown(el: Element): boolean {
  // Hidden tab panels are revealed before the focus moves; anything else hidden is no target.
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node instanceof HTMLElement && node.hidden && node.getAttribute('role') !== 'tabpanel') return false;
  }
  return true;
}

function firstFocusable(scope: ParentNode | null, selector = FOCUSABLE): HTMLElement | null {
  if (!scope) return null;
  for (const el of scope.querySelectorAll<HTMLElement>(selector)) {
    if (el.getAttribute('tabindex') === '-1' && !(el instanceof HTMLTableCellElement)) continue;
    if (isShown(el)) return el;
  }
  return null;
}

function rowTarget(root: ParentNode, rowId: string, field: string | undefined): FixTarget | null {
  const row = root.querySelector<HTMLElement>(`${attr('data-row-id', rowId)}, ${attr('data-card-id', rowId)}`);
  if (!row || !isShown(row)) return null;
  const cell = field ? row.querySelector<HTMLElement>(`td${attr('data-column', field)}`) : null;
  if (cell) return { highlight: cell, focus: cell };
  // A card's own field, marked with the row's field name (`<SelectField fieldPath="metric" …>`).
  const own = field ? row.querySelector<HTMLElement>(attr('data-field', field)) : null;
  if (own) return { highlight: own, focus: firstFocusable(own, CONTROL) ?? firstFocusable(own) };
  const focus = row.querySelector<HTMLElement>('[data-card-text]') ?? row.querySelector<HTMLElement>('td[data-column]') ?? firstFocusable(row);
  return { highlight: row, focus };
}

function fieldTarget(root: ParentNode, part: string, field: string): FixTarget | null {
  const wrapper = root.querySelector<HTMLElement>(attr('data-field', `${part}.${field}`));
  if (!wrapper) return null;
  return { highlight: wrapper, focus: firstFocusable(wrapper, CONTROL) ?? firstFocusable(wrapper) };
}

function collectionTarget(root: ParentNode, collection: string, field: string | undefined): FixTarget | null {
  const block = root.querySelector<HTMLElement>(attr('data-collection', collection));
  if (!block || !isShown(block)) return null;
  const cell =
    (field ? block.querySelector<HTMLElement>(`tbody td${attr('data-column', field)}`) : null) ??
    block.querySelector<HTMLElement>('tbody td[data-column]');
  // An empty table: its "Add row" button (the last button of the block's footer).
  const focus = cell ?? firstFocusable(block.querySelector('.grid-block__footer')) ?? firstFocusable(block);
  return { highlight: block, focus };
}

/**
 * A long grid renders only the rows in view: when the finding's row is not in the page, asks the
 * grid of that collection for it (true: look again on the next frame).
 */
function awaitingRow(root: ParentNode, collection: string | undefined, rowId: string | undefined): boolean {
  if (!collection || !rowId || root.querySelector(`${attr('data-row-id', rowId)}, ${attr('data-card-id', rowId)}`)) return false;
  const block = root.querySelector<HTMLElement>(attr('data-collection', collection));
  return block !== null && requestRowReveal(block, rowId);
}

/** Where a finding is fixed on the page of its part, or null while that page (or the row in a long table) is not shown yet. */
export function locateFix(finding: HealthFinding, doc: ParentNode = document): FixTarget | null {
  const root = doc.querySelector<HTMLElement>(attr('data-part', finding.part));
  if (!root) return null;
  const { collection, rowId, field } = finding.target;
  if (awaitingRow(root, collection, rowId) || awaitingRow(root, finding.subject?.collection, finding.subject?.rowId)) return null;
  return (
    (rowId ? rowTarget(root, rowId, field) : null) ??
    (finding.subject ? rowTarget(root, finding.subject.rowId, undefined) : null) ??
    (field && !collection ? fieldTarget(root, finding.part, field) : null) ??
    (collection ? collectionTarget(root, collection, field) : null) ?? {
      highlight: null,
      focus: firstFocusable(root.querySelector('.part-page__body')) ?? root.querySelector<HTMLElement>('h1'),
    }
  );
}

/** Opens what hides the element: the tab panel it sits in (by its tab), a closed <details>. */
function unhide(el: HTMLElement): void {
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    if (node.hidden && node.getAttribute('role') === 'tabpanel' && node.id) {
      document.querySelector<HTMLElement>(`[role="tab"]${attr('aria-controls', node.id)}`)?.click();
    }
    if (node instanceof HTMLDetailsElement && !node.open) node.open = true;
  }
}

const timers = new WeakMap<HTMLElement, number>();

/** A brief pulse around the target. An attribute, not a class: React rewrites a cell's class as it becomes active. */
export function flash(el: HTMLElement): void {
  window.clearTimeout(timers.get(el));
  el.removeAttribute('data-fix-highlight');
  void el.offsetWidth; // restarts the animation when the same target is flashed again
  el.setAttribute('data-fix-highlight', '');
  timers.set(
    el,
    window.setTimeout(() => el.removeAttribute('data-fix-highlight'), HIGHLIGHT_MS),
  );
}

function reveal(target: FixTarget): void {
  const anchor = target.focus ?? target.highlight;
  if (!anchor) return;
  unhide(anchor);
  // One frame for a tab that was just chosen to show its panel.
  requestAnimationFrame(() => {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // In a long table the grid scrolls to its row itself: the row sits where estimates put it
    // until the rows around it are measured, and the virtualizer scrolls again until it stays put.
    const block = anchor.closest<HTMLElement>('[data-windowed]');
    const rowId = anchor.closest<HTMLElement>('[data-row-id]')?.dataset.rowId;
    if (!(block && rowId && requestRowReveal(block, rowId))) {
      (target.highlight ?? anchor).scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    }
    if (target.focus) {
      if (target.focus.tagName === 'H1' && !target.focus.hasAttribute('tabindex')) target.focus.setAttribute('tabindex', '-1');
      target.focus.focus({ preventScroll: true });
    }
    if (target.highlight) flash(target.highlight);
  });
}

let request = 0;

/** Goes to the part of the finding and, once its page is shown, to the place to fix it. */
export function goToFix(planId: string, finding: HealthFinding): void {
  const mine = ++request;
  navigate({ name: 'plan', planId, section: finding.part });
  const deadline = performance.now() + WAIT_MS;
  const attempt = () => {
    // A later "Fix" wins; an earlier one still waiting gives up.
    if (mine !== request) return;
    const target = locateFix(finding);
    if (target) return reveal(target);
    if (performance.now() < deadline) requestAnimationFrame(attempt);
  };
  attempt();
}
