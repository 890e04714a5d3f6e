import { describe, expect, it } from 'vitest';
import { moveTo, nextZoom, presentIntent, ZOOM_STEPS, type KeyPress } from '../../../../renderer/src/present/present-keys';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const kind = (k: KeyPress, mac = false) => presentIntent(k, mac).kind;

describe('presentation keys', () => {
  it('moves on with what clickers and keyboards send', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(kind(key(k)), k).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(kind(key(k)), k).toBe('previous');
    expect(kind(key(' ', { shiftKey: true }))).toBe('previous');
    expect(kind(key('Home'))).toBe('first');
    expect(kind(key('End'))).toBe('last');
  });

  it('jumps to a part by its digit, 1 to 8 only', () => {
    expect(presentIntent(key('3'), false)).toEqual({ kind: 'part', number: 3 });
    expect(presentIntent(key('8'), false)).toEqual({ kind: 'part', number: 8 });
    expect(kind(key('9'))).toBe('none');
    expect(kind(key('0'))).toBe('none');
  });

  it('blanks with B or ., shows notes with N, leaves with Esc', () => {
    expect(kind(key('b'))).toBe('blank');
    expect(kind(key('B', { shiftKey: true }))).toBe('blank');
    expect(kind(key('.'))).toBe('blank');
    expect(kind(key('n'))).toBe('notes');
    expect(kind(key('Escape'))).toBe('leave');
  });

  it('takes the zoom chords: Ctrl on Windows and Linux, ⌘ on macOS', () => {
    expect(presentIntent(key('=', { ctrlKey: true }), false)).toEqual({ kind: 'zoom', step: 1 });
    expect(presentIntent(key('+', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'zoom', step: 1 });
    expect(presentIntent(key('-', { ctrlKey: true }), false)).toEqual({ kind: 'zoom', step: -1 });
    expect(presentIntent(key('0', { ctrlKey: true }), false)).toEqual({ kind: 'zoom', step: 0 });
    expect(presentIntent(key('=', { metaKey: true }), true)).toEqual({ kind: 'zoom', step: 1 });
    expect(kind(key('=', { ctrlKey: true }), true)).toBe('none');
  });

  it('leaves other chords alone: Ctrl+B is not a blank, Alt+→ not a move', () => {
    expect(kind(key('b', { ctrlKey: true }))).toBe('none');
    expect(kind(key('ArrowRight', { altKey: true }))).toBe('none');
    expect(kind(key('x'))).toBe('none');
  });
});

describe('moving through the slides', () => {
  const starts = new Map([
    [1, 0],
    [3, 4],
  ]);
  it('stays within the presentation', () => {
    expect(moveTo(9, 10, { kind: 'next' }, starts)).toBe(9);
    expect(moveTo(0, 10, { kind: 'previous' }, starts)).toBe(0);
    expect(moveTo(5, 10, { kind: 'first' }, starts)).toBe(0);
    expect(moveTo(5, 10, { kind: 'last' }, starts)).toBe(9);
  });
  it('jumps to a part that has slides, and stays put for one that has none', () => {
    expect(moveTo(8, 10, { kind: 'part', number: 3 }, starts)).toBe(4);
    expect(moveTo(8, 10, { kind: 'part', number: 2 }, starts)).toBe(8);
  });
});

describe('zoom', () => {
  it('steps through the zoom levels and back to 100 %', () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(1.5, 0)).toBe(1);
    expect(nextZoom(ZOOM_STEPS[ZOOM_STEPS.length - 1]!, 1)).toBe(2);
    expect(nextZoom(ZOOM_STEPS[0]!, -1)).toBe(ZOOM_STEPS[0]);
  });
});
