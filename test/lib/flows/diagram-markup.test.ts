import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { loadRenderers } from 'astro:container';
import { beforeAll, describe, expect, it } from 'vitest';
// biome-ignore lint/suspicious/noTsIgnore: astro check has the types and would reject an unused @ts-expect-error
// @ts-ignore -- plain tsc has no types for .astro files (astro check has); Vitest compiles them through Astro.
import FlowDiagram from '../../../src/components/flow/FlowDiagram.astro';
import { flows } from '../../support/flows.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

const render = (id: string) => container.renderToString(FlowDiagram, { props: { id, flows } });

describe('FlowDiagram markup', () => {
  it.each(flows.map((f) => [f.id, f] as const))('%s: data-flow-id, a named SVG and a step list', async (id, flow) => {
    const html = await render(id);
    expect(html).toContain(`data-flow-id="${id}"`);
    const caption = /<figcaption id="([^"]+)"[^>]*>([^<]+)<\/figcaption>/.exec(html);
    expect(caption?.[2]).toContain(flow.title);
    expect(html).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${caption![1]}"`));
    expect(html.match(/<g class="flow-node"/g)).toHaveLength(flow.steps.length);
    expect(html.match(/<li id="flow-[^"]+-step-/g)).toHaveLength(flow.steps.length);
    expect(html).toMatch(/<div class="flow-scroll[^"]*" tabindex="0" role="group" aria-label="[^"]+"/);
    // A drawing out of sight keeps its room from these attributes alone (flows.css: content-visibility).
    expect(html).toMatch(/<svg[^>]* width="[\d.]+" height="[\d.]+"/);
  });

  it('lists a process in order with role, branches and clause link', async () => {
    const html = await render('product-service-development');
    const items = [...html.matchAll(/<li id="flow-product-service-development-step-[^"]+"[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ''),
    );
    expect(items).toHaveLength(8);
    expect(items[4]).toBe(
      '內部測試與驗證：是否滿足質量標準和客戶需求？（判斷・負責：研發團隊（推定））未達標：前往第6步「根據測試結果優化和改進」；通過：前往第7步「批准上線」。條文：第4條「測試與驗證」',
    );
    expect(html).toContain('href="/operating-model/s3/#c3-2-4"');
  });

  it('nests an org chart’s text alternative by reporting line', async () => {
    const html = await render('commercial-org-chart');
    expect(html).toMatch(/運營總監[\s\S]*<ul[^>]*>[\s\S]*市場經理[\s\S]*<ul[^>]*>[\s\S]*市場專員/);
  });

  it('fails with the reason for an id that has no definition', async () => {
    await expect(render('no-such-flow')).rejects.toThrow(/找不到流程「no-such-flow」/);
  });
});
