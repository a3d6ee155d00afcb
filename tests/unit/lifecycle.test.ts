/**
 * Lifecycle's signals (src/lifecycle.ts): the first stop signal stops in order; the same signal
 * again within RELAYED_SIGNAL_MS (npm relaying what the process group received) is not a second
 * request, while another signal, or the same one later, forces the exit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Lifecycle, RELAYED_SIGNAL_MS, StopRequested } from '../../src/lifecycle.js';

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
afterEach(() => {
  // Only the listeners these tests added go.
  for (const s of SIGNALS) for (const l of process.listeners(s)) if (!before.get(s)!.includes(l)) process.off(s, l);
});

function lifecycle() {
  const said: string[] = [];
  const exits: number[] = [];
  const life = new Lifecycle({ forceExitMs: 60_000, say: (l) => said.push(l), exit: (c) => exits.push(c) });
  life.installSignalHandlers();
  return { life, said, exits };
}

describe('Lifecycle', () => {
  it('takes the same signal relayed within RELAYED_SIGNAL_MS as one request, and waits for the task to unwind', async () => {
    const { life, said, exits } = lifecycle();
    const order: string[] = [];
    const task = life.run(
      (signal) =>
        new Promise<void>((_, reject) =>
          signal.addEventListener('abort', () =>
            setTimeout(() => {
              order.push('task unwound');
              reject(signal.reason);
            }, 50),
          ),
        ),
    );
    task.catch(() => undefined);
    life.onStop('the driver', async () => {
      order.push('driver closed');
    });
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGTERM', 'SIGTERM');
    await expect(task).rejects.toBeInstanceOf(StopRequested);
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['driver closed', 'task unwound']);
    expect(said).toEqual(['stopping (SIGTERM)', 'stopped']);
    expect(exits).toEqual([0]);
    expect(RELAYED_SIGNAL_MS).toBe(1000);
  });

  it('forces the exit on a different second signal', async () => {
    const { life, said, exits } = lifecycle();
    life.onStop('a step that hangs', () => new Promise<void>(() => undefined));
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGINT', 'SIGINT');
    expect(said).toEqual(['stopping (SIGTERM)', 'forced exit: SIGINT again']);
    expect(exits).toEqual([1]);
  });
});
