// A file handed to the browser as an ordinary download: the user finds it where the browser keeps
// downloads, as with any other site. Used by the browser host, which cannot write to a path the
// user picked in the browser's own way.
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function downloadFile(name: string, content: Uint8Array | string, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has taken the bytes once the click returns; the URL is freed a little later for slow ones
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
