/**
 * Where the data lives: `--data-dir DIR` (or `--data-dir=DIR`) wins, then PLANWRIGHT_DATA_DIR,
 * then the platform's default (Electron's userData folder). Tests and browser mode use the
 * first two so they never touch a user's real plans.
 */
export function resolveDataDir(options: { argv: readonly string[]; env: Record<string, string | undefined>; defaultDir: string }): string {
  const { argv, env, defaultDir } = options;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error('--data-dir needs a folder path, e.g. --data-dir ./my-plans');
      return value;
    }
    if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (!value) throw new Error('--data-dir needs a folder path, e.g. --data-dir=./my-plans');
      return value;
    }
  }
  const fromEnv = env.PLANWRIGHT_DATA_DIR;
  if (fromEnv && fromEnv.trim()) return fromEnv;
  return defaultDir;
}
