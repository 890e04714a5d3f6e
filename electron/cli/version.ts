/** The app's version; the build writes it in place of process.env.PLANWRIGHT_VERSION. */
export function version(): string {
  return process.env.PLANWRIGHT_VERSION || '0.0.0';
}
