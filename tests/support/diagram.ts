/**
 * What the browser draws of a relation diagram, checked in the page: every text inside its box,
 * every link label inside the drawing and off the nodes. Runs inside the page
 * (`locator.evaluate(diagramFitProblems)`), so it uses nothing from outside its own body.
 */
export function diagramFitProblems(root: Element): string[] {
  const found: string[] = [];
  const box = (el: SVGGraphicsElement) => el.getBBox();
  const inside = (a: DOMRect, b: DOMRect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
  const overlap = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  /** A block's words: its lines (one <text> each) joined, or the one line's. */
  const words = (block: Element) => [...block.querySelectorAll('text')].map((line) => line.textContent).join(' ') || block.textContent;
  const view = (root as SVGSVGElement).viewBox.baseVal;
  const drawing = new DOMRect(view.x, view.y, view.width, view.height);
  const nodes = [...root.querySelectorAll<SVGRectElement>('.rd-node-group rect')].map(box);
  if (nodes.length === 0) found.push('no node boxes');
  for (const group of root.querySelectorAll('.rd-node-group')) {
    const rect = box(group.querySelector('rect')!);
    for (const text of group.querySelectorAll<SVGTextElement>('text'))
      if (!inside(box(text), rect)) found.push(`"${words(text)}" runs out of its box`);
  }
  for (const label of root.querySelectorAll<SVGGraphicsElement>('.rd-label')) {
    const b = box(label);
    if (!inside(b, drawing)) found.push(`"${words(label)}" runs out of the drawing`);
    if (nodes.some((n) => overlap(b, n))) found.push(`"${words(label)}" lies on a node`);
  }
  return found;
}
