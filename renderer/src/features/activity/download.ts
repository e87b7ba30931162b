/** Offers bytes to the user as a file download: the browser's (or Electron's) save, with `name` suggested. */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is kept a little longer for slow save dialogs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes of a base64 string (the PDF crosses the transport that way). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
