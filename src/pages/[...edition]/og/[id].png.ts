import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { sectionPreviewPaths } from '../../../lib/share/preview-routes';
import { previewResponse, previews } from '../../../lib/share/build-previews';
import { editionPath } from '../../../lib/content/editions';
import { previewImagePath } from '../../../lib/urls/urls';

export const getStaticPaths = (async () => {
  const paths = await sectionPreviewPaths();
  // The build draws every image of every edition at once (both cores, cached): each GET then waits for its own.
  if (import.meta.env.PROD) previews.prepare(paths.map(({ props }) => props.preview.image));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  previewResponse(props.preview.image, editionPath(props.edition, previewImagePath(props.preview.id)));
