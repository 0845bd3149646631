import { readFileSync, writeFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in bytes (VmRSS now, VmHWM the peak): Linux only, NaN elsewhere. */
function statusBytes(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number {
  try {
    const line = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** A process's resident set size now, in bytes. */
export const rssBytes = (pid: number | 'self'): number => statusBytes(pid, 'VmRSS');

/**
 * The most a process has held resident since it started or since resetPeakRss: the kernel keeps
 * this high-water mark on every page fault, so no peak between two samples is missed.
 */
export const peakRssBytes = (pid: number | 'self'): number => statusBytes(pid, 'VmHWM');

/** Starts a new peak from the current RSS (writing 5 to clear_refs, Linux 4.0 and later). */
export function resetPeakRss(pid: number | 'self'): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not our process: the peak stays the process's lifetime peak.
  }
}

export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
