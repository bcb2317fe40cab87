/**
 * What each shareable thing (the article, each headed section) says about itself in a link
 * preview: one description drives the share page's tags and its image, so they never disagree.
 */
import type { Article } from './article';
import type { PreviewText } from './preview-image';

export interface Preview {
  /** The section id, or undefined for the article. */
  id?: string;
  title: string;
  description: string;
  /** Text alternative of the preview image. */
  imageAlt: string;
  image: PreviewText;
}

export function articlePreview({ meta, headed, ui }: Article): Preview {
  return {
    title: meta.title,
    description: meta.description,
    imageAlt: `${meta.siteName}: ${meta.title}`,
    image: { kicker: meta.siteName, title: meta.title, summary: meta.description, footer: ui.previewFooter(headed.length) },
  };
}

/** One preview per headed section; the untitled lede is shared as the article itself. */
export function sectionPreviews({ meta, headed, ui }: Article): (Preview & { id: string })[] {
  return headed.map(({ id, title, summary }, index) => ({
    id,
    title,
    description: summary,
    imageAlt: ui.previewSectionAlt(title, index + 1, headed.length, meta.title),
    image: { kicker: meta.siteName, title, summary, footer: ui.previewSectionFooter(index + 1, headed.length, meta.title) },
  }));
}
