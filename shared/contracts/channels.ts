/**
 * IPC channel names. Every channel carries the `planwright:` prefix, so a stray channel can never
 * reach a handler. Kept free of zod so the sandboxed preload can import it cheaply.
 */
export const CHANNEL_PREFIX = 'planwright:';
export const INVOKE_CHANNEL = `${CHANNEL_PREFIX}invoke` as const;
export const MENU_CHANNEL = `${CHANNEL_PREFIX}menu` as const;
export const SAVE_FILE_CHANNEL = `${CHANNEL_PREFIX}save-file` as const;
export const SAVE_FILES_CHANNEL = `${CHANNEL_PREFIX}save-files` as const;
