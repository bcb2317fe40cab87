import type { AstroIntegration } from 'astro';
import { diagramStyles } from '../lib/diagram/paint';

const ID = 'virtual:diagram-paint.css';

/**
 * `virtual:diagram-paint.css`: the rules that paint the relation diagram, written from its paint
 * (src/lib/diagram/paint.ts), the data share images draw with too. RelationDiagram.astro imports
 * it, so it is inlined with the page's other CSS and the policy's style hash covers it.
 */
export function diagramPaintStyles(): AstroIntegration {
  return {
    name: 'diagram-paint',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'diagram-paint',
                resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
                load: (id) => (id === `\0${ID}` ? diagramStyles() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
