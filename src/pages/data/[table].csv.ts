/** data/<table-id>.csv: each table of content/tables/ as CSV, for spreadsheets. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticle, tablePaths } from '../../lib/article';
import { tableCsv } from '../../lib/table-data';

export const getStaticPaths = tablePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = (await getArticle()).tables.get(params.table!)!;
  return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
