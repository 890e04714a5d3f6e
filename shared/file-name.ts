/**
 * The characters Windows, macOS or a shell would refuse or misread in a file name: folder
 * separators, the punctuation Windows reserves, and control characters (which also hide what a
 * name really is). One class, for the save dialog's check and every name the app proposes.
 */
export const UNSAFE_FILE_NAME_CHARS = /[/\\:*?"<>|\p{Cc}]/u;

/** The same class, to replace every run of such characters in a name. */
export const UNSAFE_FILE_NAME_RUNS = new RegExp(`${UNSAFE_FILE_NAME_CHARS.source}+`, 'gu');
