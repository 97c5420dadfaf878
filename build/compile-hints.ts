import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chrome 136+): compile every function of the file with the file itself. */
export const COMPILE_EVERYTHING = '//# allFunctionsCalledOnLoad';

/**
 * Puts V8's compile hint at the top of the named output files, after minifying (which drops
 * comments). The full panel's first render called hundreds of functions for the first time, each
 * compiled on the CRM page's main thread inside that render: 65-88 ms at 4× CPU throttling, the
 * slow page's worst task. With the hint the whole chunk is compiled when it is loaded, off the
 * main thread (a script fetched by URL is compiled while it streams in), and the render only runs.
 */
export function compileHints(files: readonly string[]): Plugin {
  return {
    name: 'touchline-compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && files.includes(output.fileName))
          output.code = `${COMPILE_EVERYTHING}\n${output.code}`;
      }
    },
  };
}
