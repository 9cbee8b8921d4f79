import { describe, expect, it } from 'vitest';
import { placeholderReport } from '../../../src/lib/policy/pending.ts';
import { findPlaceholders, placeholderValue, UnknownPlaceholderError } from '../../../src/lib/policy/placeholders.ts';

const values = { 具體時間: '11月30日', 核心業務或產品: null, 公司名稱: null } as const;

describe('a placeholder in the text', () => {
  it('prints the company value once HR has filled it in', () => {
    expect(placeholderValue('具體時間', values, '/x/')).toBe('11月30日');
  });

  it('stays open (null) while the value is missing', () => {
    expect(placeholderValue('核心業務或產品', values, '/x/')).toBeNull();
  });

  it('refuses a typo, naming the page, the name and the closest known name', () => {
    expect(() => placeholderValue('具體時問', values, '/operations-management/s3/')).toThrow(UnknownPlaceholderError);
    expect(() => placeholderValue('具體時問', values, '/operations-management/s3/')).toThrow(
      /^\/operations-management\/s3\/：未知的佔位符「具體時問」，是不是「具體時間」？/,
    );
  });

  it('does not guess when nothing is close', () => {
    expect(() => placeholderValue('預算金額', values, '/x/')).toThrow(/未知的佔位符「預算金額」。請改成/);
  });
});

const s3 = [
  '---',
  'title: "三、運營計劃與預算管理"',
  '---',
  '',
  "import Placeholder from '@components/policy/Placeholder.astro';",
  '',
  '## （一）運營計劃管理 {#c3-1}',
  '',
  '每年<Placeholder name="具體時間" />前，編制運營計劃草案。',
  '',
  '<Clause id="c3-2-1" n={1} title="預算編制">',
  '每年<Placeholder name="具體時間" />前編制預算；主營<Placeholder name="核心業務或產品" />。',
  '</Clause>',
].join('\n');

describe('finding placeholders in a chapter', () => {
  it('gives each its line in the file and the nearest id before it', () => {
    expect(findPlaceholders(s3, 'content/docs/operations-management/s3.mdx')).toEqual([
      { name: '具體時間', line: 9, anchor: 'c3-1', excerpt: '每年[具體時間]前，編制運營計劃草案。' },
      { name: '具體時間', line: 12, anchor: 'c3-2-1', excerpt: '每年[具體時間]前編制預算；主營[核心業務或產品]。' },
      { name: '核心業務或產品', line: 12, anchor: 'c3-2-1', excerpt: '每年[具體時間]前編制預算；主營[核心業務或產品]。' },
    ]);
  });

  it('has no heading anchor on an overview, whose ## ids are not clause ids', () => {
    expect(findPlaceholders(s3, 'content/docs/operations-management/index.mdx')[0]!.anchor).toBeUndefined();
  });

  it('ignores ids that are not clause ids, such as a flow diagram’s', () => {
    const source = '<Clause id="c3-2-1" n={1}>\n<FlowDiagram id="customer-service" />\n每年<Placeholder name="具體時間" />前。';
    expect(findPlaceholders(source, 'content/docs/operations-management/s3.mdx')[0]!.anchor).toBe('c3-2-1');
  });

  it('reads names with quotes escaped as the importer writes them', () => {
    expect(findPlaceholders('<Placeholder name="甲&quot;乙" />', 'a.mdx')[0]!.name).toBe('甲"乙');
  });
});

describe('the 待補資料 list', () => {
  const pages = [
    { file: 'content/docs/operations-management/s3.mdx', href: '/operations-management/s3/', title: '運營管理工作制度・三', source: s3 },
    { file: 'content/docs/operating-model/s2.mdx', href: '/operating-model/s2/', title: '運營模式流程制度・二', source: '公司名稱：<Placeholder name="公司名稲" />' },
  ];
  const report = placeholderReport(pages, values);

  it('lists every unfilled value, in config order, with links to where it appears', () => {
    expect(report.pending.map((p) => p.name)).toEqual(['核心業務或產品', '公司名稱']);
    expect(report.pending[0]!.occurrences).toEqual([
      {
        name: '核心業務或產品',
        file: 'content/docs/operations-management/s3.mdx',
        line: 12,
        title: '運營管理工作制度・三',
        href: '/operations-management/s3/#c3-2-1',
        excerpt: '每年[具體時間]前編制預算；主營[核心業務或產品]。',
      },
    ]);
  });

  it('leaves out what is filled in', () => {
    expect(report.pending.some((p) => p.name === '具體時間')).toBe(false);
  });

  it('keeps an unfilled value that no text uses yet, with no occurrence', () => {
    expect(report.pending.find((p) => p.name === '公司名稱')!.occurrences).toEqual([]);
  });

  it('reports a placeholder whose name is not in the config, with its file and line', () => {
    expect(report.unknown.map((u) => `${u.file}:${u.line} ${u.name}`)).toEqual(['content/docs/operating-model/s2.mdx:1 公司名稲']);
  });
});
