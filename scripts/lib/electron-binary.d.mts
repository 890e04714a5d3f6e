// Types for electron-binary.mjs (plain JS so `npm start` runs it with Node alone).
export function findElectronBinary(root: string, env?: NodeJS.ProcessEnv): { binary: string } | { missing: string };
