import type { APIRoute } from 'astro';
import { getArticle } from '../lib/article';
import { previews } from '../lib/build-previews';
import { pngResponse } from '../lib/preview-image';
import { articlePreview } from '../lib/share';

/** The article's own link-preview image. */
export const GET: APIRoute = async () => pngResponse(await previews.get(articlePreview(await getArticle()).image));
