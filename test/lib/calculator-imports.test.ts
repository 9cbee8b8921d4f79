import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The calculators are pure: rules come in as arguments (the SPEC facades pass the frozen 1.0 set of
// <feature>/first-edition.ts), so nothing under them may reach live data, components, Node or the DOM.
const root = join(import.meta.dirname, '..', '..');
const lib = join(root, 'src', 'lib');
const features = ['attendance', 'kpi', 'inventory'];
const files = [
  ...features.flatMap((feature) => readdirSync(join(lib, feature), { recursive: true, encoding: 'utf8' }).map((file) => join(lib, feature, file))),
  ...[...features, 'number', 'money', 'input-error', 'rule-month'].map((name) => join(lib, `${name}.ts`)),
  ...['rule-set', 'rule-schema', 'rule-marks'].map((name) => join(lib, 'policy', `${name}.ts`)),
].filter((file) => file.endsWith('.ts'));

const forbidden = [/\/data\//, /\/components\//, /\/history\//, /^node:/, /^preact/, /^astro:/];

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]!);
}

describe('calculator modules under src/lib', () => {
  it('import nothing but src/lib and pure libraries', () => {
    expect(files.length).toBeGreaterThan(30);
    const bad = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => forbidden.some((pattern) => pattern.test(spec)))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('the check bites: an import of src/data is found', () => {
    expect(importsOf("import { x } from '../../data/rules/kpi.ts';\nexport * from './grade.ts';")).toEqual(['../../data/rules/kpi.ts', './grade.ts']);
  });
});
