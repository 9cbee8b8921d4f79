import type { KpiRules } from '../../lib/kpi/rules.ts';
import { formatScore } from '../../lib/kpi/format.ts';
import type { GradeResult } from '../../lib/kpi/grade.ts';
import { chartFrame } from '../calc/chart-frame.ts';

interface Props {
  scores: (number | undefined)[];
  grades: (GradeResult | undefined)[];
  alertMonths: number[];
  rules: KpiRules;
}

const frame = chartFrame(340, 180, { left: 30, right: 56, top: 10, bottom: 24 });
const { width, height, pad, plotWidth } = frame;
/** Monthly scores against the grade edges, drawn by hand: a line, a mark per month, dashed band edges. */
export function YearChart({ scores, grades, alertMonths, rules }: Props) {
  // Band edges from the rules (優秀/良好/合格 lower bounds), so the chart moves with the policy.
  const edges = rules.bands.filter((b) => b.minScore > 0);
  const failGrade = rules.bands[rules.bands.length - 1]!.grade;
  const known = scores.flatMap((s, i) => (s === undefined ? [] : [{ month: i + 1, score: s }]));
  if (known.length === 0) return null;
  const top = Math.max(100, Math.ceil(Math.max(...known.map((k) => k.score)) / 10) * 10);
  const x = (month: number) => frame.x((month - 1) / 11);
  const y = (score: number) => frame.y(score, top);
  // Break the line where a month is missing, so a gap is not drawn as a trend.
  const segments: string[][] = [];
  scores.forEach((s, i) => {
    if (s === undefined) return;
    const point = `${x(i + 1).toFixed(1)},${y(s).toFixed(1)}`;
    if (i > 0 && scores[i - 1] !== undefined) segments[segments.length - 1]!.push(point);
    else segments.push([point]);
  });
  const description = known.map((k) => `${k.month}月 ${formatScore(k.score)} 分（${grades[k.month - 1]?.grade ?? ''}）`).join('、');
  const label = `每月績效得分折線圖：${description}。虛線為 ${edges.map((e) => e.minScore).join('、')} 分等級界線。`;

  return (
    <svg class="kpi-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {edges.map((edge) => (
        <g key={edge.grade}>
          <line class="kpi-chart-edge" x1={pad.left} x2={pad.left + plotWidth} y1={y(edge.minScore)} y2={y(edge.minScore)} />
          <text class="kpi-chart-label" x={pad.left + plotWidth + 4} y={y(edge.minScore) + 4}>
            {edge.minScore} {edge.grade}
          </text>
        </g>
      ))}
      <line class="kpi-chart-axis" x1={pad.left} x2={pad.left + plotWidth} y1={y(0)} y2={y(0)} />
      <text class="kpi-chart-label" x={pad.left - 4} y={y(0) + 4} text-anchor="end">0</text>
      <text class="kpi-chart-label" x={pad.left - 4} y={y(top) + 4} text-anchor="end">{top}</text>
      {Array.from({ length: 12 }, (_, i) => (
        <text key={i} class="kpi-chart-label" x={x(i + 1)} y={height - 6} text-anchor="middle">
          {i + 1}
        </text>
      ))}
      {segments.map((points, i) => (
        <polyline key={i} class="kpi-chart-line" points={points.join(' ')} />
      ))}
      {known.map(({ month, score }) =>
        grades[month - 1]?.grade === failGrade ? (
          // A failing month is a square, not only a colour, so it reads without colour vision.
          <rect key={month} class={alertMonths.includes(month) ? 'kpi-chart-alert' : 'kpi-chart-fail'} x={x(month) - 4} y={y(score) - 4} width="8" height="8" />
        ) : (
          <circle key={month} class="kpi-chart-point" cx={x(month)} cy={y(score)} r="3.5" />
        ),
      )}
    </svg>
  );
}
