// Boxes of text on screen (labels read from the DOM or from what a canvas was asked to write), and
// the pairs of them that overlap: what a person would see as one name written over another.

export interface TextBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** "a × b" for each pair of boxes that overlap by more than `slack` px each way. */
export function overlapsOf(boxes: readonly TextBox[], slack = 0): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack) out.push(`${a.text} × ${b.text}`);
    }
  return out;
}
