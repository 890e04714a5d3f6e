/** How a command talks to the outside: text out, text for errors, and where it runs. */
export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
};

/**
 * One subcommand of `planwright`. `run` gets the arguments after the command's name and
 * answers the exit code: 0 done, 1 the input was refused (the reason printed), 2 a usage error.
 */
export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number> | number;
};

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** Prints a usage error with the command's usage, and answers its exit code. */
export function usageError(io: CliIo, command: CliCommand, message: string): number {
  io.stderr(`planwright ${command.name}: ${message}\n\n${command.usage}\n`);
  return EXIT.usage;
}
