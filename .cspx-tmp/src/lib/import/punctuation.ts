const cjk = '\\u3400-\\u9fff\\uf900-\\ufaff';
const nearCjk = (mark: string) => new RegExp(`(?<=[${cjk}\\]）)」])\\${mark}|\\${mark}(?=[${cjk}\\[（「])`, 'g');

/** The scrape turned full-width punctuation into ASCII; put it back where it sits in Chinese text. */
export function normalizePunctuation(text: string): string {
  return text
    .replace(nearCjk(','), '，')
    .replace(nearCjk(';'), '；')
    .replace(nearCjk(':'), '：')
    .replace(/\(([^()]*[\u3400-\u9fff][^()]*)\)/g, '（$1）');
}

/** Map full-width punctuation back and drop spacing, so texts can be compared whatever their typography. */
export function comparable(text: string): string {
  return text
    .replace(/[，]/g, ',')
    .replace(/[；]/g, ';')
    .replace(/[：]/g, ':')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s+/g, '');
}
