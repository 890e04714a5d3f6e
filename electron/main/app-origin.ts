/**
 * The app's pages come from `app://planwright/`, not `file://`. A file: page shares its origin
 * with every file on the disk (Chromium grants file: pages extra reach, and any file opened later
 * would be "same origin"); a privileged scheme of our own is one origin that serves only the
 * renderer's folder, so the CSP's 'self', the navigation guard and the IPC sender check all mean
 * exactly "the app's own files". (No `electron` import here: paths and tests read these in Node.)
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planwright';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;
