import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHints } from '../../src/data/import-hints.ts';
import { regulations } from '../../src/data/regulations.ts';
import { inventoryClauses } from '../../src/data/rules/inventory.ts';
import { parseRegulation } from '../../src/lib/import/index.ts';
import type { ParsedRegulation } from '../../src/lib/import/types.ts';

/** Every unit with an id (subsection, clause, item) in a parsed regulation, by id. */
function unitsById(parsed: ParsedRegulation): Map<string, { title?: string; text: string }> {
  const units = new Map<string, { title?: string; text: string }>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const unit = node as { id?: unknown; title?: string; text?: string };
    if (typeof unit.id === 'string') units.set(unit.id, { title: unit.title, text: unit.text ?? '' });
    Object.values(node).forEach(visit);
  };
  visit(parsed);
  return units;
}

describe('inventory rules agree with the regulations', () => {
  for (const [name, clause] of Object.entries(inventoryClauses)) {
    it(`${name}: ${clause.regulation} #${clause.id} says 「${clause.quote}」`, () => {
      const regulation = regulations.find((r) => r.slug === clause.regulation)!;
      const raw = readFileSync(new URL(`../../../shared/seeds/${regulation.seed}`, import.meta.url), 'utf8');
      const unit = unitsById(parseRegulation(raw, importHints[clause.regulation])).get(clause.id);
      expect(unit, `no unit ${clause.id}`).toBeDefined();
      expect(unit!.text).toContain(clause.quote);
      expect(clause.label.endsWith(unit!.title ?? '')).toBe(true);
    });
  }
});
