/**
 * Runs `callback` in a task of its own, right away: a message to ourselves, which no browser delays
 * (setTimeout(0) is held back to 4 ms once timers nest, and in background tabs).
 */
export function postTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}
