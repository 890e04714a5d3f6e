import { runCli } from './run-cli';

// Bundled to dist/node/cli.cjs and started by scripts/planwright.mjs (`npx planwright …`).
const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
};

void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
