import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RulesTable from '../../src/components/attendance/RulesTable.astro';
import { attendanceRules } from '../../src/lib/attendance/first-edition.ts';
import { buildDay, ruleHistory } from '../../src/history/rule-versions.ts';
import { inForceOn } from '../../src/lib/policy/in-force.ts';

// The chapter's rule table is rendered from the rules the marked text states, so a rule change shows up in it.
async function render(props: Record<string, unknown> = { rules: attendanceRules }): Promise<string[][]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(RulesTable, { props });
  const rows = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]*>/g, '').trim()),
  );
  return rows.slice(1); // without the header row
}

describe('考勤扣款規則一覽', () => {
  it('shows each rule with its wage multiple, bonus percent, 曠工 days and clause', async () => {
    expect(await render()).toEqual([
      ['遲到/早退 15 分鐘以內，每月前 3 次', '—', '—', '—', '考勤制度第2條'],
      ['遲到/早退 15 分鐘以內，第 4 次起，每次', '—', '5%', '—', '考勤制度第2條'],
      ['遲到/早退超過 15 分鐘（按曠工半天）', '1 倍', '10%', '0.5 天', '考勤制度第2條'],
      ['曠工半天', '2 倍', '20%', '0.5 天', '考勤制度第3條'],
      ['曠工一天', '3 倍', '50%', '1 天', '考勤制度第3條'],
    ]);
  });

  it('on the chapter, applies the version in force today and names it', async () => {
    const inForce = inForceOn(ruleHistory().versions, buildDay());
    expect(await render({})).toEqual(await render({ rules: inForce.value.attendance }));
    const container = await AstroContainer.create();
    const html = await container.renderToString(RulesTable);
    expect(html.replace(/<[^>]*>/g, '')).toContain(`適用版本 ${inForce.version}，自 ${inForce.effectiveDate} 起生效`);
  });

  it('labels the readings the text leaves open as 本站解讀, apart from the clause text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RulesTable, { props: { rules: attendanceRules } });
    const reading = /<aside class="site-reading[^"]*" aria-label="本站解讀"[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
    expect(reading).toContain('最多扣到當月績效獎金全額');
    expect(reading).toContain('以 0.5 天計入');
    expect(html.replace(reading, '')).not.toContain('最多扣到當月績效獎金全額');
  });

  it('links each rule to its clause', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RulesTable);
    expect(html).toContain('href="/commercial-operations/s4/#c4-1-2"');
    expect(html).toContain('href="/commercial-operations/s4/#c4-1-3"');
  });

  it('follows the rules module when a number changes', async () => {
    const rules = {
      ...attendanceRules,
      minorMaxMinutes: 10,
      absentFullDay: { ...attendanceRules.absentFullDay, bonusPercent: 40 },
    };
    const rows = await render({ rules });
    expect(rows[0]![0]).toBe('遲到/早退 10 分鐘以內，每月前 3 次');
    expect(rows[4]).toEqual(['曠工一天', '3 倍', '40%', '1 天', '考勤制度第3條']);
  });
});

describe('the version a table applies', () => {
  it('says when earlier versions could not be read from git', async () => {
    const { default: VersionNote } = await import('../../src/components/policy/VersionNote.astro');
    const container = await AstroContainer.create();
    const inForce = { version: '1.1', effectiveDate: '2027-01-01', value: null };
    const text = (html: string) => html.replace(/<[^>]*>/g, '');
    const complete = text(await container.renderToString(VersionNote, { props: { inForce, complete: true } }));
    expect(complete).toContain('適用版本 1.1，自 2027-01-01 起生效');
    expect(complete).not.toContain('無法');
    const partial = text(await container.renderToString(VersionNote, { props: { inForce, complete: false, unavailable: ['1.0'] } }));
    expect(partial).toContain('較早的版本（1.0）在本次建置時無法從 git 讀取');
  });
});
