/** Every string leaf of a JSON-like value, with its path as zod writes it. */
export function stringLeaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

/** A deep copy of `value` with the string at each of `paths` replaced by `edit(old)`. */
export function editLeaves<T>(value: T, paths: (string | number)[][], edit: (old: string) => string): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const path of paths) {
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    at[last] = edit(at[last] as string);
  }
  return copy as T;
}

/** Every character that shared/domain/characters.ts refuses: C0 controls XML cannot carry, U+FFFE/U+FFFF, lone surrogates. */
export const XML_INVALID_CHARACTERS: string[] = [
  ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  0xfffe,
  0xffff,
  // Low halves before high ones, so that joined together no two make a valid pair.
  0xdc00,
  0xdfff,
  0xd800,
  0xdbff,
].map((c) => String.fromCharCode(c));
