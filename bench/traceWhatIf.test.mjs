import { describe, expect, it } from 'vitest';
import { mainThreadTasks, parseScaling, scaleTasks, taskGroup } from './traceWhatIf.mjs';

/** A page load in miniature: µs timestamps on the renderer's main thread (pid 1, tid 2), and one event elsewhere. */
function sampleTrace() {
  const main = (name, ts, dur) => ({ name, ts, dur, pid: 1, tid: 2, ph: 'X' });
  return [
    main('RunTask', 0, 40_000), // reading the document: 40 ms, no layout
    main('RunTask', 50_000, 12_000), // first parse chunk
    main('ParseHTML', 50_000, 11_000),
    main('RunTask', 70_000, 8_000), // a short task lantern drops
    main('RunTask', 100_000, 90_000), // the first render
    main('UpdateLayoutTree', 100_000, 20_000),
    main('Layout', 120_000, 60_000),
    main('RunTask', 200_000, 20_000), // fonts arrive: relayout
    main('Layout', 205_000, 10_000),
    { name: 'Layout', ts: 120_000, dur: 60_000, pid: 1, tid: 3, ph: 'X' }, // another thread: never touched
  ];
}

describe('mainThreadTasks', () => {
  it('lists the parsing thread’s tasks in order, from the first parse, with what they contain', () => {
    const tasks = mainThreadTasks(sampleTrace());
    expect(tasks.map((entry) => entry.startMs)).toEqual([-50, 0, 20, 50, 150]);
    expect(tasks.map((entry) => entry.didLayout)).toEqual([false, false, false, true, true]);
    expect(tasks[3].inside.map((event) => event.name)).toEqual(['UpdateLayoutTree', 'Layout']);
  });

  it('refuses a trace without a page load', () => {
    expect(() => mainThreadTasks([{ name: 'RunTask', ts: 0, dur: 1, pid: 1, tid: 2, ph: 'X' }])).toThrow(/ParseHTML/);
  });
});

describe('taskGroup', () => {
  const tasks = mainThreadTasks(sampleTrace());
  const starts = (name) => tasks.filter(taskGroup(name, tasks)).map((entry) => entry.startMs);

  it('finds the first render, the significant tasks without layout before it, and the significant tasks after it', () => {
    expect(starts('first-render')).toEqual([50]);
    expect(starts('before')).toEqual([-50, 0]); // the 8 ms task is below lantern's threshold
    expect(starts('after')).toEqual([150]);
    expect(starts('task@19')).toEqual([20]);
    expect(starts('task@21')).toEqual([20]);
    expect(starts('task@35')).toEqual([]);
  });

  it('task@MS picks the one task nearest to MS when several start within 2 ms', () => {
    const main = (name, ts, dur) => ({ name, ts, dur, pid: 1, tid: 2, ph: 'X' });
    const crowded = mainThreadTasks([main('ParseHTML', 0, 1_000), main('RunTask', 48_600, 5), main('RunTask', 49_900, 52_000)]);
    expect(crowded.filter(taskGroup('task@50', crowded)).map((entry) => entry.task.dur)).toEqual([52_000]);
  });

  it('names the groups it knows when given another', () => {
    expect(() => taskGroup('middle', tasks)).toThrow(/first-render, before, after or task@MS/);
  });
});

describe('parseScaling', () => {
  it('reads group:factor and refuses factors outside (0, 10]', () => {
    expect(parseScaling('before:0.5')).toEqual({ group: 'before', factor: 0.5 });
    expect(parseScaling('task@-4:2')).toEqual({ group: 'task@-4', factor: 2 });
    for (const bad of ['before', 'before:0', 'before:11', 'before:x']) expect(() => parseScaling(bad)).toThrow(/group:factor/);
  });
});

describe('scaleTasks', () => {
  it('scales a task and the events inside it about the task’s start, and nothing else', () => {
    const trace = sampleTrace();
    const tasks = mainThreadTasks(trace);
    expect(scaleTasks(tasks, { group: 'first-render', factor: 0.5 })).toBe(1);
    const [style, layout] = tasks[3].inside;
    expect(tasks[3].task).toMatchObject({ ts: 100_000, dur: 45_000 });
    expect(style).toMatchObject({ ts: 100_000, dur: 10_000 });
    expect(layout).toMatchObject({ ts: 110_000, dur: 30_000 });
    expect(trace.at(-1)).toMatchObject({ ts: 120_000, dur: 60_000 }); // the other thread's layout
    expect(tasks[4].task).toMatchObject({ ts: 200_000, dur: 20_000 });
  });
});
