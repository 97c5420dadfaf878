import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test file starts with an empty fake browser (storage and listeners), as in a worker of its
// own: files sharing a worker (vitest.config.ts) would otherwise find what an earlier file stored,
// such as its CSV column mappings in a later file's backup export.
fakeBrowser.reset();
