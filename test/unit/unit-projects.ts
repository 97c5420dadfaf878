import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Vitest runs an isolated file in a worker of its own: a fresh module registry, fresh globals and a
// fresh DOM, paid for again by every file (most of the unit run was importing the same modules again
// and again). Files that need none of that share long-lived workers instead. A file runs isolated
// when its own text shows it needs to, so the split cannot fall behind the files. These rules are what
// runs of the shared files in shuffled orders (`--sequence.shuffle.files`) found; a file found leaking
// in another way gets a rule naming what it does.

/** What in a test file's text makes it need a worker of its own. */
const NEEDS_OWN_WORKER: RegExp[] = [
  // A mocked module, or modules imported anew: modules a shared worker already loaded would stay as they were.
  /\bvi\.(mock|doMock|unmock|doUnmock|resetModules)\(/,
  // Stubbed globals: vi.unstubAllGlobals also takes away, for the worker's later files, the `browser` and
  // `chrome` that WXT's setup file stubs (a virtual module, which Vitest runs once per worker, not per file).
  /\bvi\.(stubGlobal|unstubAllGlobals)\(/,
  // A whole page written into the worker's document replaces the body that later files' Testing Library
  // `screen` is bound to.
  /(?<![.\w])document\.(open|write)\(/,
];

/** A file that needs a DOM says so (Vitest reads the first such comment); a shared worker keeps one environment. */
const ENVIRONMENT = /@(?:vitest|jest)-environment\s+([\w-]+)\b/;

/**
 * Files a shared worker runs before a fresh one takes over. Most adapter tests open happy-dom windows
 * whose `close()` frees nothing (only `happyDOM.close()` does): about 9 MB a file stays in the worker.
 * All 800 Node-environment files in two shared workers grew to 8 GB and lost a worker; a project of 200
 * runs about 100 in each of its two.
 */
const SHARED_FILES_PER_PROJECT = 200;

interface UnitFiles {
  /** Each in a fresh worker. */
  isolated: string[];
  /** In shared workers, in Node's environment. */
  sharedNode: string[];
  /** In shared workers, in a happy-dom window shared with the worker's other files. */
  sharedDom: string[];
}

/** The unit test files under `dir` (relative to the project root `root`), sorted by how they run. */
function unitFiles(root: string, dir = 'test/unit'): UnitFiles {
  const files: UnitFiles = { isolated: [], sharedNode: [], sharedDom: [] };
  const names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
  for (const name of names.filter((n) => /\.test\.tsx?$/.test(n)).sort()) {
    const file = `${dir}/${name.replaceAll('\\', '/')}`;
    const text = readFileSync(join(root, file), 'utf8');
    if (NEEDS_OWN_WORKER.some((rule) => rule.test(text))) files.isolated.push(file);
    else if (text.match(ENVIRONMENT)?.[1] === 'happy-dom') files.sharedDom.push(file);
    else files.sharedNode.push(file);
  }
  return files;
}

export interface UnitProject {
  name: string;
  /** Vitest reads these as globs: each is one file, its glob characters escaped. */
  include: string[];
  isolate: boolean;
}

/** The unit projects: `unit-isolated`, then `unit-node-N` and `unit-dom-N` of shared workers. */
export function unitProjects(root: string): UnitProject[] {
  const files = unitFiles(root);
  const shared = (kind: string, list: string[]): UnitProject[] => {
    const count = Math.ceil(list.length / SHARED_FILES_PER_PROJECT);
    return Array.from({ length: count }, (_, i) => ({
      name: `unit-${kind}-${i + 1}`,
      include: list.slice(Math.floor((i * list.length) / count), Math.floor(((i + 1) * list.length) / count)),
      isolate: false,
    }));
  };
  return [
    { name: 'unit-isolated', include: files.isolated, isolate: true },
    ...shared('node', files.sharedNode),
    ...shared('dom', files.sharedDom),
  ].map((project) => ({ ...project, include: project.include.map((file) => file.replace(/[()[\]{}*?!+@]/g, '\\$&')) }));
}
