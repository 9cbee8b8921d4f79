import * as OpenCC from 'opencc-js';

/**
 * The scraped regulations mix mainland character forms into Traditional text (适用于 → 適用于, 规范 → 規范).
 * OpenCC reads each phrase in context: through mainland Simplified and back to Traditional with Taiwan
 * character variants ('tw', not the 'twp' phrase table, which would turn 線上 into 在線 or 信息 into 資訊), so
 * 關系 becomes 關係 and 系統 stays, 發貨后 becomes 發貨後 and 皇后 stays, 批準 becomes 批准 and 準確 stays.
 * Of what the round trip changes, only the mainland forms below are taken: its other preferences (了解 → 瞭解,
 * 匯報 → 彙報, 審核 → 審覈 …) are not corrections.
 */
const toMainland = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Characters whose standard Traditional form differs by context: OpenCC decides, these allow the change. */
export const mainlandForms: ReadonlySet<string> = new Set([...'于后并采范系制咨準']);

export interface FormChange {
  /** Offset in the text. */
  index: number;
  from: string;
  to: string;
}

/** The changes normalisation makes to `text`, character by character (OpenCC keeps lengths for these). */
export function formChanges(text: string): FormChange[] {
  const converted = toTraditional(toMainland(text));
  // A phrase that changes length would misalign everything after it: take nothing from such text.
  if (converted.length !== text.length) return [];
  const changes: FormChange[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const from = text[i]!;
    if (converted[i] !== from && mainlandForms.has(from)) changes.push({ index: i, from, to: converted[i]! });
  }
  return changes;
}

/** `text` in standard Traditional forms. Idempotent: normalised text has nothing left to change. */
export function normaliseForms(text: string): string {
  // UTF-16 units: the forms replaced are all in the BMP, so a surrogate pair is never split.
  const chars = text.split('');
  for (const { index, to } of formChanges(text)) chars[index] = to;
  return chars.join('');
}
