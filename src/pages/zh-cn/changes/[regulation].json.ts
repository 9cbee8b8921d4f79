import type { APIRoute, GetStaticPaths } from 'astro';
import { readerChangeLog } from '../../../history/clause-changes.ts';
import { toSimplified } from '../../../lib/zh-cn/convert.ts';
import { regulationPolicies } from '../../../starlight/policies.ts';

/** The Simplified edition's /zh-cn/changes/{regulation}.json: labels converted, links into /zh-cn/. */
export const getStaticPaths = (async () =>
  (await regulationPolicies()).map(({ slug }) => ({ params: { regulation: slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  Response.json(readerChangeLog(params.regulation!, { prefix: '/zh-cn', label: toSimplified }));
