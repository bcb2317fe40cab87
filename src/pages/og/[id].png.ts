import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticle } from '../../lib/article';
import { previews } from '../../lib/build-previews';
import { pngResponse } from '../../lib/preview-image';
import { sectionPreviews } from '../../lib/share';

export const getStaticPaths = (async () => {
  const article = await getArticle();
  const list = sectionPreviews(article);
  // The build draws every image at once (both cores, cached): each GET then waits for its own.
  if (import.meta.env.PROD) previews.prepare(list.map((preview) => preview.image));
  return list.map((preview) => ({ params: { id: preview.id }, props: { preview } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await previews.get(props.preview.image));
