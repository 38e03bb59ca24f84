// The floor: an empty page of the same shape, so the frame times of the same scripted input show
// what this machine can do with nothing to draw.
import { pageParts } from './common';

pageParts();
window.__peer = { nodePoint: () => null };
