import { EXIT, type CliCommand, type CliIo } from './command';
import { COMMANDS } from './commands';

import { version } from './version';
import { errorMessage } from '../../shared/error-message';

export { version } from './version';

export function mainUsage(commands: CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: planwright <command> [options]

Works with Planwright's plans from the command line.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help       show this help, or a command's with: planwright <command> --help
  -v, --version    show the version

Exit codes: 0 done, 1 the input was refused (the reason is printed), 2 wrong usage.`;
}

/** Runs one command line (without `node` and the script) and answers the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo, commands: CliCommand[] = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    if (topic) io.stdout(`${topic.usage}\n`);
    else if (first === undefined) {
      io.stderr(`${mainUsage(commands)}\n`);
      return EXIT.usage;
    } else io.stdout(`${mainUsage(commands)}\n`);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`planwright: unknown command "${first}"\n\n${mainUsage(commands)}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`planwright ${command.name}: ${errorMessage(error)}\n`);
    return EXIT.refused;
  }
}
