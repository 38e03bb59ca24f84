// A pause of one task, for work cut into slices: a message to itself through a MessageChannel
// rather than a timer of 0 ms, which a browser holds back to once a second in a background tab
// (a large dataset opened with Ctrl+click took tens of seconds to read in its slices there).
// Timers where there is no MessageChannel.

export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
