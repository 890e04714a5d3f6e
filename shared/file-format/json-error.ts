import { fileMessage } from './messages';

export type JsonErrorLocation = { offset: number; line: number; column: number; reason: string };

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function shown(character: string): string {
  const code = character.codePointAt(0)!;
  return code < 0x21 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `“${String.fromCodePoint(code)}”`;
}

/** Where a string stops: the offset after its closing quote, or the problem inside it. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  for (let j = start + 1; j < text.length; j += 1) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return { offset: j, reason: fileMessage('jsonControlCharacter') };
    if (code === 0x5c) {
      const next = text[j + 1];
      if (next === undefined) break;
      if ('"\\/bfnrt'.includes(next)) j += 1;
      else if (next === 'u' && HEX4.test(text.slice(j + 2, j + 6))) j += 5;
      else return { offset: j, reason: fileMessage('jsonBadEscape') };
    }
  }
  return { offset: text.length, reason: fileMessage('jsonUnclosedString') };
}

/**
 * The first place a text stops being JSON, with line and column, in words the user can act on.
 * JSON.parse's own messages differ between engines and often name no position. Iterative, so a
 * deeply nested broken file cannot overflow the stack. Null if the text is valid JSON.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (offset: number, reason: string): JsonErrorLocation => ({ offset, reason, ...lineAndColumn(text, offset) });
  const afterValue = (): Expect => (stack.length > 0 ? 'commaOrClose' : 'end');

  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i += 1;
    if (i >= text.length) return expect === 'end' ? null : fail(text.length, fileMessage('jsonEnd'));
    const c = text[i]!;
    switch (expect) {
      case 'end':
        return fail(i, fileMessage('jsonTrailing'));
      case 'colon':
        if (c !== ':') return fail(i, fileMessage('jsonExpectedColon'));
        i += 1;
        expect = 'value';
        continue;
      case 'key':
      case 'keyOrClose': {
        if (expect === 'keyOrClose' && c === '}') {
          stack.pop();
          i += 1;
          expect = afterValue();
          continue;
        }
        if (c !== '"') return fail(i, fileMessage('jsonExpectedKey'));
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.reason);
        i = end;
        expect = 'colon';
        continue;
      }
      case 'commaOrClose': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i += 1;
          expect = top === '{' ? 'key' : 'value';
          continue;
        }
        if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
          stack.pop();
          i += 1;
          expect = afterValue();
          continue;
        }
        return fail(i, fileMessage(top === '{' ? 'jsonExpectedCommaOrBrace' : 'jsonExpectedCommaOrBracket'));
      }
      case 'value':
      case 'valueOrClose': {
        if (expect === 'valueOrClose' && c === ']') {
          stack.pop();
          i += 1;
          expect = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i += 1;
          expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.offset, end.reason);
          i = end;
          expect = afterValue();
          continue;
        }
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          expect = afterValue();
          continue;
        }
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        if (number && number[0].length > 0 && number[0] !== '-') {
          i += number[0].length;
          expect = afterValue();
          continue;
        }
        return fail(i, fileMessage('jsonUnexpected', { character: shown(text.slice(i, i + 2)) }));
      }
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
