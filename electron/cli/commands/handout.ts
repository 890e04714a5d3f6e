import fs from 'node:fs';
import path from 'node:path';
import { handOutFiles, participantNames } from '../../../shared/class-board/hand-out';
import { LANGUAGES, type Language, type Plan } from '../../../shared/domain';
import { parsePlanFile, PLAN_FILE_EXTENSION } from '../../../shared/file-format';
import { buildSample, isSampleName } from '../../../shared/samples';
import { errorMessage } from '../../../shared/error-message';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand, type CliIo } from '../command';
import { problemLines, readPlanFileText } from '../read-plan-file';
import { version } from '../version';

/** The plan to hand out: a sample by name, or a plan file. */
function source(name: string, language: Language, io: CliIo): { ok: true; plan: Plan } | { ok: false; message: string } {
  if (isSampleName(name)) return { ok: true, plan: buildSample(name, language, { now: new Date().toISOString() }) };
  const read = readPlanFileText(name, io.cwd);
  if (!read.ok) return { ok: false, message: read.message };
  const parsed = parsePlanFile(read.text);
  if (!parsed.ok) return { ok: false, message: `${name} cannot be handed out:\n${problemLines(parsed.problems)}` };
  return { ok: true, plan: parsed.file.plan };
}

export const handoutCommand: CliCommand = {
  name: 'handout',
  summary: 'prepare a class: one .mplan per participant, each with its author set',
  usage: `Usage: planwright handout <sample name | plan.mplan> --names <names.txt> --out <folder> [--lang en|zh-CN]

Writes one plan file per participant into the folder, each a copy of the plan with the
participant as its author and ids of its own, named "<participant> — <plan>.${PLAN_FILE_EXTENSION}".
The names file has one name per line (blank lines and repeats are skipped). The folder is made
if it is not there; a file already in it is never replaced.

  --names FILE   the participants, one per line (UTF-8)
  --out FOLDER   where the files go
  --lang LANG    a sample's language: en (default) or zh-CN`,

  run(args, io) {
    const parsed = parseCommandArgs(args, { names: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1) return usageError(io, this, 'name one sample or plan file to hand out');
    const namesFile = parsed.values.names as string | undefined;
    const out = parsed.values.out as string | undefined;
    if (!namesFile) return usageError(io, this, 'give the participants with --names');
    if (!out || out.trim() === '') return usageError(io, this, 'name the folder to write with --out');
    const language = ((parsed.values.lang as string | undefined) ?? 'en') as Language;
    if (!(LANGUAGES as readonly string[]).includes(language))
      return usageError(io, this, `--lang must be ${LANGUAGES.join(' or ')}, not "${language}"`);

    let text: string;
    try {
      text = fs.readFileSync(path.resolve(io.cwd, namesFile), 'utf8');
    } catch {
      io.stderr(`${namesFile}: no such file\n`);
      return EXIT.refused;
    }
    const { names, refused: refusedNames } = participantNames(text);
    for (const { name, issue } of refusedNames) {
      const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
      io.stderr(`${namesFile}: the name "${shown}" ${issue.message}; left out\n`);
    }
    if (names.length === 0) {
      io.stderr(`${namesFile}: no participant names (one per line)\n`);
      return EXIT.refused;
    }
    const plan = source(parsed.positionals[0]!, language, io);
    if (!plan.ok) {
      io.stderr(`${plan.message}\n`);
      return EXIT.refused;
    }

    const folder = path.resolve(io.cwd, out);
    const taken = new Set<string>();
    let refused = refusedNames.length;
    try {
      fs.mkdirSync(folder, { recursive: true });
      for (const entry of fs.readdirSync(folder)) taken.add(entry.toLowerCase());
    } catch (error) {
      io.stderr(`${out}: ${errorMessage(error)}\n`);
      return EXIT.refused;
    }
    const files = handOutFiles(plan.plan, names, { app: { name: 'Planwright', version: version() }, exportedAt: new Date().toISOString() }, taken);
    for (const { fileName, content } of files) {
      try {
        fs.writeFileSync(path.join(folder, fileName), content, { encoding: 'utf8', flag: 'wx' });
        io.stdout(`wrote: ${path.join(out, fileName)}\n`);
      } catch (error) {
        refused += 1;
        io.stderr(`${fileName}: ${errorMessage(error)}\n`);
      }
    }
    return refused > 0 ? EXIT.refused : EXIT.ok;
  },
};
