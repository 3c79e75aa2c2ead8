// Which file of the built renderer a request to the app:// protocol asks for. A malformed escape
// (`%E0%A4%A`), a NUL or a path that climbs out of the renderer folder is answered, never thrown on.
import { join, normalize, sep } from 'node:path';

export type RendererFile = { file: string } | { status: 400 | 404 };

export function rendererFileFor(rendererDir: string, requestUrl: string): RendererFile {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\u0000')) return { status: 400 };
  const file = normalize(join(rendererDir, pathname === '/' ? '/index.html' : pathname));
  return file.startsWith(rendererDir + sep) ? { file } : { status: 404 };
}
