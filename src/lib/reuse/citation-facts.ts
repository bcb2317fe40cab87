/** The citation's facts for an edition: its content/…/article.yaml and its canonical URL. */
import type { Article } from '../content/article';
import type { CitationFacts } from './citation';

export const citationFacts = ({ meta, url }: Article): CitationFacts => ({
  siteName: meta.siteName,
  title: meta.title,
  updated: meta.updated,
  author: meta.author,
  url,
  language: meta.language,
});
