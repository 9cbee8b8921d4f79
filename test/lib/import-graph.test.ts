import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * src/lib is pure TypeScript: rules, flows and content come in as arguments. This reads every import of every
 * file under it (static, re-export, dynamic, type-only) and every use of a browser global, and names the file
 * and the import that break the rule.
 */
const root = resolve(import.meta.dirname, '..', '..');
const lib = join(root, 'src', 'lib');

/** Folders of build-time, browser or live-data code that src/lib must not reach. */
const forbiddenFolders = ['src/data', 'src/components', 'src/history', 'src/starlight', 'src/content-access', 'src/scripts'];
const domGlobals = new Set(['document', 'window', 'localStorage', 'sessionStorage', 'navigator', 'HTMLElement', 'MutationObserver']);
const nodeBuiltins = new Set(builtinModules);

/** Every broken rule of one source file, as `file: what`. */
export function importProblems(file: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const checkSpecifier = (specifier: string) => {
    const bare = specifier.replace(/^node:/, '');
    if (specifier.startsWith('node:') || nodeBuiltins.has(bare.split('/')[0]!)) problems.push(`${file}: imports ${specifier} (Node)`);
    else if (specifier.startsWith('astro:')) problems.push(`${file}: imports ${specifier} (Astro runtime)`);
    else if (specifier === 'preact' || specifier.startsWith('preact/')) problems.push(`${file}: imports ${specifier} (Preact)`);
    else if (specifier.startsWith('.')) {
      const target = relative(root, resolve(root, dirname(file), specifier));
      const folder = forbiddenFolders.find((f) => target === f || target.startsWith(`${f}/`));
      if (folder) problems.push(`${file}: imports ${specifier} (${folder})`);
    }
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      checkSpecifier(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      checkSpecifier(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && domGlobals.has(node.text) && !isDeclaredName(node)) {
      problems.push(`${file}: uses ${node.text} (DOM)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problems;
}

/** A property or a local binding that happens to be called `window` …, not the browser global. */
function isDeclaredName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && parent.getChildAt(2) === node) ||
    ((ts.isPropertySignature(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isParameter(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isBindingElement(parent)) &&
      parent.name === node)
  );
}

const libFiles = readdirSync(lib, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => relative(root, join(lib, f)))
  .sort();

describe('the import graph of src/lib', () => {
  it('reaches no live data, component, build-time code, Node, Preact or DOM API', () => {
    const problems = libFiles.flatMap((file) => importProblems(file, readFileSync(join(root, file), 'utf8')));
    expect(problems).toEqual([]);
  });

});

describe('the import check', () => {
  it('names the file and each forbidden import or global', () => {
    const source = [
      "import { a } from '../../data/rules/attendance.ts';",
      "import type { B } from '../../components/quiz/types.ts';",
      "export { c } from '../../history/git-versions.ts';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "const d = await import('../../starlight/policies.ts');",
      "type E = import('../../content-access/flows.ts').X;",
      "import { h } from 'preact';",
      'document.querySelector("x"); const f = window.localStorage;',
    ].join('\n');
    expect(importProblems('src/lib/quiz/x.ts', source)).toEqual([
      'src/lib/quiz/x.ts: imports ../../data/rules/attendance.ts (src/data)',
      'src/lib/quiz/x.ts: imports ../../components/quiz/types.ts (src/components)',
      'src/lib/quiz/x.ts: imports ../../history/git-versions.ts (src/history)',
      'src/lib/quiz/x.ts: imports node:fs (Node)',
      'src/lib/quiz/x.ts: imports path (Node)',
      'src/lib/quiz/x.ts: imports ../../starlight/policies.ts (src/starlight)',
      'src/lib/quiz/x.ts: imports ../../content-access/flows.ts (src/content-access)',
      'src/lib/quiz/x.ts: imports preact (Preact)',
      'src/lib/quiz/x.ts: uses document (DOM)',
      'src/lib/quiz/x.ts: uses window (DOM)',
    ]);
  });

  it('lets pure code through: sibling modules, packages, comments and properties named like globals', () => {
    const source = [
      "import { z } from 'astro/zod';",
      "import { idPattern } from '../clause.ts';",
      '/** The part of window.localStorage we use. */',
      'export interface Store { localStorage: string; window(n: number): void }',
      'const s = { document: 1 }; s.document;',
    ].join('\n');
    expect(importProblems('src/lib/quiz/x.ts', source)).toEqual([]);
  });
});
