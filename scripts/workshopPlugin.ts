// The shipped workshop, checked when the app is built rather than when it is opened: the Vite (and
// Vitest) plugin behind `import workshop from 'virtual:maillage-workshop'` (src/data/bundled.ts).
// It hands the page the workshop's validated data (scripts/workshopModule.ts), which the page only
// indexes: building zod's schemas and validating the workshop were a quarter of the work of the
// page's first task on a phone (Lighthouse's total blocking time, issue 10). A workshop that does
// not pass its checks fails the build, and the dev server shows the problems, each worded as
// `npm run check-data` words it; an edit to the dataset or a note is checked again.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

export const WORKSHOP_MODULE = 'virtual:maillage-workshop';
const resolved = `\0${WORKSHOP_MODULE}`;

export function bundledWorkshop(dataDir = fileURLToPath(new URL('../data', import.meta.url))): Plugin {
  return {
    name: 'maillage-workshop',
    resolveId: (id) => (id === WORKSHOP_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      // The checks are the app's own TypeScript, run through Vite's module runner.
      const { module } = await runnerImport<typeof import('./workshopModule')>(fileURLToPath(new URL('./workshopModule.ts', import.meta.url)), {
        configFile: false,
        logLevel: 'error',
      });
      const made = module.workshopModule(dataDir);
      if (!made.ok) this.error(`the shipped workshop does not pass its checks:\n${made.message}`);
      for (const watched of made.files) this.addWatchFile(watched);
      return made.code;
    },
  };
}
