import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_EVERYTHING, compileHints } from '../../../build/compile-hints';

function bundleOf(files: Record<string, string>): Rollup.OutputBundle {
  return Object.fromEntries(
    Object.entries(files).map(([fileName, code]) => [fileName, { type: 'chunk', fileName, code }]),
  ) as unknown as Rollup.OutputBundle;
}

function generate(files: readonly string[], bundle: Rollup.OutputBundle): void {
  const hook = compileHints(files).generateBundle as (options: unknown, bundle: Rollup.OutputBundle) => void;
  hook.call({}, {}, bundle);
}

describe('V8 compile hints in the build', () => {
  it('opens the named chunks with the hint and leaves the others as they were', () => {
    const bundle = bundleOf({ 'full-panel.js': 'var fullPanel=1;', 'hubspot-reader.js': 'var reader=1;' });
    generate(['full-panel.js'], bundle);
    const code = (name: string) => (bundle[name] as { code: string }).code;
    expect(code('full-panel.js')).toBe(`${COMPILE_EVERYTHING}\nvar fullPanel=1;`);
    expect(code('hubspot-reader.js')).toBe('var reader=1;');
  });

  it('is the comment V8 reads: on the first line, on its own', () => {
    expect(COMPILE_EVERYTHING).toBe('//# allFunctionsCalledOnLoad');
  });
});
