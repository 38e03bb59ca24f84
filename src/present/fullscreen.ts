// The Fullscreen API, guarded: some browsers (and jsdom) have none, and a request can be refused.
export const fullscreenSupported = (doc: Document = document): boolean =>
  typeof doc.documentElement.requestFullscreen === 'function' && doc.fullscreenEnabled !== false;

export const isFullscreen = (doc: Document = document): boolean => Boolean(doc.fullscreenElement);

/** Enters or leaves full screen; resolves to whether the page is now full screen. */
export async function toggleFullscreen(doc: Document = document): Promise<boolean> {
  try {
    if (isFullscreen(doc)) await doc.exitFullscreen();
    else if (fullscreenSupported(doc)) await doc.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // refused (not from a user gesture, or blocked by a policy): the page stays as it is
  }
  return isFullscreen(doc);
}
