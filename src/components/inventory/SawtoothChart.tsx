import { formatQuantity } from '../../lib/inventory/format.ts';
import type { ReorderInput, ReorderResult } from '../../lib/inventory/reorder.ts';
import { sawtooth } from '../../lib/inventory/sawtooth.ts';
import { chartFrame } from '../calc/chart-frame.ts';

interface Props {
  input: ReorderInput;
  result: ReorderResult;
}

const frame = chartFrame(360, 210, { left: 44, right: 70, top: 12, bottom: 30 });
const { width, height, pad, plotWidth } = frame;

/** Stock on hand over two replenishment cycles, with the safety-stock and reorder-point lines; hand-drawn SVG. */
export function SawtoothChart({ input, result }: Props) {
  const shape = sawtooth(input, result);
  if (!shape) {
    return <p class="inv-chart-summary">日均需求量或經濟訂購量為 0，庫存不會循環消耗與補充，因此沒有鋸齒圖。</p>;
  }
  const q = (value: number) => formatQuantity(value);
  const top = Math.max(shape.peak, result.reorderPoint) * 1.1 || 1;
  const days = 2 * shape.cycleDays;
  const x = (day: number) => frame.x(day / days);
  const y = (stock: number) => frame.y(stock, top);
  const path = shape.points.map(([day, stock]) => `${x(day).toFixed(1)},${y(stock).toFixed(1)}`).join(' ');
  const summary =
    `示意圖（需求以平均值計）：庫存在 ${q(shape.peak)} 與安全庫存 ${q(shape.trough)} 之間起伏，` +
    `約每 ${q(shape.cycleDays)} 天到貨一次、每次 ${q(result.eoq)}；` +
    `庫存狀況降到補貨點 ${q(result.reorderPoint)} 時下單，${q(input.leadTimeDays)} 天後到貨。` +
    `最大庫存水平 ${q(result.maxLevel)} 是下單時庫存狀況（含在途）要補足的目標，倉內實際庫存最高約 ${q(shape.peak)}。`;
  // Labels of two close lines would overlap; nudge the lower one down.
  const ropY = y(result.reorderPoint);
  const ssY = Math.max(y(shape.trough), ropY + 12);

  return (
    <figure class="inv-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`庫存鋸齒圖，兩個補貨週期。${summary}`}>
        <line class="inv-chart-axis" x1={pad.left} x2={pad.left} y1={pad.top} y2={y(0)} />
        <line class="inv-chart-axis" x1={pad.left} x2={pad.left + plotWidth} y1={y(0)} y2={y(0)} />
        <text class="inv-chart-label" x={pad.left - 4} y={y(0) + 4} text-anchor="end">0</text>
        <text class="inv-chart-label" x={pad.left - 4} y={y(shape.peak) + 4} text-anchor="end">{q(shape.peak)}</text>
        {[1, 2].map((k) => (
          <text key={k} class="inv-chart-label" x={x(k * shape.cycleDays)} y={y(0) + 14} text-anchor="middle">
            {`${q(k * shape.cycleDays)} 天`}
          </text>
        ))}
        <line class="inv-chart-ss" x1={pad.left} x2={pad.left + plotWidth} y1={y(shape.trough)} y2={y(shape.trough)} />
        <text class="inv-chart-label" x={pad.left + plotWidth + 4} y={ssY + 4}>安全庫存</text>
        <line class="inv-chart-rop" x1={pad.left} x2={pad.left + plotWidth} y1={ropY} y2={ropY} />
        <text class="inv-chart-label" x={pad.left + plotWidth + 4} y={ropY + 4}>補貨點</text>
        <polyline class="inv-chart-stock" points={path} />
        {shape.orderDays.map((day) => (
          <g key={day}>
            <line class="inv-chart-order" x1={x(day)} x2={x(day)} y1={pad.top} y2={y(0)} />
            <text class="inv-chart-label" x={x(day)} y={pad.top + 8} text-anchor="middle">下單</text>
          </g>
        ))}
        <text class="inv-chart-label" x={pad.left + plotWidth} y={height - 2} text-anchor="end">天數</text>
      </svg>
      <figcaption class="inv-chart-summary">{summary}</figcaption>
    </figure>
  );
}
