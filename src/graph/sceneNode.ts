// A scene node whose words (label, accessible name, label lines) are worked out when first read,
// then kept. A large graph reads those of the few nodes it labels or lists on screen, not of its
// thousands of nodes: at 15,000 actors working them all out took 150 ms of the first drawing's
// task. What is read is exactly what dressing every node at once gave.
// A class, for once: its getters are shared by every node (no closures per node, of which a large
// graph would hold tens of thousands).
import type { Dataset } from '../data/dataset';
import type { Language } from '../i18n/t';
import type { PlacedLabel } from './labels';
import type { GraphNode } from './model';
import type { SceneNode } from './scene';
import { splitLabel } from './textWidth';
import { nodeLabel, nodeName, type NodeText } from './texts';

/** What every node of a scene shares to work out its words. */
export interface SceneWords {
  readonly dataset: Dataset;
  readonly lang: Language;
  /** Label size, in layout units (where a long label is cut into two lines). */
  readonly fontSize: number;
}

/** What a node's words are once worked out (one object, made when the first is read). */
interface Worded {
  shown?: Omit<NodeText, 'name'>;
  accessible?: string;
  split?: readonly string[];
}

/** A scene node, its words worked out from `words` (each scene's subclass gives it: one field less
 * on each of a large graph's nodes) and kept in one object: three fields a node where there were
 * six (0.2 MB at 15,000 actors). */
abstract class LazySceneNode implements SceneNode {
  placed: PlacedLabel | null = null;
  private worded: Worded | null = null;

  constructor(readonly node: GraphNode) {}

  protected abstract get words(): SceneWords;

  private kept(): Worded {
    return (this.worded ??= {});
  }

  private labelled(): Omit<NodeText, 'name'> {
    const kept = this.kept();
    return (kept.shown ??= nodeLabel(this.words.dataset, this.node, this.words.lang));
  }

  get label(): string {
    return this.labelled().label;
  }

  get labelLang(): 'fr' | 'en' | undefined {
    return this.labelled().labelLang;
  }

  get name(): string {
    const kept = this.kept();
    return (kept.accessible ??= nodeName(this.words.dataset, this.node, this.words.lang));
  }

  get lines(): readonly string[] {
    const kept = this.kept();
    return (kept.split ??= splitLabel(this.label, this.words.fontSize));
  }
}

/** A maker of scene nodes for each SceneWords (a scene's), so that its nodes share them. */
const makers = new WeakMap<SceneWords, (node: GraphNode) => SceneNode>();

/** The scene node of `node`, its words worked out when first read. */
export function sceneNode(node: GraphNode, words: SceneWords): SceneNode {
  let make = makers.get(words);
  if (!make) {
    class ItsSceneNode extends LazySceneNode {
      protected get words(): SceneWords {
        return words;
      }
    }
    make = (n) => new ItsSceneNode(n);
    makers.set(words, make);
  }
  return make(node);
}
