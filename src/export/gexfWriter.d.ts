// Types for graphology-gexf's writer alone: its browser entry also loads a parser that needs
// DOMParser at import time, which Node (scripts, unit tests) does not have.
declare module 'graphology-gexf/browser/writer.js' {
  import type { write as writeGexf } from 'graphology-gexf/browser';
  const write: typeof writeGexf;
  export default write;
}
