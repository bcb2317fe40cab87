import { isoDay } from '../i18n';
import type { Article } from './article';
import { fragment } from './urls';

/**
 * schema.org `Article` for the page: only what the content says. No author or publisher is
 * named, because the article names none.
 */
export function articleJsonLd({ meta, headed }: Article, url: (path: string) => string, image: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: meta.title,
    description: meta.description,
    inLanguage: meta.language,
    dateModified: isoDay(meta.updated),
    ...(meta.published && { datePublished: isoDay(meta.published) }),
    isAccessibleForFree: true,
    ...(meta.license && { license: meta.license.url }),
    mainEntityOfPage: url(''),
    image,
    // Names and addresses only: each section's summary is on its share page, and bytes here count against the first round trip.
    hasPart: headed.map((s) => ({ '@type': 'WebPageElement', name: s.title, url: url(fragment(s.id)) })),
  };
}
