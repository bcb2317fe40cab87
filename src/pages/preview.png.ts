import type { APIRoute } from 'astro';
import { getArticle } from '../lib/article';
import { previewResponse } from '../lib/build-previews';
import { articlePreview } from '../lib/share';

/** The article's own link-preview image. */
export const GET: APIRoute = async () => previewResponse(articlePreview(await getArticle()).image, 'preview.png');
