/**
 * What each shareable thing (the article, each headed section) says about itself in a link
 * preview: one description drives the share page's tags and its image, so they never disagree.
 */
import type { Article } from './article';
import { palette } from './palette';
import { PREVIEW_SANS, previewFontStack, type PreviewText } from './preview-image';
import { diagramSvg, layoutDiagram } from './relation-diagram';
import { tableDiagram } from './table-diagram';

type SectionDiagram = { svg: string; description: string };

/**
 * Letters of right-to-left scripts (Hebrew, Arabic and their neighbours). The SVG renderer that
 * draws a diagram into a share image (Skia's, in @napi-rs/canvas) sets such words left to right and
 * can leave their letters unjoined, so a diagram with them stays out of the image, which then
 * carries the words alone. The page's own diagram is drawn by the browser and reads right.
 */
const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * The diagram of a table, drawn on its own for share images (in the images' own font), with the
 * words it says, for the image's text alternative.
 */
function drawnDiagram(article: Article, table: string): SectionDiagram | undefined {
  const data = article.tables.get(table);
  if (!data?.diagram) return undefined;
  const input = tableDiagram(data, article.ui);
  const words = [input.centre.name, input.centre.note, ...input.others.flatMap((other) => [other.name, other.label])];
  if (words.some((word) => RIGHT_TO_LEFT_SCRIPT.test(word))) return undefined;
  // A standalone image: its ids only need to be unique inside it.
  const svg = diagramSvg(layoutDiagram(input), {
    idPrefix: `${table}-preview`,
    standalone: palette.light,
    fontFamily: previewFontStack(PREVIEW_SANS),
  });
  return { svg, description: input.description };
}

/** The table whose diagram a section places first, if it places one. */
function diagramTable(article: Article, sectionId: string): string | undefined {
  return article.sections.find((s) => s.id === sectionId)?.doc.references.find((ref) => ref.component === 'Diagram')?.table;
}

/** What every preview image of the article shares: the CSS's light colours, capitals only for English, the language's direction. */
function imageStyle({ meta, dir }: Article): Pick<PreviewText, 'colors' | 'capsKicker' | 'direction'> {
  const { paper, ink, muted, rule, accent, panel } = palette.light;
  return {
    colors: { paper, ink, muted, rule, accent, panel },
    capsKicker: new Intl.Locale(meta.language).language === 'en',
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
        ...(diagram && { diagram: diagram.svg }),
      },
    };
  });
}
