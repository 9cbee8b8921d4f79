import { describe, expect, it } from 'vitest';
import { flowById, flowList } from '../../../src/lib/flows/collection.ts';
import { flowById as realFlow } from '../../support/flows.ts';

const sales = realFlow('sales');
const org = realFlow('commercial-org-chart');
const model = realFlow('market-research-analysis');

describe('the flows collection', () => {
  it('lists flows in regulation order, then in the order their clauses come in the text', () => {
    const late = { ...sales, id: 'late', clauses: ['c10-1'] };
    const entries = [late, sales, org, model].map((data) => ({ id: data.id, data }));
    expect(flowList(entries, ['operating-model', 'commercial-operations']).map((f) => f.id)).toEqual([
      'market-research-analysis',
      ...[org, sales].sort((a, b) => a.clauses[0]!.localeCompare(b.clauses[0]!)).map((f) => f.id),
      'late',
    ]);
  });

  it('refuses a file whose id is not its name, naming both', () => {
    expect(() => flowList([{ id: 'sale', data: sales }], ['commercial-operations'])).toThrow(/content\/flows\/sale\.yaml 應寫 id: sale/);
  });

  it('names the missing file and the flows there are when an id is unknown', () => {
    expect(() => flowById([sales], 'salse')).toThrow('找不到流程「salse」（content/flows/salse.yaml）；現有流程：sales');
  });
});
