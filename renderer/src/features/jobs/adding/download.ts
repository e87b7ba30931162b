/** Hands text to the browser (or Electron) as a file download with the given name. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; give it a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
