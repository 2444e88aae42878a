/**
 * Browser download of generated content: a Blob behind a temporary object URL, clicked through a hidden anchor.
 * The one export file allowed to touch the DOM.
 */

/** Saves `blob` as `fileName` through the browser's download mechanism. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = "noopener";
  anchor.style.display = "none";
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a later revoke only frees memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file of the given MIME type (UTF-8). */
export function downloadText(text: string, fileName: string, mimeType: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type: `${mimeType};charset=utf-8` }), fileName, doc);
}
