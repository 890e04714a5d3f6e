/**
 * Counts focus visits: every time the focus enters an element the count goes up. An undo step
 * records the visit it was made in, so everything typed in one visit to a field is one step.
 */
let session = 0;
let listening = false;

export function currentFocusSession(): number {
  if (!listening && typeof document !== 'undefined') {
    listening = true;
    document.addEventListener('focusin', () => session++, true);
  }
  return session;
}
