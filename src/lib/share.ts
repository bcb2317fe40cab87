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

export function articlePreview({ meta, headed }: Article): Preview {
  const count = headed.length;
  return {
    title: meta.title,
    description: meta.description,
    imageAlt: `${meta.siteName}: ${meta.title}`,
    image: { kicker: meta.siteName, title: meta.title, summary: meta.description, footer: `An explainer in ${count} sections` },
  };
}

/** One preview per headed section; the untitled lede is shared as the article itself. */
export function sectionPreviews({ meta, sections }: Article): (Preview & { id: string })[] {
  const titled = sections.filter((s) => s.data.title);
  return titled.map((section, index) => {
    const title = section.data.title!;
    return {
      id: section.id,
      title,
      description: section.data.summary,
      imageAlt: `${title}: section ${index + 1} of ${titled.length} of “${meta.title}”`,
      image: {
        kicker: meta.siteName,
        title,
        summary: section.data.summary,
        footer: `Section ${index + 1} of ${titled.length} · ${meta.title}`,
      },
    };
  });
}
