/**
 * The routes of the share pages and their images, one per edition and headed section. Apart from
 * share.ts, which unit tests read without Astro: this one loads the content.
 */
import { pathsPerEdition } from '../content/article';
import { sectionPreviews } from './share';

/** One static path per edition and headed section, with its link preview: the share pages' and their images' routes. */
export const sectionPreviewPaths = () =>
  pathsPerEdition((article, { params, props }) =>
    sectionPreviews(article).map((preview) => ({ params: { ...params, id: preview.id }, props: { ...props, preview } })),
  );
