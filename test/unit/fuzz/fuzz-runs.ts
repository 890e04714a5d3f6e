/** Cases per property: a few hundred in `npm test`, many more in `npm run test:soak` (PLANWRIGHT_FUZZ_RUNS). */
export const FUZZ_RUNS = Number(process.env.PLANWRIGHT_FUZZ_RUNS ?? 300);
