import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { regulationField } from '../../src/lib/regulation-field.ts';

const anySlug = z.string().regex(/^[a-z-]+$/, { message: '只能是小寫英文字母與連字號' });

describe('regulationField', () => {
  it('accepts only the given regulations, naming them when it refuses', () => {
    const field = regulationField(['operating-model', 'commercial-operations'], anySlug);
    expect(field.safeParse('commercial-operations').success).toBe(true);
    const refused = field.safeParse('hr-handbook');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('regulation 必須是 operating-model / commercial-operations 之一');
  });

  it('falls back to the slug rule when no regulations are given', () => {
    const field = regulationField(undefined, anySlug);
    expect(field.safeParse('hr-handbook').success).toBe(true);
    expect(field.safeParse('HR').error?.issues[0]?.message).toBe('只能是小寫英文字母與連字號');
  });
});
