import type { Plan } from '../domain';
import type { Translate } from '../i18n/types';
import { comparePlans, type FieldChange, type NumberDelta, type RowChange } from '../logic/compare';
import { cell, col, table, PartWriter, type BuildContext } from './context';
import type { ReportFormatters } from './formatters';
import { headingNumber } from './numbering';
import type { ReportPart } from './types';

/** What "Changes since <version>" compares the plan with: a saved version, by its name and time. */
export type ChangesSince = { label: string; createdAt: string; plan: Plan };

const FIELD_SEGMENT = /^\d{4}-(\d{2}|Q\d)$/;

function fieldLabel(path: string, t: Translate, f: ReportFormatters): string {
  return path
    .split('.')
    .filter((s) => s !== 'periods')
    .map((s) => (FIELD_SEGMENT.test(s) ? f.period(s) : t(`versions.fields.${s}`)))
    .join(' · ');
}

function valueText(change: FieldChange, side: 'before' | 'after', f: ReportFormatters, dash: string): string {
  const value = change[side];
  if (change.kind === 'number') return value === null ? dash : change.money ? f.money(value as number) : f.number(value as number);
  return (value as string).trim() || dash;
}

function numberText(n: NumberDelta, value: number | string | null, f: ReportFormatters, dash: string): string {
  if (value === null) return dash;
  if (n.kind === 'month') return f.month(String(value));
  return n.kind === 'units' ? f.number(value as number) : f.money(value as number);
}

function signed(text: string, n: number): string {
  return n > 0 ? `+${text}` : text;
}

function rowCells(row: RowChange, t: Translate, ctx: BuildContext, dash: string) {
  const what = t(`versions.${row.change}`);
  const item = (row.label || t('versions.unnamedRow')).trim();
  const collection = t(`versions.collections.${row.collection}`);
  if (row.change !== 'changed') return [[cell(item, { bold: true, detail: `${collection} · ${what}` }), cell(what), cell(dash), cell(dash)]];
  return row.fields.map((change, i) => [
    i === 0 ? cell(item, { bold: true, detail: collection }) : cell(''),
    cell(fieldLabel(change.path, t, ctx.f)),
    cell(valueText(change, 'before', ctx.f, dash)),
    cell(valueText(change, 'after', ctx.f, dash), { bold: true }),
  ]);
}

/**
 * The report's optional appendix, "Changes since <version>": the key numbers that moved, the
 * header's changes, then part by part each row added, removed or changed with its fields before
 * and after (shared/logic/compare, the same diff the app's compare view shows).
 */
export function changesAppendix(ctx: BuildContext, since: ChangesSince, number: number): ReportPart {
  const { t, f } = ctx;
  const dash = t('report.empty');
  const title = t('versions.report.title', { name: since.label });
  const { number: headingNo, label } = headingNumber(ctx.language, [number], title);
  const w = new PartWriter(ctx.language, number, 'changes');
  const diff = comparePlans(since.plan, ctx.plan);
  w.push({ kind: 'paragraph', style: 'body', text: t('versions.report.intro', { name: since.label, date: f.date(since.createdAt.slice(0, 10)) }) });
  if (diff.changeCount === 0) w.push({ kind: 'paragraph', style: 'note', text: t('versions.noChanges') });
  else {
    const moved = diff.numbers.filter((n) => n.before !== n.after);
    w.h2(t('versions.keyNumbers'), 'numbers');
    if (moved.length === 0) w.push({ kind: 'paragraph', style: 'note', text: t('versions.report.numbersSame') });
    else {
      const name = (key: string) =>
        key.startsWith('spend.')
          ? t('versions.numbers.spend', {
              mix: key === 'spend.unassigned' ? t('versions.numbers.unassigned') : t(`versions.fields.${key.slice('spend.'.length)}`),
            })
          : t(`versions.numbers.${key}`);
      w.push(
        table(
          'changes-numbers',
          [
            col(t('versions.colNumber'), 'left', 4),
            col(t('versions.colBefore'), 'right', 2),
            col(t('versions.colAfter'), 'right', 2),
            col(t('versions.colDelta'), 'right', 2),
          ],
          moved.map((n) => [
            cell(name(n.key)),
            cell(numberText(n, n.before, f, dash)),
            cell(numberText(n, n.after, f, dash), { bold: true }),
            cell(n.delta === null ? dash : signed(n.kind === 'money' ? f.money(n.delta) : f.number(n.delta), n.delta)),
          ]),
        ),
      );
    }
    const columns = [
      col(t('versions.report.item'), 'left', 3),
      col(t('versions.report.field'), 'left', 2),
      col(t('versions.colBefore'), 'left', 3),
      col(t('versions.colAfter'), 'left', 3),
    ];
    if (diff.meta.length > 0) {
      w.h2(t('versions.header'), 'meta');
      w.push(
        table(
          'changes-meta',
          columns,
          diff.meta.map((change) => [
            cell(t('versions.header')),
            cell(fieldLabel(change.path, t, f)),
            cell(valueText(change, 'before', f, dash)),
            cell(valueText(change, 'after', f, dash), { bold: true }),
          ]),
        ),
      );
    }
    for (const part of diff.parts) {
      w.h2(t(`parts.${part.part}`), part.part);
      const rows = [
        ...part.fields.map((change) => [
          cell(t(`parts.${part.part}`)),
          cell(fieldLabel(change.path, t, f)),
          cell(valueText(change, 'before', f, dash)),
          cell(valueText(change, 'after', f, dash), { bold: true }),
        ]),
        ...part.rows.flatMap((row) => rowCells(row, t, ctx, dash)),
      ];
      w.push(table(`changes-${part.part}`, columns, rows));
    }
  }
  return {
    key: 'changes',
    title,
    empty: false,
    heading: { kind: 'heading', level: 1, number: headingNo, text: title, label, anchor: 'part-changes' },
    blocks: w.blocks,
  };
}
