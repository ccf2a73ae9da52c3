import { describe, expect, it } from 'vitest';
import { geluLab } from './definition.ts';
import { CURVE_IDS, DEFAULT_PROPS, GELU_LAB_RESERVE, type GeluLabProps } from './props.ts';

const parse = (attributes: Record<string, string>) => geluLab.props.safeParse(attributes);
const messages = (attributes: Record<string, string>) => {
  const result = parse(attributes);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('gelu-lab directive attributes', () => {
  it('fills every prop with its default when no attribute is given', () => {
    expect(parse({}).data).toEqual(DEFAULT_PROPS);
  });

  it('reads the chapter’s ::gelu-lab{x=1}', () => {
    expect(parse({ x: '1' }).data).toEqual<GeluLabProps>({ ...DEFAULT_PROPS, x: 1 });
  });

  it('reads every attribute', () => {
    const props = parse({ x: '-0.75', xmin: '-3', xmax: '1', curves: 'derivative, gelu,relu', keypoints: 'true' }).data;
    // Curves come back in legend order, whatever order the author wrote.
    expect(props).toEqual<GeluLabProps>({ x: -0.75, xmin: -3, xmax: 1, curves: ['gelu', 'relu', 'derivative'], keypoints: true });
  });

  it('takes a bare {keypoints} as true', () => {
    expect(parse({ keypoints: '' }).data?.keypoints).toBe(true);
    expect(parse({ keypoints: 'false' }).data?.keypoints).toBe(false);
  });

  it.each([
    [{ x: 'abc' }, "x must be a number from -1e6 to 1e6, got 'abc'"],
    [{ x: '' }, "x must be a number from -1e6 to 1e6, got ''"],
    [{ x: '2e6' }, "x must be a number from -1e6 to 1e6, got '2e6'"],
    [{ x: 'Infinity' }, "x must be a number from -1e6 to 1e6, got 'Infinity'"],
    [{ xmin: '-5000' }, "xmin must be a number from -1000 to 1000, got '-5000'"],
    [{ keypoints: 'yes' }, "keypoints must be true or false, got 'yes'"],
  ])('refuses %j with a message naming the attribute and the value', (attributes, message) => {
    expect(messages(attributes)).toEqual([message]);
  });

  it('refuses an unknown curve and lists the known ones', () => {
    expect(messages({ curves: 'gelu,swish' })).toEqual([
      `curves must be a comma-separated list of ${CURVE_IDS.join(', ')}, got 'gelu,swish': unknown: 'swish'`,
    ]);
  });

  it('refuses a view whose xmax does not exceed xmin', () => {
    expect(messages({ xmin: '2', xmax: '1' })).toEqual(["xmax must be at least xmin + 0.01 (xmin is 2), got '1'"]);
  });

  it('refuses an unknown attribute (a typo should not pass silently)', () => {
    const result = parse({ xx: '1' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('produces JSON-serialisable props', () => {
    const props = parse({ x: '1', curves: 'gelu,tanh' }).data;
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });

  it('reserves a fixed height and loads the component lazily', async () => {
    expect(geluLab.kind).toBe('leaf');
    expect(geluLab.reserve).toBe(GELU_LAB_RESERVE);
    const module = await geluLab.load();
    expect(typeof module.default).toBe('function');
  });
});
