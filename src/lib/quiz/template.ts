/**
 * Quiz text written against rule values: `{attendance.freeMinorEventsPerMonth}` or a small formula such as
 * `{attendance.freeMinorEventsPerMonth + 1}` or `{2000 * kpi.excellent.coefficient}` in a prompt, option or
 * explanation, and a computed key (`answer`) for questions whose answer depends on a value. Pure: the values
 * come in as an argument, so a quiz follows the version of the text in force.
 */

export type RuleValueLookup = Readonly<Record<string, number>>;

/** Thrown for a formula that cannot be read or names an unknown rule; the message is Chinese for HR. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

type Token = { kind: 'num'; value: number } | { kind: 'key'; name: string } | { kind: 'op'; op: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z][\w.]*[A-Za-z\d])|(<=|>=|==|!=|[-+*/×÷()<>]))/y;
  let index = 0;
  while (index < expr.length) {
    if (/^\s*$/.test(expr.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(expr);
    if (!match) throw new TemplateError(`「{${expr}}」第 ${index + 1} 個字元看不懂：只能寫規則名稱、數字、+ - * / ( ) 與比較符號`);
    if (match[1] !== undefined) tokens.push({ kind: 'num', value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: 'key', name: match[2] });
    else tokens.push({ kind: 'op', op: match[3] === '×' ? '*' : match[3] === '÷' ? '/' : match[3]! });
    index = pattern.lastIndex;
  }
  return tokens;
}

type Value = number | boolean;

/** Evaluate one formula. Keys are looked up in `values`; comparisons yield booleans. */
export function evaluate(expr: string, values: RuleValueLookup): Value {
  const tokens = tokenize(expr);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (...ops: string[]) => {
    const token = peek();
    return token?.kind === 'op' && ops.includes(token.op) ? token.op : undefined;
  };
  const fail = (why: string): never => {
    throw new TemplateError(`「{${expr}}」${why}`);
  };
  const number = (value: Value): number => (typeof value === 'number' ? value : fail('不能對比較結果再做計算'));

  function factor(): Value {
    const token = tokens[at++];
    if (!token) return fail('不完整');
    if (token.kind === 'num') return token.value;
    if (token.kind === 'key') {
      if (!Object.hasOwn(values, token.name)) return fail(`裡的 ${token.name} 不是已知的規則名稱；可用的有 ${Object.keys(values).join('、')}`);
      return values[token.name]!;
    }
    if (token.op === '-') return -number(factor());
    if (token.op === '(') {
      const inner = comparison();
      if (!isOp(')')) return fail('缺少右括號 )');
      at += 1;
      return inner;
    }
    return fail(`在「${token.op}」的位置需要數字或規則名稱`);
  }
  function term(): Value {
    let left = factor();
    for (let op = isOp('*', '/'); op; op = isOp('*', '/')) {
      at += 1;
      const right = number(factor());
      if (op === '/' && right === 0) fail('除以 0');
      left = op === '*' ? number(left) * right : number(left) / right;
    }
    return left;
  }
  function sum(): Value {
    let left = term();
    for (let op = isOp('+', '-'); op; op = isOp('+', '-')) {
      at += 1;
      const right = number(term());
      left = op === '+' ? number(left) + right : number(left) - right;
    }
    return left;
  }
  function comparison(): Value {
    const left = sum();
    const op = isOp('<', '<=', '>', '>=', '==', '!=');
    if (!op) return left;
    at += 1;
    const [a, b] = [number(left), number(sum())];
    return { '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b, '==': a === b, '!=': a !== b }[op]!;
  }

  const result = comparison();
  if (at < tokens.length) fail('多出了無法計算的部分');
  return result;
}

/** A number as quiz text shows it: no binary noise (0.1 + 0.2 → 0.3), no trailing zeros. */
export const formatValue = (value: Value): string => (typeof value === 'boolean' ? String(value) : String(Number(value.toFixed(6))));

const slot = /\{([^{}]*)\}/g;

/** Replace every `{formula}` in a text by its value. */
export const fillTemplate = (text: string, values: RuleValueLookup): string =>
  text.replace(slot, (_, expr: string) => formatValue(evaluate(expr, values)));

/** The rule names a text's formulas use (for checks that a question follows its clause). */
export function templateKeys(text: string): string[] {
  return [...text.matchAll(slot)].flatMap(([, expr]) => {
    try {
      return tokenize(expr!).flatMap((t) => (t.kind === 'key' ? [t.name] : []));
    } catch {
      return [];
    }
  });
}

/** The text with its formulas removed: what is left is written as literal text. */
export const literalText = (text: string): string => text.replace(slot, ' ');
