import type { ReviewStore } from '../../storage/index.ts';

/** Saves the reader's progress as a JSON file through the browser's download (everything readable, plus quarantine). */
export async function downloadProgress(store: ReviewStore): Promise<void> {
  const file = await store.exportFile();
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `notebook-progress-${file.exportedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled: revoking at once cancels the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
