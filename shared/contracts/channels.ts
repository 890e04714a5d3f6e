/**
 * IPC channel names. Every channel carries the `planwright:` prefix, so a stray channel can never
 * reach a handler. Kept free of zod so the sandboxed preload can import it cheaply.
 */
export const CHANNEL_PREFIX = 'planwright:';
export const INVOKE_CHANNEL = `${CHANNEL_PREFIX}invoke` as const;
export const MENU_CHANNEL = `${CHANNEL_PREFIX}menu` as const;
export const SAVE_FILE_CHANNEL = `${CHANNEL_PREFIX}save-file` as const;
export const SAVE_FILES_CHANNEL = `${CHANNEL_PREFIX}save-files` as const;
/** The desktop app's presenter notes window: the presenting page opens, fills and closes it through main. */
export const PRESENTER_OPEN_CHANNEL = `${CHANNEL_PREFIX}presenter-open` as const;
export const PRESENTER_SHOW_CHANNEL = `${CHANNEL_PREFIX}presenter-show` as const;
export const PRESENTER_CLOSE_CHANNEL = `${CHANNEL_PREFIX}presenter-close` as const;
/** The notes window, once its page runs: the notes of the slide shown now. */
export const PRESENTER_CURRENT_CHANNEL = `${CHANNEL_PREFIX}presenter-current` as const;
/** Main → the presenting window: the user closed the notes window themselves. */
export const PRESENTER_CLOSED_CHANNEL = `${CHANNEL_PREFIX}presenter-closed` as const;
/** Main → the notes window: the notes of the slide now shown. */
export const PRESENTER_NOTES_CHANNEL = `${CHANNEL_PREFIX}presenter-notes` as const;
