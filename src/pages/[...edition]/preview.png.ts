import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticle } from '../../lib/content/article';
import { previewResponse } from '../../lib/share/build-previews';
import { type Edition, editionPath, editionPaths } from '../../lib/content/editions';
import { articlePreview } from '../../lib/share/share';
import { previewImagePath } from '../../lib/urls/urls';

export const getStaticPaths = editionPaths satisfies GetStaticPaths;

/** Each edition's own link-preview image: preview.png, ar/preview.png, fa/preview.png. */
export const GET: APIRoute<{ edition: Edition }> = async ({ props }) =>
  previewResponse(articlePreview(await getArticle(props.edition)).image, editionPath(props.edition, previewImagePath()));
