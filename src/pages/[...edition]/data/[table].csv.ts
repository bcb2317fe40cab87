/** data/<table-id>.csv (<lang>/data/… for a translation): each table as CSV, for spreadsheets. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticle, tablePaths } from '../../../lib/content/article';
import { tableCsv } from '../../../lib/reuse/table-data';

export const getStaticPaths = tablePaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ params, props }) => {
  const { tables } = await getArticle(props.edition);
  return new Response(tableCsv(tables.get(params.table!)!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
