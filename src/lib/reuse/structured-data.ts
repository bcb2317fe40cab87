import { isoDay } from '../../i18n';
import type { Article } from '../content/article';
import { ORIGINAL } from '../content/editions';
import { fragment, previewImagePath } from '../urls/urls';

/**
 * schema.org `Article` for an edition's page: only what the content says. An author appears when
 * content names one; no publisher is named, because the article names none. The editions point
 * at each other: the original lists its translations (`workTranslation`), a translation names the
 * original (`translationOfWork`).
 */
export function articleJsonLd({ meta, headed, edition, url: home, editions }: Article): Record<string, unknown> {
  const url = (path = '') => home + path;
  const other = (of: Article['editions'][number]) => ({ '@type': 'Article', url: of.url, inLanguage: of.language });
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: meta.title,
    description: meta.description,
    inLanguage: meta.language,
    ...(meta.author && { author: { '@type': 'Person', name: meta.author } }),
    dateModified: isoDay(meta.updated),
    ...(meta.published && { datePublished: isoDay(meta.published) }),
    isAccessibleForFree: true,
    ...(meta.license && { license: meta.license.url }),
    mainEntityOfPage: url(),
    image: url(previewImagePath()),
    ...(edition === ORIGINAL
      ? { workTranslation: editions.filter((e) => e.edition !== ORIGINAL).map(other) }
      : { translationOfWork: other(editions.find((e) => e.edition === ORIGINAL)!) }),
    // Names and addresses only: each section's summary is on its share page, and bytes here count against the first round trip.
    hasPart: headed.map((s) => ({ '@type': 'WebPageElement', name: s.title, url: url(fragment(s.id)) })),
  };
}
