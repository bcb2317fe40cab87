/**
 * What each shareable thing (the article, each headed section) says about itself in a link
 * preview: one description drives the share page's tags and its image, so they never disagree.
 */
import type { Article } from './article';
import { tableReferences } from './integrity';
import { palette } from './palette';
import type { PreviewText } from './preview-image';
import { diagramSvg, layoutDiagram } from './relation-diagram';
import { tableDiagram } from './table-diagram';

/**
 * The first diagram a section places, drawn on its own for its share image (text as glyph
 * paths: resvg has no web fonts), with the words it says, for the image's text alternative.
 */
function sectionDiagram({ sections, tables, ui }: Article, sectionId: string): { svg: string; description: string } | undefined {
  const body = sections.find((s) => s.id === sectionId)?.body ?? '';
  const table = tableReferences(body).find((ref) => ref.tag.startsWith('<Diagram'))?.table;
  const data = table === undefined ? undefined : tables.get(table);
  if (!data?.diagram) return undefined;
  const input = tableDiagram(data, ui);
  const svg = diagramSvg(layoutDiagram(input), { idPrefix: `${sectionId}-preview`, standalone: palette.light, textAsPaths: true });
  return { svg, description: input.description };
}

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
  return headed.map(({ id, title, summary }, index) => {
    const alt = ui.previewSectionAlt(title, index + 1, headed.length, meta.title);
    const diagram = sectionDiagram(article, id);
    return {
      id,
      title,
      description: summary,
      imageAlt: diagram ? ui.previewWithDiagram(alt, diagram.description) : alt,
      image: {
        kicker: meta.siteName,
        title,
        summary,
        footer: ui.previewSectionFooter(index + 1, headed.length, meta.title),
        ...style,
        ...(diagram && { diagram: diagram.svg }),
      },
    };
  });
}
