import type { APIRoute, GetStaticPaths } from 'astro';
import { readerChangeLog } from '../../history/clause-changes.ts';
import { regulationPolicies } from '../../starlight/policies.ts';

/** /changes/{regulation}.json: fetched only by a returning reader's browser when the regulation has a newer version. */
export const getStaticPaths = (async () =>
  (await regulationPolicies()).map(({ slug }) => ({ params: { regulation: slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(readerChangeLog(params.regulation!));
