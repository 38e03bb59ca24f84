import { afterEach } from 'vitest';
import { configure } from '@testing-library/dom';

// findBy*/waitFor wait for behaviour, not for speed: on a busy two-core machine a second is not
// always enough for IndexedDB or a channel message to arrive, so they may wait up to ten.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'fr';
});
