/** Room left around a hand-drawn chart's plot for axis labels, in SVG units. */
export interface ChartPadding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The box of a hand-drawn SVG chart (viewBox `0 0 width height`): the plot inside the padding, and where a
 * point falls in it. `x` takes a fraction of the plot's width; `y` a value on a scale from 0 (bottom) to `top`.
 */
export function chartFrame(width: number, height: number, pad: ChartPadding) {
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  return {
    width,
    height,
    pad,
    plotWidth,
    x: (fraction: number) => pad.left + fraction * plotWidth,
    y: (value: number, top: number) => pad.top + (1 - value / top) * plotHeight,
  };
}
