import fs from 'node:fs';
import path from 'node:path';
import { CurrencyCode } from '../../../shared/domain/primitives';
import { decodePlanFileBytes } from '../../../shared/file-format';
import { UTF8_BOM } from '../../../shared/format/csv';
import { minorToDecimal } from '../../../shared/format/money';
import { parsePurchaseDate, rfmProblemText, RFM_SPLITS, tierCustomerList, tiersCsv, type RfmSplit } from '../../../shared/logic/rfm';
import { errorMessage } from '../../../shared/error-message';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';

const GROUP_NAMES = {
  opinionLeaders: 'opinion leaders',
  intending: 'intending',
  toNurture: 'to be nurtured',
  top: 'top (80 % of spend)',
  rest: 'the rest',
};

function isSplit(value: string): value is RfmSplit {
  return (RFM_SPLITS as readonly string[]).includes(value);
}

export const rfmCommand: CliCommand = {
  name: 'rfm',
  summary: 'score a customer list by RFM and tier it (15/35/50 or 80/20)',
  usage: `Usage: planwright rfm <customers.csv> --out <tiers.csv> [--split 15/35/50|80/20] [--as-of DATE] [--currency CODE]

Reads a customer list (CSV, UTF-8; header row with id, last purchase date, number of purchases
and total spend, in English or Chinese: 客户编号, 最近一次消费日期, 购买次数, 消费金额), scores
recency, frequency and monetary value 1–5 by quintiles, names each customer's RFM segment and
tier, and writes one row per customer to the --out file (UTF-8 with a BOM, so Excel reads it).
Prints the tiers. A bad row refuses the whole list: each is printed with its line and reason,
and the exit code is 1.

  --out FILE       the CSV to write (an existing file is replaced)
  --split SPLIT    15/35/50 (opinion leaders / intending / to be nurtured; default) or 80/20
  --as-of DATE     count recency to this day (default: the latest purchase in the list)
  --currency CODE  the currency of the spend column, for its decimals (default CNY)`,

  run(args, io) {
    const parsed = parseCommandArgs(args, {
      out: { type: 'string' },
      split: { type: 'string' },
      'as-of': { type: 'string' },
      currency: { type: 'string' },
    });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1)
      return usageError(io, this, parsed.positionals.length === 0 ? 'name the customer list to read' : 'read one customer list at a time');
    const out = parsed.values.out as string | undefined;
    if (out === undefined || out.trim() === '') return usageError(io, this, 'name the file to write with --out');
    const split = (parsed.values.split as string | undefined) ?? '15/35/50';
    if (!isSplit(split)) return usageError(io, this, `--split must be ${RFM_SPLITS.join(' or ')}, not "${split}"`);
    const asOfText = parsed.values['as-of'] as string | undefined;
    const asOf = asOfText === undefined ? null : parsePurchaseDate(asOfText);
    if (asOfText !== undefined && asOf === null) return usageError(io, this, `--as-of must be a date such as 2027-01-31, not "${asOfText}"`);
    const currency = ((parsed.values.currency as string | undefined) ?? 'CNY').toUpperCase();
    if (!CurrencyCode.safeParse(currency).success)
      return usageError(io, this, `--currency must be a currency code such as CNY or USD, not "${currency}"`);

    const file = parsed.positionals[0]!;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.resolve(io.cwd, file));
    } catch (error) {
      io.stderr(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error)}\n`);
      return EXIT.refused;
    }
    const decoded = decodePlanFileBytes(bytes);
    if (!decoded.ok) {
      io.stderr(`${file}: ${decoded.message} Save the list as "CSV UTF-8".\n`);
      return EXIT.refused;
    }
    const result = tierCustomerList(decoded.text, { currency, split, asOf });
    if (!result.ok) {
      io.stderr(result.problems.map((p) => `${file}: ${rfmProblemText(p)}\n`).join(''));
      io.stderr(
        `${file} was not tiered (${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}); nothing was written.\n`,
      );
      return EXIT.refused;
    }
    const { analysis } = result;
    try {
      fs.writeFileSync(path.resolve(io.cwd, out), `${UTF8_BOM}${tiersCsv(analysis, currency)}`, 'utf8');
    } catch (error) {
      io.stderr(`${out}: ${errorMessage(error)}\n`);
      return EXIT.refused;
    }
    const lines = analysis.tiers.map(
      ({ group, summary: s }) =>
        `  ${GROUP_NAMES[group].padEnd(20)} ${String(s.customers).padStart(8)} ${s.customers === 1 ? 'customer ' : 'customers'} (${s.customersPct} %)  ${minorToDecimal(s.totalSpend, currency).padStart(16)} ${currency} (${s.spendPct} % of spend)\n`,
    );
    io.stdout(
      `${analysis.customers.length} ${analysis.customers.length === 1 ? 'customer' : 'customers'} scored${analysis.asOf ? `, recency as of ${analysis.asOf}` : ''}; split ${split}:\n${lines.join('')}wrote ${out}\n`,
    );
    return EXIT.ok;
  },
};
