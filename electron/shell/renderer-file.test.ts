import { describe, expect, it } from 'vitest';
import { rendererFileFor } from './renderer-file.js';

describe('the app:// protocol', () => {
  it('serves files of the renderer folder, index.html for /', () => {
    expect(rendererFileFor('/app/renderer', 'app://studio/')).toEqual({ file: '/app/renderer/index.html' });
    expect(rendererFileFor('/app/renderer', 'app://studio/assets/index-1a2b.js')).toEqual({ file: '/app/renderer/assets/index-1a2b.js' });
    expect(rendererFileFor('/app/renderer', 'app://studio/caf%C3%A9.png')).toEqual({ file: '/app/renderer/café.png' });
  });

  it('answers 400 to a malformed escape or a NUL, and 404 to a path out of the folder', () => {
    expect(rendererFileFor('/app/renderer', 'app://studio/%E0%A4%A')).toEqual({ status: 400 });
    expect(rendererFileFor('/app/renderer', 'app://studio/%')).toEqual({ status: 400 });
    expect(rendererFileFor('/app/renderer', 'app://studio/index.html%00.png')).toEqual({ status: 400 });
    expect(rendererFileFor('/app/renderer', 'app://studio/..%2F..%2Fetc%2Fpasswd')).toEqual({ status: 404 });
  });
});
