import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticle } from '../../lib/article';
import { pngResponse, renderPreview } from '../../lib/preview-image';
import { sectionPreviews } from '../../lib/share';

export const getStaticPaths = (async () => {
  const article = await getArticle();
  return sectionPreviews(article).map((preview) => ({ params: { id: preview.id }, props: { preview } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPreview(props.preview.image);
  return pngResponse(png);
};
