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

class LazySceneNode implements SceneNode {
  placed: PlacedLabel | null = null;
  private shown: Omit<NodeText, 'name'> | null = null;
  private accessible: string | null = null;
  private split: readonly string[] | null = null;

  constructor(
    readonly node: GraphNode,
    private readonly words: SceneWords,
  ) {}

  private labelled(): Omit<NodeText, 'name'> {
    return (this.shown ??= nodeLabel(this.words.dataset, this.node, this.words.lang));
  }

  get label(): string {
    return this.labelled().label;
  }

  get labelLang(): 'fr' | 'en' | undefined {
    return this.labelled().labelLang;
  }

  get name(): string {
    return (this.accessible ??= nodeName(this.words.dataset, this.node, this.words.lang));
  }

  get lines(): readonly string[] {
    return (this.split ??= splitLabel(this.label, this.words.fontSize));
  }
}

/** The scene node of `node`, its words worked out when first read. */
export const sceneNode = (node: GraphNode, words: SceneWords): SceneNode => new LazySceneNode(node, words);
