/**
 * CPU time a process has used (user and system), read from Linux's /proc. On a shared
 * machine, CPU per request is steadier than requests per second: it does not count the
 * time the process waited for a core.
 */
import { readFileSync } from 'node:fs';

/** Milliseconds of CPU `pid` has used so far, or undefined where /proc is not there. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** USER_HZ: 100 on every Linux build Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
