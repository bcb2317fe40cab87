import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticle } from '../../lib/article';
import { previewResponse, previews } from '../../lib/build-previews';
import { sectionPreviews } from '../../lib/share';

export const getStaticPaths = (async () => {
  const article = await getArticle();
  const list = sectionPreviews(article);
  // The build draws every image at once (both cores, cached): each GET then waits for its own.
  if (import.meta.env.PROD) previews.prepare(list.map((preview) => preview.image));
  return list.map((preview) => ({ params: { id: preview.id }, props: { preview } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => previewResponse(props.preview.image, `og/${props.preview.id}.png`);
