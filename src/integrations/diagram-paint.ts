import { diagramStyles } from '../lib/diagram/paint';
import { virtualModules } from './virtual-modules';

/**
 * `virtual:diagram-paint.css`: the rules that paint the relation diagram, written from its paint
 * (src/lib/diagram/paint.ts), the data share images draw with too. RelationDiagram.astro imports
 * it, so it is inlined with the page's other CSS and the policy's style hash covers it.
 */
export const diagramPaintStyles = () => virtualModules('diagram-paint', { 'virtual:diagram-paint.css': () => diagramStyles() });
