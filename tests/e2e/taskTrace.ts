/**
 * The page's main-thread tasks while `during` runs, from a Chromium trace: each task's wall time
 * and the CPU time its thread spent in it. On a shared two-core machine a task's wall time is
 * mostly the operating system's doing — traced here, tasks of 60 ms held 4–6 ms of the page's
 * work when the load average was 10 — so the work the page asks of its thread is measured in
 * thread time (issue 16: no task over 50 ms while the page loads or a run answers).
 */
import type { Browser, Page } from 'playwright-core';

export interface TaskTime {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Tasks of the page's main thread (CrRendererMain) in a trace's events. */
export function mainThreadTasks(events: readonly TraceEvent[]): TaskTime[] {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }));
}

export async function traceTasks(
  browser: Browser,
  page: Page,
  during: () => Promise<void>,
): Promise<TaskTime[]> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  let failure: unknown = null;
  try {
    await during();
  } catch (e) {
    failure = e;
  }
  const buffer = await browser.stopTracing();
  if (failure !== null) throw failure;
  return mainThreadTasks(
    (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents,
  );
}
