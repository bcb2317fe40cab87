/** data/<table-id>.json (<lang>/data/… for a translation): each table as JSON, with its caption, source and date. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticle, tablePaths } from '../../../lib/content/article';
import { tableJson } from '../../../lib/reuse/table-data';

export const getStaticPaths = tablePaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ params, props }) => {
  const { tables, meta, url } = await getArticle(props.edition);
  const table = tables.get(params.table!)!;
  // The language of the table's words: the original's where its translation is missing.
  const json = tableJson(table, url, meta.updated, table.lang);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
