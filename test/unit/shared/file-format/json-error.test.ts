import { describe, expect, it } from 'vitest';
import { locateJsonError, serializePlanFile } from '../../../../shared/file-format';
import { fullPlan } from '../../helpers/full-plan';

const at = (text: string) => {
  const found = locateJsonError(text);
  return found && `${found.line}:${found.column} ${found.reason}`;
};

describe('locating a JSON error', () => {
  it.each([
    ['{"a":}', '1:6 unexpected “}”'],
    ['[1,2,]', '1:6 unexpected “]”'],
    ['{"a" 1}', '1:6 expected “:”'],
    ['{"a":1 "b":2}', '1:8 expected “,” or “}”'],
    ['[1 2]', '1:4 expected “,” or “]”'],
    ["{'a':1}", '1:2 expected a property name in double quotes'],
    ['{"a":1,}', '1:8 expected a property name in double quotes'],
    ['"abc', '1:5 a string is not closed'],
    ['"a\\xb"', '1:3 a string has an invalid escape'],
    ['"a\\u12G4"', '1:3 a string has an invalid escape'],
    ['"tab\there"', '1:5 a string holds a control character'],
    ['{}x', '1:3 more text follows the end of the JSON value'],
    ['{"a":tru}', '1:6 unexpected “t”'],
    ['{"a":-}', '1:6 unexpected “-”'],
    ['[😀]', '1:2 unexpected “😀”'],
    ['[\n  1,\n  02\n]', '3:4 expected “,” or “]”'],
    ['{\r\n"a": [1,\r\n', '3:1 the file ends too early'],
    ['\u00a0{}', '1:1 unexpected “\u00a0”'],
  ])('%j → %s', (text, expected) => {
    expect(at(text)).toBe(expected);
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each(['{}', '[]', '0', '-1.5e+3', '"\\u00e9\\n"', ' {"a":[true,false,null,{"b":"c"}]} ', '"😀"'])('finds nothing wrong in %j', (text) => {
    expect(at(text)).toBeNull();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('agrees with JSON.parse on every damaged variant of a real file', () => {
    const text = serializePlanFile(fullPlan(), { app: { name: 'Planwright', version: '1' }, exportedAt: '2027-01-01T00:00:00.000Z' });
    // Deterministic damage: drop, double or replace one character at many places.
    let checked = 0;
    for (let i = 0; i < text.length; i += 37) {
      for (const damaged of [
        text.slice(0, i) + text.slice(i + 1),
        text.slice(0, i) + text[i] + text.slice(i),
        `${text.slice(0, i)}}${text.slice(i + 1)}`,
      ]) {
        let valid = true;
        try {
          JSON.parse(damaged);
        } catch {
          valid = false;
        }
        expect(locateJsonError(damaged) === null, `at ${i}`).toBe(valid);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('survives a deeply nested broken file', () => {
    expect(at('['.repeat(1_000_000))).toBe('1:1000001 the file ends too early');
  });
});
