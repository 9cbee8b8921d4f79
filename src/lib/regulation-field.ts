import { z } from 'astro/zod';

/**
 * A bank's or a flow's `regulation`: one of the site's regulations when they are given (the collections pass
 * them in), else whatever `anySlug` accepts.
 */
export const regulationField = <T extends z.ZodType<string>>(regulationSlugs: readonly string[] | undefined, anySlug: T) =>
  regulationSlugs
    ? z.string().refine((value) => regulationSlugs.includes(value), { message: `regulation 必須是 ${regulationSlugs.join(' / ')} 之一` })
    : anySlug;
