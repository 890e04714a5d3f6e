import { afterEach, expect } from 'vitest';
import { commands, type CommandName, type CommandRequest, type CommandResponse, type Result } from '../../../shared/contracts';
import { createBackend, type Backend, type BackendOptions } from '../../../electron/core/backend';
import { tempDir } from './temp-dir';

const open: Backend[] = [];

export function testBackend(
  dataDir = tempDir(),
  extra: Pick<BackendOptions, 'teamConnect' | 'secrets' | 'now'> = {},
): Backend & {
  call<N extends CommandName>(name: N, request: CommandRequest<N>): CommandResponse<N>;
  callAsync<N extends CommandName>(name: N, request: CommandRequest<N>): Promise<CommandResponse<N>>;
} {
  const backend = createBackend({ dataDir, mode: 'test', version: '0.0.0-test', ...extra });
  open.push(backend);
  return Object.assign(backend, {
    /** Runs a command that must succeed and returns its value. */
    call<N extends CommandName>(name: N, request: CommandRequest<N>): CommandResponse<N> {
      const result = backend.dispatch(name, request) as Result<CommandResponse<N>>;
      if (!result.ok) expect.fail(`${name} failed: ${JSON.stringify(result.error)}`);
      // The command map promises this shape to the renderer; hold the backend to it.
      const promised = commands[name].response.safeParse(result.value);
      if (!promised.success) expect.fail(`${name} answered outside its response schema: ${promised.error.message}`);
      return result.value;
    },
    /** Runs a command (a long one answers a promise) that must succeed, and returns its value. */
    async callAsync<N extends CommandName>(name: N, request: CommandRequest<N>): Promise<CommandResponse<N>> {
      const result = (await backend.dispatch(name, request)) as Result<CommandResponse<N>>;
      if (!result.ok) expect.fail(`${name} failed: ${JSON.stringify(result.error)}`);
      const promised = commands[name].response.safeParse(result.value);
      if (!promised.success) expect.fail(`${name} answered outside its response schema: ${promised.error.message}`);
      return result.value;
    },
  });
}

export const NEW_PLAN = {
  name: 'Spring enrolment',
  client: 'Bright Minds Academy',
  currency: 'CNY',
  language: 'en',
  periodStart: '2027-01-01',
  periodEnd: '2027-12-31',
} as const;

afterEach(() => {
  while (open.length > 0) open.pop()!.close();
});
