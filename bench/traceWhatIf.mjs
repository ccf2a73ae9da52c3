// "What if this task were shorter?" on a saved Lighthouse trace, for `npm run bench:whatif` (./whatIf.mjs).
//
// Lighthouse's TBT comes from a simulation (lantern), not from the trace's own durations: tasks under 10 ms are dropped,
// the rest are multiplied by 4 (by 2 when they did layout), FCP is simulated on a small graph (render-blocking requests,
// the first parse, layout and paint) and TBT on the full one. Which task decides a page's TBT is therefore not the
// longest one but depends on where the simulation places it, and a run on this machine varies too much to tell by
// measuring. Scaling chosen tasks in one saved trace and auditing it again answers the question without that noise.
// The answer is indicative: a shortened task keeps its start, so the tasks after it do not move.

/** Lantern drops main-thread tasks shorter than this (PageDependencyGraph's SIGNIFICANT_DUR_THRESHOLD_MS), in µs. */
export const SIGNIFICANT_TASK_US = 10_000;

/**
 * The page's main-thread tasks in time order: each top-level RunTask of the renderer thread that parsed the page, with
 * the events inside it and whether it laid out.
 */
export function mainThreadTasks(traceEvents) {
  const parse = traceEvents.find((event) => event.name === 'ParseHTML');
  if (!parse) throw new Error('the trace has no ParseHTML event: it is not a page load');
  const onThread = traceEvents.filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X');
  return onThread
    .filter((event) => event.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const inside = onThread.filter((event) => event !== task && event.ts >= task.ts && event.ts < task.ts + task.dur);
      return { task, inside, didLayout: inside.some((event) => event.name === 'Layout'), startMs: (task.ts - parse.ts) / 1000 };
    });
}

/**
 * The groups a what-if can scale, as predicates over mainThreadTasks' entries:
 * - `first-render`: the longest task that laid out (on a long chapter, the first layout and paint of the page);
 * - `before`: tasks of 10 ms or more, without layout, that start before it (navigation, reading the document);
 * - `after`: tasks of 10 ms or more that start after it (the rest of the parse, fonts arriving, start-up scripts);
 * - `task@MS`: the task that starts within 2 ms of MS after the first parse (as `list` prints it).
 */
export function taskGroup(name, tasks) {
  const firstRender = tasks.filter((entry) => entry.didLayout).sort((a, b) => b.task.dur - a.task.dur)[0];
  const significant = (entry) => entry.task.dur >= SIGNIFICANT_TASK_US;
  if (name === 'first-render') return (entry) => entry === firstRender;
  if (name === 'before') return (entry) => significant(entry) && !entry.didLayout && firstRender && entry.task.ts < firstRender.task.ts;
  if (name === 'after') return (entry) => significant(entry) && firstRender && entry.task.ts > firstRender.task.ts;
  const at = /^task@(-?\d+(?:\.\d+)?)$/.exec(name);
  if (at) {
    // Several tasks can start within 2 ms (most of them a few µs long): the one nearest to MS is meant.
    const distance = (entry) => Math.abs(entry.startMs - Number(at[1]));
    const nearest = tasks.filter((entry) => distance(entry) <= 2).sort((a, b) => distance(a) - distance(b))[0];
    return (entry) => entry === nearest;
  }
  throw new Error(`unknown task group "${name}": use first-render, before, after or task@MS`);
}

/** Parses "group:factor" (factor in (0, 10]); throws with the reason otherwise. */
export function parseScaling(text) {
  const match = /^([\w@.-]+):(\d+(?:\.\d+)?)$/.exec(text);
  const factor = match ? Number(match[2]) : Number.NaN;
  if (!match || !(factor > 0 && factor <= 10)) throw new Error(`"${text}" is not group:factor with a factor in (0, 10], e.g. before:0.5`);
  return { group: match[1], factor };
}

/**
 * Scales, in place, every task of `group` by `factor`: its duration, and the start and duration of each event inside
 * it relative to the task's start. Returns how many tasks it scaled.
 */
export function scaleTasks(tasks, { group, factor }) {
  const chosen = tasks.filter(taskGroup(group, tasks));
  for (const { task, inside } of chosen) {
    for (const event of inside) {
      event.ts = task.ts + (event.ts - task.ts) * factor;
      if (typeof event.dur === 'number') event.dur *= factor;
    }
    task.dur *= factor;
  }
  return chosen.length;
}
