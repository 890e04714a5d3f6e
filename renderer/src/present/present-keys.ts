/**
 * What a key means during a presentation, as a pure rule: the keys presenters and their clickers
 * send (clickers send PageUp/PageDown, some → ←, Space, B or .), digits to jump to a part, and
 * the browser's zoom chords, taken over to zoom the slides instead of the app.
 */
export type PresentIntent =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'part'; number: number }
  | { kind: 'blank' }
  | { kind: 'notes' }
  | { kind: 'leave' }
  | { kind: 'zoom'; step: -1 | 0 | 1 }
  | { kind: 'none' };

export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean };

export function presentIntent(event: KeyPress, mac: boolean): PresentIntent {
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (mod && !event.altKey) {
    if (event.key === '=' || event.key === '+') return { kind: 'zoom', step: 1 };
    if (event.key === '-' || event.key === '_') return { kind: 'zoom', step: -1 };
    if (event.key === '0') return { kind: 'zoom', step: 0 };
    return { kind: 'none' };
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return { kind: 'none' };
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { kind: 'next' };
    case ' ':
      return event.shiftKey ? { kind: 'previous' } : { kind: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank' };
    case 'n':
    case 'N':
      return { kind: 'notes' };
    case 'Escape':
      return { kind: 'leave' };
    default:
      return /^[1-8]$/.test(event.key) ? { kind: 'part', number: Number(event.key) } : { kind: 'none' };
  }
}

/** The zoom steps, as a browser's: the slides' type grows or shrinks by these factors. */
export const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

export function nextZoom(current: number, step: -1 | 0 | 1): number {
  if (step === 0) return 1;
  const at = ZOOM_STEPS.findIndex((z) => z >= current - 1e-9);
  const index = at < 0 ? ZOOM_STEPS.length - 1 : at;
  return ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, index + step))]!;
}

/** The slide a move leads to, kept within the presentation. */
export function moveTo(index: number, total: number, intent: PresentIntent, partStarts: ReadonlyMap<number, number>): number {
  if (total === 0) return 0;
  switch (intent.kind) {
    case 'next':
      return Math.min(total - 1, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return total - 1;
    case 'part':
      return partStarts.get(intent.number) ?? index;
    default:
      return index;
  }
}
