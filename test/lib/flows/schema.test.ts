import { describe, expect, it } from 'vitest';
import { flowDefinitions, flows, regulationSlugs } from '../../support/flows.ts';
import { FlowError } from '../../../src/lib/flows/flow-error.ts';
import { parseFlow, type FlowInput } from '../../../src/lib/flows/schema.ts';

/** A real definition to break in one way: the product development flow has approvals, a decision and a loop. */
const base = () => structuredClone(flowDefinitions.find((f) => f.id === 'product-service-development')!) as FlowInput;
const org = () => structuredClone(flowDefinitions.find((f) => f.id === 'commercial-org-chart')!) as FlowInput;

function refusal(input: unknown): FlowError {
  try {
    parseFlow(input, regulationSlugs);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowError);
    return error as FlowError;
  }
  throw new Error('the definition was accepted');
}

describe('every flow definition', () => {
  it.each(flowDefinitions.map((f) => [f.id, f] as const))('%s passes the schema', (_, definition) => {
    expect(() => parseFlow(definition, regulationSlugs)).not.toThrow();
  });

  it('covers the 14 flows the issue names, the ones the text supports and both org charts', () => {
    const titles = flows.map((f) => `${f.regulation}/${f.title}`);
    const expected = [
      'operating-model/市場調研與分析流程',
      'operating-model/產品或服務研發流程',
      'operating-model/生產與交付流程',
      'operating-model/市場營銷與銷售流程',
      'operating-model/客戶服務與支持流程',
      'home-operations/產品設計與開發流程',
      'commercial-operations/市場調研流程',
      'commercial-operations/市場推廣流程',
      'commercial-operations/銷售流程',
      'commercial-operations/商品管理流程',
      'commercial-operations/庫存管理流程',
      'commercial-operations/訂單處理流程',
      'operations-management/年度運營計劃',
      'operations-management/預算調整',
      'operating-model/流程監督',
      'operating-model/流程優化改進',
      'operations-management/季度運營計劃',
      'operations-management/預算編制',
      'operations-management/預算執行與監控',
    ];
    expect(titles).toEqual(expect.arrayContaining(expected));
    expect(flows.filter((f) => f.kind === 'org').map((f) => f.regulation).sort()).toEqual(['commercial-operations', 'operations-management']);
  });

  it('draws the loops and branches the text describes', () => {
    const edge = (id: string, from: string, to: string) => flows.find((f) => f.id === id)!.edges.find((e) => e.from === from && e.to === to);
    expect(edge('product-service-development', 'improve', 'test')?.label).toBe('重新測試');
    expect(edge('order-processing', 'review', 'confirm')?.label).toBe('異常訂單');
    expect(flows.find((f) => f.id === 'order-processing')!.steps.find((s) => s.id === 'confirm')!.label).toMatch(/客戶或銷售代表/);
    const annual = flows.find((f) => f.id === 'annual-operating-plan')!;
    expect(annual.steps.map((s) => s.role)).toEqual(expect.arrayContaining(['運營管理委員會', '公司董事會']));
  });
});

describe('a bad definition is refused with the flow id and the reason', () => {
  it('names the flow in the message', () => {
    const input = base();
    input.steps[0]!.kind = 'milestone' as never;
    const error = refusal(input);
    expect(error.flowId).toBe('product-service-development');
    expect(error.message).toMatch(/^流程「product-service-development」（content\/flows\/product-service-development\.yaml）定義有誤：/);
  });

  it('an unknown step kind', () => {
    const input = base();
    input.steps[3]!.kind = 'milestone' as never;
    expect(refusal(input).message).toMatch(/步驟「develop」的 kind：步驟類型必須是 start \/ task \/ decision \/ approval \/ end 之一/);
  });

  it('an edge to a missing step', () => {
    const input = base();
    input.edges.push({ from: 'develop', to: 'ghost' });
    expect(refusal(input).reasons).toContain('連線 develop→ghost 指向不存在的步驟「ghost」');
  });

  it('every reason at once, even when a field is wrong too', () => {
    const input = base();
    input.steps[3]!.kind = 'milestone' as never;
    input.edges.push({ from: 'develop', to: 'ghost' });
    const { reasons } = refusal(input);
    expect(reasons).toHaveLength(2);
    expect(reasons[1]).toBe('連線 develop→ghost 指向不存在的步驟「ghost」');
  });

  it('an edge from a missing step', () => {
    const input = base();
    input.edges.push({ from: 'ghost', to: 'launch' });
    expect(refusal(input).reasons).toContain('連線 ghost→launch 指向不存在的步驟「ghost」');
  });

  it('an end no path reaches', () => {
    const input = base();
    input.edges = input.edges.filter((e) => e.to !== 'launch');
    input.edges.push({ from: 'approve-launch', to: 'develop', label: '批准' });
    expect(refusal(input).reasons).toContain('無法到達結束步驟「launch」');
  });

  it('a step no start leads to', () => {
    const input = base();
    input.edges = input.edges.filter((e) => e.from !== 'needs');
    expect(refusal(input).reasons).toContain('步驟「plan」無法從開始步驟到達');
  });

  it('a loop with no way out', () => {
    const input = base();
    input.edges = input.edges.filter((e) => !(e.from === 'test' && e.to === 'approve-launch'));
    input.edges.push({ from: 'test', to: 'develop', label: '通過' });
    expect(refusal(input).reasons).toContain('步驟「test」之後無法到達任何結束步驟');
  });

  it('no start or no end at all', () => {
    const noStart = base();
    noStart.steps[0]!.kind = 'task';
    expect(refusal(noStart).reasons).toContain('沒有開始步驟（kind: start）');
    const noEnd = base();
    noEnd.steps.at(-1)!.kind = 'task';
    expect(refusal(noEnd).reasons).toContain('沒有結束步驟（kind: end）');
  });

  it('an end that goes on', () => {
    const input = base();
    input.edges.push({ from: 'launch', to: 'needs', label: '下一版' });
    expect(refusal(input).reasons).toContain('結束步驟「launch」不可再有後續連線');
  });

  it('a decision with an unlabelled or single branch', () => {
    const input = base();
    delete input.edges.find((e) => e.from === 'test' && e.to === 'improve')!.label;
    expect(refusal(input).reasons).toContain('判斷步驟「test」需要至少兩條分支，且每條分支都要有標籤');
  });

  it('a duplicate step id', () => {
    const input = base();
    input.steps[5]!.id = 'develop';
    expect(refusal(input).reasons).toContain('步驟 id「develop」重複');
  });

  it('a malformed clause id', () => {
    const input = base();
    input.steps[0]!.clause = '3.2.1';
    expect(refusal(input).message).toMatch(/步驟「needs」的 clause：條文編號格式應為/);
  });

  it('an unknown regulation', () => {
    const input = base();
    input.regulation = 'finance' as never;
    expect(refusal(input).message).toMatch(/regulation 必須是 operating-model/);
  });

  it('an org chart unit with two superiors or outside the tree', () => {
    const twoBosses = org();
    twoBosses.edges.push({ from: 'sales-manager', to: 'marketing-specialist' });
    expect(refusal(twoBosses).reasons).toContain('單位「marketing-specialist」有多個上級：marketing-manager、sales-manager');
    const detached = org();
    detached.edges = detached.edges.filter((e) => e.to !== 'sales-rep');
    expect(refusal(detached).reasons).toContain('組織圖須恰有一個最上層單位，目前有 2 個');
  });

  it('an input that is not a flow at all, without an id', () => {
    expect(refusal({ steps: [] }).flowId).toBe('（未命名）');
  });
});
