/** data/<table-id>.json: each table of content/tables/ as JSON, with its caption, source and date. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticle, tablePaths } from '../../lib/article';
import { tableJson } from '../../lib/table-data';
import { absoluteHref } from '../../lib/urls';

export const getStaticPaths = tablePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { tables, meta } = await getArticle();
  const json = tableJson(tables.get(params.table!)!, absoluteHref(), meta.updated);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
