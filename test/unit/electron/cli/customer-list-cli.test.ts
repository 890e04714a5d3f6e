import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { testBackend } from '../../helpers/backend';
import { tempDir } from '../../helpers/temp-dir';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

describe('the command line carries a kept customer list as the app does', () => {
  it('export-plan writes it, import stores it with the new plan', async () => {
    const b = testBackend();
    const planId = b.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    const kept = b.call('customerList.set', {
      planId,
      customers: [{ id: 'M-01', lastPurchase: '2027-02-01', purchases: 4, spend: 99_900 }],
      settings: { split: '80/20', asOf: null },
    });
    b.close();
    const cwd = tempDir();
    const exported = await cli(['export-plan', planId, '--out', 'kept.mplan', '--data-dir', b.dataDir], cwd);
    expect([exported.code, exported.stderr]).toEqual([0, '']);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'kept.mplan'), 'utf8'))).toMatchObject({ customerList: kept });

    const other = tempDir();
    const imported = await cli(['import', path.join(cwd, 'kept.mplan'), '--data-dir', other], cwd);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    const again = testBackend(other);
    const [summary] = again.call('plans.list', {});
    expect(again.call('customerList.get', { planId: summary!.id })).toEqual(kept);
  });
});
