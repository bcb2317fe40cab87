/** The citation's facts for an edition: its content/…/article.yaml and its canonical URL. */
import type { Article } from '../content/article';
import type { CitationFacts } from './citation';
import { absoluteHref } from '../urls/urls';
import { editionPath } from '../content/editions';

export const citationFacts = ({ meta, edition }: Article): CitationFacts => ({
  siteName: meta.siteName,
  title: meta.title,
  updated: meta.updated,
  author: meta.author,
  url: absoluteHref(editionPath(edition)),
  language: meta.language,
});
