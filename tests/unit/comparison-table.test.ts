import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import ComparisonTable from '../../src/components/tables/ComparisonTable.astro';
import { comparisonTableExamples } from '../support/examples/comparison-table';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: (typeof comparisonTableExamples)[string]) {
  const html = await container.renderToString(ComparisonTable, { props });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe.each(Object.entries(comparisonTableExamples))('ComparisonTable: %s', (_, props) => {
  it('has a caption that names its scroll region', async () => {
    const { document } = await render(props);
    // The WAI-ARIA Authoring Practices' labelled, keyboard-scrollable region, around the table.
    const region = document.querySelector('.table-scroll')!;
    const caption = document.querySelector('caption')!;
    expect(caption.textContent).toBe(props.caption);
    expect(region.tagName).toBe('DIV');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.querySelector(':scope > table > caption')).toBe(caption);
    expect(region.getAttribute('aria-labelledby')).toBe(caption.id);
    expect(region.getAttribute('tabindex')).toBe('0');
  });

  it('has one column header per column, scoped to its column', async () => {
    const { document } = await render(props);
    const headers = [...document.querySelectorAll('thead th')];
    expect(headers.map((th) => th.textContent)).toEqual(props.columns.map((c) => c.label));
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('gives each row its fragment id and a row header in the row-header column', async () => {
    const { document } = await render(props);
    const rows = [...document.querySelectorAll('tbody tr')];
    const headerColumn = props.columns.findIndex((c) => c.rowHeader);
    const headerField = props.columns[headerColumn]!.field;
    expect(rows.map((tr) => tr.id)).toEqual(props.rows.map((r) => (props.rowIdPrefix ?? '') + r.id));
    rows.forEach((tr, i) => {
      const cells = [...tr.children];
      expect(cells[headerColumn]!.tagName).toBe('TH');
      expect(cells[headerColumn]!.getAttribute('scope')).toBe('row');
      expect(cells[headerColumn]!.textContent).toBe(String(props.rows[i]![headerField]));
      expect(cells.filter((c) => c.tagName === 'TH')).toHaveLength(1);
    });
  });
});

describe.each(Object.entries(comparisonTableExamples))('ComparisonTable HTML: %s', (_, props) => {
  it('is valid HTML', async () => {
    const { html } = await render(props);
    // The file name places the string in the project, so the loader finds .htmlvalidate.mjs;
    // without one it finds no configuration and runs no rules at all (every string passes).
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      `<!DOCTYPE html><html lang="en"><head><title>Example</title></head><body><main>${html}</main></body></html>`,
      fileURLToPath(new URL('comparison-table-example.html', import.meta.url)),
    );
    expect(report.valid, formatterFactory('stylish')(report.results)).toBe(true);
  });
});

describe('ComparisonTable escaping', () => {
  it('renders markup in captions, labels and cells as text, never as elements', async () => {
    const { html, document } = await render(comparisonTableExamples['markup in cells is shown as text']!);
    expect(document.querySelector('script, img, b, i')).toBeNull();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document.querySelector('tbody th')!.textContent).toBe('<script>alert(1)</script>');
    expect(document.querySelector('caption')!.textContent).toBe('Caption with <b>tags</b> & ampersands');
  });
});
