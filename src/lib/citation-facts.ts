/** The citation's facts for this build: content/article.yaml and the canonical URL. */
import type { Article } from './article';
import type { CitationFacts } from './citation';
import { absoluteHref } from './urls';

export const citationFacts = ({ meta }: Article): CitationFacts => ({
  siteName: meta.siteName,
  title: meta.title,
  updated: meta.updated,
  author: meta.author,
  url: absoluteHref(),
});
