import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RulesTable from '../../src/components/attendance/RulesTable.astro';
import { attendanceRules } from '../../src/data/rules/attendance.ts';

// The chapter's rule table is rendered from the rules module, so a rule change shows up in it.
async function render(props: Record<string, unknown> = {}): Promise<string[][]> {
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
