import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { tempDir } from '../../helpers/temp-dir';

async function cli(argv: string[], cwd = tempDir()) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr, cwd };
}

const LIST = `客户编号,最近一次消费日期,购买次数,消费金额
A,2027-03-31,10,5000.00
"B, Ltd",2027/3/1,5,1000
C,2027年1月30日,2,200
D,2026-12-31,1,50
E,,0,0
`;

describe('planwright rfm', () => {
  it('writes one scored row per customer, UTF-8 with a BOM, and prints the tiers', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'customers.csv'), LIST);
    const { code, stdout, stderr } = await cli(['rfm', 'customers.csv', '--out', 'tiers.csv'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('5 customers scored, recency as of 2027-03-31; split 15/35/50');
    expect(stdout).toMatch(/opinion leaders\s+1 customer\s+\(20 %\)\s+5000\.00 CNY \(80 % of spend\)/);
    const bytes = fs.readFileSync(path.join(cwd, 'tiers.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'id,last_purchase,purchases,spend,recency_days,r,f,m,rfm,segment,tier',
      'A,2027-03-31,10,5000.00,0,5,5,5,555,champions,opinionLeaders',
      '"B, Ltd",2027-03-01,5,1000.00,30,4,4,4,444,champions,intending',
      'C,2027-01-30,2,200.00,60,3,3,3,333,hibernating,intending',
      'D,2026-12-31,1,50.00,90,2,2,2,222,hibernating,toNurture',
      'E,,0,0.00,,1,1,1,111,lost,toNurture',
      '',
    ]);
  });

  it('splits 80/20 and counts recency to --as-of', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'customers.csv'), LIST);
    const { code, stdout } = await cli(['rfm', 'customers.csv', '--out', 'tiers.csv', '--split', '80/20', '--as-of', '2027年4月30日'], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain('recency as of 2027-04-30; split 80/20');
    const rows = fs.readFileSync(path.join(cwd, 'tiers.csv'), 'utf8').split('\r\n');
    expect(rows[1]).toBe('A,2027-03-31,10,5000.00,30,5,5,5,555,champions,top');
    expect(rows[2]!.endsWith(',rest')).toBe(true);
  });

  it('refuses bad rows with their line numbers, exits 1 and writes nothing', async () => {
    const cwd = tempDir();
    fs.writeFileSync(
      path.join(cwd, 'bad.csv'),
      'id,last purchase date,number of purchases,total spend\nA,2027-02-30,1,10\nB,2027-01-01,many,10\nA,2027-01-01,1,1\n',
    );
    const { code, stderr } = await cli(['rfm', 'bad.csv', '--out', 'tiers.csv'], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.csv: line 2: "2027-02-30" is not a date');
    expect(stderr).toContain('bad.csv: line 3: "many" is not a number of purchases');
    expect(stderr).toContain('bad.csv: line 4: customer "A" is already on line 2');
    expect(stderr).toContain('3 problems');
    expect(fs.existsSync(path.join(cwd, 'tiers.csv'))).toBe(false);
  });

  it('answers usage errors with exit 2, and a missing or non-UTF-8 file with 1', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'gbk.csv'), Buffer.from([0x69, 0x64, 0x0a, 0xbf, 0xcd, 0xbb, 0xa7, 0x0a]));
    expect((await cli(['rfm', 'x.csv'], cwd)).code).toBe(2);
    expect((await cli(['rfm', 'x.csv', '--out', 'o.csv', '--split', '50/50'], cwd)).stderr).toContain('--split must be 15/35/50 or 80/20');
    expect((await cli(['rfm', 'x.csv', '--out', 'o.csv', '--as-of', 'soon'], cwd)).code).toBe(2);
    const missing = await cli(['rfm', 'x.csv', '--out', 'o.csv'], cwd);
    expect([missing.code, missing.stderr]).toEqual([1, 'x.csv: no such file\n']);
    const gbk = await cli(['rfm', 'gbk.csv', '--out', 'o.csv'], cwd);
    expect(gbk.code).toBe(1);
    expect(gbk.stderr).toContain('CSV UTF-8');
  });
});
