/**
 * What each shareable thing (the article, each headed section) says about itself in a link
 * preview: one description drives the share page's tags and its image, so they never disagree.
 */
import type { Article } from './article';
import { palette } from './palette';
import type { PreviewText } from './preview-image';

/** What every preview image of the article shares: the CSS's light colours, capitals only for English. */
function imageStyle({ meta }: Article): Pick<PreviewText, 'colors' | 'capsKicker'> {
  const { paper, ink, muted, rule, accent } = palette.light;
  return { colors: { paper, ink, muted, rule, accent }, capsKicker: new Intl.Locale(meta.language).language === 'en' };
}

export interface Preview {
  /** The section id, or undefined for the article. */
  id?: string;
  title: string;
  description: string;
  /** Text alternative of the preview image. */
  imageAlt: string;
  image: PreviewText;
}

export function articlePreview(article: Article): Preview {
  const { meta, headed, ui } = article;
  return {
    title: meta.title,
    description: meta.description,
    imageAlt: `${meta.siteName}: ${meta.title}`,
    image: {
      kicker: meta.siteName,
      title: meta.title,
      summary: meta.description,
      footer: ui.previewFooter(headed.length),
      ...imageStyle(article),
    },
  };
}

/** One preview per headed section; the untitled lede is shared as the article itself. */
export function sectionPreviews(article: Article): (Preview & { id: string })[] {
  const { meta, headed, ui } = article;
  const style = imageStyle(article);
  return headed.map(({ id, title, summary }, index) => ({
    id,
    title,
    description: summary,
    imageAlt: ui.previewSectionAlt(title, index + 1, headed.length, meta.title),
    image: { kicker: meta.siteName, title, summary, footer: ui.previewSectionFooter(index + 1, headed.length, meta.title), ...style },
  }));
}
