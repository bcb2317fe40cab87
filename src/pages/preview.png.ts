import type { APIRoute } from 'astro';
import { getArticle } from '../lib/article';
import { pngResponse, renderPreview } from '../lib/preview-image';
import { articlePreview } from '../lib/share';

/** The article's own link-preview image. */
export const GET: APIRoute = async () => {
  const png = await renderPreview(articlePreview(await getArticle()).image);
  return pngResponse(png);
};
