import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitProjects } from './unit-projects';

const root = join(import.meta.dirname, '../..');
const testFiles = readdirSync(join(root, 'test/unit'), { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => `test/unit/${name.replaceAll('\\', '/')}`);
const projects = unitProjects(root);
const unescaped = (glob: string) => glob.replace(/\\(.)/g, '$1');

describe('the unit projects of vitest.config.ts', () => {
  it('run every unit test file, each in one project', () => {
    const included = projects.flatMap((project) => project.include.map(unescaped));
    expect(included.toSorted()).toEqual(testFiles.toSorted());
  });

  it('run a file that mocks a module in a worker of its own', () => {
    const isolated = projects.find((project) => project.name === 'unit-isolated')?.include.map(unescaped) ?? [];
    const mocking = testFiles.filter((file) => /\bvi\.mock\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((file) => !isolated.includes(file))).toEqual([]);
  });
});
