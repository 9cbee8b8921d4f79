import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Clause from '../../src/components/policy/Clause.astro';

describe('an inserted clause (第2條之一)', () => {
  it('is anchored at its own id and numbered 2之一', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Clause, { props: { id: 'c4-1-2-1', n: '2之一', title: '補打卡' } });
    expect(html).toMatch(/<div class="clause"[^>]*id="c4-1-2-1"/);
    expect(html).toMatch(/<a class="clause-no"[^>]*href="#c4-1-2-1"[^>]*title="第2條之一的連結"[^>]*>2之一\.<\/a>/);
  });
});
