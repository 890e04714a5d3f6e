import fs from 'node:fs';
import path from 'node:path';
import { BOARD_FORMATS, classBoard, type BoardFormat } from '../../../shared/class-board';
import { LANGUAGES, type Language, type Plan } from '../../../shared/domain';
import { parsePlanFile, PLAN_FILE_EXTENSION } from '../../../shared/file-format';
import { writeBoard } from '../../core/classes/class-board-service';
import { writeFileWholeSync } from '../../core/write-file-whole';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand, type CliIo } from '../command';
import { problemLines, readPlanFileText } from '../read-plan-file';
import { errorMessage } from '../../../shared/error-message';

/** The plan files named: a file as it is, a folder's `.mplan` files in name order (not its subfolders). */
function expand(names: string[], io: CliIo): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const full = path.resolve(io.cwd, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      missing.push(name);
      continue;
    }
    if (!stat.isDirectory()) files.push(name);
    else
      files.push(
        ...fs
          .readdirSync(full, { withFileTypes: true })
          .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(`.${PLAN_FILE_EXTENSION}`))
          .map((e) => path.join(name, e.name))
          .sort((a, b) => a.localeCompare(b)),
      );
  }
  return { files, missing };
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'the class board of many plan files: docx, csv or md',
  usage: `Usage: planwright compare <files or folders...> --out <board.docx|board.csv|board.md> [--lang en|zh-CN] [--title TEXT]

Reads every plan file named (a folder: its .${PLAN_FILE_EXTENSION} files) and writes the class board: one row
per participant (completeness per part, health problems and warnings, forecast revenue,
marketing spend, contribution, break-even, objectives, actions, KPIs) and the class's median.
A participant is the plan's author, or the file's name when the plan names none. Nothing is
imported into the library.

A file that cannot be read is refused with its reasons (exit code 1); the board is still
written for the others.

  --out FILE     board.docx (a Word report: the board, then a page per participant),
                 board.csv (UTF-8 with a byte-order mark, for Excel and WPS) or board.md
  --lang LANG    the language of the headings: en (default) or zh-CN
  --title TEXT   the class's name on the board (default: the first folder's name, else "Class")`,

  async run(args, io) {
    const parsed = parseCommandArgs(args, { out: { type: 'string' }, lang: { type: 'string' }, title: { type: 'string' } });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length === 0) return usageError(io, this, 'name the plan files or the folder to compare');
    const out = parsed.values.out as string | undefined;
    if (out === undefined || out.trim() === '') return usageError(io, this, 'name the board to write with --out');
    const format = path.extname(out).slice(1).toLowerCase() as BoardFormat;
    if (!(BOARD_FORMATS as readonly string[]).includes(format))
      return usageError(io, this, `--out must end in ${BOARD_FORMATS.map((f) => `.${f}`).join(', ')}`);
    const language = ((parsed.values.lang as string | undefined) ?? 'en') as Language;
    if (!(LANGUAGES as readonly string[]).includes(language))
      return usageError(io, this, `--lang must be ${LANGUAGES.join(' or ')}, not "${language}"`);

    const { files, missing } = expand(parsed.positionals, io);
    let refused = missing.length;
    for (const name of missing) io.stderr(`${name}: no such file or folder\n`);
    const plans: Plan[] = [];
    for (const file of files) {
      const read = readPlanFileText(file, io.cwd);
      if (!read.ok) {
        refused += 1;
        io.stderr(`${read.message}\n`);
        continue;
      }
      const plan = parsePlanFile(read.text);
      if (!plan.ok) {
        refused += 1;
        io.stderr(`${file} was refused (${plan.problems.length === 1 ? '1 problem' : `${plan.problems.length} problems`}):\n`);
        io.stderr(problemLines(plan.problems).replace(/^/gm, '  '));
        continue;
      }
      const p = plan.file.plan;
      if (p.meta.author.trim() === '') p.meta.author = path.basename(file, path.extname(file));
      plans.push(p);
    }

    const folder = parsed.positionals.find((n) => fs.statSync(path.resolve(io.cwd, n), { throwIfNoEntry: false })?.isDirectory());
    const title = (parsed.values.title as string | undefined)?.trim() || (folder ? path.basename(path.resolve(io.cwd, folder)) : 'Class');
    const today = new Date().toISOString().slice(0, 10);
    const board = classBoard(plans, today);
    try {
      const file = await writeBoard(board, new Map(plans.map((p) => [p.meta.id, p])), { title, format, language, today });
      writeFileWholeSync(path.resolve(io.cwd, out), file.data);
    } catch (error) {
      io.stderr(`${out}: ${errorMessage(error)}\n`);
      return EXIT.refused;
    }
    io.stdout(`wrote: the board of ${plans.length} ${plans.length === 1 ? 'plan' : 'plans'} to ${out}\n`);
    if (refused > 0) io.stderr(`${refused} ${refused === 1 ? 'file was' : 'files were'} refused and left off the board.\n`);
    return refused > 0 ? EXIT.refused : EXIT.ok;
  },
};
