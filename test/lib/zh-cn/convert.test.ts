import { describe, expect, it } from 'vitest';
import { convertWith } from '../../../src/lib/zh-cn/char-map.ts';
import { characterMap, toSimplified } from '../../../src/lib/zh-cn/convert.ts';
import { contentRoots, localizeLinks, mainText, simplifyHtml, withSearchAlias } from '../../../src/lib/zh-cn/html.ts';

describe('toSimplified', () => {
  it('converts the terms of the regulations', () => {
    expect(toSimplified('運營')).toBe('运营');
    expect(toSimplified('庫存')).toBe('库存');
    expect(toSimplified('績效獎金')).toBe('绩效奖金');
  });

  it('converts a paragraph of 考勤制度 clause 2 as a mainland reader writes it', () => {
    expect(toSimplified('遲到或早退超過15分鐘的，按曠工半天處理，扣除當天工資及當月績效獎金的10%。')).toBe(
      '迟到或早退超过15分钟的，按旷工半天处理，扣除当天工资及当月绩效奖金的10%。',
    );
  });

  it('keeps mainland terms that a Taiwan phrase table would rewrite', () => {
    expect(toSimplified('拓展和優化銷售渠道，包括線上電商平臺、線下門店')).toBe('拓展和优化销售渠道，包括线上电商平台、线下门店');
    expect(toSimplified('信息收集')).toBe('信息收集');
  });
});

describe('simplifyHtml', () => {
  it('converts text and attributes but leaves scripts and styles byte for byte', () => {
    const html = '<p title="運營">績效獎金</p><script>const a = "運營";</script><style>.x::after{content:"庫存"}</style>';
    expect(simplifyHtml(html)).toBe('<p title="运营">绩效奖金</p><script>const a = "運營";</script><style>.x::after{content:"庫存"}</style>');
  });
});

describe('contentRoots', () => {
  it('takes the first path segment of each chapter, without the home and 404 pages', () => {
    const paths = ['/content/docs/index.mdx', '/content/docs/404.md', '/content/docs/training.mdx', '/content/docs/commercial-operations/s4.mdx', '/content/docs/commercial-operations/index.mdx'];
    expect(contentRoots(paths)).toEqual(['training', 'commercial-operations']);
  });
});

describe('localizeLinks', () => {
  const roots = ['commercial-operations', 'training'];

  it('points page links and island props at /zh-cn/, and leaves assets and other sites alone', () => {
    const html = [
      '<a href="/commercial-operations/s4/#c4-1-2">',
      '<a href="/training/">',
      'props="{&quot;href&quot;:[0,&quot;/commercial-operations/s3/#c3-4-2&quot;]}"',
      '<link href="/_astro/a.css">',
      '<a href="/zh-cn/training/">',
      '<a href="/commercial-operationsX/">',
    ].join('');
    expect(localizeLinks(html, roots)).toBe(
      [
        '<a href="/zh-cn/commercial-operations/s4/#c4-1-2">',
        '<a href="/zh-cn/training/">',
        'props="{&quot;href&quot;:[0,&quot;/zh-cn/commercial-operations/s3/#c3-4-2&quot;]}"',
        '<link href="/_astro/a.css">',
        '<a href="/zh-cn/training/">',
        '<a href="/commercial-operationsX/">',
      ].join(''),
    );
  });
});

describe('search alias', () => {
  const page = '<html><main data-pagefind-body><h1>考勤制度</h1><p>曠工半天</p><script>x("曠工")</script></main></html>';

  it('reads the words of the main content only', () => {
    expect(mainText(page)).toBe('考勤制度 曠工半天');
  });

  it('adds the other script as a hidden, low-weight copy inside main, so Pagefind indexes it', () => {
    const html = withSearchAlias(page, toSimplified(mainText(page)));
    expect(html).toContain('<div hidden class="search-alias" data-pagefind-weight="0.5">考勤制度 旷工半天</div></main>');
    expect(withSearchAlias('<p>no main</p>', 'x')).toBe('<p>no main</p>');
  });
});

describe('island strings on the Simplified edition', () => {
  it('converts with a character map built from the sources', () => {
    const map = characterMap('請輸入數字', toSimplified);
    expect(convertWith(map, '請輸入數字')).toBe('请输入数字');
    expect(characterMap('運營ABC公司', toSimplified)).toEqual({ 運: '运', 營: '营' });
  });
});

describe('Taiwan variants in the Simplified edition', () => {
  it('writes the particle 着 as the mainland does, and keeps 著 where it is 著 (著名, 显著)', () => {
    expect(toSimplified('接著：第3步')).toBe('接着：第3步');
    expect(toSimplified('隨著市場變化')).toBe('随着市场变化');
    expect(toSimplified('著名品牌，效果顯著')).toBe('著名品牌，效果显著');
  });
});

describe('search alias leaves out what search ignores', () => {
  it('drops data-pagefind-ignore elements, nested ones included, from the words', () => {
    const page =
      '<main><section data-pagefind-ignore><p>主管部門</p></section><p>考勤制度</p>' +
      '<section id="quiz" data-pagefind-ignore><section><p>錯誤選項</p></section><p>第 1 題</p></section><p>曠工</p></main>';
    expect(mainText(page)).toBe('考勤制度 曠工');
  });
});
