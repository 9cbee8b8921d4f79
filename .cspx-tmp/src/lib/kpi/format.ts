import { cleanScore } from './score.ts';

/**
 * A score to at most two decimals, cut rather than rounded: 89.996 shows as 89.99, never as a 90 that would
 * contradict its grade (band edges are whole points, so the cut value always grades like the exact one).
 */
export function formatScore(score: number): string {
  return String(Math.floor(cleanScore(score * 100)) / 100);
}

/** An achievement ratio as a percentage with one decimal: 0.875 → 87.5%. */
export function formatPercent(ratio: number): string {
  return Number.isFinite(ratio) ? `${Math.round(cleanScore(ratio * 1000)) / 10}%` : '∞';
}
