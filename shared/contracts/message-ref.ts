/**
 * A message as the UI translates it: a key of the translations (`validation.tooLong`) and its
 * parameters. The English text made from the same template travels beside it for logs and the
 * command line, but nothing reads the English back: translations come from the key, so rewording
 * a message cannot silently break them.
 */
export type MessageParams = Record<string, string | number>;
export type MessageRef = { key: string; params?: MessageParams };

export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

// Every message made with madeMessage() in this process, by its text: a zod schema can only carry
// a string, so a refusal's key is found again here when the issue is built. Bounded: parameters
// come from small sets (limits, collection names, character codes), and the oldest go first.
const MADE = new Map<string, MessageRef>();
const MAX_REMEMBERED = 5_000;

/** The text of `template` filled with `params`, remembered as `key` so issues can carry the key. */
export function madeMessage(key: string, template: string, params?: MessageParams): string {
  const text = fillTemplate(template, params);
  rememberMessage(text, params && Object.keys(params).length > 0 ? { key, params } : { key });
  return text;
}

/** Records what a text was made from (also for issues that arrive from the other process). */
export function rememberMessage(text: string, ref: MessageRef): void {
  if (MADE.has(text)) return;
  if (MADE.size >= MAX_REMEMBERED) MADE.delete(MADE.keys().next().value!);
  MADE.set(text, ref);
}

/** What a message was made from, if it was made by madeMessage() or remembered; else undefined. */
export function refOf(text: string): MessageRef | undefined {
  return MADE.get(text);
}
