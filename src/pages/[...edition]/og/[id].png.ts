import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticle } from '../../../lib/content/article';
import { previewResponse, previews } from '../../../lib/share/build-previews';
import { editionPath, editionPaths } from '../../../lib/content/editions';
import { sectionPreviews } from '../../../lib/share/share';
import { previewImagePath } from '../../../lib/urls/urls';

export const getStaticPaths = (async () => {
  const paths = (
    await Promise.all(
      editionPaths().map(async ({ params, props }) =>
        sectionPreviews(await getArticle(props.edition)).map((preview) => ({
          params: { ...params, id: preview.id },
          props: { ...props, preview },
        })),
      ),
    )
  ).flat();
  // The build draws every image of every edition at once (both cores, cached): each GET then waits for its own.
  if (import.meta.env.PROD) previews.prepare(paths.map(({ props }) => props.preview.image));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  previewResponse(props.preview.image, editionPath(props.edition, previewImagePath(props.preview.id)));
