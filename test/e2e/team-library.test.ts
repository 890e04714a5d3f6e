// The team library's UI end to end (library → Team): set up calmly when there is no server, the
// connection form's checks (a pasted postgres:// link fills it without showing its password; no TLS
// only for this computer), a server that does not answer shown as a translated refusal while the
// plans here stay editable.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backend, page, problems, useAppForFile } from './fixtures/app-session';
import { LibraryPage } from './pages/library-page';
import { seriousFindings } from './pages/axe-findings';
import { TeamPage } from './pages/team-page';

const POLL = { timeout: 15_000, interval: 100 };
const SHOTS = process.env.PLANWRIGHT_SCREENSHOTS;

useAppForFile({ viewport: { width: 1280, height: 720 } });

describe('the team library without a server', () => {
  it('says calmly that none is set up and checks the connection form before anything is saved', async () => {
    const team = new TeamPage(page);
    await team.open();
    await page.getByRole('heading', { name: 'No team library set up' }).waitFor();
    // Not set up: the form is open, with the safe defaults.
    await expect(team.field('Port').inputValue()).resolves.toBe('5432');
    await expect(team.sslMode.inputValue()).resolves.toBe('verify-full');
    await expect(team.note('Password').textContent()).resolves.toMatch(/keychain|session only/);

    await team.save();
    await expect.poll(() => team.note('Host').textContent(), POLL).toBe('Required.');
    await expect(team.note('Database').textContent()).resolves.toBe('Required.');
    await expect(team.note('User name').textContent()).resolves.toBe('Required.');
    await team.fill({ port: '70000' });
    await expect.poll(() => team.note('Port').textContent(), POLL).toBe('A port is a whole number from 1 to 65535.');

    // A pasted link fills the fields; its password goes only into the password field.
    await team.pasteIntoHost('postgres://ana:s3cret%21@db.example.com:6543/plans?sslmode=verify-ca');
    await expect.poll(() => team.host.inputValue(), POLL).toBe('db.example.com');
    await expect(team.field('Port').inputValue()).resolves.toBe('6543');
    await expect(team.field('Database').inputValue()).resolves.toBe('plans');
    await expect(team.field('User name').inputValue()).resolves.toBe('ana');
    await expect(team.field('Password').inputValue()).resolves.toBe('s3cret!');
    await expect(team.field('Password').getAttribute('type')).resolves.toBe('password');
    await expect(team.sslMode.inputValue()).resolves.toBe('verify-ca');
    await expect(team.note('Host').textContent()).resolves.toMatch(/password field and is not shown/);
    expect(await page.locator('body').innerText()).not.toContain('s3cret');

    // No TLS is offered only for a server on this computer, and refused once the host leaves it.
    expect(await team.sslModeOptions()).not.toContain('No TLS (this computer only)');
    await team.fill({ host: 'localhost' });
    await expect.poll(() => team.sslModeOptions(), POLL).toContain('No TLS (this computer only)');
    await team.fill({ sslMode: 'No TLS (this computer only)' });
    await expect.poll(() => team.note('Secure connection (TLS)').textContent(), POLL).toBe('Only for a server on this computer: nothing leaves it.');
    await team.fill({ host: 'db.example.com' });
    await expect
      .poll(() => team.note('Secure connection (TLS)').textContent(), POLL)
      .toBe('TLS is required for a server that is not on this computer.');
    await expect(team.sslMode.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await seriousFindings(page)).toEqual([]);
    // Nothing was saved by any of this.
    expect((await backend('team.getSettings', {})).value.connection).toBeNull();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'team-not-set-up-en-light-1280.png'), fullPage: true });
  });

  it('saves a server that does not answer, shows the refusal translated, and keeps the plans here editable', async () => {
    const team = new TeamPage(page);
    // Port 1 on this computer: nothing listens there, so the server "does not answer".
    await team.fill({ host: '127.0.0.1', port: '1', database: 'planwright', user: 'ana', password: 'pw', sslMode: 'No TLS (this computer only)' });
    const failed = await team.test();
    await expect(failed.textContent()).resolves.toMatch(/Could not connect.*did not answer/s);
    await team.save();
    await page.getByText('The team library’s connection is saved.').waitFor();
    const settings = (await backend('team.getSettings', {})).value;
    expect(settings).toMatchObject({ connection: { host: '127.0.0.1', port: 1, sslMode: 'disable' }, hasPassword: true });
    expect(JSON.stringify(settings)).not.toContain('"pw"');

    // The listing cannot be had: a calm notice with the reason and Try again, not an error wall.
    await page.getByRole('heading', { name: 'The team library cannot be reached right now' }).waitFor();
    await expect(page.getByText('ana@127.0.0.1:1/planwright').count()).resolves.toBe(1);

    // Local editing never depends on it: a plan is made, and Publish to team… says why it cannot go.
    const library = new LibraryPage(page);
    await page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Plans' }).click();
    await library.createPlan({ name: 'Offline launch' });
    await library.chooseFromRowMenu('Offline launch', 'Publish to team…');
    const dialog = page.getByRole('dialog', { name: 'Publish “Offline launch” to the team' });
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toMatch(/did not answer/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Forget drops the server and its password; the view is back to "not set up".
    await team.open();
    await team.showConnection();
    await team.forget();
    await page.getByRole('heading', { name: 'No team library set up' }).waitFor();
    expect((await backend('team.getSettings', {})).value).toMatchObject({ connection: null, hasPassword: false });
    expect(problems).toEqual([]);
  });
});
