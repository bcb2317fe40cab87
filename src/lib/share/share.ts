/**
 * What each shareable thing (the article, each headed section) says about itself in a link
 * preview: one description drives the share page's tags and its image, so they never disagree.
 */
import type { Article } from '../content/article';
import { palette } from '../theme/palette';
import type { PreviewDiagram, PreviewText } from './preview-image';
import { diagramPaint } from '../diagram/paint';
import { layoutDiagram } from '../diagram/relation-diagram';
import { tableDiagram } from '../diagram/table-diagram';

type SectionDiagram = { drawing: PreviewDiagram; description: string };

/**
 * The diagram of a table for share images: the layout the page's SVG is drawn from, which the
 * image draws with canvas shapes and text (right-to-left words too, joined and in order), with the
 * words it says, for the image's text alternative.
 */
function drawnDiagram(article: Article, table: string): SectionDiagram | undefined {
  const data = article.tables.get(table);
  if (!data?.diagram) return undefined;
  const input = tableDiagram(data, article.ui);
  // What the image draws; the title and description go to the alt text instead.
  const { width, height, radius, nodes, links } = layoutDiagram(input);
  return { drawing: { width, height, radius, nodes, links, paint: diagramPaint }, description: input.description };
}

/** The table whose diagram a section places first, if it places one. */
function diagramTable(article: Article, sectionId: string): string | undefined {
  return article.sections.find((s) => s.id === sectionId)?.doc.references.find((ref) => ref.component === 'Diagram')?.table;
}

/**
 * What every preview image of the article shares: the CSS's light colours, the language's
 * direction, and a kicker in spaced capitals only where the site's name is written in a script
 * with capitals (Latin, not Arabic: letter-spacing would break its joined letters).
 */
function imageStyle({ meta, dir }: Article): Pick<PreviewText, 'colors' | 'capsKicker' | 'direction'> {
  const { paper, ink, muted, rule, accent, panel } = palette.light;
  return {
    colors: { paper, ink, muted, rule, accent, panel },
    capsKicker: meta.siteName.toUpperCase() !== meta.siteName.toLowerCase(),
    direction: dir,
  };
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

const previewsByArticle = new WeakMap<Article, (Preview & { id: string })[]>();

/**
 * One preview per headed section; the untitled lede is shared as the article itself. Worked out
 * once per article: the share pages and the images both list them.
 */
export function sectionPreviews(article: Article): (Preview & { id: string })[] {
  let list = previewsByArticle.get(article);
  if (!list) previewsByArticle.set(article, (list = listSectionPreviews(article)));
  return list;
}

function listSectionPreviews(article: Article): (Preview & { id: string })[] {
  const { meta, headed, ui } = article;
  const style = imageStyle(article);
  // Each table's diagram is drawn once: every section that places it shows the same picture.
  const diagrams = new Map<string, SectionDiagram | undefined>();
  const diagramOf = (table: string) => {
    if (!diagrams.has(table)) diagrams.set(table, drawnDiagram(article, table));
    return diagrams.get(table);
  };
  return headed.map(({ id, title, summary }, index) => {
    const alt = ui.previewSectionAlt(title, index + 1, headed.length, meta.title);
    const table = diagramTable(article, id);
    const diagram = table === undefined ? undefined : diagramOf(table);
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
        ...(diagram && { diagram: diagram.drawing }),
      },
    };
  });
}
