import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../../../electron/core/backup/retention';

const at = (day: string, time = '12:00:00.000') => `${day}T${time}Z`;

describe('which backups are kept', () => {
  it('keeps the newest of each of the last 10 days and of the 4 weeks before them', () => {
    // One backup a day for 70 days, two on the last day.
    const start = Date.UTC(2026, 8, 28);
    const backups = Array.from({ length: 70 }, (_, i) => {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      return { id: day, createdAt: at(day) };
    });
    backups.push({ id: 'last-morning', createdAt: at('2026-12-06', '08:00:00.000') });
    const keep = [...backupsToKeep(backups)].sort();
    const daily = keep.filter((id) => id.startsWith('2026') && id >= '2026-11-27');
    expect(daily).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(keep).toContain('last-morning');
    // Four older weeks, one each (the newest day of the week: its Sunday).
    expect(keep.filter((id) => id < '2026-11-27')).toEqual(['2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22']);
  });

  it('keeps every backup of the latest day, up to 10, but only the newest of older days', () => {
    const backups = Array.from({ length: 12 }, (_, i) => ({
      id: `today-${i}`,
      createdAt: at('2026-12-06', `${String(i + 1).padStart(2, '0')}:00:00.000`),
    }));
    backups.push(
      { id: 'yesterday-early', createdAt: at('2026-12-05', '01:00:00.000') },
      { id: 'yesterday-late', createdAt: at('2026-12-05', '23:00:00.000') },
    );
    const keep = backupsToKeep(backups);
    expect([...keep].filter((id) => id.startsWith('today'))).toHaveLength(10);
    expect(keep.has('today-0')).toBe(false);
    expect(keep.has('yesterday-late')).toBe(true);
    expect(keep.has('yesterday-early')).toBe(false);
  });

  it('keeps everything while there are fewer than the rule allows', () => {
    const backups = [
      { id: 'a', createdAt: at('2026-12-01') },
      { id: 'b', createdAt: at('2026-12-03') },
    ];
    expect(backupsToKeep(backups)).toEqual(new Set(['a', 'b']));
  });
});
