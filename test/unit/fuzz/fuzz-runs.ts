/** Cases per property: a few hundred in `npm test`, many more in `npm run test:soak` (PLANWRIGHT_FUZZ_RUNS). */
export const FUZZ_RUNS = Number(process.env.PLANWRIGHT_FUZZ_RUNS ?? 300);

/** Room for a property's runs on a loaded machine (a case that snapshots the library takes tens of ms there). */
export const FUZZ_TIMEOUT_MS = Math.max(60_000, FUZZ_RUNS * 250);
