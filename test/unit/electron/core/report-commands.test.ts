import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../../electron/core/backend';
import { startWebServer } from '../../../../electron/web/server';
import type { Result } from '../../../../shared/contracts';
import { PART_KEYS } from '../../../../shared/domain';
import { defaultReportOptions, type ReportOptions } from '../../../../shared/report/options';
import { NEW_PLAN, testBackend } from '../../helpers/backend';
import { tempDir } from '../../helpers/temp-dir';
import { solidPng } from '../../shared/report/png';
import { count, docxParts } from './export/docx-files';

vi.mock('electron', async () => (await import('../main/electron-mock')).electron);
const { registerIpc } = await import('../../../../electron/main/ipc');

const LOGO = { mime: 'image/png' as const, base64: solidPng(60, 20).toString('base64'), width: 60, height: 20 };

function options(language: 'en' | 'zh-CN', changes: Partial<ReportOptions> = {}): ReportOptions {
  return { ...defaultReportOptions({ meta: { language, currency: 'CNY' } as never }), ...changes };
}

describe('report options per plan', () => {
  it('answers the plan’s defaults until options are saved, then the saved ones, also after reopening', () => {
    const dataDir = tempDir();
    const b = testBackend(dataDir);
    const plan = b.call('plans.create', { ...NEW_PLAN, language: 'zh-CN', currency: 'USD' });
    expect(b.call('report.getOptions', { planId: plan.id })).toEqual({
      language: 'zh-CN',
      parts: [...PART_KEYS],
      brandColor: '#1F4E79',
      font: { latin: 'Calibri', eastAsia: 'Microsoft YaHei' },
      logo: null,
      paperSize: 'Letter',
      methodsUsed: false,
      scenarioTable: true,
    });
    const chosen = options('en', { parts: ['summary', 'budget'], brandColor: '#0A7F5A', logo: LOGO, paperSize: 'A4' });
    expect(b.call('report.setOptions', { planId: plan.id, options: chosen })).toEqual(chosen);
    b.close();
    const again = testBackend(dataDir);
    expect(again.call('report.getOptions', { planId: plan.id })).toEqual(chosen);
  });

  it('refuses options that are not valid, naming the field, and keeps what was saved', () => {
    const b = testBackend();
    const plan = b.call('plans.create', NEW_PLAN);
    const saved = options('en', { brandColor: '#123456' });
    b.call('report.setOptions', { planId: plan.id, options: saved });
    const result = b.dispatch('report.setOptions', { planId: plan.id, options: { ...saved, brandColor: 'red', parts: ['budget', 'summary'] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(result.ok ? [] : result.error.issues!.map((i) => i.path)).toEqual(['options.parts', 'options.brandColor']);
    expect(b.call('report.getOptions', { planId: plan.id })).toEqual(saved);
  });

  it('refuses to change the options of a plan in the trash, and forgets them with the plan', () => {
    const b = testBackend();
    const plan = b.call('plans.create', NEW_PLAN);
    b.call('report.setOptions', { planId: plan.id, options: options('en') });
    b.call('plans.trash', { planId: plan.id });
    expect(b.dispatch('report.setOptions', { planId: plan.id, options: options('en') })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    b.call('plans.deletePermanently', { planId: plan.id });
    expect(b.dispatch('report.getOptions', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const db = (b.store as unknown as { db: { prepare(sql: string): { get(): { n: number } } } }).db;
    expect(db.prepare('SELECT count(*) AS n FROM report_options').get().n).toBe(0);
  });
});

describe('report.export', () => {
  // Where LibreOffice is installed the Word file is laid out once by it, for the contents' page numbers.
  it('answers a promise of the Word file, named after the plan, in base64', { timeout: 60_000 }, async () => {
    const b = testBackend();
    const plan = b.call('plans.create', { ...NEW_PLAN, name: 'Spring: enrolment / 2027?' });
    const pending = b.dispatch('report.export', { planId: plan.id, format: 'docx', options: options('zh-CN') });
    expect(pending).toBeInstanceOf(Promise);
    const result = (await pending) as Result<{ fileName: string; mime: string; base64: string }>;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.fileName).toBe('Spring enrolment 2027.docx');
    expect(result.value.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { xml } = docxParts(Buffer.from(result.value.base64, 'base64'));
    expect(count(xml['word/document.xml']!, /<w:pStyle w:val="Heading1"\/>/)).toBe(8);
    expect(xml['word/document.xml']).toContain('此部分尚未撰写。');
  });

  it('exports Markdown, and refuses unknown plans, bad formats and bad options without throwing', async () => {
    const b = testBackend();
    const plan = b.call('plans.create', NEW_PLAN);
    const md = (await b.dispatch('report.export', { planId: plan.id, format: 'md', options: options('en') })) as Result<{
      mime: string;
      base64: string;
    }>;
    expect(md.ok && Buffer.from(md.value.base64, 'base64').toString('utf8')).toMatch(/^# Spring enrolment\n/);
    expect(md.ok && md.value.mime).toBe('text/markdown; charset=utf-8');
    const missing = await b.dispatch('report.export', { planId: '00000000-0000-4000-8000-000000000000', format: 'md', options: options('en') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(b.dispatch('report.export', { planId: plan.id, format: 'odt', options: options('en') })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('says LibreOffice is missing when a PDF cannot be made', async () => {
    const b = testBackend();
    const plan = b.call('plans.create', NEW_PLAN);
    vi.stubEnv('PLANWRIGHT_SOFFICE', path.join(os.tmpdir(), 'no-such-soffice'));
    try {
      const result = await b.dispatch('report.export', { planId: plan.id, format: 'pdf', options: options('en') });
      expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('needs LibreOffice') } });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('long commands over IPC and the browser bridge', () => {
  let dir = '';
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('IPC hands the renderer the settled result of an export, and tells afterDispatch once it is done', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-report-ipc-'));
    const backend = createBackend({ dataDir: dir, mode: 'test' });
    try {
      const created = backend.dispatch('plans.create', NEW_PLAN) as Result<{ id: string }>;
      const planId = created.ok ? created.value.id : '';
      const ipcMain = { handle: vi.fn() };
      const after = vi.fn();
      const indexUrl = 'app://planwright/index.html';
      registerIpc(ipcMain as never, backend, indexUrl, after);
      const handler = ipcMain.handle.mock.calls[0]![1] as (event: unknown, name: unknown, request: unknown) => unknown;
      const answer = handler({ senderFrame: { url: indexUrl } }, 'report.export', { planId, format: 'md', options: options('en') });
      expect(after).not.toHaveBeenCalled();
      await expect(answer).resolves.toMatchObject({ ok: true, value: { fileName: 'Spring enrolment.md' } });
      expect(after).toHaveBeenCalledWith('report.export', expect.objectContaining({ ok: true }));
    } finally {
      backend.close();
    }
  });

  it('the browser bridge answers the export once it is done', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-report-web-'));
    const staticDir = path.join(dir, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    const backend = createBackend({ dataDir: path.join(dir, 'data'), mode: 'test' });
    const web = await startWebServer({ backend, staticDir, port: 0 });
    try {
      const created = backend.dispatch('plans.create', NEW_PLAN) as Result<{ id: string }>;
      const planId = created.ok ? created.value.id : '';
      const res = await fetch(`http://127.0.0.1:${web.port}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planwright-Token': web.token },
        body: JSON.stringify({ command: 'report.export', request: { planId, format: 'md', options: options('en') } }),
      });
      const body = (await res.json()) as Result<{ base64: string }>;
      expect(body.ok && Buffer.from(body.value.base64, 'base64').toString('utf8')).toContain('## Contents');
    } finally {
      await web.close();
      backend.close();
    }
  });
});
