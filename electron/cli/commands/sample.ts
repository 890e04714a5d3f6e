import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../../../shared/domain';
import { PLAN_FILE_EXTENSION, serializePlanFile } from '../../../shared/file-format';
import { createTranslate } from '../../../shared/i18n/translate';
import { buildSample, isSampleName, SAMPLES } from '../../../shared/samples';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand, type CliIo } from '../command';
import { version } from '../version';
import { errorMessage } from '../../../shared/error-message';

function sampleList(language: Language): string {
  const t = createTranslate(language);
  const width = Math.max(...SAMPLES.map((s) => s.name.length));
  return SAMPLES.map((s) => `  ${s.name.padEnd(width)}  ${t(s.title)} — ${t(s.description)}\n`).join('');
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: 'write one of the sample plans to a .mplan file',
  usage: `Usage: planwright sample --list [--lang en|zh-CN]
       planwright sample <name> --out <file.mplan> [--lang en|zh-CN] [--force]

Writes a complete example plan (every part filled in) to a plan file, ready to import or to
open in the app. The content is the same every time; the plan and its rows get new ids.

  --list           print the samples' names and what each one shows
  --out FILE       the plan file to write (must end in .${PLAN_FILE_EXTENSION})
  --lang LANG      the plan's language: en (default) or zh-CN
  --force          replace FILE if it exists (otherwise an existing file is never touched)`,

  run(args, io: CliIo) {
    const parsed = parseCommandArgs(args, {
      list: { type: 'boolean' },
      out: { type: 'string' },
      lang: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    const lang = (parsed.values.lang as string | undefined) ?? 'en';
    if (!isLanguage(lang)) return usageError(io, this, `--lang must be ${LANGUAGES.join(' or ')}, not "${lang}"`);

    if (parsed.values.list) {
      if (parsed.positionals.length > 0 || parsed.values.out !== undefined) return usageError(io, this, '--list takes no sample name and no --out');
      io.stdout(sampleList(lang));
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1) {
      return usageError(
        io,
        this,
        parsed.positionals.length === 0 ? 'name the sample to write (see planwright sample --list)' : 'write one sample at a time',
      );
    }
    const name = parsed.positionals[0]!;
    if (!isSampleName(name)) {
      io.stderr(`planwright sample: there is no sample named "${name}". The samples are:\n${sampleList('en')}`);
      return EXIT.refused;
    }
    const out = parsed.values.out as string | undefined;
    if (out === undefined || out.trim() === '') return usageError(io, this, 'name the file to write with --out');
    if (!out.toLowerCase().endsWith(`.${PLAN_FILE_EXTENSION}`)) return usageError(io, this, `the file to write must end in .${PLAN_FILE_EXTENSION}`);

    const now = new Date().toISOString();
    const plan = buildSample(name, lang, { now });
    const text = serializePlanFile(plan, { app: { name: 'Planwright', version: version() }, exportedAt: now });
    const target = path.resolve(io.cwd, out);
    try {
      // 'wx' creates the file only if it is not there, in one step: an existing file is never lost.
      fs.writeFileSync(target, text, { encoding: 'utf8', flag: parsed.values.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') io.stderr(`${out}: the file exists; choose another name or add --force to replace it\n`);
      else if (code === 'ENOENT') io.stderr(`${out}: the folder does not exist\n`);
      else io.stderr(`${out}: ${errorMessage(error)}\n`);
      return EXIT.refused;
    }
    io.stdout(`wrote: ${plan.meta.name} (${name}, ${lang}) to ${out}\n`);
    return EXIT.ok;
  },
};
