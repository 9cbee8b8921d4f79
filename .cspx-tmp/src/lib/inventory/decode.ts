import { InputError } from '../input-error.ts';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Turn an uploaded file into text, refusing what would be misread. Excel on a Chinese Windows saves
 * 「CSV (逗號分隔)」 in Big5 or GBK, which would come out as mojibake; say so instead of guessing.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('file', '檔案是空的');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new InputError('file', '這是 Excel 活頁簿，不是 CSV。請在 Excel 選「另存新檔 › CSV UTF-8 (逗號分隔)」後再上傳。');
  }
  // Excel's 「Unicode 文字」 is UTF-16 with a byte-order mark: unambiguous, so read it.
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      'file',
      '檔案不是 UTF-8 編碼（可能是 Excel 預設的 Big5 或 GBK），中文會變成亂碼。請在 Excel 選「另存新檔 › CSV UTF-8 (逗號分隔)」後再上傳。',
    );
  }
}
