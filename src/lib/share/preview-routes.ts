/**
 * The routes of the share pages and their images, one per edition and headed section. Apart from
 * share.ts, which unit tests read without Astro: this one loads the content.
 */
import { getArticle } from '../content/article';
import { editionPaths } from '../content/editions';
import { sectionPreviews } from './share';

/** One static path per edition and headed section, with its link preview: the share pages' and their images' routes. */
export async function sectionPreviewPaths() {
  return (
    await Promise.all(
      editionPaths().map(async ({ params, props }) =>
        sectionPreviews(await getArticle(props.edition)).map((preview) => ({
          params: { ...params, id: preview.id },
          props: { ...props, preview },
        })),
      ),
    )
  ).flat();
}
