import type { AstroIntegration } from 'astro';

/** What a module's maker is given: the project's root, and a way to name a file whose change makes the module again. */
export interface ModuleContext {
  root: URL;
  watch: (file: string) => void;
}

/**
 * An integration serving modules made at build time by id (`virtual:…`, a `.css` one as CSS):
 * each module's text from its maker, made when Vite first asks for it and again after a file it
 * watched changes. The edition modules and the diagram's paint are served this way.
 */
export function virtualModules(name: string, makers: Record<string, (context: ModuleContext) => string>): AstroIntegration {
  const byResolvedId = new Map(Object.entries(makers).map(([id, make]) => [`\0${id}`, make]));
  return {
    name,
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name,
                resolveId: (id) => (id in makers ? `\0${id}` : undefined),
                load(id) {
                  return byResolvedId.get(id)?.({ root: config.root, watch: (file) => this.addWatchFile(file) });
                },
              },
            ],
          },
        });
      },
    },
  };
}
