/** Lets the browser save `content` as a file named `name` (exports of saved words and review progress). */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click's task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
