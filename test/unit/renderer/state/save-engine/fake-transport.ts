/**
 * A transport for the save engine's tests: a clock the test moves by hand, and a backend that
 * keeps one plan in memory (applying each command as storage would), records every command, can
 * hold answers back to look at the queue, refuse chosen requests, and drop the connection with
 * calls in flight (they fail as the app's socket transport fails them; nothing reached storage).
 */
import type { CommandName, CommandRequest } from '../../../../../shared/contracts/commands';
import { fail, ok, type AppError, type Result } from '../../../../../shared/contracts/result';
import type { PlanHeader } from '../../../../../shared/contracts/views';
import type { CollectionName, Plan } from '../../../../../shared/domain';
import { CONNECTION_LOST_MESSAGE } from '../../../../../renderer/src/api/socket-transport';
import { applyOp, type AnyRow } from '../../../../../renderer/src/state/plan-edits';
import type { Clock, Transport } from '../../../../../renderer/src/state/transport';

export const CONNECTION_LOST = CONNECTION_LOST_MESSAGE;

export class FakeClock implements Clock {
  private time = 0;
  private nextHandle = 1;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

  setTimeout(run: () => void, ms: number): number {
    const handle = this.nextHandle++;
    this.timers.set(handle, { at: this.time + ms, run });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  now(): number {
    return this.time;
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on, running each timer that comes due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}

export type Call = { name: CommandName; request: Record<string, unknown> };
type Pending = { call: Call; settle: (result: Result<unknown>) => void };

export class FakeBackend {
  plan: Plan;
  readonly calls: Call[] = [];
  /** While true, calls wait for `release()` (or `drop()`) instead of being answered at once. */
  hold = false;
  inFlight = 0;
  maxInFlight = 0;
  private readonly pending: Pending[] = [];
  private readonly refusals: ((call: Call) => AppError | null)[] = [];
  private stamp = 0;

  constructor(plan: Plan) {
    this.plan = structuredClone(plan);
  }

  /** Refuses the requests `test` returns an error for, as the backend's validation would. */
  refuse(test: (call: Call) => AppError | null): void {
    this.refusals.push(test);
  }

  names(): string[] {
    return this.calls.map((c) => c.name);
  }

  get waiting(): number {
    return this.pending.length;
  }

  /** Answers the oldest held call. */
  release(): void {
    const next = this.pending.shift();
    if (!next) throw new Error('no call is waiting');
    next.settle(this.run(next.call));
  }

  /** Stops holding: answers what waits, and every later call at once. */
  resume(): void {
    this.hold = false;
    while (this.pending.length > 0) this.release();
  }

  /** The connection drops: every call in flight fails, and none of them reached storage. */
  drop(): void {
    // As the app's socket transport fails the calls it had in flight.
    for (const p of this.pending.splice(0)) p.settle(fail('internal', CONNECTION_LOST_MESSAGE, [], { reason: 'connectionLost' }));
  }

  readonly transport = (clock: Clock): Transport => ({
    clock,
    invoke: (<N extends CommandName>(name: N, request: CommandRequest<N>) => {
      const call: Call = { name, request: structuredClone(request) as Record<string, unknown> };
      this.calls.push(call);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      return new Promise<Result<unknown>>((resolve) => {
        const settle = (result: Result<unknown>) => {
          this.inFlight--;
          resolve(result);
        };
        if (this.hold) this.pending.push({ call, settle });
        else queueMicrotask(() => settle(this.run(call)));
      });
    }) as Transport['invoke'],
  });

  private run(call: Call): Result<unknown> {
    for (const refusal of this.refusals) {
      const error = refusal(call);
      if (error) return { ok: false, error };
    }
    const r = call.request;
    const updatedAt = () => new Date(Date.UTC(2027, 0, 1, 0, 0, ++this.stamp)).toISOString();
    const stamped = () => {
      const at = updatedAt();
      this.plan = { ...this.plan, meta: { ...this.plan.meta, updatedAt: at } };
      return ok({ planId: this.plan.meta.id, updatedAt: at });
    };
    switch (call.name) {
      case 'plans.get':
        return ok(structuredClone(this.plan));
      case 'plans.updateMeta': {
        this.plan = { ...this.plan, meta: { ...this.plan.meta, ...(r.patch as object), updatedAt: updatedAt() } };
        const {
          id,
          name,
          client,
          author,
          versionLabel,
          currency,
          language,
          periodStart,
          periodEnd,
          createdAt,
          updatedAt: at,
          deletedAt,
        } = this.plan.meta;
        const header: PlanHeader = {
          id,
          name,
          client,
          author,
          versionLabel,
          currency,
          language,
          periodStart,
          periodEnd,
          createdAt,
          updatedAt: at,
          deletedAt,
          progress: 0.5,
        };
        return ok(header);
      }
      case 'fields.set':
        this.plan = applyOp(this.plan, { kind: 'fields', part: r.part as never, fields: r.fields as never });
        return stamped();
      case 'rows.upsert': {
        const index = r.index as number | undefined;
        this.plan = applyOp(this.plan, {
          kind: 'upsert',
          collection: r.collection as CollectionName,
          row: r.row as AnyRow,
          ...(index === undefined ? {} : { index }),
        });
        return stamped();
      }
      case 'rows.upsertMany':
        for (const { collection, row } of r.rows as { collection: CollectionName; row: AnyRow }[])
          this.plan = applyOp(this.plan, { kind: 'upsert', collection, row });
        return stamped();
      case 'rows.delete':
        this.plan = applyOp(this.plan, { kind: 'delete', collection: r.collection as CollectionName, id: r.id as string });
        return stamped();
      case 'rows.move':
        this.plan = applyOp(this.plan, {
          kind: 'move',
          collection: r.collection as CollectionName,
          id: r.id as string,
          toIndex: r.toIndex as number,
        });
        return stamped();
      default:
        return fail('unknown_command', `The fake backend does not answer ${call.name}.`);
    }
  }
}

/** Lets every answer already given, and the promise chains it starts, run to the end (real time: a few event-loop turns). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
}
