import { describe, expect, it, vi } from 'vitest';
import { BuildSteps } from './buildSteps.ts';

describe('BuildSteps', () => {
  it('times steps from marks, adds up repeated records, and prints them in build order', () => {
    const now = vi.spyOn(performance, 'now');
    const steps = new BuildSteps();
    now.mockReturnValue(1000);
    steps.mark('client');
    now.mockReturnValue(3450);
    steps.since('client bundle', 'client');
    steps.record('fonts', 600);
    steps.record('server bundle', 4000);
    steps.record('fonts', 100);
    steps.since('service worker', 'never marked');
    expect([...steps.milliseconds]).toEqual([['client bundle', 2450], ['fonts', 700], ['server bundle', 4000]]);
    expect(steps.lines()).toEqual(['  server bundle    4.0 s', '  client bundle    2.5 s', '  fonts            0.7 s']);
  });
});
