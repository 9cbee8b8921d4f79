import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { readRegulations } from '../../src/data/regulations.ts';
import { flowById as byId, flowList } from '../../src/lib/flows/collection.ts';
import { type Flow, type FlowInput, parseFlow } from '../../src/lib/flows/schema.ts';

export const flowsRoot = join(import.meta.dirname, '..', '..', 'content', 'flows');
const files = readdirSync(flowsRoot).filter((file) => file.endsWith('.yaml'));
export const regulationSlugs = readRegulations().map((r) => r.slug);

/** The definitions as HR wrote them in content/flows/*.yaml, for tests that break them into bad fixtures. */
export const flowDefinitions: FlowInput[] = files.map((file) => parse(readFileSync(join(flowsRoot, file), 'utf8')));

/** Every flow as the build loads it: checked by the collection's schema, in reading order. */
export const flows: Flow[] = flowList(
  files.map((file, i) => ({ id: basename(file, '.yaml'), data: parseFlow(flowDefinitions[i], regulationSlugs) })),
  regulationSlugs,
);

export const flowById = (id: string): Flow => byId(flows, id);
