import { describe, expect, it } from 'vitest';
import { flowById } from '../../support/flows.ts';
import { chapterLookup } from '../../../src/content-access/chapters.ts';
import { describeSteps, orgTree } from '../../../src/lib/flows/describe.ts';
import { excerptFor } from '../../../src/lib/flows/excerpt.ts';

const lookup = chapterLookup();
const steps = (id: string) => describeSteps(flowById(id), lookup);
const step = (id: string, stepId: string) => steps(id).find((s) => s.id === stepId)!;

describe('the step list in words', () => {
  it('says where each branch of a decision leads, and that a loop goes back', () => {
    expect(step('product-service-development', 'test').branches).toEqual([
      '未達標：前往第 6 步「根據測試結果優化和改進」',
      '通過：前往第 7 步「批准上線」',
    ]);
    expect(step('product-service-development', 'improve').branches).toEqual(['重新測試：回到第 5 步「內部測試與驗證：是否滿足質量標準和客戶需求？」']);
  });

  it('names the next step of a plain step and the end of the flow', () => {
    expect(step('market-research', 'goal').branches).toEqual(['接著：第 2 步「制定調研計劃（方法、對象、時間）」']);
    expect(step('market-research', 'decide').branches).toEqual(['流程結束']);
  });

  it('names the owner and kind of every step', () => {
    const review = step('sales', 'review');
    expect([review.number, review.kindName, review.role]).toEqual([6, '審批', '銷售經理']);
  });

  it('gives each org unit its superior and subordinates', () => {
    expect(step('commercial-org-chart', 'director').branches).toEqual(['下轄：市場經理、銷售經理、運營經理']);
    expect(step('commercial-org-chart', 'sales-rep').branches).toEqual(['上級：銷售經理']);
    const tree = orgTree(flowById('operations-org-chart'), steps('operations-org-chart'));
    expect(tree.step.label).toBe('運營管理委員會');
    expect(tree.children.map((c) => c.step.label)).toEqual(['運營管理部']);
    expect(tree.children[0]!.children.map((c) => c.step.label)).toEqual(['生產運營組', '市場營銷組', '客戶服務組', '供應鏈管理組']);
  });

  it('links each step to its clause on the section page', () => {
    expect(step('inventory-management', 'monitor').clause).toMatchObject({
      href: '/commercial-operations/s3/#c3-4-2-i2',
      label: '「庫存監控」',
    });
    expect(step('process-supervision', 'inspect').clause.href).toBe('/operating-model/s4/#c4-2-2');
  });
});

describe('the clause text shown for a step', () => {
  it('is the clause as the chapter has it, split around the step’s sentence', () => {
    const { excerpt } = step('annual-operating-plan', 'board').clause;
    const text = lookup('operations-management', 'c3-1-1')!.text;
    expect(excerpt.before + excerpt.focus + excerpt.after).toBe(text);
    expect(excerpt.focus).toContain('報公司董事會批准');
  });

  it('points each step of a one-clause flow at its own sentence', () => {
    const focus = (id: string) => step('annual-operating-plan', id).clause.excerpt.focus;
    expect(focus('draft')).toContain('編制下一年度運營計劃草案');
    expect(focus('consolidate')).toContain('進行匯總、審核和平衡');
    expect(focus('deliberate')).toContain('提出修改意見和建議');
  });

  it('gives an org unit its whole duty clause, or its own item of a clause listing several units', () => {
    const committee = step('operations-org-chart', 'committee').clause.excerpt;
    expect(committee.focus).toBe(lookup('operations-management', 'c2-2-1')!.text);
    // Each 職能小組 is its own item of c2-2-3: the unit gets its item, not its neighbours'.
    const marketing = step('operations-org-chart', 'marketing').clause;
    expect(marketing.id).toBe('c2-2-3-i2');
    expect(marketing.excerpt.focus).toContain('制定公司市場營銷策略');
    expect(`${marketing.excerpt.before}${marketing.excerpt.focus}${marketing.excerpt.after}`).not.toContain('客戶服務組');
  });

  it('shows the whole clause unmarked when no sentence shares a word with the step', () => {
    expect(excerptFor('甲乙丙。丁戊。', '批量生產')).toEqual({ before: '甲乙丙。丁戊。', focus: '', after: '' });
  });
});
