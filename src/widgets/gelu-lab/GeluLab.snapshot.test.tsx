// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROPS, type GeluLabProps } from './props.ts';
import GeluLab from './GeluLab.tsx';

/**
 * Golden SVGs of what the lab draws, so that a change to the drawing shows up as a diff someone has to accept
 * (`vitest -u`). Numbers are rounded to 2 decimals and React's generated ids replaced, so that only real changes count.
 * jsdom does no layout, so the panels are drawn at the fallback width of 640 px.
 */
function normalise(svg: Element): string {
  return svg.outerHTML
    .replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/«[^»]*»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, 'REACT-ID')
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (number) => {
      const rounded = Number(number).toFixed(2);
      return rounded === '-0.00' ? '0.00' : rounded;
    })
    .replaceAll('><', '>\n<');
}

function renderLab(props: Partial<GeluLabProps>) {
  const context = { locale: 'en' as const, chapter: 'gelu', section: 'try-it', instanceId: 'gelu-lab' };
  return render(<GeluLab {...DEFAULT_PROPS} {...props} context={context} />).container;
}

afterEach(cleanup);

describe('gelu-lab drawing', () => {
  it('main plot: all curves on [−4, 4], probe at 1, key points marked', async () => {
    const container = renderLab({ x: 1, keypoints: true });
    await expect(normalise(container.querySelector('.gelu-lab__plot')!)).toMatchFileSnapshot('./__snapshots__/main-plot.svg');
  });

  it('main plot: GeLU and ReLU only on [−2, 1], probe out of view', async () => {
    const container = renderLab({ x: 3, xmin: -2, xmax: 1, curves: ['gelu', 'relu'] });
    await expect(normalise(container.querySelector('.gelu-lab__plot')!)).toMatchFileSnapshot(
      './__snapshots__/main-plot-gelu-relu.svg',
    );
  });

  it('error strips on [−6, 6]', async () => {
    const container = renderLab({ x: 1, xmin: -6, xmax: 6 });
    const [tanh, sigmoid] = container.querySelectorAll('.gelu-lab__error-plot');
    await expect(normalise(tanh!)).toMatchFileSnapshot('./__snapshots__/error-tanh.svg');
    await expect(normalise(sigmoid!)).toMatchFileSnapshot('./__snapshots__/error-sigmoid.svg');
  });
});
