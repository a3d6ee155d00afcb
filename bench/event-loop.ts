/**
 * Event-loop stalls of this process, split by what its main thread did meanwhile.
 *
 * A timer asks for a turn every `intervalMs`; a tick that comes late is a stall. On Linux each
 * tick also reads the main thread's scheduler statistics (`/proc/self/task/<pid>/schedstat`:
 * nanoseconds on a CPU, nanoseconds waiting on a run queue), so a stall splits into the time the
 * main thread ran (the service's own work: JavaScript, the garbage collector's pauses, the
 * driver's decoding) and the time it waited for a core (other processes or threads on a busy
 * machine, Neo4j among them). The rest of a stall is the thread asleep (waiting for the
 * garbage collector's helper threads, or for the machine itself when the hypervisor holds it:
 * the machine's steal time is read from `/proc/stat`).
 *
 * Source of the file formats: the Linux kernel's Documentation/scheduler/sched-stats.rst
 * (schedstat) and proc(5) (`/proc/stat`, `cpu` line, eighth field: steal, in USER_HZ ticks of 10 ms).
 */
import { readFileSync } from 'node:fs';

/** One tick of the timer: its wall time since the previous tick and the main thread's share of it, in ms. */
export interface Tick {
  wallMs: number;
  runMs: number;
  waitMs: number;
}

/** The stalls of a run of ticks, in ms (rounded to 0.1 ms). */
export interface Stalls {
  /** The longest tick past the interval, with the main thread's run and wait within it. */
  longest: { stallMs: number; runMs: number; waitMs: number };
  /** The most the main thread ran within one tick: the longest the service's own work held the loop. */
  longestRunMs: number;
  /** Whether the run/wait split was measured (Linux); elsewhere both are 0 and only the wall time counts. */
  split: boolean;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Reduces ticks of a timer of `intervalMs` to their stalls. Pure. */
export function stallsOf(ticks: readonly Tick[], intervalMs: number, split: boolean): Stalls {
  let longest: Tick = { wallMs: intervalMs, runMs: 0, waitMs: 0 };
  let longestRunMs = 0;
  for (const t of ticks) {
    if (t.wallMs > longest.wallMs) longest = t;
    longestRunMs = Math.max(longestRunMs, t.runMs);
  }
  return {
    longest: { stallMs: round(Math.max(0, longest.wallMs - intervalMs)), runMs: round(longest.runMs), waitMs: round(longest.waitMs) },
    longestRunMs: round(split ? longestRunMs : Math.max(0, longest.wallMs - intervalMs)),
    split,
  };
}

/** The main thread's time on a CPU and on a run queue so far, in ns; null where Linux's schedstat is not there. */
function schedstat(): { runNs: number; waitNs: number } | null {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
    return { runNs: Number(run), waitNs: Number(wait) };
  } catch {
    return null;
  }
}

/** The machine's steal time so far, in ms; null where `/proc/stat` is not there. */
export function stealMs(): number | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    return Number(cpu[8]) * 10;
  } catch {
    return null;
  }
}

/** Starts watching; `stop()` ends it and gives the stalls and the machine's steal time meanwhile (ms). */
export function watchStalls(intervalMs = 10) {
  const split = schedstat() !== null;
  const steal0 = stealMs();
  const ticks: Tick[] = [];
  let last = { t: performance.now(), s: schedstat() };
  const timer = setInterval(() => {
    const now = { t: performance.now(), s: schedstat() };
    ticks.push({
      wallMs: now.t - last.t,
      runMs: now.s && last.s ? (now.s.runNs - last.s.runNs) / 1e6 : 0,
      waitMs: now.s && last.s ? (now.s.waitNs - last.s.waitNs) / 1e6 : 0,
    });
    last = now;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const steal1 = stealMs();
      return { ...stallsOf(ticks, intervalMs, split), machineStealMs: steal0 === null || steal1 === null ? null : steal1 - steal0 };
    },
  };
}
