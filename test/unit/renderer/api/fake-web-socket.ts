import type { Result } from '../../../../shared/contracts/result';
import type { SocketRequest } from '../../../../shared/contracts/socket-protocol';
import type { WebSocketLike } from '../../../../renderer/src/api/socket-transport';

type Listener = (event: unknown) => void;

/**
 * A browser WebSocket stand-in the test drives by hand: it opens, fails, answers or closes only
 * when told, so each transport state can be reached on purpose.
 */
export class FakeWebSocket implements WebSocketLike {
  static made: FakeWebSocket[] = [];
  /** Set by a test to make the constructor throw, as a browser does for a URL the CSP forbids. */
  static throwOnCreate: Error | null = null;

  static reset() {
    FakeWebSocket.made = [];
    FakeWebSocket.throwOnCreate = null;
  }

  static get last(): FakeWebSocket {
    const socket = FakeWebSocket.made.at(-1);
    if (!socket) throw new Error('no socket was made');
    return socket;
  }

  readyState = 0;
  sent: string[] = [];
  closeCalls = 0;
  private listeners = new Map<string, Listener[]>();

  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    if (FakeWebSocket.throwOnCreate) throw FakeWebSocket.throwOnCreate;
    FakeWebSocket.made.push(this);
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('InvalidStateError: still connecting');
    this.sent.push(data);
  }

  close(): void {
    this.closeCalls += 1;
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.emit('close', {});
  }

  // What the test makes happen:
  open() {
    this.readyState = 1;
    this.emit('open', {});
  }

  failToOpen() {
    this.readyState = 3;
    this.emit('error', {});
    this.emit('close', {});
  }

  drop() {
    this.readyState = 3;
    this.emit('close', {});
  }

  answer(id: number | null, result: Result<unknown>) {
    this.emit('message', { data: JSON.stringify({ id, result }) });
  }

  message(data: string) {
    this.emit('message', { data });
  }

  requests(): SocketRequest[] {
    return this.sent.map((text) => JSON.parse(text) as SocketRequest);
  }

  private emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}
